import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 454;
export const ids = [454];
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


/***/ })

};
