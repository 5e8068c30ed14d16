import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 60;
export const ids = [60];
export const modules = {

/***/ 9851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   notesCommand: () => (/* binding */ notesCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8557);
/* harmony import */ var _gates_notes_evaluate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4656);
/* harmony import */ var _gates_notes_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7741);
/* harmony import */ var _gates_notes_template_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9934);
/* harmony import */ var _release_history_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(909);
/* harmony import */ var _release_names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5365);
/* harmony import */ var _release_release_git_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5285);
/* harmony import */ var _specs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3990);









const USAGE = _specs_js__WEBPACK_IMPORTED_MODULE_8__/* .NOTES_SPEC */ .SY.usage;
/** `notes check` checks a release note; `notes draft` prints one with Release ID and Rollback filled in. */
const notesCommand = {
    ..._specs_js__WEBPACK_IMPORTED_MODULE_8__/* .NOTES_SPEC */ .SY,
    async run(ctx) {
        const [sub, ...rest] = ctx.args;
        if (rest.length)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`notes ${sub ?? ''} takes no arguments (got "${rest[0]}"); usage: rollback-ready ${USAGE}`);
        if (sub === 'check')
            return notesCheck(ctx);
        if (sub === 'draft') {
            if (ctx.flags.release !== undefined || ctx.flags.file !== undefined) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('notes draft takes no --release or --file; it prints a new note');
            }
            return notesDraft(ctx);
        }
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${sub ? `unknown notes command "${sub}"` : 'notes needs a subcommand'}; usage: rollback-ready ${USAGE}`);
    },
};
/** Fill in the repository from the origin remote when the environment does not name it. */
async function withRepository(github, git) {
    if (!github?.token || github.repository)
        return github;
    const repository = await git.originRepository();
    return repository ? { ...github, repository } : github;
}
function flag(ctx, name) {
    const value = ctx.flags[name];
    if (value === undefined)
        return undefined;
    if (typeof value !== 'string' || value.trim() === '')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--${name} needs a value`);
    return value;
}
async function notesCheck(ctx) {
    const { settings } = ctx;
    const release = flag(ctx, 'release');
    const file = flag(ctx, 'file');
    if (release !== undefined)
        (0,_release_names_js__WEBPACK_IMPORTED_MODULE_6__/* .assertReleaseName */ .pB)(release, '--release');
    const git = await _release_release_git_js__WEBPACK_IMPORTED_MODULE_7__/* .ReleaseGitCli */ .uA.open(settings.run.cwd);
    const github = await withRepository(ctx.github, git);
    const text = await (0,_gates_notes_source_js__WEBPACK_IMPORTED_MODULE_3__/* .findNote */ .GZ)({
        settings,
        root: git.root,
        ...(ctx.pullRequest ? { pullRequest: ctx.pullRequest } : {}),
        ...(github ? { github } : {}),
        log: ctx.log,
        ...(release !== undefined ? { release } : {}),
        ...(file !== undefined ? { file } : {}),
    });
    if (!text) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('no release note to check: pass --pr-body-file FILE, --file FILE or --release TAG (the action reads the pull request or release of its event)');
    }
    const evaluation = await (0,_gates_notes_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateNote */ ._)({
        text,
        settings,
        git,
        ...(github ? { github } : {}),
        log: ctx.log,
        now: new Date(),
    });
    const status = evaluation.findings.some((f) => f.severity === 'error') ? 'fail' : 'pass';
    const rollbackTarget = evaluation.knownGood?.releaseId;
    const report = (0,_core_report_js__WEBPACK_IMPORTED_MODULE_1__/* .buildReport */ .F)(evaluation.findings, [{ gate: 'notes', status, summary: evaluation.summary }], settings.run.failOn, {
        ...(evaluation.releaseId ? { releaseId: evaluation.releaseId } : {}),
        ...(rollbackTarget ? { rollbackTarget } : {}),
        ...(evaluation.knownGood ? { knownGoodSource: evaluation.knownGood.source } : {}),
        noteSource: text.origin,
    });
    return {
        report,
        outputs: {
            ...(evaluation.releaseId ? { 'release-id': evaluation.releaseId } : {}),
            ...(rollbackTarget ? { 'rollback-target': rollbackTarget } : {}),
        },
    };
}
async function notesDraft(ctx) {
    const { settings } = ctx;
    const git = await _release_release_git_js__WEBPACK_IMPORTED_MODULE_7__/* .ReleaseGitCli */ .uA.open(settings.run.cwd);
    const head = await git.resolveCommit(settings.run.head);
    if (!head)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--head ${settings.run.head}: not a commit in this repository`);
    const github = await withRepository(ctx.github, git);
    const history = await (0,_release_history_js__WEBPACK_IMPORTED_MODULE_5__/* .readReleaseHistory */ .Cr)(git, settings.config.tagging);
    const next = await (0,_release_history_js__WEBPACK_IMPORTED_MODULE_5__/* .nextRelease */ .zH)(git, history, { bump: settings.config.tagging.bump, now: new Date(), head });
    const known = await (0,_gates_notes_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .findKnownGood */ .Y)({ settings, history, ...(github ? { github } : {}), log: ctx.log });
    for (const f of known.findings)
        ctx.log.warn(f.message);
    const rollbackTarget = known.knownGood?.releaseId;
    const note = (0,_gates_notes_template_js__WEBPACK_IMPORTED_MODULE_4__/* .noteTemplate */ .R)({
        releaseId: next.releaseId,
        rollback: rollbackTarget ?? 'none (first release)',
    });
    const from = known.knownGood
        ? `rollback target ${known.knownGood.releaseId} (from ${known.knownGood.source})`
        : 'first release';
    const report = (0,_core_report_js__WEBPACK_IMPORTED_MODULE_1__/* .buildReport */ .F)(known.findings, [{ gate: 'notes', status: 'pass', summary: `draft for ${next.releaseId}; ${from}` }], settings.run.failOn, {
        releaseId: next.releaseId,
        ...(rollbackTarget ? { rollbackTarget } : {}),
        note,
    });
    return {
        report,
        text: note,
        outputs: {
            'release-id': next.releaseId,
            ...(rollbackTarget ? { 'rollback-target': rollbackTarget } : {}),
        },
    };
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

/***/ 9934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ noteTemplate)
/* harmony export */ });
/* harmony import */ var _parse_note_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4838);

/**
 * The release-note section, as the pull request template carries it and `notes draft` prints it.
 * Placeholders are `…` (visible when rendered) with the hint in an HTML comment (visible when editing).
 * List items, so every field renders on its own line.
 */
function noteTemplate(values = {}) {
    return [
        _parse_note_js__WEBPACK_IMPORTED_MODULE_0__/* .NOTE_START */ .Sb,
        '### Release note',
        '',
        `- **Release ID:** ${values.releaseId ?? '…'} <!-- the tag this release gets, e.g. v1.4.2; npx rollback-ready notes draft fills it in -->`,
        '- **Change:** … <!-- one sentence: what changes for users -->',
        '- **Watch:** … <!-- one or two metrics or user actions that show it works, e.g. checkout completion rate -->',
        `- **Rollback:** ${values.rollback ?? '…'} <!-- the release to go back to (the current known-good release) -->`,
        '- **Owner:** … <!-- @user or @org/team who watches this release -->',
        '- **Kill switch:** <!-- optional: the flag that turns this change off -->',
        '- **Backup:** <!-- optional: the backup taken before this release -->',
        _parse_note_js__WEBPACK_IMPORTED_MODULE_0__/* .NOTE_END */ .nA,
        '',
    ].join('\n');
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


/***/ }),

/***/ 8139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CE: () => (/* binding */ octokitLedgerReader),
  o6: () => (/* binding */ openGitHub),
  SC: () => (/* binding */ readLedger),
  rD: () => (/* binding */ readPayload)
});

// EXTERNAL MODULE: ./src/release/names.ts
var names = __webpack_require__(5365);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(4475);
// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 21 modules
var dist_src = __webpack_require__(9988);
;// CONCATENATED MODULE: ./src/github/octokit.ts



const GitHubClient = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/**
 * For tests only: a shorter per-request timeout (milliseconds), so a hung API can be simulated in
 * seconds instead of the default 30 s. Ignored unless it is a positive integer.
 */
const HTTP_TIMEOUT_ENV = 'ROLLBACK_READY_HTTP_TIMEOUT_MS';
function timeoutFromEnv() {
    const ms = Number(process.env[HTTP_TIMEOUT_ENV] ?? '');
    return Number.isSafeInteger(ms) && ms > 0 ? ms : undefined;
}
/** An Octokit that retries transient failures a bounded number of times and honours rate limits. */
function createGitHubClient(options) {
    const timeoutMs = options.timeoutMs ?? timeoutFromEnv() ?? 30_000;
    const maxWait = options.maxRateLimitWaitSeconds ?? 60;
    const retries = options.retries ?? 3;
    const shouldWait = (kind) => (retryAfter, request, _octokit, retryCount) => {
        if (retryCount < 2 && retryAfter <= maxWait) {
            options.log.warn(`GitHub ${kind} rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s`);
            return true;
        }
        options.log.warn(`GitHub ${kind} rate limit on ${request.method} ${request.url}; giving up (retry-after ${retryAfter}s)`);
        return false;
    };
    return new GitHubClient({
        auth: options.token,
        baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
        userAgent: 'rollback-ready',
        request: {
            fetch: async (url, init = {}) => {
                const timeout = AbortSignal.timeout(timeoutMs);
                const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
                try {
                    return await fetch(url, { ...init, signal });
                }
                catch (error) {
                    // Say what happened in words; the retry plugin still retries it like any network error.
                    if (!timeout.aborted)
                        throw error;
                    throw new Error(`GitHub did not answer ${init.method ?? 'GET'} ${new URL(String(url)).pathname} within ${timeoutMs / 1000} s`, { cause: error });
                }
            },
        },
        retry: { retries },
        throttle: {
            onRateLimit: shouldWait('primary'),
            onSecondaryRateLimit: shouldWait('secondary'),
        },
        log: {
            debug: () => { },
            info: () => { },
            warn: (m) => options.log.debug(m),
            error: (m) => options.log.debug(m),
        },
    });
}

;// CONCATENATED MODULE: ./src/github/ledger-read.ts


const MAX_DEPLOYMENTS = 50;
/** Our payload fields from a deployment's payload (an object, or JSON text), dropping anything mistyped. */
function readPayload(raw) {
    let data = raw;
    if (typeof data === 'string') {
        try {
            data = JSON.parse(data);
        }
        catch {
            return {};
        }
    }
    if (!data || typeof data !== 'object' || Array.isArray(data))
        return {};
    const p = data;
    const out = {};
    if (typeof p.releaseId === 'string' && p.releaseId)
        out.releaseId = p.releaseId;
    if (typeof p.previousRelease === 'string')
        out.previousRelease = p.previousRelease;
    if (p.kind === 'deploy' || p.kind === 'rollback' || p.kind === 'drill')
        out.kind = p.kind;
    if (typeof p.actor === 'string')
        out.actor = p.actor;
    if (typeof p.reason === 'string')
        out.reason = p.reason;
    if (Array.isArray(p.migrations))
        out.migrations = p.migrations.filter((m) => typeof m === 'string');
    if (typeof p.rolledBackFrom === 'string' && p.rolledBackFrom)
        out.rolledBackFrom = p.rolledBackFrom;
    return out;
}
/**
 * Walk deployments newest first. A rollback names the release it left (`rolledBackFrom`), and it is
 * always newer than that release's deployment, so by the time we reach a deployment we already know
 * whether it was rolled back from. Drills never count as production; `exclude` skips one release
 * (the one whose note is being checked).
 */
async function readLedger(reader, environment, options = {}) {
    const deployments = await reader.listDeployments(environment, options.limit ?? MAX_DEPLOYMENTS);
    const rolledBack = new Set();
    const state = { deployments: deployments.length };
    for (const d of deployments) {
        const kind = d.payload.kind ?? 'deploy';
        if (kind === 'drill')
            continue;
        const releaseId = d.payload.releaseId ?? d.ref;
        // Anyone with deployments: write can put any text in a payload or ref: a name that is not a safe
        // tag never becomes "what is live", a rollback target or an action output.
        if ((0,names/* refNameProblem */.CY)(releaseId))
            continue;
        // Checking a release's own note: its deployments say nothing about what to roll back to.
        if (releaseId !== options.exclude) {
            const statuses = await reader.listStatuses(d.id);
            const release = {
                releaseId,
                sha: d.sha,
                deploymentId: d.id,
                createdAt: d.createdAt,
                kind,
            };
            // A later success marks earlier ones inactive, so "succeeded once" is any success in the history.
            if (!state.current && statuses[0] === 'success')
                state.current = release;
            if (!state.knownGood && statuses.includes('success') && !rolledBack.has(releaseId))
                state.knownGood = release;
            if (state.current && state.knownGood)
                break;
        }
        if (kind === 'rollback' && d.payload.rolledBackFrom)
            rolledBack.add(d.payload.rolledBackFrom);
    }
    return state;
}
function octokitLedgerReader(client, owner, repo) {
    return {
        async listDeployments(environment, limit) {
            const { data } = await client.rest.repos.listDeployments({
                owner,
                repo,
                environment,
                per_page: Math.min(limit, 100),
            });
            return data.slice(0, limit).map((d) => ({
                id: d.id,
                ref: d.ref,
                sha: d.sha,
                createdAt: d.created_at,
                payload: readPayload(d.payload),
            }));
        },
        async listStatuses(deploymentId) {
            const { data } = await client.rest.repos.listDeploymentStatuses({
                owner,
                repo,
                deployment_id: deploymentId,
                per_page: 100,
            });
            return data.map((s) => s.state);
        },
    };
}
/** An API client and the repository to ask about, when a token and a repository are known. */
function openGitHub(access, log) {
    const [owner, repo] = (access?.repository ?? '').split('/');
    if (!access?.token || !owner || !repo)
        return undefined;
    const client = createGitHubClient({
        token: access.token,
        ...(access.apiUrl ? { baseUrl: access.apiUrl } : {}),
        log,
    });
    return { client, owner, repo };
}


/***/ })

};
