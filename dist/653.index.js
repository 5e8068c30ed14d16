import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 653;
export const ids = [653];
export const modules = {

/***/ 2653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lintCommand: () => (/* binding */ lintCommand)
/* harmony export */ });
/* harmony import */ var _specs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3990);

const lintCommand = {
    ..._specs_js__WEBPACK_IMPORTED_MODULE_0__/* .LINT_SPEC */ .GX,
    async run(ctx) {
        // The deploy mode (--each, --as-one-change) and files outside any repository: lint-files.ts.
        const { prepareLintRun } = await Promise.all(/* import() */[__webpack_require__.e(49), __webpack_require__.e(6), __webpack_require__.e(724), __webpack_require__.e(153), __webpack_require__.e(107)]).then(__webpack_require__.bind(__webpack_require__, 1107));
        // Opening the repository starts git; the gate's modules (the rules, the layouts) load meanwhile.
        const preparing = prepareLintRun(ctx);
        preparing.catch(() => { }); // awaited below, after the modules
        const [{ migrationsGate }, { runGates }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(49), __webpack_require__.e(530), __webpack_require__.e(6), __webpack_require__.e(153), __webpack_require__.e(269), __webpack_require__.e(232), __webpack_require__.e(885)]).then(__webpack_require__.bind(__webpack_require__, 7885)),
            Promise.all(/* import() */[__webpack_require__.e(724), __webpack_require__.e(714)]).then(__webpack_require__.bind(__webpack_require__, 8714)),
        ]);
        const { gateCtx, present } = await preparing;
        return { report: present(await runGates([migrationsGate], gateCtx)) };
    },
};


/***/ })

};
