import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 839;
export const ids = [839];
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
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(403);
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
    const target = (0,_deploy_open_js__WEBPACK_IMPORTED_MODULE_2__/* .openTarget */ .Ap)({
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


/***/ })

};
