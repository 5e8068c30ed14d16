import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 641;
export const ids = [641];
export const modules = {

/***/ 3917:
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
// EXTERNAL MODULE: ./src/gates/migrations/fallback/fallback.ts + 5 modules
var fallback_fallback = __webpack_require__(9757);
// EXTERNAL MODULE: ./src/db/find-binaries.ts
var find_binaries = __webpack_require__(2257);
// EXTERNAL MODULE: ./src/db/connect.ts + 1 modules
var connect = __webpack_require__(892);
// EXTERNAL MODULE: ./src/gates/migrations/discover.ts
var discover = __webpack_require__(8153);
// EXTERNAL MODULE: ./src/gates/migrations/parse.ts
var parse = __webpack_require__(3847);
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
// EXTERNAL MODULE: ./src/git/run.ts
var run = __webpack_require__(3073);
;// CONCATENATED MODULE: ./src/gates/rehearsal/fallback/fallback-command.ts







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

// EXTERNAL MODULE: ./src/gates/migrations/fallback/history.ts
var fallback_history = __webpack_require__(2179);
// EXTERNAL MODULE: ./src/gates/migrations/fallback/migrations-review.ts
var migrations_review = __webpack_require__(1843);
// EXTERNAL MODULE: ./src/schema-sources/sources.ts + 5 modules
var sources = __webpack_require__(4786);
;// CONCATENATED MODULE: ./src/gates/rehearsal/fallback/fallback-rehearsal.ts













/** `postgresql://postgres@localhost:5432/postgres?host=/tmp/…`: libpq, node-postgres and Prisma all honour `host` as the socket folder. */
function socketUrl(server) {
    return `postgresql://postgres@localhost:${server.port}/postgres?host=${encodeURIComponent(server.socketDir)}`;
}
async function upMigrations(tree, input) {
    const all = await tree.list();
    const read = await (0,fallback_history/* sqlReader */.uQ)(tree, all);
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
                fallback = await (0,fallback_fallback/* findLiveRelease */.Tp)(ctx.git, ctx.base, ctx.settings.config.tagging);
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
