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
/* harmony import */ var _gates_migrations_lint_pool_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8534);
/* harmony import */ var _run_gates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8714);
/* harmony import */ var _specs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3990);




const lintCommand = {
    ..._specs_js__WEBPACK_IMPORTED_MODULE_3__/* .LINT_SPEC */ .GX,
    async run(ctx) {
        // Many explicit files are linted on several threads: start them now, while this thread selects and reads.
        (0,_gates_migrations_lint_pool_js__WEBPACK_IMPORTED_MODULE_1__/* .prestartLintWorkers */ .K3)(ctx.settings.run.files.length);
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

// EXTERNAL MODULE: ./src/gates/migrations/engine.ts + 37 modules
var engine = __webpack_require__(7297);
// EXTERNAL MODULE: ./src/gates/migrations/layouts.ts
var layouts = __webpack_require__(1775);
// EXTERNAL MODULE: ./src/gates/migrations/lint-pool.ts
var lint_pool = __webpack_require__(8534);
// EXTERNAL MODULE: ./src/gates/migrations/parse.ts
var parse = __webpack_require__(3847);
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
            // `lint FILES…` is the quick statement check, on several threads when there are many files
            // (lint-pool.ts). The live release is not compared with: that replays the whole history and scans
            // code; its module is not even loaded.
            linted = await (0,lint_pool/* lintSources */.Kf)(sources, config, ctx.log);
            fallback = { data: EXPLICIT_FILES };
        }
        else {
            // What the live release's own code still uses (src/compat): adds its findings, marks contract
            // statements it no longer needs as safe. It needs every changed file parsed before linting.
            const parsed = sources.map(({ file, text }) => (0,parse/* parseMigration */.mo)(file, text));
            const compat = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(958), __webpack_require__.e(74)]).then(__webpack_require__.bind(__webpack_require__, 8074));
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

/***/ 8534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K3: () => (/* binding */ prestartLintWorkers),
/* harmony export */   Kf: () => (/* binding */ lintSources)
/* harmony export */ });
/* unused harmony exports THREADS_ENV, threadsFor, splitByBytes, opsOf, lintRun */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4296);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7297);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3847);
/* harmony import */ var _schema_state_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1877);









/** Below this many files per thread, starting a worker (~60 ms and its own parser) costs more than it saves. */
const MIN_FILES_PER_THREAD = 150;
/** Parsing is CPU-bound: more threads than this only add start-up time and memory. */
const MAX_THREADS = 4;
/** `ROLLBACK_READY_LINT_THREADS=1` lints on one thread; another number caps the threads. */
const THREADS_ENV = 'ROLLBACK_READY_LINT_THREADS';
/** The worker's bundle, next to the bundle this code runs from; absent when running from src/ (tests). */
function workerScript() {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url)), 'lint-worker.js');
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) ? path : undefined;
}
/** How many threads lint `count` files: one unless there are enough files to pay for a worker. */
function threadsFor(count, env = process.env) {
    const asked = Number.parseInt(env[THREADS_ENV] ?? '', 10);
    const cap = Number.isInteger(asked) && asked > 0 ? asked : Math.min((0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)(), MAX_THREADS);
    return Math.max(1, Math.min(cap, Math.floor(count / MIN_FILES_PER_THREAD)));
}
/** Split into `n` runs of consecutive files of about equal size (parse time follows bytes). */
function splitByBytes(sources, n) {
    const total = sources.reduce((sum, s) => sum + s.text.length, 0);
    const chunks = [];
    let current = [];
    let size = 0;
    for (const source of sources) {
        current.push(source);
        size += source.text.length;
        if (chunks.length < n - 1 && size >= (total * (chunks.length + 1)) / n) {
            chunks.push(current);
            current = [];
        }
    }
    chunks.push(current);
    return chunks.filter((c) => c.length > 0);
}
/** The state ops of parsed files, in run order. */
function opsOf(parsed) {
    const ops = [];
    for (const file of parsed) {
        for (const statement of file.statements) {
            if (_schema_state_js__WEBPACK_IMPORTED_MODULE_8__/* .STATE_KINDS */ .ef.has(statement.kind))
                ops.push(...(0,_schema_state_js__WEBPACK_IMPORTED_MODULE_8__/* .stateOps */ .Gd)(statement.node));
        }
    }
    return ops;
}
/** Lint parsed files in order, starting from the state the ops of every earlier file leave. */
function lintRun(parsed, config, seed) {
    const linter = new _engine_js__WEBPACK_IMPORTED_MODULE_6__/* .MigrationLinter */ .VI({ config }, _schema_state_js__WEBPACK_IMPORTED_MODULE_8__/* .SchemaState */ .Pu.replay(seed));
    return parsed.map((p) => linter.lint(p));
}
/**
 * Lint migrations in run order, exactly as one thread would (`lintParsedFiles`), on several threads when
 * there are many: parsing is most of the work, and only the SchemaState links one file to the next.
 *
 * The files are split into consecutive runs, one per thread. Every thread parses its run at the same time.
 * A run's linting starts from the state that every earlier file leaves: the threads before it send their
 * files' state ops (what each statement creates or renames), and the run is linted on their replay. A
 * worker that cannot start or fails is replaced by parsing and linting its run on this thread.
 */
async function lintSources(sources, config, log, 
/** Tests point at another worker script and set the thread count. */
options = {}) {
    const script = options.script ?? workerScript();
    const threads = script ? (options.threads ?? threadsFor(sources.length)) : 1;
    const [first = [], ...rest] = splitByBytes(sources, threads);
    // Workers started early (prestartLintWorkers) have loaded by now; any others load while this thread parses.
    const workers = rest.map((chunk) => (idle.shift() ?? new LintWorker(script)).start({ sources: chunk, config }));
    for (const unused of idle.splice(0))
        unused.stop();
    await (0,_parse_js__WEBPACK_IMPORTED_MODULE_7__/* .ensureParser */ ._U)();
    if (!workers.length) {
        // One thread: parse and lint file by file, so only one AST is alive at a time.
        const linter = new _engine_js__WEBPACK_IMPORTED_MODULE_6__/* .MigrationLinter */ .VI({ config });
        return first.map(({ file, text }) => linter.lint((0,_parse_js__WEBPACK_IMPORTED_MODULE_7__/* .parseMigration */ .mo)(file, text)));
    }
    const parsed = first.map(({ file, text }) => (0,_parse_js__WEBPACK_IMPORTED_MODULE_7__/* .parseMigration */ .mo)(file, text));
    // The seed of each run: the ops of every file before it. A failed worker's ops come from parsing here.
    let seed = opsOf(parsed);
    const seeds = [];
    const relay = (async () => {
        for (const [i, worker] of workers.entries()) {
            seeds.push(seed);
            worker.send(seed);
            if (i === workers.length - 1)
                break;
            const ops = await worker.ops.catch(() => opsOf(rest[i].map(({ file, text }) => (0,_parse_js__WEBPACK_IMPORTED_MODULE_7__/* .parseMigration */ .mo)(file, text))));
            seed = seed.concat(ops);
        }
    })();
    const linted = lintRun(parsed, config, []);
    parsed.length = 0; // let the first run's ASTs go before the workers' results arrive
    await relay;
    for (const [i, worker] of workers.entries()) {
        try {
            linted.push(...(await worker.linted));
        }
        catch (error) {
            log.debug(`lint worker ${i + 1} failed (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}); linting its ${rest[i].length} file(s) here`);
            linted.push(...lintRun(rest[i].map(({ file, text }) => (0,_parse_js__WEBPACK_IMPORTED_MODULE_7__/* .parseMigration */ .mo)(file, text)), config, seeds[i]));
        }
    }
    log.debug(`linted ${sources.length} file(s) on ${workers.length + 1} threads`);
    return linted;
}
/** Workers started before their input, waiting for it (they do not keep the process alive). */
const idle = [];
/**
 * Start the workers that linting `fileCount` files will use, before the files are selected and read: a
 * worker takes ~100 ms to start Node and compile the parser, which then overlaps this thread's own start.
 */
function prestartLintWorkers(fileCount) {
    const script = workerScript();
    if (!script)
        return;
    const wanted = threadsFor(fileCount) - 1;
    while (idle.length < wanted)
        idle.push(new LintWorker(script));
}
/** One lint worker thread and the two answers it gives; any failure rejects both. */
class LintWorker {
    worker;
    ops;
    linted;
    fail;
    constructor(script) {
        let resolveOps;
        let resolveLinted;
        const failed = new Promise((_, reject) => (this.fail = reject));
        this.ops = Promise.race([new Promise((resolve) => (resolveOps = resolve)), failed]);
        this.linted = Promise.race([new Promise((resolve) => (resolveLinted = resolve)), failed]);
        // Whichever answer is not awaited yet when the worker fails must not become an unhandled rejection.
        this.ops.catch(() => undefined);
        this.linted.catch(() => undefined);
        try {
            this.worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.Worker(script);
        }
        catch (error) {
            this.fail(error);
            return;
        }
        // Idle until `start`: an unused worker must not hold the process open.
        this.worker.unref();
        this.worker.on('message', (message) => {
            if (message.type === 'ops')
                resolveOps(message.ops);
            else if (message.type === 'linted') {
                resolveLinted(message.linted);
                this.stop();
            }
        });
        this.worker.once('error', (error) => this.fail(error));
        this.worker.once('exit', (code) => this.fail(new Error(`it exited with code ${code} before answering`)));
    }
    start(input) {
        this.worker?.ref();
        this.post({ type: 'input', input });
        return this;
    }
    send(seed) {
        this.post({ type: 'seed', ops: seed });
    }
    stop() {
        void this.worker?.terminate();
    }
    post(message) {
        try {
            this.worker?.postMessage(message);
        }
        catch (error) {
            // e.g. a value that cannot be copied to another thread: this run is linted here instead.
            this.fail(error);
            this.stop();
        }
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
    for (const entry of entries) {
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(entry) ? entry : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.settings.run.cwd, entry);
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
/** One stat per argument (`lint FILES…` may name thousands); anything that cannot be stat'ed is not a file. */
function isFile(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path, { throwIfNoEntry: false })?.isFile() ?? false;
    }
    catch {
        return false;
    }
}


/***/ })

};
