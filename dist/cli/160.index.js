import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 160;
export const ids = [160];
export const modules = {

/***/ 160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  migrationsGate: () => (/* binding */ migrationsGate)
});

// EXTERNAL MODULE: ./src/gates/migrations/engine.ts + 37 modules
var engine = __webpack_require__(9177);
// EXTERNAL MODULE: ./src/gates/migrations/layouts.ts
var layouts = __webpack_require__(1775);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/gates/migrations/parse.ts + 1 modules
var parse = __webpack_require__(4136);
// EXTERNAL MODULE: ./src/gates/migrations/parse-worker-client.ts + 2 modules
var parse_worker_client = __webpack_require__(9172);
;// CONCATENATED MODULE: ./src/gates/migrations/parse-ahead.ts




/**
 * Lint migrations in run order, exactly as `lintParsedFiles` does, with the Postgres parser's half of the
 * parsing (the WASM parser and its JSON output: about 40% of the work) done ahead on a worker thread.
 *
 * Linting stays on this thread, one file at a time, so the SchemaState flows from file to file as always
 * and findings cannot depend on the threads. The worker only turns each file's SQL into the same split JSON
 * `parseStatementJson` would; this thread builds the statements from it. A file the worker is parsing
 * is waited for; one it has not started is parsed here (the worker then skips it), so a worker that
 * falls behind, fails or never starts costs little more than its own core. A file that does not parse
 * is re-parsed here, where the statements around the error are recovered.
 */
async function lintSources(sources, config, log, 
/** Tests point at another worker script. */
options = {}) {
    const lint = await LintAhead.open(sources.length, options);
    for (const source of sources)
        lint.add(source);
    return lint.run(config, log);
}
/**
 * `lintSources` fed one source at a time as they are read, so that the worker parses the first files
 * while this thread reads the rest: `open`, then `add` each source in run order, then `run`.
 */
class LintAhead {
    worker;
    sources = [];
    constructor(worker) {
        this.worker = worker;
    }
    /** For about `expected` files: takes the worker `lint` prestarted, or starts one, when one is wanted. */
    static async open(expected, options = {}) {
        const script = options.script ?? (0,parse_worker_client/* workerScript */.wF)();
        const prestarted = (0,parse_worker_client/* takePrestartedWorker */._Z)();
        let worker;
        if (script && (0,parse_worker_client/* parseAheadWanted */.E2)(expected)) {
            worker = !options.script && prestarted ? await prestarted : await parse_worker_client/* ParseWorker */.WH.create(script);
            worker.start();
        }
        // A worker started for more files than were found to lint, or for another script.
        if (prestarted)
            void prestarted.then((started) => started !== worker && started.stop());
        return new LintAhead(worker);
    }
    add(source) {
        this.sources.push(source);
        this.worker?.add(source);
    }
    /** Stop the worker without linting (reading the sources failed). */
    close() {
        this.worker?.stop();
    }
    async run(config, log) {
        const { worker, sources } = this;
        worker?.end();
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
}

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
        // `lint FILES…` is the quick statement check: with many files a worker thread parses ahead
        // (parse-ahead.ts), starting on the first files while the rest are read.
        const lintAhead = selection.mode === 'explicit' ? await LintAhead.open(selection.files.length) : undefined;
        // Read files concurrently (bounded), then lint them in run order.
        const texts = await mapBounded(selection.files, 32, (file) => (0,read_source/* readHeadSource */.qJ)(ctx, file.path), (file, source) => source && 'text' in source && lintAhead?.add({ file, text: source.text })).catch((error) => {
            lintAhead?.close();
            throw error;
        });
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
        if (lintAhead) {
            // The live release is not compared with: that replays the whole history and scans code; its
            // module is not even loaded. The sources went to lintAhead as they were read.
            linted = await lintAhead.run(config, ctx.log);
            fallback = { data: EXPLICIT_FILES };
        }
        else {
            // What the live release's own code still uses (src/compat): adds its findings, marks contract
            // statements it no longer needs as safe. It needs every changed file parsed before linting.
            const parsed = sources.map(({ file, text }) => (0,parse/* parseMigration */.mo)(file, text));
            const compat = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(392), __webpack_require__.e(608), __webpack_require__.e(74)]).then(__webpack_require__.bind(__webpack_require__, 8074));
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
async function mapBounded(items, limit, fn, 
/** Called for each item in order, as soon as it and every item before it are done. */
inOrder) {
    const results = new Array(items.length);
    const done = new Uint8Array(items.length);
    let next = 0;
    let emitted = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
            done[i] = 1;
            for (; emitted < items.length && done[emitted]; emitted++)
                inOrder?.(items[emitted], results[emitted]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
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


/***/ })

};
