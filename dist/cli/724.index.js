import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 724;
export const ids = [724];
export const modules = {

/***/ 2724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Tq: () => (/* reexport */ GitCli),
  DI: () => (/* reexport */ branchRefs),
  EO: () => (/* reexport */ git_run/* runGit */.EO)
});

// UNUSED EXPORTS: MAX_ADDED_LINE, MAX_DIFF_BYTES, parseAddedLines, parseNameStatus

;// CONCATENATED MODULE: ./src/git/diff-output.ts
/** Added lines longer than this (minified bundles, data) are cut to it. */
const MAX_ADDED_LINE = 2000;
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

// EXTERNAL MODULE: ./src/git/errors.ts
var errors = __webpack_require__(3341);
// EXTERNAL MODULE: ./src/git/run.ts
var git_run = __webpack_require__(3073);
;// CONCATENATED MODULE: ./src/git/repo-context.ts


/** git run at the root: its stdout, or a typed GitError (`ref` names what it was about: MissingRefError). */
function gitAt(root, args, ref) {
    return (0,git_run/* runGit */.EO)(root, args, ref === undefined ? {} : { ref });
}
/** The typed error for a failed run (never a flattened undefined/false). */
function rejectRun(root, args, stderr, code, ref) {
    throw (0,errors/* gitFailure */.tv)(args, stderr || `exit ${code}`, root, ref);
}
/** A full commit id (SHA-1 or SHA-256): answers about it never change within a run. */
const FULL_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

;// CONCATENATED MODULE: ./src/git/diffs.ts



/** At most this much diff text is read for added lines; a bigger diff is cut (and says so). */
const MAX_DIFF_BYTES = 16 * 1024 * 1024;
/**
 * GitCli's diffs from `base` to `head` (or the work tree): which files changed, every path touched, the
 * added lines. Each is one `git diff` of its own.
 */
async function changedFiles(root, base, head, paths) {
    const range = head ? [base, head] : [base];
    if (paths && !paths.length)
        return [];
    // Literal pathspecs: a file named `*.sql` is that file, not a glob.
    const only = paths ? paths.map((path) => `:(literal)${path}`) : [];
    const out = await gitAt(root, ['diff', '--name-status', '-z', '-M', '--diff-filter=ACMRT', '--end-of-options', ...range, '--', ...only], range.join(' or '));
    return parseNameStatus(out);
}
async function changedPaths(root, base, head) {
    const range = head ? [base, head] : [base];
    // --no-renames: a rename is its old path deleted and its new path added, so both are listed.
    const out = await gitAt(root, ['diff', '--name-only', '-z', '--no-renames', '--end-of-options', ...range, '--'], range.join(' or '));
    return out.split('\0').filter((p) => p !== '');
}
/**
 * Between two commits, one `git diff` answers both changedFiles (renames detected, deletions left out)
 * and changedPaths (every path touched: a rename's old and new path, a deleted path): a PR check asks
 * both, and a second diff cost a process and a tree walk.
 */
async function changesBetween(root, base, head) {
    const out = await gitAt(root, ['diff', '--name-status', '-z', '-M', '--diff-filter=ACDMRT', '--end-of-options', base, head, '--'], `${base} or ${head}`);
    const parts = out.split('\0').filter((p) => p !== '');
    const files = [];
    const paths = [];
    for (let i = 0; i < parts.length;) {
        const kind = parts[i++][0];
        if (kind === 'D') {
            paths.push(parts[i++]);
            continue;
        }
        if (kind === 'R' || kind === 'C') {
            const from = parts[i++];
            const path = parts[i++];
            files.push({ path, from, status: kind === 'R' ? 'renamed' : 'copied' });
            if (kind === 'R')
                paths.push(from);
            paths.push(path);
            continue;
        }
        const path = parts[i++];
        files.push({ path, status: kind === 'A' ? 'added' : kind === 'T' ? 'type-changed' : 'modified' });
        paths.push(path);
    }
    return { files, paths };
}
async function diffAddedLines(root, base, head) {
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
    const run = await (0,git_run/* gitProcess */.y0)(root, args, { maxStdout: MAX_DIFF_BYTES });
    // A diff stopped at the cap ends with a signal, not a failure: keep its whole lines.
    if (!run.truncated && run.code !== 0)
        return rejectRun(root, args, run.stderr, run.code, range.join(' or '));
    let text = run.stdout.toString('utf8');
    if (run.truncated)
        text = text.slice(0, Math.max(0, text.lastIndexOf('\n')));
    return { files: parseAddedLines(text), truncated: run.truncated };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/git/process.ts
var process = __webpack_require__(5189);
// EXTERNAL MODULE: ./src/git/long-running.ts
var long_running = __webpack_require__(5658);
;// CONCATENATED MODULE: ./src/git/batch.ts




/** This git is older than 2.36 and has no `--batch-command`: the caller reads another way. */
class BatchCommandUnsupported extends Error {
}
const HEADER = /^([0-9a-f]{40,64}) (blob|tree|commit|tag) (\d+)$/;
/**
 * One `git cat-file --batch-command --buffer` for the whole run: every blob, tree id and commit id the
 * run reads is a line written to it, where a `git show` or `rev-parse` costs a process each (several
 * milliseconds of CPU to start, more than reading the object). Requests are pipelined: each group ends
 * with `flush` and its answers come back in order. Time-boxed like every other git (process.ts): a group
 * not answered in time stops the process and fails with a GitFailedError; so does a git that dies.
 */
class CatFileSession {
    root;
    options;
    proc;
    queue = [];
    groups = [];
    unsupported = false;
    answered = false;
    // Parser state: the header line being read, then the body of a `contents` answer.
    header = [];
    body;
    constructor(root, options = {}) {
        this.root = root;
        this.options = options;
    }
    info(names) {
        if (names.some((n) => /[\n\r]/.test(n)))
            throw new errors/* GitFailedError */.eQ('cat-file', 'an object name with a line break cannot be asked');
        return this.ask(names.map((name) => `info ${name}\n`), (done) => names.map(() => ({ kind: 'info', done: (info) => done(info) })));
    }
    contents(objects) {
        return this.ask(objects.map((o) => `contents ${o.oid}\n`), (done, fail) => objects.map((expect) => ({ kind: 'contents', expect, done, fail })));
    }
    /**
     * Start the process before the first question, so git's own start overlaps the caller's work; it
     * holds nothing alive until asked. A start that fails is reported by the first question instead.
     */
    warm() {
        if (this.unsupported || this.proc)
            return;
        try {
            this.start().idle();
        }
        catch {
            // The first question starts it again and throws the typed error.
        }
    }
    /** Stop the process (a later request starts another). */
    close() {
        this.proc?.stop();
        this.proc = undefined;
    }
    ask(lines, pending) {
        if (!lines.length)
            return Promise.resolve([]);
        if (this.unsupported)
            return Promise.reject(new BatchCommandUnsupported());
        return new Promise((resolve, reject) => {
            const proc = this.start();
            const answers = [];
            let failed = false;
            const group = {
                left: lines.length,
                fail: (error) => {
                    failed = true;
                    reject(error);
                },
                timer: setTimeout(() => this.die(new errors/* GitFailedError */.eQ('cat-file', `timed out after ${this.timeoutS()} s`)), this.timeoutMs()),
            };
            const done = (value) => {
                answers.push(value);
                if (--group.left > 0)
                    return;
                clearTimeout(group.timer);
                this.groups.splice(this.groups.indexOf(group), 1);
                if (!this.groups.length)
                    proc.idle();
                if (!failed)
                    resolve(answers);
            };
            this.groups.push(group);
            this.queue.push(...pending(done, group.fail));
            proc.busy();
            proc.stdin.write(`${lines.join('')}flush\n`);
        });
    }
    timeoutMs() {
        return this.options.timeoutMs ?? process/* DEFAULT_TIMEOUT_MS */.t1;
    }
    timeoutS() {
        return Math.round(this.timeoutMs() / 1000);
    }
    start() {
        if (this.proc)
            return this.proc;
        let proc;
        try {
            proc = (0,long_running/* startPipedProcess */.i)('git', this.options.args ?? ['cat-file', '--batch-command', '--buffer'], {
                cwd: this.root,
                env: (0,git_run/* gitEnv */.gE)(),
            });
        }
        catch (error) {
            throw error instanceof process/* ProcessStartError */._S ? new errors/* GitFailedError */.eQ('cat-file', error.reason) : error;
        }
        this.proc = proc;
        this.answered = false;
        proc.stdout.on('data', (chunk) => this.read(chunk));
        void proc.exited.then(({ code, signal }) => {
            if (this.proc !== proc)
                return;
            const stderr = proc.stderr();
            // git before 2.36 refuses the option (usage, exit 129) before answering anything.
            if (!this.answered && code === 129 && /batch-command|unknown option|usage/i.test(stderr)) {
                this.unsupported = true;
                this.die(new BatchCommandUnsupported());
                return;
            }
            // A blob the clone lacks is a MissingObjectError (the CLI names its file); the rest as before.
            const why = stderr.trim() || `exit ${code ?? signal}`;
            const failure = (0,errors/* gitFailure */.tv)(['cat-file'], why, this.root);
            this.die(failure instanceof errors/* MissingObjectError */.S3 ? failure : new errors/* GitFailedError */.eQ('cat-file', why));
        });
        return proc;
    }
    /** Fail every request in flight and forget the process. */
    die(error) {
        const proc = this.proc;
        this.proc = undefined;
        proc?.stop();
        proc?.idle();
        const groups = this.groups.splice(0);
        this.queue.splice(0);
        this.header = [];
        this.body = undefined;
        for (const group of groups) {
            clearTimeout(group.timer);
            group.fail(error);
        }
    }
    read(chunk) {
        this.answered = true;
        let pos = 0;
        while (pos < chunk.length) {
            const head = this.queue[0];
            if (!head)
                return this.die(new errors/* GitFailedError */.eQ('cat-file', 'answered more than it was asked'));
            if (this.body) {
                const { bytes } = this.body;
                const take = Math.min(bytes.length - this.body.filled, chunk.length - pos);
                chunk.copy(bytes, this.body.filled, pos, pos + take);
                this.body.filled += take;
                pos += take;
                if (this.body.filled < bytes.length)
                    return;
                this.body = undefined;
                this.queue.shift();
                // The body is followed by a newline, kept in the buffer and cut here.
                head.done(bytes.subarray(0, bytes.length - 1));
                continue;
            }
            const eol = chunk.indexOf(0x0a, pos);
            if (eol === -1) {
                this.header.push(chunk.subarray(pos));
                return;
            }
            this.header.push(chunk.subarray(pos, eol));
            pos = eol + 1;
            const line = Buffer.concat(this.header).toString('utf8');
            this.header = [];
            const m = HEADER.exec(line);
            const info = m ? { oid: m[1], type: m[2], size: Number(m[3]) } : undefined;
            if (head.kind === 'info') {
                this.queue.shift();
                head.done(info);
            }
            else if (!info ||
                info.oid !== head.expect.oid ||
                info.size !== head.expect.size ||
                info.type !== head.expect.type) {
                // Only objects git just sized are asked for: anything else means the answers are out of step.
                return this.die(new errors/* GitFailedError */.eQ('cat-file', `unexpected answer for ${head.expect.oid}: ${line.slice(0, 80)}`));
            }
            else {
                this.body = { bytes: Buffer.allocUnsafe(info.size + 1), filled: 0 };
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/git/cat-file.ts



/** `<oid> <type> <size>` per request, in order; undefined for `<name> missing` (and ambiguous names). */
async function batchCheck(root, names) {
    const args = ['cat-file', '--batch-check'];
    const run = await (0,git_run/* gitProcess */.y0)(root, args, { input: names.map((n) => `${n}\n`).join('') });
    if (run.code !== 0)
        throw (0,errors/* gitFailure */.tv)(args, run.stderr || `exit ${run.code ?? run.signal}`, root);
    const lines = run.stdout.toString('utf8').split('\n');
    return names.map((_, i) => {
        const m = /^([0-9a-f]{40,64}) (blob|tree|commit|tag) (\d+)$/.exec(lines[i] ?? '');
        return m ? { oid: m[1], type: m[2], size: Number(m[3]) } : undefined;
    });
}
/** The contents of blobs whose sizes are known, in order, through one `git cat-file --batch`. */
async function batchContents(root, blobs) {
    if (!blobs.length)
        return [];
    const args = ['cat-file', '--batch'];
    const expected = blobs.reduce((sum, b) => sum + b.size + b.oid.length + 32, 0);
    const run = await (0,git_run/* gitProcess */.y0)(root, args, {
        input: blobs.map((b) => `${b.oid}\n`).join(''),
        maxStdout: expected,
    });
    if (run.code !== 0 || run.truncated)
        throw (0,errors/* gitFailure */.tv)(args, run.stderr || `exit ${run.code ?? run.signal}`, root);
    const out = run.stdout;
    const contents = [];
    let pos = 0;
    for (const blob of blobs) {
        const eol = out.indexOf(0x0a, pos);
        const header = eol === -1 ? '' : out.subarray(pos, eol).toString('utf8');
        if (header !== `${blob.oid} blob ${blob.size}`)
            throw new errors/* GitFailedError */.eQ('cat-file', `unexpected answer for ${blob.oid}: ${header.slice(0, 80)}`);
        contents.push(out.subarray(eol + 1, eol + 1 + blob.size));
        pos = eol + 1 + blob.size + 1;
    }
    return contents;
}
/**
 * The run's object reader: one `git cat-file --batch-command` for every question (batch.ts), or, on a
 * git without it, a `--batch-check` / `--batch` process per question.
 */
function openObjectReader(root, options) {
    const session = new CatFileSession(root, options);
    let legacy = false;
    const either = async (batched, oneShot) => {
        if (legacy)
            return oneShot();
        try {
            return await batched();
        }
        catch (error) {
            if (!(error instanceof BatchCommandUnsupported))
                throw error;
            legacy = true;
            return oneShot();
        }
    };
    return {
        info: (names) => either(() => session.info(names), () => batchCheck(root, names)),
        contents: (objects) => either(() => session.contents(objects), () => batchContents(root, objects)),
        warm: () => session.warm(),
        close: () => session.close(),
        /** Answers come from the one long-running process (not, on an old git, a process per batch). */
        persistent: () => !legacy,
    };
}
async function readInfos(reader, wanted, maxBytes) {
    const out = new Map();
    const small = [];
    for (const { key, info } of wanted) {
        if (info?.type !== 'blob')
            continue;
        if (info.size > maxBytes)
            out.set(key, { oid: info.oid, tooLarge: true, size: info.size });
        else
            small.push({ key, info });
    }
    const contents = await reader.contents(small.map((s) => s.info));
    small.forEach(({ key, info }, i) => out.set(key, { oid: info.oid, bytes: contents[i] }));
    return out;
}
/**
 * Files of one commit by path. Paths that do not exist there, name a folder or a submodule, or hold a
 * newline (git's batch protocol is line-based) are left out; a ref that is not a commit in this clone is
 * a MissingRefError, never an empty answer.
 */
async function readBlobsAt(reader, ref, paths, maxBytes) {
    if (/[\n\r]/.test(ref))
        throw new errors/* MissingRefError */.WF(JSON.stringify(ref));
    const wanted = paths.filter((p) => !/[\n\r]/.test(p));
    const [object, tree, ...infos] = await reader.info([
        ref,
        `${ref}^{tree}`,
        ...wanted.map((p) => `${ref}:${p}`),
    ]);
    if (!object)
        throw new errors/* MissingRefError */.WF(ref);
    if (!tree)
        throw new errors/* MissingRefError */.WF(ref, `it names a ${object.type}, not a commit`);
    return readInfos(reader, wanted.map((key, i) => ({ key, info: infos[i] })), maxBytes);
}
/**
 * Blobs by object id, keyed by id; ids that are missing or not blobs are left out. When every item
 * comes with its size (from `ls-tree --long`), the size check is skipped.
 */
async function readBlobsByOid(reader, items, maxBytes) {
    const known = new Map();
    const ids = new Set();
    for (const item of items) {
        const oid = typeof item === 'string' ? item : item.oid;
        if (!/^[0-9a-f]{40,64}$/.test(oid))
            continue;
        ids.add(oid);
        if (typeof item !== 'string')
            known.set(oid, item);
    }
    if (!ids.size)
        return new Map();
    const unique = [...ids];
    const infos = known.size === unique.length
        ? unique.map((oid) => ({ oid, type: 'blob', size: known.get(oid).size }))
        : await reader.info(unique);
    return readInfos(reader, unique.map((key, i) => ({ key, info: infos[i] })), maxBytes);
}

;// CONCATENATED MODULE: ./src/git/refs.ts



const ORIGIN_HEAD = 'refs/remotes/origin/HEAD';
/**
 * The full refs a branch name may live at, origin's first (a CI checkout has no local branch; a local
 * one may be stale). Never the short name: git resolves `main` to a tag `main` before the branch.
 */
function branchRefs(name) {
    return [`refs/remotes/origin/${name}`, `refs/heads/${name}`];
}
/**
 * GitCli's questions about names and history: commits and trees by name, tags, branches, ancestry, the
 * merge base. A "no" that a shallow clone cannot give is a ShallowCloneError, never a plain false.
 */
class Refs {
    repo;
    shallow;
    branchRefs;
    /** Ancestry of two full commit ids never changes: asked once per pair. */
    ancestry = new Map();
    constructor(repo) {
        this.repo = repo;
    }
    git(args, ref) {
        return gitAt(this.repo.root, args, ref);
    }
    /**
     * Undefined only when git says the name is not a commit here (also a tag of a tree or blob); a git
     * that fails throws its type. Asked through the run's cat-file, so resolving costs no process.
     */
    async resolveCommit(ref) {
        if (!ref || /[\n\r]/.test(ref))
            return undefined;
        const [info] = await this.repo.objects.info([`${ref}^{commit}`]);
        return info?.type === 'commit' ? info.oid : undefined;
    }
    async treeId(ref) {
        if (!ref || /[\n\r]/.test(ref))
            return undefined;
        const [commit, tree] = await this.repo.objects.info([`${ref}^{commit}`, `${ref}^{tree}`]);
        return commit && tree?.type === 'tree' ? tree.oid : undefined;
    }
    async isShallow() {
        this.shallow ??= this.git(['rev-parse', '--is-shallow-repository']).then((out) => out.trim() === 'true');
        return this.shallow;
    }
    /** No merge base in a shallow clone is not an answer (the common commit may simply not be fetched). */
    async mergeBase(a, b) {
        // A commit is its own merge base: two names of one commit (`lint FILE` on the default branch) need
        // no process, only the run's cat-file. Anything else is git's own answer, errors included.
        if (!/[\n\r]/.test(a + b)) {
            const [one, two] = await this.repo.objects.info([`${a}^{commit}`, `${b}^{commit}`]);
            if (one?.type === 'commit' && one.oid === two?.oid)
                return one.oid;
        }
        const args = ['merge-base', '--end-of-options', a, b];
        const run = await (0,git_run/* gitProcess */.y0)(this.repo.root, args);
        if (run.code === 0)
            return run.stdout.toString('utf8').trim() || undefined;
        if (run.code === 1 && !run.stderr.trim()) {
            if (await this.isShallow())
                throw new errors/* ShallowCloneError */.SD(`what ${a} and ${b} have in common`);
            return undefined;
        }
        return rejectRun(this.repo.root, args, run.stderr, run.code, `${a} or ${b}`);
    }
    async listTags() {
        const format = [
            '%(refname:strip=2)',
            '%(objecttype)',
            '%(*objecttype)',
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
            const [name, type, peeledType, peeled, object, taggerDate, peeledDate, commitDate] = line.split('\0');
            const annotated = type === 'tag';
            const target = annotated ? peeledType : type;
            return {
                name: name,
                sha: annotated ? peeled : object,
                annotated,
                date: (annotated ? taggerDate || peeledDate : commitDate) ?? '',
                ...(target === 'tree' || target === 'blob' || target === 'tag' ? { notACommit: target } : {}),
            };
        });
    }
    /**
     * "Yes" is always an answer; "no" is one only in a full clone. In a shallow clone the walk stops at
     * the cut, so a "no" throws ShallowCloneError instead of reading as "not on the branch".
     */
    isAncestor(ancestor, descendant) {
        if (!FULL_ID.test(ancestor) || !FULL_ID.test(descendant))
            return this.askAncestry(ancestor, descendant);
        // A commit is its own ancestor (the live release tagged at the base): no process needed.
        if (ancestor === descendant)
            return Promise.resolve(true);
        const key = `${ancestor} ${descendant}`;
        let answer = this.ancestry.get(key);
        if (!answer) {
            answer = this.askAncestry(ancestor, descendant);
            this.ancestry.set(key, answer);
        }
        return answer;
    }
    async askAncestry(ancestor, descendant) {
        const args = ['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant];
        const run = await (0,git_run/* gitProcess */.y0)(this.repo.root, args);
        if (run.code === 0)
            return true;
        if (run.code === 1 && !run.stderr.trim()) {
            if (await this.isShallow())
                throw new errors/* ShallowCloneError */.SD(`whether ${ancestor.slice(0, 12)} comes before ${descendant.slice(0, 12)}`);
            return false;
        }
        return rejectRun(this.repo.root, args, run.stderr, run.code, `${ancestor} or ${descendant}`);
    }
    /**
     * Without origin/HEAD (a repository with no clone behind it; actions/checkout's fetch does not set
     * it), the run's cat-file answers which of main and master exist. Where origin/HEAD exists, only a
     * ref listing names the branch it points at: one `for-each-ref` answers that (and `branchesNamed`).
     */
    async defaultBranch() {
        const candidates = ['main', 'master'];
        const known = await this.repo.objects.info([ORIGIN_HEAD, ...candidates.flatMap(branchRefs)]);
        if (!known[0]) {
            // A ref resolves here exactly when for-each-ref lists it (it leaves out refs to missing objects).
            return candidates.find((_, i) => known[1 + 2 * i] || known[2 + 2 * i]);
        }
        const refs = await this.branchList();
        const head = refs.find((r) => r.name === ORIGIN_HEAD)?.symref;
        if (head?.startsWith('refs/remotes/origin/'))
            return head.slice('refs/remotes/origin/'.length);
        for (const candidate of ['main', 'master']) {
            for (const ref of branchRefs(candidate))
                if (refs.some((r) => r.name === ref))
                    return candidate;
        }
        return undefined;
    }
    async tagsReachableFrom(commit) {
        const out = await this.git(['for-each-ref', `--merged=${commit}`, '--format=%(refname:strip=2)', 'refs/tags'], commit);
        const reachable = new Set(out.split('\n').filter(Boolean));
        // In a shallow clone a tag outside that set may only be beyond the cut: not an answer.
        if (await this.isShallow()) {
            const others = await this.git(['for-each-ref', `--no-merged=${commit}`, '--format=%(refname:strip=2)', 'refs/tags'], commit);
            if (others.trim())
                throw new errors/* ShallowCloneError */.SD(`which release tags are on the branch at ${commit.slice(0, 12)}`);
        }
        return reachable;
    }
    /** Read once per run: every local and remote-tracking branch (and where origin/HEAD points). */
    branchList() {
        this.branchRefs ??= this.git([
            'for-each-ref',
            '--format=%(refname)%00%(symref)',
            'refs/heads',
            'refs/remotes',
        ]).then((out) => out
            .split('\n')
            .filter(Boolean)
            .map((line) => {
            const [name = '', symref = ''] = line.split('\0');
            return { name, symref };
        }));
        return this.branchRefs;
    }
    /** Each name asked costs no process: the branches are listed once per run. */
    async branchesNamed(name) {
        const exact = new RegExp(`^refs/(heads|remotes/[^/]+)/${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
        return (await this.branchList()).map((r) => r.name).filter((ref) => exact.test(ref));
    }
    async commitMessages(from, to, max) {
        const range = from ? `${from}..${to}` : to;
        const out = await this.git(['log', `--max-count=${max}`, '--format=%B%x00', '--end-of-options', range, '--'], range);
        return out
            .split('\0')
            .map((m) => m.trim())
            .filter(Boolean);
    }
    /** git's "no" is exit 1; any other failure is a GitError, never a name called invalid. */
    async isValidTagRef(name) {
        const args = ['check-ref-format', `refs/tags/${name}`];
        const run = await (0,git_run/* gitProcess */.y0)(this.repo.root, args);
        if (run.code === 0)
            return true;
        if (run.code === 1)
            return false;
        return rejectRun(this.repo.root, args, run.stderr, run.code);
    }
    /**
     * "No such remote" (exit 2; 128 with that message before git 2.30) is undefined; any other failure (a
     * broken config) is a GitError, never "no remote".
     */
    async remoteUrl(name) {
        const args = ['remote', 'get-url', '--end-of-options', name];
        const run = await (0,git_run/* gitProcess */.y0)(this.repo.root, args);
        if (run.code === 0)
            return run.stdout.toString('utf8').trim() || undefined;
        if (run.code === 2 || /no such remote/i.test(run.stderr))
            return undefined;
        return rejectRun(this.repo.root, args, run.stderr, run.code);
    }
}

;// CONCATENATED MODULE: ./src/git/tree-walk.ts
/**
 * Every file of a tree, read as tree objects through the run's cat-file (one round trip per level of
 * folders, one for the sizes of the files) instead of a `git ls-tree -r --long` process. The same
 * entries in the same order (depth first, in git's tree order), modes as git prints them. Undefined when
 * anything is not as expected (an object missing from a partial clone, an unknown mode): the caller
 * then asks `git ls-tree`, which says what is wrong.
 */
async function walkTree(reader, root) {
    const rawLength = root.oid.length / 2;
    const trees = new Map();
    const sizes = new Map();
    let level = [root];
    while (level.length) {
        const contents = await reader.contents(level);
        const subtrees = new Set();
        const blobs = new Set();
        for (let i = 0; i < level.length; i++) {
            const entries = parseTree(contents[i], rawLength);
            if (!entries)
                return undefined;
            trees.set(level[i].oid, entries);
            for (const e of entries) {
                if (e.mode === TREE) {
                    if (!trees.has(e.oid))
                        subtrees.add(e.oid);
                }
                else if (e.mode !== GITLINK)
                    blobs.add(e.oid);
            }
        }
        const asked = [...subtrees, ...[...blobs].filter((oid) => !sizes.has(oid))];
        const infos = await reader.info(asked);
        const next = [];
        for (let i = 0; i < asked.length; i++) {
            const info = infos[i];
            if (!info)
                return undefined;
            if (info.type === 'tree')
                next.push(info);
            else if (info.type === 'blob')
                sizes.set(info.oid, info.size);
            else
                return undefined;
        }
        level = next;
    }
    const out = [];
    const visit = (oid, prefix) => {
        for (const e of trees.get(oid) ?? []) {
            const path = prefix + e.name;
            if (e.mode === TREE) {
                if (!visit(e.oid, `${path}/`))
                    return false;
            }
            else if (e.mode === GITLINK)
                out.push({ path, oid: e.oid, type: 'commit', mode: e.mode, size: 0 });
            else {
                const size = sizes.get(e.oid);
                if (size === undefined)
                    return false;
                out.push({ path, oid: e.oid, type: 'blob', mode: e.mode, size });
            }
        }
        return true;
    };
    return visit(root.oid, '') ? out : undefined;
}
/**
 * Which of `paths` are files (or submodules) of the tree `root`, as `walkTree` would list them, reading
 * only the folders on their way (one round trip per level): `lint FILE` asks whether one migration
 * shipped, which does not need every file of the release sized. Undefined when an object is missing or
 * not as expected: the caller then lists the whole tree, which says what is wrong.
 */
async function findFilesInTree(reader, root, paths) {
    const rawLength = root.oid.length / 2;
    // Per folder on the way, the names asked in it: only their entries are kept (a migrations folder
    // holds thousands).
    const wanted = new Map();
    for (const path of paths) {
        const parts = path.split('/');
        for (let i = 0; i < parts.length; i++) {
            const folder = parts.slice(0, i).join('/');
            const names = wanted.get(folder) ?? new Set();
            wanted.set(folder, names.add(parts[i]));
        }
    }
    const trees = new Map();
    let level = [{ folder: '', info: root }];
    while (level.length) {
        const contents = await reader.contents(level.map((l) => l.info));
        const next = [];
        for (const [i, { folder }] of level.entries()) {
            const entries = parseTree(contents[i], rawLength, wanted.get(folder));
            if (!entries)
                return undefined;
            trees.set(folder, new Map(entries.map((e) => [e.name, e])));
            for (const e of entries) {
                const sub = folder ? `${folder}/${e.name}` : e.name;
                if (e.mode === TREE && wanted.has(sub))
                    next.push({ folder: sub, oid: e.oid });
            }
        }
        const infos = await reader.info(next.map((n) => n.oid));
        level = [];
        for (const [i, { folder }] of next.entries()) {
            const info = infos[i];
            if (info?.type !== 'tree')
                return undefined;
            level.push({ folder, info });
        }
    }
    // A folder that is not in the tree (or is a file there) holds none of the paths.
    const found = new Set();
    for (const path of paths) {
        const cut = path.lastIndexOf('/');
        const entry = trees.get(cut === -1 ? '' : path.slice(0, cut))?.get(path.slice(cut + 1));
        if (entry && entry.mode !== TREE)
            found.add(path);
    }
    return found;
}
const TREE = '040000';
const GITLINK = '160000';
/**
 * `<octal mode> SP <name> NUL <raw id>` records; modes made canonical as git does (canon_mode). With
 * `keep`, only the entries of those names (every record is still checked).
 */
function parseTree(bytes, rawLength, keep) {
    const entries = [];
    let pos = 0;
    while (pos < bytes.length) {
        const space = bytes.indexOf(0x20, pos);
        const nul = space === -1 ? -1 : bytes.indexOf(0, space + 1);
        if (nul === -1 || nul + 1 + rawLength > bytes.length)
            return undefined;
        const mode = canonicalMode(bytes.toString('latin1', pos, space));
        if (!mode)
            return undefined;
        const name = bytes.toString('utf8', space + 1, nul);
        if (!keep || keep.has(name))
            entries.push({ mode, name, oid: bytes.toString('hex', nul + 1, nul + 1 + rawLength) });
        pos = nul + 1 + rawLength;
    }
    return entries;
}
function canonicalMode(octal) {
    if (!/^[0-7]{5,6}$/.test(octal))
        return undefined;
    const mode = parseInt(octal, 8);
    switch (mode & 0o170000) {
        case 0o040000:
            return TREE;
        case 0o100000:
            return mode & 0o100 ? '100755' : '100644';
        case 0o120000:
            return '120000';
        case 0o160000:
            return GITLINK;
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/git/worktree-listing.ts


/**
 * The work tree's files as the change sees them: tracked files minus those deleted from the disk, plus
 * untracked files that are not ignored. One `git ls-files -t` answers all three (each path tagged with
 * what it is), where a listing and a `--deleted` listing cost two processes on every `lint FILE`.
 * In git's order, each path once.
 */
async function listWorktreeFiles(root) {
    const out = await (0,git_run/* runGit */.EO)(root, [
        'ls-files',
        '-z',
        '-t',
        '--cached',
        '--others',
        '--deleted',
        '--exclude-standard',
    ]);
    return parseTaggedListing(out);
}
/**
 * `<tag> SP <path>` records: H (tracked), S (tracked, skip-worktree), M (unmerged), ? (untracked), R
 * (tracked, deleted from the disk). Any other tag means git answered something this was not written
 * for: an error, never a guess at which files exist.
 */
function parseTaggedListing(out) {
    const listed = [];
    const deleted = new Set();
    for (const record of out.split('\0')) {
        if (!record)
            continue;
        const tag = record[0];
        const path = record.slice(2);
        if (record[1] !== ' ' || !path)
            throw unexpected(record);
        if (tag === 'R')
            deleted.add(path);
        else if (tag === 'H' || tag === 'S' || tag === 'M' || tag === '?')
            listed.push(path);
        else
            throw unexpected(record);
    }
    return [...new Set(listed.filter((path) => !deleted.has(path)))];
}
function unexpected(record) {
    return new errors/* GitFailedError */.eQ('ls-files', `unexpected listing entry ${JSON.stringify(record.slice(0, 80))}`);
}

;// CONCATENATED MODULE: ./src/git/tree-reads.ts



/**
 * GitCli's questions about which files exist: in a commit's tree (read as tree objects through the
 * run's cat-file, tree-walk.ts), in the index, and in the work tree.
 */
class TreeReads {
    repo;
    earlyWorktree;
    /** A commit's tree never changes: each full commit id (and folder) is listed once per run. */
    listings = new Map();
    constructor(repo, 
    /** The work tree listed when the repository was opened (git-cli.ts), for the first `worktreeFiles` only. */
    earlyWorktree) {
        this.repo = repo;
        this.earlyWorktree = earlyWorktree;
    }
    git(args, ref) {
        return gitAt(this.repo.root, args, ref);
    }
    async listFilesAt(ref, under) {
        return (await this.listTreeAt(ref, under)).map((e) => e.path);
    }
    async filesAt(ref, paths) {
        if (!/[\n\r]/.test(ref)) {
            const { objects } = this.repo;
            const [root] = await objects.info([`${ref}^{tree}`]);
            const found = root?.type === 'tree' && objects.persistent()
                ? await findFilesInTree(objects, root, paths)
                : undefined;
            if (found)
                return found;
        }
        // A ref that is no commit, a missing object, an old git: the whole listing (and its error).
        const listed = new Set(await this.listFilesAt(ref));
        return new Set(paths.filter((path) => listed.has(path)));
    }
    async indexedPaths(paths) {
        // `:0:<path>` is the index entry of stage 0 whatever the path looks like (`:1:x` alone would be stage 1).
        const asked = paths.filter((path) => !/[\n\r]/.test(path));
        const infos = await this.repo.objects.info(asked.map((path) => `:0:${path}`));
        // A name with a line break cannot be asked: counted as indexed, so callers read the whole diff.
        const indexed = new Set(paths.filter((path) => /[\n\r]/.test(path)));
        for (const [i, path] of asked.entries())
            if (infos[i])
                indexed.add(path);
        return indexed;
    }
    async listTreeAt(ref, under) {
        if (!FULL_ID.test(ref))
            return this.lsTree(ref, under);
        const key = `${ref}\0${under ?? ''}`;
        let listing = this.listings.get(key);
        if (!listing) {
            listing = this.lsTree(ref, under);
            this.listings.set(key, listing);
            listing.catch(() => this.listings.delete(key));
        }
        // Callers may sort or filter what they get: each has a copy.
        return (await listing).map((e) => ({ ...e }));
    }
    /**
     * A whole tree is read as tree objects through the run's cat-file (tree-walk.ts), not by a process of
     * its own; a folder, an old git, or anything unexpected goes to `git ls-tree`.
     */
    async lsTree(ref, under) {
        if (!under && !/[\n\r]/.test(ref)) {
            const { objects } = this.repo;
            const [root] = await objects.info([`${ref}^{tree}`]);
            const walked = root && objects.persistent() ? await walkTree(objects, root) : undefined;
            if (walked)
                return walked;
        }
        const out = await this.git(['ls-tree', '-r', '-z', '--long', '--end-of-options', ref, ...(under ? ['--', under] : [])], ref);
        const entries = [];
        for (const record of out.split('\0')) {
            // `<mode> SP <type> SP <oid> SP+ <size> TAB <path>`
            const m = /^(\d{6}) (blob|commit) ([0-9a-f]{40,64}) +(\d+|-|BAD)\t([\s\S]+)$/.exec(record);
            // `BAD`: the blob is not in the clone, so git has no size. The file is still listed (left out, it
            // would look deleted: a false deleted-shipped-migration); reading it fails and says so.
            if (m) {
                const type = m[2];
                const size = m[4] === '-' || m[4] === 'BAD' ? 0 : Number(m[4]);
                entries.push({ path: m[5], oid: m[3], type, mode: m[1], size });
            }
        }
        return entries;
    }
    worktreeFiles() {
        const early = this.earlyWorktree;
        this.earlyWorktree = undefined;
        // Only the first call: the run may change the work tree later (init writes files).
        return early ?? listWorktreeFiles(this.repo.root);
    }
    async untrackedFiles() {
        const out = await this.git(['ls-files', '-z', '--others', '--exclude-standard']);
        return out.split('\0').filter(Boolean);
    }
    async submodulePaths(ref) {
        // Gitlinks are entries of mode 160000; the index (ls-files) or the tree listing names them.
        if (ref)
            return (await this.listTreeAt(ref)).filter((e) => e.mode === '160000').map((e) => e.path);
        const out = await this.git(['ls-files', '-z', '--stage']);
        return out
            .split('\0')
            .filter((entry) => entry.startsWith('160000 '))
            .map((entry) => entry.slice(entry.indexOf('\t') + 1));
    }
}

;// CONCATENATED MODULE: ./src/git/git-cli.ts








/**
 * The GitRepo of a real repository, through the git CLI. Its questions are answered by three parts:
 * names and history (refs.ts), which files exist (tree-reads.ts) and diffs (diffs.ts); every object
 * read of the run goes through one long-running `git cat-file` (cat-file.ts, batch.ts).
 */
class GitCli {
    root;
    objects;
    refs;
    trees;
    constructor(root, early) {
        this.root = root;
        this.objects = early?.objects ?? openObjectReader(root);
        const repo = { root, objects: this.objects };
        this.refs = new Refs(repo);
        this.trees = new TreeReads(repo, early?.worktree);
    }
    /** Open the repository that contains `cwd`; a folder outside git is a NotARepositoryError (exit 2). */
    static async open(cwd, options = {}) {
        const lookup = (0,git_run/* gitProcess */.y0)(cwd, ['rev-parse', '--show-toplevel']);
        const early = options.objects || options.worktree ? startEarly(cwd, options) : undefined;
        const run = await lookup.catch((error) => {
            early?.objects.close();
            // A cwd that does not exist cannot start any process: say what the user can fix.
            if (error instanceof errors/* GitFailedError */.eQ && /ENOENT|ENOTDIR/.test(error.message))
                throw new errors/* NotARepositoryError */.lE(cwd);
            throw error;
        });
        const root = run.stdout.toString('utf8').trim();
        // Started from `cwd`, they answer as if from the root only when `cwd` is the root (git names paths
        // relative to where it runs): the usual case. From a subfolder they are dropped and started anew.
        const keep = run.code === 0 && !!root && early !== undefined && isFolder(cwd, root);
        if (!keep)
            early?.objects.close();
        if (run.code !== 0 || !root)
            throw new errors/* NotARepositoryError */.lE(cwd);
        return new GitCli(root, keep ? early : undefined);
    }
    /** Stop the run's cat-file (it also ends on its own with this process). */
    close() {
        this.objects.close();
    }
    // Names and history (refs.ts).
    resolveCommit(ref) {
        return this.refs.resolveCommit(ref);
    }
    treeId(ref) {
        return this.refs.treeId(ref);
    }
    isShallow() {
        return this.refs.isShallow();
    }
    mergeBase(a, b) {
        return this.refs.mergeBase(a, b);
    }
    listTags() {
        return this.refs.listTags();
    }
    isAncestor(ancestor, descendant) {
        return this.refs.isAncestor(ancestor, descendant);
    }
    defaultBranch() {
        return this.refs.defaultBranch();
    }
    tagsReachableFrom(commit) {
        return this.refs.tagsReachableFrom(commit);
    }
    branchesNamed(name) {
        return this.refs.branchesNamed(name);
    }
    commitMessages(from, to, max) {
        return this.refs.commitMessages(from, to, max);
    }
    isValidTagRef(name) {
        return this.refs.isValidTagRef(name);
    }
    remoteUrl(name) {
        return this.refs.remoteUrl(name);
    }
    // Which files exist (tree-reads.ts).
    listFilesAt(ref, under) {
        return this.trees.listFilesAt(ref, under);
    }
    filesAt(ref, paths) {
        return this.trees.filesAt(ref, paths);
    }
    indexedPaths(paths) {
        return this.trees.indexedPaths(paths);
    }
    listTreeAt(ref, under) {
        return this.trees.listTreeAt(ref, under);
    }
    worktreeFiles() {
        return this.trees.worktreeFiles();
    }
    untrackedFiles() {
        return this.trees.untrackedFiles();
    }
    submodulePaths(ref) {
        return this.trees.submodulePaths(ref);
    }
    // Diffs (diffs.ts).
    changedFiles(base, head, paths) {
        if (head !== undefined && paths === undefined)
            return this.changesBetween(base, head).then((c) => c.files);
        return changedFiles(this.root, base, head, paths);
    }
    changedPaths(base, head) {
        if (head !== undefined)
            return this.changesBetween(base, head).then((c) => c.paths);
        return changedPaths(this.root, base, head);
    }
    /** Two commits never change: their one diff is kept for the run (the work tree's is asked afresh). */
    diffs = new Map();
    changesBetween(base, head) {
        const key = `${base}\0${head}`;
        let diff = this.diffs.get(key);
        if (!diff) {
            diff = changesBetween(this.root, base, head);
            this.diffs.set(key, diff);
        }
        return diff;
    }
    diffAddedLines(base, head) {
        return diffAddedLines(this.root, base, head);
    }
    // File contents, through the run's cat-file (cat-file.ts).
    async readFileAt(ref, path) {
        return (await this.readBytesAt(ref, path))?.toString('utf8');
    }
    async readBytesAt(ref, path) {
        const read = (await this.readBlobs(ref, [path], Number.MAX_SAFE_INTEGER)).get(path);
        return read && 'bytes' in read ? read.bytes : undefined;
    }
    async readBytesCapped(ref, path, maxBytes) {
        const read = (await this.readBlobs(ref, [path], maxBytes)).get(path);
        if (!read)
            return undefined;
        return 'bytes' in read ? { bytes: read.bytes } : { tooLarge: true, size: read.size };
    }
    readBlobs(ref, paths, maxBytes) {
        return readBlobsAt(this.objects, ref, paths, maxBytes);
    }
    readBlobsByOid(objects, maxBytes) {
        return readBlobsByOid(this.objects, objects, maxBytes);
    }
}
function startEarly(cwd, options) {
    const objects = openObjectReader(cwd);
    if (options.objects)
        objects.warm();
    const worktree = options.worktree ? listWorktreeFiles(cwd) : undefined;
    // Unused when `cwd` is no repository (or a subfolder of one): its failure is not this run's error.
    worktree?.catch(() => { });
    return { objects, worktree };
}
/** `path` names the folder `real` (git's root is a real path; `cwd` may go through a symlink). */
function isFolder(path, real) {
    try {
        return external_node_fs_.realpathSync.native(path) === real;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/git/git.ts
// The git layer's front door: the GitRepo interface every gate reads git through, its data types and,
// re-exported, the real repository (git-cli.ts) with what its callers use beside it.







/***/ }),

/***/ 5658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ startPipedProcess),
/* harmony export */   k: () => (/* binding */ startProcess)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5189);


/** Start a long-running program in a process group of its own, stdin closed, output to a log file. */
function startProcess(file, args, options) {
    const fd = options.logFile ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(options.logFile, 'a') : undefined;
    let child;
    try {
        const out = fd ?? 'ignore';
        child = (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .launch */ .ql)(file, args, { ...options, group: true }, ['ignore', out, out]);
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    let done = false;
    const exited = new Promise((resolve) => {
        child.once('exit', (code, signal) => resolve({ code, signal }));
        // Kept for good: a later 'error' (a signal that could not be sent) must not go unhandled.
        child.on('error', (error) => resolve({ code: null, signal: null, startError: error.message }));
    }).finally(() => (done = true));
    const leader = (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .signalOf */ .oX)(child, false);
    const group = (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .signalOf */ .oX)(child, true);
    const within = async (ms) => {
        let timer;
        const result = await Promise.race([
            exited.then(() => true),
            new Promise((resolve) => (timer = setTimeout(() => resolve(false), ms))),
        ]);
        clearTimeout(timer);
        return result;
    };
    return {
        pid: child.pid,
        exited,
        hasExited: () => done || child.exitCode !== null || child.signalCode !== null,
        async stop(polite, stepMs) {
            let gone = done || child.exitCode !== null || child.signalCode !== null;
            if (!gone) {
                child.ref(); // keep this process alive until the program is really gone
                for (const name of polite) {
                    leader(name);
                    if ((gone = await within(stepMs)))
                        break;
                }
                if (!gone) {
                    group('SIGKILL');
                    gone = await within(stepMs);
                }
            }
            group('SIGKILL'); // helpers left in the group after the program itself exited
            return gone;
        },
        kill: () => group('SIGKILL'),
        unref: () => child.unref(),
    };
}
function startPipedProcess(file, args, options) {
    const child = (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .launch */ .ql)(file, args, options, ['pipe', 'pipe', 'pipe']);
    const signal = (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .signalOf */ .oX)(child, false);
    let stderr = '';
    child.stderr.on('data', (chunk) => {
        stderr = (stderr + chunk.toString('utf8')).slice(-_process_js__WEBPACK_IMPORTED_MODULE_1__/* .STDERR_KEEP */ .px);
    });
    // A write after it ended is reported through `exited`, not as an unhandled EPIPE.
    child.stdin.on('error', () => { });
    const exited = new Promise((resolveExit) => {
        child.on('error', (error) => {
            stderr ||= error.code ?? error.message;
            resolveExit({ code: null, signal: null });
        });
        child.on('close', (code, signal) => resolveExit({ code, signal }));
    });
    const handles = [child, child.stdin, child.stdout, child.stderr];
    return {
        stdin: child.stdin,
        stdout: child.stdout,
        stderr: () => stderr,
        exited,
        busy: () => handles.forEach((h) => h.ref?.()),
        idle: () => handles.forEach((h) => h.unref?.()),
        stop: () => {
            child.stdin.end();
            if (child.exitCode !== null || child.signalCode !== null)
                return;
            signal('SIGTERM');
            setTimeout(() => {
                if (child.exitCode === null && child.signalCode === null)
                    signal('SIGKILL');
            }, _process_js__WEBPACK_IMPORTED_MODULE_1__/* .KILL_GRACE_MS */ .fO).unref();
        },
    };
}


/***/ })

};
