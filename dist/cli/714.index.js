import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 714;
export const ids = [714];
export const modules = {

/***/ 8714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareGateContext: () => (/* binding */ prepareGateContext),
  runGates: () => (/* binding */ runGates)
});

;// CONCATENATED MODULE: ./src/core/gate.ts
function statusOf(outcome) {
    if (outcome.skipped)
        return 'skipped';
    return outcome.findings.some((f) => f.severity === 'error') ? 'fail' : 'pass';
}
const silentLogger = { info: () => { }, warn: () => { }, debug: () => { } };

// EXTERNAL MODULE: ./src/core/report.ts
var report = __webpack_require__(8557);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/git/git.ts + 10 modules
var git_git = __webpack_require__(2724);
// EXTERNAL MODULE: ./src/git/errors.ts
var git_errors = __webpack_require__(3341);
;// CONCATENATED MODULE: ./src/git/revisions.ts



const FETCH_HINT = 'fetch more history (actions/checkout with fetch-depth: 0) or pass another ref';
/**
 * Decide what is compared with what: `--base` wins, then the pull request's base, then the merge base
 * with the default branch. `--head` pins a commit; without it the work tree is checked.
 */
async function resolveRevisions(git, request) {
    const worktree = request.head === undefined;
    const headRef = request.head ?? 'HEAD';
    // Linting explicit files reads the work tree only: no commit is needed (a repository without commits
    // is fine), so none is resolved; this saves a git process on every `lint FILE`.
    if (worktree && request.noBase && request.base === undefined)
        return { head: 'HEAD', worktree, baseSource: 'none' };
    const head = await git.resolveCommit(headRef);
    if (!head) {
        if (worktree)
            throw new errors/* UsageError */.eb(`the repository at ${git.root} has no commits yet; commit once, then re-run`);
        throw new errors/* UsageError */.eb(`--head ${headRef}: not a commit in this repository; ${FETCH_HINT}`);
    }
    if (request.base !== undefined) {
        await refuseAmbiguousBranch(git, request.base, '--base');
        const base = await git.resolveCommit(request.base);
        if (!base)
            throw new errors/* UsageError */.eb(`--base ${request.base}: not a commit in this repository; ${FETCH_HINT}`);
        return { base, head, worktree, baseSource: 'flag' };
    }
    if (request.noBase)
        return { head, worktree, baseSource: 'none' };
    if (request.pullRequestBase) {
        const base = await git.resolveCommit(request.pullRequestBase);
        if (!base) {
            throw new errors/* UsageError */.eb(`the pull request's base commit ${request.pullRequestBase.slice(0, 12)} is not in the checkout; ${FETCH_HINT}`);
        }
        // Compare with the merge base, as GitHub's "Files changed" tab does, so base-branch commits are not blamed on the PR.
        return { base: (await git.mergeBase(base, head)) ?? base, head, worktree, baseSource: 'pull-request' };
    }
    const branch = await git.defaultBranch();
    let branchRef;
    for (const ref of branch ? (0,git_git/* branchRefs */.DI)(branch) : []) {
        if (!(await git.resolveCommit(ref)))
            continue;
        branchRef = ref;
        // In a shallow clone git cannot tell; the check below names what is missing and the fix.
        const mergeBase = await git.mergeBase(ref, head).catch((error) => {
            if (error instanceof git_errors/* ShallowCloneError */.SD)
                return undefined;
            throw error;
        });
        if (mergeBase)
            return { base: mergeBase, head, worktree, baseSource: 'merge-base' };
    }
    if (!request.requireBase)
        return { head, worktree, baseSource: 'none' };
    if (await git.isShallow?.()) {
        throw new git_errors/* ShallowCloneError */.SD(branchRef ? `the merge base with ${branch}` : `the default branch${branch ? ` ${branch}` : ''}`, 'missing');
    }
    if (branchRef) {
        throw new git_errors/* NoBaseError */.De(`${branch} and ${worktree ? 'the work tree' : headRef} share no history, so there is nothing to compare with; pass --base REF`);
    }
    throw new git_errors/* NoBaseError */.De(`cannot tell what to compare with: origin/HEAD is not set and there is no main or master branch; pass --base REF (e.g. --base origin/trunk), or run git remote set-head origin --auto`);
}
/**
 * A short name that is both a tag and a branch (`main`): git would silently pick the tag. Refuse,
 * naming the full refs to choose from. Full refs (`refs/heads/main`) and SHAs pass untouched.
 */
async function refuseAmbiguousBranch(git, name, flag) {
    if (name.startsWith('refs/') || /^[0-9a-f]{7,64}$/i.test(name))
        return;
    if (!(await git.resolveCommit(`refs/tags/${name}`)))
        return;
    for (const ref of (0,git_git/* branchRefs */.DI)(name)) {
        if (await git.resolveCommit(ref)) {
            throw new errors/* UsageError */.eb(`${flag} ${name}: both a tag and a branch are named ${name}; pass refs/tags/${name} or ${ref}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/commands/run-gates.ts





/** Findings about the run itself (the policy it used), reported with the gates' findings. */
const policyFindings = new WeakMap();
/**
 * Open the repository and resolve base/head once for every gate of a run. With `policyFromBase`, a
 * pull request's run (or one given --base) takes its config from the base commit (config/trusted-base.ts).
 */
async function prepareGateContext(ctx, options = {}) {
    let { settings } = ctx;
    // Resolving the head goes through the run's cat-file: it starts with the lookup of the repository.
    const git = options.git ?? (await git_git/* GitCli */.Tq.open(settings.run.cwd, { objects: true }));
    const revisions = await resolveRevisions(git, {
        // Linting explicit files compares with nothing unless --base asks: skip finding the merge base.
        ...(options.needsBase === false ? { noBase: true } : {}),
        ...(options.requireBase ? { requireBase: true } : {}),
        ...(settings.run.base !== undefined ? { base: settings.run.base } : {}),
        // The work tree only when no head was named: `--head HEAD` is the HEAD commit, as `--head <sha>` is that commit.
        ...((settings.run.worktree ?? settings.run.head === 'HEAD') ? {} : { head: settings.run.head }),
        ...(ctx.pullRequest?.baseSha ? { pullRequestBase: ctx.pullRequest.baseSha } : {}),
    });
    ctx.log.debug(`comparing ${revisions.base ?? '(nothing)'} → ${revisions.worktree ? 'work tree' : revisions.head} (base from ${revisions.baseSource})`);
    let findings = [];
    if (options.policyFromBase && revisions.base && (ctx.pullRequest || settings.run.base !== undefined)) {
        // Loaded only here: the config schema and YAML parser stay out of runs that do not need them.
        const { policyFromBase } = await Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(815), __webpack_require__.e(443), __webpack_require__.e(427)]).then(__webpack_require__.bind(__webpack_require__, 3427));
        const policy = await policyFromBase(settings, git, revisions.base, {
            worktree: revisions.worktree,
            commit: revisions.head,
        });
        settings = policy.settings;
        findings = policy.findings;
        ctx.log.debug(`policy from the base commit ${revisions.base.slice(0, 7)} (${settings.run.configFile ?? 'no config file: defaults'})`);
    }
    if (options.adjust)
        settings = options.adjust(settings);
    const gateCtx = {
        settings,
        git,
        ...(revisions.base ? { base: revisions.base } : {}),
        head: revisions.head,
        worktree: revisions.worktree,
        ...(ctx.pullRequest ? { pullRequest: ctx.pullRequest } : {}),
        log: ctx.log,
        ...(ctx.github ? { github: ctx.github } : {}),
    };
    policyFindings.set(gateCtx, findings);
    return gateCtx;
}
/**
 * Run gates one after another and collect one report. A gate that crashes becomes an error finding
 * naming the gate, so the rest of the report still arrives; a usage error still ends the run (exit 2).
 */
async function runGates(gates, gateCtx, extra = {}) {
    const findings = [...(policyFindings.get(gateCtx) ?? [])];
    const summaries = [];
    const data = { ...extra };
    for (const gate of gates) {
        try {
            const outcome = await gate.run(gateCtx);
            findings.push(...outcome.findings);
            summaries.push({ gate: gate.id, status: statusOf(outcome), summary: outcome.summary });
            Object.assign(data, outcome.data ?? {});
        }
        catch (error) {
            if (error instanceof errors/* UsageError */.eb)
                throw error;
            findings.push({
                gate: gate.id,
                rule: 'gate-failed',
                severity: 'error',
                message: `the ${gate.title} gate could not finish: ${(0,errors/* errorMessage */.gJ)(error)}`,
                help: 'Re-run with RUNNER_DEBUG=1 (or --verbose) for details; report it if it persists.',
            });
            summaries.push({ gate: gate.id, status: 'fail', summary: 'could not finish' });
        }
    }
    return (0,report/* buildReport */.F)(findings, summaries, gateCtx.settings.run.failOn, data);
}


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


/***/ })

};
