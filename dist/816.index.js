import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 816;
export const ids = [816];
export const modules = {

/***/ 5644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  changeTree: () => (/* binding */ changeTree),
  declaredEnums: () => (/* binding */ declaredEnums),
  fallbackSummary: () => (/* binding */ fallbackSummary),
  prepareFallbackReview: () => (/* binding */ prepareFallbackReview)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/gates/migrations/discover.ts
var discover = __webpack_require__(8153);
// EXTERNAL MODULE: ./src/gates/migrations/read-source.ts
var read_source = __webpack_require__(1602);
// EXTERNAL MODULE: ./src/schema-model/replay-cache.ts
var replay_cache = __webpack_require__(1255);
// EXTERNAL MODULE: ./src/schema-model/replay.ts + 1 modules
var replay = __webpack_require__(1297);
// EXTERNAL MODULE: ./src/gates/migrations/fallback/fallback.ts + 6 modules
var fallback_fallback = __webpack_require__(5297);
// EXTERNAL MODULE: ./src/gates/migrations/previous-release.ts
var previous_release = __webpack_require__(3347);
// EXTERNAL MODULE: ./src/gates/migrations/fallback/since-release.ts
var since_release = __webpack_require__(7601);
// EXTERNAL MODULE: ./src/gates/migrations/fallback/stale-baseline.ts
var stale_baseline = __webpack_require__(5408);
// EXTERNAL MODULE: ./src/sql/parse.ts
var parse = __webpack_require__(4159);
// EXTERNAL MODULE: ./src/schema-model/types.ts
var types = __webpack_require__(5414);
// EXTERNAL MODULE: ./src/gates/migrations/rules/ast.ts
var ast = __webpack_require__(2380);
;// CONCATENATED MODULE: ./src/gates/migrations/fallback/drizzle-snapshot.ts




/**
 * drizzle-kit writes, next to its journal, `meta/NNNN_snapshot.json`: the whole schema after migration
 * NNNN. A migration that changes a column's type does not say the type it had, and when the table was
 * created outside the SQL history (an introspected first migration kept as a comment, a hand-made
 * baseline) the replay cannot say either; the previous migration's snapshot can. Read only for changed
 * Drizzle files that change a column's type; a snapshot missing or unreadable answers nothing.
 */
async function drizzleTypesBefore(tree, changed) {
    const byFile = new Map();
    for (const parsed of changed) {
        if (parsed.file.layout !== 'drizzle' || parsed.file.direction !== 'up' || !changesType(parsed))
            continue;
        const found = await previousSnapshot(tree, parsed.file.path);
        if (found)
            byFile.set(parsed.file.path, found);
    }
    if (!byFile.size)
        return () => undefined;
    await (0,parse/* ensureParser */._U)();
    return (file, table, column) => {
        const found = byFile.get(file);
        const raw = found && columnType(found.snapshot, table, column);
        const type = raw ? typeOfText(raw) : undefined;
        return type && found ? { type, source: found.source } : undefined;
    };
}
function changesType(parsed) {
    return parsed.statements.some((s) => s.kind === 'AlterTableStmt' && (0,ast/* alterCommands */.$f)(s.node).some((c) => c.subtype === 'AT_AlterColumnType'));
}
/** The snapshot of the nearest earlier journal entry that has one (a hand-written entry may have none). */
async function previousSnapshot(tree, path) {
    if (!path.endsWith('.sql') || external_node_path_.posix.basename(path) === 'migration.sql')
        return undefined; // drizzle-kit v1 folders: not read
    const folder = external_node_path_.posix.dirname(path);
    const journal = parseJson(await tree.read(external_node_path_.posix.join(folder, 'meta', '_journal.json')));
    const entries = journal?.entries ?? [];
    const tag = external_node_path_.posix.basename(path, '.sql');
    const at = entries.findIndex((e) => e.tag === tag);
    if (at < 0)
        return undefined; // not in the journal: drizzle-kit does not run it, and no snapshot precedes it
    for (let i = at - 1; i >= 0; i--) {
        const idx = entries[i].idx;
        if (typeof idx !== 'number' || !Number.isInteger(idx) || idx < 0)
            return undefined;
        const source = external_node_path_.posix.join(folder, 'meta', `${String(idx).padStart(4, '0')}_snapshot.json`);
        const snapshot = parseJson(await tree.read(source));
        if (snapshot)
            return { snapshot, source };
    }
    return undefined;
}
function columnType(snapshot, table, column) {
    for (const t of Object.values(snapshot.tables ?? {})) {
        if (typeof t?.name !== 'string')
            continue;
        const schema = typeof t.schema === 'string' && t.schema && t.schema !== 'public' ? `${t.schema}.` : '';
        if (`${schema}${t.name}` !== table)
            continue;
        const c = Object.values(t.columns ?? {}).find((col) => col?.name === column);
        return typeof c?.type === 'string' ? c.type : undefined;
    }
    return undefined;
}
/**
 * drizzle-kit's type text (`varchar(256)`, `timestamp with time zone`, `numeric(10, 2)`) in the replay's
 * comparable form, read by the Postgres parser; anything but one column of one CREATE TABLE is refused
 * (the snapshot is pull-request content).
 */
function typeOfText(text) {
    if (text.length > 200 || /[;]|--|\/\*/.test(text))
        return undefined;
    const { statements, errors } = (0,parse/* parseSource */.PJ)(`CREATE TABLE t (c ${text});`);
    const node = statements.length === 1 && !errors.length ? statements[0].node : undefined;
    const elts = node && 'CreateStmt' in node ? (node.CreateStmt.tableElts ?? []) : [];
    const def = elts.length === 1 && 'ColumnDef' in elts[0] ? elts[0].ColumnDef : undefined;
    return (def && (0,types/* normalizeType */.AZ)(def.typeName)) || undefined;
}
function parseJson(text) {
    if (text === undefined)
        return undefined;
    try {
        const value = JSON.parse(text);
        return value && typeof value === 'object' ? value : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/gates/migrations/fallback/key-duplicates.ts
var key_duplicates = __webpack_require__(8507);
// EXTERNAL MODULE: ./src/gates/migrations/fallback/history.ts
var fallback_history = __webpack_require__(2179);
// EXTERNAL MODULE: ./src/schema-sources/sources.ts
var sources = __webpack_require__(1850);
;// CONCATENATED MODULE: ./src/gates/migrations/fallback/migrations-review.ts















const skipped = (why) => ({
    data: { sources: [], codeFiles: 0, conservative: true, findings: 0, skipped: why },
});
/** The change's tree: the work tree with untracked files for local runs, else the head commit. */
function changeTree(ctx) {
    return ctx.worktree ? worktreeTree(ctx) : (0,sources/* gitTree */.$G)(ctx.git, ctx.head);
}
/** The work tree with untracked files, read as the migrations gate reads it (local runs). */
function worktreeTree(ctx) {
    return {
        async list() {
            const tracked = await ctx.git.listFilesAt(ctx.head);
            const all = [...new Set([...tracked, ...(await ctx.git.untrackedFiles())])];
            return all.filter((p) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(ctx.git.root, p)));
        },
        async read(path) {
            const source = await (0,read_source/* readHeadSource */.qJ)(ctx, path);
            return source && 'text' in source ? source.text : undefined;
        },
    };
}
/** Enum values the new release's schema source declares, with where. */
function declaredEnums(sources) {
    const enums = new Map();
    const put = (name, value, file, line) => {
        const values = enums.get(name) ?? new Map();
        if (!values.has(value))
            values.set(value, { file, line });
        enums.set(name, values);
    };
    for (const s of sources.prisma)
        for (const e of s.enums)
            for (const v of e.values)
                put(e.dbName, v.dbName, s.file, v.line);
    for (const s of sources.drizzle)
        for (const e of s.enums)
            for (const v of e.values)
                put(e.name, v, s.file, e.line);
    for (const s of sources.supabase)
        for (const e of s.enums)
            for (const v of e.values)
                put(e.name, v, s.file, e.line);
    return { enums };
}
/**
 * Prepare the migrations gate's fallback review: find the live release, read what its code expects,
 * replay the change's migration history and compare. Skipped (today's behaviour) when turned off or
 * when there is no base to find the live release from.
 */
async function prepareFallbackReview(ctx, changed, 
/** The gate's one choice of the release before the change (default: asked here, the same answer). */
previousAt = (base) => (0,previous_release/* previousRelease */.Fi)(ctx, base)) {
    try {
        return await prepare(ctx, changed, previousAt);
    }
    catch (error) {
        // The check only adds evidence; without it the gate keeps today's verdicts.
        const why = `could not compare with the live release: ${(0,errors/* errorMessage */.gJ)(error)}`;
        ctx.log.warn(why);
        return skipped(why);
    }
}
async function prepare(ctx, changed, previousAt) {
    const config = ctx.settings.config.migrations;
    if (!config['fallback-aware'])
        return skipped('migrations.fallback-aware is false');
    if (!ctx.base)
        return skipped('no base commit to find the live release from');
    const previous = await previousAt(ctx.base);
    // Compared with a guess, "new since the release" could excuse a drop: contract statements keep their verdict.
    if (previous.kind === 'unclear')
        return skipped('the release before the change is unclear (see previous-release-unclear)');
    const fallback = (0,previous_release/* comparedRelease */.fd)(previous, ctx.base);
    const stale = await (0,stale_baseline/* staleBaselineFinding */.e)(ctx.git, fallback, ctx.base, {
        maxCommits: config['previous-release-max-commits'],
        maxDays: config['previous-release-max-days'],
    });
    const tree = changeTree(ctx);
    // Every compatibility hit and history judgement is about an object a statement of the change touches,
    // or a table it locks that the release may never have had (a migration merged since it, not released,
    // created it). When no statement can, the history is not parsed or replayed: it would find nothing.
    const listed = (0,replay/* touchesSchema */.vy)(changed) || locksTables(changed) ? await listHistory(ctx, tree) : undefined;
    const ranAsked = listed && (0,since_release/* migrationIdentitiesAt */._m)(ctx.git, fallback.ref, config);
    const ran = ranAsked && (await ranByLiveRelease(await ranAsked, listed.files, listed.read));
    const needed = (0,replay/* touchesSchema */.vy)(changed) || (!!ran && unreleasedBefore(listed.files, changed, ran));
    const history = listed && needed
        ? { ...listed, schema: await (0,fallback_history/* replayHistory */.Uu)(listed.files, listed.read, changed, (0,replay_cache/* openReplayCache */.oD)()) }
        : undefined;
    const schemaAfter = history?.schema ?? (0,replay/* replayMigrations */.fM)([]);
    // Which tables and columns the live release never had: created by a migration it did not run.
    const since = history && ran ? (0,since_release/* sinceRelease */.y3)(schemaAfter, ran) : undefined;
    const inChange = new Set(changed.map((p) => p.file.path));
    const addsEnumValues = [...schemaAfter.touches.values()].some((list) => list.some((t) => t.kind === 'add-value' && inChange.has(t.at.file)));
    const schemaSources = config['schema-sources'];
    const newRelease = addsEnumValues
        ? declaredEnums(await (0,sources/* readReleaseExpectations */.zR)(tree, {
            scanCode: false,
            ...(schemaSources ? { schemaSources } : {}),
        }))
        : undefined;
    const result = await (0,fallback_fallback/* checkFallbackCompatibility */.pZ)({
        git: ctx.git,
        fallbackRef: fallback.ref,
        fallbackLabel: fallback.label,
        schemaAfter,
        inChange: (file) => inChange.has(file),
        ...(schemaSources ? { schemaSources } : {}),
        ...(newRelease && newRelease.enums.size ? { newRelease } : {}),
        ...(since ? { since } : {}),
        ...(history ? { typesBefore: await drizzleTypesBefore(tree, changed) } : {}),
        ...(history ? { keyDuplicates: await (0,key_duplicates/* keyDuplicates */.yb)(history.files, history.read, changed) } : {}),
    });
    ctx.log.debug(`fallback check against ${fallback.label}: ${result.sources.files.map((f) => f.path).join(', ') || 'no schema source'}, ` +
        `${result.sources.codeFiles} code file(s), ${result.sources.expectations.length} expectation(s), ${result.hits.length} hit(s)`);
    return {
        ...(stale ? { findings: [stale] } : {}),
        review: result.review,
        data: {
            release: fallback.label,
            sources: result.sources.files.map((f) => f.path),
            codeFiles: result.sources.codeFiles,
            conservative: result.conservative,
            findings: result.hits.length,
        },
    };
}
/** Statements besides ALTER TABLE that lock a table a lock rule names (`RuleHit.locks`). */
const LOCKING_KINDS = new Set(['IndexStmt', 'ClusterStmt', 'VacuumStmt', 'ReindexStmt']);
function locksTables(files) {
    return files.some((f) => f.statements.some((s) => LOCKING_KINDS.has(s.kind)));
}
/** A migration before the change that the release did not run: only then can a table be new since it. */
function unreleasedBefore(files, changed, ran) {
    const inChange = new Set(changed.map((p) => p.file.path));
    return files.some((f) => f.direction === 'up' && !inChange.has(f.path) && !ran(f.path));
}
/** The change's whole migration history (not only the changed files the selection reads), listed, not parsed. */
async function listHistory(ctx, tree) {
    const all = await tree.list();
    const read = await (0,fallback_history/* sqlReader */.uQ)(tree, all);
    const history = await (0,discover/* discoverMigrations */.l)(all, ctx.settings.config.migrations, read);
    return { files: history.files, read };
}
/**
 * Which of the change's migration files the live release ran: by path, or by content or migration name
 * when the release's file was moved to another folder since (read and hashed only then).
 */
async function ranByLiveRelease(release, files, read) {
    const later = new Set(files.map((f) => f.path));
    const ran = (0,since_release/* ranByRelease */.wH)(release, later);
    const anyMoved = release.some((f) => !later.has(f.path));
    const releasePaths = new Set(release.map((f) => f.path));
    const answers = new Map();
    for (const file of files) {
        if (releasePaths.has(file.path) || !anyMoved)
            continue;
        const text = await read(file.path);
        const oid = text === undefined ? undefined : (0,since_release/* blobOid */.IM)(text, release[0]?.oid);
        answers.set(file.path, ran({ path: file.path, ...(oid ? { oid } : {}) }));
    }
    return (path) => answers.get(path) ?? ran({ path });
}
/** A clause for the gate's summary line. */
function fallbackSummary(data) {
    if (data.skipped || !data.release)
        return '';
    if (data.conservative)
        return `; ${data.release} has no schema source to compare with, so contract statements keep their verdict`;
    return `; checked against what ${data.release} uses (${data.sources.join(', ')})`;
}


/***/ }),

/***/ 5408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ staleBaselineFinding)
/* harmony export */ });
/* unused harmony export STALE_PREVIOUS_RELEASE */
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2724);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1982);


const STALE_PREVIOUS_RELEASE = 'stale-previous-release';
const DAY_MS = 24 * 3600 * 1000;
/**
 * A previous release far behind the base is rarely what production runs: a forgotten tag family, or
 * releases tagged on another branch. Every verdict that compares with it would then be about the wrong
 * code, so say which release was used and how far behind it is.
 */
async function staleBaselineFinding(git, release, base, limits) {
    if (!release.tag || release.ref === base)
        return undefined;
    // A release on a release branch is not behind the base by the commits main made since the branch left it.
    const commits = release.forked
        ? NaN
        : Number((await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .EO)(git.root, ['rev-list', '--count', `${release.ref}..${base}`])).trim());
    const baseDate = (await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .EO)(git.root, ['show', '-s', '--format=%cI', base])).trim();
    const releaseDate = release.date ?? (await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .EO)(git.root, ['show', '-s', '--format=%cI', release.ref])).trim();
    const days = Math.floor((Date.parse(baseDate) - Date.parse(releaseDate)) / DAY_MS);
    const tooMany = Number.isFinite(commits) && commits > limits.maxCommits;
    const tooOld = Number.isFinite(days) && days > limits.maxDays;
    if (!tooMany && !tooOld)
        return undefined;
    const day = new Date(releaseDate).toISOString().slice(0, 10);
    const count = commits.toLocaleString('en-US');
    return {
        gate: 'migrations',
        rule: STALE_PREVIOUS_RELEASE,
        severity: 'warning',
        message: `The previous release is ${release.tag} from ${day}, ${release.forked ? "on a release branch, older than this PR's base" : `${count} commit(s) behind this PR's base`}` +
            `${days > 0 ? ` (${days.toLocaleString('en-US')} days older)` : ''}: is this the release you would roll back to? ` +
            'Every comparison with the previous release in this check uses it.',
        help: 'If production runs a newer release, tag it on the release branch in the configured tag family (tagging.prefix / tagging.scheme; `rollback-ready init` lists the families it sees). ' +
            `If ${release.tag} really is live, raise migrations.previous-release-max-commits / previous-release-max-days.`,
        docs: (0,_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .docsUrl */ .fs)(STALE_PREVIOUS_RELEASE),
    };
}


/***/ }),

/***/ 6268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ calverScheme),
/* harmony export */   s6: () => (/* binding */ calverFormatProblem)
/* harmony export */ });
/* unused harmony exports tokenizeCalver, utcDay */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _release_id_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(136);


/** Tokens of a calver format; everything else is literal. `N` counts releases within a UTC day, from 1. */
const TOKENS = ['YYYY', 'YY', 'MM', 'DD', 'N'];
const TOKEN_PATTERN = {
    YYYY: '(\\d{4})',
    YY: '(\\d{2})',
    MM: '(\\d{2})',
    DD: '(\\d{2})',
    N: '([1-9]\\d{0,5})',
};
function tokenizeCalver(format) {
    const pieces = [];
    let literal = '';
    for (let i = 0; i < format.length;) {
        const token = TOKENS.find((t) => format.startsWith(t, i));
        if (token) {
            if (literal)
                pieces.push({ literal });
            literal = '';
            pieces.push({ token });
            i += token.length;
        }
        else {
            literal += format[i];
            i += 1;
        }
    }
    if (literal)
        pieces.push({ literal });
    return pieces;
}
/** Why a calver format cannot work, or undefined: it needs a year, month, day and counter, once each. */
function calverFormatProblem(format) {
    const pieces = tokenizeCalver(format);
    const count = (t) => pieces.filter((p) => 'token' in p && p.token === t).length;
    const years = count('YYYY') + count('YY');
    if (years !== 1 || count('MM') !== 1 || count('DD') !== 1 || count('N') !== 1) {
        return 'YYYY (or YY), MM, DD and N exactly once each';
    }
    const literals = pieces.map((p) => ('literal' in p ? p.literal : '')).join('');
    if (!/^[A-Za-z0-9._/+-]*$/.test(literals))
        return 'only letters, digits and . _ / + - between the tokens';
    return undefined;
}
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
function daysInMonth(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
/** `YYYY-MM-DD` of a moment, in UTC. */
function utcDay(date) {
    return date.toISOString().slice(0, 10);
}
function calverScheme(format) {
    const problem = calverFormatProblem(format);
    if (problem)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`tagging.format: "${format}" must contain ${problem}`);
    const pieces = tokenizeCalver(format);
    const regex = new RegExp(`^${pieces.map((p) => ('token' in p ? TOKEN_PATTERN[p.token] : escapeRegExp(p.literal))).join('')}$`);
    const tokenOrder = pieces.flatMap((p) => ('token' in p ? [p.token] : []));
    const render = (year, month, day, n) => pieces
        .map((p) => {
        if ('literal' in p)
            return p.literal;
        switch (p.token) {
            case 'YYYY':
                return String(year).padStart(4, '0');
            case 'YY':
                return String(year % 100).padStart(2, '0');
            case 'MM':
                return String(month).padStart(2, '0');
            case 'DD':
                return String(day).padStart(2, '0');
            case 'N':
                return String(n);
        }
    })
        .join('');
    const example = render(2026, 7, 31, 1);
    return {
        id: 'calver',
        label: `calver "${format}" (${example})`,
        example,
        parse(name) {
            const m = regex.exec(name);
            if (!m)
                return undefined;
            const values = {};
            tokenOrder.forEach((t, i) => (values[t] = Number(m[i + 1])));
            const year = values.YYYY ?? 2000 + (values.YY ?? 0);
            const month = values.MM;
            const day = values.DD;
            if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
                return undefined;
            const dayText = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
            return { name, parts: [year, month, day, values.N], prerelease: false, day: dayText };
        },
        compare(a, b) {
            return (0,_release_id_js__WEBPACK_IMPORTED_MODULE_1__/* .compareParts */ .q)(a.parts, b.parts);
        },
        next(latest, { now, taken }) {
            const today = utcDay(now);
            const [year, month, day] = today.split('-').map(Number);
            if (latest?.day && latest.day > today) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`the latest release ${latest.name} is dated after today (${today} UTC); check the machine's clock or pass the release ID yourself`);
            }
            // Count past every tag of the day, released or not, so a counter never reuses a name.
            const sameDay = [latest, ...taken].filter((r) => r?.day === today);
            const n = Math.max(0, ...sameDay.map((r) => r.parts[3])) + 1;
            return render(year, month, day, n);
        },
    };
}


/***/ }),

/***/ 7183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ patternProblem),
/* harmony export */   YK: () => (/* binding */ patternScheme)
/* harmony export */ });
/* unused harmony exports namedGroups, patternTemplate */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _release_id_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(136);


/** Named groups of a regular expression, in the order they appear (that order is the release order). */
function namedGroups(source) {
    return [...source.matchAll(/(?<!\\)\(\?<([A-Za-z_][A-Za-z0-9_]*)>/g)].map((m) => m[1]);
}
/** Why a pattern cannot serve as a release-ID scheme, or undefined. */
function patternProblem(source) {
    try {
        new RegExp(source);
    }
    catch (error) {
        return `a valid regular expression (${error instanceof Error ? error.message : String(error)})`;
    }
    if (namedGroups(source).length === 0)
        return 'a regular expression with named groups such as (?<major>\\d+)\\.(?<minor>\\d+)';
    return undefined;
}
/** The pattern as literals and groups, when it is simple enough to write a name from; undefined otherwise. */
function patternTemplate(source) {
    let s = source;
    if (s.startsWith('^'))
        s = s.slice(1);
    if (s.endsWith('$') && !s.endsWith('\\$'))
        s = s.slice(0, -1);
    const pieces = [];
    let literal = '';
    for (let i = 0; i < s.length;) {
        const ch = s[i];
        const group = /^\(\?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(s.slice(i));
        if (ch === '\\') {
            const next = s[i + 1];
            if (next === undefined || /[A-Za-z0-9]/.test(next))
                return undefined;
            literal += next;
            i += 2;
        }
        else if (group) {
            const close = closingParen(s, i);
            if (close === undefined)
                return undefined;
            if (literal)
                pieces.push({ literal });
            literal = '';
            pieces.push({ group: group[1] });
            i = close + 1;
        }
        else if ('.^$|?*+()[]{}'.includes(ch)) {
            return undefined;
        }
        else {
            literal += ch;
            i += 1;
        }
    }
    if (literal)
        pieces.push({ literal });
    return pieces;
}
function closingParen(s, open) {
    let depth = 0;
    let inClass = false;
    for (let i = open; i < s.length; i++) {
        const ch = s[i];
        if (ch === '\\') {
            i += 1;
        }
        else if (inClass) {
            if (ch === ']')
                inClass = false;
        }
        else if (ch === '[') {
            inClass = true;
        }
        else if (ch === '(') {
            depth += 1;
        }
        else if (ch === ')') {
            depth -= 1;
            if (depth === 0)
                return i;
        }
    }
    return undefined;
}
/**
 * A scheme from a regular expression with named numeric groups, e.g. `release-(?<major>\d+)\.(?<minor>\d+)`.
 * The groups, in order, are the release order; a bump raises the first (major), second (minor) or last (patch).
 */
function patternScheme(source) {
    const problem = patternProblem(source);
    if (problem)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`tagging.pattern: expected ${problem}`);
    const regex = new RegExp(`^(?:${source})$`);
    const groups = namedGroups(source);
    const template = patternTemplate(source);
    const render = (values) => {
        if (!template)
            return undefined;
        return template
            .map((p) => ('literal' in p ? p.literal : String(values[groups.indexOf(p.group)])))
            .join('');
    };
    const example = render(groups.map((_, i) => (i === 0 ? 1 : 0))) ?? '(a name matching tagging.pattern)';
    return {
        id: 'pattern',
        label: `pattern /${source}/`,
        example,
        parse(name) {
            const m = regex.exec(name);
            if (!m?.groups)
                return undefined;
            const parts = [];
            for (const g of groups) {
                const value = m.groups[g];
                if (value === undefined || !/^\d{1,15}$/.test(value))
                    return undefined;
                parts.push(Number(value));
            }
            return { name, parts, prerelease: false };
        },
        compare(a, b) {
            return (0,_release_id_js__WEBPACK_IMPORTED_MODULE_1__/* .compareParts */ .q)(a.parts, b.parts);
        },
        next(latest, { bump }) {
            // The first release is 1.0…, like semver's; after that the bumped group rises and later ones reset.
            const values = latest ? [...latest.parts] : groups.map((_, i) => (i === 0 ? 1 : 0));
            if (latest) {
                const index = bump === 'major' ? 0 : bump === 'minor' ? Math.min(1, groups.length - 1) : groups.length - 1;
                values[index] = values[index] + 1;
                for (let i = index + 1; i < values.length; i++)
                    values[i] = 0;
            }
            const name = render(values);
            if (name === undefined || !regex.test(name)) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`tagging.pattern /${source}/ is too complex to write the next name from; pass the release ID yourself (rollback-ready tag verify NAME)`);
            }
            return name;
        },
    };
}


/***/ }),

/***/ 136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ compareParts)
/* harmony export */ });
/** Compare numeric parts left to right; a shorter list sorts first on a tie. */
function compareParts(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? -1) - (b[i] ?? -1);
        if (d !== 0)
            return d;
    }
    return 0;
}


/***/ }),

/***/ 1473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _6: () => (/* binding */ schemeFromConfig),
/* harmony export */   yI: () => (/* binding */ releasesIn)
/* harmony export */ });
/* harmony import */ var _calver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6268);
/* harmony import */ var _pattern_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7183);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2161);




/** The scheme the config names; config validation has already checked the format or pattern. */
function schemeFromConfig(config) {
    switch (config.scheme) {
        case 'semver':
            return (0,_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .semverScheme */ .I)(config.prefix);
        case 'calver':
            return (0,_calver_js__WEBPACK_IMPORTED_MODULE_0__/* .calverScheme */ .LS)(config.format);
        case 'pattern':
            return (0,_pattern_js__WEBPACK_IMPORTED_MODULE_1__/* .patternScheme */ .YK)(config.pattern ?? '');
    }
}
/** Parse every name; keep production releases (pre-releases only when allowed), newest last. */
function releasesIn(scheme, names, allowPrerelease) {
    const ids = [];
    for (const name of names) {
        const id = scheme.parse(name);
        if (id && (allowPrerelease || !id.prerelease))
            ids.push(id);
    }
    return ids.sort((a, b) => scheme.compare(a, b) || a.name.localeCompare(b.name));
}


/***/ }),

/***/ 2161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ semverScheme)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/** `v1.4.2`: a prefix, then a canonical semantic version; `-rc.1` marks a pre-release. */
function semverScheme(prefix) {
    const example = `${prefix}1.4.2`;
    // Sorting 2,000 tags compares each about 20 times: each name is read into a SemVer once, not per compare.
    const versions = new Map();
    const version = (name) => {
        let v = versions.get(name);
        if (!v) {
            v = new (semver__WEBPACK_IMPORTED_MODULE_0___default().SemVer)(name.slice(prefix.length));
            versions.set(name, v);
        }
        return v;
    };
    return {
        id: 'semver',
        label: `semver with prefix "${prefix}" (${example})`,
        example,
        parse(name) {
            if (!name.startsWith(prefix))
                return undefined;
            const raw = name.slice(prefix.length);
            const parsed = semver__WEBPACK_IMPORTED_MODULE_0___default().parse(raw, { loose: false });
            // Exactly the canonical form: no leading zeros, no "=" or second "v", no build metadata.
            if (!parsed || parsed.version !== raw)
                return undefined;
            return {
                name,
                parts: [parsed.major, parsed.minor, parsed.patch],
                prerelease: parsed.prerelease.length > 0,
            };
        },
        compare(a, b) {
            // What semver.compare does, with each side parsed once.
            return version(a.name).compare(version(b.name));
        },
        next(latest, { bump }) {
            if (!latest)
                return `${prefix}1.0.0`;
            const version = semver__WEBPACK_IMPORTED_MODULE_0___default().inc(latest.name.slice(prefix.length), bump);
            if (!version)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`cannot bump ${latest.name} by ${bump}`);
            return `${prefix}${version}`;
        },
    };
}


/***/ })

};
