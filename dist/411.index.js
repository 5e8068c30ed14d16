import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 411;
export const ids = [411];
export const modules = {

/***/ 6339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ configuredTarget),
/* harmony export */   t: () => (/* binding */ platformOf)
/* harmony export */ });
/**
 * The deploy target of one environment, opened on demand: undefined when deploy.target is none or the
 * environment is not under deploy.environments (status and plan then rely on the ledger alone). The
 * platforms' clients are loaded only then: a plan without a target never loads them.
 */
function platformOf(ctx, environment) {
    return async () => {
        const deploy = ctx.settings.config.deploy;
        if (deploy.target === 'none' || !deploy.environments[environment])
            return undefined;
        const { openTarget } = await __webpack_require__.e(/* import() */ 503).then(__webpack_require__.bind(__webpack_require__, 1503));
        return openTarget({
            config: deploy,
            environment,
            cwd: ctx.settings.run.cwd,
            ...(ctx.env ? { env: ctx.env } : {}),
        });
    };
}
/** The configured target's name for an environment (to name it when it cannot be opened), or undefined. */
function configuredTarget(ctx, environment) {
    const deploy = ctx.settings.config.deploy;
    return deploy.target === 'none' || !deploy.environments[environment] ? undefined : deploy.target;
}


/***/ }),

/***/ 4411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rollbackCommand: () => (/* binding */ rollbackCommand)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/report.ts
var core_report = __webpack_require__(8557);
// EXTERNAL MODULE: ./src/git/git.ts + 10 modules
var git_git = __webpack_require__(2724);
// EXTERNAL MODULE: ./src/release/history.ts + 1 modules
var release_history = __webpack_require__(909);
// EXTERNAL MODULE: ./src/commands/tag-family-guard.ts
var tag_family_guard = __webpack_require__(8883);
// EXTERNAL MODULE: ./src/release/release-git.ts + 1 modules
var release_git = __webpack_require__(9862);
// EXTERNAL MODULE: ./src/deploy/live.ts
var live = __webpack_require__(3457);
// EXTERNAL MODULE: ./src/rollback/artifacts.ts
var artifacts = __webpack_require__(4943);
// EXTERNAL MODULE: ./src/gates/migrations/rule-config.ts
var rule_config = __webpack_require__(367);
// EXTERNAL MODULE: ./src/rollback/plan.ts + 3 modules
var rollback_plan = __webpack_require__(621);
// EXTERNAL MODULE: ./src/core/finding.ts
var finding = __webpack_require__(5278);
// EXTERNAL MODULE: ./src/report/escape-markdown.ts
var escape_markdown = __webpack_require__(7729);
;// CONCATENATED MODULE: ./src/rollback/plan-format.ts


/**
 * The last step of `rollback plan`: the plan in words. The JSON and Markdown views are the report's
 * (src/report), over the same findings; this is the text a person reads in a terminal or a job log.
 */
/** The gate's summary line, the same in every view. */
function planSummary(plan, blocked) {
    return `${plan.environment}: ${plan.from.release} → ${plan.to.release}; ${plan.migrationsSince.length} migration(s) since the target${blocked ? ', blocked' : ''}`;
}
const SOURCE = {
    flag: 'as given',
    ledger: 'from the deployment ledger',
    tags: 'from release tags',
    platform: 'what the platform runs',
};
/** `live` is what the platform says runs; `redeploy` how the deploy step will put the target live. */
function planText(plan, blocked, live, redeploy) {
    const lines = [
        `Rollback plan for ${plan.environment}${blocked ? ' — BLOCKED' : ''}`,
        `  live:   ${plan.from.release} (${plan.from.sha.slice(0, 12)}, ${SOURCE[plan.sources.from]})`,
        `  target: ${plan.to.release} (${plan.to.sha.slice(0, 12)}, ${SOURCE[plan.sources.to]})`,
        ...(live ? [`  platform: ${live}`] : []),
        ...(redeploy ? [`  deploy: ${redeploy}`] : []),
    ];
    // The findings lead: why the target cannot run on today's schema comes first (plan-schema.ts).
    if (plan.findings.length) {
        lines.push('', ...plan.findings.map((f) => {
            const where = (0,finding/* location */.C5)(f);
            return `${f.severity} ${f.rule}${where ? ` at ${where}` : ''}: ${f.message}${f.help ? `\n  → ${f.help}` : ''}`;
        }));
    }
    lines.push('', plan.migrationsSince.length
        ? `Migrations applied since ${plan.to.release}:`
        : `No migrations since ${plan.to.release}.`, ...plan.migrationsSince.map((m) => `  ${m.class.padEnd(8)} ${m.file}`));
    if (plan.schemaRisk)
        lines.push('', `Schema risk accepted: ${plan.schemaRisk.reason}`);
    lines.push('', plan.dataNote, '');
    if (!blocked)
        lines.push(`Next: run the rollback workflow with tag ${plan.to.release} (Actions → rollback → Run workflow).`, '');
    return lines.join('\n');
}
/** At most this many migrations are listed in the Markdown plan; the JSON report lists them all. */
const MARKDOWN_MIGRATIONS = 200;
/**
 * The plan's own lines for the Markdown view (the rollback workflow's job summary, where the person
 * who pressed the button reads it), above the findings the report lists: live and target, how the deploy
 * puts the target live, the migrations since the target with their class, what a rollback does not undo,
 * and the next step. Every piece of repository text (tags, paths) is escaped here.
 */
function planMarkdown(plan, blocked, live, redeploy) {
    const release = (r, source) => `${(0,escape_markdown/* inlineCode */.ti)(r.release)} (${(0,escape_markdown/* inlineCode */.ti)(r.sha.slice(0, 12))}, ${SOURCE[source]})`;
    const lines = [
        `**Rollback plan for ${(0,escape_markdown/* inlineCode */.ti)(plan.environment)}${blocked ? ' — blocked' : ''}**`,
        '',
        `- Live: ${release(plan.from, plan.sources.from)}`,
        `- Target: ${release(plan.to, plan.sources.to)}`,
        ...(live ? [`- Platform: ${(0,escape_markdown/* escapeMarkdown */.FV)(live)}`] : []),
        ...(redeploy ? [`- Deploy: ${(0,escape_markdown/* escapeMarkdown */.FV)(redeploy)}`] : []),
        '',
    ];
    const since = plan.migrationsSince;
    if (since.length) {
        lines.push('<details><summary>' +
            (0,escape_markdown/* escapeMarkdown */.FV)(`${since.length} migration(s) applied since ${plan.to.release}`) +
            '</summary>', '', ...since.slice(0, MARKDOWN_MIGRATIONS).map((m) => `- ${(0,escape_markdown/* inlineCode */.ti)(m.class)} ${(0,escape_markdown/* inlineCode */.ti)(m.file)}`), ...(since.length > MARKDOWN_MIGRATIONS
            ? [`- … and ${since.length - MARKDOWN_MIGRATIONS} more (the JSON report lists them all)`]
            : []), '', '</details>', '');
    }
    else
        lines.push((0,escape_markdown/* escapeMarkdown */.FV)(`No migrations since ${plan.to.release}.`), '');
    if (plan.schemaRisk)
        lines.push(`Schema risk accepted: ${(0,escape_markdown/* escapeMarkdown */.FV)(plan.schemaRisk.reason)}`, '');
    lines.push((0,escape_markdown/* escapeMarkdown */.FV)(plan.dataNote));
    if (!blocked)
        lines.push('', `Next: run the rollback workflow with tag ${(0,escape_markdown/* inlineCode */.ti)(plan.to.release)} (Actions → rollback → Run workflow).`);
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/schema-model/replay-cache.ts
var replay_cache = __webpack_require__(1255);
// EXTERNAL MODULE: ./src/deploy/fallback.ts
var fallback = __webpack_require__(9753);
// EXTERNAL MODULE: ./src/commands/command-flags.ts
var command_flags = __webpack_require__(8221);
// EXTERNAL MODULE: ./src/commands/platform.ts
var commands_platform = __webpack_require__(6339);
// EXTERNAL MODULE: ./src/commands/specs.ts
var specs = __webpack_require__(3990);
;// CONCATENATED MODULE: ./src/commands/rollback.ts
















const USAGE = specs/* ROLLBACK_SPEC */.$v.usage;
/** Which flags each subcommand takes; any other is a usage error naming it. */
const FLAGS_OF = {
    plan: ['to', 'from', 'env'],
    record: ['kind', 'to', 'from', 'env', 'reason', 'log-url', 'actor'],
    finish: [
        'deployment',
        'state',
        'log-url',
        'environment-url',
        'health-url',
        'expect-status',
        'retries',
        'timeout',
        'interval',
        'started-at',
    ],
};
const rollbackCommand = {
    ...specs/* ROLLBACK_SPEC */.$v,
    async run(ctx) {
        const [sub, ...rest] = ctx.args;
        if (!sub || !(sub in FLAGS_OF)) {
            throw new errors/* UsageError */.eb(`${sub ? `unknown rollback command "${sub}"` : 'rollback needs a subcommand: plan, record or finish'}; usage: rollback-ready ${USAGE.split('\n')[0]}`);
        }
        if (rest.length)
            throw new errors/* UsageError */.eb(`rollback ${sub} takes no arguments (got "${rest[0]}"); run rollback-ready rollback --help`);
        const allowed = FLAGS_OF[sub];
        for (const [name, value] of Object.entries(ctx.flags)) {
            if (value !== undefined && !allowed.includes(name))
                throw new errors/* UsageError */.eb(`--${name} is not an option of rollback ${sub}; run rollback-ready rollback --help`);
        }
        // record and finish write the ledger through the GitHub client, loaded only for them (and for a plan that reads the ledger).
        if (sub === 'record')
            return (await __webpack_require__.e(/* import() */ 220).then(__webpack_require__.bind(__webpack_require__, 7839))).recordDeployment(ctx);
        if (sub === 'finish')
            return (await __webpack_require__.e(/* import() */ 220).then(__webpack_require__.bind(__webpack_require__, 7839))).finishDeployment(ctx);
        return planCommand(ctx);
    },
};
async function planCommand(ctx) {
    const to = (0,command_flags/* flagString */.w)(ctx, 'to') || undefined;
    const from = (0,command_flags/* flagString */.w)(ctx, 'from') || undefined;
    if (from !== undefined && (0,command_flags/* flagString */.w)(ctx, 'env') !== undefined) {
        throw new errors/* UsageError */.eb('rollback plan: pass --from TAG or --env NAME, not both (--from names the live release directly)');
    }
    const environment = (0,command_flags/* environmentOf */.p)(ctx);
    // The plan lints the migrations since the target: a misspelt rule id must not tune it silently.
    (0,rule_config/* assertKnownRuleIds */._)(ctx.settings.config.migrations, ctx.settings.run.configFile);
    const git = await git_git/* GitCli */.Tq.open(ctx.settings.run.cwd);
    // Every tag and branch in one git call: the plan reads the whole release history.
    const releaseGit = await release_git/* ReleaseGitCli */.uA.listed(git);
    await (0,tag_family_guard/* assertReleaseTagsUnderstood */.u)(releaseGit, ctx.settings, 'rollback plan');
    const history = await (0,release_history/* readReleaseHistory */.Cr)(releaseGit, ctx.settings.config.tagging);
    // Without a token there is no ledger to read (openGitHub says so too): the GitHub client is not even loaded.
    const ledger = from === undefined && ctx.github?.token ? (await __webpack_require__.e(/* import() */ 220).then(__webpack_require__.bind(__webpack_require__, 7839))).optionalLedger(ctx) : undefined;
    // What runs is the platform's answer when a deploy target is configured; the ledger otherwise.
    const open = (0,commands_platform/* platformOf */.t)(ctx, environment);
    const platform = from === undefined ? await (0,live/* askPlatform */.xw)(open, history, (0,commands_platform/* configuredTarget */.s)(ctx, environment)) : undefined;
    const liveFrom = platform?.release;
    const plan = await (0,rollback_plan/* planRollback */.I)({
        git,
        releaseGit,
        history,
        config: ctx.settings.config,
        environment,
        ...(to !== undefined ? { to } : {}),
        ...(from !== undefined ? { from } : liveFrom !== undefined ? { from: liveFrom } : {}),
        ...(ledger ? { ledger } : {}),
        log: ctx.log,
        ...cacheOption(),
    });
    if (liveFrom !== undefined)
        plan.sources.from = 'platform';
    plan.findings.push(...(0,artifacts/* platformFindings */.a)(environment, platform, undefined));
    // How the deploy step will put the target live: the recorded artifact (no build) or the pinned commit.
    // Known from the config and the ledger alone: the plan job holds no platform token.
    const targetName = (0,commands_platform/* configuredTarget */.s)(ctx, environment);
    const recorded = targetName && ledger
        ? await (0,artifacts/* findRecordedArtifact */.u)(ledger, environment, { tag: plan.to.release, sha: plan.to.sha }, targetName)
        : undefined;
    const describe = async (artifact) => {
        try {
            return (await open())?.describe(artifact) ?? artifact.id;
        }
        catch {
            return `${targetName} artifact ${artifact.id}`; // no token here: the id alone
        }
    };
    const redeploy = targetName
        ? recorded
            ? {
                artifact: recorded.artifact,
                build: false,
                line: `redeploys ${await describe(recorded.artifact)}, recorded by deployment ${recorded.deploymentId}: no build`,
            }
            : {
                build: true,
                line: `no recorded artifact for ${plan.to.release} on ${targetName}: ${(0,fallback/* buildFallbackLine */.B)(targetName, plan.to.sha, ctx.settings.config.deploy.environments[environment]?.build !== undefined)}`,
            }
        : undefined;
    const blocked = plan.findings.some((f) => f.severity === 'error');
    const summary = planSummary(plan, blocked);
    const report = (0,core_report/* buildReport */.F)(plan.findings, [{ gate: 'rollback', status: blocked ? 'fail' : 'pass', summary }], ctx.settings.run.failOn, {
        environment,
        from: plan.from,
        to: plan.to,
        sources: plan.sources,
        migrationsSince: plan.migrationsSince,
        ...(plan.schemaRisk ? { schemaRisk: plan.schemaRisk } : {}),
        dataNote: plan.dataNote,
        ...(platform ? { platform } : {}),
        ...(redeploy
            ? {
                redeploy: {
                    build: redeploy.build,
                    ...(redeploy.artifact ? { artifact: redeploy.artifact } : {}),
                },
            }
            : {}),
    });
    return {
        report,
        text: planText(plan, blocked, platform?.line, redeploy?.line),
        preamble: planMarkdown(plan, blocked, platform?.line, redeploy?.line),
        outputs: {
            'rollback-target': plan.to.release,
            'rollback-sha': plan.to.sha,
            'rollback-from': plan.from.release,
            ...(redeploy?.artifact ? { 'rollback-artifact': redeploy.artifact.id } : {}),
        },
    };
}
/** The on-disk cache of replayed histories, unless ROLLBACK_READY_CACHE=off (docs/caching.md). */
function cacheOption() {
    const cache = (0,replay_cache/* openReplayCache */.oD)();
    return cache ? { cache } : {};
}


/***/ }),

/***/ 8883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ assertReleaseTagsUnderstood)
/* harmony export */ });
/* unused harmony export defaultFamilyProblem */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _init_tag_families_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2175);


const YEAR_MS = 365 * 24 * 3600 * 1000;
/**
 * Without a config file, releases are read as `v1.4.2` tags. On a repository that releases under another
 * name (hopp's `2026.6.0`, midday's `midday-v0.5.0`), that default reads a release of years ago, or none,
 * as "what production runs": `status` says v3.0.1 of 2022, `rollback plan` targets v3.0.0, `tag next`
 * prints v3.1.0, the note's Rollback is checked against the wrong release. Such a guess is refused
 * (exit 2) with the family init would write; a configured prefix or scheme is always taken as given.
 */
function defaultFamilyProblem(tags, settings) {
    if (settings.run.configFile !== undefined)
        return undefined;
    const overrides = settings.run.overrides ?? {};
    if (overrides.scheme !== undefined)
        return undefined;
    const families = (0,_init_tag_families_js__WEBPACK_IMPORTED_MODULE_1__/* .tagFamilies */ .zW)(tags);
    const isDefault = (f) => f.scheme === 'semver' && f.prefix === 'v';
    const newest = families[0];
    if (!newest?.latest || isDefault(newest))
        return undefined;
    const ours = families.find(isDefault);
    const time = (f) => (f?.latest ? Date.parse(f.latest.date) : Number.NaN);
    // Within a year of the newest release, the v-family still releases (a monorepo's other apps tag newer).
    if (ours?.latest && time(newest) - time(ours) <= YEAR_MS)
        return undefined;
    const theirs = `${newest.latest.name} (${(0,_init_tag_families_js__WEBPACK_IMPORTED_MODULE_1__/* .familyLabel */ .B8)(newest)}, ${newest.releases} release tag(s), newest ${newest.latest.date.slice(0, 10)})`;
    const defaults = ours?.latest
        ? `whose newest is ${ours.latest.name} of ${ours.latest.date.slice(0, 10)}`
        : 'of which there are none';
    return `no config file, so release tags are read as v1.4.2, ${defaults}; but this repository's newest releases are ${theirs}. Run "rollback-ready init" (it writes the tag family it finds to .github/rollback-ready.yml), or set tagging.prefix (or tagging.scheme) there`;
}
/** The guard as commands call it: exit 2 before any answer is built on the wrong releases. */
async function assertReleaseTagsUnderstood(git, settings, command) {
    if (settings.run.configFile !== undefined)
        return;
    const problem = defaultFamilyProblem(await git.listTags(), settings);
    if (problem)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${command}: ${problem}`);
}


/***/ }),

/***/ 4720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ packagesWithoutMigrations)
/* harmony export */ });
/**
 * The packages of a monorepo, read from file paths alone: a folder one or two levels deep (`cli`,
 * `apps/desktop`) with a manifest of its own is a program of its own. A folder without one (docker/,
 * a Helm chart) packages or deploys the app rather than being another program. Pure: no I/O.
 */
const MANIFEST = /^(?:package\.json|go\.mod|Cargo\.toml|pyproject\.toml|composer\.json|pubspec\.yaml|pom\.xml|build\.gradle(?:\.kts)?)$/;
/**
 * Packages that hold no migration, by lower-cased folder name (`image-proxy` → `apps/image-proxy`): a
 * tag family or deploy workflow named after one releases another program, not the app whose schema
 * the gates check. A name that some package holding migrations also has is left out.
 */
function packagesWithoutMigrations(files, isMigration) {
    const packages = new Set();
    for (const file of files) {
        const parts = file.split('/');
        if (parts.length >= 2 && parts.length <= 3 && MANIFEST.test(parts.at(-1)))
            packages.add(parts.slice(0, -1).join('/'));
    }
    const withMigrations = new Set();
    for (const file of files) {
        if (!isMigration(file))
            continue;
        for (const pkg of packages)
            if (file.startsWith(`${pkg}/`))
                withMigrations.add(pkg);
    }
    const nameOf = (pkg) => pkg.split('/').pop().toLowerCase();
    const own = new Set([...withMigrations].map(nameOf));
    const others = new Map();
    for (const pkg of [...packages].sort()) {
        const name = nameOf(pkg);
        if (!withMigrations.has(pkg) && !own.has(name) && !others.has(name))
            others.set(name, pkg);
    }
    return others;
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

/***/ 7442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ announcedArtifact),
/* harmony export */   Q: () => (/* binding */ runDeployCommand)
/* harmony export */ });
/* harmony import */ var _db_cleanup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(162);
/* harmony import */ var _git_process_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5189);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7474);
/**
 * The `container` and `script` targets run the team's own command (sh -c, from the trusted config),
 * telling it through the environment what to do: ROLLBACK_READY_ACTION deploy | rollback | drill,
 * the release, its commit, the environment, the artifact to redeploy, and
 * ROLLBACK_READY_SKIP_MIGRATIONS=1 on a rollback (a rollback never migrates the database).
 * The command's output goes to our stderr, so stdout stays the tool's own.
 */



const MAX_STDOUT = 64_000;
const TAIL_CHARS = 2_000;
/** A deploy stopped for its time box gets this long to tidy up after SIGTERM before SIGKILL. */
const KILL_GRACE_MS = 5_000;
/**
 * Run it through the one process runner, as `/bin/sh -c` (the team's own command is shell by design),
 * in a process group of its own that a timeout or Ctrl-C stops whole; resolves with its stdout
 * (capped), rejects with the exit code and the last lines of output.
 */
async function runDeployCommand(run) {
    let tail = '';
    let result;
    try {
        result = await (0,_git_process_js__WEBPACK_IMPORTED_MODULE_1__/* .runProcess */ .R3)('/bin/sh', ['-c', run.command], {
            cwd: run.cwd,
            env: { ...process.env, ...run.env },
            group: true,
            timeoutMs: run.timeoutMs,
            killGraceMs: KILL_GRACE_MS,
            maxStdout: MAX_STDOUT,
            stdoutOverflow: 'drop',
            onLine: (line) => {
                tail = `${tail}${line}\n`.slice(-TAIL_CHARS);
                process.stderr.write(`${line}\n`);
            },
            untilExit: (kill) => (0,_db_cleanup_js__WEBPACK_IMPORTED_MODULE_0__/* .registerCleanup */ .q)({ async: async () => kill(), sync: kill }),
        });
    }
    catch (error) {
        if (!(error instanceof _git_process_js__WEBPACK_IMPORTED_MODULE_1__/* .ProcessStartError */ ._S))
            throw error;
        throw new _target_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployError */ .s(`could not start the deploy command: ${error.detail}`);
    }
    if (result.code === 0)
        return result.stdout.toString('utf8');
    const last = tail.trim().split('\n').slice(-3).join(' | ');
    throw new _target_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployError */ .s(`the deploy command ${result.signal ? `was stopped (${result.signal}${result.timedOut ? `, timeout ${Math.round(run.timeoutMs / 1000)}s` : ''})` : `exited ${result.code}`}${last ? `: ${last}` : ''}`);
}
/** The artifact a command announces on a line `rollback-ready-artifact=<id>` (the last one wins). */
function announcedArtifact(stdout) {
    const lines = [...stdout.matchAll(/^rollback-ready-artifact=(\S{1,300})\s*$/gm)];
    return lines.at(-1)?.[1];
}


/***/ }),

/***/ 9753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ buildFallbackLine),
/* harmony export */   H: () => (/* binding */ withBuildAtCommit)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _db_cleanup_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(162);
/* harmony import */ var _git_worktree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5847);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7442);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7474);
/**
 * When no artifact was recorded for a release (it went out before rollback-ready recorded deploys, or
 * its record was lost), a rollback builds the exact commit the plan approved — never the checkout the
 * workflow runs in, which is the default branch. For the command targets that is the team's own
 * `build` command, run in a throwaway git worktree at that commit; the platforms build from the commit
 * themselves (Render deploys a commitId, Vercel creates a deployment from the git commit).
 */





/**
 * Check out `release.sha` in a temporary worktree, run the build there, then hand the worktree and
 * what the build announced (`rollback-ready-artifact=<id>`) to `use` before the worktree is removed.
 */
async function withBuildAtCommit(build, release, use) {
    let worktree;
    try {
        worktree = await (0,_git_worktree_js__WEBPACK_IMPORTED_MODULE_2__/* .addTempWorktree */ .T)(build.cwd, release.sha, {
            prefix: 'rr-build-',
            onExit: _db_cleanup_js__WEBPACK_IMPORTED_MODULE_1__/* .registerCleanup */ .q,
        });
    }
    catch (error) {
        throw new _target_js__WEBPACK_IMPORTED_MODULE_4__/* .DeployError */ .s(`could not check out ${release.tag} (${release.sha.slice(0, 12)}) to build it: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}; the workflow's checkout needs fetch-depth: 0`);
    }
    const dir = worktree.dir;
    try {
        const out = await (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .runDeployCommand */ .Q)({
            command: build.command,
            cwd: dir,
            timeoutMs: build.timeoutMs,
            env: { ...build.env, ROLLBACK_READY_SOURCE_DIR: dir },
        }).catch((error) => {
            throw new _target_js__WEBPACK_IMPORTED_MODULE_4__/* .DeployError */ .s(`the build of ${release.tag} at ${release.sha.slice(0, 12)} failed: ${error.message.replace(/^the deploy command /, 'the build command ')}`);
        });
        const artifact = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .announcedArtifact */ .E)(out);
        return await use({ dir, ...(artifact ? { artifact } : {}) });
    }
    finally {
        // The folder goes whatever git says; if git cannot forget the worktree either, that is said (it is
        // left registered in the repository), never ignored.
        await worktree.remove().catch((error) => {
            throw new _target_js__WEBPACK_IMPORTED_MODULE_4__/* .DeployError */ .s((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error));
        });
    }
}
/** What a rollback without a recorded artifact will do on this target, for the plan's text. */
function buildFallbackLine(target, sha, hasBuild = false) {
    const commit = sha.slice(0, 12);
    switch (target) {
        case 'vercel':
            return `promotes Vercel's production build of commit ${commit}, or asks Vercel to build that commit from git (a build)`;
        case 'render':
            return `asks Render to deploy commit ${commit} (a build; Render's pre-deploy command runs)`;
        case 'fly':
            return hasBuild
                ? `runs your build command at commit ${commit} (it pushes the image), then updates the machines to it`
                : `updates the machines to the image configured for the release tag (no digest recorded; nothing is built here)`;
        case 'container':
            return hasBuild
                ? `runs your build command at commit ${commit}, then your deploy command with the image it announces`
                : `deploys the image configured for the release tag (no digest recorded; nothing is built here)`;
        case 'script':
            return hasBuild
                ? `runs your build command at commit ${commit}, then your deploy command`
                : `refuses: no build command (deploy.environments.<env>.build) to build commit ${commit}`;
    }
}


/***/ }),

/***/ 3457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   xw: () => (/* binding */ askPlatform)
/* harmony export */ });
/* unused harmony exports liveRelease, describeLive */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * What the platform says runs, mapped back to a release: the live release comes from the platform,
 * not from tags, and a live commit that is no release tag is drift (an untagged auto-deploy).
 */

/** Ask the target what runs and name its release; never throws (a status must still print). */
async function liveRelease(target, history) {
    let state;
    try {
        state = await target.live();
    }
    catch (error) {
        return { state: {}, drift: false, error: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error) };
    }
    if (!state.sha)
        return { state, drift: false };
    // Several tags can name one commit; the newest release wins (the history is oldest first).
    const tagged = history.tagged.findLast((t) => t.tag.sha === state.sha);
    return tagged ? { state, release: tagged.id.name, drift: false } : { state, drift: true };
}
/** One line for text output: what runs, which release it is, and whether pushes deploy by themselves. */
function describeLive(target, live) {
    if (live.error)
        return `could not ask ${target.name}: ${live.error}`;
    const what = live.state.artifact
        ? target.describe(live.state.artifact)
        : (live.state.note ?? 'nothing reported');
    const release = live.release
        ? `release ${live.release}`
        : live.drift
            ? `commit ${live.state.sha.slice(0, 12)}, which is NO release tag (an untagged deploy: drift)`
            : 'release unknown (the platform does not say which commit)';
    const auto = live.state.autoDeploy ? '; auto-deploy is ON (a push can undo a rollback)' : '';
    return `${what} → ${release}${auto}`;
}
/**
 * Ask the configured target what runs in `environment`, when one is configured for it; undefined when
 * deploy.target is none or the environment is not mapped. Never throws: a missing token or an API
 * failure becomes the view's note, so a status still prints.
 */
async function askPlatform(open, history, configured) {
    let target;
    try {
        target = await open();
    }
    catch (error) {
        return {
            target: configured ?? 'script',
            drift: false,
            note: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error),
            unavailable: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error),
            line: `could not ask ${configured ?? 'the platform'}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`,
        };
    }
    if (!target)
        return undefined;
    const live = await liveRelease(target, history);
    const note = live.error ?? live.state.note;
    return {
        target: target.name,
        ...(live.state.artifact ? { artifact: live.state.artifact } : {}),
        ...(live.state.sha ? { sha: live.state.sha } : {}),
        ...(live.release ? { release: live.release } : {}),
        drift: live.drift,
        ...(live.state.autoDeploy !== undefined ? { autoDeploy: live.state.autoDeploy } : {}),
        ...(note ? { note } : {}),
        ...(live.error ? { unavailable: live.error } : {}),
        line: describeLive(target, live),
    };
}


/***/ }),

/***/ 7474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ DeployError)
/* harmony export */ });
/** A platform refused or failed: the message names the platform, the call and what to do. */
class DeployError extends Error {
    name = 'DeployError';
}


/***/ }),

/***/ 367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ assertKnownRuleIds)
/* harmony export */ });
/* unused harmony export suggestRuleId */
/* harmony import */ var _config_issues_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1012);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1982);



/** "did you mean" for a rule id that does not exist, when a known one is a few edits away. */
function suggestRuleId(id) {
    const near = (0,_config_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .kp)(id, [..._engine_js__WEBPACK_IMPORTED_MODULE_1__/* .KNOWN_RULE_IDS */ .iX]);
    return near ? `; did you mean ${near}?` : '; see docs/rules/ for the rule ids';
}
/**
 * `migrations.rules` may only name rules that exist: a typo (`ban-drop-colum: off`) would otherwise
 * switch nothing off — or, worse, leave on a rule the team believes it has tuned — without a word.
 */
function assertKnownRuleIds(config, configFile) {
    for (const id of Object.keys(config.rules)) {
        if (!_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .KNOWN_RULE_IDS */ .iX.has(id)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${configFile ?? 'config'}: migrations.rules.${id}: not a rule id${suggestRuleId(id)}`);
        }
    }
}


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


/***/ }),

/***/ 2175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ familyLabel),
/* harmony export */   zW: () => (/* binding */ tagFamilies)
/* harmony export */ });
/* unused harmony exports CALVER_FORMAT, PREFIX_CHARS, prefixPart */
/* harmony import */ var _core_monorepo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4720);
/* harmony import */ var _release_calver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6268);
/* harmony import */ var _release_semver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2161);



/** The calver format init proposes and recognises. */
const CALVER_FORMAT = 'prod-YYYY-MM-DD.N';
/** Characters a semver prefix may hold (the config accepts the same). */
const PREFIX_CHARS = /^[A-Za-z0-9._/@-]*$/;
const SEMVER_TAIL = /^(.*?)((?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?)$/;
const YEAR_MS = 365 * 24 * 3600 * 1000;
function familyLabel(f) {
    return f.scheme === 'calver' ? `calver ${f.format}` : `semver prefix ${JSON.stringify(f.prefix)}`;
}
function familyKey(tag) {
    const calver = (0,_release_calver_js__WEBPACK_IMPORTED_MODULE_0__/* .calverScheme */ .LS)(CALVER_FORMAT).parse(tag);
    if (calver)
        return { key: 'calver', family: { scheme: 'calver', format: CALVER_FORMAT }, prerelease: false };
    const m = SEMVER_TAIL.exec(tag);
    if (!m)
        return undefined;
    const prefix = m[1];
    if (!PREFIX_CHARS.test(prefix) || prefix.length > 40)
        return undefined;
    // A prefix ending in a digit would split `1.2.3.4` or `re2-…` oddly: such names are not a version family.
    if (/\d$/.test(prefix))
        return undefined;
    const id = (0,_release_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .semverScheme */ .I)(prefix).parse(tag);
    if (!id)
        return undefined;
    return { key: `semver:${prefix}`, family: { scheme: 'semver', prefix }, prerelease: id.prerelease };
}
/** The part of a repository a semver prefix names: `desktop-v` → desktop, `@acme/api@` → api, `v` → none. */
function prefixPart(prefix) {
    const last = prefix.split('/').at(-1);
    const part = last.replace(/^v[-_.]/i, '').replace(/(?:[-_.@]+v)?[-_.@]*$/i, '');
    return /^v?$/i.test(part) ? undefined : part;
}
/**
 * Group tags into families, best first: the family whose newest release is newest (by day) tags the
 * releases that ship today; on a tie, of two naming the same commit the shorter prefix, else the one with
 * more releases in the last year, then the shorter prefix.
 * With the repository's shape, a family named after another package of a monorepo (`desktop-v` for
 * apps/desktop while the migrations are in apps/web) comes after every family released in the last year
 * that is not: its tags say nothing about the schema the gates check.
 */
function tagFamilies(tags, shape) {
    const families = new Map();
    const times = [];
    for (const tag of tags) {
        const read = familyKey(tag.name);
        if (!read)
            continue;
        let family = families.get(read.key);
        if (!family) {
            family = { ...read.family, releases: 0, recent: 0 };
            families.set(read.key, family);
        }
        if (read.prerelease)
            continue;
        family.releases += 1;
        const time = Date.parse(tag.date);
        if (Number.isNaN(time))
            continue;
        times.push({ key: read.key, time });
        if (!family.latest || time > Date.parse(family.latest.date))
            family.latest = { name: tag.name, date: tag.date, sha: tag.sha };
    }
    const newest = Math.max(...times.map((t) => t.time));
    for (const t of times)
        if (newest - t.time <= YEAR_MS)
            families.get(t.key).recent += 1;
    const day = (f) => (f.latest ? new Date(f.latest.date).toISOString().slice(0, 10) : '');
    const found = [...families.values()].filter((f) => f.releases > 0);
    if (shape) {
        const migrations = new Set(shape.migrations);
        const others = (0,_core_monorepo_js__WEBPACK_IMPORTED_MODULE_2__/* .packagesWithoutMigrations */ .l)(shape.files, (path) => migrations.has(path));
        for (const f of found) {
            const part = f.scheme === 'semver' ? prefixPart(f.prefix ?? '') : undefined;
            const other = part ? others.get(part.toLowerCase()) : undefined;
            if (other)
                f.otherPart = other;
        }
    }
    const liveOwn = found.some((f) => !f.otherPart && f.recent > 0);
    const elsewhere = (f) => (liveOwn && f.otherPart ? 1 : 0);
    // Two families whose newest tags name the same commit name the same release (trigger.dev tags
    // v4.5.12, v.docker.4.5.12 and helm-v4.5.12 together): the plainer name is the release ID people say,
    // whichever family has more tags (the build pipeline's may tag more often).
    const sameRelease = (a, b) => a.latest?.sha !== undefined && a.latest.sha === b.latest?.sha ? 1 : 0;
    return found.sort((a, b) => elsewhere(a) - elsewhere(b) ||
        day(b).localeCompare(day(a)) ||
        sameRelease(a, b) * ((a.prefix ?? '').length - (b.prefix ?? '').length) ||
        b.recent - a.recent ||
        (a.prefix ?? '').length - (b.prefix ?? '').length ||
        (a.prefix ?? '').localeCompare(b.prefix ?? ''));
}


/***/ })

};
