import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 443;
export const ids = [443];
export const modules = {

/***/ 7840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   sK: () => (/* binding */ durationSchema)
/* harmony export */ });
/* unused harmony exports MAX_TIMER_MS, readDuration, formatDuration */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8532);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);


/**
 * The one duration grammar, for config keys, action inputs, CLI flags and workflow inputs alike:
 * a number and a unit — `500ms`, `90s`, `30m`, `2h`, `7d` (decimals allowed: `1.5h`).
 */
const GRAMMAR = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/;
const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/**
 * Node's timers hold a signed 32-bit count of milliseconds: a longer delay (24.8 days and up) is
 * silently replaced by 1 ms, so a "25d" timeout would fire at once. Timers stop at 24 days.
 */
const MAX_TIMER_MS = 24 * 86_400_000;
const EXAMPLE = 'a duration such as 500ms, 90s, 30m, 2h or 7d';
/** Milliseconds, or why the text is not an acceptable duration (phrased to follow "expected"). */
function readDuration(raw, rules) {
    const text = raw.trim();
    const bare = rules.bareSeconds && /^\d+(?:\.\d+)?$/.test(text);
    const m = bare ? [text, text, 's'] : GRAMMAR.exec(text);
    if (!m)
        return { problem: EXAMPLE };
    const ms = Math.round(Number(m[1]) * UNIT_MS[m[2]]);
    if (ms === 0 && !rules.allowZero)
        return { problem: `more than zero (${EXAMPLE})` };
    const max = Math.min(rules.maxMs ?? Infinity, rules.kind === 'timer' ? MAX_TIMER_MS : Infinity);
    if (!Number.isSafeInteger(ms))
        return { problem: `a shorter duration (${EXAMPLE})` };
    if (ms > max) {
        return {
            problem: max === MAX_TIMER_MS
                ? 'at most 24d (a longer timer overflows and fires after 1 ms)'
                : `at most ${formatDuration(max)}`,
        };
    }
    return { ms };
}
/** Parse a flag or input value; a usage error naming `key` otherwise. */
function parseDuration(raw, key, rules) {
    const read = readDuration(raw, rules);
    if ('problem' in read)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${key}: got ${JSON.stringify(raw)}; expected ${read.problem}`);
    return read.ms;
}
/** A config key holding a duration: the text in, milliseconds out; errors name the key path (settings.ts). */
function durationSchema(rules) {
    return zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().transform((text, ctx) => {
        const read = readDuration(text, rules);
        if ('ms' in read)
            return read.ms;
        ctx.addIssue({ code: 'custom', message: read.problem, input: text });
        return zod__WEBPACK_IMPORTED_MODULE_2__/* .NEVER */ .tm;
    });
}
/** `90000` → `90s`, `7200000` → `2h`: the largest unit that divides evenly. */
function formatDuration(ms) {
    for (const unit of ['d', 'h', 'm', 's']) {
        if (ms >= UNIT_MS[unit] && ms % UNIT_MS[unit] === 0)
            return `${ms / UNIT_MS[unit]}${unit}`;
    }
    return `${ms}ms`;
}


/***/ }),

/***/ 1012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fK: () => (/* binding */ valueAt),
/* harmony export */   kp: () => (/* binding */ closest),
/* harmony export */   n6: () => (/* binding */ describeIssue)
/* harmony export */ });
/* unused harmony export show */
/** Render a zod issue as "what is wrong and what is allowed", naming the offending value. */
function describeIssue(issue, value) {
    switch (issue.code) {
        case 'unrecognized_keys': {
            const keys = issue.keys.map((k) => `"${k}"`).join(', ');
            return `unknown key ${keys}`;
        }
        case 'invalid_value':
            return `got ${show(value)}; allowed: ${issue.values.map((v) => String(v)).join(', ')}`;
        case 'invalid_type':
            return value === undefined
                ? `missing; expected ${issue.expected}`
                : `got ${show(value)}; expected ${issue.expected}`;
        case 'invalid_key': {
            // A record key failed its own schema: quote the key, not the value stored under it.
            const key = issue.path[issue.path.length - 1];
            const expected = issue.issues[0]?.message ?? 'a valid key';
            return `key ${show(typeof key === 'symbol' ? String(key) : key)} is not allowed; expected ${expected}`;
        }
        case 'too_small':
        case 'too_big':
            return `got ${show(value)}; ${issue.message.replace(/^Too (small|big): expected /i, 'expected ')}`;
        default:
            return `got ${show(value)}; expected ${issue.message}`;
    }
}
function show(value) {
    if (value === undefined)
        return 'nothing';
    const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
/** Follow a path into plain data, for quoting the bad value in a message. */
function valueAt(data, path) {
    let cur = data;
    for (const key of path) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[key];
    }
    return cur;
}
/** The closest allowed name, to suggest for a typo (edit distance ≤ 3). */
function closest(word, candidates) {
    let best;
    let bestDistance = 4;
    for (const c of candidates) {
        const d = editDistance(word, c);
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return row[b.length];
}


/***/ }),

/***/ 1036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ MAX_CONFIG_BYTES),
/* harmony export */   HT: () => (/* binding */ loadConfigFile),
/* harmony export */   te: () => (/* binding */ parseConfigBytes)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);




const MAX_CONFIG_BYTES = 256 * 1024;
function loadConfigFile(path, cwd) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, path);
    const displayPath = rel && !rel.startsWith('..') ? rel.split('\\').join('/') : path;
    const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
    if (!stat.isFile())
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${displayPath}: not a file; point --config at a YAML file`);
    if (stat.size > MAX_CONFIG_BYTES) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${displayPath}: ${stat.size} bytes is larger than the ${MAX_CONFIG_BYTES}-byte limit for a config file`);
    }
    return parseConfigBytes((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path), displayPath);
}
/** A config's bytes, from a file or from a commit (the trusted base of a pull request). */
function parseConfigBytes(buffer, displayPath) {
    if (buffer.length > MAX_CONFIG_BYTES) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${displayPath}: ${buffer.length} bytes is larger than the ${MAX_CONFIG_BYTES}-byte limit for a config file`);
    }
    if (buffer.includes(0))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${displayPath}: binary content; the config must be a YAML text file`);
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(buffer).replace(/^\uFEFF/, '');
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${displayPath}: not valid UTF-8; save the config as UTF-8 text`);
    }
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const first = doc.errors[0];
    if (first) {
        const line = lineCounter.linePos(first.pos[0]).line;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${displayPath}:${line}: invalid YAML: ${first.message.split('\n')[0]}`);
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 50 }) ?? {};
    }
    catch (error) {
        // The yaml library refuses alias bombs ("billion laughs") while expanding: a usage error, not a crash.
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${displayPath}: cannot read the YAML (${error instanceof Error ? error.message : String(error)}); write the values out instead of nesting aliases`);
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${displayPath}: the config must be a mapping of gate names to settings (e.g. "migrations:")`);
    }
    return {
        displayPath,
        data,
        lineOf: (keyPath) => lineOfPath(doc, lineCounter, keyPath),
    };
}
function lineOfPath(doc, counter, keyPath) {
    // Point at the key itself when the path ends in a map entry, else at the value node.
    const parentPath = keyPath.slice(0, -1);
    const last = keyPath[keyPath.length - 1];
    const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(parent)) {
        const pair = parent.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isNode */ .Ll)(p.key) && p.key.value === last);
        const node = pair?.key;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isNode */ .Ll)(node) && node.range)
            return counter.linePos(node.range[0]).line;
    }
    const node = doc.getIn(keyPath, true);
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isNode */ .Ll)(node) && node.range)
        return counter.linePos(node.range[0]).line;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isNode */ .Ll)(parent) && parent.range)
        return counter.linePos(parent.range[0]).line;
    return undefined;
}


/***/ }),

/***/ 2443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  resolveSettings: () => (/* binding */ resolveSettings)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/config/issues.ts
var issues = __webpack_require__(1012);
// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(1036);
// EXTERNAL MODULE: ./src/config/locate.ts
var locate = __webpack_require__(5562);
// EXTERNAL MODULE: ./src/config/options.ts
var options = __webpack_require__(4475);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/config/shared-schemas.ts
var shared_schemas = __webpack_require__(6992);
;// CONCATENATED MODULE: ./src/gates/migrations/config.ts


const MIGRATION_LAYOUTS = [
    'supabase',
    'prisma',
    'drizzle',
    'flyway',
    'golang-migrate',
    'dbmate',
    'plain',
];
const runnerVersion = schemas/* string */.YjP().regex(/^\d+\.\d+\.\d+$/, 'a version such as 7.4.0');
/** `migrations:` in .github/rollback-ready.yml. */
const migrationsConfigSchema = schemas/* strictObject */.rej({
    /** `auto` detects the layout from the files present. */
    layout: schemas/* enum */.k5n(['auto', ...MIGRATION_LAYOUTS]).default('auto'),
    /** Extra globs of migration files, relative to the repository root. */
    paths: shared_schemas/* globList */.Xq.default([]),
    /** Globs of migration files never linted (vendored, generated, archived). */
    exclude: shared_schemas/* globList */.Xq.default([]),
    /** The production server's major version: decides which operations are cheap (constant defaults from 11). */
    'pg-version': schemas/* number */.aig().int().min(10).max(18).default(15),
    /** Per-rule severity, or `off`. */
    rules: schemas/* record */.g1P(schemas/* string */.YjP().regex(/^[a-z0-9-]+$/, 'a rule id in kebab-case'), shared_schemas/* severityOverride */.sk).default({}),
    /** Override how the layout's runner wraps each file: `auto` follows the layout. */
    transaction: schemas/* enum */.k5n(['auto', 'per-file', 'none']).default('auto'),
    /**
     * The Prisma / Supabase CLI version that applies the migrations, when the lockfile does not say it (or says
     * it wrong): Prisma 7.4.0 and Supabase CLI 2.109.0 changed how a file is sent (src/gates/migrations/runners.ts).
     */
    'prisma-version': runnerVersion.optional(),
    'supabase-version': runnerVersion.optional(),
    /**
     * Compare the live release's own schema source (Prisma, Drizzle, Supabase types, SQL strings) with the
     * schema after the change: block what it still uses, and mark contract statements it no longer needs as safe.
     */
    'fallback-aware': schemas/* boolean */.zMY().default(true),
    /** Globs of the schema source files to read instead of the default places (schema.prisma, Drizzle schema files, database.types.ts). */
    'schema-sources': shared_schemas/* globList */.Xq.optional(),
    /** The previous release more than this many commits behind the base is a warning (stale-previous-release). */
    'previous-release-max-commits': schemas/* number */.aig().int().min(0).default(200),
    /** The previous release tagged more than this many days before the base commit is a warning. */
    'previous-release-max-days': schemas/* number */.aig().int().min(0).default(90),
});

// EXTERNAL MODULE: ./src/db/database.ts
var database = __webpack_require__(4257);
;// CONCATENATED MODULE: ./src/gates/rehearsal/fallback/fallback-check-config.ts


/**
 * `rehearsal.fallback-check`: run the fallback release's own check against the rehearsed database —
 * migrations up to the fallback release, its seed, the newer migrations, the new release's writes,
 * then `command` in a worktree of the fallback release with DATABASE_URL pointing at that database.
 */
const fallbackCheckConfigSchema = schemas/* strictObject */.rej({
    /** Run in the fallback release's worktree with `sh -c` (e.g. `npm ci && npm run test:db`). */
    command: schemas/* string */.YjP().min(1, 'a shell command, such as npm ci && npm run test:db'),
    /** A SQL file of the fallback release (read at its tag), run after its migrations. */
    seed: schemas/* string */.YjP().min(1, 'a path to a SQL file').optional(),
    /** A SQL file of the change (rows the new release writes), run after the newer migrations. */
    'new-writes': schemas/* string */.YjP().min(1, 'a path to a SQL file').optional(),
    /** Or a command run in the repository with DATABASE_URL set, after the newer migrations. */
    'new-writes-command': schemas/* string */.YjP().min(1, 'a shell command').optional(),
    /** The whole check (server, migrations, command) is time-boxed. */
    timeout: shared_schemas/* timerDuration */.M2.default(600_000),
});

;// CONCATENATED MODULE: ./src/gates/rehearsal/config.ts




/** `rehearsal:` in .github/rollback-ready.yml. */
const rehearsalConfigSchema = schemas/* strictObject */.rej({
    /** `check` rehearses only when enabled; the `rehearse` command always does. */
    enabled: schemas/* boolean */.zMY().default(false),
    /** A server to create the scratch database on (e.g. a service container); only ever explicit, never DATABASE_URL. */
    'database-url': schemas/* string */.YjP()
        .regex(/^postgres(ql)?:\/\//, 'a postgres:// or postgresql:// connection string')
        .optional(),
    /** `auto`: the local PostgreSQL binaries, else the embedded PGlite. */
    engine: schemas/* enum */.k5n(database/* ENGINES */.ug).default('auto'),
    /** A SQL file (relative to the repository root) run after the base migrations, before the new ones. */
    seed: schemas/* string */.YjP().min(1, 'a path to a SQL file').optional(),
    /** How a new migration without a down migration is reported, where the layout has them. */
    'require-down': schemas/* enum */.k5n(['warning', 'error', 'off']).default('warning'),
    /** The whole rehearsal is time-boxed. */
    timeout: shared_schemas/* timerDuration */.M2.default(300_000),
    /** Run the fallback release's own check against the migrated database (gates/rehearsal/fallback, docs/expand-contract.md). */
    'fallback-check': fallbackCheckConfigSchema.optional(),
});

// EXTERNAL MODULE: ./src/config/defaults.ts
var defaults = __webpack_require__(1954);
;// CONCATENATED MODULE: ./src/gates/notes/config.ts



const NOTE_SOURCES = ['pr-body', 'release', 'file'];
const KNOWN_GOOD_SOURCES = ['auto', 'deployments', 'tags'];
/**
 * Where a release note is required: on every pull request; on pull requests to the release branch
 * (and on releases); on GitHub releases only; or never. Wherever it is not required, the notes gate
 * is skipped and says why.
 */
const NOTE_REQUIRED_ON = ['pull-requests', 'release-branch', 'releases', 'never'];
/** A pull request that changes only these files (docs, CI) ships nothing to users: it never needs a note. */
const DEFAULT_NOTE_EXEMPT_PATHS = defaults/* DEFAULT_CONFIG */.P.notes['exempt-paths'];
/** `notes:` in .github/rollback-ready.yml: where the release note lives and what Rollback must name. */
const notesConfigSchema = schemas/* strictObject */.rej({
    /** pr-body (the pull request description), release (the GitHub release body) or file (`notes.file`). */
    source: schemas/* enum */.k5n(NOTE_SOURCES).default('pr-body'),
    /** The notes file, relative to the repository root, when source is file. */
    file: schemas/* string */.YjP()
        .min(1)
        .max(300)
        .refine((p) => !p.startsWith('/') && !p.split(/[\\/]/).includes('..'), {
        error: 'a path inside the repository',
    })
        .optional(),
    /** The deployment environment whose successful deployments define the known-good release. */
    environment: schemas/* string */.YjP()
        .min(1)
        .max(255)
        .regex(/^[^\r\n]+$/, 'one line')
        .default('production'),
    /** Where the known-good release comes from: deployments when readable (auto), always deployments, or release tags. */
    'known-good': schemas/* enum */.k5n(KNOWN_GOOD_SOURCES).default('auto'),
    /** Where a note is required: pull-requests, release-branch (pull requests to it, and releases), releases or never. */
    'required-on': schemas/* enum */.k5n(NOTE_REQUIRED_ON).default('release-branch'),
    /** Globs of files a pull request may change without needing a note (docs-only, CI-only); replaces the defaults. */
    'exempt-paths': shared_schemas/* globList */.Xq.default(() => [...DEFAULT_NOTE_EXEMPT_PATHS]),
})
    .superRefine((value, ctx) => {
    if (value.source === 'file' && value.file === undefined) {
        ctx.addIssue({
            code: 'custom',
            path: ['file'],
            input: undefined,
            message: 'a path such as RELEASE_NOTE.md when source is file',
        });
    }
});

// EXTERNAL MODULE: ./src/release/calver.ts
var calver = __webpack_require__(6268);
// EXTERNAL MODULE: ./src/release/names.ts
var names = __webpack_require__(5365);
// EXTERNAL MODULE: ./src/release/pattern.ts
var pattern = __webpack_require__(7183);
;// CONCATENATED MODULE: ./src/gates/tagging/config.ts




const TAG_SCHEMES = ['semver', 'calver', 'pattern'];
const BUMPS = ['auto', 'patch', 'minor', 'major'];
/** `tagging:` in .github/rollback-ready.yml: how production releases are named. */
const taggingConfigSchema = schemas/* strictObject */.rej({
    /** semver (`v1.4.2`), calver (`prod-2026-07-31.1`) or pattern (a regex with named groups). */
    scheme: schemas/* enum */.k5n(TAG_SCHEMES).default('semver'),
    /** semver: text before the version. */
    prefix: schemas/* string */.YjP()
        .max(40)
        .regex(/^[A-Za-z0-9._/@-]*$/, 'letters, digits and . _ / @ - only (such as v, release- or pkg@)')
        .default('v'),
    /** calver: YYYY (or YY), MM, DD and the day's counter N, in UTC. */
    format: schemas/* string */.YjP()
        .max(80)
        .refine((f) => (0,calver/* calverFormatProblem */.s6)(f) === undefined, {
        error: (i) => `a format with ${(0,calver/* calverFormatProblem */.s6)(String(i.input)) ?? 'YYYY, MM, DD and N'}, such as prod-YYYY-MM-DD.N`,
    })
        .default('prod-YYYY-MM-DD.N'),
    /** pattern: a regular expression whose named groups, in order, define the release order. */
    pattern: schemas/* string */.YjP()
        .max(500)
        .refine((p) => (0,pattern/* patternProblem */.AL)(p) === undefined, {
        error: (i) => (0,pattern/* patternProblem */.AL)(String(i.input)) ?? 'a regular expression with named groups',
    })
        .optional(),
    /** Releases are tagged on this branch; default: the repository's default branch. */
    'release-branch': schemas/* string */.YjP()
        .refine((b) => (0,names/* refNameProblem */.CY)(b) === undefined, { error: 'a branch name such as main' })
        .optional(),
    /** Refuse lightweight tags: an annotated tag records who tagged and when. */
    'require-annotated': schemas/* boolean */.zMY().default(false),
    /** Count pre-releases (`v1.5.0-rc.1`) as production releases. */
    'allow-prerelease': schemas/* boolean */.zMY().default(false),
    /** `tag next`: how to bump semver; auto reads Conventional Commits since the last release. */
    bump: schemas/* enum */.k5n(BUMPS).default('auto'),
})
    .superRefine((value, ctx) => {
    if (value.scheme === 'pattern' && value.pattern === undefined) {
        ctx.addIssue({
            code: 'custom',
            path: ['pattern'],
            input: undefined,
            message: 'a regular expression with named groups when scheme is pattern, such as release-(?<major>\\d+)\\.(?<minor>\\d+)',
        });
    }
});

// EXTERNAL MODULE: ./src/rollback/config.ts
var config = __webpack_require__(580);
;// CONCATENATED MODULE: ./src/gates/kill-switch/config.ts


const safePath = schemas/* string */.YjP()
    .min(1)
    .max(300)
    .refine((p) => !p.startsWith('/') && !p.split(/[\\/]/).includes('..'), {
    error: 'a path inside the repository',
});
/** One risky area as the config tunes it: extra (or replacing) path globs and call patterns. */
const areaConfigSchema = schemas/* strictObject */.rej({
    /** Globs of files, relative to the repository root, that belong to the area. */
    paths: shared_schemas/* globList */.Xq.optional(),
    /** Literal text that, on an added line, means the change touches the area (`stripe.refunds.create(`). */
    calls: schemas/* array */.YOg(schemas/* string */.YjP().min(2, 'at least two characters').max(200)).max(200).optional(),
    /** `extend` (default) adds to the built-in patterns of an area of the same name; `replace` drops them. */
    mode: schemas/* enum */.k5n(['extend', 'replace']).default('extend'),
    /** Turn the area off. */
    enabled: schemas/* boolean */.zMY().default(true),
});
/** `kill-switch:` in .github/rollback-ready.yml: which changes must ship behind a flag, and where flags are declared. */
const killSwitchConfigSchema = schemas/* strictObject */.rej({
    /** Turn the gate off. */
    enabled: schemas/* boolean */.zMY().default(true),
    /** Built-in areas (auth, payments, data-writes, integrations) tuned by name, or new areas. */
    areas: schemas/* record */.g1P(schemas/* string */.YjP().regex(/^[a-z][a-z0-9-]{0,39}$/, 'an area name in kebab-case, such as payments'), areaConfigSchema)
        .default({}),
    /** Accept `Kill switch: none: <reason>` (shown in the report) instead of a flag. */
    'allow-none': schemas/* boolean */.zMY().default(false),
    /** The flag manifest (OpenFeature manifest, flagd definitions or a flat JSON of defaults); auto-detected when unset. */
    manifest: safePath.optional(),
    /** Environment variables used as flags: declared by listing them here, off when unset. */
    'env-flags': schemas/* preprocess */.vkY((value) => (typeof value === 'string' ? [value] : value), schemas/* array */.YOg(schemas/* string */.YjP()
        .regex(/^[A-Za-z_][A-Za-z0-9_]{0,127}$/, 'an environment variable name such as FEATURE_NEW_CHECKOUT'))
        .max(500))
        .default([]),
    /** Globs of files never treated as risky (tests, docs, generated code). */
    exclude: shared_schemas/* globList */.Xq.default([]),
});

;// CONCATENATED MODULE: ./src/checklist/config.ts

/** `checklist:` in .github/rollback-ready.yml: the pre-release checklist at the top of the PR check. */
const checklistConfigSchema = schemas/* strictObject */.rej({
    /** Where people talk during the release and a rollback: a Slack channel name (#releases) or an issue link. */
    channel: schemas/* string */.YjP()
        .trim()
        .min(1, 'a channel such as #releases or an issue link')
        .max(200)
        .regex(/^[^\r\n]+$/, 'one line')
        .optional(),
});

// EXTERNAL MODULE: ./src/gates/backup/config.ts
var backup_config = __webpack_require__(2745);
// EXTERNAL MODULE: ./src/deploy/config.ts
var deploy_config = __webpack_require__(9621);
;// CONCATENATED MODULE: ./src/config/schema.ts










/**
 * The config file, `.github/rollback-ready.yml`: kebab-case keys grouped by gate.
 * A gate's group is added here when the gate lands; an unknown key is an error, so typos never pass silently.
 */
const configSchema = schemas/* strictObject */.rej({
    migrations: migrationsConfigSchema.default(() => migrationsConfigSchema.parse({})),
    rehearsal: rehearsalConfigSchema.default(() => rehearsalConfigSchema.parse({})),
    tagging: taggingConfigSchema.default(() => taggingConfigSchema.parse({})),
    notes: notesConfigSchema.default(() => notesConfigSchema.parse({})),
    rollback: config/* rollbackConfigSchema */.i.default(() => config/* rollbackConfigSchema */.i.parse({})),
    'kill-switch': killSwitchConfigSchema.default(() => killSwitchConfigSchema.parse({})),
    checklist: checklistConfigSchema.default(() => checklistConfigSchema.parse({})),
    backup: backup_config/* backupConfigSchema */.YK.default(() => backup_config/* backupConfigSchema */.YK.parse({})),
    deploy: deploy_config/* deployConfigSchema */.xR.default(() => deploy_config/* deployConfigSchema */.xR.parse({})),
});

;// CONCATENATED MODULE: ./src/config/settings.ts







/** One typed Settings from the config file, then flags or inputs on top, validated once (see also resolve.ts). */
function resolveSettings(request, source) {
    const cwd = (0,external_node_path_.resolve)(request.run.cwd);
    // `source`: the config as the trusted base has it (or none), instead of the file in the checkout.
    const path = source ? undefined : (0,locate/* locateConfig */.p0)(cwd, request.run.configFile);
    const file = source ? source.file : path ? (0,load/* loadConfigFile */.HT)(path, cwd) : undefined;
    const merged = structuredClone((file?.data ?? {}));
    // A group whose keys are all commented out reads as null in YAML: it means "all defaults".
    for (const [group, value] of Object.entries(merged))
        if (value === null)
            merged[group] = {};
    const fromOverride = new Map();
    for (const [name, raw] of Object.entries(request.overrides)) {
        const option = (0,options/* findOption */.$K)(name);
        if (!option)
            throw new errors/* UsageError */.eb(`${label(request.surface, name)}: not a known option`);
        const [group, key] = option.path;
        const groupValue = (merged[group] ??= {});
        if (typeof groupValue !== 'object' || groupValue === null)
            continue; // the schema names the bad group
        groupValue[key] = (0,options/* coerceOptionValue */.ub)(option.kind, raw);
        fromOverride.set(`${group}.${key}`, name);
    }
    const parsed = configSchema.safeParse(merged);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* UsageError */.eb(explainIssue(issue, merged, file, fromOverride, request.surface));
    }
    return {
        run: {
            ...request.run,
            cwd,
            configFile: file?.displayPath,
            overrides: request.overrides,
            overrideSurface: request.surface,
        },
        config: parsed.data,
    };
}
function label(surface, name) {
    return surface === 'flag' ? `--${name}` : `input "${name}"`;
}
function explainIssue(issue, data, file, fromOverride, surface) {
    const path = issue.path;
    const dotted = path.map(String).join('.');
    const override = fromOverride.get(dotted);
    const value = (0,issues/* valueAt */.fK)(data, path);
    if (override)
        return `${label(surface, override)}: ${(0,issues/* describeIssue */.n6)(issue, value)}`;
    let detail = (0,issues/* describeIssue */.n6)(issue, value);
    let keyPath = dotted;
    let linePath = path;
    if (issue.code === 'unrecognized_keys') {
        const bad = issue.keys[0];
        keyPath = dotted ? `${dotted}.${bad}` : bad;
        linePath = [...path, bad];
        const allowed = allowedKeys(path);
        const guess = (0,issues/* closest */.kp)(bad, allowed);
        detail = `unknown key "${bad}"${guess ? ` (did you mean "${guess}"?)` : ''}; allowed: ${allowed.join(', ') || 'none'}`;
    }
    const where = file ? `${file.displayPath}${lineSuffix(file, linePath)}` : 'config';
    return `${where}: ${keyPath || '(top level)'}: ${detail}`;
}
function lineSuffix(file, path) {
    const line = file.lineOf(path);
    return line ? `:${line}` : '';
}
/** The keys the schema allows at a path, for "allowed: …" in unknown-key messages. */
function allowedKeys(path) {
    let schema = configSchema;
    for (const key of path) {
        const shape = objectShape(schema);
        if (!shape)
            return [];
        schema = shape[String(key)];
    }
    return Object.keys(objectShape(schema) ?? {});
}
function objectShape(schema) {
    // Unwrap defaults/optionals to reach the object's shape.
    let current = schema;
    for (let i = 0; i < 5 && current; i++) {
        if (current.shape)
            return current.shape;
        current = current.def?.innerType;
    }
    return undefined;
}


/***/ }),

/***/ 6992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M2: () => (/* binding */ timerDuration),
/* harmony export */   Xq: () => (/* binding */ globList),
/* harmony export */   rv: () => (/* binding */ windowDuration),
/* harmony export */   sk: () => (/* binding */ severityOverride)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7840);


/** A list of globs; a single string is accepted for convenience. */
const globList = zod__WEBPACK_IMPORTED_MODULE_1__/* .preprocess */ .vkY((value) => (typeof value === 'string' ? [value] : value), zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1, 'a non-empty glob')).max(200));
const severityOverride = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['error', 'warning', 'notice', 'off']);
/** A delay handed to a timer (timeouts): more than zero, at most 24 days (duration.ts says why). */
const timerDuration = (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .durationSchema */ .sK)({ kind: 'timer' });
/** An age compared with a clock (backup max-age): more than zero, any length. */
const windowDuration = (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .durationSchema */ .sK)({ kind: 'window' });


/***/ }),

/***/ 4257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   MP: () => (/* binding */ DatabaseUnavailableError),
/* harmony export */   Nn: () => (/* binding */ toServerError),
/* harmony export */   ug: () => (/* binding */ ENGINES)
/* harmony export */ });
/* unused harmony export ServerError */
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2258);

const ENGINES = ['auto', 'local', 'pglite'];
/** A statement the server rejected, with the fields both drivers report. */
class ServerError extends Error {
    code;
    position;
    detail;
    hint;
    name = 'ServerError';
    constructor(message, 
    /** SQLSTATE, e.g. 23502 for a NOT NULL violation. */
    code, 
    /** 1-based character offset into the text sent, when the server points at one. */
    position, detail, hint) {
        super(message);
        this.code = code;
        this.position = position;
        this.detail = detail;
        this.hint = hint;
    }
}
/** Turn a driver error (pg or PGlite; both carry the wire protocol's fields) into a ServerError. */
function toServerError(error) {
    if (error instanceof ServerError)
        return error;
    const e = (error ?? {});
    const message = typeof e.message === 'string' ? e.message : String(error);
    const position = e.position === undefined || e.position === null ? undefined : Number(e.position);
    return new ServerError(message, typeof e.code === 'string' ? e.code : undefined, position !== undefined && Number.isFinite(position) && position > 0 ? position : undefined, typeof e.detail === 'string' && e.detail ? e.detail : undefined, typeof e.hint === 'string' && e.hint ? e.hint : undefined);
}
/** No Postgres could be had: the message says what to install or pass instead. */
class DatabaseUnavailableError extends Error {
    name = 'DatabaseUnavailableError';
}
/** A connection string with its password removed, safe for logs and reports (one helper: core/redact). */
function redactUrl(url) {
    if (!URL.canParse(url))
        return '(a database-url that is not a valid URL)';
    return (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactCredentials */ .UY)(url);
}


/***/ }),

/***/ 9621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   xR: () => (/* binding */ deployConfigSchema),
/* harmony export */   yg: () => (/* binding */ REQUIRED_KEY)
/* harmony export */ });
/* unused harmony exports TARGET_NAMES, deployEnvironmentSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);

/** The platforms a release can be deployed to; `none` leaves deploying to the team's own workflow. */
const TARGET_NAMES = ['none', 'vercel', 'fly', 'render', 'container', 'script'];
const id = (what) => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[A-Za-z0-9._:-]+$/, `a ${what}: letters, digits and . _ : - only`);
/**
 * Where one environment lives on the platform. Ids only: tokens come from the environment
 * (VERCEL_TOKEN, FLY_API_TOKEN, RENDER_API_KEY or DEPLOY_TOKEN), never from this file, which is
 * committed and read from pull requests.
 */
const deployEnvironmentSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    /** Vercel: the project id (prj_…) or name. */
    project: id('Vercel project id such as prj_abc123').optional(),
    /** Vercel: the team id (team_…) when the project belongs to a team. */
    team: id('Vercel team id such as team_abc123').optional(),
    /** Fly.io: the app name. */
    app: id('Fly app name').optional(),
    /** Render: the service id (srv-…). */
    service: id('Render service id such as srv-abc123').optional(),
    /**
     * fly and container: the image a release deploys, `{tag}` standing for the release tag,
     * e.g. registry.fly.io/my-app:{tag} (pushed by your build; rollbacks use the recorded digest).
     */
    image: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .trim()
        .min(1)
        .max(300)
        .regex(/^[a-z0-9][a-z0-9._\-/:@{}]*$/, 'an image reference such as registry.fly.io/my-app:{tag}')
        .optional(),
    /** container and script: the command that deploys (run with sh -c; told what to do through env). */
    command: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .trim()
        .min(1)
        .max(1000)
        .regex(/^[^\r\n]+$/, 'one line; put longer logic in a script file')
        .optional(),
    /**
     * container, script and fly: the command that builds a release, run at its exact commit in a throwaway
     * git worktree (ROLLBACK_READY_SOURCE_DIR); it may print rollback-ready-artifact=<image@sha256:…>.
     * Runs before every release deploy, and for a rollback whose release has no recorded artifact.
     */
    build: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .trim()
        .min(1)
        .max(1000)
        .regex(/^[^\r\n]+$/, 'one line; put longer logic in a script file')
        .optional(),
    /** Mark an environment as production when its name is not `production` (drills refuse it). */
    production: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
});
/** What each target needs per environment, for the error that names the missing key. */
const REQUIRED_KEY = {
    vercel: 'project',
    fly: 'app',
    render: 'service',
    container: 'command',
    script: 'command',
};
/** `deploy:` in .github/rollback-ready.yml: which platform, and where each environment lives on it. */
const deployConfigSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    target: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(TARGET_NAMES).default('none'),
    /** Per environment name (production, staging, …): its project/app/service. */
    environments: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[A-Za-z0-9._ -]{1,255}$/, 'an environment name such as production'), deployEnvironmentSchema)
        .default({}),
    /** Seconds to wait for the platform to report the deploy live. */
    timeout: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(10).max(3600).default(900),
})
    .superRefine((value, ctx) => {
    if (value.target === 'none')
        return;
    const key = REQUIRED_KEY[value.target];
    for (const [name, env] of Object.entries(value.environments)) {
        if (env[key] === undefined)
            ctx.addIssue({
                code: 'custom',
                path: ['environments', name, key],
                message: `target ${value.target} needs ${key} for every environment`,
            });
    }
});


/***/ }),

/***/ 2745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YK: () => (/* binding */ backupConfigSchema),
/* harmony export */   aP: () => (/* binding */ TARGET_ENVIRONMENT_ENV),
/* harmony export */   tl: () => (/* binding */ RESTORE_ENVIRONMENT)
/* harmony export */ });
/* unused harmony export isoInstant */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
/* harmony import */ var _config_shared_schemas_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6992);


/** `backup-command` as one string (split like a shell would, without running one) or an argv list. */
const commandSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().trim().min(1, 'a command such as "node scripts/latest-backup.mjs"').max(4000),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(4000)).min(1, 'at least the program name').max(100),
]);
/** An ISO-8601 instant with a date, a time and a zone: `2026-07-31T09:12:00Z`, `…+02:00`. */
const isoInstant = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i, 'an ISO-8601 timestamp with a zone, e.g. 2026-07-31T09:12:00Z')
    .refine((text) => Number.isFinite(Date.parse(text.replace(' ', 'T'))), 'a real date and time');
/**
 * `backup:` in .github/rollback-ready.yml. Evidence keys carry the same names as the flags and action
 * inputs (`backup.max-age` ⇔ input `max-age` ⇔ `--max-age`).
 */
const backupConfigSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    /** A dump written by an earlier step: pg_dump custom, tar, directory or plain SQL, optionally gzip-compressed. */
    'backup-file': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().trim().min(1, 'a path to a dump file or directory').optional(),
    /** Expected sha256 of `backup-file` (hex). */
    'backup-sha256': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .trim()
        .regex(/^(sha256:)?[0-9a-fA-F]{64}$/, 'a sha256 in hex (64 characters)')
        .transform((h) => h.replace(/^sha256:/, '').toLowerCase())
        .optional(),
    /** When the backup finished, written by an earlier step. */
    'backup-completed-at': isoInstant.optional(),
    /** A program printing `{ "completedAt", "status", "id" }` as JSON; run without a shell. */
    'backup-command': commandSchema.optional(),
    /** The team's data-loss tolerance: the backup must have finished no longer ago than this. */
    'max-age': _config_shared_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .windowDuration */ .rv.default(86_400_000),
    /** Restore the dump into a throwaway Postgres and run the verification queries. */
    'restore-check': zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false),
    /** Without restore-check, a restore recorded within this window is required. */
    'restore-max-age': _config_shared_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .windowDuration */ .rv.default(30 * 86_400_000),
    /** Environments whose deploys need the gate (`check` runs it when the run deploys to one of them). */
    'required-for': zod__WEBPACK_IMPORTED_MODULE_1__/* .preprocess */ .vkY((v) => (typeof v === 'string' ? [v] : v), zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().trim().min(1, 'an environment name')).max(50))
        .default(['production']),
    /** Tables that must exist and have at least one row after the restore (`users`, `public.orders`). */
    'verify-tables': zod__WEBPACK_IMPORTED_MODULE_1__/* .preprocess */ .vkY((v) => (typeof v === 'string' ? [v] : v), zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .trim()
        .regex(/^[^.\s]+(\.[^.\s]+)?$/, 'a table name, optionally schema-qualified'))
        .max(200))
        .default([]),
    /** A SQL file (from the repository root) or inline SQL returning one row with a truthy first column. */
    'verify-sql': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().trim().min(1, 'a .sql file or a SELECT').optional(),
    /** How long `backup-command` may run. */
    'command-timeout': _config_shared_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .timerDuration */ .M2.default(60_000),
    /** How long the restore check may take, server start included. */
    'restore-timeout': _config_shared_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .timerDuration */ .M2.default(600_000),
});
/** The GitHub Deployments environment where successful restores are recorded. */
const RESTORE_ENVIRONMENT = 'rollback-ready/restore-check';
/** Set by the deploy workflow: the environment this run deploys to (the gate is required for some). */
const TARGET_ENVIRONMENT_ENV = 'ROLLBACK_READY_ENVIRONMENT';


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

/***/ 5365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AB: () => (/* binding */ quoteName),
/* harmony export */   CY: () => (/* binding */ refNameProblem),
/* harmony export */   pB: () => (/* binding */ assertReleaseName)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/**
 * Is a release ID safe to use as a tag name? A pure reimplementation of `git check-ref-format`
 * (applied to `refs/tags/<name>`), plus what a tag name must never carry because workflows pass it
 * around: shell metacharacters, a leading `-` (option injection), non-ASCII lookalikes.
 * Returns the first reason it is not, or undefined when it is fine.
 */
function refNameProblem(name) {
    if (name === '')
        return 'it is empty';
    if (name.length > 200)
        return `it is ${name.length} characters long (at most 200)`;
    // eslint-disable-next-line no-control-regex
    const control = /[\u0000-\u001f\u007f]/.exec(name);
    if (control)
        return `it contains a control character (${describeChar(control[0])})`;
    if (/[^\u0020-\u007e]/.test(name))
        return 'it contains a non-ASCII character';
    if (name.includes('@{'))
        return 'it contains "@{", which git reads as a reflog selector';
    const shell = /[$`;|&'"<>(){}!#%*?[\]\\~^:]/.exec(name);
    if (shell)
        return `it contains "${shell[0]}", which git or a shell treats specially`;
    if (name.includes(' '))
        return 'it contains a space';
    if (name.startsWith('-'))
        return 'it starts with "-", which commands read as an option';
    if (name === '@')
        return 'it is "@", which git reads as HEAD';
    if (name.includes('..'))
        return 'it contains "..", which git reads as a range';
    if (name.startsWith('/') || name.endsWith('/'))
        return 'it starts or ends with "/"';
    if (name.includes('//'))
        return 'it contains "//"';
    if (name.endsWith('.'))
        return 'it ends with "."';
    for (const component of name.split('/')) {
        if (component.startsWith('.'))
            return `its part "${component}" starts with "."`;
        if (component.endsWith('.lock'))
            return `its part "${component}" ends with ".lock"`;
    }
    return undefined;
}
function describeChar(ch) {
    if (ch === '\n')
        return 'a newline';
    if (ch === '\r')
        return 'a carriage return';
    if (ch === '\t')
        return 'a tab';
    return `U+${ch.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`;
}
/** A name shown in a one-line message: quoted, with newlines and control characters escaped. */
function quoteName(name) {
    const shown = name.length > 80 ? `${name.slice(0, 77)}...` : name;
    return JSON.stringify(shown);
}
/** A bad name given on the command line or as an input is a usage error (exit 2), never a finding. */
function assertReleaseName(name, label) {
    const problem = refNameProblem(name);
    if (problem) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${label}: ${quoteName(name)} is not a valid tag name: ${problem}; use a name such as v1.4.2 or prod-2026-07-31.1`);
    }
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

/***/ 580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ rollbackConfigSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);

/** `rollback:` in .github/rollback-ready.yml: how `rollback plan|record|finish` and `status` behave. */
const rollbackConfigSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    /** The environment rolled back and reported on when `--env` is not given. */
    environment: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .min(1)
        .max(255)
        .regex(/^[A-Za-z0-9._ -]+$/, 'letters, digits, space and . _ - only, such as production')
        .default('production'),
    /**
     * Accept a rollback whose target predates a `contract` migration, with the reason why (recorded in
     * the plan and the deployment). Empty: such a rollback is blocked.
     */
    'allow-schema-risk': zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .max(500)
        .regex(/^[^\r\n]*$/, 'one line')
        .default(''),
    /**
     * Minutes during which a deployment still `queued`, `pending` or `in_progress` in the same
     * environment makes `rollback record` refuse to start another one (0: never refuse).
     */
    'in-progress-window': zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(0).max(1440).default(30),
    /** How many recent deployments `status` lists per environment. */
    history: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1).max(50).default(5),
});


/***/ })

};
