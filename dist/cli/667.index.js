import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 667;
export const ids = [667];
export const modules = {

/***/ 3667:
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
// EXTERNAL MODULE: ./src/gates/migrations/previous-release.ts
var previous_release = __webpack_require__(3347);
// EXTERNAL MODULE: ./src/db/find-binaries.ts
var find_binaries = __webpack_require__(2257);
// EXTERNAL MODULE: ./src/db/connect.ts + 1 modules
var connect = __webpack_require__(892);
// EXTERNAL MODULE: ./src/sql/parse.ts
var parse = __webpack_require__(4159);
// EXTERNAL MODULE: ./src/gates/rehearsal/deadline.ts
var rehearsal_deadline = __webpack_require__(9006);
// EXTERNAL MODULE: ./src/db/cleanup.ts
var cleanup = __webpack_require__(162);
// EXTERNAL MODULE: ./src/git/process.ts
var git_process = __webpack_require__(5189);
// EXTERNAL MODULE: ./src/git/worktree.ts
var worktree = __webpack_require__(5847);
;// CONCATENATED MODULE: ./src/gates/rehearsal/fallback/fallback-command.ts



const TAIL_LINES = 30;
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
 * Run a shell command (`sh -c`, as a CI step would) in `cwd` through the one process runner,
 * time-boxed: on timeout its whole process group gets SIGTERM, then SIGKILL; Ctrl-C stops it too.
 * Never throws for the command's own failure.
 */
async function runCommand(command, cwd, env, timeoutMs) {
    const started = Date.now();
    // stdout and stderr interleaved as lines arrive; only the last lines are kept (with room for blank
    // lines at the end, which are not shown).
    const tail = [];
    const keep = (line) => {
        tail.push(line);
        if (tail.length > 2 * TAIL_LINES)
            tail.shift();
    };
    try {
        const run = await (0,git_process/* runProcess */.R3)('/bin/sh', ['-c', command], {
            cwd,
            env,
            group: true,
            timeoutMs,
            killGraceMs: KILL_GRACE_MS,
            maxStdout: 0,
            stdoutOverflow: 'drop',
            onLine: keep,
            untilExit: (kill) => (0,cleanup/* registerCleanup */.q)({ async: async () => kill(), sync: kill }),
        });
        return {
            outcome: run.timedOut ? 'timed-out' : run.code === 0 ? 'passed' : 'failed',
            ...(run.code !== null ? { exitCode: run.code } : {}),
            ...(run.signal ? { signal: run.signal } : {}),
            ms: Date.now() - started,
            tail: trimmed(tail),
        };
    }
    catch (error) {
        if (!(error instanceof git_process/* ProcessStartError */._S))
            throw error;
        keep(error.detail);
        return { outcome: 'failed', exitCode: 127, ms: Date.now() - started, tail: trimmed(tail) };
    }
}
/** The last lines as shown: without trailing white space and blank lines at the end. */
function trimmed(lines) {
    const kept = [...lines];
    while (kept.length && !kept.at(-1).trim())
        kept.pop();
    if (kept.length)
        kept[kept.length - 1] = kept.at(-1).trimEnd();
    return kept.slice(-TAIL_LINES);
}
/**
 * A detached worktree of the fallback release (src/git/worktree.ts), removed also on Ctrl-C. Its
 * `remove()` fails (WorktreeLeftError) only when git keeps the worktree registered after its folder
 * went: the caller says so in the log; it does not change what the check found.
 */
async function addWorktree(root, ref) {
    return (0,worktree/* addTempWorktree */.T)(root, ref, { prefix: 'rr-fallback-', name: 'release', onExit: cleanup/* registerCleanup */.q });
}

// EXTERNAL MODULE: ./src/gates/migrations/layouts/parse-migration.ts
var parse_migration = __webpack_require__(6598);
// EXTERNAL MODULE: ./src/schema-sources/sources.ts
var sources = __webpack_require__(1850);
// EXTERNAL MODULE: ./src/gates/migrations/discover.ts
var discover = __webpack_require__(8153);
// EXTERNAL MODULE: ./src/gates/migrations/fallback/history.ts
var fallback_history = __webpack_require__(2179);
// EXTERNAL MODULE: ./src/gates/migrations/fallback/migrations-review.ts + 1 modules
var migrations_review = __webpack_require__(5644);
// EXTERNAL MODULE: ./src/gates/rehearsal/apply.ts + 3 modules
var apply = __webpack_require__(1523);
// EXTERNAL MODULE: ./src/gates/rehearsal/supabase-shim.ts
var supabase_shim = __webpack_require__(8748);
// EXTERNAL MODULE: ./src/gates/rehearsal/runner-tables.ts
var runner_tables = __webpack_require__(9888);
// EXTERNAL MODULE: ./src/gates/migrations/layouts.ts + 8 modules
var layouts = __webpack_require__(3449);
// EXTERNAL MODULE: ./src/gates/rehearsal/findings.ts
var findings = __webpack_require__(9752);
;// CONCATENATED MODULE: ./src/gates/rehearsal/fallback/fallback-verdict.ts

/** No PostgreSQL binaries: the command needs a server it can connect to, so the check does not run. */
function noServerOutcome(label) {
    return {
        findings: [
            (0,findings/* rehearsalFinding */.l)('database-unavailable', 'warning', {
                message: `The fallback check runs ${label}'s own command against the rehearsed database, so it needs a server that command can connect to: the PostgreSQL binaries initdb and postgres were found neither on PATH nor under /usr/lib/postgresql/*/bin.`,
                help: "Install PostgreSQL on the runner (GitHub's Ubuntu runners have it) or remove rehearsal.fallback-check.",
            }),
        ],
        summary: 'fallback check not run: no local PostgreSQL',
        skipped: true,
    };
}
/**
 * A migration of the fallback release itself does not apply: that is not this change's fault, so its
 * findings are warnings and the check is skipped, not failed.
 */
function fallbackMigrationStop(label, found) {
    return {
        findings: found.map((f) => ({ ...f, severity: 'warning' })),
        summary: `fallback check stopped: a migration of ${label} does not apply`,
        skipped: true,
    };
}
/** Where the check stopped before the fallback release's command ran. */
const stopSummaries = {
    seed: (label) => `fallback check stopped: the seed of ${label} failed`,
    migration: (path) => `fallback check stopped: ${path} does not apply`,
    newWritesFile: () => 'fallback check stopped: the new-writes file failed',
    newWritesCommand: () => 'fallback check stopped: the new-writes command failed',
};
/** The change's migrations: those at head that the fallback release did not have (by path). */
function newerMigrations(fallback, head) {
    const known = new Set(fallback.map((f) => f.path));
    return head.filter((f) => !known.has(f.path));
}
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
/** A command that did not pass, as a finding with the last lines of its output. */
function commandFailure(what, run, severity) {
    const how = run.outcome === 'timed-out'
        ? `did not finish in time and was stopped after ${seconds(run.ms)}`
        : `exited with code ${run.exitCode ?? run.signal} after ${seconds(run.ms)}`;
    const tail = run.tail.length ? ` Last lines:\n${run.tail.map((l) => `    ${l}`).join('\n')}` : '';
    return (0,findings/* rehearsalFinding */.l)('fallback-check-failed', severity, {
        message: `${what} ${how} against the database after this change's migrations.${tail}`,
        help: "The release a rollback returns to does not work on the new schema: see the migrations gate's fallback findings and docs/expand-contract.md, fix the migration (expand first, contract in a later release), and run `rollback-ready rehearse --fallback TAG` again.",
    });
}
/** The fallback release's own check ran: it blocks when it did not pass. */
function checkOutcome(label, command, run, newer, earlier) {
    const findings = [...earlier];
    if (run.outcome !== 'passed')
        findings.push(commandFailure(`${label}'s check \`${command}\``, run, 'error'));
    const how = run.outcome === 'passed' ? 'passed' : run.outcome === 'timed-out' ? 'timed out' : 'failed';
    return {
        findings,
        summary: `${label}'s check \`${command}\` ${how} against the database after ${newer.length} newer migration(s) (${seconds(run.ms)})`,
        data: {
            fallbackCheck: {
                release: label,
                command,
                outcome: run.outcome,
                exitCode: run.exitCode,
                ms: run.ms,
                newerMigrations: newer.map((f) => f.path),
            },
        },
    };
}
/** The check could not finish (time box, server, git): it says so and does not pass. */
function unfinishedOutcome(label, why, earlier) {
    return {
        findings: [
            ...earlier,
            (0,findings/* rehearsalFinding */.l)('fallback-check-failed', 'error', {
                message: `The fallback check against ${label} could not finish: ${why}.`,
            }),
        ],
        summary: 'fallback check could not finish',
    };
}
/** Why it could not finish, when the time box ran out. */
function pastTimeout(timeoutMs) {
    return `it ran past rehearsal.fallback-check.timeout (${Math.round(timeoutMs / 1000)} s)`;
}

;// CONCATENATED MODULE: ./src/gates/rehearsal/fallback/fallback-migrate.ts











async function upMigrations(tree, ctx) {
    const all = await tree.list();
    const read = await (0,fallback_history/* sqlReader */.uQ)(tree, all);
    const discovery = await (0,discover/* discoverMigrations */.l)(all, ctx.settings.config.migrations, read);
    return { files: discovery.files.filter((f) => f.direction === 'up'), read };
}
function applyAs(step, what, failureRule) {
    return {
        db: step.db,
        config: step.ctx.settings.config.migrations,
        deadline: step.deadline,
        missingExtensions: new Set(),
        failureRule,
        what,
    };
}
/** A SQL file applied as a whole (a seed, the new release's writes). */
function sqlFile(path, version) {
    return { path, layout: 'plain', direction: 'up', version };
}
/** The fallback release's migrations, then its seed. Returns the migrations it ran. */
async function migrateAsFallback(step) {
    const { ctx, fallback, check, findings } = step;
    const old = await upMigrations((0,sources/* gitTree */.$G)(ctx.git, fallback.ref), ctx);
    if (old.files.some((f) => (0,layouts/* layoutById */.X_)(f.layout).assumesSupabasePlatform))
        await (0,supabase_shim/* applySupabaseShim */.a)(step.db);
    await (0,runner_tables/* createRunnerTables */.Q)(step.db, old.files.map((f) => f.layout));
    for (const file of old.files) {
        const text = await old.read(file.path);
        if (text === undefined)
            continue;
        const result = await (0,apply/* applyParsed */.q$)((0,parse_migration/* parseMigration */.m)(file, text, 'up'), applyAs(step, `migration of ${fallback.label}`, 'base-migration-failed'));
        if (!result.ok) {
            const stop = fallbackMigrationStop(fallback.label, result.findings);
            return { stopped: { ...stop, findings: [...findings, ...stop.findings] } };
        }
    }
    if (check.seed) {
        const seed = await ctx.git.readFileAt(fallback.ref, check.seed);
        if (seed === undefined)
            throw new Error(`rehearsal.fallback-check.seed: ${check.seed} does not exist in ${fallback.label}`);
        const result = await (0,apply/* applyParsed */.q$)((0,parse_migration/* parseMigration */.m)(sqlFile(check.seed, check.seed), seed), applyAs(step, 'seed file', 'seed-failed'));
        findings.push(...result.findings);
        if (!result.ok)
            return { stopped: { findings, summary: stopSummaries.seed(fallback.label), skipped: true } };
    }
    return { files: old.files };
}
/**
 * The change's migrations newer than the fallback release, then what the new release writes (a SQL
 * file, or a command given DATABASE_URL). Returns the newer migrations.
 */
async function migratePastFallback(step, fallbackFiles, url, remainingMs) {
    const { ctx, check, findings } = step;
    const headTree = (0,migrations_review.changeTree)(ctx);
    const current = await upMigrations(headTree, ctx);
    const newer = newerMigrations(fallbackFiles, current.files);
    for (const file of newer) {
        const text = await current.read(file.path);
        if (text === undefined)
            continue;
        const result = await (0,apply/* applyParsed */.q$)((0,parse_migration/* parseMigration */.m)(file, text, 'up'), applyAs(step, 'migration', 'migration-failed'));
        findings.push(...result.findings);
        if (!result.ok)
            return { stopped: { findings, summary: stopSummaries.migration(file.path) } };
    }
    const newWrites = check['new-writes'];
    if (newWrites) {
        const text = await headTree.read(newWrites);
        if (text === undefined)
            throw new Error(`rehearsal.fallback-check.new-writes: ${newWrites} does not exist`);
        const result = await (0,apply/* applyParsed */.q$)((0,parse_migration/* parseMigration */.m)(sqlFile(newWrites, ''), text), applyAs(step, 'new-writes file', 'seed-failed'));
        findings.push(...result.findings);
        if (!result.ok)
            return { stopped: { findings, summary: stopSummaries.newWritesFile() } };
    }
    const command = check['new-writes-command'];
    if (command) {
        const run = await runCommand(command, ctx.git.root, commandEnv({ DATABASE_URL: url }), remainingMs());
        if (run.outcome !== 'passed') {
            findings.push(commandFailure(`The new-writes command \`${command}\``, run, 'warning'));
            return { stopped: { findings, summary: stopSummaries.newWritesCommand() } };
        }
    }
    return { newer };
}

;// CONCATENATED MODULE: ./src/gates/rehearsal/fallback/fallback-rehearsal.ts








/** `postgresql://postgres@localhost:5432/postgres?host=/tmp/…`: libpq, node-postgres and Prisma all honour `host` as the socket folder. */
function socketUrl(server) {
    return `postgresql://postgres@localhost:${server.port}/postgres?host=${encodeURIComponent(server.socketDir)}`;
}
async function rehearseFallback(input) {
    const { ctx, fallback, check } = input;
    const binaries = await (input.findBinaries ?? find_binaries/* findPostgresBinaries */.S6)(ctx.settings.config.migrations['pg-version']);
    if (!binaries)
        return noServerOutcome(fallback.label);
    await (0,parse/* ensureParser */._U)();
    const findings = [];
    let db;
    let worktree;
    const deadline = new rehearsal_deadline/* Deadline */.B(check.timeout, () => void db?.close());
    const started = Date.now();
    const remaining = () => Math.max(1_000, check.timeout - (Date.now() - started));
    try {
        // The fallback release's command gets a URL for the unprivileged role that owns the database.
        const local = await (0,connect/* openLocal */.Z)(binaries);
        db = local;
        const step = { ctx, db: local, deadline, fallback, check, findings };
        // 1. The schema the fallback release ran on, and its seed.
        const old = await migrateAsFallback(step);
        if ('stopped' in old)
            return old.stopped;
        // 2. The newer migrations, then what the new release writes.
        const url = socketUrl(local.server);
        const past = await migratePastFallback(step, old.files, url, remaining);
        if ('stopped' in past)
            return past.stopped;
        // 3. The fallback release's own check, in a worktree of it.
        deadline.check();
        worktree = await addWorktree(ctx.git.root, fallback.ref);
        ctx.log.info(`running ${fallback.label}'s check in ${worktree.dir}: ${check.command}`);
        const run = await runCommand(check.command, worktree.dir, commandEnv({ DATABASE_URL: url, ROLLBACK_READY_FALLBACK: fallback.label }), remaining());
        return checkOutcome(fallback.label, check.command, run, past.newer, findings);
    }
    catch (error) {
        const why = deadline.expired ? pastTimeout(check.timeout) : (0,errors/* errorMessage */.gJ)(error);
        return unfinishedOutcome(fallback.label, why, findings);
    }
    finally {
        deadline.clear();
        await worktree
            ?.remove()
            .catch((error) => ctx.log.warn(`the fallback release's worktree: ${(0,errors/* errorMessage */.gJ)(error)}`));
        await db?.close();
    }
}

// EXTERNAL MODULE: ./src/gates/migrations/fallback/stale-baseline.ts
var stale_baseline = __webpack_require__(5408);
;// CONCATENATED MODULE: ./src/gates/rehearsal/fallback/fallback-gate.ts





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
                // The release the migrations gate judges the change against: one choice for both checks.
                const previous = await (0,previous_release/* previousRelease */.Fi)(ctx, ctx.base);
                if (previous.kind === 'unclear')
                    return {
                        findings: [{ ...previous.finding, gate: 'rehearsal' }],
                        summary: 'the release to check is unclear (previous-release-unclear): its check was not run',
                    };
                fallback = (0,previous_release/* comparedRelease */.fd)(previous, ctx.base);
            }
            else {
                return {
                    findings: [],
                    summary: 'no base to find the live release from; pass --fallback TAG',
                    skipped: true,
                };
            }
            // The same question the PR check asks: a release far behind the base is rarely what a rollback
            // would go back to, so the command's verdict may be about the wrong code.
            const limits = ctx.settings.config.migrations;
            const stale = ctx.base
                ? await (0,stale_baseline/* staleBaselineFinding */.e)(ctx.git, fallback, ctx.base, {
                    maxCommits: limits['previous-release-max-commits'],
                    maxDays: limits['previous-release-max-days'],
                })
                : undefined;
            const outcome = await rehearseFallback({ ctx, fallback, check });
            if (!stale)
                return outcome;
            return {
                ...outcome,
                findings: [{ ...stale, gate: 'rehearsal' }, ...outcome.findings],
                summary: `${outcome.summary} (against ${fallback.label}, far behind the base: see stale-previous-release)`,
            };
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
        // The fallback release's own check (gates/rehearsal/fallback): with --fallback, or whenever it is configured.
        const gates = fallback || gateCtx.settings.config.rehearsal['fallback-check']
            ? [alwaysRehearse, createFallbackCheckGate(fallback ? { fallback } : {})]
            : [alwaysRehearse];
        return { report: await (0,run_gates.runGates)(gates, gateCtx) };
    },
};


/***/ }),

/***/ 5847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ addTempWorktree)
/* harmony export */ });
/* unused harmony export WorktreeLeftError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3341);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3073);






/** git kept the worktree registered after its folder went: the repository needs `git worktree prune`. */
class WorktreeLeftError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .GitError */ .XS {
    dir;
    root;
    kind = 'git-failed';
    constructor(dir, root, reason) {
        super(`the temporary worktree ${dir} could not be removed from the repository at ${root} (${reason}); run git worktree prune there`);
        this.dir = dir;
        this.root = root;
    }
}
/**
 * Add a worktree of `ref` (a commit or tag) under a new temporary folder. A ref that is not in the
 * clone is a MissingRefError, any other failure a GitFailedError; either way nothing is left behind.
 */
async function addTempWorktree(root, ref, options) {
    const parent = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), options.prefix));
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(parent, options.name ?? 'src');
    // At exit nothing async runs: delete the folder and let git forget it (fails harmlessly when the
    // repository is gone too).
    const removeSync = () => {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(parent, { recursive: true, force: true });
        (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .runGitSync */ .bJ)(root, ['worktree', 'prune']);
    };
    const unregister = options.onExit?.({ async: async () => removeSync(), sync: removeSync }) ?? (() => { });
    try {
        await (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .runGit */ .EO)(root, ['worktree', 'add', '--detach', '--quiet', '--end-of-options', dir, ref], { ref });
    }
    catch (error) {
        unregister();
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(parent, { recursive: true, force: true });
        // A failed add may have registered the worktree before checking out: forget it. If git cannot,
        // that is said along with why the add failed.
        const pruneFailure = await (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .runGit */ .EO)(root, ['worktree', 'prune']).then(() => undefined, (pruneError) => pruneError);
        if (pruneFailure !== undefined)
            throw new WorktreeLeftError(dir, root, `${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}; then ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(pruneFailure)}`);
        throw error;
    }
    let removed;
    const remove = async () => {
        const failed = await (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .runGit */ .EO)(root, ['worktree', 'remove', '--force', dir]).then(() => undefined, (error) => error);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(parent, { recursive: true, force: true });
        unregister();
        if (failed === undefined)
            return;
        await (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .runGit */ .EO)(root, ['worktree', 'prune']).catch((error) => {
            throw new WorktreeLeftError(dir, root, (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error));
        });
    };
    return {
        dir,
        remove: () => (removed ??= remove()),
    };
}


/***/ })

};
