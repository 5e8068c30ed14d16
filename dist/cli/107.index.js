import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 107;
export const ids = [107,714];
export const modules = {

/***/ 1107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   prepareLintRun: () => (/* binding */ prepareLintRun)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2724);
/* harmony import */ var _git_no_repository_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1758);
/* harmony import */ var _run_gates_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8714);
/* harmony import */ var _gates_migrations_named_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2556);







/**
 * The context `lint` runs in. `--each` / `--as-one-change` go to the migrations gate (lint-modes.ts);
 * files outside any repository, or outside the repository at --cwd, are linted anyway, from the disk,
 * without history (the gate says which checks that leaves out).
 */
async function prepareLintRun(ctx) {
    const files = ctx.settings.run.files;
    const filesMode = requestedMode(ctx.flags, files.length);
    const settings = filesMode ? { ...ctx.settings, run: { ...ctx.settings.run, filesMode } } : ctx.settings;
    const withSettings = { ...ctx, settings };
    const same = (report) => report;
    if (!files.length)
        return {
            // Linting the change needs a base: none found is exit 2 naming the fix, never "nothing changed".
            gateCtx: await (0,_run_gates_js__WEBPACK_IMPORTED_MODULE_4__.prepareGateContext)(withSettings, {
                needsBase: true,
                requireBase: true,
                policyFromBase: true,
            }),
            present: same,
        };
    const cwd = settings.run.cwd;
    const fulls = files.map((entry) => ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(entry) ? entry : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, entry)));
    let git;
    try {
        // The gate reads objects (history mode) and, on the work tree, lists it (which folders hold
        // migrations): both start with the lookup of the repository. Files outside --cwd are likely outside
        // the repository, where neither is asked.
        const worktree = settings.run.worktree ?? settings.run.head === 'HEAD';
        const inside = fulls.every((full) => !isOutside(cwd, full));
        git = await _git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .GitCli */ .Tq.open(cwd, { objects: inside, worktree: inside && worktree });
    }
    catch (error) {
        if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb))
            throw error;
    }
    const why = git ? outsideRepository(git.root, files, fulls) : `${cwd} is not inside a git repository`;
    if (why === undefined) {
        const opened = git ? { git } : {};
        return {
            gateCtx: await (0,_run_gates_js__WEBPACK_IMPORTED_MODULE_4__.prepareGateContext)(withSettings, { needsBase: false, policyFromBase: true, ...opened }),
            present: same,
        };
    }
    for (const [i, entry] of files.entries()) {
        if (!isFile(fulls[i]))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb((0,_gates_migrations_named_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .isFolder */ .lQ)(fulls[i])
                ? `${entry}: a folder (${why}, so folders are not searched for migrations); name its files, e.g. ${entry.replace(/\/+$/, '')}/*.sql`
                : `${entry}: no such file (${why}, so arguments are not matched as globs against its files)`);
    }
    for (const flag of ['base', 'head']) {
        const value = flag === 'base' ? settings.run.base : settings.run.head !== 'HEAD' ? settings.run.head : undefined;
        if (value !== undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--${flag} ${value}: ${why}, so there is no commit to compare with; drop --${flag} or lint files of the repository`);
    }
    // Paths stay relative to --cwd when every file is under it (layouts are recognised by their folders:
    // supabase/migrations/…); otherwise they are read relative to the file system root and shown absolute.
    const underCwd = fulls.every((full) => !isOutside(cwd, full));
    const root = underCwd ? cwd : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.parse)(fulls[0]).root;
    const noRepo = new _git_no_repository_js__WEBPACK_IMPORTED_MODULE_6__/* .NoRepository */ .q(root, why);
    return {
        gateCtx: { settings, git: noRepo, head: 'HEAD', worktree: true, log: ctx.log },
        present: underCwd ? same : (report) => withPaths(report, (path) => root + path),
    };
}
function requestedMode(flags, fileCount) {
    const each = flags.each === true;
    const oneChange = flags['as-one-change'] === true;
    if (each && oneChange)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('--each and --as-one-change exclude each other; pass one of them');
    const mode = each ? 'each' : oneChange ? 'as-one-change' : undefined;
    if (mode && !fileCount)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--${mode} applies to lint FILES…; without files, lint checks the migrations changed since the base, which are one change`);
    return mode;
}
/**
 * Why some given file is not a file of the repository at `root`: outside its folder, or inside a
 * repository nested in it (a checkout inside a home folder kept in git): the outer repository never
 * tracked it, so its history would call every such file new and judge a shipped history as one change.
 */
function outsideRepository(root, entries, fulls) {
    const nestedAt = new Map();
    for (const [i, full] of fulls.entries()) {
        if (!isFile(full))
            continue; // a glob, matched against the repository's own files
        if (isOutside(root, full))
            return `${entries[i]} is outside the repository at ${root}`;
        for (let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(full); (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, dir) !== ''; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)) {
            if (!nestedAt.has(dir))
                nestedAt.set(dir, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '.git')) ? dir : undefined);
            const nested = nestedAt.get(dir);
            if (nested)
                return `${entries[i]} is in the repository at ${nested}, not in the one at ${root}`;
        }
    }
    return undefined;
}
function isOutside(folder, full) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(folder, full);
    return rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel);
}
function isFile(full) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full, { throwIfNoEntry: false })?.isFile() ?? false;
    }
    catch {
        return false;
    }
}
/** The report with every file path rewritten (findings and the per-file list). */
function withPaths(report, rewrite) {
    const migrations = report.migrations;
    return {
        ...report,
        findings: report.findings.map((f) => (f.file ? { ...f, file: rewrite(f.file) } : f)),
        ...(report.groups
            ? {
                groups: report.groups.map((g) => ({
                    ...g,
                    locations: g.locations.map((l) => (l.file ? { ...l, file: rewrite(l.file) } : l)),
                })),
            }
            : {}),
        ...(migrations?.files
            ? {
                migrations: {
                    ...migrations,
                    files: migrations.files.map((f) => ({ ...f, file: rewrite(f.file) })),
                },
            }
            : {}),
    };
}


/***/ }),

/***/ 8714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareGateContext: () => (/* binding */ prepareGateContext),
  runGates: () => (/* binding */ runGates)
});

;// CONCATENATED MODULE: ./src/core/gate.ts
function statusOf(outcome) {
    if (outcome.skipped)
        return 'skipped';
    return outcome.findings.some((f) => f.severity === 'error') ? 'fail' : 'pass';
}
const silentLogger = { info: () => { }, warn: () => { }, debug: () => { } };

// EXTERNAL MODULE: ./src/core/report.ts
var report = __webpack_require__(8557);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/git/git.ts + 10 modules
var git_git = __webpack_require__(2724);
// EXTERNAL MODULE: ./src/git/errors.ts
var git_errors = __webpack_require__(3341);
;// CONCATENATED MODULE: ./src/git/revisions.ts



const FETCH_HINT = 'fetch more history (actions/checkout with fetch-depth: 0) or pass another ref';
/**
 * Decide what is compared with what: `--base` wins, then the pull request's base, then the merge base
 * with the default branch. `--head` pins a commit; without it the work tree is checked.
 */
async function resolveRevisions(git, request) {
    const worktree = request.head === undefined;
    const headRef = request.head ?? 'HEAD';
    // Linting explicit files reads the work tree only: no commit is needed (a repository without commits
    // is fine), so none is resolved; this saves a git process on every `lint FILE`.
    if (worktree && request.noBase && request.base === undefined)
        return { head: 'HEAD', worktree, baseSource: 'none' };
    const head = await git.resolveCommit(headRef);
    if (!head) {
        if (worktree)
            throw new errors/* UsageError */.eb(`the repository at ${git.root} has no commits yet; commit once, then re-run`);
        throw new errors/* UsageError */.eb(`--head ${headRef}: not a commit in this repository; ${FETCH_HINT}`);
    }
    if (request.base !== undefined) {
        await refuseAmbiguousBranch(git, request.base, '--base');
        const base = await git.resolveCommit(request.base);
        if (!base)
            throw new errors/* UsageError */.eb(`--base ${request.base}: not a commit in this repository; ${FETCH_HINT}`);
        return { base, head, worktree, baseSource: 'flag' };
    }
    if (request.noBase)
        return { head, worktree, baseSource: 'none' };
    if (request.pullRequestBase) {
        const base = await git.resolveCommit(request.pullRequestBase);
        if (!base) {
            throw new errors/* UsageError */.eb(`the pull request's base commit ${request.pullRequestBase.slice(0, 12)} is not in the checkout; ${FETCH_HINT}`);
        }
        // Compare with the merge base, as GitHub's "Files changed" tab does, so base-branch commits are not blamed on the PR.
        return { base: (await git.mergeBase(base, head)) ?? base, head, worktree, baseSource: 'pull-request' };
    }
    const branch = await git.defaultBranch();
    let branchRef;
    for (const ref of branch ? (0,git_git/* branchRefs */.DI)(branch) : []) {
        if (!(await git.resolveCommit(ref)))
            continue;
        branchRef = ref;
        // In a shallow clone git cannot tell; the check below names what is missing and the fix.
        const mergeBase = await git.mergeBase(ref, head).catch((error) => {
            if (error instanceof git_errors/* ShallowCloneError */.SD)
                return undefined;
            throw error;
        });
        if (mergeBase)
            return { base: mergeBase, head, worktree, baseSource: 'merge-base' };
    }
    if (!request.requireBase)
        return { head, worktree, baseSource: 'none' };
    if (await git.isShallow?.()) {
        throw new git_errors/* ShallowCloneError */.SD(branchRef ? `the merge base with ${branch}` : `the default branch${branch ? ` ${branch}` : ''}`, 'missing');
    }
    if (branchRef) {
        throw new git_errors/* NoBaseError */.De(`${branch} and ${worktree ? 'the work tree' : headRef} share no history, so there is nothing to compare with; pass --base REF`);
    }
    throw new git_errors/* NoBaseError */.De(`cannot tell what to compare with: origin/HEAD is not set and there is no main or master branch; pass --base REF (e.g. --base origin/trunk), or run git remote set-head origin --auto`);
}
/**
 * A short name that is both a tag and a branch (`main`): git would silently pick the tag. Refuse,
 * naming the full refs to choose from. Full refs (`refs/heads/main`) and SHAs pass untouched.
 */
async function refuseAmbiguousBranch(git, name, flag) {
    if (name.startsWith('refs/') || /^[0-9a-f]{7,64}$/i.test(name))
        return;
    if (!(await git.resolveCommit(`refs/tags/${name}`)))
        return;
    for (const ref of (0,git_git/* branchRefs */.DI)(name)) {
        if (await git.resolveCommit(ref)) {
            throw new errors/* UsageError */.eb(`${flag} ${name}: both a tag and a branch are named ${name}; pass refs/tags/${name} or ${ref}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/commands/run-gates.ts





/** Findings about the run itself (the policy it used), reported with the gates' findings. */
const policyFindings = new WeakMap();
/**
 * Open the repository and resolve base/head once for every gate of a run. With `policyFromBase`, a
 * pull request's run (or one given --base) takes its config from the base commit (config/trusted-base.ts).
 */
async function prepareGateContext(ctx, options = {}) {
    let { settings } = ctx;
    // Resolving the head goes through the run's cat-file: it starts with the lookup of the repository.
    const git = options.git ?? (await git_git/* GitCli */.Tq.open(settings.run.cwd, { objects: true }));
    const revisions = await resolveRevisions(git, {
        // Linting explicit files compares with nothing unless --base asks: skip finding the merge base.
        ...(options.needsBase === false ? { noBase: true } : {}),
        ...(options.requireBase ? { requireBase: true } : {}),
        ...(settings.run.base !== undefined ? { base: settings.run.base } : {}),
        // The work tree only when no head was named: `--head HEAD` is the HEAD commit, as `--head <sha>` is that commit.
        ...((settings.run.worktree ?? settings.run.head === 'HEAD') ? {} : { head: settings.run.head }),
        ...(ctx.pullRequest?.baseSha ? { pullRequestBase: ctx.pullRequest.baseSha } : {}),
    });
    ctx.log.debug(`comparing ${revisions.base ?? '(nothing)'} → ${revisions.worktree ? 'work tree' : revisions.head} (base from ${revisions.baseSource})`);
    let findings = [];
    if (options.policyFromBase && revisions.base && (ctx.pullRequest || settings.run.base !== undefined)) {
        // Loaded only here: the config schema and YAML parser stay out of runs that do not need them.
        const { policyFromBase } = await Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(815), __webpack_require__.e(443), __webpack_require__.e(427)]).then(__webpack_require__.bind(__webpack_require__, 3427));
        const policy = await policyFromBase(settings, git, revisions.base, {
            worktree: revisions.worktree,
            commit: revisions.head,
        });
        settings = policy.settings;
        findings = policy.findings;
        ctx.log.debug(`policy from the base commit ${revisions.base.slice(0, 7)} (${settings.run.configFile ?? 'no config file: defaults'})`);
    }
    if (options.adjust)
        settings = options.adjust(settings);
    const gateCtx = {
        settings,
        git,
        ...(revisions.base ? { base: revisions.base } : {}),
        head: revisions.head,
        worktree: revisions.worktree,
        ...(ctx.pullRequest ? { pullRequest: ctx.pullRequest } : {}),
        log: ctx.log,
        ...(ctx.github ? { github: ctx.github } : {}),
    };
    policyFindings.set(gateCtx, findings);
    return gateCtx;
}
/**
 * Run gates one after another and collect one report. A gate that crashes becomes an error finding
 * naming the gate, so the rest of the report still arrives; a usage error still ends the run (exit 2).
 */
async function runGates(gates, gateCtx, extra = {}) {
    const findings = [...(policyFindings.get(gateCtx) ?? [])];
    const summaries = [];
    const data = { ...extra };
    for (const gate of gates) {
        try {
            const outcome = await gate.run(gateCtx);
            findings.push(...outcome.findings);
            summaries.push({ gate: gate.id, status: statusOf(outcome), summary: outcome.summary });
            Object.assign(data, outcome.data ?? {});
        }
        catch (error) {
            if (error instanceof errors/* UsageError */.eb)
                throw error;
            findings.push({
                gate: gate.id,
                rule: 'gate-failed',
                severity: 'error',
                message: `the ${gate.title} gate could not finish: ${(0,errors/* errorMessage */.gJ)(error)}`,
                help: 'Re-run with RUNNER_DEBUG=1 (or --verbose) for details; report it if it persists.',
            });
            summaries.push({ gate: gate.id, status: 'fail', summary: 'could not finish' });
        }
    }
    return (0,report/* buildReport */.F)(findings, summaries, gateCtx.settings.run.failOn, data);
}


/***/ }),

/***/ 8557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ buildReport)
/* harmony export */ });
/* harmony import */ var _group_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8472);
/* harmony import */ var _tool_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(121);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9478);



function buildReport(findings, gates, failOn, extra = {}) {
    const grouped = (0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .groupFindings */ .kG)(findings);
    return {
        schemaVersion: 1,
        tool: { name: _tool_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_NAME */ .lH, version: _tool_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_VERSION */ .wr },
        verdict: (0,_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .verdictOf */ .Vj)(findings, failOn),
        findings: grouped.findings,
        gates: [...gates],
        ...extra,
        ...(grouped.groups.length ? { groups: grouped.groups } : {}),
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
