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
/* harmony import */ var _release_release_git_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5285);
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

/***/ 8557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ buildReport)
/* harmony export */ });
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5278);
/* harmony import */ var _tool_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(121);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9478);



function buildReport(findings, gates, failOn, extra = {}) {
    return {
        schemaVersion: 1,
        tool: { name: _tool_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_NAME */ .lH, version: _tool_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_VERSION */ .wr },
        verdict: (0,_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .verdictOf */ .Vj)(findings, failOn),
        findings: (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFindings */ .Tc)(findings),
        gates: [...gates],
        ...extra,
    };
}


/***/ }),

/***/ 7695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ ruleDocs)
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
function ruleDocs(ruleId) {
    return `${_core_tool_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCS_BASE */ .M0}/rules/${ruleId}.md`;
}


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


/***/ }),

/***/ 909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JF: () => (/* binding */ latestRelease),
  zH: () => (/* binding */ nextRelease),
  Cr: () => (/* binding */ readReleaseHistory)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/release/conventional.ts
const HEADER = /^(?<type>[A-Za-z]+)(?:\([^()\r\n]*\))?(?<bang>!)?:\s/;
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE:\s/m;
/** The bump one commit message asks for under Conventional Commits: `!`/BREAKING CHANGE → major, feat → minor. */
function bumpOfCommit(message) {
    const header = HEADER.exec(message.trimStart());
    if (header?.groups?.bang || BREAKING_FOOTER.test(message))
        return 'major';
    if (header?.groups?.type?.toLowerCase() === 'feat')
        return 'minor';
    return 'patch';
}
const RANK = { patch: 0, minor: 1, major: 2 };
/** The largest bump among commits since the last release; patch when there are none or none say more. */
function bumpFromCommits(messages) {
    let bump = 'patch';
    for (const message of messages) {
        const b = bumpOfCommit(message);
        if (RANK[b] > RANK[bump])
            bump = b;
    }
    return bump;
}

// EXTERNAL MODULE: ./src/release/schemes.ts
var schemes = __webpack_require__(1473);
;// CONCATENATED MODULE: ./src/release/history.ts



async function readReleaseHistory(git, config) {
    const scheme = (0,schemes/* schemeFromConfig */._6)(config);
    const allTags = await git.listTags();
    const branch = await git.releaseBranch(config['release-branch']);
    const reachable = new Set();
    for (const tip of branch?.tips ?? [])
        for (const name of await git.tagsReachableFrom(tip))
            reachable.add(name);
    const tagged = [];
    for (const tag of allTags) {
        const id = scheme.parse(tag.name);
        if (id)
            tagged.push({ id, tag, onBranch: reachable.has(tag.name) });
    }
    const order = (a, b) => scheme.compare(a.id, b.id) || a.id.name.localeCompare(b.id.name);
    tagged.sort(order);
    const releases = tagged.filter((t) => t.onBranch && (config['allow-prerelease'] || !t.id.prerelease));
    return { scheme, ...(branch ? { branch } : {}), tagged, releases, allTags };
}
function latestRelease(history, exclude) {
    return history.releases.filter((r) => r.id.name !== exclude).at(-1);
}
/** The next release ID: the scheme's successor of the latest release, never a name a tag already has. */
async function nextRelease(git, history, options) {
    const latest = latestRelease(history);
    const bump = options.bump === 'auto'
        ? bumpFromCommits(await git.commitMessages(latest?.tag.sha, options.head))
        : options.bump;
    const releaseId = history.scheme.next(latest?.id, {
        bump,
        now: options.now,
        taken: history.tagged.map((t) => t.id),
    });
    const clash = history.allTags.find((t) => t.name === releaseId);
    if (clash) {
        throw new errors/* UsageError */.eb(`the next release ID ${releaseId} is already a tag (on ${clash.sha.slice(0, 7)}, off the release branch); delete that tag or choose the ID yourself`);
    }
    return { releaseId, bump, ...(latest ? { previous: latest.id.name } : {}) };
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


/***/ }),

/***/ 5285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gO: () => (/* binding */ assertGitAcceptsTag),
/* harmony export */   uA: () => (/* binding */ ReleaseGitCli)
/* harmony export */ });
/* unused harmony export repositoryFromRemoteUrl */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(308);


const MAX_MESSAGES = 2000;
class ReleaseGitCli {
    repo;
    constructor(repo) {
        this.repo = repo;
    }
    static async open(cwd) {
        return new ReleaseGitCli(await _git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .GitCli */ .Tq.open(cwd));
    }
    static from(repo) {
        return new ReleaseGitCli(repo);
    }
    get root() {
        return this.repo.root;
    }
    listTags() {
        return this.repo.listTags();
    }
    resolveCommit(ref) {
        return this.repo.resolveCommit(ref);
    }
    isAncestor(ancestor, descendant) {
        return this.repo.isAncestor(ancestor, descendant);
    }
    async releaseBranch(configured) {
        const names = configured ? [configured] : await this.defaultBranchNames();
        for (const name of names) {
            const tips = [];
            for (const ref of [`refs/heads/${name}`, `refs/remotes/origin/${name}`]) {
                const sha = await this.repo.resolveCommit(ref);
                if (sha && !tips.includes(sha))
                    tips.push(sha);
            }
            if (tips.length)
                return { name, tips };
        }
        return undefined;
    }
    async defaultBranchNames() {
        const found = await this.repo.defaultBranch();
        const names = found ? [found.replace(/^origin\//, '')] : [];
        for (const fallback of ['main', 'master'])
            if (!names.includes(fallback))
                names.push(fallback);
        return names;
    }
    async tagsReachableFrom(commit) {
        const out = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(this.root, [
            'for-each-ref',
            `--merged=${commit}`,
            '--format=%(refname:strip=2)',
            'refs/tags',
        ]);
        return new Set(out.split('\n').filter(Boolean));
    }
    async branchesNamed(name) {
        const out = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(this.root, [
            'for-each-ref',
            '--format=%(refname)',
            `refs/heads/${name}`,
            `refs/remotes/*/${name}`,
        ]);
        const exact = new RegExp(`^refs/(heads|remotes/[^/]+)/${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
        return out.split('\n').filter((ref) => exact.test(ref));
    }
    async commitMessages(from, to) {
        const range = from ? `${from}..${to}` : to;
        const out = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(this.root, [
            'log',
            `--max-count=${MAX_MESSAGES}`,
            '--format=%B%x00',
            '--end-of-options',
            range,
            '--',
        ]);
        return out
            .split('\0')
            .map((m) => m.trim())
            .filter(Boolean);
    }
    async isValidTagRef(name) {
        try {
            await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(this.root, ['check-ref-format', `refs/tags/${name}`]);
            return true;
        }
        catch {
            return false;
        }
    }
    async originRepository() {
        try {
            const url = (await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(this.root, ['remote', 'get-url', 'origin'])).trim();
            return repositoryFromRemoteUrl(url);
        }
        catch {
            return undefined;
        }
    }
}
/** `owner/repo` from `https://github.com/o/r.git`, `git@github.com:o/r.git` and the like. */
function repositoryFromRemoteUrl(url) {
    const m = /[:/]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url.trim());
    return m ? `${m[1]}/${m[2]}` : undefined;
}
/** A name the caller already checked with the pure validator; git must agree, or the run stops (exit 2). */
async function assertGitAcceptsTag(git, name, label) {
    if (!(await git.isValidTagRef(name))) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${label}: ${JSON.stringify(name)} is not a valid tag name (git check-ref-format refs/tags/${name} refuses it)`);
    }
}


/***/ })

};
