import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 282;
export const ids = [282];
export const modules = {

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

/***/ 9862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uA: () => (/* binding */ ReleaseGitCli),
  gO: () => (/* binding */ assertGitAcceptsTag)
});

// UNUSED EXPORTS: repositoryFromRemoteUrl

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/git/git.ts + 10 modules
var git = __webpack_require__(2724);
// EXTERNAL MODULE: ./src/git/run.ts
var run = __webpack_require__(3073);
;// CONCATENATED MODULE: ./src/git/ref-listing.ts

const FIELDS = [
    '%(refname)',
    '%(objecttype)',
    '%(objectname)',
    '%(*objecttype)',
    '%(*objectname)',
    '%(taggerdate:iso-strict)',
    '%(*committerdate:iso-strict)',
    '%(committerdate:iso-strict)',
    '%(symref)',
];
const ORIGIN_HEAD = 'refs/remotes/origin/HEAD';
const ORIGIN = 'refs/remotes/origin/';
async function readRefListing(root) {
    const out = await (0,run/* runGit */.EO)(root, [
        'for-each-ref',
        `--format=${FIELDS.join('%00')}`,
        'refs/tags',
        'refs/heads',
        'refs/remotes',
    ]);
    return parseRefListing(out);
}
/** The output of `for-each-ref` in the format above (NUL between fields, a newline after each ref). */
function parseRefListing(out) {
    const listing = { tags: [], branches: new Map() };
    for (const line of out.split('\n')) {
        if (!line)
            continue;
        const [ref, type, object, peeledType, peeled, taggerDate, peeledDate, commitDate, symref] = line.split('\0');
        if (!ref || !object)
            continue;
        if (ref.startsWith('refs/tags/')) {
            // As GitCli.listTags reads them: the peeled commit of an annotated tag, and which date counts.
            const annotated = type === 'tag';
            const target = annotated ? peeledType : type;
            listing.tags.push({
                name: ref.slice('refs/tags/'.length),
                sha: annotated ? peeled : object,
                annotated,
                date: (annotated ? taggerDate || peeledDate : commitDate) ?? '',
                ...(target === 'tree' || target === 'blob' || target === 'tag' ? { notACommit: target } : {}),
            });
            continue;
        }
        listing.branches.set(ref, type === 'commit' ? object : undefined);
        if (ref === ORIGIN_HEAD && symref?.startsWith(ORIGIN))
            listing.originHead = symref.slice(ORIGIN.length);
    }
    return listing;
}

;// CONCATENATED MODULE: ./src/release/release-git.ts



const MAX_MESSAGES = 2000;
class ReleaseGitCli {
    repo;
    refs;
    constructor(repo, 
    /** Every tag and branch, read once up front: tags, branch tips and branch names cost no process. */
    refs) {
        this.repo = repo;
        this.refs = refs;
    }
    static async open(cwd) {
        return new ReleaseGitCli(await git/* GitCli */.Tq.open(cwd));
    }
    static from(repo) {
        return new ReleaseGitCli(repo);
    }
    /**
     * For a command that reads the whole release history of a real repository (`rollback plan`): all
     * refs in one `git for-each-ref` first, where the other questions would each start a process.
     */
    static async listed(repo) {
        return new ReleaseGitCli(repo, await readRefListing(repo.root));
    }
    get root() {
        return this.repo.root;
    }
    async listTags() {
        return this.refs ? this.refs.tags : this.repo.listTags();
    }
    /** A branch ref's commit: from the listing when it holds a plain commit there, else from git. */
    async branchCommit(ref) {
        if (!this.refs)
            return this.repo.resolveCommit(ref);
        if (!this.refs.branches.has(ref))
            return undefined;
        return this.refs.branches.get(ref) ?? this.repo.resolveCommit(ref);
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
                const sha = await this.branchCommit(ref);
                if (sha && !tips.includes(sha))
                    tips.push(sha);
            }
            if (tips.length)
                return { name, tips };
        }
        return undefined;
    }
    async defaultBranchNames() {
        const found = this.refs ? await this.listedDefaultBranch() : await this.repo.defaultBranch();
        const names = found ? [found.replace(/^origin\//, '')] : [];
        for (const fallback of ['main', 'master'])
            if (!names.includes(fallback))
                names.push(fallback);
        return names;
    }
    /** GitRepo.defaultBranch answered from the listing: where origin/HEAD points, else main or master. */
    async listedDefaultBranch() {
        if (this.refs?.originHead)
            return this.refs.originHead;
        for (const candidate of ['main', 'master'])
            for (const ref of (0,git/* branchRefs */.DI)(candidate))
                if (await this.branchCommit(ref))
                    return candidate;
        return undefined;
    }
    tagsReachableFrom(commit) {
        return this.repo.tagsReachableFrom(commit);
    }
    async branchesNamed(name) {
        if (!this.refs)
            return this.repo.branchesNamed(name);
        // As GitCli.branchesNamed matches them: a local branch, or a remote's branch, of exactly this name.
        const exact = new RegExp(`^refs/(heads|remotes/[^/]+)/${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
        return [...this.refs.branches.keys()].filter((ref) => exact.test(ref));
    }
    commitMessages(from, to) {
        return this.repo.commitMessages(from, to, MAX_MESSAGES);
    }
    isValidTagRef(name) {
        return this.repo.isValidTagRef(name);
    }
    async branchesContaining(commit) {
        const out = await (0,git/* runGit */.EO)(this.repo.root, [
            'for-each-ref',
            '--contains',
            commit,
            '--format=%(refname:short)',
            'refs/heads',
            'refs/remotes',
        ]);
        const names = out.split('\n').filter((n) => n && !n.endsWith('/HEAD') && n !== 'origin');
        // Release-like branches first: they are the ones the message is about.
        const releaseLike = (n) => (/release|stable|maint|hotfix/i.test(n) ? 0 : 1);
        return names.sort((a, b) => releaseLike(a) - releaseLike(b) || a.localeCompare(b));
    }
    /** Names of the tags whose commit has `commit` in its history (one git process; "yes" is exact even in a shallow clone). */
    async tagsContaining(commit) {
        const out = await (0,git/* runGit */.EO)(this.repo.root, [
            'for-each-ref',
            `--contains=${commit}`,
            '--format=%(refname:strip=2)',
            'refs/tags',
        ]);
        return new Set(out.split('\n').filter(Boolean));
    }
    async originRepository() {
        const url = await this.repo.remoteUrl('origin');
        return url === undefined ? undefined : repositoryFromRemoteUrl(url);
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
        throw new errors/* UsageError */.eb(`${label}: ${JSON.stringify(name)} is not a valid tag name (git check-ref-format refs/tags/${name} refuses it)`);
    }
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
    // Sorting 2,000 tags compares each about 20 times: each name is read into a SemVer once, not per compare.
    const versions = new Map();
    const version = (name) => {
        let v = versions.get(name);
        if (!v) {
            v = new (semver__WEBPACK_IMPORTED_MODULE_0___default().SemVer)(name.slice(prefix.length));
            versions.set(name, v);
        }
        return v;
    };
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
            // What semver.compare does, with each side parsed once.
            return version(a.name).compare(version(b.name));
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
