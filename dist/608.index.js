import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 608;
export const ids = [608,374];
export const modules = {

/***/ 5484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rehearseCommand: () => (/* binding */ rehearseCommand)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/release/names.ts
var names = __webpack_require__(5365);
// EXTERNAL MODULE: ./src/compat/fallback.ts + 5 modules
var compat_fallback = __webpack_require__(3135);
// EXTERNAL MODULE: ./src/db/find-binaries.ts
var find_binaries = __webpack_require__(2257);
// EXTERNAL MODULE: ./src/db/connect.ts + 1 modules
var connect = __webpack_require__(892);
// EXTERNAL MODULE: ./src/gates/migrations/discover.ts
var discover = __webpack_require__(8153);
// EXTERNAL MODULE: ./src/gates/migrations/parse.ts + 1 modules
var parse = __webpack_require__(6952);
// EXTERNAL MODULE: ./src/gates/rehearsal/apply.ts + 3 modules
var rehearsal_apply = __webpack_require__(1523);
// EXTERNAL MODULE: ./src/gates/rehearsal/deadline.ts
var rehearsal_deadline = __webpack_require__(9006);
// EXTERNAL MODULE: ./src/gates/rehearsal/findings.ts
var rehearsal_findings = __webpack_require__(9752);
// EXTERNAL MODULE: ./src/gates/rehearsal/supabase-shim.ts
var supabase_shim = __webpack_require__(8748);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/db/cleanup.ts
var cleanup = __webpack_require__(162);
// EXTERNAL MODULE: ./src/git/git.ts + 2 modules
var git = __webpack_require__(8025);
// EXTERNAL MODULE: ./src/git/run.ts + 1 modules
var run = __webpack_require__(5051);
;// CONCATENATED MODULE: ./src/compat/fallback-command.ts







const TAIL_LINES = 30;
const KEEP_BYTES = 64 * 1024;
/** Grace between SIGTERM and SIGKILL when the command runs out of time. */
const KILL_GRACE_MS = 3_000;
/**
 * Variables the fallback command never gets: the action's inputs and the runner's tokens. It is the
 * repository's own code from an older tag, trusted like its CI, but it needs no GitHub credentials.
 */
const WITHHELD = /^(INPUT_.*|GITHUB_TOKEN|GH_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_.*)$/;
function commandEnv(extra, base = process.env) {
    const env = {};
    for (const [key, value] of Object.entries(base))
        if (!WITHHELD.test(key))
            env[key] = value;
    return { ...env, ...extra };
}
/**
 * Run a shell command (`sh -c`, as a CI step would) in `cwd`, time-boxed: on timeout its whole process
 * group gets SIGTERM, then SIGKILL. Never throws for the command's own failure.
 */
function runCommand(command, cwd, env, timeoutMs) {
    const started = Date.now();
    return new Promise((resolvePromise) => {
        let output = '';
        let timedOut = false;
        const child = (0,external_node_child_process_.spawn)('/bin/sh', ['-c', command], {
            cwd,
            env,
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const keep = (chunk) => {
            output = (output + chunk.toString('utf8')).slice(-KEEP_BYTES);
        };
        child.stdout.on('data', keep);
        child.stderr.on('data', keep);
        const killGroup = (signal) => {
            try {
                if (child.pid)
                    process.kill(-child.pid, signal);
            }
            catch {
                // already gone
            }
        };
        const unregister = (0,cleanup/* registerCleanup */.q)({
            async: async () => killGroup('SIGKILL'),
            sync: () => killGroup('SIGKILL'),
        });
        const timer = setTimeout(() => {
            timedOut = true;
            killGroup('SIGTERM');
            setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS).unref();
        }, timeoutMs);
        const finish = (code, signal, error) => {
            clearTimeout(timer);
            unregister();
            if (error)
                output += `\n${error.message}`;
            const tail = output.replace(/\s+$/, '').split(/\r?\n/).slice(-TAIL_LINES);
            resolvePromise({
                outcome: timedOut ? 'timed-out' : code === 0 ? 'passed' : 'failed',
                ...(code !== null ? { exitCode: code } : {}),
                ...(signal ? { signal } : {}),
                ms: Date.now() - started,
                tail: tail.length === 1 && tail[0] === '' ? [] : tail,
            });
        };
        child.on('error', (error) => finish(127, null, error));
        child.on('close', (code, signal) => finish(code, signal));
    });
}
async function addWorktree(root, ref) {
    const parent = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'rr-fallback-'));
    const dir = (0,external_node_path_.join)(parent, 'release');
    const removeSync = () => {
        (0,external_node_fs_.rmSync)(parent, { recursive: true, force: true });
        (0,run/* runGitSync */.bJ)(root, ['worktree', 'prune']); // fails harmlessly when the repository is gone too
    };
    const unregister = (0,cleanup/* registerCleanup */.q)({ async: async () => removeSync(), sync: removeSync });
    try {
        await (0,git/* runGit */.EO)(root, ['worktree', 'add', '--detach', '--quiet', dir, ref]);
    }
    catch (error) {
        unregister();
        removeSync();
        throw error;
    }
    let removed;
    return {
        dir,
        remove() {
            removed ??= (async () => {
                try {
                    await (0,git/* runGit */.EO)(root, ['worktree', 'remove', '--force', dir]);
                }
                catch {
                    // fall through to removing the folder and pruning
                }
                removeSync();
                unregister();
            })();
            return removed;
        },
    };
}

// EXTERNAL MODULE: ./src/compat/history.ts
var compat_history = __webpack_require__(6402);
// EXTERNAL MODULE: ./src/compat/migrations-review.ts
var migrations_review = __webpack_require__(8074);
// EXTERNAL MODULE: ./src/compat/sources.ts + 5 modules
var sources = __webpack_require__(4604);
;// CONCATENATED MODULE: ./src/compat/fallback-rehearsal.ts













/** `postgresql://postgres@localhost:5432/postgres?host=/tmp/…`: libpq, node-postgres and Prisma all honour `host` as the socket folder. */
function socketUrl(server) {
    return `postgresql://postgres@localhost:${server.port}/postgres?host=${encodeURIComponent(server.socketDir)}`;
}
async function upMigrations(tree, input) {
    const all = await tree.list();
    const read = await (0,compat_history/* sqlReader */.uQ)(tree, all);
    const discovery = await (0,discover/* discoverMigrations */.l)(all, input.ctx.settings.config.migrations, read);
    return { files: discovery.files.filter((f) => f.direction === 'up'), read };
}
const summaryOf = (label, command, run, newer) => `${label}'s check \`${command}\` ${run.outcome === 'passed' ? 'passed' : run.outcome === 'timed-out' ? 'timed out' : 'failed'} against the database after ${newer} newer migration(s) (${(run.ms / 1000).toFixed(1)} s)`;
async function rehearseFallback(input) {
    const { ctx, fallback, check } = input;
    const config = ctx.settings.config.migrations;
    const findings = [];
    const binaries = await (input.findBinaries ?? find_binaries/* findPostgresBinaries */.S6)(config['pg-version']);
    if (!binaries) {
        findings.push((0,rehearsal_findings/* rehearsalFinding */.l)('database-unavailable', 'warning', {
            message: `The fallback check runs ${fallback.label}'s own command against the rehearsed database, so it needs a server that command can connect to: the PostgreSQL binaries initdb and postgres were found neither on PATH nor under /usr/lib/postgresql/*/bin.`,
            help: "Install PostgreSQL on the runner (GitHub's Ubuntu runners have it) or remove rehearsal.fallback-check.",
        }));
        return { findings, summary: 'fallback check not run: no local PostgreSQL', skipped: true };
    }
    await (0,parse/* ensureParser */._U)();
    let db;
    let worktree;
    const deadline = new rehearsal_deadline/* Deadline */.B(check.timeout, () => void db?.close());
    const started = Date.now();
    try {
        // The fallback release's command gets a URL for the unprivileged role that owns the database.
        const local = await (0,connect/* openLocal */.Z)(binaries);
        db = local;
        const server = local.server;
        const apply = (what, failureRule) => ({
            db: local,
            config,
            deadline,
            missingExtensions: new Set(),
            failureRule,
            what,
        });
        // 1. The schema the fallback release ran on, and its seed.
        const old = await upMigrations((0,sources/* gitTree */.$G)(ctx.git, fallback.ref), input);
        if (old.files.some((f) => f.layout === 'supabase'))
            await (0,supabase_shim/* applySupabaseShim */.a)(local);
        for (const file of old.files) {
            const text = await old.read(file.path);
            if (text === undefined)
                continue;
            const result = await (0,rehearsal_apply/* applyParsed */.q$)((0,parse/* parseMigration */.mo)(file, text, 'up'), apply(`migration of ${fallback.label}`, 'base-migration-failed'));
            if (!result.ok) {
                findings.push(...result.findings.map((f) => ({ ...f, severity: 'warning' })));
                return {
                    findings,
                    summary: `fallback check stopped: a migration of ${fallback.label} does not apply`,
                    skipped: true,
                };
            }
        }
        if (check.seed) {
            const seed = await ctx.git.readFileAt(fallback.ref, check.seed);
            if (seed === undefined)
                throw new Error(`rehearsal.fallback-check.seed: ${check.seed} does not exist in ${fallback.label}`);
            const seedFile = {
                path: check.seed,
                layout: 'plain',
                direction: 'up',
                version: check.seed,
            };
            const result = await (0,rehearsal_apply/* applyParsed */.q$)((0,parse/* parseMigration */.mo)(seedFile, seed), apply('seed file', 'seed-failed'));
            findings.push(...result.findings);
            if (!result.ok)
                return {
                    findings,
                    summary: `fallback check stopped: the seed of ${fallback.label} failed`,
                    skipped: true,
                };
        }
        // 2. The newer migrations, then what the new release writes.
        const known = new Set(old.files.map((f) => f.path));
        const headTree = (0,migrations_review.changeTree)(ctx);
        const current = await upMigrations(headTree, input);
        const newer = current.files.filter((f) => !known.has(f.path));
        for (const file of newer) {
            const text = await current.read(file.path);
            if (text === undefined)
                continue;
            const result = await (0,rehearsal_apply/* applyParsed */.q$)((0,parse/* parseMigration */.mo)(file, text, 'up'), apply('migration', 'migration-failed'));
            findings.push(...result.findings);
            if (!result.ok)
                return { findings, summary: `fallback check stopped: ${file.path} does not apply` };
        }
        const url = socketUrl(server);
        if (check['new-writes']) {
            const text = await headTree.read(check['new-writes']);
            if (text === undefined)
                throw new Error(`rehearsal.fallback-check.new-writes: ${check['new-writes']} does not exist`);
            const file = {
                path: check['new-writes'],
                layout: 'plain',
                direction: 'up',
                version: '',
            };
            const result = await (0,rehearsal_apply/* applyParsed */.q$)((0,parse/* parseMigration */.mo)(file, text), apply('new-writes file', 'seed-failed'));
            findings.push(...result.findings);
            if (!result.ok)
                return { findings, summary: 'fallback check stopped: the new-writes file failed' };
        }
        const remaining = () => Math.max(1_000, check.timeout - (Date.now() - started));
        if (check['new-writes-command']) {
            const run = await runCommand(check['new-writes-command'], ctx.git.root, commandEnv({ DATABASE_URL: url }), remaining());
            if (run.outcome !== 'passed') {
                findings.push(failure(`The new-writes command \`${check['new-writes-command']}\``, run, 'warning'));
                return { findings, summary: 'fallback check stopped: the new-writes command failed' };
            }
        }
        // 3. The fallback release's own check, in a worktree of it.
        deadline.check();
        worktree = await addWorktree(ctx.git.root, fallback.ref);
        ctx.log.info(`running ${fallback.label}'s check in ${worktree.dir}: ${check.command}`);
        const run = await runCommand(check.command, worktree.dir, commandEnv({ DATABASE_URL: url, ROLLBACK_READY_FALLBACK: fallback.label }), remaining());
        if (run.outcome !== 'passed')
            findings.push(failure(`${fallback.label}'s check \`${check.command}\``, run, 'error'));
        return {
            findings,
            summary: summaryOf(fallback.label, check.command, run, newer.length),
            data: {
                fallbackCheck: {
                    release: fallback.label,
                    command: check.command,
                    outcome: run.outcome,
                    exitCode: run.exitCode,
                    ms: run.ms,
                    newerMigrations: newer.map((f) => f.path),
                },
            },
        };
    }
    catch (error) {
        const why = deadline.expired
            ? `it ran past rehearsal.fallback-check.timeout (${Math.round(check.timeout / 1000)} s)`
            : (0,errors/* errorMessage */.gJ)(error);
        findings.push((0,rehearsal_findings/* rehearsalFinding */.l)('fallback-check-failed', 'error', {
            message: `The fallback check against ${fallback.label} could not finish: ${why}.`,
        }));
        return { findings, summary: 'fallback check could not finish' };
    }
    finally {
        deadline.clear();
        await worktree?.remove();
        await db?.close();
    }
}
function failure(what, run, severity) {
    const how = run.outcome === 'timed-out'
        ? `did not finish in time and was stopped after ${(run.ms / 1000).toFixed(1)} s`
        : `exited with code ${run.exitCode ?? run.signal} after ${(run.ms / 1000).toFixed(1)} s`;
    const tail = run.tail.length ? ` Last lines:\n${run.tail.map((l) => `    ${l}`).join('\n')}` : '';
    return (0,rehearsal_findings/* rehearsalFinding */.l)('fallback-check-failed', severity, {
        message: `${what} ${how} against the database after this change's migrations.${tail}`,
        help: "The release a rollback returns to does not work on the new schema: see the migrations gate's fallback findings and docs/expand-contract.md, fix the migration (expand first, contract in a later release), and run `rollback-ready rehearse --fallback TAG` again.",
    });
}

;// CONCATENATED MODULE: ./src/compat/fallback-gate.ts




/**
 * Runs the fallback release's own check (`rehearsal.fallback-check.command`) against a database
 * migrated past it: the dynamic half of "does the release we would roll back to still work?".
 */
function createFallbackCheckGate(options = {}) {
    return {
        id: 'rehearsal',
        title: 'fallback release check',
        async run(ctx) {
            const check = ctx.settings.config.rehearsal['fallback-check'];
            if (!check) {
                if (options.fallback) {
                    throw new errors/* UsageError */.eb('--fallback needs rehearsal.fallback-check.command in the config file: the command that checks the fallback release against the database (e.g. npm ci && npm run test:db)');
                }
                return { findings: [], summary: 'no rehearsal.fallback-check configured', skipped: true };
            }
            if (options.onlyWhenEnabled && !ctx.settings.config.rehearsal.enabled) {
                return {
                    findings: [],
                    summary: 'fallback check runs with rehearsal.enabled: true (or rollback-ready rehearse)',
                    skipped: true,
                };
            }
            let fallback;
            if (options.fallback) {
                (0,names/* assertReleaseName */.pB)(options.fallback, '--fallback');
                const sha = await ctx.git.resolveCommit(options.fallback);
                if (!sha)
                    throw new errors/* UsageError */.eb(`--fallback ${options.fallback}: not a tag or commit in this repository; fetch tags (fetch-depth: 0) or name another release`);
                fallback = { ref: sha, label: options.fallback, tag: options.fallback };
            }
            else if (ctx.base) {
                fallback = await (0,compat_fallback/* findLiveRelease */.Tp)(ctx.git, ctx.base, ctx.settings.config.tagging);
            }
            else {
                return {
                    findings: [],
                    summary: 'no base to find the live release from; pass --fallback TAG',
                    skipped: true,
                };
            }
            return rehearseFallback({ ctx, fallback, check });
        },
    };
}

// EXTERNAL MODULE: ./src/gates/rehearsal/gate.ts + 8 modules
var gate = __webpack_require__(1382);
// EXTERNAL MODULE: ./src/commands/run-gates.ts + 2 modules
var run_gates = __webpack_require__(8714);
// EXTERNAL MODULE: ./src/commands/specs.ts
var specs = __webpack_require__(3990);
;// CONCATENATED MODULE: ./src/commands/rehearse.ts




/** `rehearse` always runs the rehearsal, whatever `rehearsal.enabled` says. */
const alwaysRehearse = (0,gate/* createRehearsalGate */.j)({ always: true });
const rehearseCommand = {
    ...specs/* REHEARSE_SPEC */.AY,
    async run(ctx) {
        const gateCtx = await (0,run_gates.prepareGateContext)(ctx, { requireBase: true, policyFromBase: true });
        const fallback = typeof ctx.flags.fallback === 'string' ? ctx.flags.fallback : undefined;
        // The fallback release's own check (src/compat): with --fallback, or whenever it is configured.
        const gates = fallback || gateCtx.settings.config.rehearsal['fallback-check']
            ? [alwaysRehearse, createFallbackCheckGate(fallback ? { fallback } : {})]
            : [alwaysRehearse];
        return { report: await (0,run_gates.runGates)(gates, gateCtx) };
    },
};


/***/ }),

/***/ 8074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changeTree: () => (/* binding */ changeTree),
/* harmony export */   declaredEnums: () => (/* binding */ declaredEnums),
/* harmony export */   fallbackSummary: () => (/* binding */ fallbackSummary),
/* harmony export */   prepareFallbackReview: () => (/* binding */ prepareFallbackReview)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _gates_migrations_discover_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8153);
/* harmony import */ var _gates_migrations_read_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1602);
/* harmony import */ var _schema_model_replay_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1192);
/* harmony import */ var _fallback_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3135);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6402);
/* harmony import */ var _sources_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4604);









const skipped = (why) => ({
    data: { sources: [], codeFiles: 0, conservative: true, findings: 0, skipped: why },
});
/** The change's tree: the work tree with untracked files for local runs, else the head commit. */
function changeTree(ctx) {
    return ctx.worktree ? worktreeTree(ctx) : (0,_sources_js__WEBPACK_IMPORTED_MODULE_8__/* .gitTree */ .$G)(ctx.git, ctx.head);
}
/** The work tree with untracked files, read as the migrations gate reads it (local runs). */
function worktreeTree(ctx) {
    return {
        async list() {
            const tracked = await ctx.git.listFilesAt(ctx.head);
            const all = [...new Set([...tracked, ...(await ctx.git.untrackedFiles())])];
            return all.filter((p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ctx.git.root, p)));
        },
        async read(path) {
            const source = await (0,_gates_migrations_read_source_js__WEBPACK_IMPORTED_MODULE_4__/* .readHeadSource */ .qJ)(ctx, path);
            return source && 'text' in source ? source.text : undefined;
        },
    };
}
/** Enum values the new release's schema source declares, with where. */
function declaredEnums(sources) {
    const enums = new Map();
    const put = (name, value, file, line) => {
        const values = enums.get(name) ?? new Map();
        if (!values.has(value))
            values.set(value, { file, line });
        enums.set(name, values);
    };
    for (const s of sources.prisma)
        for (const e of s.enums)
            for (const v of e.values)
                put(e.dbName, v.dbName, s.file, v.line);
    for (const s of sources.drizzle)
        for (const e of s.enums)
            for (const v of e.values)
                put(e.name, v, s.file, e.line);
    for (const s of sources.supabase)
        for (const e of s.enums)
            for (const v of e.values)
                put(e.name, v, s.file, e.line);
    return { enums };
}
/**
 * Prepare the migrations gate's fallback review: find the live release, read what its code expects,
 * replay the change's migration history and compare. Skipped (today's behaviour) when turned off or
 * when there is no base to find the live release from.
 */
async function prepareFallbackReview(ctx, changed) {
    try {
        return await prepare(ctx, changed);
    }
    catch (error) {
        // The check only adds evidence; without it the gate keeps today's verdicts.
        const why = `could not compare with the live release: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`;
        ctx.log.warn(why);
        return skipped(why);
    }
}
async function prepare(ctx, changed) {
    const config = ctx.settings.config.migrations;
    if (!config['fallback-aware'])
        return skipped('migrations.fallback-aware is false');
    if (!ctx.base)
        return skipped('no base commit to find the live release from');
    const fallback = await (0,_fallback_js__WEBPACK_IMPORTED_MODULE_6__/* .findLiveRelease */ .Tp)(ctx.git, ctx.base, ctx.settings.config.tagging);
    const tree = changeTree(ctx);
    // Every compatibility hit and history judgement is about an object a statement of the change touches.
    // When no statement can touch one (indexes, functions, policies, grants, data), the history is not
    // read, parsed or replayed: the comparison would find nothing.
    const schemaAfter = (0,_schema_model_replay_js__WEBPACK_IMPORTED_MODULE_5__/* .touchesSchema */ .vy)(changed)
        ? await replayChangeHistory(ctx, tree, changed)
        : (0,_schema_model_replay_js__WEBPACK_IMPORTED_MODULE_5__/* .replayMigrations */ .fM)([]);
    const inChange = new Set(changed.map((p) => p.file.path));
    const addsEnumValues = [...schemaAfter.touches.values()].some((list) => list.some((t) => t.kind === 'add-value' && inChange.has(t.at.file)));
    const schemaSources = config['schema-sources'];
    const newRelease = addsEnumValues
        ? declaredEnums(await (0,_sources_js__WEBPACK_IMPORTED_MODULE_8__/* .readReleaseExpectations */ .zR)(tree, {
            scanCode: false,
            ...(schemaSources ? { schemaSources } : {}),
        }))
        : undefined;
    const result = await (0,_fallback_js__WEBPACK_IMPORTED_MODULE_6__/* .checkFallbackCompatibility */ .pZ)({
        git: ctx.git,
        fallbackRef: fallback.ref,
        fallbackLabel: fallback.label,
        schemaAfter,
        inChange: (file) => inChange.has(file),
        ...(schemaSources ? { schemaSources } : {}),
        ...(newRelease && newRelease.enums.size ? { newRelease } : {}),
    });
    ctx.log.debug(`fallback check against ${fallback.label}: ${result.sources.files.map((f) => f.path).join(', ') || 'no schema source'}, ` +
        `${result.sources.codeFiles} code file(s), ${result.sources.expectations.length} expectation(s), ${result.hits.length} hit(s)`);
    return {
        review: result.review,
        data: {
            release: fallback.label,
            sources: result.sources.files.map((f) => f.path),
            codeFiles: result.sources.codeFiles,
            conservative: result.conservative,
            findings: result.hits.length,
        },
    };
}
/** The schema the change's whole migration history leaves behind, not only the changed files the selection reads. */
async function replayChangeHistory(ctx, tree, changed) {
    const all = await tree.list();
    const read = await (0,_history_js__WEBPACK_IMPORTED_MODULE_7__/* .sqlReader */ .uQ)(tree, all);
    const history = await (0,_gates_migrations_discover_js__WEBPACK_IMPORTED_MODULE_3__/* .discoverMigrations */ .l)(all, ctx.settings.config.migrations, read);
    return (0,_history_js__WEBPACK_IMPORTED_MODULE_7__/* .replayHistory */ .Uu)(history.files, read, changed);
}
/** A clause for the gate's summary line. */
function fallbackSummary(data) {
    if (data.skipped || !data.release)
        return '';
    if (data.conservative)
        return `; ${data.release} has no schema source to compare with, so contract statements keep their verdict`;
    return `; checked against what ${data.release} uses (${data.sources.join(', ')})`;
}


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

/***/ 1473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _6: () => (/* binding */ schemeFromConfig),
/* harmony export */   yI: () => (/* binding */ releasesIn)
/* harmony export */ });
/* harmony import */ var _calver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6268);
/* harmony import */ var _pattern_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7183);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2161);




/** The scheme the config names; config validation has already checked the format or pattern. */
function schemeFromConfig(config) {
    switch (config.scheme) {
        case 'semver':
            return (0,_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .semverScheme */ .I)(config.prefix);
        case 'calver':
            return (0,_calver_js__WEBPACK_IMPORTED_MODULE_0__/* .calverScheme */ .LS)(config.format);
        case 'pattern':
            return (0,_pattern_js__WEBPACK_IMPORTED_MODULE_1__/* .patternScheme */ .YK)(config.pattern ?? '');
    }
}
/** Parse every name; keep production releases (pre-releases only when allowed), newest last. */
function releasesIn(scheme, names, allowPrerelease) {
    const ids = [];
    for (const name of names) {
        const id = scheme.parse(name);
        if (id && (allowPrerelease || !id.prerelease))
            ids.push(id);
    }
    return ids.sort((a, b) => scheme.compare(a, b) || a.name.localeCompare(b.name));
}


/***/ }),

/***/ 2161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ semverScheme)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/** `v1.4.2`: a prefix, then a canonical semantic version; `-rc.1` marks a pre-release. */
function semverScheme(prefix) {
    const example = `${prefix}1.4.2`;
    return {
        id: 'semver',
        label: `semver with prefix "${prefix}" (${example})`,
        example,
        parse(name) {
            if (!name.startsWith(prefix))
                return undefined;
            const raw = name.slice(prefix.length);
            const parsed = semver__WEBPACK_IMPORTED_MODULE_0___default().parse(raw, { loose: false });
            // Exactly the canonical form: no leading zeros, no "=" or second "v", no build metadata.
            if (!parsed || parsed.version !== raw)
                return undefined;
            return {
                name,
                parts: [parsed.major, parsed.minor, parsed.patch],
                prerelease: parsed.prerelease.length > 0,
            };
        },
        compare(a, b) {
            return semver__WEBPACK_IMPORTED_MODULE_0___default().compare(a.name.slice(prefix.length), b.name.slice(prefix.length));
        },
        next(latest, { bump }) {
            if (!latest)
                return `${prefix}1.0.0`;
            const version = semver__WEBPACK_IMPORTED_MODULE_0___default().inc(latest.name.slice(prefix.length), bump);
            if (!version)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`cannot bump ${latest.name} by ${bump}`);
            return `${prefix}${version}`;
        },
    };
}


/***/ })

};
