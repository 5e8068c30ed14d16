import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 356;
export const ids = [356];
export const modules = {

/***/ 1356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rollbackCommand: () => (/* binding */ rollbackCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8557);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(308);
/* harmony import */ var _release_history_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(909);
/* harmony import */ var _release_release_git_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5285);
/* harmony import */ var _rollback_plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(569);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7855);
/* harmony import */ var _specs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3990);








const USAGE = _specs_js__WEBPACK_IMPORTED_MODULE_7__/* .ROLLBACK_SPEC */ .$v.usage;
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
    ..._specs_js__WEBPACK_IMPORTED_MODULE_7__/* .ROLLBACK_SPEC */ .$v,
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
            return (0,_record_js__WEBPACK_IMPORTED_MODULE_6__/* .recordDeployment */ .dj)(ctx);
        if (sub === 'finish')
            return (0,_record_js__WEBPACK_IMPORTED_MODULE_6__/* .finishDeployment */ .jl)(ctx);
        return planCommand(ctx);
    },
};
async function planCommand(ctx) {
    const to = (0,_record_js__WEBPACK_IMPORTED_MODULE_6__/* .flagString */ .w)(ctx, 'to') || undefined;
    const from = (0,_record_js__WEBPACK_IMPORTED_MODULE_6__/* .flagString */ .w)(ctx, 'from') || undefined;
    if (from !== undefined && (0,_record_js__WEBPACK_IMPORTED_MODULE_6__/* .flagString */ .w)(ctx, 'env') !== undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('rollback plan: pass --from TAG or --env NAME, not both (--from names the live release directly)');
    }
    const environment = (0,_record_js__WEBPACK_IMPORTED_MODULE_6__/* .environmentOf */ .p7)(ctx);
    const git = await _git_git_js__WEBPACK_IMPORTED_MODULE_2__/* .GitCli */ .Tq.open(ctx.settings.run.cwd);
    const releaseGit = _release_release_git_js__WEBPACK_IMPORTED_MODULE_4__/* .ReleaseGitCli */ .uA.from(git);
    const history = await (0,_release_history_js__WEBPACK_IMPORTED_MODULE_3__/* .readReleaseHistory */ .Cr)(releaseGit, ctx.settings.config.tagging);
    const ledger = from === undefined ? (0,_record_js__WEBPACK_IMPORTED_MODULE_6__/* .optionalLedger */ .sH)(ctx) : undefined;
    const plan = await (0,_rollback_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .planRollback */ .I)({
        git,
        releaseGit,
        history,
        config: ctx.settings.config,
        environment,
        ...(to !== undefined ? { to } : {}),
        ...(from !== undefined ? { from } : {}),
        ...(ledger ? { ledger } : {}),
        log: ctx.log,
    });
    const blocked = plan.findings.some((f) => f.severity === 'error');
    const summary = `${environment}: ${plan.from.release} → ${plan.to.release}; ${plan.migrationsSince.length} migration(s) since the target${blocked ? ', blocked' : ''}`;
    const report = (0,_core_report_js__WEBPACK_IMPORTED_MODULE_1__/* .buildReport */ .F)(plan.findings, [{ gate: 'rollback', status: blocked ? 'fail' : 'pass', summary }], ctx.settings.run.failOn, {
        environment,
        from: plan.from,
        to: plan.to,
        sources: plan.sources,
        migrationsSince: plan.migrationsSince,
        ...(plan.schemaRisk ? { schemaRisk: plan.schemaRisk } : {}),
        dataNote: plan.dataNote,
    });
    return {
        report,
        text: planText(plan, blocked),
        outputs: {
            'rollback-target': plan.to.release,
            'rollback-sha': plan.to.sha,
            'rollback-from': plan.from.release,
        },
    };
}
function planText(plan, blocked) {
    const source = {
        flag: 'as given',
        ledger: 'from the deployment ledger',
        tags: 'from release tags',
    };
    const lines = [
        `Rollback plan for ${plan.environment}${blocked ? ' — BLOCKED' : ''}`,
        `  live:   ${plan.from.release} (${plan.from.sha.slice(0, 12)}, ${source[plan.sources.from]})`,
        `  target: ${plan.to.release} (${plan.to.sha.slice(0, 12)}, ${source[plan.sources.to]})`,
        '',
        plan.migrationsSince.length
            ? `Migrations applied since ${plan.to.release}:`
            : `No migrations since ${plan.to.release}.`,
        ...plan.migrationsSince.map((m) => `  ${m.class.padEnd(8)} ${m.file}`),
    ];
    if (plan.findings.length) {
        lines.push('', ...plan.findings.map((f) => `${f.severity}: ${f.message}${f.help ? `\n  → ${f.help}` : ''}`));
    }
    if (plan.schemaRisk)
        lines.push('', `Schema risk accepted: ${plan.schemaRisk.reason}`);
    lines.push('', plan.dataNote, '');
    if (!blocked)
        lines.push(`Next: run the rollback workflow with tag ${plan.to.release} (Actions → rollback → Run workflow).`, '');
    return lines.join('\n');
}


/***/ })

};
