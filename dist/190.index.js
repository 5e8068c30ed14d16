import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 190;
export const ids = [190];
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

/***/ 2952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   statusCommand: () => (/* binding */ statusCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8557);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2724);
/* harmony import */ var _github_failure_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8881);
/* harmony import */ var _github_ledger_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2907);
/* harmony import */ var _release_history_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(909);
/* harmony import */ var _release_release_git_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9862);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5655);
/* harmony import */ var _deploy_live_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3457);
/* harmony import */ var _rollback_artifacts_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4943);
/* harmony import */ var _rollback_rules_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3836);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(6339);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7839);
/* harmony import */ var _specs_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3990);














/** `status [--env NAME]`: what each environment is on, since when and by whom, the known-good release and recent history. */
const statusCommand = {
    ..._specs_js__WEBPACK_IMPORTED_MODULE_12__/* .STATUS_SPEC */ .vc,
    async run(ctx) {
        const repo = await _git_git_js__WEBPACK_IMPORTED_MODULE_2__/* .GitCli */ .Tq.open(ctx.settings.run.cwd);
        const releaseGit = _release_release_git_js__WEBPACK_IMPORTED_MODULE_6__/* .ReleaseGitCli */ .uA.from(repo);
        const history = await (0,_release_history_js__WEBPACK_IMPORTED_MODULE_5__/* .readReleaseHistory */ .Cr)(releaseGit, ctx.settings.config.tagging);
        const only = (0,_record_js__WEBPACK_IMPORTED_MODULE_11__.flagString)(ctx, 'env') !== undefined ? (0,_record_js__WEBPACK_IMPORTED_MODULE_11__.environmentOf)(ctx) : undefined;
        const ledger = (0,_record_js__WEBPACK_IMPORTED_MODULE_11__.optionalLedger)(ctx);
        const findings = [];
        let envs;
        // Why the ledger was not used, for every format: never "no deployments" when it could not be read.
        let ledgerProblem;
        if (ledger) {
            try {
                envs = await fromLedger(ctx, ledger, only);
            }
            catch (error) {
                if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb)
                    throw error;
                const failure = (0,_github_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .describeGitHubFailure */ .P)(error);
                ledgerProblem = `the deployment ledger could not be read: ${failure.why}`;
                findings.push({
                    gate: 'rollback',
                    rule: 'ledger-unavailable',
                    severity: 'warning',
                    message: `The deployment ledger could not be read: ${failure.why}; release tags stood in for it.`,
                    help: failure.help,
                    docs: (0,_rollback_rules_js__WEBPACK_IMPORTED_MODULE_10__/* .rollbackDocs */ .Ag)('ledger-unavailable'),
                });
            }
        }
        if (!envs || !envs.length) {
            const environment = only ?? ctx.settings.config.rollback.environment;
            const releases = history.releases;
            const latest = releases.at(-1);
            envs = [
                {
                    environment,
                    source: 'tags',
                    ...(latest
                        ? { current: { release: latest.id.name, sha: latest.tag.sha, since: latest.tag.date } }
                        : {}),
                    ...(latest ? { knownGood: { release: latest.id.name, sha: latest.tag.sha } } : {}),
                    ...(releases.at(-2)
                        ? { rollbackTarget: { release: releases.at(-2).id.name, sha: releases.at(-2).tag.sha } }
                        : {}),
                    history: [],
                },
            ];
        }
        // The platform is what users get: ask it, and say when it disagrees with the ledger or the tags.
        for (const env of envs) {
            const view = await (0,_deploy_live_js__WEBPACK_IMPORTED_MODULE_8__/* .askPlatform */ .xw)((0,_platform_js__WEBPACK_IMPORTED_MODULE_13__/* .platformOf */ .t)(ctx, env.environment), history, (0,_platform_js__WEBPACK_IMPORTED_MODULE_13__/* .configuredTarget */ .s)(ctx, env.environment));
            if (!view)
                continue;
            env.platform = view;
            findings.push(...(0,_rollback_artifacts_js__WEBPACK_IMPORTED_MODULE_9__/* .platformFindings */ .a)(env.environment, view, env.source === 'deployments' ? env.current?.release : undefined));
        }
        const summary = envs.map(oneLine).join('; ');
        const report = (0,_core_report_js__WEBPACK_IMPORTED_MODULE_1__/* .buildReport */ .F)(findings, [{ gate: 'rollback', status: 'pass', summary }], ctx.settings.run.failOn, { environments: envs, ...(ledgerProblem ? { ledger: { read: false, problem: ledgerProblem } } : {}) });
        const ledgerNote = ledgerProblem
            ? `${ledgerProblem}; release tags stood in`
            : ledger
                ? 'the ledger has no deployments'
                : 'no GITHUB_TOKEN, so the deployment ledger was not read';
        const warnings = findings.filter((f) => f.rule === 'live-drift' || f.rule === 'auto-deploy-on');
        const text = statusText(envs, ledgerNote) +
            warnings.map((f) => (0,_report_text_js__WEBPACK_IMPORTED_MODULE_7__/* .sanitizeForTerminal */ .dk)(`warning: ${f.message}`) + '\n').join('');
        return { report, text };
    },
};
async function fromLedger(ctx, ledger, only) {
    const limit = ctx.settings.config.rollback.history;
    let names;
    if (only)
        names = [only];
    else {
        const recent = await ledger.listDetailed(undefined, 100);
        const main = ctx.settings.config.rollback.environment;
        names = [...new Set(recent.map((d) => d.environment).filter(Boolean))].sort((a, b) => Number(b === main) - Number(a === main) || a.localeCompare(b));
    }
    const out = [];
    for (const environment of names) {
        const deployments = await ledger.listDetailed(environment, Math.max(limit, 50));
        if (!deployments.length && !only)
            continue;
        const state = await (0,_github_ledger_read_js__WEBPACK_IMPORTED_MODULE_4__.readLedger)(ledger, environment);
        const byId = new Map(deployments.map((d) => [d.id, d]));
        const status = { environment, source: 'deployments', history: [] };
        if (state.current) {
            const d = byId.get(state.current.deploymentId);
            const statuses = await ledger.listStatusDetails(state.current.deploymentId);
            const success = statuses.find((s) => s.state === 'success');
            status.current = {
                release: state.current.releaseId,
                sha: state.current.sha,
                since: success?.createdAt ?? state.current.createdAt,
                deploymentId: state.current.deploymentId,
                ...(actorOf(d) ? { actor: actorOf(d) } : {}),
            };
        }
        if (state.knownGood)
            status.knownGood = { release: state.knownGood.releaseId, sha: state.knownGood.sha };
        if (state.current) {
            const before = await (0,_github_ledger_read_js__WEBPACK_IMPORTED_MODULE_4__.readLedger)(ledger, environment, { exclude: state.current.releaseId });
            if (before.knownGood)
                status.rollbackTarget = { release: before.knownGood.releaseId, sha: before.knownGood.sha };
        }
        for (const d of deployments.slice(0, limit)) {
            const statuses = await ledger.listStatusDetails(d.id);
            status.history.push({
                deploymentId: d.id,
                release: d.payload.releaseId ?? d.ref,
                sha: d.sha,
                kind: d.payload.kind ?? 'deploy',
                state: statuses[0]?.state ?? 'none',
                createdAt: d.createdAt,
                ...(actorOf(d) ? { actor: actorOf(d) } : {}),
                ...(d.payload.reason ? { reason: d.payload.reason } : {}),
            });
        }
        out.push(status);
    }
    return out;
}
const actorOf = (d) => d?.payload.actor ?? d?.creator;
function when(iso) {
    const t = Date.parse(iso);
    return Number.isFinite(t)
        ? new Date(t)
            .toISOString()
            .replace('T', ' ')
            .replace(/:\d\d(\.\d+)?Z$/, ' UTC')
        : iso;
}
function oneLine(s) {
    if (!s.current)
        return `${s.environment}: no successful deployment recorded`;
    const by = s.current.actor ? ` (deployed by @${s.current.actor})` : '';
    const since = s.source === 'tags'
        ? `latest release tag, tagged ${when(s.current.since)}`
        : `since ${when(s.current.since)}${by}`;
    return `${s.environment} is on ${s.current.release} ${since}`;
}
function statusText(envs, ledgerNote) {
    const lines = [];
    for (const s of envs) {
        lines.push((0,_report_text_js__WEBPACK_IMPORTED_MODULE_7__/* .sanitizeForTerminal */ .dk)(oneLine(s)));
        if (s.source === 'tags') {
            lines.push((0,_report_text_js__WEBPACK_IMPORTED_MODULE_7__/* .sanitizeForTerminal */ .dk)(`  (from release tags: ${ledgerNote})`));
        }
        if (s.platform)
            lines.push((0,_report_text_js__WEBPACK_IMPORTED_MODULE_7__/* .sanitizeForTerminal */ .dk)(`  live on ${s.platform.target}: ${s.platform.line}`));
        if (s.knownGood)
            lines.push(`  last known-good: ${s.knownGood.release}`);
        lines.push(`  rollback target: ${s.rollbackTarget?.release ?? 'none (no earlier known-good release)'}`);
        if (s.history.length) {
            lines.push('  recent:');
            for (const h of s.history) {
                const extra = [h.actor ? `@${h.actor}` : '', h.reason ? `"${h.reason}"` : '']
                    .filter(Boolean)
                    .join(' ');
                lines.push((0,_report_text_js__WEBPACK_IMPORTED_MODULE_7__/* .sanitizeForTerminal */ .dk)(`    ${when(h.createdAt)}  ${h.kind.padEnd(8)} ${h.release.padEnd(24)} ${h.state}${extra ? `  ${extra}` : ''}`));
            }
        }
    }
    return `${lines.join('\n')}\n`;
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


/***/ })

};
