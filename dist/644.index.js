import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 644;
export const ids = [644];
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
// EXTERNAL MODULE: ./src/gates/migrations/previous-release.ts + 1 modules
var previous_release = __webpack_require__(9786);
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


/***/ })

};
