import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 954;
export const ids = [954];
export const modules = {

/***/ 3454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   backupCommand: () => (/* binding */ backupCommand),
/* harmony export */   createBackupCommand: () => (/* binding */ createBackupCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _gates_backup_gate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7929);
/* harmony import */ var _run_gates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8714);
/* harmony import */ var _specs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3990);




const USAGE = _specs_js__WEBPACK_IMPORTED_MODULE_3__/* .BACKUP_SPEC */ .Br.usage;
/** `backup verify` always runs the backup gate, whatever the run deploys to. */
function createBackupCommand(gateOptions = {}) {
    const gate = (0,_gates_backup_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .createBackupGate */ .sT)({ ...gateOptions, always: true });
    return {
        ..._specs_js__WEBPACK_IMPORTED_MODULE_3__/* .BACKUP_SPEC */ .Br,
        async run(ctx) {
            const [sub, ...rest] = ctx.args;
            if (sub !== 'verify')
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${sub ? `unknown backup command "${sub}"` : 'backup needs a subcommand'}; usage: rollback-ready ${USAGE}`);
            if (rest.length)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`backup verify takes no arguments (got "${rest[0]}"); usage: rollback-ready ${USAGE}`);
            const restoreCheck = (settings) => ({
                ...settings,
                config: { ...settings.config, backup: { ...settings.config.backup, 'restore-check': true } },
            });
            // In a pull request (or with --base) the backup-command and the rest come from the base's config.
            const gateCtx = await (0,_run_gates_js__WEBPACK_IMPORTED_MODULE_2__.prepareGateContext)(ctx, {
                policyFromBase: true,
                ...(ctx.flags['restore-check'] === true ? { adjust: restoreCheck } : {}),
            });
            return { report: await (0,_run_gates_js__WEBPACK_IMPORTED_MODULE_2__.runGates)([gate], gateCtx) };
        },
    };
}
const backupCommand = createBackupCommand();


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
