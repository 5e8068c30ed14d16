import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 356;
export const ids = [356];
export const modules = {

/***/ 6339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ configuredTarget),
/* harmony export */   t: () => (/* binding */ platformOf)
/* harmony export */ });
/* harmony import */ var _deploy_open_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1503);

/**
 * The deploy target of one environment, opened on demand: undefined when deploy.target is none or the
 * environment is not under deploy.environments (status and plan then rely on the ledger alone).
 */
function platformOf(ctx, environment) {
    return () => {
        const deploy = ctx.settings.config.deploy;
        if (deploy.target === 'none' || !deploy.environments[environment])
            return undefined;
        return (0,_deploy_open_js__WEBPACK_IMPORTED_MODULE_0__/* .openTarget */ .Ap)({
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

/***/ 1356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rollbackCommand: () => (/* binding */ rollbackCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5278);
/* harmony import */ var _core_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8557);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8025);
/* harmony import */ var _release_history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(909);
/* harmony import */ var _release_release_git_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5285);
/* harmony import */ var _deploy_live_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3457);
/* harmony import */ var _rollback_artifacts_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4943);
/* harmony import */ var _gates_migrations_rule_config_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(367);
/* harmony import */ var _rollback_plan_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2251);
/* harmony import */ var _schema_model_replay_cache_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1255);
/* harmony import */ var _deploy_fallback_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9753);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6339);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(7839);
/* harmony import */ var _specs_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(3990);















const USAGE = _specs_js__WEBPACK_IMPORTED_MODULE_14__/* .ROLLBACK_SPEC */ .$v.usage;
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
    ..._specs_js__WEBPACK_IMPORTED_MODULE_14__/* .ROLLBACK_SPEC */ .$v,
    async run(ctx) {
        const [sub, ...rest] = ctx.args;
        if (!sub || !(sub in FLAGS_OF)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${sub ? `unknown rollback command "${sub}"` : 'rollback needs a subcommand: plan, record or finish'}; usage: rollback-ready ${USAGE.split('\n')[0]}`);
        }
        if (rest.length)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`rollback ${sub} takes no arguments (got "${rest[0]}"); run rollback-ready rollback --help`);
        const allowed = FLAGS_OF[sub];
        for (const [name, value] of Object.entries(ctx.flags)) {
            if (value !== undefined && !allowed.includes(name))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--${name} is not an option of rollback ${sub}; run rollback-ready rollback --help`);
        }
        if (sub === 'record')
            return (0,_record_js__WEBPACK_IMPORTED_MODULE_13__/* .recordDeployment */ .dj)(ctx);
        if (sub === 'finish')
            return (0,_record_js__WEBPACK_IMPORTED_MODULE_13__/* .finishDeployment */ .jl)(ctx);
        return planCommand(ctx);
    },
};
async function planCommand(ctx) {
    const to = (0,_record_js__WEBPACK_IMPORTED_MODULE_13__/* .flagString */ .w)(ctx, 'to') || undefined;
    const from = (0,_record_js__WEBPACK_IMPORTED_MODULE_13__/* .flagString */ .w)(ctx, 'from') || undefined;
    if (from !== undefined && (0,_record_js__WEBPACK_IMPORTED_MODULE_13__/* .flagString */ .w)(ctx, 'env') !== undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('rollback plan: pass --from TAG or --env NAME, not both (--from names the live release directly)');
    }
    const environment = (0,_record_js__WEBPACK_IMPORTED_MODULE_13__/* .environmentOf */ .p7)(ctx);
    // The plan lints the migrations since the target: a misspelt rule id must not tune it silently.
    (0,_gates_migrations_rule_config_js__WEBPACK_IMPORTED_MODULE_8__/* .assertKnownRuleIds */ ._)(ctx.settings.config.migrations, ctx.settings.run.configFile);
    const git = await _git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .GitCli */ .Tq.open(ctx.settings.run.cwd);
    const releaseGit = _release_release_git_js__WEBPACK_IMPORTED_MODULE_5__/* .ReleaseGitCli */ .uA.from(git);
    const history = await (0,_release_history_js__WEBPACK_IMPORTED_MODULE_4__/* .readReleaseHistory */ .Cr)(releaseGit, ctx.settings.config.tagging);
    const ledger = from === undefined ? (0,_record_js__WEBPACK_IMPORTED_MODULE_13__/* .optionalLedger */ .sH)(ctx) : undefined;
    // What runs is the platform's answer when a deploy target is configured; the ledger otherwise.
    const open = (0,_platform_js__WEBPACK_IMPORTED_MODULE_12__/* .platformOf */ .t)(ctx, environment);
    const platform = from === undefined ? await (0,_deploy_live_js__WEBPACK_IMPORTED_MODULE_6__/* .askPlatform */ .xw)(open, history, (0,_platform_js__WEBPACK_IMPORTED_MODULE_12__/* .configuredTarget */ .s)(ctx, environment)) : undefined;
    const liveFrom = platform?.release;
    const plan = await (0,_rollback_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .planRollback */ .I)({
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
    plan.findings.push(...(0,_rollback_artifacts_js__WEBPACK_IMPORTED_MODULE_7__/* .platformFindings */ .a)(environment, platform, undefined));
    // How the deploy step will put the target live: the recorded artifact (no build) or the pinned commit.
    // Known from the config and the ledger alone: the plan job holds no platform token.
    const targetName = (0,_platform_js__WEBPACK_IMPORTED_MODULE_12__/* .configuredTarget */ .s)(ctx, environment);
    const recorded = targetName && ledger
        ? await (0,_rollback_artifacts_js__WEBPACK_IMPORTED_MODULE_7__/* .findRecordedArtifact */ .u)(ledger, environment, { tag: plan.to.release, sha: plan.to.sha }, targetName)
        : undefined;
    const describe = (artifact) => {
        try {
            return open()?.describe(artifact) ?? artifact.id;
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
                line: `redeploys ${describe(recorded.artifact)}, recorded by deployment ${recorded.deploymentId}: no build`,
            }
            : {
                build: true,
                line: `no recorded artifact for ${plan.to.release} on ${targetName}: ${(0,_deploy_fallback_js__WEBPACK_IMPORTED_MODULE_11__/* .buildFallbackLine */ .B)(targetName, plan.to.sha, ctx.settings.config.deploy.environments[environment]?.build !== undefined)}`,
            }
        : undefined;
    const blocked = plan.findings.some((f) => f.severity === 'error');
    const summary = `${environment}: ${plan.from.release} → ${plan.to.release}; ${plan.migrationsSince.length} migration(s) since the target${blocked ? ', blocked' : ''}`;
    const report = (0,_core_report_js__WEBPACK_IMPORTED_MODULE_2__/* .buildReport */ .F)(plan.findings, [{ gate: 'rollback', status: blocked ? 'fail' : 'pass', summary }], ctx.settings.run.failOn, {
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
        outputs: {
            'rollback-target': plan.to.release,
            'rollback-sha': plan.to.sha,
            'rollback-from': plan.from.release,
            ...(redeploy?.artifact ? { 'rollback-artifact': redeploy.artifact.id } : {}),
        },
    };
}
function planText(plan, blocked, live, redeploy) {
    const source = {
        flag: 'as given',
        ledger: 'from the deployment ledger',
        tags: 'from release tags',
        platform: 'what the platform runs',
    };
    const lines = [
        `Rollback plan for ${plan.environment}${blocked ? ' — BLOCKED' : ''}`,
        `  live:   ${plan.from.release} (${plan.from.sha.slice(0, 12)}, ${source[plan.sources.from]})`,
        `  target: ${plan.to.release} (${plan.to.sha.slice(0, 12)}, ${source[plan.sources.to]})`,
        ...(live ? [`  platform: ${live}`] : []),
        ...(redeploy ? [`  deploy: ${redeploy}`] : []),
    ];
    // The findings lead: why the target cannot run on today's schema comes first (plan-schema.ts).
    if (plan.findings.length) {
        lines.push('', ...plan.findings.map((f) => {
            const where = (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .location */ .C5)(f);
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
/** The on-disk cache of replayed histories, unless ROLLBACK_READY_CACHE=off (docs/caching.md). */
function cacheOption() {
    const cache = (0,_schema_model_replay_cache_js__WEBPACK_IMPORTED_MODULE_10__/* .openReplayCache */ .oD)();
    return cache ? { cache } : {};
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
        target = open();
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

/***/ 367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ assertKnownRuleIds)
/* harmony export */ });
/* unused harmony export suggestRuleId */
/* harmony import */ var _config_issues_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1012);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5470);



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


/***/ })

};
