import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 303;
export const ids = [303];
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

/***/ 308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ runGit),
/* harmony export */   Tq: () => (/* binding */ GitCli)
/* harmony export */ });
/* unused harmony exports MAX_DIFF_BYTES, MAX_ADDED_LINE, parseAddedLines, parseNameStatus */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/** At most this much diff text is read for added lines; a bigger diff is cut (and says so). */
const MAX_DIFF_BYTES = 16 * 1024 * 1024;
/** Added lines longer than this (minified bundles, data) are cut to it. */
const MAX_ADDED_LINE = 2000;
const MAX_GIT_OUTPUT = 256 * 1024 * 1024;
class GitCli {
    root;
    constructor(root) {
        this.root = root;
    }
    /** Open the repository that contains `cwd`; a folder outside git is a usage error. */
    static async open(cwd) {
        try {
            const root = (await runGit(cwd, ['rev-parse', '--show-toplevel'])).trim();
            return new GitCli(root);
        }
        catch {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${cwd} is not inside a git repository; run from the repository or pass --cwd`);
        }
    }
    git(args) {
        return runGit(this.root, args);
    }
    async resolveCommit(ref) {
        try {
            return (await this.git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
        }
        catch {
            return undefined;
        }
    }
    async mergeBase(a, b) {
        try {
            return (await this.git(['merge-base', '--end-of-options', a, b])).trim() || undefined;
        }
        catch {
            return undefined;
        }
    }
    async changedFiles(base, head) {
        const range = head ? [base, head] : [base];
        const out = await this.git([
            'diff',
            '--name-status',
            '-z',
            '-M',
            '--diff-filter=ACMRT',
            '--end-of-options',
            ...range,
            '--',
        ]);
        return parseNameStatus(out);
    }
    async readFileAt(ref, path) {
        try {
            return await this.git(['show', '--end-of-options', `${ref}:${path}`]);
        }
        catch {
            return undefined;
        }
    }
    async readBytesAt(ref, path) {
        try {
            return await runGitBytes(this.root, ['show', '--end-of-options', `${ref}:${path}`]);
        }
        catch {
            return undefined;
        }
    }
    async readBytesCapped(ref, path, maxBytes) {
        const spec = `${ref}:${path}`;
        const read = await streamGit(this.root, ['show', '--end-of-options', spec], maxBytes);
        if (read !== 'too-large')
            return read && { bytes: read };
        try {
            return {
                tooLarge: true,
                size: Number((await this.git(['cat-file', '-s', '--end-of-options', spec])).trim()),
            };
        }
        catch {
            return undefined;
        }
    }
    async listFilesAt(ref, under) {
        const out = await this.git([
            'ls-tree',
            '-r',
            '-z',
            '--name-only',
            '--end-of-options',
            ref,
            ...(under ? ['--', under] : []),
        ]);
        return out.split('\0').filter(Boolean);
    }
    async worktreeFiles() {
        const [listed, deleted] = await Promise.all([
            this.git(['ls-files', '-z', '--cached', '--others', '--exclude-standard']),
            this.git(['ls-files', '-z', '--deleted']),
        ]);
        const gone = new Set(deleted.split('\0').filter(Boolean));
        return [...new Set(listed.split('\0').filter((p) => p && !gone.has(p)))];
    }
    async untrackedFiles() {
        const out = await this.git(['ls-files', '-z', '--others', '--exclude-standard']);
        return out.split('\0').filter(Boolean);
    }
    async listTags() {
        const format = [
            '%(refname:strip=2)',
            '%(objecttype)',
            '%(*objectname)',
            '%(objectname)',
            '%(taggerdate:iso-strict)',
            '%(*committerdate:iso-strict)',
            '%(committerdate:iso-strict)',
        ].join('%00');
        const out = await this.git(['for-each-ref', `--format=${format}`, 'refs/tags']);
        return out
            .split('\n')
            .filter(Boolean)
            .map((line) => {
            const [name, type, peeled, object, taggerDate, peeledDate, commitDate] = line.split('\0');
            const annotated = type === 'tag';
            return {
                name: name,
                sha: annotated ? peeled : object,
                annotated,
                date: (annotated ? taggerDate || peeledDate : commitDate) ?? '',
            };
        });
    }
    async isAncestor(ancestor, descendant) {
        try {
            await this.git(['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant]);
            return true;
        }
        catch {
            return false;
        }
    }
    async defaultBranch() {
        try {
            const ref = (await this.git(['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD'])).trim();
            if (ref)
                return ref.replace(/^refs\/remotes\//, '');
        }
        catch {
            // no remote HEAD: fall back to local names
        }
        for (const candidate of ['main', 'master']) {
            if (await this.resolveCommit(`refs/heads/${candidate}`))
                return candidate;
        }
        return undefined;
    }
    async diffAddedLines(base, head) {
        const range = head ? [base, head] : [base];
        const args = [
            '-c',
            'core.quotepath=false',
            'diff',
            '-U0',
            '--no-color',
            '--no-ext-diff',
            '--no-textconv',
            '-M',
            '--diff-filter=ACMRT',
            '--end-of-options',
            ...range,
            '--',
        ];
        const read = await streamGitPrefix(this.root, args, MAX_DIFF_BYTES);
        if (!read)
            throw new Error('git diff failed');
        const parsed = parseAddedLines(read.text);
        return { files: parsed, truncated: read.truncated };
    }
}
/** Undo git's C-style quoting of a path (`"a\tb"`), used for names with unusual characters. */
function unquoteGitPath(raw) {
    if (!raw.startsWith('"') || !raw.endsWith('"'))
        return raw;
    const bytes = [];
    const body = raw.slice(1, -1);
    const simple = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
    for (let i = 0; i < body.length; i++) {
        const ch = body[i];
        if (ch !== '\\') {
            bytes.push(...Buffer.from(ch, 'utf8'));
            continue;
        }
        const next = body[i + 1] ?? '';
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
            i += 3;
        }
        else {
            bytes.push(simple[next] ?? next.charCodeAt(0));
            i += 1;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
/** Added lines per file from `git diff -U0` output (new paths; `/dev/null` targets are skipped). */
function parseAddedLines(diff) {
    const files = new Map();
    let current;
    let inHunk = false;
    let next = 0;
    for (const raw of diff.split('\n')) {
        if (raw.startsWith('diff --git ')) {
            current = undefined;
            inHunk = false;
            continue;
        }
        if (!inHunk) {
            if (raw.startsWith('+++ ')) {
                const target = raw.slice(4).replace(/\t$/, '');
                if (target === '/dev/null')
                    current = undefined;
                else {
                    const path = unquoteGitPath(target).replace(/^b\//, '');
                    current = files.get(path) ?? [];
                    files.set(path, current);
                }
                continue;
            }
        }
        const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw);
        if (hunk) {
            inHunk = true;
            next = Number(hunk[1]);
            continue;
        }
        if (!inHunk || !current)
            continue;
        if (raw.startsWith('+')) {
            const text = raw.slice(1);
            current.push({ line: next, text: text.length > MAX_ADDED_LINE ? text.slice(0, MAX_ADDED_LINE) : text });
            next += 1;
        }
        else if (raw.startsWith(' '))
            next += 1;
    }
    return files;
}
/** Read at most `maxBytes` of git's output (cut at the last whole line), stopping git when more comes. */
function streamGitPrefix(cwd, args, maxBytes) {
    return new Promise((resolvePromise) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, { cwd, env: gitEnv(), stdio: ['ignore', 'pipe', 'ignore'] });
        const chunks = [];
        let length = 0;
        let truncated = false;
        child.stdout.on('data', (chunk) => {
            if (truncated)
                return;
            if (length + chunk.length > maxBytes) {
                chunks.push(chunk.subarray(0, maxBytes - length));
                length = maxBytes;
                truncated = true;
                child.kill();
                return;
            }
            chunks.push(chunk);
            length += chunk.length;
        });
        child.on('error', () => resolvePromise(undefined));
        child.on('close', (code) => {
            if (!truncated && code !== 0)
                return resolvePromise(undefined);
            let text = Buffer.concat(chunks).toString('utf8');
            if (truncated)
                text = text.slice(0, Math.max(0, text.lastIndexOf('\n')));
            resolvePromise({ text, truncated });
        });
    });
}
function parseNameStatus(out) {
    const parts = out.split('\0').filter((p) => p !== '');
    const files = [];
    for (let i = 0; i < parts.length;) {
        const code = parts[i++];
        const kind = code[0];
        if (kind === 'R' || kind === 'C') {
            const from = parts[i++];
            const path = parts[i++];
            files.push({ path, from, status: kind === 'R' ? 'renamed' : 'copied' });
        }
        else {
            const path = parts[i++];
            const status = kind === 'A' ? 'added' : kind === 'T' ? 'type-changed' : 'modified';
            files.push({ path, status });
        }
    }
    return files;
}
/** Run git without a shell; arguments never pass through one. */
async function runGit(cwd, args) {
    return (await runGitBytes(cwd, args)).toString('utf8');
}
function gitEnv() {
    return { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
}
/** Stream git's output, stopping it once more than `maxBytes` came: a huge blob is never buffered whole. */
function streamGit(cwd, args, maxBytes) {
    return new Promise((resolvePromise) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, { cwd, env: gitEnv(), stdio: ['ignore', 'pipe', 'ignore'] });
        const chunks = [];
        let length = 0;
        let over = false;
        child.stdout.on('data', (chunk) => {
            if (over)
                return;
            length += chunk.length;
            if (length > maxBytes) {
                over = true;
                chunks.length = 0;
                child.kill();
                return;
            }
            chunks.push(chunk);
        });
        child.on('error', () => resolvePromise(undefined));
        child.on('close', (code) => resolvePromise(over ? 'too-large' : code === 0 ? Buffer.concat(chunks) : undefined));
    });
}
function runGitBytes(cwd, args) {
    return new Promise((resolvePromise, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd, maxBuffer: MAX_GIT_OUTPUT, encoding: 'buffer', env: gitEnv() }, (error, stdout, stderr) => {
            if (error)
                reject(new Error(`git ${args[0]} failed: ${stderr.toString('utf8').trim() || error.message}`));
            else
                resolvePromise(stdout);
        });
    });
}


/***/ })

};
