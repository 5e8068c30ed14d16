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
/* harmony import */ var _gates_migrations_parse_worker_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9172);
/* harmony import */ var _specs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3990);


const lintCommand = {
    ..._specs_js__WEBPACK_IMPORTED_MODULE_1__/* .LINT_SPEC */ .GX,
    async run(ctx) {
        // Many explicit files are parsed ahead on a worker thread: start it first, so that Node and the parser
        // load on the other core while this thread loads the linter, selects the files and reads them.
        (0,_gates_migrations_parse_worker_client_js__WEBPACK_IMPORTED_MODULE_0__/* .prestartParseWorker */ .RT)(ctx.settings.run.files.length);
        const [{ migrationsGate }, { prepareGateContext, runGates }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(956), __webpack_require__.e(153), __webpack_require__.e(770), __webpack_require__.e(160)]).then(__webpack_require__.bind(__webpack_require__, 160)),
            __webpack_require__.e(/* import() */ 714).then(__webpack_require__.bind(__webpack_require__, 8714)),
        ]);
        const gateCtx = await prepareGateContext(ctx, { needsBase: ctx.settings.run.files.length === 0 });
        return { report: await runGates([migrationsGate], gateCtx) };
    },
};


/***/ }),

/***/ 9172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WH: () => (/* binding */ ParseWorker),
  E2: () => (/* binding */ parseAheadWanted),
  RT: () => (/* binding */ prestartParseWorker),
  _Z: () => (/* binding */ takePrestartedWorker),
  wF: () => (/* binding */ workerScript)
});

// UNUSED EXPORTS: THREADS_ENV

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
;// CONCATENATED MODULE: ./src/core/optimizer-budget.ts
/**
 * How soon V8 optimises JavaScript while `lint` runs on every core.
 *
 * V8 optimises a function (TurboFan, on background threads) once it has spent its interrupt budget a few
 * times. When the linting thread and the parse worker already keep every core busy, those compile jobs
 * take their CPU from the lint itself: on the 2,000-file bench on two cores about 300 ms of ~1.5 s CPU went
 * to them (`--no-concurrent-recompilation` moved that work onto the two threads). With a budget of 1,000,000
 * instead of V8's 67,584, only the really hot functions are optimised: CPU fell from 1.47 to 1.29 s and wall
 * time from 0.84 to 0.75 s (14 interleaved runs); 600,000 to 2,000,000 all did about as well.
 *
 * With a spare core the background compiles are free and the optimised code pays: one linting thread on
 * two cores was 7% slower with the larger budget (1.20 against 1.12 s). So the budget is raised only when
 * the lint's threads are at least as many as the cores.
 */


const LINT_INTERRUPT_BUDGET = 1_000_000;
/** Whether `lintThreads` busy threads leave no core for V8's background compiles. */
function coresAllBusy(lintThreads, cores = (0,external_node_os_.availableParallelism)()) {
    return lintThreads >= cores;
}
/**
 * Raise V8's interrupt budget for the rest of the process when `lintThreads` occupy every core. The flag is
 * process-wide (worker threads share it) and read each time a function's budget is reset, so it takes
 * effect for the code that runs afterwards. Returns whether it was raised.
 */
function budgetOptimizerFor(lintThreads, cores = (0,external_node_os_.availableParallelism)()) {
    if (!coresAllBusy(lintThreads, cores))
        return false;
    (0,external_node_v8_.setFlagsFromString)(`--interrupt-budget=${LINT_INTERRUPT_BUDGET}`);
    return true;
}

;// CONCATENATED MODULE: ./src/gates/migrations/parse-ahead-protocol.ts
/** Chunk sizes: the worker starts on the first files while the linting thread reads the rest. */
const FIRST_CHUNK = 16;
const CHUNK = 64;
/** Slots of ParseWorkerInput.progress. */
const SKIP = 0;
const AT = 1;
const POSTED = 2;
const ENDED = 3;
const PARSING = 4;
const SENT = 5;
const PROGRESS_SLOTS = 6;
/**
 * The answers wait in the message queue until taken: without a bound, a very large run would hold every
 * parse tree in memory. Within it, the worker rarely falls behind when a stretch of files parses slower
 * than it lints (at 128 files it did, and both threads then parsed the same files: on 2,000 files, 5%
 * more CPU and wall time than at 512, over 25 interleaved runs). The character bound keeps a run of huge
 * files (seed data) to about 64 million characters of queued JSON text.
 */
const AHEAD = { files: 512, chars: 64 * 1024 * 1024 };

;// CONCATENATED MODULE: ./src/gates/migrations/parse-worker-client.ts
/**
 * The parse worker (parse-worker.ts) as the linting thread sees it: when one is wanted, starting it early,
 * feeding it the sources and taking its answers. Apart from the linter (parse-ahead.ts), so that `lint`
 * can start the worker before it loads the linter, the rules and the parser.
 */






/**
 * The longest the linting thread waits for a file the worker is parsing: a worker that died mid-file
 * is not waited for longer (its exit event cannot arrive while this thread loops).
 */
const WAIT_MS = 1000;
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
/** The worker `prestartParseWorker` started, if any; the caller owns it from now on. */
function takePrestartedWorker() {
    const worker = prestarted;
    prestarted = undefined;
    return worker;
}
/** The parse worker thread, as seen from the linting thread. */
class ParseWorker {
    threads;
    worker;
    channel;
    progress = new Int32Array(new SharedArrayBuffer(PROGRESS_SLOTS * 4));
    unsent = [];
    posted = 0;
    /** Answers received but not yet taken, by file index. */
    pending = new Map();
    failure;
    /** worker_threads is loaded only when a worker is wanted: a one-file lint does not pay for it. */
    static async create(script) {
        // This thread and the worker: with no core to spare, V8 optimises only the hottest functions.
        budgetOptimizerFor(2);
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
        this.progress[PARSING] = -1;
    }
    /** Send the worker its port; the sources follow with `add`, and `end` says there are no more. */
    start() {
        if (!this.worker)
            return;
        const input = {
            port: this.channel.port2,
            progress: this.progress.buffer,
        };
        this.send(() => this.worker.postMessage(input, [this.channel.port2]));
    }
    /** The next source in run order: sent in chunks (the first small, so the worker starts at once). */
    add(source) {
        this.unsent.push(source);
        if (this.unsent.length >= (this.posted ? CHUNK : FIRST_CHUNK))
            this.flush();
    }
    /** No more sources: the worker ends once it has parsed what it was sent. */
    end() {
        this.flush();
        Atomics.store(this.progress, ENDED, 1);
        Atomics.notify(this.progress, POSTED);
    }
    flush() {
        if (!this.unsent.length || this.failure)
            return;
        const chunk = { from: this.posted, sources: this.unsent };
        this.unsent = [];
        this.send(() => this.channel.port1.postMessage(chunk));
        // After the message: a worker that sees the count finds the chunk on its port.
        this.posted += chunk.sources.length;
        Atomics.store(this.progress, POSTED, this.posted);
        Atomics.notify(this.progress, POSTED);
    }
    send(post) {
        try {
            post();
        }
        catch (error) {
            this.failure = error;
            this.stop();
        }
    }
    /**
     * File `index`'s parse tree when the worker has sent it (null: it does not parse), or undefined:
     * then this thread parses it, and the worker is told to skip it. Waits only while the worker is
     * parsing this very file (at most WAIT_MS): parsing it here as well would only duplicate the work.
     */
    take(index) {
        Atomics.store(this.progress, AT, index);
        // The worker, once past AHEAD, sleeps until this thread is within half of it: wake it to check.
        Atomics.notify(this.progress, AT);
        const start = performance.now();
        for (;;) {
            const sent = Atomics.load(this.progress, SENT);
            this.receiveUpTo(index);
            if (this.pending.has(index)) {
                const tree = this.pending.get(index);
                this.pending.delete(index);
                return tree;
            }
            const waited = performance.now() - start;
            if (Atomics.load(this.progress, PARSING) !== index || waited >= WAIT_MS)
                break;
            Atomics.wait(this.progress, SENT, sent, WAIT_MS - waited);
        }
        Atomics.store(this.progress, SKIP, index);
        return undefined;
    }
    /** Take the worker's answers off the port, up to file `index`'s. */
    receiveUpTo(index) {
        for (let m = this.threads.receiveMessageOnPort(this.channel.port1); m; m = this.threads.receiveMessageOnPort(this.channel.port1)) {
            const answer = m.message;
            if (answer.index >= index)
                this.pending.set(answer.index, answer.tree);
            if (answer.index === index)
                break;
        }
    }
    stop() {
        // Wake the worker if it waits for this thread, so it can be terminated at once.
        Atomics.store(this.progress, AT, 2 ** 30);
        Atomics.notify(this.progress, AT);
        this.channel.port1.close();
        void this.worker?.terminate();
    }
}


/***/ })

};
