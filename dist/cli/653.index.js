import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 653;
export const ids = [653];
export const modules = {

/***/ 2653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lintCommand: () => (/* binding */ lintCommand)
/* harmony export */ });
/* harmony import */ var _gates_migrations_gate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2713);
/* harmony import */ var _gates_migrations_parse_ahead_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4969);
/* harmony import */ var _run_gates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8714);
/* harmony import */ var _specs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3990);




const lintCommand = {
    ..._specs_js__WEBPACK_IMPORTED_MODULE_3__/* .LINT_SPEC */ .GX,
    async run(ctx) {
        // Many explicit files are parsed ahead on a worker thread: start it now, while this thread selects and reads.
        (0,_gates_migrations_parse_ahead_js__WEBPACK_IMPORTED_MODULE_1__/* .prestartParseWorker */ .RT)(ctx.settings.run.files.length);
        const gateCtx = await (0,_run_gates_js__WEBPACK_IMPORTED_MODULE_2__/* .prepareGateContext */ .s)(ctx, { needsBase: ctx.settings.run.files.length === 0 });
        return { report: await (0,_run_gates_js__WEBPACK_IMPORTED_MODULE_2__/* .runGates */ .A)([_gates_migrations_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .migrationsGate */ .N], gateCtx) };
    },
};


/***/ }),

/***/ 8714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ prepareGateContext),
  A: () => (/* binding */ runGates)
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

/***/ 2713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ migrationsGate)
});

// EXTERNAL MODULE: ./src/gates/migrations/engine.ts + 38 modules
var engine = __webpack_require__(8146);
// EXTERNAL MODULE: ./src/gates/migrations/layouts.ts
var layouts = __webpack_require__(1775);
// EXTERNAL MODULE: ./src/gates/migrations/parse-ahead.ts + 1 modules
var parse_ahead = __webpack_require__(4969);
// EXTERNAL MODULE: ./src/gates/migrations/parse.ts + 1 modules
var parse = __webpack_require__(4136);
// EXTERNAL MODULE: ./src/gates/migrations/read-source.ts
var read_source = __webpack_require__(1602);
// EXTERNAL MODULE: ./src/gates/migrations/select.ts
var migrations_select = __webpack_require__(1778);
;// CONCATENATED MODULE: ./src/gates/migrations/shipped.ts

/**
 * A migration that already shipped has run on production; editing it changes nothing there and makes
 * every new environment differ from production. Compare with the text at the base (and the newest
 * release tag before head) and point at the first line that differs.
 */
async function editedShippedMigration(git, refs, path, oldPath, newText) {
    for (const { ref, label } of refs) {
        const old = await git.readFileAt(ref, oldPath);
        if (old === undefined)
            continue;
        if (normalize(old) === normalize(newText))
            return undefined;
        const line = firstDifferingLine(normalize(old), normalize(newText));
        return {
            gate: 'migrations',
            rule: 'edited-shipped-migration',
            severity: 'error',
            file: path,
            line,
            column: 1,
            message: `This migration already shipped (it is in ${label}) and was edited here; databases that ran it will never run the new text, so production and fresh environments drift apart.`,
            help: 'Revert the edit and put the change in a new migration file.',
            docs: (0,engine/* docsUrl */.fs)('edited-shipped-migration'),
            class: 'unknown',
        };
    }
    return undefined;
}
function normalize(text) {
    return text
        .replace(/^\uFEFF/, '')
        .replace(/\r\n/g, '\n')
        .replace(/\s+$/, '');
}
function firstDifferingLine(a, b) {
    const x = a.split('\n');
    const y = b.split('\n');
    for (let i = 0; i < Math.max(x.length, y.length); i++)
        if (x[i] !== y[i])
            return i + 1;
    return 1;
}

;// CONCATENATED MODULE: ./src/gates/migrations/gate.ts







/** The migrations gate: can the previous release live with the schema these migrations leave behind? */
const migrationsGate = {
    id: 'migrations',
    title: 'migration safety',
    async run(ctx) {
        const selection = await (0,migrations_select/* selectMigrations */.w)(ctx);
        const layoutNames = selection.discovery.layouts.map((id) => (0,layouts/* layoutById */.X_)(id).name);
        const data = {
            migrations: {
                layouts: selection.discovery.layouts,
                files: [],
            },
        };
        if (!selection.files.length) {
            const why = selection.mode === 'no-base'
                ? 'no base to compare with (pass --base REF, or lint files explicitly)'
                : selection.discovery.files.length
                    ? `no ${layoutNames.join('/')} migration changed`
                    : 'no migration files found (supported: Supabase, Prisma, Drizzle, Flyway, golang-migrate, dbmate, plain SQL)';
            return { findings: [], summary: why, skipped: true, data };
        }
        const findings = [];
        const sources = [];
        let shippedRefs;
        // Read files concurrently (bounded), then lint them in run order.
        const texts = await mapBounded(selection.files, 32, (file) => (0,read_source/* readHeadSource */.qJ)(ctx, file.path));
        for (const [index, file] of selection.files.entries()) {
            const source = texts[index];
            if (!source)
                continue;
            if ('problem' in source) {
                findings.push({
                    gate: 'migrations',
                    rule: 'unreadable-file',
                    severity: 'error',
                    file: file.path,
                    message: `Cannot lint this migration: ${source.problem}.`,
                    docs: (0,engine/* docsUrl */.fs)('unreadable-file'),
                });
                continue;
            }
            const change = selection.changes.get(file.path);
            if (change && change.status !== 'added') {
                shippedRefs ??= await shippedRefsFor(ctx);
                const edited = await editedShippedMigration(ctx.git, shippedRefs, file.path, change.from ?? file.path, source.text);
                if (edited)
                    findings.push(edited);
            }
            sources.push({ file, text: source.text });
        }
        await (0,parse/* ensureParser */._U)();
        const config = ctx.settings.config.migrations;
        let linted;
        let fallback;
        let fallbackClause = '';
        if (selection.mode === 'explicit') {
            // `lint FILES…` is the quick statement check; with many files a worker thread parses ahead
            // (parse-ahead.ts). The live release is not compared with: that replays the whole history and
            // scans code; its module is not even loaded.
            linted = await (0,parse_ahead/* lintSources */.Kf)(sources, config, ctx.log);
            fallback = { data: EXPLICIT_FILES };
        }
        else {
            // What the live release's own code still uses (src/compat): adds its findings, marks contract
            // statements it no longer needs as safe. It needs every changed file parsed before linting.
            const parsed = sources.map(({ file, text }) => (0,parse/* parseMigration */.mo)(file, text));
            const compat = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(958), __webpack_require__.e(374)]).then(__webpack_require__.bind(__webpack_require__, 8074));
            fallback = await compat.prepareFallbackReview(ctx, parsed);
            fallbackClause = compat.fallbackSummary(fallback.data);
            linted = (0,engine/* lintParsedFiles */.QX)(parsed, { config, ...(fallback.review ? { review: fallback.review } : {}) });
        }
        for (const l of linted) {
            findings.push(...l.findings);
            data.migrations.files.push({
                file: l.file.path,
                layout: l.file.layout,
                direction: l.file.direction,
                class: l.class,
                statements: l.statements,
            });
        }
        const summary = summarize(linted, layoutNames, findings) + fallbackClause;
        return { findings, summary, data: { migrations: { ...data.migrations, fallback: fallback.data } } };
    },
};
/** Comparing with the live release replays the whole history and scans code: that belongs to checking a change. */
const EXPLICIT_FILES = {
    sources: [],
    codeFiles: 0,
    conservative: true,
    findings: 0,
    skipped: 'explicit files: compare with the live release by linting the change',
};
/** Where a shipped migration's original text lives: the base, then the newest release tag before head. */
async function shippedRefsFor(ctx) {
    const refs = [];
    if (ctx.base)
        refs.push({ ref: ctx.base, label: `the base commit ${ctx.base.slice(0, 7)}` });
    const tags = (await ctx.git.listTags()).sort((a, b) => b.date.localeCompare(a.date));
    for (const tag of tags) {
        if (await ctx.git.isAncestor(tag.sha, ctx.head)) {
            refs.push({ ref: tag.sha, label: `release tag ${tag.name}` });
            break;
        }
    }
    return refs;
}
function summarize(linted, layouts, findings) {
    const unreadable = findings.filter((f) => f.rule === 'unreadable-file').length;
    if (!linted.length)
        return `${unreadable} changed migration file(s) could not be read`;
    const contract = linted.filter((l) => l.class === 'contract').length;
    const errors = findings.filter((f) => f.severity === 'error').length;
    const layout = layouts.length ? `${layouts.join(' + ')} layout; ` : '';
    const classes = contract ? `, ${contract} contract (breaks the previous release)` : ', all expand-safe';
    return `${layout}${linted.length} migration file(s) checked${classes}; ${errors} blocking finding(s)`;
}
/** `Promise.all` over items with at most `limit` in flight, keeping order. */
async function mapBounded(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}


/***/ }),

/***/ 4969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Kf: () => (/* binding */ lintSources),
  RT: () => (/* binding */ prestartParseWorker)
});

// UNUSED EXPORTS: THREADS_ENV, parseAheadWanted

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/gates/migrations/engine.ts + 38 modules
var engine = __webpack_require__(8146);
// EXTERNAL MODULE: ./src/gates/migrations/parse.ts + 1 modules
var parse = __webpack_require__(4136);
;// CONCATENATED MODULE: ./src/gates/migrations/parse-ahead-protocol.ts
/** Chunk sizes: the worker starts on the first chunk while the rest are still being copied to it. */
const FIRST_CHUNK = 16;
const CHUNK = 256;
/** Slots of ParseWorkerInput.progress. */
const SKIP = 0;
const AT = 1;
/**
 * The answers wait in the message queue until taken: without a bound, a very large run would hold every
 * parse tree in memory. Within it, the worker rarely falls behind when a stretch of files parses slower
 * than it lints (at 128 files it did, and both threads then parsed the same files: on 2,000 files, 5%
 * more CPU and wall time than at 512, over 25 interleaved runs). The character bound keeps a run of huge
 * files (seed data) to about 64 million characters of queued JSON text.
 */
const AHEAD = { files: 512, chars: 64 * 1024 * 1024 };

;// CONCATENATED MODULE: ./src/gates/migrations/parse-ahead.ts








/** Fewer files than this are parsed faster than a worker starts (~150 ms on its own core). */
const MIN_FILES = 100;
/** `ROLLBACK_READY_LINT_THREADS=1` parses on the linting thread only. */
const THREADS_ENV = 'ROLLBACK_READY_LINT_THREADS';
/** The worker's bundle, next to the bundle this code runs from; absent when running from src/ (tests). */
function workerScript() {
    const path = (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)), 'parse-worker.js');
    return (0,external_node_fs_.existsSync)(path) ? path : undefined;
}
/** Whether `count` files are worth a parse worker: enough of them, a second core, and not switched off. */
function parseAheadWanted(count, env = process.env) {
    if (count < MIN_FILES || env[THREADS_ENV] === '1')
        return false;
    return env[THREADS_ENV] !== undefined || (0,external_node_os_.availableParallelism)() > 1;
}
let prestarted;
/**
 * Start the parse worker that linting `fileCount` files will use, before the files are selected and read:
 * Node and the parser then load on the other core while this thread starts.
 */
function prestartParseWorker(fileCount) {
    const script = workerScript();
    if (script && !prestarted && parseAheadWanted(fileCount))
        prestarted = ParseWorker.create(script);
}
/**
 * Lint migrations in run order, exactly as `lintParsedFiles` does, with the Postgres parser's half of the
 * parsing (the WASM parser and its JSON output: about 40% of the work) done ahead on a worker thread.
 *
 * Linting stays on this thread, one file at a time, so the SchemaState flows from file to file as always
 * and findings cannot depend on the threads. The worker only turns each file's SQL into the same split JSON
 * `parseStatementJson` would; this thread builds the statements from it. A file the worker has not
 * reached yet is parsed here (the worker then skips it), so this thread never waits, and a worker that
 * fails or never starts costs nothing but its own core. A file that does not parse is re-parsed here,
 * where the statements around the error are recovered.
 */
async function lintSources(sources, config, log, 
/** Tests point at another worker script. */
options = {}) {
    const script = options.script ?? workerScript();
    let worker;
    if (script && parseAheadWanted(sources.length)) {
        if (!options.script && prestarted)
            [worker, prestarted] = [await prestarted, undefined];
        worker ??= await ParseWorker.create(script);
        worker.start(sources);
    }
    // A worker started for more files than were found to lint.
    void prestarted?.then((unused) => unused.stop());
    prestarted = undefined;
    await (0,parse/* ensureParser */._U)();
    const linter = new engine/* MigrationLinter */.VI({ config });
    const linted = [];
    let ahead = 0;
    try {
        for (const [index, { file, text }] of sources.entries()) {
            const tree = worker?.take(index) ?? undefined;
            if (tree)
                ahead++;
            linted.push(linter.lint((0,parse/* parseMigration */.mo)(file, text, file.direction, tree)));
        }
    }
    finally {
        worker?.stop();
    }
    if (worker) {
        const failure = worker.failure ? `; the worker failed (${(0,errors/* errorMessage */.gJ)(worker.failure)})` : '';
        log.debug(`parsed ${ahead} of ${sources.length} migration file(s) ahead on a worker thread${failure}`);
    }
    return linted;
}
/** The parse worker thread, as seen from the linting thread. */
class ParseWorker {
    threads;
    worker;
    channel;
    progress = new Int32Array(new SharedArrayBuffer(8));
    /** Answers received but not yet taken, by file index. */
    pending = new Map();
    failure;
    /** worker_threads is loaded only when a worker is wanted: a one-file lint does not pay for it. */
    static async create(script) {
        return new ParseWorker(script, await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 5919, 23)));
    }
    constructor(script, threads) {
        this.threads = threads;
        this.channel = new threads.MessageChannel();
        try {
            this.worker = new threads.Worker(script);
        }
        catch (error) {
            this.failure = error;
            return;
        }
        // Until `start`, and whenever it is not needed, the worker must not hold the process open.
        this.worker.unref();
        this.worker.once('error', (error) => (this.failure ??= error));
        this.worker.once('exit', (code) => {
            // It exits with 0 once it has sent every file; anything else before that is a failure.
            if (code !== 0)
                this.failure ??= new Error(`it exited with code ${code}`);
        });
        this.progress[SKIP] = -1;
    }
    start(sources) {
        if (!this.worker)
            return;
        const input = {
            count: sources.length,
            port: this.channel.port2,
            progress: this.progress.buffer,
        };
        try {
            // In chunks, the first one small: the worker starts parsing once it has copied the first, not all.
            // Queued on the port before the port is sent, so the worker finds every chunk waiting.
            for (let from = 0, size = FIRST_CHUNK; from < sources.length; from += size, size = CHUNK) {
                const chunk = { from, sources: sources.slice(from, from + size) };
                this.channel.port1.postMessage(chunk);
            }
            this.worker.postMessage(input, [this.channel.port2]);
        }
        catch (error) {
            this.failure = error;
            this.stop();
        }
    }
    /**
     * File `index`'s parse tree when the worker has sent it (null: it does not parse), or undefined:
     * then this thread parses it, and the worker is told to skip it. Never waits.
     */
    take(index) {
        Atomics.store(this.progress, AT, index);
        // The worker, once past AHEAD, sleeps until this thread is within half of it: wake it to check.
        Atomics.notify(this.progress, AT);
        for (let m = this.threads.receiveMessageOnPort(this.channel.port1); m; m = this.threads.receiveMessageOnPort(this.channel.port1)) {
            const answer = m.message;
            if (answer.index >= index)
                this.pending.set(answer.index, answer.tree);
            if (answer.index === index)
                break;
        }
        const tree = this.pending.get(index);
        this.pending.delete(index);
        if (tree === undefined)
            Atomics.store(this.progress, SKIP, index);
        return tree;
    }
    stop() {
        // Wake the worker if it waits for this thread, so it can be terminated at once.
        Atomics.store(this.progress, AT, 2 ** 30);
        Atomics.notify(this.progress, AT);
        this.channel.port1.close();
        void this.worker?.terminate();
    }
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
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8153);
/* harmony import */ var _read_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1602);






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
        const found = await (0,_discover_js__WEBPACK_IMPORTED_MODULE_3__/* .discoverMigrations */ .l)(paths, { ...config, paths: ['**/*.sql', '*.sql'] }, readFor(ctx));
        return { files: found.files, changes: new Map(), discovery: found, mode: 'explicit' };
    }
    const all = await headFiles(ctx);
    if (!ctx.base)
        return {
            files: [],
            changes: new Map(),
            discovery: await (0,_discover_js__WEBPACK_IMPORTED_MODULE_3__/* .discoverMigrations */ .l)(all, config, readFor(ctx)),
            mode: 'no-base',
        };
    const changed = await ctx.git.changedFiles(ctx.base, ctx.worktree ? undefined : ctx.head);
    const changes = new Map(changed.map((c) => [c.path, c]));
    if (ctx.worktree) {
        for (const path of await ctx.git.untrackedFiles())
            if (!changes.has(path))
                changes.set(path, { path, status: 'added' });
    }
    // Read contents (dbmate markers) only for changed files; the rest is classified by path, for the summary.
    const changedFound = await (0,_discover_js__WEBPACK_IMPORTED_MODULE_3__/* .discoverMigrations */ .l)([...changes.keys()], config, readFor(ctx));
    const discovery = changedFound.files.length
        ? changedFound
        : await (0,_discover_js__WEBPACK_IMPORTED_MODULE_3__/* .discoverMigrations */ .l)(all, config, async () => '');
    return { files: changedFound.files, changes, discovery, mode: 'changed' };
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
        const matcher = picomatch__WEBPACK_IMPORTED_MODULE_5___default()(entry);
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
    for (const path of paths)
        perFolder.set((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), (perFolder.get((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path)) ?? 0) + 1);
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
        const entry = listings.get((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path))?.get((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path));
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


/***/ })

};
