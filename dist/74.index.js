import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 74;
export const ids = [74];
export const modules = {

/***/ 8074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changeTree: () => (/* binding */ changeTree),
/* harmony export */   declaredEnums: () => (/* binding */ declaredEnums),
/* harmony export */   fallbackSummary: () => (/* binding */ fallbackSummary),
/* harmony export */   prepareFallbackReview: () => (/* binding */ prepareFallbackReview)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _gates_migrations_discover_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8153);
/* harmony import */ var _gates_migrations_read_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1602);
/* harmony import */ var _fallback_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3135);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7310);
/* harmony import */ var _sources_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2287);








const skipped = (why) => ({
    data: { sources: [], codeFiles: 0, conservative: true, findings: 0, skipped: why },
});
/** The change's tree: the work tree with untracked files for local runs, else the head commit. */
function changeTree(ctx) {
    return ctx.worktree ? worktreeTree(ctx) : (0,_sources_js__WEBPACK_IMPORTED_MODULE_7__/* .gitTree */ .$G)(ctx.git, ctx.head);
}
/** The work tree with untracked files, read as the migrations gate reads it (local runs). */
function worktreeTree(ctx) {
    return {
        async list() {
            const tracked = await ctx.git.listFilesAt(ctx.head);
            const all = [...new Set([...tracked, ...(await ctx.git.untrackedFiles())])];
            return all.filter((p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ctx.git.root, p)));
        },
        async read(path) {
            const source = await (0,_gates_migrations_read_source_js__WEBPACK_IMPORTED_MODULE_4__/* .readHeadSource */ .qJ)(ctx, path);
            return source && 'text' in source ? source.text : undefined;
        },
    };
}
/** Enum values the new release's schema source declares, with where. */
function declaredEnums(sources) {
    const enums = new Map();
    const put = (name, value, file, line) => {
        const values = enums.get(name) ?? new Map();
        if (!values.has(value))
            values.set(value, { file, line });
        enums.set(name, values);
    };
    for (const s of sources.prisma)
        for (const e of s.enums)
            for (const v of e.values)
                put(e.dbName, v.dbName, s.file, v.line);
    for (const s of sources.drizzle)
        for (const e of s.enums)
            for (const v of e.values)
                put(e.name, v, s.file, e.line);
    for (const s of sources.supabase)
        for (const e of s.enums)
            for (const v of e.values)
                put(e.name, v, s.file, e.line);
    return { enums };
}
/**
 * Prepare the migrations gate's fallback review: find the live release, read what its code expects,
 * replay the change's migration history and compare. Skipped (today's behaviour) when turned off or
 * when there is no base to find the live release from.
 */
async function prepareFallbackReview(ctx, changed) {
    try {
        return await prepare(ctx, changed);
    }
    catch (error) {
        // The check only adds evidence; without it the gate keeps today's verdicts.
        const why = `could not compare with the live release: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`;
        ctx.log.warn(why);
        return skipped(why);
    }
}
async function prepare(ctx, changed) {
    const config = ctx.settings.config.migrations;
    if (!config['fallback-aware'])
        return skipped('migrations.fallback-aware is false');
    if (!ctx.base)
        return skipped('no base commit to find the live release from');
    const fallback = await (0,_fallback_js__WEBPACK_IMPORTED_MODULE_5__/* .findLiveRelease */ .Tp)(ctx.git, ctx.base, ctx.settings.config.tagging);
    // The whole history of the change's tree, not only the changed files the selection reads.
    const tree = changeTree(ctx);
    const all = await tree.list();
    const read = await (0,_history_js__WEBPACK_IMPORTED_MODULE_6__/* .sqlReader */ .uQ)(tree, all);
    const history = await (0,_gates_migrations_discover_js__WEBPACK_IMPORTED_MODULE_3__/* .discoverMigrations */ .l)(all, config, read);
    const schemaAfter = await (0,_history_js__WEBPACK_IMPORTED_MODULE_6__/* .replayHistory */ .Uu)(history.files, read, changed);
    const inChange = new Set(changed.map((p) => p.file.path));
    const addsEnumValues = [...schemaAfter.touches.values()].some((list) => list.some((t) => t.kind === 'add-value' && inChange.has(t.at.file)));
    const schemaSources = config['schema-sources'];
    const newRelease = addsEnumValues
        ? declaredEnums(await (0,_sources_js__WEBPACK_IMPORTED_MODULE_7__/* .readReleaseExpectations */ .zR)(tree, {
            scanCode: false,
            ...(schemaSources ? { schemaSources } : {}),
        }))
        : undefined;
    const result = await (0,_fallback_js__WEBPACK_IMPORTED_MODULE_5__/* .checkFallbackCompatibility */ .pZ)({
        git: ctx.git,
        fallbackRef: fallback.ref,
        fallbackLabel: fallback.label,
        schemaAfter,
        inChange: (file) => inChange.has(file),
        ...(schemaSources ? { schemaSources } : {}),
        ...(newRelease && newRelease.enums.size ? { newRelease } : {}),
    });
    ctx.log.debug(`fallback check against ${fallback.label}: ${result.sources.files.map((f) => f.path).join(', ') || 'no schema source'}, ` +
        `${result.sources.codeFiles} code file(s), ${result.sources.expectations.length} expectation(s), ${result.hits.length} hit(s)`);
    return {
        review: result.review,
        data: {
            release: fallback.label,
            sources: result.sources.files.map((f) => f.path),
            codeFiles: result.sources.codeFiles,
            conservative: result.conservative,
            findings: result.hits.length,
        },
    };
}
/** A clause for the gate's summary line. */
function fallbackSummary(data) {
    if (data.skipped || !data.release)
        return '';
    if (data.conservative)
        return `; ${data.release} has no schema source to compare with, so contract statements keep their verdict`;
    return `; checked against what ${data.release} uses (${data.sources.join(', ')})`;
}


/***/ })

};
