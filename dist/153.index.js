import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 153;
export const ids = [153];
export const modules = {

/***/ 8153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ discoverMigrations)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _layouts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3449);
/* harmony import */ var _prisma_folders_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7025);
/* harmony import */ var _layout_folders_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7824);
/* harmony import */ var _other_databases_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97);





/**
 * Which of these paths are migrations, and of which layout. With `layout: auto` each path is
 * claimed by the most specific layout that matches; a configured layout applies to its own globs plus
 * the extra `paths` globs. `exclude` globs always win. Prisma migrations outside `prisma/migrations` and
 * drizzle-kit migrations outside `drizzle/` are found through the folders `layoutFolders` names, by
 * default read from `paths` (layout-folders.ts): pass them when `paths` is not the whole tree.
 */
async function discoverMigrations(paths, config, read, layoutFolders) {
    const found = layoutFolders ?? (await (0,_layout_folders_js__WEBPACK_IMPORTED_MODULE_2__/* .findLayoutFolders */ .Tn)(paths, read, config.paths));
    const folders = config.layout === 'auto' || _layouts_js__WEBPACK_IMPORTED_MODULE_0__/* .LAYOUT */ .rs[config.layout].foundByPrismaFolders ? found.prisma : [];
    const journals = config.layout === 'auto' || _layouts_js__WEBPACK_IMPORTED_MODULE_0__/* .LAYOUT */ .rs[config.layout].foundByDrizzleJournals ? found.drizzle : [];
    const excluded = config.exclude.length ? picomatch__WEBPACK_IMPORTED_MODULE_4___default()(config.exclude) : () => false;
    const extra = config.paths.length ? picomatch__WEBPACK_IMPORTED_MODULE_4___default()(config.paths) : () => false;
    const files = [];
    const skipped = [];
    const otherDatabase = [];
    for (const path of paths) {
        if (!path.endsWith('.sql') || excluded(path))
            continue;
        const prismaName = (0,_prisma_folders_js__WEBPACK_IMPORTED_MODULE_1__/* .prismaMigrationIn */ .Q)(path, folders);
        const drizzleName = prismaName ? undefined : (0,_layout_folders_js__WEBPACK_IMPORTED_MODULE_2__/* .drizzleMigrationIn */ .WG)(path, journals);
        const file = prismaName
            ? { path, layout: _layouts_js__WEBPACK_IMPORTED_MODULE_0__/* .LAYOUT */ .rs.prisma.id, direction: 'up', version: prismaName }
            : drizzleName
                ? { path, layout: _layouts_js__WEBPACK_IMPORTED_MODULE_0__/* .LAYOUT */ .rs.drizzle.id, direction: 'up', version: drizzleName }
                : (skippedInRunnerFolder(path, config, found.runners) ??
                    (await classify(path, config, extra(path), read)));
        const database = file && (0,_other_databases_js__WEBPACK_IMPORTED_MODULE_3__/* .otherDatabaseOf */ .vb)(path, found.otherDatabases);
        if (database)
            otherDatabase.push({ path, database });
        else if (file && 'why' in file)
            skipped.push(file);
        else if (file)
            files.push(file);
    }
    files.sort((a, b) => a.layout.localeCompare(b.layout) ||
        (0,_layouts_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(a.version, b.version) ||
        a.path.localeCompare(b.path));
    const counts = new Map();
    for (const f of files)
        counts.set(f.layout, (counts.get(f.layout) ?? 0) + 1);
    const layouts = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    return { files, layouts, skipped, ...(otherDatabase.length ? { otherDatabase } : {}) };
}
async function classify(path, config, extraMatch, read) {
    const candidates = config.layout === 'auto' ? _layouts_js__WEBPACK_IMPORTED_MODULE_0__/* .AUTO_DETECT */ .Ej : [(0,_layouts_js__WEBPACK_IMPORTED_MODULE_0__/* .layoutById */ .X_)(config.layout)];
    for (const layout of candidates) {
        // Its folder, a name its runner passes over: not a migration, and no other layout's either.
        const skip = layout.skips?.(path);
        if (skip)
            return { path, layout: layout.id, ...skip };
        const match = layout.match(path);
        if (!match)
            continue;
        if (layout.sharesPlainFolders)
            return plainOrDbmate(path, config, read);
        return { path, layout: layout.id, ...match };
    }
    if (extraMatch) {
        // An extra glob from config: the configured layout, else whatever the file looks like.
        if (config.layout !== 'auto') {
            const layout = (0,_layouts_js__WEBPACK_IMPORTED_MODULE_0__/* .layoutById */ .X_)(config.layout);
            const match = layout.match(path);
            return { path, layout: layout.id, ...(match ?? { direction: 'up', version: path }) };
        }
        return plainOrDbmate(path, config, read, true);
    }
    return undefined;
}
/**
 * A `.sql` file beside migrations a runner runs (golang-migrate's folder, or below a Flyway folder),
 * under a name that runner passes over (`0010_replication_ng.sql` among harbor's `*.up.sql`): it never
 * runs, so it is reported, never linted as plain SQL nor left as "outside every migration folder".
 */
function skippedInRunnerFolder(path, config, runners) {
    if (!runners?.length || path.includes('node_modules/'))
        return undefined;
    const slash = path.lastIndexOf('/');
    const folder = slash < 0 ? '' : path.slice(0, slash);
    for (const { layout: id, folder: runnerFolder, names } of runners) {
        if (config.layout !== 'auto' && config.layout !== id)
            continue;
        const naming = _layouts_js__WEBPACK_IMPORTED_MODULE_0__/* .LAYOUT */ .rs[id].runnerNaming;
        // Below it too for Flyway, but never the whole repository for a V file at its root.
        const inside = folder === runnerFolder ||
            (naming.recursive && runnerFolder !== '' && folder.startsWith(`${runnerFolder}/`));
        if (inside && !naming.runs(path.slice(slash + 1)))
            return {
                path,
                layout: id,
                ...naming.skipped(path, names),
                ...(runnerFolder !== folder ? { folder: runnerFolder } : {}),
            };
    }
    return undefined;
}
const folderMatchers = new Map();
/** Whether a path is in one of the layout's own folders (its globs), compiled once. */
function folderOf(layout) {
    let matcher = folderMatchers.get(layout.id);
    if (!matcher)
        folderMatchers.set(layout.id, (matcher = picomatch__WEBPACK_IMPORTED_MODULE_4___default()(layout.globs)));
    return matcher;
}
/**
 * A file in the folders plain SQL and dbmate share (called with `layout` auto or one of those two): the
 * configured one, else dbmate's when it holds dbmate's marker, else plain.
 */
async function plainOrDbmate(path, config, read, inFolders = false) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const layout = config.layout !== 'auto'
        ? (0,_layouts_js__WEBPACK_IMPORTED_MODULE_0__/* .layoutById */ .X_)(config.layout)
        : _layouts_js__WEBPACK_IMPORTED_MODULE_0__/* .LAYOUT */ .rs.dbmate.claimsText?.((await read(path)) ?? '')
            ? _layouts_js__WEBPACK_IMPORTED_MODULE_0__/* .LAYOUT */ .rs.dbmate
            : _layouts_js__WEBPACK_IMPORTED_MODULE_0__/* .LAYOUT */ .rs.plain;
    // dbmate runs only names that start with their version: `add_users.sql` in its folder never runs. A
    // configured dbmate takes any .sql file given; one outside its folders is no name question.
    const naming = layout.runnerNaming;
    const itsFolder = config.layout === 'auto' || inFolders || folderOf(layout)(path);
    if (naming && itsFolder && !naming.runs(name))
        return { path, layout: layout.id, ...naming.skipped(path) };
    return { path, layout: layout.id, direction: 'up', version: name };
}


/***/ }),

/***/ 7824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $O: () => (/* binding */ NO_LAYOUT_FOLDERS),
/* harmony export */   Tn: () => (/* binding */ findLayoutFolders),
/* harmony export */   WG: () => (/* binding */ drizzleMigrationIn)
/* harmony export */ });
/* unused harmony exports runnerFolders, drizzleJournalFolders */
/* harmony import */ var _layouts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3449);
/* harmony import */ var _other_databases_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97);
/* harmony import */ var _prisma_folders_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7025);



const NO_LAYOUT_FOLDERS = { prisma: [], drizzle: [] };
const JOURNAL = /^(?:(.*)\/)?meta\/_journal\.json$/;
/** The folders of `paths` (the whole tree, so a lock file or journal that did not change still counts). */
async function findLayoutFolders(paths, read, configuredPaths = []) {
    return {
        prisma: await (0,_prisma_folders_js__WEBPACK_IMPORTED_MODULE_2__/* .findPrismaFolders */ .l)(paths, read, configuredPaths),
        drizzle: drizzleJournalFolders(paths),
        otherDatabases: await (0,_other_databases_js__WEBPACK_IMPORTED_MODULE_1__/* .findOtherDatabaseFolders */ .Wv)(paths, read),
        runners: runnerFolders(paths),
    };
}
/**
 * The folders where a layout's runner finds a migration it runs, by name (plain SQL and dbmate share
 * their folders and claim none: their files are told apart by content). One pass over the paths.
 */
function runnerFolders(paths) {
    const layouts = _layouts_js__WEBPACK_IMPORTED_MODULE_0__/* .AUTO_DETECT */ .Ej.filter((l) => l.runnerNaming && !l.sharesPlainFolders);
    const found = new Map();
    for (const path of paths) {
        if (!path.endsWith('.sql'))
            continue;
        const slash = path.lastIndexOf('/');
        const folder = slash < 0 ? '' : path.slice(0, slash);
        const name = path.slice(slash + 1);
        for (const layout of layouts) {
            if (!layout.runnerNaming.runs(name) || !layout.match(path))
                continue;
            const key = `${layout.id}\0${folder}`;
            const known = found.get(key);
            if (known)
                known.names.push(name);
            else
                found.set(key, { layout: layout.id, folder, names: [name] });
        }
    }
    return [...found.values()];
}
/** Folders with a drizzle-kit journal (`<out>/meta/_journal.json`), outside node_modules. */
function drizzleJournalFolders(paths) {
    const folders = new Set();
    for (const path of paths) {
        if (path.includes('node_modules/'))
            continue;
        const m = JOURNAL.exec(path);
        if (m)
            folders.add(m[1] ?? '');
    }
    return [...folders].sort();
}
/**
 * The migration name when `path` is a drizzle-kit migration in one of `folders`: `<out>/<name>.sql`, or
 * `<out>/<name>/migration.sql` (drizzle-kit v1).
 */
function drizzleMigrationIn(path, folders) {
    if (!folders.length || !path.endsWith('.sql'))
        return undefined;
    const slash = path.lastIndexOf('/');
    const dir = slash < 0 ? '' : path.slice(0, slash);
    const name = path.slice(slash + 1);
    if (folders.includes(dir))
        return name; // the version the drizzle/ globs give too: the file name
    if (name !== 'migration.sql' || slash < 0)
        return undefined;
    const parentSlash = dir.lastIndexOf('/');
    const parent = parentSlash < 0 ? '' : dir.slice(0, parentSlash);
    return folders.includes(parent) ? dir.slice(parentSlash + 1) : undefined;
}


/***/ }),

/***/ 3449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ej: () => (/* binding */ AUTO_DETECT),
  rs: () => (/* binding */ LAYOUT),
  Zy: () => (/* binding */ compareVersions),
  X_: () => (/* binding */ layoutById)
});

// EXTERNAL MODULE: ./src/gates/migrations/runners.ts
var runners = __webpack_require__(8911);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/gates/migrations/layouts/layout.ts

const base = (path) => path.slice(path.lastIndexOf('/') + 1);
const parentDir = (path) => {
    const parts = path.split('/');
    return parts[parts.length - 2] ?? '';
};
const up = (version) => ({ direction: 'up', version });
/** A matcher: paths under node_modules or outside `globs` are not the layout's; others get `version(path)`. */
function byGlobs(globs, version) {
    // Each glob is compiled (a regex, about a millisecond) when first asked: discovery stops at the first
    // layout that matches, so `lint FILE` never builds most of them.
    const matchers = [];
    const matcher = (i) => (matchers[i] ??= picomatch_default()(globs[i], { dot: false }));
    return (path) => {
        if (path.includes('node_modules/') || !globs.some((_, i) => matcher(i)(path)))
            return undefined;
        return version(path);
    };
}
/**
 * The version after the newest of `versions` (zero padding as wide as the widest), or undefined when
 * there is none or they are timestamps (a new one is a time, not the newest + 1).
 */
function versionAfter(versions) {
    if (!versions.length || versions.some((v) => v.length >= 12))
        return undefined;
    const newest = versions.reduce((max, v) => (BigInt(v) > max ? BigInt(v) : max), 0n);
    return String(newest + 1n).padStart(Math.max(...versions.map((v) => v.length)), '0');
}
/** The statement as it should be written to be re-runnable after a failed build. */
function written(operation) {
    if (operation.startsWith('CREATE'))
        return `${operation} IF NOT EXISTS`;
    if (operation.startsWith('DROP'))
        return `${operation} IF EXISTS`;
    return operation;
}
/** The rule that flags the statement written without CONCURRENTLY (the form a transaction allows). */
function plainFormRule(operation) {
    if (operation.startsWith('CREATE INDEX'))
        return 'require-concurrent-index-creation';
    if (operation.startsWith('DROP INDEX'))
        return 'require-concurrent-index-deletion';
    if (operation.startsWith('REINDEX'))
        return 'require-concurrent-reindex';
    return undefined;
}
/** The step that works with every runner that sends a one-statement file on its own. */
function aloneInFile(operation) {
    return `Put ${written(operation)} alone in a migration file of its own (no other statement, not even SET): a one-statement file runs outside any transaction.`;
}
/** Runners with nothing better to offer than a file of its own. */
function aloneAdvice(runner, operation) {
    return { why: `${runner.label} runs this file in a transaction`, how: aloneInFile(operation) };
}

;// CONCATENATED MODULE: ./src/gates/migrations/layouts/dbmate.ts


const UP = /^--\s*migrate:up\b(.*)$/m;
const DOWN = /^--\s*migrate:down\b.*$/m;
// dbmate's migrationFileRegexp (pkg/dbmate/db.go): the leading digits are the version it records.
const RUNS = /^([0-9]+).*\.sql$/;
function skipped(path) {
    const name = base(path);
    return {
        why: 'dbmate runs only files whose name starts with their version (<version>_<name>.sql, digits first) and passes over every other file in its folder',
        how: `rename it to <timestamp>_${name.replace(/^[^a-zA-Z]*/, '') || 'name.sql'} with a UTC timestamp (YYYYMMDDHHMMSS) after the newest migration's, as \`dbmate new\` names files`,
    };
}
/**
 * dbmate: up and down as sections of one file (`-- migrate:up`, `-- migrate:down`). It shares plain's
 * folders; its files are recognised by their marker (discover.ts), so it claims no path by itself: once
 * configured (`migrations.layout: dbmate`), every .sql file given is one of its migrations.
 */
const DBMATE = {
    id: 'dbmate',
    name: 'dbmate',
    globs: ['db/migrations/*.sql', '**/db/migrations/*.sql', 'migrations/*.sql', '**/migrations/*.sql'],
    match: (p) => up(base(p)),
    foundByPrismaFolders: false,
    sharesPlainFolders: true,
    claimsText: (text) => UP.test(text),
    // Asked by discover.ts once a file is known to be dbmate's (its marker, or the configured layout):
    // dbmate shares plain's folders, so no folder is dbmate's by its names alone.
    runnerNaming: { runs: (name) => RUNS.test(name), recursive: false, skipped },
    versionKey: (p) => RUNS.exec(base(p))?.[1],
    onDuplicate: 'dbmate records each version once (schema_migrations.version is its primary key): a database that already ran one of the files counts the other as applied and never runs it, without a word, and on a fresh database the second stops with a duplicate key error',
    parserSource: (text, section) => UP.test(text) ? blankOtherSection(text, section) : { source: text, transactionDisabled: false },
    runner: () => runners/* DBMATE_RUNNER */.hE,
    down: {
        sectionMarker: /^--\s*migrate:down\b/m,
        fileOf: (up) => up,
        expected: () => 'a "-- migrate:down" section',
    },
    historyTable: 'CREATE TABLE IF NOT EXISTS schema_migrations (version varchar(128) PRIMARY KEY)',
    assumesSupabasePlatform: false,
    outsideTransaction: (runner, operation) => runner.transaction === 'implicit'
        ? {
            why: 'dbmate sends the section as one query',
            how: `Keep ${written(operation)} alone in the up section of a migration whose first line is \`-- migrate:up transaction:false\`: dbmate sends the whole section as one query.`,
        }
        : {
            why: 'dbmate runs each migration in a transaction unless it is marked transaction:false',
            how: `Move it to a migration of its own whose first line is \`-- migrate:up transaction:false\`, with ${written(operation)} alone in that section.`,
        },
};
/**
 * The section of a file marked `-- migrate:up` … `-- migrate:down` that runs in `keep`, the rest replaced
 * with spaces (newlines kept) so line and column stay true; `transaction:false` on its marker line.
 */
function blankOtherSection(text, keep) {
    const up = UP.exec(text);
    const down = DOWN.exec(text);
    const upStart = up ? up.index : 0;
    const downStart = down ? down.index : text.length;
    const transactionDisabled = keep === 'up'
        ? /transaction\s*:\s*false/.test(up?.[1] ?? '')
        : /transaction\s*:\s*false/.test(down?.[0] ?? '');
    const blank = (s) => s.replace(/[^\n]/g, ' ');
    if (keep === 'up') {
        return {
            source: blank(text.slice(0, upStart)) + text.slice(upStart, downStart) + blank(text.slice(downStart)),
            transactionDisabled,
        };
    }
    return { source: blank(text.slice(0, downStart)) + text.slice(downStart), transactionDisabled };
}

;// CONCATENATED MODULE: ./src/gates/migrations/layouts/drizzle.ts


const GLOBS = ['drizzle/*.sql', '**/drizzle/*.sql', 'drizzle/*/migration.sql', '**/drizzle/*/migration.sql'];
/** drizzle-kit: `drizzle/<n>_<name>.sql`, or `drizzle/<name>/migration.sql` (v1), up only. */
const DRIZZLE = {
    id: 'drizzle',
    name: 'Drizzle',
    globs: GLOBS,
    match: byGlobs(GLOBS, (p) => up(base(p) === 'migration.sql' ? parentDir(p) : base(p))),
    foundByPrismaFolders: false,
    foundByDrizzleJournals: true,
    sharesPlainFolders: false,
    runner: () => runners/* DRIZZLE_RUNNER */.c9,
    assumesSupabasePlatform: false,
    outsideTransaction: (_runner, operation) => ({
        why: "drizzle-orm's migrator runs every pending migration in one transaction",
        how: `Drizzle has no way to run a migration outside its transaction: run ${written(operation)} outside Drizzle (psql, or a deploy step after drizzle-kit migrate) and keep it out of the migrations folder${smallTable(operation)}.`,
    }),
};
/** The other way out, for a small table: the form without CONCURRENTLY, its write lock accepted in writing. */
function smallTable(operation) {
    const rule = plainFormRule(operation);
    const plain = operation.replace(' CONCURRENTLY', '');
    return rule
        ? `; or, on a small table, write ${plain} without CONCURRENTLY under the line \`-- rollback-ready-ignore ${rule}: <why its lock is short>\``
        : '';
}

;// CONCATENATED MODULE: ./src/gates/migrations/layouts/flyway.ts


const flyway_GLOBS = ['**/[VU][0-9]*__*.sql', '[VU][0-9]*__*.sql'];
// ResourceNameParser: prefix, a version MigrationVersion accepts (numbers joined by `.` or `_`), `__`.
const VERSIONED = /^([VU])([0-9]+(?:[._][0-9]+)*)__.*\.sql$/i;
// Repeatable migrations, and SQL callbacks named after a Flyway event (`afterMigrate.sql`,
// `beforeEachMigrate__log.sql`): Flyway runs these too, so they are never "skipped".
const EVENTS = 'beforeClean|afterClean|afterCleanError|beforeMigrate|beforeEachMigrate|beforeEachMigrateStatement|afterEachMigrateStatement|afterEachMigrateStatementError|afterEachMigrate|afterEachMigrateError|beforeRepeatables|afterVersioned|afterMigrateApplied|afterMigrate|afterMigrateError|beforeUndo|beforeEachUndo|beforeEachUndoStatement|afterEachUndoStatement|afterEachUndoStatementError|afterEachUndo|afterEachUndoError|afterUndo|afterUndoError|beforeValidate|afterValidate|afterValidateError|beforeBaseline|afterBaseline|afterBaselineError|beforeRepair|afterRepair|afterRepairError|beforeInfo|afterInfo|afterInfoError|afterMigrateOperationFinish|afterInfoOperationFinish|createSchema|beforeCreateSchema|beforeConnect|afterConnect';
const OTHERS_RUN = new RegExp(`^(?:R__.+|(?:${EVENTS})(?:__.*)?)\\.sql$`, 'i');
/** The prefix as Flyway compares it (case-sensitive `startsWith`), then the suffix (any case). */
function versioned(name) {
    const m = VERSIONED.exec(name);
    return m && (name[0] === 'V' || name[0] === 'U') ? { prefix: name[0], version: m[2] } : undefined;
}
/** MigrationVersion: `_` is `.`, each part a number, trailing zero parts dropped (`1.0` is `1`, `01` is `1`). */
function normalisedVersion(version) {
    const parts = version.split(/[._]/).map((p) => BigInt(p).toString());
    while (parts.length > 1 && parts[parts.length - 1] === '0')
        parts.pop();
    return parts.join('.');
}
function flyway_skipped(path, runs = []) {
    const name = base(path);
    const m = /^[VvUu]?([0-9][0-9._]*?)_{1,}(.+)\.sql$/.exec(name);
    const description = (m ? m[2] : name.replace(/\.sql$/i, '').replace(/^[^a-zA-Z]*/, '')) || 'description';
    const own = m?.[1].replace(/[._]+$/, '');
    const taken = runs.flatMap((n) => {
        const v = versioned(n);
        return v?.prefix === 'V' ? [v.version] : [];
    });
    // Its own version when no other migration has it, else the major version after the newest.
    const free = own && !taken.some((v) => normalisedVersion(v) === normalisedVersion(own)) ? own : undefined;
    const version = free ?? versionAfter(taken.map((v) => v.split(/[._]/)[0]));
    return {
        why: 'Flyway runs only files named V<version>__<description>.sql (a capital V, the version, two underscores), R__<description>.sql or after a callback event; it passes over every other .sql file in its locations, logging only that some "were detected but not run"',
        how: version
            ? `rename it to V${version}__${description}.sql`
            : `rename it to V<version>__${description}.sql, the version after the newest migration's`,
    };
}
/** Flyway: `V<version>__<name>.sql` up, `U<version>__<name>.sql` its undo, anywhere in the tree. */
const FLYWAY = {
    id: 'flyway',
    name: 'Flyway',
    globs: flyway_GLOBS,
    match: byGlobs(flyway_GLOBS, (p) => {
        const v = versioned(base(p));
        if (!v)
            return undefined;
        return { direction: v.prefix === 'U' ? 'down' : 'up', version: v.version.replace(/_/g, '.') };
    }),
    // `V1.a__x.sql`, `V1..2__x.sql`: Flyway's pattern at a glance, a version it cannot read.
    skips: (p) => !p.includes('node_modules/') && /^[VU][0-9][^/]*__[^/]*\.sql$/.test(base(p)) && !versioned(base(p))
        ? flyway_skipped(p)
        : undefined,
    runnerNaming: {
        runs: (name) => versioned(name) !== undefined || OTHERS_RUN.test(name),
        recursive: true,
        skipped: flyway_skipped,
    },
    // Undo files are left out: Flyway Community never reads them.
    versionKey: (p) => {
        const v = versioned(base(p));
        return v?.prefix === 'V' ? normalisedVersion(v.version) : undefined;
    },
    onDuplicate: 'Flyway refuses to migrate while two files share a version: it stops with "Found more than one migration with version"',
    foundByPrismaFolders: false,
    sharesPlainFolders: false,
    runner: () => runners/* FLYWAY_RUNNER */.qw,
    down: {
        // `U<version>__*.sql` anywhere: Flyway matches undo migrations by version, not by folder.
        fileOf: (up, files) => files.find((f) => f.direction === 'down' && f.version === up.version),
        expected: (up) => `U${up.version.replace(/\./g, '_')}__*.sql`,
        optional: 'Flyway runs undo (U) migrations only in its paid Teams and Enterprise editions (`flyway undo`); Flyway Community ignores U files',
    },
    whenDeleted: 'Flyway also refuses to migrate a database that applied it: its validation (on by default) fails with "Detected applied migration not resolved locally".',
    historyTable: `CREATE TABLE IF NOT EXISTS flyway_schema_history (
  installed_rank integer NOT NULL PRIMARY KEY, version varchar(50), description varchar(200) NOT NULL,
  type varchar(20) NOT NULL, script varchar(1000) NOT NULL, checksum integer,
  installed_by varchar(100) NOT NULL, installed_on timestamp NOT NULL DEFAULT now(),
  execution_time integer NOT NULL, success boolean NOT NULL);
CREATE INDEX IF NOT EXISTS flyway_schema_history_s_idx ON flyway_schema_history (success)`,
    assumesSupabasePlatform: false,
    outsideTransaction: () => ({
        why: 'Flyway runs this file in a transaction: it holds statements its parser runs in one (a file that mixes both is refused unless mixed=true)',
        how: `Move it into a migration file of its own holding only statements Flyway runs without a transaction (CREATE/DROP INDEX CONCURRENTLY, VACUUM); REINDEX … CONCURRENTLY is not on Flyway's list: run it by hand.`,
    }),
};

;// CONCATENATED MODULE: ./src/gates/migrations/layouts/golang-migrate.ts


const golang_migrate_GLOBS = ['**/*.up.sql', '**/*.down.sql', '*.up.sql', '*.down.sql'];
const folder = (p) => p.slice(0, p.lastIndexOf('/') + 1);
// golang-migrate's source.Regex (source/parse.go): its iofs/file drivers pass over any other name.
const golang_migrate_RUNS = /^([0-9]+)_(.*)\.(down|up)\.(.*)$/;
const UINT64_MAX = 18446744073709551615n;
/** The version golang-migrate records (a uint64: `001` and `1` are one version), or undefined when it skips the name. */
function versionOf(name) {
    const m = golang_migrate_RUNS.exec(name);
    if (!m)
        return undefined;
    const version = BigInt(m[1]);
    return version > UINT64_MAX ? undefined : { version, direction: m[3] };
}
function golang_migrate_skipped(path, runs = []) {
    const name = base(path);
    const m = /^(.*?)(\.(up|down))?\.sql$/.exec(name);
    const stem = (m?.[1] ?? name).replace(/^[0-9]*[_-]?/, '') || 'name';
    const digits = /^[0-9]+/.exec(name)?.[0];
    const direction = m?.[3] ?? 'up';
    const versions = runs.flatMap((n) => /^[0-9]+(?=_)/.exec(n) ?? []);
    const taken = new Set(versions.map((v) => BigInt(v)));
    // Its own number when no other migration has it, else the one after the newest.
    const version = digits && !taken.has(BigInt(digits)) ? digits : versionAfter(versions);
    return {
        why: 'golang-migrate runs only files named <version>_<name>.up.sql or <version>_<name>.down.sql (digits, an underscore, a name, .up or .down) and passes over every other file in its folder',
        how: version
            ? `rename it to ${version}_${stem}.${direction}.sql${direction === 'up' ? ` (with its ${version}_${stem}.down.sql beside it)` : ''}`
            : `rename it to <version>_${stem}.${direction}.sql, the version after the newest migration's (as \`migrate create -ext sql\` names files)`,
    };
}
/** golang-migrate: `<version>_<name>.up.sql` with its `.down.sql` in the same folder. */
const GOLANG_MIGRATE = {
    id: 'golang-migrate',
    name: 'golang-migrate',
    globs: golang_migrate_GLOBS,
    match: byGlobs(golang_migrate_GLOBS, (p) => {
        const m = /^(.*)\.(up|down)\.sql$/.exec(base(p));
        return m ? { direction: m[2], version: m[1] } : undefined;
    }),
    // `.up.sql`/`.down.sql` named as golang-migrate would never run them (`add_users.up.sql`).
    skips: (p) => (/\.(up|down)\.sql$/.test(p) && !versionOf(base(p)) ? golang_migrate_skipped(p) : undefined),
    runnerNaming: { runs: (name) => versionOf(name) !== undefined, recursive: false, skipped: golang_migrate_skipped },
    versionKey: (p) => {
        const v = versionOf(base(p));
        return v && `${v.direction} ${v.version}`;
    },
    onDuplicate: 'golang-migrate refuses to run any migration of this folder while two files share a version and direction: it stops with "duplicate migration file"',
    foundByPrismaFolders: false,
    sharesPlainFolders: false,
    runner: () => runners/* GOLANG_MIGRATE_RUNNER */.Qx,
    down: {
        fileOf: (up, files) => files.find((f) => f.direction === 'down' && f.version === up.version && folder(f.path) === folder(up.path)),
        expected: (up) => base(up.path).replace(/\.up\.sql$/, '.down.sql'),
    },
    whenDeleted: 'golang-migrate also stops with "no migration found for version …" on a database whose recorded version is the deleted file, and cannot migrate down past it.',
    // The postgres driver's ensureVersionTable, in the first schema of the search_path.
    historyTable: 'CREATE TABLE IF NOT EXISTS schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL)',
    assumesSupabasePlatform: false,
    outsideTransaction: aloneAdvice,
};

;// CONCATENATED MODULE: ./src/gates/migrations/layouts/plain.ts


const plain_GLOBS = ['migrations/*.sql', '**/migrations/*.sql', 'db/migrations/*.sql', '**/db/migrations/*.sql'];
/** Plain SQL files in a migrations folder, run in name order by psql -f or a hand-rolled runner. */
const PLAIN = {
    id: 'plain',
    name: 'plain SQL',
    globs: plain_GLOBS,
    match: byGlobs(plain_GLOBS, (p) => up(base(p))),
    foundByPrismaFolders: false,
    sharesPlainFolders: true,
    runner: () => runners/* PLAIN_RUNNER */.kI,
    assumesSupabasePlatform: false,
    outsideTransaction: aloneAdvice,
};

;// CONCATENATED MODULE: ./src/gates/migrations/layouts/prisma.ts


const prisma_GLOBS = ['prisma/migrations/*/migration.sql', '**/prisma/migrations/*/migration.sql'];
/** `prisma migrate deploy`: `<folder>/<timestamp>_<name>/migration.sql`, up only. */
const PRISMA = {
    id: 'prisma',
    name: 'Prisma',
    globs: prisma_GLOBS,
    match: byGlobs(prisma_GLOBS, (p) => up(parentDir(p))),
    foundByPrismaFolders: true,
    sharesPlainFolders: false,
    runner: runners/* prismaRunner */.ld,
    runnerVersion: { runner: 'prisma', configKey: 'prisma-version', packageDir: prismaPackageDir },
    assumesSupabasePlatform: false,
    outsideTransaction: (runner, operation) => ({
        why: `${runner.label} runs this file in a transaction`,
        how: `${aloneInFile(operation)} Prisma ${runners/* PRISMA_SPLITS_FROM */.C0}+ sends each statement on its own: once the lockfile pins it (or migrations.prisma-version says so), ${operation} may share a file.`,
    }),
};
/** The folder that holds `prisma/`; for migrations elsewhere, the folder that holds the migrations folder. */
function prismaPackageDir(path) {
    const at = path.lastIndexOf('prisma/');
    if (at > 0)
        return path.slice(0, at);
    if (at === 0)
        return '';
    // Prisma migrations in another folder (`packages/database/migration/<name>/migration.sql`): the package
    // is the folder that holds the migrations folder.
    const parts = path.split('/');
    return parts.length > 3 ? `${parts.slice(0, -3).join('/')}/` : '';
}

;// CONCATENATED MODULE: ./src/gates/migrations/layouts/supabase.ts


const supabase_GLOBS = ['supabase/migrations/*.sql', '**/supabase/migrations/*.sql'];
// The CLI's own pattern (`migrateFilePattern` in supabase/cli): the digits are the version it records.
const NAME = /^([0-9]+)_.*\.sql$/;
const inFolder = byGlobs(supabase_GLOBS, () => up(''));
/** The Supabase CLI: `supabase/migrations/<timestamp>_<name>.sql`, up only, run on the Supabase platform. */
const SUPABASE = {
    id: 'supabase',
    name: 'Supabase',
    globs: supabase_GLOBS,
    match: byGlobs(supabase_GLOBS, (p) => {
        const m = NAME.exec(base(p));
        return m ? up(m[1]) : undefined;
    }),
    skips: (p) => inFolder(p) && !NAME.test(base(p))
        ? {
            why: 'the Supabase CLI skips it, as only files named <timestamp>_<name>.sql (digits, an underscore, a name) are migrations',
            how: `rename it to <timestamp>_${base(p).replace(/^[^a-zA-Z]*/, '') || 'name.sql'} with a UTC timestamp (YYYYMMDDHHMMSS) after the newest migration's, as \`supabase migration new\` names files`,
        }
        : undefined,
    versionKey: (p) => NAME.exec(base(p))?.[1],
    onDuplicate: 'the Supabase CLI records each version once (supabase_migrations.schema_migrations, version its primary key): `supabase db push` stops at the second file with "duplicate key value violates unique constraint", after the first ran',
    whenDeleted: 'The Supabase CLI also refuses to push to a database whose history holds a version that is not in the folder ("Remote migration versions not found in local migrations directory").',
    foundByPrismaFolders: false,
    sharesPlainFolders: false,
    runner: runners/* supabaseRunner */.$7,
    runnerVersion: {
        runner: 'supabase',
        configKey: 'supabase-version',
        // The folder that holds `supabase/`: its package.json names the CLI in a monorepo.
        packageDir: (path) => {
            const at = path.lastIndexOf('supabase/');
            return at > 0 ? path.slice(0, at) : '';
        },
    },
    historyTable: `CREATE SCHEMA IF NOT EXISTS supabase_migrations;
CREATE TABLE IF NOT EXISTS supabase_migrations.schema_migrations (version text NOT NULL PRIMARY KEY, statements text[], name text)`,
    assumesSupabasePlatform: true,
    outsideTransaction: (runner, operation) => {
        const from = operation.startsWith('DROP')
            ? runners/* SUPABASE_STANDALONE_DROP_INDEX_FROM */.bC
            : runners/* SUPABASE_STANDALONE_FROM */.G4;
        return {
            why: `${runner.label} sends every statement of a file, and the history insert, as one pipeline batch, which Postgres runs as one implicit transaction`,
            how: `Supabase CLI ${from}+ runs ${operation} on its own, outside the file's transaction: pin "supabase": "^${from}" in package.json devDependencies, apply migrations with that CLI (npx supabase db push), and keep the lockfile committed so this check sees the version (or set migrations.supabase-version). Otherwise run the statement by hand (psql) outside the migrations folder.`,
        };
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/layouts.ts







/** Every layout by its id: the compiler checks that each id of `MIGRATION_LAYOUTS` has its object. */
const LAYOUT = {
    supabase: SUPABASE,
    prisma: PRISMA,
    drizzle: DRIZZLE,
    flyway: FLYWAY,
    'golang-migrate': GOLANG_MIGRATE,
    dbmate: DBMATE,
    plain: PLAIN,
};
/**
 * With `layout: auto`, a path is claimed by the first of these that matches (most specific first).
 * dbmate is not among them: it shares plain's folders and is told apart by its marker (discover.ts).
 */
const AUTO_DETECT = [PRISMA, DRIZZLE, SUPABASE, FLYWAY, GOLANG_MIGRATE, PLAIN];
function layoutById(id) {
    return LAYOUT[id];
}
// Made when first compared: building a collator loads ICU data (~7 ms of --cpu-prof at start-up), and
// `lint FILE` sorts a single file.
let numericCollator;
/** Compare version keys: numbers inside compare as numbers (`V1.10` after `V1.9`). */
function compareVersions(a, b) {
    numericCollator ??= new Intl.Collator('en', { numeric: true });
    return numericCollator.compare(a, b);
}


/***/ }),

/***/ 97:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wv: () => (/* binding */ findOtherDatabaseFolders),
/* harmony export */   XT: () => (/* binding */ otherDatabaseNotices),
/* harmony export */   ke: () => (/* binding */ inOtherEngineFolder),
/* harmony export */   vb: () => (/* binding */ otherDatabaseOf)
/* harmony export */ });
/* harmony import */ var _core_tool_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(121);

/** Prisma providers whose SQL is Postgres's (CockroachDB speaks the Postgres dialect). */
const POSTGRES_PROVIDERS = new Set(['postgresql', 'postgres', 'cockroachdb']);
/** drizzle-kit journal dialects that are Postgres. */
const POSTGRES_DIALECTS = new Set(['postgresql', 'postgres', 'pg']);
/** A folder named after another engine (`db/clickhouse/migrations`, umami's ClickHouse schema). */
const ENGINE_FOLDERS = {
    clickhouse: 'ClickHouse',
    mysql: 'MySQL',
    mariadb: 'MariaDB',
    sqlite: 'SQLite',
    mssql: 'SQL Server',
    sqlserver: 'SQL Server',
    oracle: 'Oracle',
    duckdb: 'DuckDB',
    snowflake: 'Snowflake',
    bigquery: 'BigQuery',
};
/** Whether a folder of `path` is named after another engine than Postgres (`internal-packages/clickhouse/schema/…`). */
function inOtherEngineFolder(path) {
    const parts = path.split('/');
    return parts.some((p, i) => i < parts.length - 1 && ENGINE_FOLDERS[p.toLowerCase()] !== undefined);
}
const folderOf = (path) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
/**
 * Multi-database apps keep one migrations folder per engine (umami: `db/postgresql`, `db/mysql`,
 * `db/clickhouse`). Linting MySQL or ClickHouse SQL with the Postgres parser reports syntax errors
 * "the database would reject", which is false: these folders are recognised from what the tools wrote
 * (Prisma's `migration_lock.toml` provider, drizzle-kit's journal dialect) or from a folder named after
 * the engine, and their files are reported as not checked instead of being linted.
 */
async function findOtherDatabaseFolders(paths, read) {
    const found = new Map();
    for (const path of paths) {
        if (path.includes('node_modules/'))
            continue;
        const name = path.slice(path.lastIndexOf('/') + 1);
        if (name === 'migration_lock.toml') {
            const provider = /^\s*provider\s*=\s*"([^"]+)"/m.exec((await read(path)) ?? '')?.[1];
            if (provider && !POSTGRES_PROVIDERS.has(provider.toLowerCase()))
                found.set(folderOf(path), {
                    folder: folderOf(path),
                    engine: provider,
                    evidence: `${path} says provider = "${provider}"`,
                });
        }
        else if (name === '_journal.json' && folderOf(path).endsWith('meta')) {
            const dialect = journalDialect(await read(path));
            const folder = folderOf(folderOf(path));
            if (dialect && !POSTGRES_DIALECTS.has(dialect.toLowerCase()))
                found.set(folder, { folder, engine: dialect, evidence: `${path} says "dialect": "${dialect}"` });
        }
        else if (name.endsWith('.sql')) {
            const parts = path.split('/');
            const at = parts.findIndex((p, i) => i < parts.length - 1 && ENGINE_FOLDERS[p.toLowerCase()]);
            if (at < 0)
                continue;
            const folder = parts.slice(0, at + 1).join('/');
            if (!found.has(folder))
                found.set(folder, {
                    folder,
                    engine: ENGINE_FOLDERS[parts[at].toLowerCase()],
                    evidence: `its folder is named "${parts[at]}"`,
                });
        }
    }
    return [...found.values()];
}
/** The other-database folder that holds this path, if any: the nearest, so a lock file's word beats a folder name. */
function otherDatabaseOf(path, folders) {
    let best;
    for (const f of folders ?? [])
        if ((f.folder === '' || path.startsWith(`${f.folder}/`)) &&
            f.folder.length >= (best?.folder.length ?? -1))
            best = f;
    return best;
}
function journalDialect(text) {
    if (text === undefined)
        return undefined;
    try {
        const value = JSON.parse(text);
        const dialect = value && typeof value === 'object' ? value.dialect : undefined;
        return typeof dialect === 'string' ? dialect : undefined;
    }
    catch {
        return undefined;
    }
}
/** One notice per other-database folder the change touches: its files were not linted, and why. */
function otherDatabaseNotices(files) {
    const byFolder = new Map();
    for (const { path, database } of files ?? []) {
        const entry = byFolder.get(database.folder) ?? { database, paths: [] };
        entry.paths.push(path);
        byFolder.set(database.folder, entry);
    }
    return [...byFolder.values()].map(({ database, paths }) => ({
        gate: 'migrations',
        rule: 'other-database-migration',
        severity: 'notice',
        file: paths[0],
        message: `Not checked: ${paths.length} changed migration file(s) in ${database.folder || 'the repository root'} are for ${database.engine}, not Postgres (${database.evidence}); the Postgres rules and parser do not apply to them.`,
        help: 'Nothing to change if this folder really belongs to another database. If it holds Postgres migrations, rename the folder or fix what names the other database, so they are checked.',
        docs: (0,_core_tool_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleDocsUrl */ .hS)('other-database-migration'),
    }));
}


/***/ }),

/***/ 7025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ findPrismaFolders),
  Q: () => (/* binding */ prismaMigrationIn)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/schema-sources/ts-scanner.ts
var ts_scanner = __webpack_require__(787);
;// CONCATENATED MODULE: ./src/gates/migrations/prisma-config.ts

/** Stand for the config file's own folder as the first argument of path.join / path.resolve. */
const DIRNAME = new Set(['__dirname', 'import.meta.dirname']);
/** `migrations.path` (or, without it, the folder next to `schema`) relative to the config file's folder. */
function prismaConfigMigrationsFolder(source) {
    let tokens;
    try {
        tokens = (0,ts_scanner/* tokenize */.qw)(source);
    }
    catch (error) {
        if (!(error instanceof ts_scanner/* CodeParseError */.X))
            throw error;
        return {
            kind: 'unreadable',
            key: 'export default',
            why: `unreadable: the file does not parse (${error.message})`,
        };
    }
    const root = exportedObject(tokens);
    if (!root)
        return { kind: 'unreadable', key: 'export default', why: 'no exported object literal' };
    const props = objectProperties(tokens, root);
    const migrations = props.entries.get('migrations');
    if (migrations) {
        const inner = objectAt(tokens, migrations);
        if (!inner)
            return { kind: 'unreadable', key: 'migrations', why: 'not an object literal' };
        const fields = objectProperties(tokens, inner);
        const path = fields.entries.get('path');
        if (path)
            return literalPath(tokens, path, 'migrations.path');
        if (fields.spread)
            return { kind: 'unreadable', key: 'migrations', why: 'spreads another object' };
    }
    else if (props.spread) {
        return { kind: 'unreadable', key: 'migrations', why: 'the config spreads another object' };
    }
    const schema = props.entries.get('schema');
    if (!schema)
        return { kind: 'absent' };
    const read = literalPath(tokens, schema, 'schema');
    if (read.kind !== 'path')
        return read;
    // Prisma keeps migrations next to the schema file, or inside a schema folder.
    const folder = read.path.endsWith('.prisma') ? read.path.replace(/\/?[^/]*$/, '') : read.path;
    return { kind: 'path', path: joinPath(folder, 'migrations'), key: 'schema' };
}
/** The `{` of `export default {…}`, `export default defineConfig({…})`, `module.exports = …` or a named const exported. */
function exportedObject(tokens) {
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        let at;
        if (t.value === 'export' && tokens[i + 1]?.value === 'default')
            at = i + 2;
        else if (t.value === 'module' && tokens[i + 1]?.value === '.' && tokens[i + 2]?.value === 'exports')
            at = tokens[i + 3]?.value === '=' ? i + 4 : undefined;
        if (at === undefined)
            continue;
        const direct = objectAt(tokens, { start: at, end: tokens.length });
        if (direct !== undefined)
            return direct;
        const name = tokens[at];
        if (name?.kind !== 'ident')
            return undefined;
        for (let j = 0; j + 3 < tokens.length; j++) {
            const decl = tokens[j].value;
            if ((decl === 'const' || decl === 'let' || decl === 'var') && tokens[j + 1].value === name.value) {
                if (tokens[j + 2].value === ':')
                    continue; // a type annotation: take the next declaration form
                if (tokens[j + 2].value === '=')
                    return objectAt(tokens, { start: j + 3, end: tokens.length });
            }
        }
        return undefined;
    }
    return undefined;
}
/** The `{` of an object literal at `span.start`, through `defineConfig(` and parentheses. */
function objectAt(tokens, span) {
    let i = span.start;
    while (i < span.end && tokens[i]?.value === '(')
        i++;
    if (tokens[i]?.kind === 'ident' && tokens[i + 1]?.value === '(')
        i += 2;
    return tokens[i]?.value === '{' && tokens[i]?.kind === 'punct' ? i : undefined;
}
/** The index of the token that closes the bracket opened at `open`. */
function closing(tokens, open) {
    let depth = 0;
    for (let i = open; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.kind !== 'punct')
            continue;
        if (t.value === '{' || t.value === '(' || t.value === '[')
            depth++;
        else if (t.value === '}' || t.value === ')' || t.value === ']') {
            depth--;
            if (depth === 0)
                return i;
        }
    }
    return tokens.length;
}
/** Each `key: value` of the object opened at `open` (value as a token span), and whether it spreads. */
function objectProperties(tokens, open) {
    const end = closing(tokens, open);
    const entries = new Map();
    let spread = false;
    let i = open + 1;
    while (i < end) {
        const key = tokens[i];
        if (key.value === '...')
            spread = true;
        let j = i;
        while (j < end) {
            const t = tokens[j];
            if (t.kind === 'punct' && (t.value === '{' || t.value === '(' || t.value === '['))
                j = closing(tokens, j);
            else if (t.kind === 'punct' && t.value === ',')
                break;
            j++;
        }
        if ((key.kind === 'ident' || key.kind === 'string') && tokens[i + 1]?.value === ':')
            entries.set(key.value, { start: i + 2, end: j });
        else if (key.kind === 'ident' && (j === i + 1 || tokens[i + 1]?.value === '('))
            entries.set(key.value, { start: i, end: i }); // shorthand or method: a value we cannot read
        i = j + 1;
    }
    return { entries, spread };
}
function literalPath(tokens, span, key) {
    const parts = stringValue(tokens, span);
    if (parts === undefined)
        return { kind: 'unreadable', key, why: 'not a plain string, template or path.join of strings' };
    return { kind: 'path', path: joinPath('', parts), key };
}
function stringValue(tokens, span) {
    const first = tokens[span.start];
    if (!first || span.end <= span.start)
        return undefined;
    if (span.end === span.start + 1 &&
        (first.kind === 'string' || (first.kind === 'template' && !first.value.includes('\u0000'))))
        return first.value;
    // path.join("db", "migrations") / join(…) / path.resolve(__dirname, …) / path.posix.join(…)
    let i = span.start;
    const callee = [];
    while (i < span.end && tokens[i].value !== '(')
        callee.push(tokens[i++].value);
    const name = callee.join('');
    if (!/^(?:(?:path|node:path)\.(?:posix\.)?)?(?:join|resolve)$/.test(name))
        return undefined;
    if (closing(tokens, i) !== span.end - 1)
        return undefined;
    const args = [];
    let arg = [];
    for (let k = i + 1; k < span.end; k++) {
        const t = tokens[k];
        if (k === span.end - 1 || (t.kind === 'punct' && t.value === ',')) {
            if (arg.length)
                args.push(arg.join(''));
            arg = [];
            continue;
        }
        arg.push(t.kind === 'string' ? JSON.stringify(t.value) : t.value);
    }
    const out = [];
    for (const [n, a] of args.entries()) {
        if (n === 0 && DIRNAME.has(a))
            continue;
        if (!a.startsWith('"'))
            return undefined;
        out.push(JSON.parse(a));
    }
    return out.reduce(joinPath, '');
}
/** POSIX join of repository-relative parts, without leaving the folder it starts from unnoticed. */
function joinPath(a, b) {
    const parts = `${a}/${b}`.split('/');
    const out = [];
    for (const part of parts) {
        if (part === '' || part === '.')
            continue;
        if (part === '..' && out.length && out[out.length - 1] !== '..')
            out.pop();
        else
            out.push(part);
    }
    return out.join('/');
}

;// CONCATENATED MODULE: ./src/gates/migrations/prisma-folders.ts



/** Where Prisma looks for its config: `prisma.config.*` in a package, or `.config/prisma.*`. */
const CONFIG_FILE = /(?:^|\/)(?:prisma\.config|\.config\/prisma)\.(?:ts|mts|cts|js|mjs|cjs)$/;
const folderOf = (path) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
const nameOf = (path) => path.slice(path.lastIndexOf('/') + 1);
/**
 * The folders that hold Prisma migrations (`<folder>/<name>/migration.sql`) besides the usual
 * `prisma/migrations`: every folder with a `migration_lock.toml` (Prisma writes one into each migrations
 * folder), the `migrations.path` of each `prisma.config.*`, and the folder next to the schema that a
 * package.json `prisma.schema` names. Formbricks keeps them in `packages/database/migration/`.
 *
 * A config whose migrations folder cannot be read from its text stops the run (exit 2) unless a
 * `migration_lock.toml` already shows where the migrations are or `migrations.paths` is configured:
 * otherwise migrations could sit in a folder nobody checks and the gate would pass on nothing.
 */
async function findPrismaFolders(paths, read, configuredPaths = []) {
    const locked = new Set();
    const configured = new Set();
    const configs = [];
    const schemas = [];
    const packages = [];
    for (const path of paths) {
        if (path.includes('node_modules/'))
            continue;
        const name = nameOf(path);
        if (name === 'migration_lock.toml')
            locked.add(folderOf(path));
        else if (CONFIG_FILE.test(path))
            configs.push(path);
        else if (name.endsWith('.prisma'))
            schemas.push(path);
        else if (name === 'package.json')
            packages.push(path);
    }
    // The package.json `prisma` key (before prisma.config existed) matters only above a schema file.
    const schemaOwners = packages.filter((p) => schemas.some((s) => s.startsWith(folderOf(p) ? `${folderOf(p)}/` : '')));
    if (!configs.length && !schemaOwners.length)
        return [...locked].sort();
    // The code reader (@babel/parser, the CLI's largest module) is loaded only here, in a repository
    // that has a Prisma config or schema owner to read.
    await (0,ts_scanner/* loadCodeParser */.H_)();
    const problems = [];
    for (const config of configs) {
        const text = await read(config);
        const dir = folderOf(config).replace(/\/?\.config$/, '');
        const found = text === undefined ? undefined : prismaConfigMigrationsFolder(text);
        if (!found)
            problems.push(`${config}: could not be read`);
        else if (found.kind === 'unreadable')
            problems.push(`${config}: \`${found.key}\` is ${found.why}`);
        else if (found.kind === 'path')
            addInside(configured, joinPath(dir, found.path), config, problems);
    }
    for (const pkg of schemaOwners) {
        const schema = packageSchema(await read(pkg));
        if (schema === undefined)
            continue;
        const folder = schema.endsWith('.prisma')
            ? folderOf(joinPath(folderOf(pkg), schema))
            : joinPath(folderOf(pkg), schema);
        addInside(configured, joinPath(folder, 'migrations'), pkg, problems);
    }
    if (problems.length && !locked.size && !configuredPaths.length) {
        throw new errors/* UsageError */.eb(`${problems[0]}, so where its Prisma migrations are is unknown. Write \`migrations: { path: "…" }\` as a plain string there, or set \`migrations.paths\` (e.g. "db/migrations/*/migration.sql") and \`migrations.layout: prisma\` in .github/rollback-ready.yml.`);
    }
    return [...new Set([...locked, ...configured])].sort();
}
/** A folder that leads out of the repository is no folder of it: said, not followed. */
function addInside(out, folder, source, problems) {
    if (folder.startsWith('..'))
        problems.push(`${source}: its migrations folder ${folder} is outside the repository`);
    else
        out.add(folder);
}
function packageSchema(text) {
    if (!text)
        return undefined;
    try {
        const json = JSON.parse(text);
        const schema = json?.prisma?.schema;
        return typeof schema === 'string' ? schema : undefined;
    }
    catch {
        return undefined; // a broken package.json is npm's error to report, not a migrations folder
    }
}
/** `<folder>/<name>/migration.sql` for one of these folders: the migration's name, else undefined. */
function prismaMigrationIn(path, folders) {
    if (!folders.length || nameOf(path) !== 'migration.sql')
        return undefined;
    const migration = folderOf(path);
    const parent = folderOf(migration);
    return folders.includes(parent) && migration !== parent ? nameOf(migration) : undefined;
}


/***/ }),

/***/ 2380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ alterCommands),
/* harmony export */   DW: () => (/* binding */ dropTargetNames),
/* harmony export */   Dr: () => (/* binding */ typeModifiers),
/* harmony export */   E7: () => (/* binding */ nodeOf),
/* harmony export */   H: () => (/* binding */ isConcurrentReindex),
/* harmony export */   ZX: () => (/* binding */ typeBaseName),
/* harmony export */   _b: () => (/* binding */ indexBuildsOnExistingTable),
/* harmony export */   fF: () => (/* binding */ isTableAlter),
/* harmony export */   lF: () => (/* binding */ columnDefOf),
/* harmony export */   s1: () => (/* binding */ columnDefault),
/* harmony export */   sD: () => (/* binding */ isSerialType),
/* harmony export */   vY: () => (/* binding */ constraintOf),
/* harmony export */   zD: () => (/* binding */ columnConstraints),
/* harmony export */   zM: () => (/* binding */ findNodes)
/* harmony export */ });
/* harmony import */ var _sql_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(792);

/** Small accessors over the Postgres AST shared by rules (not a dumping ground: AST shape only). */
/**
 * The inside of a statement's node when it is of this kind (`{ CreatePolicyStmt: X }` → X), else
 * undefined.
 */
function nodeOf(statement, kind) {
    return statement.kind === kind ? statement.node[kind] : undefined;
}
const commandsByNode = new WeakMap();
/** The sub-commands of an ALTER TABLE; every rule asks, so the list is built once per statement. */
function alterCommands(node) {
    if (!('AlterTableStmt' in node))
        return [];
    let cmds = commandsByNode.get(node);
    if (!cmds) {
        cmds = (node.AlterTableStmt.cmds ?? []).flatMap((c) => ('AlterTableCmd' in c ? [c.AlterTableCmd] : []));
        commandsByNode.set(node, cmds);
    }
    return cmds;
}
function columnDefOf(cmd) {
    return cmd.def && 'ColumnDef' in cmd.def ? cmd.def.ColumnDef : undefined;
}
function constraintOf(node) {
    return node && 'Constraint' in node ? node.Constraint : undefined;
}
function columnConstraints(def) {
    return (def.constraints ?? []).flatMap((c) => ('Constraint' in c ? [c.Constraint] : []));
}
/** ALTER TABLE … on a table (not an index, view or sequence). */
function isTableAlter(node) {
    return 'AlterTableStmt' in node && (node.AlterTableStmt.objtype ?? 'OBJECT_TABLE') === 'OBJECT_TABLE';
}
/**
 * The targets of a DROP statement, each as its name parts for `qualifiedName` (`public.users` →
 * public, users; a trigger's table comes first and its own name last; a function's argument list is left out).
 */
function dropTargetNames(node) {
    if (!('DropStmt' in node))
        return [];
    return (node.DropStmt.objects ?? []).map((o) => {
        if ('List' in o)
            return o.List.items ?? [];
        if ('ObjectWithArgs' in o)
            return o.ObjectWithArgs.objname ?? [];
        if ('TypeName' in o)
            return o.TypeName.names ?? [];
        return [o];
    });
}
/** The last part of a type name (`pg_catalog.varchar` → `varchar`, `character varying` → `varchar`). */
function typeBaseName(type) {
    const last = type?.names?.[type.names.length - 1];
    return last && 'String' in last ? (last.String.sval ?? '') : '';
}
/** Integer type modifiers: `varchar(20)` → [20], `numeric(10,2)` → [10, 2], `text` → []. */
function typeModifiers(type) {
    return (type?.typmods ?? []).flatMap((m) => ('A_Const' in m ? [m.A_Const.ival?.ival ?? 0] : []));
}
const SERIAL_TYPES = new Set(['serial', 'serial2', 'serial4', 'serial8', 'smallserial', 'bigserial']);
/** `serial`, `bigserial` and friends: an integer column filled from a new sequence. */
function isSerialType(type) {
    return ((type?.names?.length ?? 0) === 1 && SERIAL_TYPES.has(typeBaseName(type)) && !type?.arrayBounds?.length);
}
/** A column definition's DEFAULT expression; undefined when it has none or `DEFAULT NULL`. */
function columnDefault(def) {
    const expr = columnConstraints(def).find((c) => c.contype === 'CONSTR_DEFAULT')?.raw_expr;
    if (!expr || ('A_Const' in expr && expr.A_Const.isnull))
        return undefined;
    return expr;
}
/** Every node of one kind inside a tree (an expression, a statement), depth-first. */
function findNodes(root, kind) {
    const found = [];
    const visit = (value) => {
        if (Array.isArray(value))
            return value.forEach(visit);
        if (!value || typeof value !== 'object')
            return;
        for (const [key, child] of Object.entries(value)) {
            if (key === kind)
                found.push(child);
            visit(child);
        }
    };
    visit(root);
    return found;
}
/** REINDEX … CONCURRENTLY (written as an option: `REINDEX (CONCURRENTLY) …` or `REINDEX TABLE CONCURRENTLY …`). */
function isConcurrentReindex(node) {
    if (!('ReindexStmt' in node))
        return false;
    return (node.ReindexStmt.params ?? []).some((p) => {
        if (!('DefElem' in p) || p.DefElem.defname !== 'concurrently')
            return false;
        const arg = p.DefElem.arg;
        const value = arg && 'String' in arg
            ? arg.String.sval
            : arg && 'Boolean' in arg
                ? String(arg.Boolean.boolval ?? false)
                : undefined;
        return value === undefined || !['false', 'off', '0'].includes(value.toLowerCase());
    });
}
/**
 * ADD CONSTRAINT … UNIQUE / PRIMARY KEY (without USING INDEX), or ADD COLUMN with one inline, on a
 * table that existed before the change: each builds its index under an ACCESS EXCLUSIVE lock.
 */
function indexBuildsOnExistingTable(node, state, contype) {
    if (!isTableAlter(node) || !('AlterTableStmt' in node))
        return [];
    const table = (0,_sql_names_js__WEBPACK_IMPORTED_MODULE_0__/* .relationKey */ .Yb)(node.AlterTableStmt.relation);
    if (state.isNewTable(table))
        return [];
    const builds = (c) => c?.contype === contype && !c.indexname;
    return alterCommands(node).flatMap((cmd) => {
        if (cmd.subtype === 'AT_AddConstraint') {
            const c = constraintOf(cmd.def);
            if (!builds(c))
                return [];
            const columns = (c.keys ?? []).map((k) => `"${(0,_sql_names_js__WEBPACK_IMPORTED_MODULE_0__/* .stringValue */ .r$)(k)}"`).join(', ');
            return [{ via: 'constraint', table, constraint: c, columns }];
        }
        const def = cmd.subtype === 'AT_AddColumn' ? columnDefOf(cmd) : undefined;
        if (!def?.colname || !columnConstraints(def).some(builds))
            return [];
        return [{ via: 'column', table, column: def.colname }];
    });
}


/***/ }),

/***/ 8911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $7: () => (/* binding */ supabaseRunner),
/* harmony export */   C0: () => (/* binding */ PRISMA_SPLITS_FROM),
/* harmony export */   G4: () => (/* binding */ SUPABASE_STANDALONE_FROM),
/* harmony export */   Qx: () => (/* binding */ GOLANG_MIGRATE_RUNNER),
/* harmony export */   bC: () => (/* binding */ SUPABASE_STANDALONE_DROP_INDEX_FROM),
/* harmony export */   be: () => (/* binding */ DBMATE_NO_TRANSACTION),
/* harmony export */   c9: () => (/* binding */ DRIZZLE_RUNNER),
/* harmony export */   hE: () => (/* binding */ DBMATE_RUNNER),
/* harmony export */   kI: () => (/* binding */ PLAIN_RUNNER),
/* harmony export */   ld: () => (/* binding */ prismaRunner),
/* harmony export */   qw: () => (/* binding */ FLYWAY_RUNNER)
/* harmony export */ });
/* harmony import */ var semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1236);
/* harmony import */ var semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8780);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _rules_ast_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2380);
// The two functions, not the package's index: that builds every range helper (and parses comparators)
// when it loads, on every `lint` run (--cpu-prof: ~15 ms).



/** prisma-engines PR #5767 (engines 7.4.0-17.57b675f, first in Prisma 7.4.0) stopped sending the file as one query. */
const PRISMA_SPLITS_FROM = '7.4.0';
/** supabase/cli PR #5671 (v2.109.0) runs pipeline-incompatible statements outside the file's batch. */
const SUPABASE_STANDALONE_FROM = '2.109.0';
/** supabase/cli PR #6276 (merged 2026-08-19, after v2.111.0) added DROP INDEX CONCURRENTLY to that list. */
const SUPABASE_STANDALONE_DROP_INDEX_FROM = '2.112.0';
const atLeast = (version, from) => version !== undefined && semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default()(version) !== null && semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_0___default()(version, from);
function prismaRunner(config) {
    const version = config['prisma-version'];
    if (atLeast(version, PRISMA_SPLITS_FROM))
        return { label: `Prisma ${version}`, send: 'per-statement', transaction: 'none' };
    // Before 7.4.0 the schema engine sends migration.sql with one `simple_query(script)` call.
    const label = version ? `Prisma ${version}` : 'Prisma (version not found in a lockfile or package.json)';
    return { label, send: 'one-query', transaction: 'implicit' };
}
function supabaseRunner(config) {
    const version = config['supabase-version'];
    const label = version
        ? `Supabase CLI ${version}`
        : 'Supabase CLI (version not found in a lockfile or package.json)';
    // Every statement and the history insert go out as one pgconn pipeline batch: one implicit transaction.
    if (!atLeast(version, SUPABASE_STANDALONE_FROM))
        return { label, send: 'per-statement', transaction: 'per-file' };
    const dropIndex = atLeast(version, SUPABASE_STANDALONE_DROP_INDEX_FROM);
    return {
        label,
        send: 'per-statement',
        transaction: 'per-file-standalone',
        standalone: (s) => supabaseRunsAlone(s, dropIndex),
    };
}
/** The CLI's pattern list: CREATE [UNIQUE] INDEX CONCURRENTLY, REINDEX … CONCURRENTLY, VACUUM, ALTER SYSTEM, CLUSTER. */
function supabaseRunsAlone(statement, dropIndex) {
    switch (statement.kind) {
        case 'VacuumStmt':
        case 'AlterSystemStmt':
        case 'ClusterStmt':
            return true;
        case 'IndexStmt':
            return Boolean(statement.node.IndexStmt?.concurrent);
        case 'ReindexStmt':
            return (0,_rules_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .isConcurrentReindex */ .H)(statement.node);
        case 'DropStmt':
            return (dropIndex && Boolean(statement.node.DropStmt?.concurrent));
        default:
            return false;
    }
}
/** drizzle-orm's migrator: every pending migration in one transaction, each breakpoint chunk one query. */
const DRIZZLE_RUNNER = { label: 'Drizzle', send: 'per-chunk', transaction: 'per-file' };
/** Flyway: a transaction per file unless its parser finds only non-transactional statements. */
const FLYWAY_RUNNER = { label: 'Flyway', send: 'per-statement', transaction: 'flyway' };
/** golang-migrate's postgres driver: the file as one Exec (lib/pq simple query) unless x-multi-statement. */
const GOLANG_MIGRATE_RUNNER = {
    label: 'golang-migrate',
    send: 'one-query',
    transaction: 'implicit',
};
/** dbmate: the section as one Exec inside BEGIN … COMMIT; with transaction:false, the same Exec alone. */
const DBMATE_RUNNER = { label: 'dbmate', send: 'one-query', transaction: 'per-file' };
const DBMATE_NO_TRANSACTION = {
    label: 'dbmate',
    send: 'one-query',
    transaction: 'implicit',
};
/** psql -f and hand-rolled runners: each statement on its own. */
const PLAIN_RUNNER = { label: 'plain SQL', send: 'per-statement', transaction: 'none' };


/***/ }),

/***/ 787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ splitTopLevel),
/* harmony export */   H_: () => (/* binding */ loadCodeParser),
/* harmony export */   PP: () => (/* binding */ isIdent),
/* harmony export */   X: () => (/* binding */ CodeParseError),
/* harmony export */   ax: () => (/* binding */ TEMPLATE_HOLE),
/* harmony export */   c$: () => (/* binding */ isLiteral),
/* harmony export */   dl: () => (/* binding */ isPunct),
/* harmony export */   ke: () => (/* binding */ matchingClose),
/* harmony export */   qw: () => (/* binding */ tokenize)
/* harmony export */ });
/* unused harmony export CodeParserNotLoadedError */
/** Stands for a `${…}` substitution inside a template token's value. */
const TEMPLATE_HOLE = '\u0000';
/** The source did not parse as TypeScript or JavaScript. */
class CodeParseError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
        this.name = 'CodeParseError';
    }
}
/**
 * The code parser (@babel/parser, the CLI's largest module) is loaded on first need, as the Postgres
 * parser is: a warm PR check or `rollback plan` answers from the expectation cache and never reads code,
 * and compiling the module cost it ~30–60 ms of CPU. Every reader of code is reached through an async
 * entry point that awaits `loadCodeParser()` first.
 */
let babel;
let loading;
function loadCodeParser() {
    loading ??= __webpack_require__.e(/* import() */ 429).then(__webpack_require__.bind(__webpack_require__, 5429)).then((module) => {
        babel = module;
    });
    return loading;
}
/** Code was to be read before `loadCodeParser()` finished: a bug in the caller, never a file's fault. */
class CodeParserNotLoadedError extends Error {
    constructor() {
        super('internal error: the code parser was used before loadCodeParser() finished');
        this.name = 'CodeParserNotLoadedError';
    }
}
const KEEP_TOGETHER = new Set(['=>', '...', '?.']);
const BASE_PLUGINS = ['typescript', 'decorators-legacy'];
function babelTokens(source, jsx) {
    const ast = babel.parse(source, {
        sourceType: 'unambiguous',
        plugins: jsx ? [...BASE_PLUGINS, 'jsx'] : BASE_PLUGINS,
        tokens: true,
        errorRecovery: true,
        allowReturnOutsideFunction: true,
        allowAwaitOutsideFunction: true,
        allowImportExportEverywhere: true,
        allowUndeclaredExports: true,
    });
    return ast.tokens;
}
/**
 * Tokens of one file. `path` picks JSX (`.tsx`, `.jsx`); without it, or when the first reading fails,
 * the other one is tried (`<T>x` is a cast in .ts and an element in .tsx). Throws CodeParseError when
 * neither parses.
 */
function tokenize(source, path) {
    const jsxFirst = path !== undefined && /\.[jt]sx$/.test(path);
    // Checked before the parse, whose failures below become CodeParseError (a file's fault).
    if (!babel)
        throw new CodeParserNotLoadedError();
    let raw;
    try {
        raw = babelTokens(source, jsxFirst);
    }
    catch (first) {
        try {
            raw = babelTokens(source, !jsxFirst);
        }
        catch {
            const loc = first.loc;
            throw new CodeParseError(first instanceof Error ? first.message : String(first), loc?.line);
        }
    }
    return fromBabel(source, raw);
}
function fromBabel(source, raw) {
    const out = [];
    let lastEnd = 0;
    const push = (kind, value, t, end = t.end) => {
        const gap = source.slice(lastEnd, t.start);
        out.push({ kind, value, line: t.loc.start.line, newline: out.length === 0 || gap.includes('\n') });
        lastEnd = end;
    };
    for (let i = 0; i < raw.length; i++) {
        const t = raw[i];
        const type = typeof t.type === 'string' ? t.type : t.type.label;
        if (type === 'CommentLine' || type === 'CommentBlock' || type === 'eof' || type === 'regexp')
            continue;
        if (type === 'jsxText')
            continue;
        if (type === 'string')
            push('string', String(t.value), t);
        else if (type === 'num' || type === 'bigint' || type === 'decimal')
            push('number', source.slice(t.start, t.end), t);
        else if (type === 'name' ||
            type === 'jsxName' ||
            (typeof t.value === 'string' && /^[A-Za-z_$#]/.test(t.value) && !/[^\w$#]/.test(t.value)))
            push('ident', source.slice(t.start, t.end), t);
        else if (type === '`') {
            const { value, next } = readTemplate(source, raw, i);
            push('template', value, t, raw[next]?.end ?? source.length);
            i = next;
        }
        else {
            const text = source.slice(t.start, t.end);
            if (KEEP_TOGETHER.has(text) || text.length <= 1)
                push('punct', text, t);
            else {
                push('punct', text[0], t);
                for (const ch of text.slice(1))
                    out.push({ kind: 'punct', value: ch, line: t.loc.start.line, newline: false });
            }
        }
    }
    return out;
}
/** A template literal from its opening backtick at `open`: its cooked text and the index of its closing backtick. */
function readTemplate(source, raw, open) {
    let value = '';
    let i = open + 1;
    for (; i < raw.length; i++) {
        const t = raw[i];
        const type = typeof t.type === 'string' ? t.type : t.type.label;
        if (type === '`')
            return { value, next: i };
        if (type === 'template')
            value += typeof t.value === 'string' ? t.value : source.slice(t.start, t.end);
        else if (type === '${') {
            value += TEMPLATE_HOLE;
            // skip the substitution: braces (and nested templates' own substitutions) balance inside it
            let depth = 1;
            while (depth > 0 && ++i < raw.length) {
                const inner = raw[i];
                const label = typeof inner.type === 'string' ? inner.type : inner.type.label;
                if (label === '${' || label === '{' || label === '{|' || label === '#{')
                    depth += 1;
                else if (label === '}' || label === '|}')
                    depth -= 1;
            }
        }
    }
    return { value, next: raw.length - 1 };
}
/** The index of the bracket that closes the one at `open` (`(`, `[` or `{`), or tokens.length when unbalanced. */
function matchingClose(tokens, open) {
    const pairs = { '(': ')', '[': ']', '{': '}' };
    const stack = [];
    for (let i = open; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.kind !== 'punct')
            continue;
        const close = pairs[t.value];
        if (close)
            stack.push(close);
        else if (t.value === ')' || t.value === ']' || t.value === '}') {
            // tolerate a stray closer of another kind: pop until it matches
            while (stack.length && stack[stack.length - 1] !== t.value)
                stack.pop();
            stack.pop();
            if (!stack.length)
                return i;
        }
    }
    return tokens.length;
}
/** Split tokens[start, end) at top-level commas (brackets nest). */
function splitTopLevel(tokens, start, end, separator = ',') {
    const parts = [];
    let current = [];
    for (let i = start; i < end; i++) {
        const t = tokens[i];
        if (t.kind === 'punct' && (t.value === '(' || t.value === '[' || t.value === '{')) {
            const close = Math.min(matchingClose(tokens, i), end - 1);
            current.push(...tokens.slice(i, close + 1));
            i = close;
        }
        else if (t.kind === 'punct' && t.value === separator) {
            parts.push(current);
            current = [];
        }
        else
            current.push(t);
    }
    if (current.length)
        parts.push(current);
    return parts;
}
const isPunct = (t, value) => t?.kind === 'punct' && t.value === value;
const isIdent = (t, value) => t?.kind === 'ident' && (value === undefined || t.value === value);
/** A string literal, or a template without substitutions: a name written in code. */
const isLiteral = (t) => t?.kind === 'string' || (t?.kind === 'template' && !t.value.includes(TEMPLATE_HOLE));


/***/ }),

/***/ 792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OL: () => (/* binding */ qualifiedName),
/* harmony export */   Yb: () => (/* binding */ relationKey),
/* harmony export */   qN: () => (/* binding */ columnKey),
/* harmony export */   r$: () => (/* binding */ stringValue),
/* harmony export */   vB: () => (/* binding */ typeNameText)
/* harmony export */ });
/**
 * Canonical object names so `public.users`, `users` and `"users"` compare equal. The parser already
 * folds unquoted identifiers to lower case; the default schema `public` is dropped.
 */
function relationKey(rel) {
    if (!rel?.relname)
        return '';
    const schema = rel.schemaname && rel.schemaname !== 'public' ? `${rel.schemaname}.` : '';
    return `${schema}${rel.relname}`;
}
/** Qualified names given as a list of String nodes (DROP objects, type names). */
function qualifiedName(parts) {
    const names = (parts ?? []).map(stringValue).filter((s) => s !== undefined);
    if (names.length > 1 && names[0] === 'public')
        names.shift();
    return names.join('.');
}
function stringValue(node) {
    if (node && 'String' in node)
        return node.String.sval;
    return undefined;
}
function columnKey(table, column) {
    return `${table}.${column}`;
}
/** `pg_catalog.int4` → `int4`, `varchar(20)` keeps its modifiers as text for messages. */
function typeNameText(type) {
    if (!type)
        return '';
    const parts = (type.names ?? []).map(stringValue).filter((s) => s !== undefined);
    const name = parts[parts.length - 1] ?? '';
    const mods = (type.typmods ?? [])
        .map((m) => {
        if ('A_Const' in m)
            return m.A_Const.ival?.ival ?? 0;
        return undefined;
    })
        .filter((m) => m !== undefined);
    const array = type.arrayBounds?.length ? '[]' : '';
    return `${name}${mods.length ? `(${mods.join(',')})` : ''}${array}`;
}


/***/ })

};
