import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 422;
export const ids = [422];
export const modules = {

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
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _git_no_repository_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1758);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8153);
/* harmony import */ var _layout_folders_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7824);
/* harmony import */ var _read_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1602);








/** All files of the change's tree: the head commit, or the work tree with untracked files. */
function headFiles(ctx) {
    return ctx.worktree ? ctx.git.worktreeFiles() : ctx.git.listFilesAt(ctx.head);
}
const readFor = (ctx) => async (path) => {
    const source = await (0,_read_source_js__WEBPACK_IMPORTED_MODULE_5__/* .readHeadSource */ .qJ)(ctx, path);
    return source && 'text' in source ? source.text : undefined;
};
/** Every migration of the change's tree (contents read where the layout needs them: dbmate markers). */
async function discoverHeadMigrations(ctx) {
    return (0,_discover_js__WEBPACK_IMPORTED_MODULE_3__/* .discoverMigrations */ .l)(await headFiles(ctx), ctx.settings.config.migrations, readFor(ctx));
}
/**
 * `lint FILES…` (or the action's `paths`) lints exactly those; otherwise the migrations added or
 * changed since the base.
 */
async function selectMigrations(ctx) {
    const config = ctx.settings.config.migrations;
    const explicit = ctx.settings.run.files;
    if (explicit.length) {
        const paths = await resolveExplicit(ctx, explicit);
        // Without a repository there is no tree to find Prisma's folders in: the files are linted by their paths.
        const folders = (0,_git_no_repository_js__WEBPACK_IMPORTED_MODULE_6__/* .isNoRepository */ .o)(ctx.git)
            ? _layout_folders_js__WEBPACK_IMPORTED_MODULE_4__/* .NO_LAYOUT_FOLDERS */ .$O
            : await (0,_layout_folders_js__WEBPACK_IMPORTED_MODULE_4__/* .findLayoutFolders */ .Tn)(await headFiles(ctx), readFor(ctx), config.paths);
        const found = await (0,_discover_js__WEBPACK_IMPORTED_MODULE_3__/* .discoverMigrations */ .l)(paths, { ...config, paths: ['**/*.sql', '*.sql'] }, readFor(ctx), folders);
        return { files: found.files, changes: new Map(), discovery: found, mode: 'explicit', submodules: [] };
    }
    const all = await headFiles(ctx);
    if (!ctx.base)
        return {
            files: [],
            changes: new Map(),
            discovery: await (0,_discover_js__WEBPACK_IMPORTED_MODULE_3__/* .discoverMigrations */ .l)(all, config, readFor(ctx)),
            mode: 'no-base',
            submodules: [],
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
    const folders = await (0,_layout_folders_js__WEBPACK_IMPORTED_MODULE_4__/* .findLayoutFolders */ .Tn)(all, readFor(ctx), config.paths);
    const changedFound = await (0,_discover_js__WEBPACK_IMPORTED_MODULE_3__/* .discoverMigrations */ .l)([...changes.keys()], config, readFor(ctx), folders);
    const discovery = changedFound.files.length
        ? changedFound
        : await (0,_discover_js__WEBPACK_IMPORTED_MODULE_3__/* .discoverMigrations */ .l)(all, config, async () => '', folders);
    return {
        files: changedFound.files,
        changes,
        discovery,
        mode: 'changed',
        submodules: await changedSubmodulesNamed(ctx, [...changes.keys()]),
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
        .filter((glob) => `${picomatch__WEBPACK_IMPORTED_MODULE_7___default().scan(glob).base}/`.startsWith(`${path}/`) || picomatch__WEBPACK_IMPORTED_MODULE_7___default()(glob)(`${path}/x.sql`))
        .slice(0, 1)
        .map((glob) => ({ path, glob })));
    if (!reached.length || !ctx.git.submodulePaths)
        return [];
    const submodules = new Set(await ctx.git.submodulePaths(ctx.worktree ? undefined : ctx.head));
    return reached.filter(({ path }) => submodules.has(path));
}
/** Explicit arguments: existing files relative to the current directory, or globs over the repository. */
async function resolveExplicit(ctx, entries) {
    const out = new Set();
    let all;
    const fulls = entries.map((entry) => ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(entry) ? entry : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.settings.run.cwd, entry)));
    const isFile = fileTest(fulls);
    for (const [i, entry] of entries.entries()) {
        const full = fulls[i];
        if (isFile(full)) {
            const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(ctx.git.root, full).split('\\').join('/');
            if (rel.startsWith('..'))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${entry}: outside the repository at ${ctx.git.root}`);
            out.add(rel);
            continue;
        }
        all ??= await headFiles(ctx);
        const matcher = picomatch__WEBPACK_IMPORTED_MODULE_7___default()(entry);
        const matches = all.filter((p) => matcher(p));
        if (!matches.length)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${entry}: no such file, and no file in the repository matches it as a glob`);
        for (const m of matches)
            out.add(m);
    }
    return [...out];
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
