import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 392;
export const ids = [392];
export const modules = {

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

/***/ 6268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ calverScheme),
/* harmony export */   s6: () => (/* binding */ calverFormatProblem)
/* harmony export */ });
/* unused harmony exports tokenizeCalver, utcDay */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _release_id_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(136);


/** Tokens of a calver format; everything else is literal. `N` counts releases within a UTC day, from 1. */
const TOKENS = ['YYYY', 'YY', 'MM', 'DD', 'N'];
const TOKEN_PATTERN = {
    YYYY: '(\\d{4})',
    YY: '(\\d{2})',
    MM: '(\\d{2})',
    DD: '(\\d{2})',
    N: '([1-9]\\d{0,5})',
};
function tokenizeCalver(format) {
    const pieces = [];
    let literal = '';
    for (let i = 0; i < format.length;) {
        const token = TOKENS.find((t) => format.startsWith(t, i));
        if (token) {
            if (literal)
                pieces.push({ literal });
            literal = '';
            pieces.push({ token });
            i += token.length;
        }
        else {
            literal += format[i];
            i += 1;
        }
    }
    if (literal)
        pieces.push({ literal });
    return pieces;
}
/** Why a calver format cannot work, or undefined: it needs a year, month, day and counter, once each. */
function calverFormatProblem(format) {
    const pieces = tokenizeCalver(format);
    const count = (t) => pieces.filter((p) => 'token' in p && p.token === t).length;
    const years = count('YYYY') + count('YY');
    if (years !== 1 || count('MM') !== 1 || count('DD') !== 1 || count('N') !== 1) {
        return 'YYYY (or YY), MM, DD and N exactly once each';
    }
    const literals = pieces.map((p) => ('literal' in p ? p.literal : '')).join('');
    if (!/^[A-Za-z0-9._/+-]*$/.test(literals))
        return 'only letters, digits and . _ / + - between the tokens';
    return undefined;
}
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
function daysInMonth(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
/** `YYYY-MM-DD` of a moment, in UTC. */
function utcDay(date) {
    return date.toISOString().slice(0, 10);
}
function calverScheme(format) {
    const problem = calverFormatProblem(format);
    if (problem)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`tagging.format: "${format}" must contain ${problem}`);
    const pieces = tokenizeCalver(format);
    const regex = new RegExp(`^${pieces.map((p) => ('token' in p ? TOKEN_PATTERN[p.token] : escapeRegExp(p.literal))).join('')}$`);
    const tokenOrder = pieces.flatMap((p) => ('token' in p ? [p.token] : []));
    const render = (year, month, day, n) => pieces
        .map((p) => {
        if ('literal' in p)
            return p.literal;
        switch (p.token) {
            case 'YYYY':
                return String(year).padStart(4, '0');
            case 'YY':
                return String(year % 100).padStart(2, '0');
            case 'MM':
                return String(month).padStart(2, '0');
            case 'DD':
                return String(day).padStart(2, '0');
            case 'N':
                return String(n);
        }
    })
        .join('');
    const example = render(2026, 7, 31, 1);
    return {
        id: 'calver',
        label: `calver "${format}" (${example})`,
        example,
        parse(name) {
            const m = regex.exec(name);
            if (!m)
                return undefined;
            const values = {};
            tokenOrder.forEach((t, i) => (values[t] = Number(m[i + 1])));
            const year = values.YYYY ?? 2000 + (values.YY ?? 0);
            const month = values.MM;
            const day = values.DD;
            if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
                return undefined;
            const dayText = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
            return { name, parts: [year, month, day, values.N], prerelease: false, day: dayText };
        },
        compare(a, b) {
            return (0,_release_id_js__WEBPACK_IMPORTED_MODULE_1__/* .compareParts */ .q)(a.parts, b.parts);
        },
        next(latest, { now, taken }) {
            const today = utcDay(now);
            const [year, month, day] = today.split('-').map(Number);
            if (latest?.day && latest.day > today) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`the latest release ${latest.name} is dated after today (${today} UTC); check the machine's clock or pass the release ID yourself`);
            }
            // Count past every tag of the day, released or not, so a counter never reuses a name.
            const sameDay = [latest, ...taken].filter((r) => r?.day === today);
            const n = Math.max(0, ...sameDay.map((r) => r.parts[3])) + 1;
            return render(year, month, day, n);
        },
    };
}


/***/ }),

/***/ 7183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ patternProblem),
/* harmony export */   YK: () => (/* binding */ patternScheme)
/* harmony export */ });
/* unused harmony exports namedGroups, patternTemplate */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _release_id_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(136);


/** Named groups of a regular expression, in the order they appear (that order is the release order). */
function namedGroups(source) {
    return [...source.matchAll(/(?<!\\)\(\?<([A-Za-z_][A-Za-z0-9_]*)>/g)].map((m) => m[1]);
}
/** Why a pattern cannot serve as a release-ID scheme, or undefined. */
function patternProblem(source) {
    try {
        new RegExp(source);
    }
    catch (error) {
        return `a valid regular expression (${error instanceof Error ? error.message : String(error)})`;
    }
    if (namedGroups(source).length === 0)
        return 'a regular expression with named groups such as (?<major>\\d+)\\.(?<minor>\\d+)';
    return undefined;
}
/** The pattern as literals and groups, when it is simple enough to write a name from; undefined otherwise. */
function patternTemplate(source) {
    let s = source;
    if (s.startsWith('^'))
        s = s.slice(1);
    if (s.endsWith('$') && !s.endsWith('\\$'))
        s = s.slice(0, -1);
    const pieces = [];
    let literal = '';
    for (let i = 0; i < s.length;) {
        const ch = s[i];
        const group = /^\(\?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(s.slice(i));
        if (ch === '\\') {
            const next = s[i + 1];
            if (next === undefined || /[A-Za-z0-9]/.test(next))
                return undefined;
            literal += next;
            i += 2;
        }
        else if (group) {
            const close = closingParen(s, i);
            if (close === undefined)
                return undefined;
            if (literal)
                pieces.push({ literal });
            literal = '';
            pieces.push({ group: group[1] });
            i = close + 1;
        }
        else if ('.^$|?*+()[]{}'.includes(ch)) {
            return undefined;
        }
        else {
            literal += ch;
            i += 1;
        }
    }
    if (literal)
        pieces.push({ literal });
    return pieces;
}
function closingParen(s, open) {
    let depth = 0;
    let inClass = false;
    for (let i = open; i < s.length; i++) {
        const ch = s[i];
        if (ch === '\\') {
            i += 1;
        }
        else if (inClass) {
            if (ch === ']')
                inClass = false;
        }
        else if (ch === '[') {
            inClass = true;
        }
        else if (ch === '(') {
            depth += 1;
        }
        else if (ch === ')') {
            depth -= 1;
            if (depth === 0)
                return i;
        }
    }
    return undefined;
}
/**
 * A scheme from a regular expression with named numeric groups, e.g. `release-(?<major>\d+)\.(?<minor>\d+)`.
 * The groups, in order, are the release order; a bump raises the first (major), second (minor) or last (patch).
 */
function patternScheme(source) {
    const problem = patternProblem(source);
    if (problem)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`tagging.pattern: expected ${problem}`);
    const regex = new RegExp(`^(?:${source})$`);
    const groups = namedGroups(source);
    const template = patternTemplate(source);
    const render = (values) => {
        if (!template)
            return undefined;
        return template
            .map((p) => ('literal' in p ? p.literal : String(values[groups.indexOf(p.group)])))
            .join('');
    };
    const example = render(groups.map((_, i) => (i === 0 ? 1 : 0))) ?? '(a name matching tagging.pattern)';
    return {
        id: 'pattern',
        label: `pattern /${source}/`,
        example,
        parse(name) {
            const m = regex.exec(name);
            if (!m?.groups)
                return undefined;
            const parts = [];
            for (const g of groups) {
                const value = m.groups[g];
                if (value === undefined || !/^\d{1,15}$/.test(value))
                    return undefined;
                parts.push(Number(value));
            }
            return { name, parts, prerelease: false };
        },
        compare(a, b) {
            return (0,_release_id_js__WEBPACK_IMPORTED_MODULE_1__/* .compareParts */ .q)(a.parts, b.parts);
        },
        next(latest, { bump }) {
            // The first release is 1.0…, like semver's; after that the bumped group rises and later ones reset.
            const values = latest ? [...latest.parts] : groups.map((_, i) => (i === 0 ? 1 : 0));
            if (latest) {
                const index = bump === 'major' ? 0 : bump === 'minor' ? Math.min(1, groups.length - 1) : groups.length - 1;
                values[index] = values[index] + 1;
                for (let i = index + 1; i < values.length; i++)
                    values[i] = 0;
            }
            const name = render(values);
            if (name === undefined || !regex.test(name)) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`tagging.pattern /${source}/ is too complex to write the next name from; pass the release ID yourself (rollback-ready tag verify NAME)`);
            }
            return name;
        },
    };
}


/***/ }),

/***/ 136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ compareParts)
/* harmony export */ });
/** Compare numeric parts left to right; a shorter list sorts first on a tie. */
function compareParts(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? -1) - (b[i] ?? -1);
        if (d !== 0)
            return d;
    }
    return 0;
}


/***/ }),

/***/ 1473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _6: () => (/* binding */ schemeFromConfig),
/* harmony export */   yI: () => (/* binding */ releasesIn)
/* harmony export */ });
/* harmony import */ var _calver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6268);
/* harmony import */ var _pattern_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7183);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2161);




/** The scheme the config names; config validation has already checked the format or pattern. */
function schemeFromConfig(config) {
    switch (config.scheme) {
        case 'semver':
            return (0,_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .semverScheme */ .I)(config.prefix);
        case 'calver':
            return (0,_calver_js__WEBPACK_IMPORTED_MODULE_0__/* .calverScheme */ .LS)(config.format);
        case 'pattern':
            return (0,_pattern_js__WEBPACK_IMPORTED_MODULE_1__/* .patternScheme */ .YK)(config.pattern ?? '');
    }
}
/** Parse every name; keep production releases (pre-releases only when allowed), newest last. */
function releasesIn(scheme, names, allowPrerelease) {
    const ids = [];
    for (const name of names) {
        const id = scheme.parse(name);
        if (id && (allowPrerelease || !id.prerelease))
            ids.push(id);
    }
    return ids.sort((a, b) => scheme.compare(a, b) || a.name.localeCompare(b.name));
}


/***/ }),

/***/ 2161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ semverScheme)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/** `v1.4.2`: a prefix, then a canonical semantic version; `-rc.1` marks a pre-release. */
function semverScheme(prefix) {
    const example = `${prefix}1.4.2`;
    return {
        id: 'semver',
        label: `semver with prefix "${prefix}" (${example})`,
        example,
        parse(name) {
            if (!name.startsWith(prefix))
                return undefined;
            const raw = name.slice(prefix.length);
            const parsed = semver__WEBPACK_IMPORTED_MODULE_0___default().parse(raw, { loose: false });
            // Exactly the canonical form: no leading zeros, no "=" or second "v", no build metadata.
            if (!parsed || parsed.version !== raw)
                return undefined;
            return {
                name,
                parts: [parsed.major, parsed.minor, parsed.patch],
                prerelease: parsed.prerelease.length > 0,
            };
        },
        compare(a, b) {
            return semver__WEBPACK_IMPORTED_MODULE_0___default().compare(a.name.slice(prefix.length), b.name.slice(prefix.length));
        },
        next(latest, { bump }) {
            if (!latest)
                return `${prefix}1.0.0`;
            const version = semver__WEBPACK_IMPORTED_MODULE_0___default().inc(latest.name.slice(prefix.length), bump);
            if (!version)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`cannot bump ${latest.name} by ${bump}`);
            return `${prefix}${version}`;
        },
    };
}


/***/ })

};
