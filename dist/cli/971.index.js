import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 971;
export const ids = [971];
export const modules = {

/***/ 3454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   backupCommand: () => (/* binding */ backupCommand),
/* harmony export */   createBackupCommand: () => (/* binding */ createBackupCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _gates_backup_gate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1439);
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
            const settings = ctx.flags['restore-check'] === true
                ? {
                    ...ctx.settings,
                    config: {
                        ...ctx.settings.config,
                        backup: { ...ctx.settings.config.backup, 'restore-check': true },
                    },
                }
                : ctx.settings;
            const gateCtx = await (0,_run_gates_js__WEBPACK_IMPORTED_MODULE_2__.prepareGateContext)({ ...ctx, settings });
            return { report: await (0,_run_gates_js__WEBPACK_IMPORTED_MODULE_2__.runGates)([gate], gateCtx) };
        },
    };
}
const backupCommand = createBackupCommand();


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
