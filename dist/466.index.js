import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 466;
export const ids = [466];
export const modules = {

/***/ 2466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tagCommand: () => (/* binding */ tagCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8557);
/* harmony import */ var _gates_tagging_verify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6811);
/* harmony import */ var _release_history_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(909);
/* harmony import */ var _release_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5365);
/* harmony import */ var _release_release_git_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9862);
/* harmony import */ var _specs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3990);







const USAGE = _specs_js__WEBPACK_IMPORTED_MODULE_6__/* .TAG_SPEC */ .n0.usage;
/** `tag next` prints the next release ID; `tag verify [TAG]` checks a tag or a proposed name. */
const tagCommand = {
    ..._specs_js__WEBPACK_IMPORTED_MODULE_6__/* .TAG_SPEC */ .n0,
    async run(ctx) {
        const [sub, ...rest] = ctx.args;
        switch (sub) {
            case 'next':
                if (rest.length)
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`tag next takes no arguments (got "${rest[0]}"); usage: rollback-ready ${USAGE}`);
                return tagNext(ctx);
            case 'verify':
                if (rest.length > 1)
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`tag verify takes one tag name (got ${rest.length}); usage: rollback-ready ${USAGE}`);
                return tagVerify(ctx, rest[0]);
            default:
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${sub ? `unknown tag command "${sub}"` : 'tag needs a subcommand'}; usage: rollback-ready ${USAGE}`);
        }
    },
};
async function openRepo(ctx) {
    const git = await _release_release_git_js__WEBPACK_IMPORTED_MODULE_5__/* .ReleaseGitCli */ .uA.open(ctx.settings.run.cwd);
    const ref = ctx.settings.run.head;
    const head = await git.resolveCommit(ref);
    if (!head) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(ref === 'HEAD'
            ? `the repository at ${git.root} has no commits yet; commit once, then re-run`
            : `--head ${ref}: not a commit in this repository; fetch more history or pass another ref`);
    }
    return { git, head };
}
async function tagNext(ctx) {
    const { settings } = ctx;
    const { git, head } = await openRepo(ctx);
    const history = await (0,_release_history_js__WEBPACK_IMPORTED_MODULE_3__/* .readReleaseHistory */ .Cr)(git, settings.config.tagging);
    if (!history.branch)
        ctx.log.debug('release branch not found: the latest release is read from all release tags');
    // A commit that already is a release gets no second name: proposing a bump would tag it twice.
    // Also a release tagged off the release branch (a release/5.3 branch's 5.3.4): HEAD has its ID already.
    const already = history.releases.filter((r) => r.tag.sha === head).at(-1) ??
        history.tagged.filter((r) => r.tag.sha === head && !r.id.prerelease).at(-1);
    if (already) {
        const where = already.onBranch
            ? ''
            : ` (tagged off the release branch ${history.branch?.name ?? ''})`.replace(' )', ')');
        const summary = `HEAD is already release ${already.id.name}${where}; nothing to tag`;
        const report = (0,_core_report_js__WEBPACK_IMPORTED_MODULE_1__/* .buildReport */ .F)([], [{ gate: 'tagging', status: 'pass', summary }], settings.run.failOn, {
            currentRelease: already.id.name,
            scheme: history.scheme.id,
        });
        return { report, text: `${summary}\n` };
    }
    const next = await (0,_release_history_js__WEBPACK_IMPORTED_MODULE_3__/* .nextRelease */ .zH)(git, history, { bump: settings.config.tagging.bump, now: new Date(), head });
    const after = next.previous ? `after ${next.previous}` : 'first release';
    const summary = `${next.releaseId} (${after}; ${history.scheme.id}${history.scheme.id === 'calver' ? '' : `, ${next.bump} bump`})`;
    const report = (0,_core_report_js__WEBPACK_IMPORTED_MODULE_1__/* .buildReport */ .F)([], [{ gate: 'tagging', status: 'pass', summary }], settings.run.failOn, {
        releaseId: next.releaseId,
        ...(next.previous ? { previousRelease: next.previous } : {}),
        bump: next.bump,
        scheme: history.scheme.id,
    });
    return { report, text: `${next.releaseId}\n`, outputs: { 'release-id': next.releaseId } };
}
async function tagVerify(ctx, name) {
    const { settings } = ctx;
    if (name !== undefined)
        (0,_release_names_js__WEBPACK_IMPORTED_MODULE_4__/* .assertReleaseName */ .pB)(name, 'tag verify');
    const { git, head } = await openRepo(ctx);
    if (name !== undefined)
        await (0,_release_release_git_js__WEBPACK_IMPORTED_MODULE_5__/* .assertGitAcceptsTag */ .gO)(git, name, 'tag verify');
    const config = settings.config.tagging;
    const history = await (0,_release_history_js__WEBPACK_IMPORTED_MODULE_3__/* .readReleaseHistory */ .Cr)(git, config);
    let names;
    if (name !== undefined) {
        names = [name];
    }
    else {
        names = history.tagged.filter((t) => t.tag.sha === head).map((t) => t.id.name);
        if (!names.length) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`tag verify: no release tag points at ${settings.run.head} (${head.slice(0, 7)}); name the tag or the proposed ID: rollback-ready tag verify v1.4.2`);
        }
    }
    const findings = [];
    const summaries = [];
    let sha = head;
    for (const n of names) {
        const outcome = await (0,_gates_tagging_verify_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyReleaseTag */ .T)(git, history, config, { name: n, head });
        findings.push(...outcome.findings);
        summaries.push(outcome.summary);
        sha = outcome.sha;
    }
    const releaseId = names.at(-1);
    const status = findings.some((f) => f.severity === 'error') ? 'fail' : 'pass';
    const report = (0,_core_report_js__WEBPACK_IMPORTED_MODULE_1__/* .buildReport */ .F)(findings, [{ gate: 'tagging', status, summary: summaries.join('; ') }], settings.run.failOn, {
        releaseId,
        sha,
        scheme: history.scheme.id,
    });
    return { report, outputs: { 'release-id': releaseId } };
}


/***/ }),

/***/ 7695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* reexport safe */ _core_tool_js__WEBPACK_IMPORTED_MODULE_0__.hS)
/* harmony export */ });
/* unused harmony export TAGGING_RULES */
/* harmony import */ var _core_tool_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(121);
/** Rule ids the tagging gate reports; each has a page under docs/rules/. */
const TAGGING_RULES = {
    'release-id-scheme': 'the tag is not a release ID of the configured scheme',
    'release-id-prerelease': 'a pre-release tag is not a production release unless tagging.allow-prerelease is set',
    'release-id-order': 'the release ID is not strictly after every earlier release in the scheme order',
    'tag-off-release-branch': 'the tag points at a commit that is not on the release branch',
    'release-branch-missing': 'the release branch is not in this clone, so nothing can be checked against it',
    'duplicate-release-id': 'another release ID already names the same commit',
    'tag-branch-confusion': 'a branch has the same name as the tag',
    'lightweight-tag': 'the tag is lightweight while tagging.require-annotated is set',
};



/***/ }),

/***/ 6811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ verifyReleaseTag)
/* harmony export */ });
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7695);

function finding(rule, message, help) {
    return { gate: 'tagging', rule, severity: 'error', message, help, docs: (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleDocs */ .y)(rule) };
}
/**
 * Check a release ID as a tag: an existing tag where it points, or a proposed name on `head`.
 * One finding per reason; the name itself was validated before (a bad name is a usage error).
 */
async function verifyReleaseTag(git, history, config, request) {
    const { name } = request;
    const { scheme } = history;
    const tag = history.allTags.find((t) => t.name === name);
    const sha = tag?.sha ?? request.head;
    const short = sha.slice(0, 7);
    const findings = [];
    const id = scheme.parse(name);
    if (!id) {
        findings.push(finding('release-id-scheme', `${name} is not a release ID of the ${scheme.label} scheme.`, `Name releases like ${scheme.example}; "rollback-ready tag next" prints the next one.`));
    }
    else if (id.prerelease && !config['allow-prerelease']) {
        findings.push(finding('release-id-prerelease', `${name} is a pre-release, and pre-releases are not production releases here.`, 'Tag production with a plain version, or set tagging.allow-prerelease: true if pre-releases do go to production.'));
    }
    const branch = history.branch;
    if (!branch) {
        const wanted = config['release-branch'] ?? 'the default branch';
        findings.push(finding('release-branch-missing', `Cannot check ${name} against the release branch: ${wanted} is not in this clone.`, 'Fetch the full history (actions/checkout with fetch-depth: 0), or set tagging.release-branch.'));
    }
    else {
        let onBranch = false;
        for (const tip of branch.tips)
            if (!onBranch)
                onBranch = await git.isAncestor(sha, tip);
        if (!onBranch) {
            findings.push(finding('tag-off-release-branch', `${name} ${tag ? 'points at' : 'would point at'} ${short}, which is not on the release branch ${branch.name}.`, `Release only commits that are on ${branch.name} (merge first), so a rollback never lands on code that was never on the branch.`));
        }
    }
    if (id && !(id.prerelease && !config['allow-prerelease'])) {
        const earlier = await earlierReleases(git, history, name, sha, Boolean(tag));
        const newest = earlier.at(-1);
        if (newest && scheme.compare(id, newest.id) <= 0) {
            findings.push(finding('release-id-order', `${name} is not after ${newest.id.name}, an earlier release${branch ? ` on ${branch.name}` : ''}; release IDs must only go up.`, `Use an ID after ${newest.id.name} ("rollback-ready tag next" prints it), so "the latest release" always means the newest code.`));
        }
    }
    const twins = history.tagged.filter((t) => t.tag.sha === sha && t.id.name !== name && (config['allow-prerelease'] || !t.id.prerelease));
    if (twins.length) {
        findings.push(finding('duplicate-release-id', `${short} is already released as ${twins.map((t) => t.id.name).join(', ')}; one commit gets one release ID.`, 'Keep the existing release ID, or make the new release from a new commit.'));
    }
    const branches = await git.branchesNamed(name);
    if (branches.length) {
        findings.push(finding('tag-branch-confusion', `${name} is also the name of a branch (${branches.join(', ')}); git and GitHub may resolve it to the branch instead of the tag.`, `Delete or rename the branch (git push origin --delete ${name}), so a rollback to ${name} cannot pick up a branch.`));
    }
    if (tag && !tag.annotated && config['require-annotated']) {
        findings.push(finding('lightweight-tag', `${name} is a lightweight tag; this repository requires annotated tags (tagging.require-annotated).`, `Recreate it annotated: git tag -a ${name} -m "Release ${name}" ${short}, or let the release workflow create it.`));
    }
    const what = tag
        ? `${tag.annotated ? 'annotated' : 'lightweight'} tag on ${short}`
        : `proposed for ${short}`;
    const verdict = findings.length ? `${findings.length} problem(s)` : 'ok';
    return {
        findings,
        releaseId: name,
        sha,
        existing: Boolean(tag),
        summary: `${name} (${what}, ${scheme.id}${branch ? `, branch ${branch.name}` : ''}): ${verdict}`,
    };
}
/** Releases before this one: for an existing tag, those in its history; for a proposed one, all on the branch. */
async function earlierReleases(git, history, name, sha, existing) {
    const others = history.releases.filter((r) => r.id.name !== name);
    if (!existing)
        return others;
    const reachable = await git.tagsReachableFrom(sha);
    return others.filter((r) => reachable.has(r.id.name) && r.tag.sha !== sha);
}


/***/ })

};
