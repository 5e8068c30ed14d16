import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 466;
export const ids = [466];
export const modules = {

/***/ 8883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ assertReleaseTagsUnderstood)
/* harmony export */ });
/* unused harmony export defaultFamilyProblem */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _init_tag_families_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2175);


const YEAR_MS = 365 * 24 * 3600 * 1000;
/**
 * Without a config file, releases are read as `v1.4.2` tags. On a repository that releases under another
 * name (hopp's `2026.6.0`, midday's `midday-v0.5.0`), that default reads a release of years ago, or none,
 * as "what production runs": `status` says v3.0.1 of 2022, `rollback plan` targets v3.0.0, `tag next`
 * prints v3.1.0, the note's Rollback is checked against the wrong release. Such a guess is refused
 * (exit 2) with the family init would write; a configured prefix or scheme is always taken as given.
 */
function defaultFamilyProblem(tags, settings) {
    if (settings.run.configFile !== undefined)
        return undefined;
    const overrides = settings.run.overrides ?? {};
    if (overrides.scheme !== undefined)
        return undefined;
    const families = (0,_init_tag_families_js__WEBPACK_IMPORTED_MODULE_1__/* .tagFamilies */ .zW)(tags);
    const isDefault = (f) => f.scheme === 'semver' && f.prefix === 'v';
    const newest = families[0];
    if (!newest?.latest || isDefault(newest))
        return undefined;
    const ours = families.find(isDefault);
    const time = (f) => (f?.latest ? Date.parse(f.latest.date) : Number.NaN);
    // Within a year of the newest release, the v-family still releases (a monorepo's other apps tag newer).
    if (ours?.latest && time(newest) - time(ours) <= YEAR_MS)
        return undefined;
    const theirs = `${newest.latest.name} (${(0,_init_tag_families_js__WEBPACK_IMPORTED_MODULE_1__/* .familyLabel */ .B8)(newest)}, ${newest.releases} release tag(s), newest ${newest.latest.date.slice(0, 10)})`;
    const defaults = ours?.latest
        ? `whose newest is ${ours.latest.name} of ${ours.latest.date.slice(0, 10)}`
        : 'of which there are none';
    return `no config file, so release tags are read as v1.4.2, ${defaults}; but this repository's newest releases are ${theirs}. Run "rollback-ready init" (it writes the tag family it finds to .github/rollback-ready.yml), or set tagging.prefix (or tagging.scheme) there`;
}
/** The guard as commands call it: exit 2 before any answer is built on the wrong releases. */
async function assertReleaseTagsUnderstood(git, settings, command) {
    if (settings.run.configFile !== undefined)
        return;
    const problem = defaultFamilyProblem(await git.listTags(), settings);
    if (problem)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${command}: ${problem}`);
}


/***/ }),

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
/* harmony import */ var _tag_family_guard_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8883);








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
    await (0,_tag_family_guard_js__WEBPACK_IMPORTED_MODULE_7__/* .assertReleaseTagsUnderstood */ .u)(git, settings, 'tag next');
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
    await (0,_tag_family_guard_js__WEBPACK_IMPORTED_MODULE_7__/* .assertReleaseTagsUnderstood */ .u)(git, settings, 'tag verify');
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

/***/ 4720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ packagesWithoutMigrations)
/* harmony export */ });
/**
 * The packages of a monorepo, read from file paths alone: a folder one or two levels deep (`cli`,
 * `apps/desktop`) with a manifest of its own is a program of its own. A folder without one (docker/,
 * a Helm chart) packages or deploys the app rather than being another program. Pure: no I/O.
 */
const MANIFEST = /^(?:package\.json|go\.mod|Cargo\.toml|pyproject\.toml|composer\.json|pubspec\.yaml|pom\.xml|build\.gradle(?:\.kts)?)$/;
/**
 * Packages that hold no migration, by lower-cased folder name (`image-proxy` → `apps/image-proxy`): a
 * tag family or deploy workflow named after one releases another program, not the app whose schema
 * the gates check. A name that some package holding migrations also has is left out.
 */
function packagesWithoutMigrations(files, isMigration) {
    const packages = new Set();
    for (const file of files) {
        const parts = file.split('/');
        if (parts.length >= 2 && parts.length <= 3 && MANIFEST.test(parts.at(-1)))
            packages.add(parts.slice(0, -1).join('/'));
    }
    const withMigrations = new Set();
    for (const file of files) {
        if (!isMigration(file))
            continue;
        for (const pkg of packages)
            if (file.startsWith(`${pkg}/`))
                withMigrations.add(pkg);
    }
    const nameOf = (pkg) => pkg.split('/').pop().toLowerCase();
    const own = new Set([...withMigrations].map(nameOf));
    const others = new Map();
    for (const pkg of [...packages].sort()) {
        const name = nameOf(pkg);
        if (!withMigrations.has(pkg) && !own.has(name) && !others.has(name))
            others.set(name, pkg);
    }
    return others;
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


/***/ }),

/***/ 2175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ familyLabel),
/* harmony export */   zW: () => (/* binding */ tagFamilies)
/* harmony export */ });
/* unused harmony exports CALVER_FORMAT, PREFIX_CHARS, prefixPart */
/* harmony import */ var _core_monorepo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4720);
/* harmony import */ var _release_calver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6268);
/* harmony import */ var _release_semver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2161);



/** The calver format init proposes and recognises. */
const CALVER_FORMAT = 'prod-YYYY-MM-DD.N';
/** Characters a semver prefix may hold (the config accepts the same). */
const PREFIX_CHARS = /^[A-Za-z0-9._/@-]*$/;
const SEMVER_TAIL = /^(.*?)((?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?)$/;
const YEAR_MS = 365 * 24 * 3600 * 1000;
function familyLabel(f) {
    return f.scheme === 'calver' ? `calver ${f.format}` : `semver prefix ${JSON.stringify(f.prefix)}`;
}
function familyKey(tag) {
    const calver = (0,_release_calver_js__WEBPACK_IMPORTED_MODULE_0__/* .calverScheme */ .LS)(CALVER_FORMAT).parse(tag);
    if (calver)
        return { key: 'calver', family: { scheme: 'calver', format: CALVER_FORMAT }, prerelease: false };
    const m = SEMVER_TAIL.exec(tag);
    if (!m)
        return undefined;
    const prefix = m[1];
    if (!PREFIX_CHARS.test(prefix) || prefix.length > 40)
        return undefined;
    // A prefix ending in a digit would split `1.2.3.4` or `re2-…` oddly: such names are not a version family.
    if (/\d$/.test(prefix))
        return undefined;
    const id = (0,_release_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .semverScheme */ .I)(prefix).parse(tag);
    if (!id)
        return undefined;
    return { key: `semver:${prefix}`, family: { scheme: 'semver', prefix }, prerelease: id.prerelease };
}
/** The part of a repository a semver prefix names: `desktop-v` → desktop, `@acme/api@` → api, `v` → none. */
function prefixPart(prefix) {
    const last = prefix.split('/').at(-1);
    const part = last.replace(/^v[-_.]/i, '').replace(/(?:[-_.@]+v)?[-_.@]*$/i, '');
    return /^v?$/i.test(part) ? undefined : part;
}
/**
 * Group tags into families, best first: the family whose newest release is newest (by day) tags the
 * releases that ship today; on a tie, of two naming the same commit the shorter prefix, else the one with
 * more releases in the last year, then the shorter prefix.
 * With the repository's shape, a family named after another package of a monorepo (`desktop-v` for
 * apps/desktop while the migrations are in apps/web) comes after every family released in the last year
 * that is not: its tags say nothing about the schema the gates check.
 */
function tagFamilies(tags, shape) {
    const families = new Map();
    const times = [];
    for (const tag of tags) {
        const read = familyKey(tag.name);
        if (!read)
            continue;
        let family = families.get(read.key);
        if (!family) {
            family = { ...read.family, releases: 0, recent: 0 };
            families.set(read.key, family);
        }
        if (read.prerelease)
            continue;
        family.releases += 1;
        const time = Date.parse(tag.date);
        if (Number.isNaN(time))
            continue;
        times.push({ key: read.key, time });
        if (!family.latest || time > Date.parse(family.latest.date))
            family.latest = { name: tag.name, date: tag.date, sha: tag.sha };
    }
    const newest = Math.max(...times.map((t) => t.time));
    for (const t of times)
        if (newest - t.time <= YEAR_MS)
            families.get(t.key).recent += 1;
    const day = (f) => (f.latest ? new Date(f.latest.date).toISOString().slice(0, 10) : '');
    const found = [...families.values()].filter((f) => f.releases > 0);
    if (shape) {
        const migrations = new Set(shape.migrations);
        const others = (0,_core_monorepo_js__WEBPACK_IMPORTED_MODULE_2__/* .packagesWithoutMigrations */ .l)(shape.files, (path) => migrations.has(path));
        for (const f of found) {
            const part = f.scheme === 'semver' ? prefixPart(f.prefix ?? '') : undefined;
            const other = part ? others.get(part.toLowerCase()) : undefined;
            if (other)
                f.otherPart = other;
        }
    }
    const liveOwn = found.some((f) => !f.otherPart && f.recent > 0);
    const elsewhere = (f) => (liveOwn && f.otherPart ? 1 : 0);
    // Two families whose newest tags name the same commit name the same release (trigger.dev tags
    // v4.5.12, v.docker.4.5.12 and helm-v4.5.12 together): the plainer name is the release ID people say,
    // whichever family has more tags (the build pipeline's may tag more often).
    const sameRelease = (a, b) => a.latest?.sha !== undefined && a.latest.sha === b.latest?.sha ? 1 : 0;
    return found.sort((a, b) => elsewhere(a) - elsewhere(b) ||
        day(b).localeCompare(day(a)) ||
        sameRelease(a, b) * ((a.prefix ?? '').length - (b.prefix ?? '').length) ||
        b.recent - a.recent ||
        (a.prefix ?? '').length - (b.prefix ?? '').length ||
        (a.prefix ?? '').localeCompare(b.prefix ?? ''));
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
    const listed = await git.listTags();
    // A release-named tag on a tree or blob is no release: refuse to read a history it would corrupt
    // (git cannot compare it with anything). Other tags on non-commits are simply not ours.
    for (const tag of listed) {
        if (tag.notACommit && scheme.parse(tag.name)) {
            throw new errors/* UsageError */.eb(`release tag ${tag.name} points at a ${tag.notACommit}, not a commit, so it cannot be a release; delete it (git tag -d ${tag.name}; git push origin :refs/tags/${tag.name}) and tag a commit`);
        }
    }
    const allTags = listed.filter((tag) => !tag.notACommit);
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
    if (clash)
        throw new errors/* UsageError */.eb(await clashMessage(git, history, releaseId, clash.sha, latest));
    return { releaseId, bump, ...(latest ? { previous: latest.id.name } : {}) };
}
const branchList = (names) => names.length
    ? `on ${names.slice(0, 3).join(', ')}${names.length > 3 ? ` and ${names.length - 3} more branch(es)` : ''}`
    : 'on no branch';
/**
 * Why the next ID cannot be handed out, in words a release manager can act on. Teams that tag on release
 * branches (formbricks' `5.3.4` on `release/5.3`) meet this on their default branch: its latest release is
 * old, and the successor exists on a release branch. Deleting a real release's tag is never the advice.
 */
async function clashMessage(git, history, releaseId, sha, latest) {
    const branchName = history.branch?.name ?? 'the release branch';
    const holders = (await git.branchesContaining?.(sha)) ?? [];
    const lines = [
        `the next release ID ${releaseId} is already a tag (on ${sha.slice(0, 7)}, off the release branch ${branchName}; ${branchList(holders)}), so tag next will not propose it.`,
    ];
    const newest = history.tagged.filter((t) => !t.id.prerelease && !t.onBranch).at(-1);
    if (newest && latest && history.scheme.compare(newest.id, latest.id) > 0) {
        const where = (await git.branchesContaining?.(newest.tag.sha)) ?? [];
        lines.push(`This family's releases are tagged on other branches too: the newest, ${newest.id.name}, is ${branchList(where)}, while the latest on ${branchName} is ${latest.id.name}.`);
    }
    lines.push('Run tag next for the branch you release from (tagging.release-branch: that branch, and --head it), or choose the ID yourself with tag verify.');
    return lines.join(' ');
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


/***/ })

};
