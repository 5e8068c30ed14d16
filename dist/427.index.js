import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 427;
export const ids = [427];
export const modules = {

/***/ 3427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   policyFromBase: () => (/* binding */ policyFromBase)
/* harmony export */ });
/* unused harmony exports CONFIG_CHANGED_RULE, settingsDiff */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_tool_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(121);
/* harmony import */ var _git_inside_repo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1099);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1954);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1036);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5562);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2443);









const CONFIG_CHANGED_RULE = 'config-changed';
async function policyFromBase(settings, git, base, head) {
    const paths = configPaths(settings, git.root);
    const found = await configAt(git, base, paths);
    if (found && 'problem' in found)
        throw found.problem;
    const baseFile = found?.file;
    const basePath = found?.path;
    const request = {
        run: { ...settings.run },
        overrides: settings.run.overrides ?? {},
        surface: settings.run.overrideSurface ?? 'flag',
    };
    let trusted;
    try {
        trusted = settingsFrom(request, baseFile);
    }
    catch (error) {
        if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb))
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`the base commit's config is not valid, so the gate has no trusted policy: ${error.message}; fix it on the base branch first`);
    }
    // What the run shows as its config file: the base's, named as such.
    trusted.run.configFile = baseFile?.displayPath;
    const proposed = head.worktree
        ? worktreeProposal(settings, git.root)
        : await commitProposal(git, head.commit, paths, request);
    const changed = await configChanged(git, base, head, basePath, proposed.path ?? basePath);
    const findings = changed
        ? [changedFinding(proposed.path ?? basePath ?? _locate_js__WEBPACK_IMPORTED_MODULE_6__/* .CONFIG_CANDIDATES */ .y9[0], basePath, proposed, trusted)]
        : [];
    return { settings: trusted, findings };
}
/** Checking the work tree: the config file found there, as the run already read it. */
function worktreeProposal(settings, root) {
    return { path: settings.run.configFile ? repoRelative(settings, root) : undefined, settings };
}
/**
 * Checking a commit (`--head`): the config as that commit has it, never the work tree's, which may
 * hold a file the commit does not (one `init` just wrote) or differ from it.
 */
async function commitProposal(git, commit, paths, request) {
    const found = await configAt(git, commit, paths);
    if (!found)
        return { path: undefined, settings: settingsFrom(request) };
    if ('problem' in found)
        return { path: found.path, invalid: found.problem.message };
    try {
        return { path: found.path, settings: settingsFrom(request, found.file) };
    }
    catch (error) {
        if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb))
            throw error;
        return { path: found.path, invalid: error.message };
    }
}
/** The config file `ref` holds at the first of `paths` it has, or why it cannot be read as one. */
async function configAt(git, ref, paths) {
    for (const path of paths) {
        const read = await git.readBytesCapped(ref, path, _load_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_CONFIG_BYTES */ .GW);
        if (read === undefined)
            continue;
        const shown = `${ref.slice(0, 7)}:${path}`;
        if ('tooLarge' in read)
            return {
                path,
                problem: new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${shown}: larger than the ${_load_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_CONFIG_BYTES */ .GW}-byte limit for a config file`),
            };
        try {
            return { path, file: (0,_load_js__WEBPACK_IMPORTED_MODULE_5__/* .parseConfigBytes */ .te)(read.bytes, shown) };
        }
        catch (error) {
            if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb))
                throw error;
            return { path, problem: error };
        }
    }
    return undefined;
}
/** The settings a config file (or none: the defaults) gives with the run's flags on top. */
function settingsFrom(request, file) {
    return !file && Object.keys(request.overrides).length === 0
        ? { run: { ...request.run }, config: structuredClone(_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_CONFIG */ .P) }
        : (0,_settings_js__WEBPACK_IMPORTED_MODULE_7__.resolveSettings)(request, file ? { file } : {});
}
/** The config paths to look for at the base, relative to the repository root. */
function configPaths(settings, root) {
    if (settings.run.configFile)
        return [repoRelative(settings, root)];
    return _locate_js__WEBPACK_IMPORTED_MODULE_6__/* .CONFIG_CANDIDATES */ .y9.map((c) => toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(settings.run.cwd, c))));
}
function repoRelative(settings, root) {
    return toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(settings.run.cwd, settings.run.configFile)));
}
function toPosix(path) {
    return path.split('\\').join('/');
}
async function configChanged(git, base, head, basePath, headPath) {
    if (basePath !== headPath)
        return true;
    if (!basePath)
        return false;
    const bytes = (r) => r && 'bytes' in r ? r.bytes : undefined;
    const a = bytes(await git.readBytesCapped(base, basePath, _load_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_CONFIG_BYTES */ .GW));
    const b = head.worktree
        ? readWorktree(git.root, basePath)
        : bytes(await git.readBytesCapped(head.commit, basePath, _load_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_CONFIG_BYTES */ .GW));
    return !a || !b || !a.equals(b);
}
function readWorktree(root, path) {
    const found = (0,_git_inside_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInsideRepo */ .$2)(root, path, 'the config file');
    return 'real' in found ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(found.real) : undefined;
}
function changedFinding(file, basePath, proposed, trusted) {
    const diff = proposed.settings ? settingsDiff(trusted.config, proposed.settings.config) : [];
    const what = !basePath
        ? `adds the gate's config file ${file}`
        : !proposed.path
            ? `removes the gate's config file ${file}`
            : `changes the gate's config file ${file}`;
    const listed = proposed.invalid
        ? ` The proposed file is not valid: ${proposed.invalid}.`
        : diff.length
            ? ` Effective settings that would change: ${diff.slice(0, 20).join('; ')}${diff.length > 20 ? `; and ${diff.length - 20} more` : ''}.`
            : ' The effective settings are the same (only comments or layout changed).';
    return {
        gate: 'config',
        rule: CONFIG_CHANGED_RULE,
        severity: diff.length || proposed.invalid ? 'warning' : 'notice',
        file,
        message: `This pull request ${what}; this check ran with the base commit's settings, not the pull request's.${listed}`,
        help: 'Have the owners of the gate review it (list the config file in CODEOWNERS); the new settings apply to pull requests opened after it is merged.',
        docs: (0,_core_tool_js__WEBPACK_IMPORTED_MODULE_8__/* .ruleDocsUrl */ .hS)(CONFIG_CHANGED_RULE),
    };
}
/** `key.path: base -> head` for every leaf of the effective settings that differs. */
function settingsDiff(before, after, prefix = '') {
    if (isPlainObject(before) && isPlainObject(after)) {
        const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
        return keys.flatMap((k) => settingsDiff(before[k], after[k], prefix ? `${prefix}.${k}` : k));
    }
    const a = show(before);
    const b = show(after);
    return a === b ? [] : [`${prefix}: ${a} -> ${b}`];
}
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function show(value) {
    if (value === undefined)
        return '(unset)';
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}


/***/ })

};
