import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 90;
export const ids = [90];
export const modules = {

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
// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(308);
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
    if (branch) {
        const mergeBase = await git.mergeBase(branch, head);
        if (mergeBase)
            return { base: mergeBase, head, worktree, baseSource: 'merge-base' };
    }
    return { head, worktree, baseSource: 'none' };
}

;// CONCATENATED MODULE: ./src/commands/run-gates.ts





/** Open the repository and resolve base/head once for every gate of a run. */
async function prepareGateContext(ctx, options = {}) {
    const { settings } = ctx;
    const git = await git_git/* GitCli */.Tq.open(settings.run.cwd);
    const revisions = await resolveRevisions(git, {
        // Linting explicit files compares with nothing unless --base asks: skip finding the merge base.
        ...(options.needsBase === false ? { noBase: true } : {}),
        ...(settings.run.base !== undefined ? { base: settings.run.base } : {}),
        ...(settings.run.head !== 'HEAD' ? { head: settings.run.head } : {}),
        ...(ctx.pullRequest?.baseSha ? { pullRequestBase: ctx.pullRequest.baseSha } : {}),
    });
    ctx.log.debug(`comparing ${revisions.base ?? '(nothing)'} → ${revisions.worktree ? 'work tree' : revisions.head} (base from ${revisions.baseSource})`);
    return {
        settings,
        git,
        ...(revisions.base ? { base: revisions.base } : {}),
        head: revisions.head,
        worktree: revisions.worktree,
        ...(ctx.pullRequest ? { pullRequest: ctx.pullRequest } : {}),
        log: ctx.log,
        ...(ctx.github ? { github: ctx.github } : {}),
    };
}
/**
 * Run gates one after another and collect one report. A gate that crashes becomes an error finding
 * naming the gate, so the rest of the report still arrives; a usage error still ends the run (exit 2).
 */
async function runGates(gates, gateCtx, extra = {}) {
    const findings = [];
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
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5278);
/* harmony import */ var _tool_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(121);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9478);



function buildReport(findings, gates, failOn, extra = {}) {
    return {
        schemaVersion: 1,
        tool: { name: _tool_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_NAME */ .lH, version: _tool_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_VERSION */ .wr },
        verdict: (0,_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .verdictOf */ .Vj)(findings, failOn),
        findings: (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFindings */ .Tc)(findings),
        gates: [...gates],
        ...extra,
    };
}


/***/ }),

/***/ 162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ interrupted),
/* harmony export */   q: () => (/* binding */ registerCleanup)
/* harmony export */ });
const registered = new Set();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const SIGNAL_NUMBERS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
/** Bound the orderly teardown on a signal: the user asked to stop. */
const SIGNAL_CLEANUP_MS = 8_000;
let signalling = false;
function onExit() {
    for (const handle of [...registered]) {
        try {
            handle.sync();
        }
        catch {
            // best effort: the process is going away
        }
    }
    registered.clear();
}
function onSignal(signal) {
    if (signalling)
        return;
    signalling = true;
    const handles = [...registered];
    const teardown = Promise.allSettled(handles.map((h) => h.async()));
    const timer = new Promise((resolve) => setTimeout(resolve, SIGNAL_CLEANUP_MS).unref());
    void Promise.race([teardown, timer]).then(() => {
        // Whatever did not finish in time goes the hard way.
        for (const h of handles)
            if (registered.has(h))
                h.sync();
        registered.clear();
        uninstall();
        process.exit(128 + SIGNAL_NUMBERS[signal]);
    });
}
function install() {
    process.on('exit', onExit);
    for (const s of SIGNALS)
        process.on(s, onSignal);
}
function uninstall() {
    process.off('exit', onExit);
    for (const s of SIGNALS)
        process.off(s, onSignal);
}
/** True once Ctrl-C / SIGTERM arrived: the teardown runs and the process exits when it is done. */
function interrupted() {
    return signalling;
}
/** Register a resource; call the returned function once it has been cleaned up normally. */
function registerCleanup(handle) {
    if (registered.size === 0)
        install();
    registered.add(handle);
    return () => {
        if (!registered.delete(handle))
            return;
        if (registered.size === 0 && !signalling)
            uninstall();
    };
}


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
/** A connection string with its password removed, safe for logs and reports. */
function redactUrl(url) {
    try {
        const parsed = new URL(url);
        if (parsed.password)
            parsed.password = '***';
        for (const key of [...parsed.searchParams.keys()]) {
            if (/pass|secret|token|key/i.test(key))
                parsed.searchParams.set(key, '***');
        }
        return parsed.toString();
    }
    catch {
        return '(a database-url that is not a valid URL)';
    }
}


/***/ }),

/***/ 2257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S6: () => (/* binding */ findPostgresBinaries),
/* harmony export */   VC: () => (/* binding */ DEBIAN_PG_ROOT)
/* harmony export */ });
/* unused harmony export candidateBinDirs */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/** Where Debian and Ubuntu (and so GitHub's Ubuntu runners) install PostgreSQL, one folder per major version. */
const DEBIAN_PG_ROOT = '/usr/lib/postgresql';
function isExecutable(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Folders that hold both `initdb` and `postgres`: PATH first (a symlinked `initdb` counts by its real
 * folder), then `/usr/lib/postgresql/<major>/bin`, newest major first.
 */
function candidateBinDirs(env = process.env, debianRoot = DEBIAN_PG_ROOT) {
    const dirs = [];
    const add = (dir) => {
        if (!dirs.includes(dir) && isExecutable((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'initdb')) && isExecutable((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'postgres')))
            dirs.push(dir);
    };
    for (const entry of (env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter).filter(Boolean)) {
        const initdb = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(entry, 'initdb');
        if (!isExecutable(initdb))
            continue;
        try {
            add((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(initdb)));
        }
        catch {
            add(entry);
        }
    }
    let majors = [];
    try {
        majors = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(debianRoot).filter((d) => /^\d+(\.\d+)?$/.test(d));
    }
    catch {
        // no Debian-style installation
    }
    majors.sort((a, b) => Number(b) - Number(a));
    for (const major of majors)
        add((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(debianRoot, major, 'bin'));
    return dirs;
}
/**
 * The PostgreSQL binaries to start a rehearsal server with, or undefined when there are none.
 * With several installations, the one matching `preferMajor` (production's version) wins.
 */
async function findPostgresBinaries(preferMajor, env = process.env) {
    const found = [];
    for (const binDir of candidateBinDirs(env)) {
        const postgres = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(binDir, 'postgres');
        const version = await postgresVersion(postgres);
        if (!version)
            continue;
        found.push({
            binDir,
            initdb: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(binDir, 'initdb'),
            postgres,
            version,
            major: Number(version.split('.')[0]),
        });
        if (preferMajor === undefined)
            break;
    }
    return found.find((b) => b.major === preferMajor) ?? found[0];
}
function postgresVersion(postgres) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(postgres, ['--version'], { timeout: 10_000 }, (error, stdout) => {
            const match = /\(PostgreSQL\)\s+(\d+(?:\.\d+)?)/.exec(stdout ?? '');
            resolve(error || !match ? undefined : match[1]);
        });
    });
}


/***/ }),

/***/ 7709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ startLocalServer)
/* harmony export */ });
/* unused harmony export logTail */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _cleanup_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(162);
/* harmony import */ var _run_as_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9596);







/**
 * The socket is the only way in (`listen_addresses=''`) and lives in a private folder, so two
 * rehearsals never compete for a port: the port number only names the socket file.
 */
const PORT = 5432;
/** Unix socket paths are limited to 107 bytes; fall back to /tmp when TMPDIR is deep (macOS). */
const MAX_SOCKET_PATH = 100;
const LOG_TAIL_LINES = 15;
/** Throwaway settings: durability is pointless for a database deleted in a minute. */
const SERVER_SETTINGS = [
    'listen_addresses=',
    'fsync=off',
    'full_page_writes=off',
    'synchronous_commit=off',
    'lc_messages=C',
    'max_connections=20',
    'logging_collector=off',
];
async function startLocalServer(binaries, options = {}) {
    const started = Date.now();
    const user = options.user ?? (0,_run_as_js__WEBPACK_IMPORTED_MODULE_6__/* .serverUser */ .R)();
    if (process.getuid?.() === 0 && !user) {
        throw new Error('running as root, and there is no "postgres" or "nobody" account to run PostgreSQL as (it refuses to run as root)');
    }
    const dir = makeTempDir();
    const data = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'data');
    const children = new Set();
    const killAll = () => {
        for (const child of children)
            killGroup(child, 'SIGKILL');
    };
    const unregister = (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_5__/* .registerCleanup */ .q)({
        async: async () => {
            await stopChildren(children);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dir, { recursive: true, force: true, maxRetries: 3 });
        },
        sync: () => {
            killAll();
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true, maxRetries: 3 });
        },
    });
    try {
        if (user)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chownSync)(dir, user.uid, user.gid);
        const initArgs = ['-D', data, '--auth=trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C'];
        if (binaries.major >= 14)
            initArgs.push('--no-instructions');
        const initdb = launch(binaries.initdb, initArgs, dir, 'initdb.log', user, children);
        const code = await exitOf(initdb);
        children.delete(initdb);
        if (code !== 0)
            throw new Error(`initdb failed (exit ${code}):\n${logTail((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'initdb.log'))}`);
        const args = ['-D', data, '-c', `unix_socket_directories=${dir}`, '-c', `port=${PORT}`];
        for (const setting of SERVER_SETTINGS)
            args.push('-c', setting);
        const server = launch(binaries.postgres, args, dir, 'server.log', user, children);
        await waitUntilReady(server, (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'server.log'), options.readyTimeoutMs ?? 30_000);
        // From here the client's connection keeps the process alive; a forgotten server must not.
        server.unref();
        let stopped;
        return {
            dir,
            socketDir: dir,
            port: PORT,
            pid: server.pid,
            runsAs: user?.name ?? currentUserName(),
            startupMs: Date.now() - started,
            stop() {
                stopped ??= (async () => {
                    await stopChildren(children);
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dir, { recursive: true, force: true, maxRetries: 3 });
                    unregister();
                })();
                return stopped;
            },
        };
    }
    catch (error) {
        await stopChildren(children);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dir, { recursive: true, force: true, maxRetries: 3 });
        unregister();
        throw error;
    }
}
function makeTempDir() {
    const base = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), 'rr-pg-XXXXXX', `.s.PGSQL.${PORT}`).length > MAX_SOCKET_PATH ? '/tmp' : (0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)();
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(base, 'rr-pg-'));
}
/** Spawn in its own process group (so Ctrl-C reaches us, not it, and one kill takes every backend) with output to a log file. */
function launch(command, args, dir, logName, user, children) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, logName), 'a');
    try {
        const env = {
            PATH: process.env.PATH ?? '/usr/bin:/bin',
            LC_ALL: 'C',
            LANG: 'C',
            TZ: 'UTC',
        };
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
            cwd: dir,
            env,
            detached: true,
            stdio: ['ignore', fd, fd],
            ...(user ? { uid: user.uid, gid: user.gid } : {}),
        });
        child.on('error', () => { }); // reported through exitOf / waitUntilReady
        children.add(child);
        child.once('exit', () => children.delete(child));
        return child;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
function exitOf(child) {
    return new Promise((resolve) => {
        if (child.exitCode !== null)
            return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.once('error', () => resolve(-1));
    });
}
async function waitUntilReady(server, logPath, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    let exited = false;
    server.once('exit', () => (exited = true));
    server.once('error', () => (exited = true));
    for (;;) {
        if (readText(logPath).includes('ready to accept connections'))
            return;
        if (exited)
            throw new Error(`postgres exited while starting:\n${logTail(logPath)}`);
        if (Date.now() > deadline)
            throw new Error(`postgres was not ready after ${Math.round(timeoutMs / 1000)} s:\n${logTail(logPath)}`);
        await new Promise((resolve) => setTimeout(resolve, 15));
    }
}
/** Immediate shutdown (SIGQUIT), then SIGKILL to the whole process group for anything left. */
async function stopChildren(children) {
    await Promise.all([...children].map(async (child) => {
        if (child.exitCode === null && child.signalCode === null) {
            child.ref(); // keep the process alive until the server is really gone
            killGroup(child, 'SIGQUIT', false);
            let timer;
            const exited = await Promise.race([
                exitOf(child).then(() => true),
                new Promise((resolve) => (timer = setTimeout(() => resolve(false), 5_000))),
            ]);
            clearTimeout(timer);
            if (!exited)
                killGroup(child, 'SIGKILL');
        }
        killGroup(child, 'SIGKILL');
        children.delete(child);
    }));
}
function killGroup(child, signal, group = true) {
    if (!child.pid)
        return;
    try {
        process.kill(group ? -child.pid : child.pid, signal);
    }
    catch {
        // already gone
    }
}
function readText(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8');
    }
    catch {
        return '';
    }
}
/** The last lines of a server log, to show when it fails to start. */
function logTail(path, lines = LOG_TAIL_LINES) {
    const text = readText(path).trimEnd();
    if (!text)
        return '(the log is empty)';
    return text.split('\n').slice(-lines).join('\n');
}
function currentUserName() {
    return process.env.USER ?? process.env.LOGNAME ?? `uid ${process.getuid?.() ?? '?'}`;
}


/***/ }),

/***/ 6617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ majorOf),
/* harmony export */   Q: () => (/* binding */ connectPg)
/* harmony export */ });
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);
/* harmony import */ var _database_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4257);


async function connectPg(config) {
    const client = new pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Client */ .Ay.Client({ connectionTimeoutMillis: 15_000, ...config });
    // A server stopped under an idle connection emits 'error'; without a listener that would crash the process.
    client.on('error', () => { });
    client.on('notice', () => { });
    await client.connect();
    let ended = false;
    return {
        async exec(sql) {
            try {
                await client.query(sql);
            }
            catch (error) {
                throw (0,_database_js__WEBPACK_IMPORTED_MODULE_1__/* .toServerError */ .Nn)(error);
            }
        },
        async query(sql, params = []) {
            try {
                const result = await client.query(sql, [...params]);
                return result.rows;
            }
            catch (error) {
                throw (0,_database_js__WEBPACK_IMPORTED_MODULE_1__/* .toServerError */ .Nn)(error);
            }
        },
        async end() {
            if (ended)
                return;
            ended = true;
            await Promise.race([
                client.end().catch(() => { }),
                new Promise((resolve) => setTimeout(resolve, 2_000).unref()),
            ]);
        },
    };
}
/** "15.18" → 15, "18devel" → 18. */
function majorOf(serverVersion) {
    return Number(/^(\d+)/.exec(serverVersion)?.[1] ?? 0);
}


/***/ }),

/***/ 3910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ openPglite)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1376);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _database_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4257);
/* harmony import */ var _pg_client_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6617);






const PACKAGE = '@electric-sql/pglite';
/** Contrib extensions PGlite ships that migrations commonly create; loaded only if present. */
const CONTRIB = [
    'pgcrypto',
    'uuid_ossp',
    'citext',
    'hstore',
    'pg_trgm',
    'ltree',
    'btree_gin',
    'btree_gist',
    'fuzzystrmatch',
    'unaccent',
];
/**
 * The embedded Postgres (WASM), in memory: nothing to install and nothing left on disk. Imported
 * lazily — it is kept out of the bundles, so the action explains when it is absent.
 */
async function openPglite() {
    const started = Date.now();
    let module;
    // The entry points switch V8 to baseline-only WASM code for the parser (src/core/wasm-baseline.ts);
    // Postgres itself runs long enough to profit from optimised code. --liftoff-only also switched off
    // the two tiering flags, which do not come back by themselves.
    (0,node_v8__WEBPACK_IMPORTED_MODULE_2__.setFlagsFromString)('--no-liftoff-only');
    (0,node_v8__WEBPACK_IMPORTED_MODULE_2__.setFlagsFromString)('--wasm-tier-up');
    (0,node_v8__WEBPACK_IMPORTED_MODULE_2__.setFlagsFromString)('--wasm-dynamic-tiering');
    try {
        // webpackIgnore: ncc must leave this a native import (PGlite breaks when bundled; it is external).
        module = (await import(/* webpackIgnore: true */ PACKAGE));
    }
    catch (error) {
        throw new _database_js__WEBPACK_IMPORTED_MODULE_4__/* .DatabaseUnavailableError */ .MP(`the embedded PGlite (${PACKAGE}) is not installed here (${error.message.split('\n')[0]})`);
    }
    const extensions = {};
    await Promise.all(CONTRIB.map(async (name) => {
        try {
            const contrib = (await import(/* webpackIgnore: true */ `${PACKAGE}/contrib/${name}`));
            if (contrib[name])
                extensions[name] = contrib[name];
        }
        catch {
            // an extension this PGlite build does not ship: CREATE EXTENSION will say so
        }
    }));
    let db;
    try {
        db = await module.PGlite.create({ extensions });
    }
    catch (error) {
        throw new _database_js__WEBPACK_IMPORTED_MODULE_4__/* .DatabaseUnavailableError */ .MP(`the embedded PGlite did not start: ${error.message}`);
    }
    const [{ server_version: version } = { server_version: '' }] = (await db.query('SHOW server_version')).rows;
    const packageVersion = pgliteVersion();
    let closed;
    return {
        kind: 'pglite',
        label: `PGlite (PostgreSQL ${version})`,
        majorVersion: (0,_pg_client_js__WEBPACK_IMPORTED_MODULE_5__/* .majorOf */ .D)(version),
        startupMs: Date.now() - started,
        describe: () => `the embedded PGlite${packageVersion ? ` ${packageVersion}` : ''} (PostgreSQL ${version}, in memory)`,
        async exec(sql) {
            try {
                await db.exec(sql);
            }
            catch (error) {
                throw (0,_database_js__WEBPACK_IMPORTED_MODULE_4__/* .toServerError */ .Nn)(error);
            }
        },
        async query(sql, params = []) {
            try {
                return (await db.query(sql, [...params])).rows;
            }
            catch (error) {
                throw (0,_database_js__WEBPACK_IMPORTED_MODULE_4__/* .toServerError */ .Nn)(error);
            }
        },
        close() {
            closed ??= db.close().catch(() => { });
            return closed;
        },
    };
}
/** The installed package's version, read next to its entry point (package.json is not in its exports). */
function pgliteVersion() {
    try {
        const entry = (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url).resolve(PACKAGE);
        const pkg = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(entry), '..', 'package.json'), 'utf8'));
        return pkg.version;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 9596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ serverUser)
/* harmony export */ });
/* unused harmony export SERVER_ACCOUNTS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** Accounts tried in order when the process is root: the packaged `postgres` user, then `nobody`. */
const SERVER_ACCOUNTS = ['postgres', 'nobody'];
/**
 * The user to drop to for initdb and postgres: undefined when the process is not root (it runs them
 * as itself). Reads /etc/passwd directly, so it works in minimal containers without `getent`.
 */
function serverUser(passwd = '/etc/passwd', uid = process.getuid?.()) {
    if (uid !== 0)
        return undefined;
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(passwd, 'utf8');
    }
    catch {
        return undefined;
    }
    const accounts = new Map();
    for (const line of text.split('\n')) {
        const [name, , id, group] = line.split(':');
        if (!name || id === undefined || group === undefined)
            continue;
        const parsedUid = Number(id);
        const parsedGid = Number(group);
        if (Number.isInteger(parsedUid) && Number.isInteger(parsedGid) && parsedUid !== 0) {
            accounts.set(name, { name, uid: parsedUid, gid: parsedGid });
        }
    }
    for (const name of SERVER_ACCOUNTS) {
        const account = accounts.get(name);
        if (account)
            return account;
    }
    return undefined;
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


/***/ })

};
