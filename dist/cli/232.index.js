import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 232;
export const ids = [232];
export const modules = {

/***/ 4469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ deletedMigrations),
/* harmony export */   p: () => (/* binding */ deletedShippedFindings)
/* harmony export */ });
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8153);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1982);
/* harmony import */ var _layout_folders_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7824);
/* harmony import */ var _layouts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3449);




/**
 * The up migrations of the base that the change's tree no longer has under the name their runner
 * records (a deleted file, or one renamed so its version changed). A file moved to another folder under
 * the same name keeps its identity and is not counted. Costs nothing unless a `.sql` file disappeared.
 */
async function deletedMigrations(ctx, headPaths, headMigrations) {
    const base = ctx.base;
    if (!base)
        return [];
    const inHead = new Set(headPaths);
    const before = ctx.git.changedPaths
        ? await ctx.git.changedPaths(base, ctx.worktree ? undefined : ctx.head)
        : await ctx.git.listFilesAt(base);
    const gone = before.filter((path) => path.endsWith('.sql') && !inHead.has(path));
    if (!gone.length)
        return [];
    // Classified as the base had them: its folders (a Prisma lock file may be gone too) and its contents.
    const readBase = (path) => ctx.git.readFileAt(base, path);
    const config = ctx.settings.config.migrations;
    const folders = await (0,_layout_folders_js__WEBPACK_IMPORTED_MODULE_2__/* .findLayoutFolders */ .Tn)(await ctx.git.listFilesAt(base), readBase, config.paths);
    const found = await (0,_discover_js__WEBPACK_IMPORTED_MODULE_0__/* .discoverMigrations */ .l)(gone, config, readBase, folders);
    const ups = found.files.filter((f) => f.direction === 'up');
    if (!ups.length)
        return [];
    const kept = new Set((await headMigrations()).map((f) => `${f.direction}\0${f.version}`));
    return ups.filter((f) => !kept.has(`up\0${f.version}`));
}
/**
 * One blocking finding per shipped migration the change deleted or renamed away. A migration the newest
 * release tag before the change does not have was merged but never released: production has not run
 * it, so that is a warning about the other databases that did (as edited-shipped-migration says for an
 * edit), never "already shipped" beside it.
 */
async function deletedShippedFindings(ctx, deleted, changes, release) {
    if (!deleted.length)
        return [];
    const tag = await release();
    const unreleased = new Set();
    if (tag)
        for (const file of deleted)
            if ((await ctx.git.readFileAt(tag.ref, file.path)) === undefined)
                unreleased.add(file.path);
    const renames = renamedTo(changes);
    return deleted.map((file) => unreleased.has(file.path) && tag
        ? unreleasedFinding(ctx, file, renames.get(file.path), tag.label)
        : shippedFinding(ctx, file, renames.get(file.path)));
}
function unreleasedFinding(ctx, file, to, tagLabel) {
    const label = ctx.base ? `the base commit ${ctx.base.slice(0, 7)}` : 'the base';
    return {
        gate: 'migrations',
        rule: 'deleted-shipped-migration',
        severity: 'warning',
        file: file.path,
        message: `This migration is merged (it is in ${label}) but in no release yet (${tagLabel.replace(/^release tag /, '')} does not have it), ` +
            `and ${to ? `was renamed here to ${to}` : 'was deleted here'}: production has not run it, but every database that ran it ` +
            `(staging, previews, developers') keeps its changes and its history entry and drifts from fresh ones.`,
        help: to
            ? `If a shared database ran it, rename ${to} back to ${file.path}; otherwise reset those databases after merging.`
            : 'If a shared database ran it, restore the file and undo it in a new migration; otherwise reset those databases after merging.',
        docs: (0,_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .docsUrl */ .fs)('deleted-shipped-migration'),
        class: 'unknown',
    };
}
function renamedTo(changes) {
    const out = new Map();
    for (const change of changes.values())
        if (change.from)
            out.set(change.from, change.path);
    return out;
}
function shippedFinding(ctx, file, to) {
    const label = ctx.base ? `the base commit ${ctx.base.slice(0, 7)}` : 'the base';
    const layout = (0,_layouts_js__WEBPACK_IMPORTED_MODULE_3__/* .layoutById */ .X_)(file.layout);
    const what = to
        ? `was renamed here to ${to}, which ${layout.name} treats as a new migration`
        : 'was deleted here';
    return {
        gate: 'migrations',
        rule: 'deleted-shipped-migration',
        severity: 'error',
        file: file.path,
        message: `This migration already shipped (it is in ${label}) and ${what}; databases that ran it keep its ` +
            `changes and its entry in the migration history, while a fresh environment built from the ` +
            `migrations never gets them, so production and fresh environments drift apart.` +
            (layout.whenDeleted ? ` ${layout.whenDeleted}` : ''),
        help: to
            ? `Keep the shipped name: rename ${to} back to ${file.path}, and put any change in a new migration.`
            : 'Restore the file as it shipped; to undo what it did, write a new migration.',
        docs: (0,_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .docsUrl */ .fs)('deleted-shipped-migration'),
        class: 'unknown',
    };
}


/***/ }),

/***/ 2556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GH: () => (/* binding */ namedButNotLinted),
/* harmony export */   KE: () => (/* binding */ listed),
/* harmony export */   SU: () => (/* binding */ folderMigrations),
/* harmony export */   lQ: () => (/* binding */ isFolder),
/* harmony export */   vI: () => (/* binding */ resolveExplicit)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8153);





// What the arguments of `lint FILES…` name: files (each must be a migration), folders (the migrations a
// layout finds in them) and globs over the repository's files.
/**
 * Explicit arguments: existing files relative to the current directory, folders (`inFolders`: every file
 * of the repository under them, for discovery to pick the migrations from), or globs over the repository. `named` maps the files named one by one to the
 * argument that named them: those must be migrations (namedButNotLinted), while a folder or glob may
 * also hold other files (a README, drizzle-kit's meta/ JSON).
 */
async function resolveExplicit(ctx, entries, headFiles) {
    const out = new Set();
    const inFolders = new Map();
    const named = new Map();
    let all;
    const fulls = entries.map((entry) => ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(entry) ? entry : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.settings.run.cwd, entry)));
    const isFile = fileTest(fulls);
    const inRepository = (entry, full, folder = false) => {
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(ctx.git.root, full).split('\\').join('/');
        if (rel === '..' || rel.startsWith('../') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(folder
                ? `${entry}: a folder outside the repository at ${ctx.git.root}; name its files (e.g. ${entry.replace(/\/+$/, '')}/*.sql) to lint them without history`
                : `${entry}: outside the repository at ${ctx.git.root}`);
        return rel;
    };
    for (const [i, entry] of entries.entries()) {
        const full = fulls[i];
        if (isFile(full)) {
            const rel = inRepository(entry, full);
            out.add(rel);
            named.set(rel, entry);
            continue;
        }
        all ??= await headFiles();
        if (isFolder(full)) {
            const rel = inRepository(entry, full, true);
            const prefix = rel === '' ? '' : `${rel}/`;
            const inside = all.filter((p) => p.startsWith(prefix));
            if (!inside.length)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${entry}: a folder with no files of the repository in it; name migration files, a folder holding them, or a glob`);
            inFolders.set(entry, inside);
            continue;
        }
        const matcher = picomatch__WEBPACK_IMPORTED_MODULE_4___default()(entry);
        const matches = all.filter((p) => matcher(p));
        if (!matches.length)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${entry}: no such file, and no file in the repository matches it as a glob`);
        for (const m of matches)
            out.add(m);
    }
    return { paths: [...out], named, inFolders };
}
/** The migrations of each named folder; a folder holding none is a usage error, as a glob matching nothing is. */
async function folderMigrations(inFolders, config, read, folders) {
    const out = [];
    for (const [entry, inside] of inFolders) {
        // Files there that the runner passes over by name come too: they are reported (skipped-migration-file).
        const { files, skipped } = await (0,_discover_js__WEBPACK_IMPORTED_MODULE_3__/* .discoverMigrations */ .l)(inside, config, read, folders);
        const found = [...files, ...skipped];
        if (!files.length && !skipped.length)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${entry}: a folder holding no migration file (Supabase, Prisma, Drizzle, Flyway, golang-migrate, dbmate or plain SQL); name its .sql files or a glob to lint them anyway`);
        out.push(...found.map((f) => f.path));
    }
    return out;
}
/**
 * A file named on its own is a promise to lint it: one that is no migration is a usage error (exit 2),
 * never a green "no migration files found". Named files that `migrations.exclude` leaves out are
 * returned, for the summary; when they were all there was, that is an error too.
 */
function namedButNotLinted(named, files, exclude) {
    const linted = new Set(files.map((f) => f.path));
    const excludedBy = exclude.length ? picomatch__WEBPACK_IMPORTED_MODULE_4___default()([...exclude]) : () => false;
    const excluded = [];
    for (const [path, entry] of named) {
        if (linted.has(path))
            continue;
        if (!path.endsWith('.sql'))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${entry}: not a migration (lint takes .sql migration files, folders holding them, or globs); leave it out of the arguments`);
        if (excludedBy(path))
            excluded.push(path);
    }
    if (excluded.length && !files.length)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${named.get(excluded[0])}: left out by migrations.exclude${excluded.length > 1 ? ` (and ${excluded.length - 1} more named file(s))` : ''}, so nothing would be linted; remove it from exclude or name other files`);
    return excluded;
}
function listed(entries) {
    return entries.length > 3
        ? `${entries.slice(0, 3).join(', ')} and ${entries.length - 3} more`
        : entries.join(', ');
}
/** Whether a path is a folder; what cannot be stat'ed is not one. */
function isFolder(full) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full, { throwIfNoEntry: false })?.isDirectory() ?? false;
    }
    catch {
        return false;
    }
}
/** From this many arguments in one folder on, one readdir answers for all of them instead of a stat each. */
const LIST_FOLDER_FROM = 16;
/**
 * "Is this path a regular file?" for many paths (`lint FILES…` may name thousands, mostly in one folder):
 * a folder named often is listed once with file types; other paths, symbolic links and names the
 * listing lacks (another spelling on a case-insensitive disk) are stat'ed. What cannot be read is not a file.
 */
function fileTest(paths) {
    const perFolder = new Map();
    for (const path of paths) {
        const folder = folderOf(path);
        perFolder.set(folder, (perFolder.get(folder) ?? 0) + 1);
    }
    const listings = new Map();
    for (const [folder, count] of perFolder) {
        if (count < LIST_FOLDER_FROM)
            continue;
        try {
            listings.set(folder, new Map((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(folder, { withFileTypes: true }).map((d) => [d.name, d])));
        }
        catch {
            // Unreadable: each path falls back to its own stat.
        }
    }
    return (path) => {
        const cut = path.lastIndexOf(node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
        const entry = listings.get(folderOf(path))?.get(path.slice(cut + 1));
        if (entry && !entry.isSymbolicLink())
            return entry.isFile();
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path, { throwIfNoEntry: false })?.isFile() ?? false;
        }
        catch {
            return false;
        }
    };
}
/** The folder of a resolved path, as path.dirname gives it without its checks (~10 ms on 2,000 paths). */
function folderOf(path) {
    const cut = path.lastIndexOf(node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
    // A root keeps its separator: `/` and `C:\`.
    return cut > 0 && path[cut - 1] !== ':' ? path.slice(0, cut) : path.slice(0, cut + 1);
}


/***/ }),

/***/ 5459:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ uncheckedChangeFinding),
/* harmony export */   _: () => (/* binding */ uncheckedChanges)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_tool_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(121);
/* harmony import */ var _other_databases_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97);



/**
 * SQL files a change adds or edits that no layout (and no `migrations.paths` glob) calls a migration:
 * `db/schema/002_drop.sql` run by a hand-rolled script would otherwise pass as "no database change".
 * Files that are SQL but plainly not migrations are left alone: seeds, tests (pgTAP), and query files
 * (sqlc, pgtyped). Everything else is said, as a warning whose fix is either way: name the folder in
 * `migrations.paths` (then it is linted) or in `migrations.exclude` (then it is known not to be one).
 */
const NOT_MIGRATIONS_GLOBS = [
    '**/seed.sql',
    '**/seed-*.sql',
    '**/seed_*.sql',
    '**/seeds/**',
    '**/{test,tests,__tests__,spec}/**',
    '**/*.{test,spec}.sql',
    '**/*_test.sql',
    '**/{queries,query}/**',
];
/**
 * Migrations written in code (knex, TypeORM, Sequelize, goose, Alembic, Rails) in a migrations folder:
 * this tool reads SQL only, so they are said, never taken as "no migration changed". Their tests are not.
 */
const CODE_MIGRATIONS_GLOBS = [
    '**/{migrations,migration}/**/*.{ts,mts,cts,js,mjs,cjs,py,rb,go}',
    '**/alembic/versions/*.py',
    '**/db/migrate/*.rb',
];
const CODE_MIGRATIONS_IGNORE = [
    '**/*.{test,spec}.*',
    '**/*_test.go',
    '**/{test,tests,__tests__}/**',
    '**/*.d.ts',
];
/**
 * Both matchers, compiled on first use: only a change's own files are asked (a PR check), and compiling
 * them when the module loaded was a few ms of every `lint FILE` (--cpu-prof), which never asks.
 */
let matchers;
function otherSqlMatchers() {
    matchers ??= {
        notMigration: picomatch__WEBPACK_IMPORTED_MODULE_1___default()(NOT_MIGRATIONS_GLOBS, { dot: true }),
        codeMigration: picomatch__WEBPACK_IMPORTED_MODULE_1___default()(CODE_MIGRATIONS_GLOBS, { dot: true, ignore: CODE_MIGRATIONS_IGNORE }),
    };
    return matchers;
}
/** Changed files that may change the database but that no layout lints (the gate's warnings). */
function uncheckedChanges(changed, linted, exclude) {
    const claimed = new Set(linted.map((f) => f.path));
    const excluded = exclude.length ? picomatch__WEBPACK_IMPORTED_MODULE_1___default()([...exclude]) : () => false;
    const out = [];
    for (const path of [...changed].sort()) {
        if (claimed.has(path) || excluded(path))
            continue;
        if (path.endsWith('.sql')) {
            // Another engine's SQL (a `clickhouse/` folder) is no Postgres change to warn about.
            if (!otherSqlMatchers().notMigration(path) && !(0,_other_databases_js__WEBPACK_IMPORTED_MODULE_0__/* .inOtherEngineFolder */ .ke)(path))
                out.push({ path, kind: 'sql' });
        }
        else if (otherSqlMatchers().codeMigration(path))
            out.push({ path, kind: 'code' });
    }
    return out;
}
function uncheckedChangeFinding(change) {
    return change.kind === 'sql'
        ? sqlOutsideMigrationsFinding(change.path)
        : migrationNotSqlFinding(change.path);
}
function migrationNotSqlFinding(path) {
    return {
        gate: 'migrations',
        rule: 'migration-not-sql',
        severity: 'warning',
        file: path,
        message: 'This change adds or edits a migration written in code, which this tool cannot read (it lints SQL migrations): it was not checked, so nothing here judged whether the previous release can live with it.',
        help: "Have the migration tool print the SQL it runs (knex's and TypeORM's migration:show / --dry-run, Alembic's --sql, Rails' structure.sql) and lint that file by hand, or review the change by hand; if the file is not a migration, add it to migrations.exclude.",
        docs: (0,_core_tool_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleDocsUrl */ .hS)('migration-not-sql'),
    };
}
function sqlOutsideMigrationsFinding(path) {
    return {
        gate: 'migrations',
        rule: 'sql-outside-migrations',
        severity: 'warning',
        file: path,
        message: 'This change adds or edits a .sql file outside every migration folder, so it was not checked: if it runs against the production database, nothing here judged whether the previous release can live with it.',
        help: 'If it is a migration, add its folder to migrations.paths in .github/rollback-ready.yml (it is then linted like the others); if it is not, add it to migrations.exclude.',
        docs: (0,_core_tool_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleDocsUrl */ .hS)('sql-outside-migrations'),
    };
}


/***/ }),

/***/ 3347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fi: () => (/* binding */ previousRelease),
/* harmony export */   JQ: () => (/* binding */ shippedRefsFor),
/* harmony export */   fd: () => (/* binding */ comparedRelease),
/* harmony export */   tg: () => (/* binding */ judgedRelease)
/* harmony export */ });
/* unused harmony export PREVIOUS_RELEASE_UNCLEAR */
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8153);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1982);
/* harmony import */ var _migration_identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4875);
/* harmony import */ var _named_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2556);
/* harmony import */ var _read_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1602);





const PREVIOUS_RELEASE_UNCLEAR = 'previous-release-unclear';
const asked = new WeakMap();
/**
 * The newest release (under `tagging:`, on `tagging.release-branch` when set) that is neither tagged on
 * nor after the change. When it is not in the base's history (harbor and formbricks tag on release
 * branches forked from main, while main's own newest tag is years old), it is used only if every
 * migration it has is in the base or the change; else the choice is unclear and that blocks. Asked once
 * per base and head in a run.
 */
function previousRelease(ctx, base) {
    const config = ctx.settings.config;
    const key = JSON.stringify([base, ctx.head, ctx.worktree, config.tagging, config.migrations]);
    let perRepo = asked.get(ctx.git);
    if (!perRepo)
        asked.set(ctx.git, (perRepo = new Map()));
    let answer = perRepo.get(key);
    if (!answer) {
        answer = choose(ctx, base);
        perRepo.set(key, answer);
    }
    return answer;
}
async function choose(ctx, base) {
    // Loaded on first need: `lint FILE` of a new file never asks which release came before.
    const { releasesAround } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(724), __webpack_require__.e(282), __webpack_require__.e(894)]).then(__webpack_require__.bind(__webpack_require__, 4894));
    const around = await releasesAround(ctx.git, { base, head: ctx.head, naming: ctx.settings.config.tagging });
    const newest = around.newest;
    if (!newest)
        return { kind: 'none', why: noReleaseWhy(around) };
    const notes = notesOn(around);
    if (around.relation === 'in-base')
        return release(newest, false, `${newest.name}, the newest release in the base's history${notes}`);
    const where = await whereIs(ctx.git, around, newest, base);
    const missing = await migrationsNotIn(ctx, newest.sha, base);
    if (!missing.length) {
        const older = around.inBase ? `; ${around.inBase.name}, the newest in the base's history, is older` : '';
        return release(newest, true, `${newest.name}, the newest release: ${where}, and every migration it has is in this change's history${older}${notes}`);
    }
    const finding = unclearFinding(around, newest, where, missing);
    return { kind: 'unclear', why: finding.message, finding };
}
/** Where a shipped migration's original text lives: the base, then the release before the change. */
async function shippedRefsFor(base, previousAt) {
    if (!base)
        return [];
    const refs = [
        { ref: base, label: `the base commit ${base.slice(0, 7)}` },
    ];
    const previous = await previousAt(base);
    if (previous.kind === 'release')
        refs.push({ ref: previous.ref, label: `release tag ${previous.tag}`, release: true });
    return refs;
}
/**
 * What the report says about the release the change was judged against: a summary clause, the JSON
 * field `migrations.previousRelease`, and the blocking finding when the choice was unclear (once).
 * A choice that failed was already reported by the check that asked for it.
 */
async function judgedRelease(judged) {
    const answers = (await Promise.allSettled(judged)).flatMap((r) => r.status === 'fulfilled' ? [r.value] : []);
    const unique = [...new Set(answers)];
    const first = unique[0];
    if (!first)
        return { findings: [], clauses: [], data: {} };
    const findings = unique.flatMap((a) => (a.kind === 'unclear' ? [a.finding] : []));
    const clause = first.kind === 'release'
        ? `judged against ${first.why}`
        : first.kind === 'none'
            ? first.why
            : 'the release before the change is unclear (previous-release-unclear)';
    const data = first.kind === 'release'
        ? { kind: first.kind, tag: first.tag, sha: first.ref, forked: first.forked, why: first.why }
        : { kind: first.kind, why: first.why };
    return { findings, clauses: [clause], data: { previousRelease: data } };
}
/** The chosen release as the fallback checks compare with it; no release: the base commit itself. */
function comparedRelease(previous, base) {
    if (previous.kind === 'none')
        return { ref: base, label: `the base commit ${base.slice(0, 7)}` };
    return {
        ref: previous.ref,
        label: previous.tag,
        tag: previous.tag,
        ...(previous.date ? { date: previous.date } : {}),
        ...(previous.forked ? { forked: true } : {}),
    };
}
function release(tag, forked, why) {
    return {
        kind: 'release',
        tag: tag.name,
        ref: tag.sha,
        ...(tag.date ? { date: tag.date } : {}),
        forked,
        why,
    };
}
/** Where a release outside the base's history is, for messages. */
async function whereIs(git, around, tag, base) {
    if (around.relation === 'after-base')
        return `tagged after the base commit ${base.slice(0, 7)} (its history has the base, not this change)`;
    const { branchesHolding } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(724), __webpack_require__.e(282), __webpack_require__.e(894)]).then(__webpack_require__.bind(__webpack_require__, 4894));
    const branches = await branchesHolding(git, tag.sha);
    const on = branches.length ? `on ${branches.join(', ')}` : 'on no branch of this clone';
    return `tagged ${on}, which left the base's history at ${around.forkPoint.slice(0, 7)}`;
}
function notesOn(around) {
    const notes = [];
    if (around.ofTheChange.length)
        notes.push(`not ${(0,_named_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .listed */ .KE)(around.ofTheChange)}, tagged on or after this change (its own release)`);
    if (around.releaseBranch && !around.releaseBranch.found)
        notes.push(`tagging.release-branch ${around.releaseBranch.name} is not in this clone, so tags on every branch were read`);
    return notes.length ? ` (${notes.join('; ')})` : '';
}
function noReleaseWhy(around) {
    const own = around.ofTheChange.length
        ? `; only ${(0,_named_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .listed */ .KE)(around.ofTheChange)}, tagged on or after this change`
        : '';
    const others = around.otherTags.count
        ? ` (${around.otherTags.count} other tag(s), such as ${around.otherTags.example}: set tagging.prefix or tagging.scheme to the family production releases are tagged with)`
        : '';
    const branch = around.releaseBranch ? ` on ${around.releaseBranch.name}` : '';
    return `no release before this change: no tag${branch} is a release of the scheme ${around.scheme}${others}${own}`;
}
/** The up migrations of the release that neither the base nor the change has, by path, migration name or content. */
async function migrationsNotIn(ctx, releaseRef, base) {
    const config = ctx.settings.config.migrations;
    const ran = await (0,_migration_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .migrationIdentitiesAt */ ._m)(ctx.git, releaseRef, config);
    if (!ran.length)
        return [];
    const later = [
        ...(await (0,_migration_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .migrationIdentitiesAt */ ._m)(ctx.git, base, config)),
        ...(ctx.worktree
            ? await worktreeMigrations(ctx, config)
            : await (0,_migration_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .migrationIdentitiesAt */ ._m)(ctx.git, ctx.head, config)),
    ];
    const paths = new Set(later.map((f) => f.path));
    const names = new Set(later.map((f) => (0,_migration_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .migrationName */ .Aj)(f.path)));
    const oids = new Set(later.flatMap((f) => (f.oid ? [f.oid] : [])));
    const has = (f) => paths.has(f.path) || names.has((0,_migration_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .migrationName */ .Aj)(f.path)) || (!!f.oid && oids.has(f.oid));
    return ran.filter((f) => !has(f)).map((f) => f.path);
}
/** The work tree's up migrations (a local run: a file not yet committed counts), by path. */
async function worktreeMigrations(ctx, config) {
    const found = await (0,_discover_js__WEBPACK_IMPORTED_MODULE_0__/* .discoverMigrations */ .l)(await ctx.git.worktreeFiles(), config, async (path) => {
        if (path.endsWith('.sql'))
            return undefined;
        const source = await (0,_read_source_js__WEBPACK_IMPORTED_MODULE_4__/* .readHeadSource */ .qJ)(ctx, path);
        return source && 'text' in source ? source.text : undefined;
    });
    return found.files.filter((f) => f.direction === 'up').map((f) => ({ path: f.path }));
}
function unclearFinding(around, newest, where, missing) {
    const stale = around.inBase
        ? ` The newest release in the base's history, ${around.inBase.name}, is older; judging against it would call migrations production already ran new.`
        : '';
    const help = around.relation === 'after-base'
        ? `Update this branch with the branch it is based on (merge or rebase), so it has every migration ${newest.name} ran.`
        : `Bring ${(0,_named_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .listed */ .KE)(missing)} into this branch's history under the same name (merge the release branch back, or cherry-pick it), so the change has every migration ${newest.name} ran. If ${newest.name} is not a production release, set tagging.release-branch to the branch production releases are tagged on.`;
    return {
        gate: 'migrations',
        rule: PREVIOUS_RELEASE_UNCLEAR,
        severity: 'error',
        message: `Cannot tell which release this change is judged against: the newest release, ${newest.name}, is ${where}, ` +
            `and has ${missing.length} migration(s) that neither the base nor this change has (${(0,_named_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .listed */ .KE)(missing)}), ` +
            `so what is new since the release, whether a deleted or edited migration shipped, and what the release's code still uses cannot be judged.${stale}`,
        help,
        docs: (0,_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .docsUrl */ .fs)(PREVIOUS_RELEASE_UNCLEAR),
    };
}


/***/ }),

/***/ 6661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ withRunnerVersions)
});

// EXTERNAL MODULE: ./src/gates/migrations/read-source.ts
var read_source = __webpack_require__(1602);
// EXTERNAL MODULE: ./node_modules/semver/functions/coerce.js
var coerce = __webpack_require__(5385);
var coerce_default = /*#__PURE__*/__webpack_require__.n(coerce);
// EXTERNAL MODULE: ./node_modules/semver/functions/lt.js
var lt = __webpack_require__(3872);
var lt_default = /*#__PURE__*/__webpack_require__.n(lt);
// EXTERNAL MODULE: ./node_modules/semver/functions/valid.js
var functions_valid = __webpack_require__(8780);
var valid_default = /*#__PURE__*/__webpack_require__.n(functions_valid);
// EXTERNAL MODULE: ./node_modules/semver/ranges/min-version.js
var min_version = __webpack_require__(1866);
var min_version_default = /*#__PURE__*/__webpack_require__.n(min_version);
;// CONCATENATED MODULE: ./src/gates/migrations/runner-versions.ts
// Only the functions used, not the package's index (it builds every range helper when it loads).




/** npm package of each runner whose version decides how it applies a file. */
const RUNNER_PACKAGES = { prisma: ['prisma', '@prisma/client'], supabase: ['supabase'] };
const LOCKFILES = ['package-lock.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lock'];
const runner_versions_escape = (s) => s.replace(/[.*+?^${}()|[\]\\/@]/g, '\\$&');
/** Every version of `pkg` a lockfile resolves (a monorepo may hold several). */
function lockedVersions(lockfile, text, pkg) {
    const name = runner_versions_escape(pkg);
    const found = [];
    const add = (raw) => {
        // pnpm appends peers (`7.4.0(typescript@5.6.0)`); yarn berry writes `npm:7.4.0` in some places
        const v = raw?.replace(/\(.*$/, '').replace(/^npm:/, '');
        const valid = v && (valid_default()(v) ?? coerce_default()(v)?.version);
        if (valid)
            found.push(valid);
    };
    if (lockfile.endsWith('package-lock.json')) {
        let json;
        try {
            json = JSON.parse(text);
        }
        catch {
            return [];
        }
        for (const [path, entry] of Object.entries(json.packages ?? {}))
            if (path === `node_modules/${pkg}` || path.endsWith(`/node_modules/${pkg}`))
                add(entry.version);
        add(json.dependencies?.[pkg]?.version);
    }
    else if (lockfile.endsWith('pnpm-lock.yaml')) {
        // `  /prisma@5.1.0:` (v6), `  prisma@7.4.0:` or `  'prisma@7.4.0(typescript@5.6.0)':` (v9)
        const key = new RegExp(`^ {2}['"]?/?${name}[@/](\\d[^:'"\\s(]*)`, 'gm');
        for (const m of text.matchAll(key))
            add(m[1]);
    }
    else if (lockfile.endsWith('yarn.lock')) {
        // `prisma@^5.0.0:` / `"prisma@npm:^7.4.0":` followed by an indented `version "5.1.0"` / `version: 7.4.0`
        const entry = new RegExp(`^"?${name}@[^\\n]*:\\n(?:[ \\t]+[^\\n]*\\n)*?[ \\t]+version:? "?([^"\\n]+)"?`, 'gm');
        for (const m of text.matchAll(entry))
            add(m[1]);
    }
    else if (lockfile.endsWith('bun.lock')) {
        const entry = new RegExp(`"${name}": \\["${name}@([^"]+)"`, 'g');
        for (const m of text.matchAll(entry))
            add(m[1]);
    }
    return found;
}
/** The lowest version a package.json range admits: what an install without a lockfile may get at the least. */
function declaredVersion(packageJson, pkg) {
    let json;
    try {
        json = JSON.parse(packageJson);
    }
    catch {
        return undefined;
    }
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies']) {
        const range = json[field]?.[pkg];
        if (typeof range !== 'string')
            continue;
        try {
            const min = min_version_default()(range);
            if (min)
                return { version: min.version, range };
        }
        catch {
            // `workspace:*`, `catalog:`, a git URL: no version to read
        }
    }
    return undefined;
}
/**
 * The runner's version: the lowest one any lockfile resolves (the oldest runner a deploy may use decides
 * what fails), else the lowest a package.json range admits; undefined when neither names the package.
 */
function runnerVersion(runner, files) {
    for (const pkg of RUNNER_PACKAGES[runner]) {
        const locked = [];
        for (const [path, text] of files) {
            const lockfile = LOCKFILES.find((l) => path === l || path.endsWith(`/${l}`));
            if (lockfile)
                for (const v of lockedVersions(lockfile, text, pkg))
                    locked.push({ version: v, from: path });
        }
        if (locked.length)
            return lowest(locked);
        const declared = [];
        for (const [path, text] of files) {
            if (path !== 'package.json' && !path.endsWith('/package.json'))
                continue;
            const d = declaredVersion(text, pkg);
            if (d)
                declared.push({ version: d.version, from: `${path} range ${d.range}` });
        }
        if (declared.length)
            return lowest(declared);
    }
    return undefined;
}
function lowest(versions) {
    return versions.reduce((a, b) => (lt_default()(b.version, a.version) ? b : a));
}

// EXTERNAL MODULE: ./src/gates/migrations/layouts.ts + 8 modules
var layouts = __webpack_require__(3449);
;// CONCATENATED MODULE: ./src/gates/migrations/runner-config.ts



/**
 * The migrations config with the Prisma / Supabase CLI version the change's own lockfile pins, for the
 * layouts among `files` whose runner changed behaviour between releases (runners.ts). A version set in the
 * config wins; without one anywhere, the runners model their older, stricter behaviour and say so.
 */
async function withRunnerVersions(ctx, config, files) {
    let result = config;
    for (const layout of Object.values(layouts/* LAYOUT */.rs)) {
        const source = layout.runnerVersion;
        if (!source || config[source.configKey])
            continue;
        const own = files.filter((f) => f.layout === layout.id);
        if (!own.length)
            continue;
        const dirs = new Set(['', ...own.map((f) => source.packageDir(f.path))]);
        const texts = new Map();
        for (const dir of dirs) {
            for (const name of [...LOCKFILES, 'package.json']) {
                // A missing file reads as undefined; a lockfile that leads out of the checkout or a git failure
                // stops the run like any other read, never a silent guess at the runner's version.
                const read = await (0,read_source/* readHeadSource */.qJ)(ctx, `${dir}${name}`);
                if (read && 'text' in read)
                    texts.set(`${dir}${name}`, read.text);
            }
        }
        const found = runnerVersion(source.runner, texts);
        if (found)
            result = { ...result, [source.configKey]: found.version };
    }
    return result;
}


/***/ }),

/***/ 1778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ discoverHeadMigrations),
/* harmony export */   w: () => (/* binding */ selectMigrations)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_8___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_8__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _git_no_repository_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1758);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8153);
/* harmony import */ var _deleted_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4469);
/* harmony import */ var _layout_folders_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7824);
/* harmony import */ var _read_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1602);
/* harmony import */ var _other_sql_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5459);
/* harmony import */ var _named_paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2556);









/** All files of the change's tree: the head commit, or the work tree with untracked files. */
function headFiles(ctx) {
    return ctx.worktree ? ctx.git.worktreeFiles() : ctx.git.listFilesAt(ctx.head);
}
const readFor = (ctx) => async (path) => {
    const source = await (0,_read_source_js__WEBPACK_IMPORTED_MODULE_4__/* .readHeadSource */ .qJ)(ctx, path);
    return source && 'text' in source ? source.text : undefined;
};
/** Every migration of the change's tree (contents read where the layout needs them: dbmate markers). */
async function discoverHeadMigrations(ctx) {
    return (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .discoverMigrations */ .l)(await headFiles(ctx), ctx.settings.config.migrations, readFor(ctx));
}
/**
 * `lint FILES…` (or the action's `paths`) lints exactly those; otherwise the migrations added or
 * changed since the base.
 */
async function selectMigrations(ctx) {
    const config = ctx.settings.config.migrations;
    const explicit = ctx.settings.run.files;
    if (explicit.length) {
        const { paths, named, inFolders } = await (0,_named_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveExplicit */ .vI)(ctx, explicit, () => headFiles(ctx));
        // Without a repository there is no tree to find Prisma's folders in: the files are linted by their paths.
        const headPaths = (0,_git_no_repository_js__WEBPACK_IMPORTED_MODULE_7__/* .isNoRepository */ .o)(ctx.git) ? undefined : await headFiles(ctx);
        const folders = headPaths
            ? await (0,_layout_folders_js__WEBPACK_IMPORTED_MODULE_3__/* .findLayoutFolders */ .Tn)(headPaths, readFor(ctx), config.paths)
            : _layout_folders_js__WEBPACK_IMPORTED_MODULE_3__/* .NO_LAYOUT_FOLDERS */ .$O;
        // A folder brings the files a layout (or migrations.paths) calls migrations, as `lint` without files
        // would: not a seed.sql or an example beside them. Files and globs name any .sql file.
        const fromFolders = await (0,_named_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .folderMigrations */ .SU)(inFolders, config, readFor(ctx), folders);
        const found = await (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .discoverMigrations */ .l)([...new Set([...paths, ...fromFolders])], { ...config, paths: ['**/*.sql', '*.sql'] }, readFor(ctx), folders);
        const others = found.otherDatabase ?? []; // said by their own notice (other-database-migration)
        const excluded = (0,_named_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .namedButNotLinted */ .GH)(named, [...found.files, ...others], config.exclude);
        if (!found.files.length && !found.skipped.length && !others.length)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_named_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .listed */ .KE)(explicit)}: no migration file among them (Supabase, Prisma, Drizzle, Flyway, golang-migrate, dbmate or plain SQL .sql files); name migration files, a folder holding them, or a glob`);
        return {
            files: found.files,
            changes: new Map(),
            discovery: found,
            mode: 'explicit',
            submodules: [],
            skipped: found.skipped,
            deleted: [],
            excluded,
            unchecked: [],
            ...(found.otherDatabase ? { otherDatabase: found.otherDatabase } : {}),
            ...(headPaths ? { headPaths } : {}),
        };
    }
    const all = await headFiles(ctx);
    if (!ctx.base)
        return {
            files: [],
            changes: new Map(),
            discovery: await (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .discoverMigrations */ .l)(all, config, readFor(ctx)),
            mode: 'no-base',
            submodules: [],
            skipped: [],
            deleted: [],
            excluded: [],
            unchecked: [],
        };
    const changed = await ctx.git.changedFiles(ctx.base, ctx.worktree ? undefined : ctx.head);
    const changes = new Map(changed.map((c) => [c.path, c]));
    if (ctx.worktree) {
        for (const path of await ctx.git.untrackedFiles())
            if (!changes.has(path))
                changes.set(path, { path, status: 'added' });
    }
    // Read contents (dbmate markers) only for changed files; the rest is classified by path, for the summary.
    // Where Prisma and drizzle-kit keep their migrations is read from the whole tree (a lock file, config or
    // journal need not change).
    const folders = await (0,_layout_folders_js__WEBPACK_IMPORTED_MODULE_3__/* .findLayoutFolders */ .Tn)(all, readFor(ctx), config.paths);
    const changedFound = await (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .discoverMigrations */ .l)([...changes.keys()], config, readFor(ctx), folders);
    let everyHead;
    const headDiscovery = () => (everyHead ??= (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .discoverMigrations */ .l)(all, config, async () => '', folders));
    const discovery = changedFound.files.length ? changedFound : await headDiscovery();
    return {
        files: changedFound.files,
        changes,
        discovery,
        mode: 'changed',
        submodules: await changedSubmodulesNamed(ctx, [...changes.keys()]),
        skipped: changedFound.skipped,
        deleted: await (0,_deleted_js__WEBPACK_IMPORTED_MODULE_2__/* .deletedMigrations */ .l)(ctx, all, async () => (await headDiscovery()).files),
        excluded: [],
        // A file its runner skips by name has a finding of its own (skipped-migration-file).
        unchecked: (0,_other_sql_js__WEBPACK_IMPORTED_MODULE_5__/* .uncheckedChanges */ ._)(changes.keys(), 
        // Another database's migrations have a notice of their own (other-database-migration).
        [...changedFound.files, ...changedFound.skipped, ...(changedFound.otherDatabase ?? [])], config.exclude),
        ...(changedFound.otherDatabase ? { otherDatabase: changedFound.otherDatabase } : {}),
        headPaths: all,
    };
}
/**
 * A changed path that a `migrations.paths` glob reaches into (`db` for `db/migrations/*.sql`) and that
 * is a submodule: the migrations live in another repository, git lists none of them here, and the
 * gate would otherwise say "no migration changed". Submodules are only listed when a glob reaches into a
 * changed path, which is rare, so ordinary runs pay nothing.
 */
async function changedSubmodulesNamed(ctx, changed) {
    const globs = ctx.settings.config.migrations.paths;
    const reached = changed
        .filter((path) => !path.endsWith('.sql'))
        .flatMap((path) => globs
        .filter((glob) => `${picomatch__WEBPACK_IMPORTED_MODULE_8___default().scan(glob).base}/`.startsWith(`${path}/`) || picomatch__WEBPACK_IMPORTED_MODULE_8___default()(glob)(`${path}/x.sql`))
        .slice(0, 1)
        .map((glob) => ({ path, glob })));
    if (!reached.length || !ctx.git.submodulePaths)
        return [];
    const submodules = new Set(await ctx.git.submodulePaths(ctx.worktree ? undefined : ctx.head));
    return reached.filter(({ path }) => submodules.has(path));
}


/***/ }),

/***/ 1758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ isNoRepository),
/* harmony export */   q: () => (/* binding */ NoRepository)
/* harmony export */ });
/**
 * Files linted where there is no repository to read history from (`lint FILE` outside git, or outside the
 * repository at --cwd). Paths are relative to `root`, files are read from the disk (`worktree: true`),
 * and every question about history fails loudly instead of answering "nothing": a gate that asked would
 * otherwise pass what it never compared. `lint-modes.ts` asks none of them here and says so in a notice.
 */
class NoRepository {
    root;
    noRepository;
    constructor(root, 
    /** Why there is no repository, for the notice: "not inside a git repository", "outside the repository at …". */
    noRepository) {
        this.root = root;
        this.noRepository = noRepository;
    }
    refuse(what) {
        throw new Error(`${what}: ${this.noRepository}, so there is no history to read`);
    }
    resolveCommit() {
        return this.refuse('resolving a commit');
    }
    mergeBase() {
        return this.refuse('finding a merge base');
    }
    changedFiles() {
        return this.refuse('listing changed files');
    }
    readFileAt() {
        return this.refuse('reading a file at a commit');
    }
    readBytesAt() {
        return this.refuse('reading a file at a commit');
    }
    readBytesCapped() {
        return this.refuse('reading a file at a commit');
    }
    listFilesAt() {
        return this.refuse('listing files at a commit');
    }
    untrackedFiles() {
        return this.refuse('listing untracked files');
    }
    /** `lint-files.ts` accepts only existing files here: globs are matched against a repository's files. */
    worktreeFiles() {
        return this.refuse('listing the files to match a glob');
    }
    listTags() {
        return this.refuse('listing tags');
    }
    isAncestor() {
        return this.refuse('comparing commits');
    }
    defaultBranch() {
        return this.refuse('finding the default branch');
    }
    diffAddedLines() {
        return this.refuse('reading a diff');
    }
    listTreeAt() {
        return this.refuse('listing files at a commit');
    }
    readBlobs() {
        return this.refuse('reading files at a commit');
    }
    readBlobsByOid() {
        return this.refuse('reading files at a commit');
    }
    isShallow() {
        return this.refuse('asking whether the history is complete');
    }
    tagsReachableFrom() {
        return this.refuse('listing tags');
    }
    branchesNamed() {
        return this.refuse('listing branches');
    }
    commitMessages() {
        return this.refuse('reading commit messages');
    }
    isValidTagRef() {
        return this.refuse('checking a tag name');
    }
    remoteUrl() {
        return this.refuse('reading a remote');
    }
}
function isNoRepository(git) {
    return git instanceof NoRepository;
}


/***/ })

};
