import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 839;
export const ids = [839,503];
export const modules = {

/***/ 3839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployCommand: () => (/* binding */ deployCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8557);
/* harmony import */ var _deploy_open_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1503);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2724);
/* harmony import */ var _github_ledger_write_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5212);
/* harmony import */ var _release_history_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(909);
/* harmony import */ var _release_names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5365);
/* harmony import */ var _release_release_git_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9862);
/* harmony import */ var _rollback_artifacts_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4943);
/* harmony import */ var _rollback_migrations_since_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6803);
/* harmony import */ var _rollback_plan_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(621);
/* harmony import */ var _rollback_rules_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3836);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7839);
/* harmony import */ var _specs_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(3990);
/**
 * `deploy`: put a release live through the configured deploy target and record it in the ledger with
 * the artifact the platform ran (a Vercel deployment, an image digest, a Render deploy), the tag and
 * the commit. The commit is pinned: `--sha` is what the plan or the release approved, and a tag that
 * now names another commit is refused rather than followed.
 *
 * --kind rollback | drill redeploys the artifact recorded for that release in that environment (no
 * build, no migrations, no backup gate: nothing touches the database); without one it deploys the
 * pinned commit. A drill refuses a production environment unless --allow-production is given.
 */














const KINDS = ['deploy', 'rollback', 'drill'];
const deployCommand = {
    ..._specs_js__WEBPACK_IMPORTED_MODULE_13__/* .DEPLOY_SPEC */ .y2,
    async run(ctx) {
        if (ctx.args.length)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`deploy takes no arguments (got "${ctx.args[0]}"); run rollback-ready deploy --help`);
        return deploy(ctx);
    },
};
function artifactFlag(raw, target) {
    if (raw === undefined || raw === '')
        return undefined;
    if (!/^[A-Za-z0-9][A-Za-z0-9._:@/+-]{0,299}$/.test(raw))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--artifact: ${(0,_release_names_js__WEBPACK_IMPORTED_MODULE_6__/* .quoteName */ .AB)(raw)} is not an artifact id (dpl_…, srv-…, image@sha256:…)`);
    return { target: target.name, id: raw };
}
async function deploy(ctx) {
    const kindRaw = (0,_record_js__WEBPACK_IMPORTED_MODULE_12__.flagString)(ctx, 'kind') ?? 'deploy';
    if (!KINDS.includes(kindRaw))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--kind: got ${(0,_release_names_js__WEBPACK_IMPORTED_MODULE_6__/* .quoteName */ .AB)(kindRaw)}; allowed: ${KINDS.join(', ')}`);
    const kind = kindRaw;
    const toName = (0,_record_js__WEBPACK_IMPORTED_MODULE_12__.flagString)(ctx, 'to');
    if (!toName)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('deploy needs --to TAG: the release to put live');
    (0,_release_names_js__WEBPACK_IMPORTED_MODULE_6__/* .assertReleaseName */ .pB)(toName, '--to');
    const pinned = (0,_record_js__WEBPACK_IMPORTED_MODULE_12__.flagString)(ctx, 'sha');
    if (pinned !== undefined && !/^[0-9a-f]{40}$/.test(pinned))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--sha: ${(0,_release_names_js__WEBPACK_IMPORTED_MODULE_6__/* .quoteName */ .AB)(pinned)} is not a full 40-hex commit; pass the sha the plan or release printed`);
    const fromName = (0,_record_js__WEBPACK_IMPORTED_MODULE_12__.flagString)(ctx, 'from') || undefined;
    if (fromName)
        (0,_release_names_js__WEBPACK_IMPORTED_MODULE_6__/* .assertReleaseName */ .pB)(fromName, '--from');
    const environment = (0,_record_js__WEBPACK_IMPORTED_MODULE_12__.environmentOf)(ctx);
    const config = ctx.settings.config;
    if (kind === 'drill' &&
        (0,_deploy_open_js__WEBPACK_IMPORTED_MODULE_2__/* .isProductionTarget */ .H)(config.deploy, environment) &&
        ctx.flags['allow-production'] !== true)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`a drill never deploys to ${environment}, a production environment; drill in staging (--env staging), or pass --allow-production if you really mean it`);
    const target = (0,_deploy_open_js__WEBPACK_IMPORTED_MODULE_2__.openTarget)({
        config: config.deploy,
        environment,
        cwd: ctx.settings.run.cwd,
        ...(ctx.env ? { env: ctx.env } : {}),
    });
    if (!target)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('deploy.target is none in .github/rollback-ready.yml: set it to vercel, fly, render, container or script (npx rollback-ready init detects it)');
    const ledger = (0,_record_js__WEBPACK_IMPORTED_MODULE_12__.requireLedger)(ctx, 'deploy');
    const reason = ((0,_record_js__WEBPACK_IMPORTED_MODULE_12__.flagString)(ctx, 'reason') ?? '').replace(/\s+/g, ' ').trim().slice(0, 500);
    const env = ctx.env ?? process.env;
    const actor = (0,_record_js__WEBPACK_IMPORTED_MODULE_12__.flagString)(ctx, 'actor') ?? env.GITHUB_TRIGGERING_ACTOR ?? env.GITHUB_ACTOR ?? 'unknown';
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$|^unknown$/.test(actor))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--actor: ${(0,_release_names_js__WEBPACK_IMPORTED_MODULE_6__/* .quoteName */ .AB)(actor)} is not a GitHub login`);
    const logUrl = (0,_record_js__WEBPACK_IMPORTED_MODULE_12__.flagString)(ctx, 'log-url') || undefined;
    if (logUrl && (!URL.canParse(logUrl) || !/^https?:$/.test(new URL(logUrl).protocol)))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--log-url: ${(0,_release_names_js__WEBPACK_IMPORTED_MODULE_6__/* .quoteName */ .AB)(logUrl)} is not an http(s) URL`);
    const repo = await _git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .GitCli */ .Tq.open(ctx.settings.run.cwd);
    const releaseGit = _release_release_git_js__WEBPACK_IMPORTED_MODULE_7__/* .ReleaseGitCli */ .uA.from(repo);
    const history = await (0,_release_history_js__WEBPACK_IMPORTED_MODULE_5__/* .readReleaseHistory */ .Cr)(releaseGit, config.tagging);
    const to = await (0,_rollback_plan_js__WEBPACK_IMPORTED_MODULE_10__/* .resolveReleaseTag */ .O)(releaseGit, history, toName, '--to');
    const failOn = ctx.settings.run.failOn;
    if (pinned && to.tag.sha !== pinned) {
        const finding = {
            gate: 'rollback',
            rule: 'tag-moved',
            severity: 'error',
            message: `The tag ${toName} now names ${to.tag.sha.slice(0, 12)}, but ${pinned.slice(0, 12)} was approved; nothing was deployed.`,
            help: 'A tag moved after the plan or release approved it. Find out who moved it, put it back, and run the workflow again.',
            docs: (0,_rollback_rules_js__WEBPACK_IMPORTED_MODULE_11__/* .rollbackDocs */ .Ag)('tag-moved'),
        };
        return {
            report: (0,_core_report_js__WEBPACK_IMPORTED_MODULE_1__/* .buildReport */ .F)([finding], [{ gate: 'rollback', status: 'fail', summary: 'refused: the tag moved' }], failOn),
        };
    }
    const release = { tag: to.id.name, sha: to.tag.sha };
    const from = fromName
        ? await (0,_rollback_plan_js__WEBPACK_IMPORTED_MODULE_10__/* .resolveReleaseTag */ .O)(releaseGit, history, fromName, '--from')
        : await (0,_record_js__WEBPACK_IMPORTED_MODULE_12__.liveFromLedger)(ctx, ledger, environment, releaseGit, history);
    const running = await (0,_github_ledger_write_js__WEBPACK_IMPORTED_MODULE_4__/* .findRunningDeployment */ .WX)(ledger, environment, {
        windowMinutes: config.rollback['in-progress-window'],
        now: new Date(),
    });
    if (running) {
        const d = running.deployment;
        const finding = {
            gate: 'rollback',
            rule: 'rollback-in-progress',
            severity: 'error',
            message: `Another ${d.payload.kind ?? 'deploy'} of ${d.payload.releaseId ?? d.ref} to ${environment} is still ${running.state} (deployment ${d.id}); not starting a second one.`,
            help: `Wait for it to finish, then re-run. If it was abandoned: rollback-ready rollback finish --deployment ${d.id} --state failure.`,
            docs: (0,_rollback_rules_js__WEBPACK_IMPORTED_MODULE_11__/* .rollbackDocs */ .Ag)('rollback-in-progress'),
        };
        return {
            report: (0,_core_report_js__WEBPACK_IMPORTED_MODULE_1__/* .buildReport */ .F)([finding], [{ gate: 'rollback', status: 'fail', summary: 'refused: another deploy is running' }], failOn),
        };
    }
    // Rollbacks and drills reuse what already ran; a release deploy (or no recorded artifact) deploys the commit.
    const given = artifactFlag((0,_record_js__WEBPACK_IMPORTED_MODULE_12__.flagString)(ctx, 'artifact'), target);
    const recorded = kind === 'deploy' || given
        ? undefined
        : await (0,_rollback_artifacts_js__WEBPACK_IMPORTED_MODULE_8__/* .findRecordedArtifact */ .u)(ledger, environment, release, target.name);
    const artifact = given ?? recorded?.artifact;
    const started = Date.now();
    let outcome;
    let failure;
    try {
        outcome = artifact ? await target.redeploy(artifact, release, kind) : await target.deploy(release, kind);
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb)
            throw error;
        failure = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
    }
    const platformMs = Date.now() - started;
    const seconds = Math.round(platformMs / 1000);
    const migrations = from && from.tag.sha !== release.sha
        ? (await (0,_rollback_migrations_since_js__WEBPACK_IMPORTED_MODULE_9__/* .migrationsSince */ .u)(repo, ...(kind === 'deploy'
            ? [from.tag.sha, release.sha]
            : [release.sha, from.tag.sha]), config.migrations)).map((m) => m.file)
        : [];
    const payload = {
        releaseId: release.tag,
        ...(from ? { previousRelease: from.id.name } : {}),
        kind,
        actor,
        ...(reason ? { reason } : {}),
        migrations,
        ...(kind === 'rollback' && from ? { rolledBackFrom: from.id.name } : {}),
        ...(outcome ? { artifact: outcome.artifact, built: outcome.built } : {}),
    };
    const how = outcome
        ? `${outcome.built ? 'built and deployed' : 'redeployed'} ${target.describe(outcome.artifact)}`
        : `failed: ${failure}`;
    const description = `${kind} ${from ? `${from.id.name} → ` : ''}${release.tag} on ${target.name}: ${how}`;
    const { id } = await ledger.createDeployment({
        environment,
        ref: release.tag,
        sha: release.sha,
        payload,
        description,
    });
    await ledger.setStatus(id, outcome ? 'in_progress' : 'failure', {
        description,
        ...(logUrl ? { logUrl } : {}),
    });
    const findings = outcome
        ? outcome.notes.map((note) => ({
            gate: 'rollback',
            rule: 'auto-deploy-on',
            severity: 'warning',
            message: note,
            docs: (0,_rollback_rules_js__WEBPACK_IMPORTED_MODULE_11__/* .rollbackDocs */ .Ag)('auto-deploy-on'),
        }))
        : [
            {
                gate: 'rollback',
                rule: 'deploy-failed',
                severity: 'error',
                message: `The ${kind} of ${release.tag} to ${environment} through ${target.name} failed: ${failure}`,
                help: 'Nothing was confirmed; the ledger marks this deployment failure. Fix the cause above and re-run the workflow.',
                docs: (0,_rollback_rules_js__WEBPACK_IMPORTED_MODULE_11__/* .rollbackDocs */ .Ag)('deploy-failed'),
            },
        ];
    const summary = outcome
        ? `${kind} of ${release.tag} (${release.sha.slice(0, 12)}) to ${environment}: ${how} in ${seconds}s; deployment ${id}`
        : `${kind} of ${release.tag} to ${environment} failed; deployment ${id}`;
    const report = (0,_core_report_js__WEBPACK_IMPORTED_MODULE_1__/* .buildReport */ .F)(findings, [{ gate: 'rollback', status: outcome ? 'pass' : 'fail', summary }], failOn, {
        deploymentId: id,
        environment,
        target: target.name,
        release: { release: release.tag, sha: release.sha },
        ...(outcome ? { artifact: outcome.artifact, built: outcome.built, apiCalls: outcome.apiCalls } : {}),
        ...(recorded ? { artifactFrom: { deploymentId: recorded.deploymentId } } : {}),
        seconds,
        platformMs,
    });
    return {
        report,
        text: `${id}\n`,
        outputs: {
            'deployment-id': String(id),
            'release-id': release.tag,
            ...(outcome ? { artifact: outcome.artifact.id, built: String(outcome.built) } : {}),
        },
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

/***/ 9621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   xR: () => (/* binding */ deployConfigSchema),
/* harmony export */   yg: () => (/* binding */ REQUIRED_KEY)
/* harmony export */ });
/* unused harmony exports TARGET_NAMES, deployEnvironmentSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);

/** The platforms a release can be deployed to; `none` leaves deploying to the team's own workflow. */
const TARGET_NAMES = ['none', 'vercel', 'fly', 'render', 'container', 'script'];
const id = (what) => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[A-Za-z0-9._:-]+$/, `a ${what}: letters, digits and . _ : - only`);
/**
 * Where one environment lives on the platform. Ids only: tokens come from the environment
 * (VERCEL_TOKEN, FLY_API_TOKEN, RENDER_API_KEY or DEPLOY_TOKEN), never from this file, which is
 * committed and read from pull requests.
 */
const deployEnvironmentSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    /** Vercel: the project id (prj_…) or name. */
    project: id('Vercel project id such as prj_abc123').optional(),
    /** Vercel: the team id (team_…) when the project belongs to a team. */
    team: id('Vercel team id such as team_abc123').optional(),
    /** Fly.io: the app name. */
    app: id('Fly app name').optional(),
    /** Render: the service id (srv-…). */
    service: id('Render service id such as srv-abc123').optional(),
    /**
     * fly and container: the image a release deploys, `{tag}` standing for the release tag,
     * e.g. registry.fly.io/my-app:{tag} (pushed by your build; rollbacks use the recorded digest).
     */
    image: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .trim()
        .min(1)
        .max(300)
        .regex(/^[a-z0-9][a-z0-9._\-/:@{}]*$/, 'an image reference such as registry.fly.io/my-app:{tag}')
        .optional(),
    /** container and script: the command that deploys (run with sh -c; told what to do through env). */
    command: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .trim()
        .min(1)
        .max(1000)
        .regex(/^[^\r\n]+$/, 'one line; put longer logic in a script file')
        .optional(),
    /**
     * container, script and fly: the command that builds a release, run at its exact commit in a throwaway
     * git worktree (ROLLBACK_READY_SOURCE_DIR); it may print rollback-ready-artifact=<image@sha256:…>.
     * Runs before every release deploy, and for a rollback whose release has no recorded artifact.
     */
    build: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .trim()
        .min(1)
        .max(1000)
        .regex(/^[^\r\n]+$/, 'one line; put longer logic in a script file')
        .optional(),
    /** Mark an environment as production when its name is not `production` (drills refuse it). */
    production: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
});
/** What each target needs per environment, for the error that names the missing key. */
const REQUIRED_KEY = {
    vercel: 'project',
    fly: 'app',
    render: 'service',
    container: 'command',
    script: 'command',
};
/** `deploy:` in .github/rollback-ready.yml: which platform, and where each environment lives on it. */
const deployConfigSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    target: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(TARGET_NAMES).default('none'),
    /** Per environment name (production, staging, …): its project/app/service. */
    environments: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[A-Za-z0-9._ -]{1,255}$/, 'an environment name such as production'), deployEnvironmentSchema)
        .default({}),
    /** Seconds to wait for the platform to report the deploy live. */
    timeout: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(10).max(3600).default(900),
})
    .superRefine((value, ctx) => {
    if (value.target === 'none')
        return;
    const key = REQUIRED_KEY[value.target];
    for (const [name, env] of Object.entries(value.environments)) {
        if (env[key] === undefined)
            ctx.addIssue({
                code: 'custom',
                path: ['environments', name, key],
                message: `target ${value.target} needs ${key} for every environment`,
            });
    }
});


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

/***/ 1503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ isProductionTarget),
  openTarget: () => (/* binding */ openTarget)
});

// UNUSED EXPORTS: environmentSettings

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/deploy/config.ts
var deploy_config = __webpack_require__(9621);
// EXTERNAL MODULE: ./src/deploy/command.ts
var command = __webpack_require__(7442);
// EXTERNAL MODULE: ./src/deploy/fallback.ts
var fallback = __webpack_require__(9753);
// EXTERNAL MODULE: ./src/deploy/target.ts
var target = __webpack_require__(7474);
;// CONCATENATED MODULE: ./src/deploy/container.ts
/**
 * container: the release is an image digest your build pushed (deploy.environments.<env>.image with
 * {tag}, or the digest the command announces); your command puts it live, told which image through
 * ROLLBACK_READY_IMAGE. A rollback hands the command the recorded digest: the same bytes, no build.
 * script: your command does everything; it is told whether this is a deploy or a rollback, and may
 * announce an artifact id (`rollback-ready-artifact=<id>` on stdout) to be handed back on rollback.
 * With `build` set, a release (and a rollback that has no recorded artifact) is first built at its exact
 * commit in a throwaway worktree (src/deploy/fallback.ts), never from the workflow's own checkout.
 */



const DIGEST = /^[a-z0-9][a-z0-9._\-/:]*@sha256:[0-9a-f]{64}$/;
function baseEnv(environment, action, release) {
    return {
        ROLLBACK_READY_ACTION: action,
        ROLLBACK_READY_ENVIRONMENT: environment,
        ROLLBACK_READY_RELEASE: release.tag,
        ROLLBACK_READY_COMMIT: release.sha,
        ROLLBACK_READY_SKIP_MIGRATIONS: action === 'deploy' ? '0' : '1',
    };
}
/** The build step of a command target, when one is configured: the exact commit, in a worktree. */
function buildStep(options, action, release) {
    return options.build
        ? {
            command: options.build,
            cwd: options.cwd,
            timeoutMs: options.timeoutMs,
            env: baseEnv(options.environment, action, release),
        }
        : undefined;
}
function containerTarget(options) {
    async function run(image, action, release, built = false) {
        const out = await (0,command/* runDeployCommand */.Q)({
            command: options.command,
            cwd: options.cwd,
            timeoutMs: options.timeoutMs,
            env: { ...baseEnv(options.environment, action, release), ROLLBACK_READY_IMAGE: image },
        });
        const digest = DIGEST.test(image) ? image : (0,command/* announcedArtifact */.E)(out);
        if (!digest || !DIGEST.test(digest))
            throw new target/* DeployError */.s(`the container deploy of ${image} did not say which digest it deployed: print rollback-ready-artifact=<image>@sha256:<digest> from the command, or name the image by digest`);
        return { artifact: { target: 'container', id: digest }, built, apiCalls: 0, notes: [] };
    }
    return {
        name: 'container',
        environment: options.environment,
        async deploy(release, action) {
            const configured = options.image?.replaceAll('{tag}', release.tag);
            const build = buildStep(options, action, release);
            if (build)
                return (0,fallback/* withBuildAtCommit */.H)(build, release, async ({ artifact }) => {
                    const image = artifact ?? configured;
                    if (!image)
                        throw new target/* DeployError */.s(`the build of ${release.tag} did not announce an image (rollback-ready-artifact=<image>@sha256:<digest>) and deploy.environments.${options.environment}.image is not set`);
                    return run(image, action, release, true);
                });
            if (!configured)
                throw new target/* DeployError */.s(`deploy.environments.${options.environment}.image is not set: name the image your build pushes, e.g. ghcr.io/owner/app:{tag}`);
            return run(configured, action, release);
        },
        async redeploy(artifact, release, action) {
            if (!DIGEST.test(artifact.id))
                throw new target/* DeployError */.s(`the recorded artifact ${artifact.id} is not an image digest`);
            return run(artifact.id, action, release);
        },
        async live() {
            return {
                note: 'the container target cannot ask the platform what runs; the ledger says what was deployed',
            };
        },
        describe(artifact) {
            return `image ${artifact.id}`;
        },
    };
}
function scriptTarget(options) {
    async function run(action, release, artifact, sourceDir) {
        const out = await (0,command/* runDeployCommand */.Q)({
            command: options.command,
            cwd: options.cwd,
            timeoutMs: options.timeoutMs,
            env: {
                ...baseEnv(options.environment, action, release),
                ROLLBACK_READY_ARTIFACT: artifact?.id ?? '',
                ...(sourceDir ? { ROLLBACK_READY_SOURCE_DIR: sourceDir } : {}),
            },
        });
        const id = (0,command/* announcedArtifact */.E)(out) ?? artifact?.id ?? `${release.tag}@${release.sha.slice(0, 12)}`;
        return {
            artifact: { target: 'script', id },
            built: sourceDir !== undefined || artifact === undefined,
            apiCalls: 0,
            notes: [],
        };
    }
    return {
        name: 'script',
        environment: options.environment,
        async deploy(release, action) {
            const build = buildStep(options, action, release);
            if (build)
                return (0,fallback/* withBuildAtCommit */.H)(build, release, ({ dir, artifact }) => run(action, release, artifact ? { target: 'script', id: artifact } : undefined, dir));
            // The workflow's checkout is the default branch during a rollback: running the command there
            // would deploy today's code under an old release's name.
            if (action !== 'deploy')
                throw new target/* DeployError */.s(`no artifact was recorded for ${release.tag} in ${options.environment}, and deploy.environments.${options.environment}.build is not set: add the command that builds a commit (it runs at ${release.sha.slice(0, 12)} in a fresh worktree), or have your deploy command print rollback-ready-artifact=<id> so releases record what to redeploy`);
            return run(action, release);
        },
        redeploy: (artifact, release, action) => run(action, release, artifact),
        async live() {
            return {
                note: 'the script target cannot ask the platform what runs; the ledger says what was deployed',
            };
        },
        describe(artifact) {
            return `script artifact ${artifact.id}`;
        },
    };
}

;// CONCATENATED MODULE: ./src/deploy/fly.ts
/**
 * Fly.io through the Machines API: a release is an image in a registry (pushed by your build, named by
 * deploy.environments.<env>.image with {tag}); deploying it updates every machine of the app to that
 * image (POST /apps/{app}/machines/{id} with the machine's own config and the new image), waits for
 * each to start, and records the digest the machines actually run. A rollback updates the machines to
 * the recorded digest: the same bytes that ran before, nothing rebuilt. With `build` set, a release
 * (and a rollback with no recorded digest) is first built and pushed at its exact commit, in a worktree.
 */


/** Metadata keys on each machine: which release and commit it runs (what `live` reads back). */
const FLY_RELEASE_KEY = 'rollback_ready_release';
const FLY_COMMIT_KEY = 'rollback_ready_commit';
const digestRef = (m) => {
    const r = m.image_ref;
    if (!r?.digest || !r.repository)
        return undefined;
    return `${r.registry ? `${r.registry}/` : ''}${r.repository}@${r.digest}`;
};
function flyTarget(options) {
    const { client, app } = options;
    const base = `/apps/${encodeURIComponent(app)}/machines`;
    async function machines() {
        const { body } = await client.request('GET', base);
        return body.filter((m) => m.state !== 'destroyed' && m.state !== 'destroying');
    }
    async function roll(image, release) {
        const all = await machines();
        if (all.length === 0)
            throw new target/* DeployError */.s(`Fly app ${app} has no machines to update; create them once with fly deploy, then re-run`);
        const digests = new Set();
        for (const m of all) {
            const config = {
                ...(m.config ?? {}),
                image,
                metadata: {
                    ...(m.config?.metadata ?? {}),
                    [FLY_RELEASE_KEY]: release.tag,
                    [FLY_COMMIT_KEY]: release.sha,
                },
            };
            const { body: updated } = await client.request('POST', `${base}/${encodeURIComponent(m.id)}`, {
                body: { config },
                ok: [200],
            });
            const timeout = Math.min(60, Math.max(1, Math.round(options.timeoutMs / 1000)));
            await client.request('GET', `${base}/${encodeURIComponent(m.id)}/wait`, {
                query: {
                    state: 'started',
                    timeout,
                    ...(updated.instance_id ? { instance_id: updated.instance_id } : {}),
                },
                ok: [200],
            });
            const { body: after } = await client.request('GET', `${base}/${encodeURIComponent(m.id)}`);
            const ref = digestRef(after);
            if (!ref)
                throw new target/* DeployError */.s(`Fly machine ${m.id} of ${app} started without an image digest; cannot record what runs`);
            digests.add(ref);
        }
        if (digests.size !== 1)
            throw new target/* DeployError */.s(`Fly app ${app} runs ${digests.size} different images after the update: ${[...digests].join(', ')}`);
        return {
            artifact: { target: 'fly', id: [...digests][0] },
            built: false,
            apiCalls: client.calls,
            notes: [],
        };
    }
    return {
        name: 'fly',
        environment: options.environment,
        async deploy(release, action) {
            const configured = options.image?.replaceAll('{tag}', release.tag);
            if (options.build) {
                const build = {
                    command: options.build,
                    cwd: options.cwd ?? process.cwd(),
                    timeoutMs: options.timeoutMs,
                    env: {
                        ROLLBACK_READY_ACTION: action,
                        ROLLBACK_READY_ENVIRONMENT: options.environment,
                        ROLLBACK_READY_RELEASE: release.tag,
                        ROLLBACK_READY_COMMIT: release.sha,
                        ...(configured ? { ROLLBACK_READY_IMAGE: configured } : {}),
                    },
                };
                return (0,fallback/* withBuildAtCommit */.H)(build, release, async ({ artifact }) => {
                    const image = artifact ?? configured;
                    if (!image)
                        throw new target/* DeployError */.s(`the build of ${release.tag} announced no image and deploy.environments.${options.environment}.image is not set`);
                    return { ...(await roll(image, release)), built: true };
                });
            }
            if (!configured)
                throw new target/* DeployError */.s(`deploy.environments.${options.environment}.image is not set: name the image your build pushes, e.g. registry.fly.io/${app}:{tag}`);
            return roll(configured, release);
        },
        async redeploy(artifact, release) {
            if (!/@sha256:[0-9a-f]{64}$/.test(artifact.id))
                throw new target/* DeployError */.s(`the recorded Fly artifact ${artifact.id} is not an image digest (…@sha256:…)`);
            return roll(artifact.id, release);
        },
        async live() {
            const all = (await machines()).filter((m) => m.state === 'started' || m.state === 'stopped' || m.state === 'suspended');
            const refs = new Set(all.map(digestRef).filter((r) => r !== undefined));
            if (refs.size === 0)
                return { note: `Fly app ${app} has no machine with a known image` };
            if (refs.size > 1)
                return { note: `Fly app ${app} runs ${refs.size} different images (a deploy half-done?)` };
            const shas = new Set(all.map((m) => m.config?.metadata?.[FLY_COMMIT_KEY] ??
                m.image_ref?.labels?.['org.opencontainers.image.revision']));
            const sha = shas.size === 1 ? [...shas][0] : undefined;
            return { artifact: { target: 'fly', id: [...refs][0] }, ...(sha ? { sha } : {}) };
        },
        describe(artifact) {
            return `image ${artifact.id} (Fly app ${app})`;
        },
    };
}

;// CONCATENATED MODULE: ./src/deploy/http.ts
/**
 * The platforms' REST APIs through Node's fetch: a bearer token, JSON in and out, a timeout per call,
 * bounded retries on 429/5xx and network errors, and a count of calls. Errors name the platform, the
 * call and the status; the token never appears in a message.
 */

class ApiClient {
    options;
    calls = 0;
    constructor(options) {
        this.options = options;
    }
    async request(method, path, options = {}) {
        const url = new URL(this.options.baseUrl.replace(/\/+$/, '') + path);
        for (const [k, v] of Object.entries(options.query ?? {}))
            if (v !== undefined)
                url.searchParams.set(k, String(v));
        const what = `${this.options.platform} ${method} ${url.pathname}`;
        const retries = this.options.retries ?? 2;
        for (let attempt = 0;; attempt++) {
            this.calls++;
            let response;
            try {
                response = await fetch(url, {
                    method,
                    headers: {
                        authorization: `Bearer ${this.options.token}`,
                        accept: 'application/json',
                        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
                    },
                    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
                    signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
                });
            }
            catch (error) {
                if (attempt < retries) {
                    await this.pause(attempt);
                    continue;
                }
                throw new target/* DeployError */.s(`${what}: no answer (${error.message})`);
            }
            const text = await response.text();
            if ((response.status === 429 || response.status >= 500) && attempt < retries) {
                await this.pause(attempt);
                continue;
            }
            const ok = options.ok ?? [200, 201, 202];
            if (!ok.includes(response.status)) {
                throw new target/* DeployError */.s(`${what} answered ${response.status}${detail(text)}${hint(response.status)}`);
            }
            let body = undefined;
            if (text.trim() !== '') {
                try {
                    body = JSON.parse(text);
                }
                catch {
                    throw new target/* DeployError */.s(`${what} answered ${response.status} with a body that is not JSON`);
                }
            }
            return { status: response.status, body: body };
        }
    }
    pause(attempt) {
        const ms = (this.options.backoffMs ?? 1000) * 2 ** attempt;
        return ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve();
    }
}
/** The platform's own error message, one line and short (it may quote ids, never our token). */
function detail(text) {
    try {
        const parsed = JSON.parse(text);
        const message = typeof parsed.message === 'string'
            ? parsed.message
            : typeof parsed.error === 'string'
                ? parsed.error
                : typeof parsed.error?.message === 'string'
                    ? parsed.error.message
                    : undefined;
        return message ? `: ${message.replace(/\s+/g, ' ').slice(0, 200)}` : '';
    }
    catch {
        return '';
    }
}
function hint(status) {
    if (status === 401)
        return ' (the token is missing, expired or for another account)';
    if (status === 403)
        return ' (the token may not act on this project/app/service)';
    if (status === 404)
        return ' (check the id in deploy.environments in .github/rollback-ready.yml)';
    return '';
}
/** Poll until `check` returns a value, or fail after `timeoutMs` with `what` in the message. */
async function pollUntil(what, timeoutMs, intervalMs, check) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await check();
        if (value !== undefined)
            return value;
        if (Date.now() >= deadline)
            throw new target/* DeployError */.s(`${what}: still not done after ${Math.round(timeoutMs / 1000)}s`);
        await new Promise((r) => setTimeout(r, intervalMs));
    }
}

;// CONCATENATED MODULE: ./src/deploy/render.ts


const FAILED = new Set(['build_failed', 'update_failed', 'canceled', 'pre_deploy_failed', 'deactivated']);
function renderTarget(options) {
    const { client, service } = options;
    const base = `/services/${encodeURIComponent(service)}`;
    async function waitLive(deploy, what) {
        return pollUntil(`Render ${what} ${deploy.id}`, options.timeoutMs, options.pollMs, async () => {
            const { body } = await client.request('GET', `${base}/deploys/${encodeURIComponent(deploy.id)}`);
            if (body.status === 'live')
                return body;
            if (body.status && FAILED.has(body.status))
                throw new target/* DeployError */.s(`Render ${what} ${deploy.id} of service ${service} ended ${body.status}; see its log in the Render dashboard`);
            return undefined;
        });
    }
    async function autoDeployNote() {
        const { body } = await client.request('GET', base);
        return body.autoDeploy === 'yes'
            ? [
                `Render auto-deploy is on for ${service}: the next push to its branch deploys by itself (docs/deploy-targets/render.md)`,
            ]
            : [];
    }
    return {
        name: 'render',
        environment: options.environment,
        async deploy(release) {
            const { status, body } = await client.request('POST', `${base}/deploys`, {
                body: { commitId: release.sha },
                ok: [201, 202],
            });
            // 202 (queued behind a running deploy) has no body: the deploy of our commit is found in the list.
            const created = status === 201 && body
                ? body
                : await pollUntil(`Render deploy of ${release.sha.slice(0, 12)}`, options.timeoutMs, options.pollMs, async () => {
                    const { body: list } = await client.request('GET', `${base}/deploys`, {
                        query: { limit: 20 },
                    });
                    return list.map((d) => d.deploy).find((d) => d?.commit?.id === release.sha);
                });
            const live = await waitLive(created, 'deploy');
            return {
                artifact: { target: 'render', id: live.id },
                built: true,
                apiCalls: client.calls,
                notes: await autoDeployNote(),
            };
        },
        async redeploy(artifact) {
            const { body } = await client.request('POST', `${base}/rollback`, {
                body: { deployId: artifact.id },
                ok: [201],
            });
            await waitLive(body, 'rollback deploy');
            // The new deploy reuses the old build; the artifact that stays meaningful is the one rolled back to.
            return { artifact, built: false, apiCalls: client.calls, notes: await autoDeployNote() };
        },
        async live() {
            const { body } = await client.request('GET', `${base}/deploys`, {
                query: { status: 'live', limit: 1 },
            });
            const { body: svc } = await client.request('GET', base);
            const autoDeploy = svc.autoDeploy === undefined ? {} : { autoDeploy: svc.autoDeploy === 'yes' };
            const deploy = body[0]?.deploy;
            if (!deploy)
                return { ...autoDeploy, note: `Render service ${service} has no live deploy` };
            const sha = deploy.commit?.id;
            return { artifact: { target: 'render', id: deploy.id }, ...(sha ? { sha } : {}), ...autoDeploy };
        },
        describe(artifact) {
            return `Render deploy ${artifact.id} (service ${service})`;
        },
    };
}

;// CONCATENATED MODULE: ./src/deploy/vercel.ts


const vercel_FAILED = new Set(['ERROR', 'CANCELED', 'DELETED']);
function vercelTarget(options) {
    const { client, project } = options;
    const team = options.team ? { teamId: options.team } : {};
    const projectPath = `/v9/projects/${encodeURIComponent(project)}`;
    async function promote(uid) {
        await client.request('POST', `/v10/projects/${encodeURIComponent(project)}/promote/${encodeURIComponent(uid)}`, {
            query: team,
            ok: [201, 202],
        });
        // 202: accepted, traffic moves in the background; done when the project's production target is it.
        await pollUntil(`Vercel promote of ${uid} in ${project}`, options.timeoutMs, options.pollMs, async () => {
            const { body } = await client.request('GET', projectPath, { query: team });
            return body.targets?.production?.id === uid ? true : undefined;
        });
    }
    const outcome = (uid, built = false) => ({
        artifact: { target: 'vercel', id: uid },
        built,
        apiCalls: client.calls,
        notes: [],
    });
    /** No production build of the commit is left: ask Vercel to build exactly that commit from git. */
    async function buildFromGit(release) {
        const [org, repo] = (options.repository ?? '').split('/');
        if (!org || !repo)
            throw new target/* DeployError */.s(`Vercel has no production deployment of ${release.tag} (${release.sha.slice(0, 12)}) and GITHUB_REPOSITORY is not set, so it cannot be built from git; run in GitHub Actions or set GITHUB_REPOSITORY=owner/name`);
        await client.request('POST', '/v13/deployments', {
            query: team,
            body: {
                name: project,
                project,
                target: 'production',
                gitSource: { type: 'github', org, repo, ref: release.tag, sha: release.sha },
                meta: { rollbackReadyRelease: release.tag },
            },
            ok: [200],
        });
    }
    return {
        name: 'vercel',
        environment: options.environment,
        async deploy(release, action) {
            // Vercel's Git integration builds every push; the release promotes the build of its exact commit.
            // A rollback with nothing recorded and no build of the commit left asks Vercel to build it.
            let built = false;
            const found = await pollUntil(`a READY production deployment of ${release.sha.slice(0, 12)} in Vercel project ${project}`, options.timeoutMs, options.pollMs, async () => {
                const { body } = await client.request('GET', '/v7/deployments', {
                    query: { projectId: project, target: 'production', sha: release.sha, limit: 20, ...team },
                });
                const mine = body.deployments.filter((d) => d.meta?.githubCommitSha === release.sha);
                const ready = mine.find((d) => d.readyState === 'READY');
                if (ready)
                    return ready;
                if (mine.length === 0 && action !== 'deploy' && !built) {
                    await buildFromGit(release);
                    built = true;
                    return undefined;
                }
                if (mine.length === 0 && built)
                    return undefined; // created; not listed yet
                if (mine.length === 0)
                    throw new target/* DeployError */.s(`Vercel has no production deployment of commit ${release.sha.slice(0, 12)} (${release.tag}) in project ${project}: let Vercel's Git integration build it (docs/deploy-targets/vercel.md), then re-run`);
                if (mine.every((d) => vercel_FAILED.has(d.readyState)))
                    throw new target/* DeployError */.s(`Vercel's build of ${release.sha.slice(0, 12)} (${release.tag}) is ${mine[0].readyState} in project ${project}; fix the build, then re-run`);
                return undefined; // still building
            });
            await promote(found.uid);
            return outcome(found.uid, built);
        },
        async redeploy(artifact) {
            await promote(artifact.id);
            return outcome(artifact.id);
        },
        async live() {
            const { body } = await client.request('GET', projectPath, { query: team });
            const production = body.targets?.production;
            if (!production)
                return { note: `Vercel project ${project} has no production deployment` };
            const sha = production.meta?.githubCommitSha;
            return { artifact: { target: 'vercel', id: production.id }, ...(sha ? { sha } : {}) };
        },
        describe(artifact) {
            return `Vercel deployment ${artifact.id} (project ${project})`;
        },
    };
}

;// CONCATENATED MODULE: ./src/deploy/open.ts
/**
 * From `deploy:` in the config and the process environment to one DeployTarget for one environment.
 * Tokens come only from the environment (set from secrets in the workflow); API base URLs can be
 * pointed elsewhere the same way GITHUB_API_URL is (the tests' loopback fakes use it).
 */







const PLATFORM = {
    vercel: { token: 'VERCEL_TOKEN', url: 'VERCEL_API_URL', base: 'https://api.vercel.com', label: 'Vercel' },
    fly: { token: 'FLY_API_TOKEN', url: 'FLY_API_URL', base: 'https://api.machines.dev/v1', label: 'Fly' },
    render: {
        token: 'RENDER_API_KEY',
        url: 'RENDER_API_URL',
        base: 'https://api.render.com/v1',
        label: 'Render',
    },
};
/** The environment's settings, or a usage error that says where to add them. */
function environmentSettings(config, environment) {
    const settings = config.environments[environment];
    if (!settings) {
        const known = Object.keys(config.environments);
        throw new errors/* UsageError */.eb(`deploy.environments has no "${environment}" in .github/rollback-ready.yml (known: ${known.join(', ') || 'none'}); add its ${config.target === 'none' ? 'settings' : deploy_config/* REQUIRED_KEY */.yg[config.target]} there`);
    }
    return settings;
}
/** Whether an environment is production: named so, or marked `production: true`. Drills refuse it. */
function isProductionTarget(config, environment) {
    return environment.toLowerCase() === 'production' || config.environments[environment]?.production === true;
}
function openTarget(options) {
    const { config, environment } = options;
    const env = options.env ?? process.env;
    if (config.target === 'none')
        return undefined;
    const settings = environmentSettings(config, environment);
    const timeoutMs = config.timeout * 1000;
    const pollMs = options.pollMs ?? Number(env.ROLLBACK_READY_POLL_MS ?? 3000);
    const target = config.target;
    if (target === 'container' || target === 'script') {
        const common = {
            environment,
            command: settings.command,
            ...(settings.build ? { build: settings.build } : {}),
            cwd: options.cwd,
            timeoutMs,
        };
        return target === 'container'
            ? containerTarget({ ...common, ...(settings.image ? { image: settings.image } : {}) })
            : scriptTarget(common);
    }
    const platform = PLATFORM[target];
    const token = env[platform.token] || env.DEPLOY_TOKEN;
    if (!token)
        throw new errors/* UsageError */.eb(`deploy.target ${target} needs a token: set ${platform.token} (or DEPLOY_TOKEN) from a secret; tokens never go in the config file`);
    const baseUrl = env[platform.url] || platform.base;
    if (!/^https?:\/\//.test(baseUrl))
        throw new errors/* UsageError */.eb(`${platform.url}: ${baseUrl} is not an http(s) URL`);
    const client = new ApiClient({
        platform: platform.label,
        baseUrl,
        token,
        backoffMs: Number(env.ROLLBACK_READY_BACKOFF_MS ?? 1000),
    });
    if (target === 'vercel')
        return vercelTarget({
            environment,
            project: settings.project,
            ...(settings.team ? { team: settings.team } : {}),
            ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
            client,
            timeoutMs,
            pollMs,
        });
    if (target === 'fly')
        return flyTarget({
            environment,
            app: settings.app,
            ...(settings.image ? { image: settings.image } : {}),
            ...(settings.build ? { build: settings.build } : {}),
            cwd: options.cwd,
            client,
            timeoutMs,
        });
    return renderTarget({ environment, service: settings.service, client, timeoutMs, pollMs });
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
