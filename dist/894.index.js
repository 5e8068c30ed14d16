import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 894;
export const ids = [894];
export const modules = {

/***/ 4894:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   branchesHolding: () => (/* binding */ branchesHolding),
/* harmony export */   releasesAround: () => (/* binding */ releasesAround)
/* harmony export */ });
/* harmony import */ var _release_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9862);
/* harmony import */ var _schemes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1473);


/**
 * Read the releases around a change from git: one tag listing, one `for-each-ref --merged`, and a few
 * ancestry questions about the newest releases outside the base's history. `head` is the change's
 * commit (the work tree's HEAD for a local run).
 */
async function releasesAround(git, input) {
    const scheme = (0,_schemes_js__WEBPACK_IMPORTED_MODULE_1__/* .schemeFromConfig */ ._6)(input.naming);
    const tags = (await git.listTags()).filter((t) => !t.notACommit);
    const byName = new Map(tags.map((t) => [t.name, t]));
    let releases = (0,_schemes_js__WEBPACK_IMPORTED_MODULE_1__/* .releasesIn */ .yI)(scheme, [...byName.keys()], input.naming['allow-prerelease']);
    const parsed = new Set(releases.map((r) => r.name));
    const others = tags.filter((t) => !parsed.has(t.name));
    const around = {
        scheme: scheme.label,
        ofTheChange: [],
        otherTags: { count: others.length, ...(others[0] ? { example: newestTag(others) } : {}) },
    };
    const configured = input.naming['release-branch'];
    if (configured) {
        // The team said where production releases are tagged: a tag elsewhere is no release of theirs.
        const branch = await _release_git_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseGitCli */ .uA.from(git).releaseBranch(configured);
        around.releaseBranch = { name: configured, found: !!branch };
        if (branch) {
            const onBranch = new Set();
            for (const tip of branch.tips)
                for (const name of await git.tagsReachableFrom(tip))
                    onBranch.add(name);
            releases = releases.filter((r) => onBranch.has(r.name));
        }
    }
    if (!releases.length)
        return around;
    const inBase = await git.tagsReachableFrom(input.base);
    // Releases after the change (a history replayed with `--base C^ --head C`) are many: one listing says so.
    const changed = input.head !== input.base;
    const containHead = changed ? await _release_git_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseGitCli */ .uA.from(git).tagsContaining(input.head) : new Set();
    const near = (name) => {
        const tag = byName.get(name);
        return { name, sha: tag.sha, ...(tag.date ? { date: tag.date } : {}) };
    };
    for (const release of [...releases].reverse()) {
        const tag = byName.get(release.name);
        if (inBase.has(release.name)) {
            around.inBase = near(release.name);
            if (!around.newest)
                Object.assign(around, { newest: around.inBase, relation: 'in-base' });
            break;
        }
        if (around.newest)
            continue;
        // A release tagged on the change, inside it or after it is the change's own, never the one before it.
        if (containHead.has(release.name) || (changed && (await git.isAncestor(tag.sha, input.head)))) {
            around.ofTheChange.push(release.name);
            continue;
        }
        const afterBase = await git.isAncestor(input.base, tag.sha);
        if (afterBase && changed && (await git.isAncestor(input.head, tag.sha))) {
            around.ofTheChange.push(release.name);
            continue;
        }
        if (afterBase) {
            Object.assign(around, { newest: near(release.name), relation: 'after-base' });
            continue;
        }
        // A tag on an unrelated history (an orphan docs branch) shares nothing with the change: not a release of it.
        const forkPoint = await git.mergeBase(tag.sha, input.base);
        if (!forkPoint)
            continue;
        Object.assign(around, { newest: near(release.name), relation: 'forked', forkPoint });
    }
    return around;
}
/** The most recently dated of some tags, by name (for a message's example). */
function newestTag(tags) {
    return [...tags].sort((a, b) => b.date.localeCompare(a.date))[0].name;
}
/**
 * The branches that hold a release's commit, for messages (the one that names it best): release branches by name first
 * (`release-2.15.0`, `release/5.3`), then shorter names (a bot's branch off it, such as
 * `dependabot/…/release-2.15.0/…`, holds the tag too but names nothing).
 */
async function branchesHolding(git, sha) {
    const names = [
        ...new Set((await _release_git_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseGitCli */ .uA.from(git).branchesContaining(sha)).map((n) => n.replace(/^origin\//, ''))),
    ];
    const rank = (n) => /^(release|releases|stable|maint\w*|hotfix)([-/_.]|$)/i.test(n)
        ? 0
        : /release|stable|maint|hotfix/i.test(n)
            ? 1
            : 2;
    return names.sort((a, b) => rank(a) - rank(b) || a.length - b.length || a.localeCompare(b)).slice(0, 1);
}


/***/ })

};
