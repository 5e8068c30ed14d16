import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 927;
export const ids = [927];
export const modules = {

/***/ 8221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ environmentOf),
/* harmony export */   w: () => (/* binding */ flagString)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _release_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5365);
/* harmony import */ var _rollback_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(580);



/**
 * Flags the rollback, deploy and status commands share. A module of their own so a command that reads
 * them (`rollback plan`) does not load the ledger's GitHub client with record.ts.
 */
/** A string flag's value, or undefined when it is absent or a boolean. */
function flagString(ctx, name) {
    const v = ctx.flags[name];
    return typeof v === 'string' ? v : undefined;
}
/** `--env`, else `rollback.environment`; validated before any API call. */
function environmentOf(ctx) {
    const raw = flagString(ctx, 'env') ?? ctx.settings.config.rollback.environment;
    const parsed = _rollback_config_js__WEBPACK_IMPORTED_MODULE_2__/* .rollbackConfigSchema */ .i.shape.environment.safeParse(raw);
    if (!parsed.success) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--env: ${(0,_release_names_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteName */ .AB)(raw)} is not an environment name; use letters, digits, space and . _ - (such as production)`);
    }
    return parsed.data;
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


/***/ }),

/***/ 4943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ platformFindings),
/* harmony export */   u: () => (/* binding */ findRecordedArtifact)
/* harmony export */ });
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3836);

/**
 * The newest deployment of exactly this release (tag and commit) to this environment that succeeded
 * and recorded an artifact of this target. Another environment's artifact is never used: each
 * environment is its own project/app/service.
 */
async function findRecordedArtifact(ledger, environment, release, target) {
    const deployments = await ledger.listDetailed(environment, 50);
    for (const d of deployments) {
        const a = d.payload.artifact;
        if (!a || a.target !== target)
            continue;
        if ((d.payload.releaseId ?? d.ref) !== release.tag || d.sha !== release.sha)
            continue;
        const statuses = await ledger.listStatusDetails(d.id);
        if (statuses.some((s) => s.state === 'success'))
            return { artifact: a, deploymentId: d.id };
    }
    return undefined;
}
/** Drift and auto-deploy as findings (warnings: they inform a rollback, they do not block one). */
function platformFindings(environment, view, ledgerRelease) {
    if (!view)
        return [];
    const out = [];
    const docs = (rule) => (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .rollbackDocs */ .Ag)(rule);
    if (view.unavailable)
        out.push({
            gate: 'rollback',
            rule: 'platform-not-asked',
            severity: 'notice',
            message: `Could not ask ${view.target} what runs in ${environment} (${view.unavailable}); the live release${ledgerRelease ? ` ${ledgerRelease}` : ''} is the ledger's, which misses any deploy made outside rollback-ready.`,
            help: 'Give this run the platform token (DEPLOY_TOKEN, or VERCEL_TOKEN / FLY_API_TOKEN / RENDER_API_KEY) to know what really runs; without it, the last recorded deploy stands in for it.',
            docs: docs('platform-not-asked'),
        });
    if (view.drift)
        out.push({
            gate: 'rollback',
            rule: 'live-drift',
            severity: 'warning',
            message: `${view.target} runs commit ${view.sha.slice(0, 12)} in ${environment}, which is no release tag: something deployed it outside the release workflow.`,
            help: 'Turn off the platform’s auto-deploys (docs/deploy-targets), then release that commit or roll back to the last known-good release.',
            docs: docs('live-drift'),
        });
    else if (view.release && ledgerRelease && view.release !== ledgerRelease)
        out.push({
            gate: 'rollback',
            rule: 'live-drift',
            severity: 'warning',
            message: `${view.target} runs ${view.release} in ${environment}, but the ledger's last successful deployment is ${ledgerRelease}: a deploy happened outside rollback-ready.`,
            help: 'The platform is what users get; the plan starts from it. Deploy through the release workflow so the ledger stays true.',
            docs: docs('live-drift'),
        });
    if (view.autoDeploy)
        out.push({
            gate: 'rollback',
            rule: 'auto-deploy-on',
            severity: 'warning',
            message: `${view.target} deploys pushes to ${environment} by itself: the next push can silently undo a rollback.`,
            help: 'Turn auto-deploy off for this service (docs/deploy-targets).',
            docs: docs('auto-deploy-on'),
        });
    return out;
}


/***/ }),

/***/ 580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ rollbackConfigSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);

/** `rollback:` in .github/rollback-ready.yml: how `rollback plan|record|finish` and `status` behave. */
const rollbackConfigSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    /** The environment rolled back and reported on when `--env` is not given. */
    environment: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .min(1)
        .max(255)
        .regex(/^[A-Za-z0-9._ -]+$/, 'letters, digits, space and . _ - only, such as production')
        .default('production'),
    /**
     * Accept a rollback whose target predates a `contract` migration, with the reason why (recorded in
     * the plan and the deployment). Empty: such a rollback is blocked.
     */
    'allow-schema-risk': zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .max(500)
        .regex(/^[^\r\n]*$/, 'one line')
        .default(''),
    /**
     * Minutes during which a deployment still `queued`, `pending` or `in_progress` in the same
     * environment makes `rollback record` refuse to start another one (0: never refuse).
     */
    'in-progress-window': zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(0).max(1440).default(30),
    /** How many recent deployments `status` lists per environment. */
    history: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1).max(50).default(5),
});


/***/ }),

/***/ 6803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ migrationsSince)
});

// EXTERNAL MODULE: ./src/gates/migrations/fallback/fallback.ts + 6 modules
var fallback = __webpack_require__(5297);
// EXTERNAL MODULE: ./src/gates/migrations/fallback/history.ts
var fallback_history = __webpack_require__(2179);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/git/tree-listings.ts
/**
 * One `git ls-tree` per commit for a whole run: `rollback plan` reads the target's tree for its
 * migrations, again for its code, and compares it with the live release's tree. A commit's tree never
 * changes, so the listing is asked once per (ref, folder) and shared; every other question goes to
 * `git` as it is.
 */
function rememberTreeListings(git) {
    const listings = new Map();
    const listTreeAt = (ref, under) => {
        const key = `${ref}\0${under ?? ''}`;
        let listing = listings.get(key);
        if (!listing) {
            listing = git.listTreeAt(ref, under);
            listings.set(key, listing);
            listing.catch(() => listings.delete(key)); // a failure is not remembered: asked again, it fails again
        }
        return listing;
    };
    return new Proxy(git, {
        get(target, property) {
            if (property === 'listTreeAt')
                return listTreeAt;
            const value = Reflect.get(target, property, target);
            return typeof value === 'function' ? value.bind(target) : value;
        },
    });
}
/**
 * The paths of `newer` that are not the same file in `older` (added, changed in content or mode, or
 * moved there): what `git diff --name-status -M --diff-filter=ACMRT older newer` lists by its new
 * paths, told from the two listings without another process. Deleted paths are not listed.
 */
function changedPathsBetween(older, newer) {
    const before = new Map(older.map((e) => [e.path, e]));
    const changed = new Set();
    for (const entry of newer) {
        const was = before.get(entry.path);
        if (!was || was.oid !== entry.oid || was.mode !== entry.mode)
            changed.add(entry.path);
    }
    return changed;
}

// EXTERNAL MODULE: ./src/gates/migrations/engine.ts + 51 modules
var engine = __webpack_require__(1982);
// EXTERNAL MODULE: ./src/gates/migrations/parse-store.ts
var parse_store = __webpack_require__(4667);
// EXTERNAL MODULE: ./src/gates/migrations/fallback/expectation-store.ts
var expectation_store = __webpack_require__(6981);
// EXTERNAL MODULE: ./src/gates/migrations/fallback/since-release.ts
var since_release = __webpack_require__(7601);
// EXTERNAL MODULE: ./src/rollback/plan-review.ts
var plan_review = __webpack_require__(2142);
;// CONCATENATED MODULE: ./src/rollback/migrations-since.ts









/**
 * Migrations added or changed from `older` to `newer` (up migrations only: down files undo, they are
 * not applied on deploy), in run order, each classified by the migrations gate's engine over one
 * shared schema state. Read from git at `newer`, never from the work tree.
 *
 * All of them are judged, however many: the tree at `newer` is listed and its SQL read in one batch,
 * each file is parsed once (the lint and the history replay share the parse), and the replayed
 * schema and the parses come from the content-keyed cache when the same history was replayed and the
 * same files parsed before (then the parser is not even loaded). Each tree is listed once (its
 * migrations, its code and the difference between the two all come from that listing), and what the
 * target's code expects comes from the same cache folder, by its git tree id (expectation-store.ts).
 */
async function migrationsSince(repo, older, newer, config, options = {}) {
    if (older === newer)
        return [];
    const git = rememberTreeListings(repo);
    const [olderEntries, newerEntries, tree, olderFiles] = await Promise.all([
        git.listTreeAt(older),
        git.listTreeAt(newer),
        (0,fallback_history/* readMigrationTree */.D0)(git, newer, config),
        (0,since_release/* migrationIdentitiesAt */._m)(git, older, config),
    ]);
    const changedPaths = changedPathsBetween(olderEntries, newerEntries);
    // A migration the target already ran is not applied since, wherever it lives now: a file moved to
    // another folder (same content, or the same migration name) is the same migration, not a new one.
    const ranByTarget = (0,since_release/* ranByRelease */.wH)(olderFiles, new Set(tree.up.map((f) => f.path)));
    const ran = (path) => ranByTarget({ path, ...(tree.oid(path) ? { oid: tree.oid(path) } : {}) });
    const files = tree.up.filter((f) => changedPaths.has(f.path) && !ran(f.path));
    if (!files.length)
        return [];
    const parsed = new Map();
    await (0,fallback_history/* parseTreeFiles */.fI)(tree, files, parsed, options.cache ? (0,parse_store/* parseStoreBeside */.fE)(options.cache) : undefined);
    const out = [];
    const since = [];
    for (const file of files) {
        const done = parsed.get(file.path);
        if (done) {
            since.push(done);
            continue;
        }
        const source = tree.source(file.path);
        out.push({
            file: file.path,
            class: 'unknown',
            findings: [
                {
                    gate: 'migrations',
                    rule: 'unreadable-file',
                    severity: 'error',
                    file: file.path,
                    message: `Cannot classify this migration: ${source && 'problem' in source ? source.problem : 'it could not be read from git'}.`,
                    docs: (0,engine/* docsUrl */.fs)('unreadable-file'),
                },
            ],
        });
    }
    const fallback = await fallbackReviewFor(git, older, tree, parsed, config, since, ran, options);
    const review = (0,plan_review/* forRollback */.SO)(fallback);
    for (const linted of (0,engine/* lintParsedFiles */.QX)(since, { config, review })) {
        // Ignore-comment hygiene is a pull request's business; many ignores name deploy-time rules left out here.
        const findings = linted.findings.filter((f) => !plan_review/* IGNORE_HYGIENE */.D_.has(f.rule));
        out.push({ file: linted.file.path, class: linted.class, findings });
    }
    const order = new Map(files.map((f, i) => [f.path, i]));
    return out.sort((a, b) => order.get(a.file) - order.get(b.file));
}
/**
 * What the rollback target's own code still uses, compared with the schema the live release leaves
 * (src/gates/migrations/fallback, reading src/schema-sources): a contract step the target no longer needs is safe, one it still needs blocks. Without
 * a readable schema source, or on any error, the verdicts stay conservative.
 */
async function fallbackReviewFor(git, older, tree, parsedFiles, config, since, ranByTarget, options) {
    if (!config['fallback-aware'] || !since.length)
        return undefined;
    try {
        const inChange = new Set(since.map((p) => p.file.path));
        const schemaAfter = await (0,fallback_history/* replayTree */.eH)(tree, parsedFiles, options.cache);
        const schemaSources = config['schema-sources'];
        const compat = await (0,fallback/* checkFallbackCompatibility */.pZ)({
            git,
            fallbackRef: older,
            // The PR check's store, by the target's tree id: a plan to the release a PR check compared with
            // (or any commit of the same tree) reads none of its code. No cache given: read every time.
            expectationStore: options.cache ? (0,expectation_store/* expectationStoreBeside */.I5)(options.cache) : null,
            ...(options.fallbackLabel ? { fallbackLabel: options.fallbackLabel } : {}),
            schemaAfter,
            inChange: (file) => inChange.has(file),
            since: (0,since_release/* sinceRelease */.y3)(schemaAfter, ranByTarget),
            ...(schemaSources ? { schemaSources } : {}),
        });
        return compat.review;
    }
    catch (error) {
        options.log?.warn(`could not compare with the rollback target's code: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return undefined;
    }
}


/***/ }),

/***/ 2142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D_: () => (/* binding */ IGNORE_HYGIENE),
/* harmony export */   SO: () => (/* binding */ forRollback),
/* harmony export */   mw: () => (/* binding */ isFallbackFinding)
/* harmony export */ });
/* unused harmony export isDeployTime */
/* harmony import */ var _gates_migrations_fallback_rule_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8190);

/**
 * How `rollback plan` reads the migrations applied since its target. The question is only whether the
 * target's code runs on today's schema; how those migrations ran (locks, rewrites, concurrency,
 * transactions) was the concern of deploys that are over, and is no reason to refuse a rollback.
 */
const COMPAT = new Set(_gates_migrations_fallback_rule_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPAT_RULE_IDS */ .J);
/**
 * Rules whose whole concern is how a statement runs, not what it leaves behind. Rules of class `expand`
 * are of this kind by definition (they never change the contract); these two are `unknown` because they
 * apply to any statement.
 */
const DEPLOY_TIME = new Set([
    'require-lock-timeout',
    'ban-concurrent-index-in-transaction',
]);
/** Findings about ignore comments: a pull request's hygiene, and often about the rules left out here. */
const IGNORE_HYGIENE = new Set(['unused-ignore', 'invalid-ignore']);
const isFallbackFinding = (f) => COMPAT.has(f.rule);
const classOf = ({ rule, hit }) => hit.class ?? rule.class;
function isDeployTime(entry) {
    if (COMPAT.has(entry.rule.id))
        return false;
    return classOf(entry) === 'expand' || DEPLOY_TIME.has(entry.rule.id);
}
/**
 * The review a plan lints with: the target's own evidence first (when there is a fallback review), then
 * deploy-time hits left out, and contract hits that a blocking fallback finding on the same statement
 * already explains left out too (one finding per root cause: the one that cites the target's code).
 */
function forRollback(fallback) {
    return (hits, ctx) => {
        const kept = (fallback ? fallback(hits, ctx) : hits).filter((h) => !isDeployTime(h));
        const explained = kept.some((h) => COMPAT.has(h.rule.id) && (h.hit.severity ?? h.rule.severity) === 'error');
        if (!explained)
            return kept;
        return kept.filter((h) => COMPAT.has(h.rule.id) || h.hit.safe || classOf(h) !== 'contract');
    };
}


/***/ }),

/***/ 621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ planRollback),
  O: () => (/* reexport */ resolveReleaseTag)
});

// EXTERNAL MODULE: ./src/rollback/plan-review.ts
var plan_review = __webpack_require__(2142);
// EXTERNAL MODULE: ./src/rollback/rules.ts
var rules = __webpack_require__(3836);
;// CONCATENATED MODULE: ./src/rollback/plan-schema.ts


const MAX_CITED = 3;
/** `ban-drop-column at line 2: Dropping column …`, for the findings a plan finding stands for. */
function cite(findings) {
    const shown = findings
        .slice(0, MAX_CITED)
        .map((f) => `${f.rule}${f.line ? ` at line ${f.line}` : ''}: ${f.message}`);
    const more = findings.length - shown.length;
    return shown.join('; ') + (more > 0 ? `; and ${more} more` : '');
}
function judgeSchema(since, target, riskReason) {
    const unreadable = (m) => m.findings.some((f) => f.rule === 'unreadable-file');
    const blocks = (m) => m.findings.some((f) => (0,plan_review/* isFallbackFinding */.mw)(f) && f.severity === 'error');
    /** What the statement rules found without the target's evidence (fallback findings and proven-safe notices aside). */
    const rest = (m) => m.findings.filter((f) => !(0,plan_review/* isFallbackFinding */.mw)(f) && f.severity !== 'notice' && f.rule !== 'unreadable-file');
    const contract = since.filter((m) => m.class === 'contract' && !unreadable(m));
    const accepted = contract.length > 0 && riskReason !== '';
    const evidence = since.flatMap((m) => m.findings.filter(plan_review/* isFallbackFinding */.mw));
    const lifted = evidence.map((f) => accepted && f.severity === 'error'
        ? { ...f, severity: 'warning', message: `${f.message} (accepted with allow-schema-risk)` }
        : f);
    const out = lifted.filter((f) => f.severity === 'error');
    if (accepted) {
        out.push({
            gate: 'rollback',
            rule: 'rollback-schema-risk-accepted',
            severity: 'warning',
            message: `${contract.length} contract migration(s) since ${target} accepted with allow-schema-risk: "${riskReason}". ${target} will meet a schema it was not written for${contract.some((m) => rest(m).length) ? `: ${cite(contract.flatMap(rest))}` : ''}.`,
            help: 'Watch errors right after the rollback; the reason is recorded in the plan and the deployment.',
            docs: (0,rules/* rollbackDocs */.Ag)('rollback-schema-risk-accepted'),
        });
    }
    else {
        for (const m of contract) {
            const reasons = rest(m);
            // The fallback finding already says why, citing the target's code: one finding per root cause.
            if (!reasons.length && blocks(m))
                continue;
            const why = reasons[0];
            out.push({
                gate: 'rollback',
                rule: 'rollback-schema-contract',
                severity: 'error',
                file: m.file,
                ...(why?.line ? { line: why.line } : {}),
                ...(why?.column ? { column: why.column } : {}),
                message: `${m.file} was applied after ${target} and is a contract change (${reasons.length ? cite(reasons) : "its findings are silenced by ignore comments, which were a pull request's judgement, not about this target"}); ${target} would meet a schema it does not understand.`,
                help: 'Roll forward with a fix instead, or pick a target at or after this migration. If you have checked the old code copes, re-run with --allow-schema-risk "<why it is safe>".',
                docs: (0,rules/* rollbackDocs */.Ag)('rollback-schema-contract'),
            });
        }
    }
    // What could not be read was not judged: it blocks, whatever else the plan says.
    for (const m of since.filter(unreadable)) {
        const why = m.findings.find((f) => f.rule === 'unreadable-file');
        out.push({
            gate: 'rollback',
            rule: 'rollback-migration-unreadable',
            severity: 'error',
            file: m.file,
            message: `${m.file} was applied after ${target} but was not judged: ${why.message.replace(/^Cannot classify this migration: /, '')}`,
            help: 'Check by hand that the target release works with this migration; a rollback past a migration nobody read is not approved.',
            docs: (0,rules/* rollbackDocs */.Ag)('rollback-migration-unreadable'),
        });
    }
    out.push(...lifted.filter((f) => f.severity !== 'error' && f.severity !== 'notice'));
    for (const m of since.filter((x) => x.class === 'unknown' && !unreadable(x))) {
        const reasons = rest(m);
        out.push({
            gate: 'rollback',
            rule: 'rollback-schema-unknown',
            severity: 'warning',
            file: m.file,
            ...(reasons[0]?.line ? { line: reasons[0].line } : {}),
            message: `${m.file} was applied after ${target} and could not be classified as expand or contract (${reasons.length ? cite(reasons) : 'it holds statements not known to only add'}); check by hand that ${target} still works with it.`,
            docs: (0,rules/* rollbackDocs */.Ag)('rollback-schema-unknown'),
        });
    }
    // Left over: what statement rules say about expand migrations; never a reason to refuse on its own.
    for (const m of since.filter((x) => x.class === 'expand'))
        out.push(...rest(m).map((f) => (f.severity === 'error' ? { ...f, severity: 'warning' } : f)));
    // Last, what was proven safe and why (the target no longer uses, or never had, what they remove).
    out.push(...since.flatMap((m) => m.findings.filter((f) => f.severity === 'notice')));
    return {
        findings: out,
        ...(accepted
            ? { schemaRisk: { accepted: true, reason: riskReason, files: contract.map((m) => m.file) } }
            : {}),
    };
}

;// CONCATENATED MODULE: ./src/rollback/plan-decide.ts


function decidePlan(facts) {
    const { environment, from } = facts;
    const findings = [];
    if (facts.ledgerFailure) {
        findings.push({
            gate: 'rollback',
            rule: 'ledger-unavailable',
            severity: 'warning',
            message: `The ${environment} deployment ledger could not be read: ${facts.ledgerFailure.why}; release tags stood in for it.`,
            help: `${facts.ledgerFailure.help} Or pass --from and --to explicitly.`,
            docs: (0,rules/* rollbackDocs */.Ag)('ledger-unavailable'),
        });
    }
    const to = facts.to;
    if (!to) {
        findings.push({
            gate: 'rollback',
            rule: 'rollback-no-target',
            severity: 'error',
            message: `There is no release before ${from.release} to roll back to.`,
            help: 'Roll forward with a fix instead, or name a target with --to.',
            docs: (0,rules/* rollbackDocs */.Ag)('rollback-no-target'),
        });
        return {
            environment,
            from: { ...from },
            to: { ...from },
            sources: { ...facts.sources },
            migrationsSince: [],
            findings,
            dataNote: rules/* DATA_NOTE */.E4,
        };
    }
    if (!to.earlier) {
        findings.push({
            gate: 'rollback',
            rule: 'rollback-target-not-earlier',
            severity: 'error',
            message: `The target ${to.release} is not earlier than the live release ${from.release}; a rollback goes back to an earlier release.`,
            help: 'To ship a newer release, run the normal deploy. To roll back, name an earlier release with --to.',
            docs: (0,rules/* rollbackDocs */.Ag)('rollback-target-not-earlier'),
        });
    }
    const branch = facts.releaseBranch;
    if (branch && 'missing' in branch) {
        // Fail closed: a target nobody could place on the release branch may be code that was never released.
        findings.push({
            gate: 'rollback',
            rule: 'release-branch-missing',
            severity: 'error',
            message: `Cannot check that the target ${to.release} (${to.sha.slice(0, 7)}) is on the release branch: ${branch.missing} is not in this clone.`,
            help: 'Fetch the full history (actions/checkout with fetch-depth: 0), or set tagging.release-branch to the branch you release from.',
            docs: (0,rules/* rollbackDocs */.Ag)('release-branch-missing'),
        });
    }
    else if (branch && !branch.hasTarget) {
        findings.push({
            gate: 'rollback',
            rule: 'tag-off-release-branch',
            severity: 'error',
            message: `The target ${to.release} (${to.sha.slice(0, 7)}) is not on the release branch ${branch.name}; only released code is a rollback target.`,
            help: `Pick a release tagged on ${branch.name}, or fetch the branch if this clone is shallow.`,
            docs: (0,rules/* rollbackDocs */.Ag)('tag-off-release-branch'),
        });
    }
    // Why the target cannot run on today's schema leads the plan; how the plan was resolved follows.
    const schema = judgeSchema(facts.migrationsSince, to.release, facts.allowSchemaRisk);
    return {
        environment,
        from: { ...from },
        to: { release: to.release, sha: to.sha },
        sources: { ...facts.sources },
        migrationsSince: facts.migrationsSince,
        ...(schema.schemaRisk ? { schemaRisk: schema.schemaRisk } : {}),
        findings: [...schema.findings, ...findings],
        dataNote: rules/* DATA_NOTE */.E4,
    };
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/github/failure.ts
var failure = __webpack_require__(8881);
// EXTERNAL MODULE: ./src/release/names.ts
var names = __webpack_require__(5365);
// EXTERNAL MODULE: ./src/release/release-git.ts + 1 modules
var release_git = __webpack_require__(9862);
// EXTERNAL MODULE: ./src/rollback/migrations-since.ts + 1 modules
var migrations_since = __webpack_require__(6803);
;// CONCATENATED MODULE: ./src/rollback/plan-gather.ts





/**
 * Check a tag name given by a person or read from the ledger before any git call that uses it:
 * a safe ref name, git agrees, a release ID of the scheme, an existing tag, and no branch of the same
 * name (a lookalike branch is refused rather than guessed about). Bad input exits 2.
 */
async function resolveReleaseTag(releaseGit, history, name, label) {
    (0,names/* assertReleaseName */.pB)(name, label);
    const tagged = history.tagged.find((t) => t.id.name === name);
    // A tag git listed is a ref git accepts; only a name it did not list is put to check-ref-format.
    if (!tagged)
        await (0,release_git/* assertGitAcceptsTag */.gO)(releaseGit, name, label);
    if (!tagged) {
        if (!history.scheme.parse(name)) {
            throw new errors/* UsageError */.eb(`${label}: ${(0,names/* quoteName */.AB)(name)} is not a release ID of the ${history.scheme.label} scheme; name a release such as ${history.scheme.example}`);
        }
        const branches = await releaseGit.branchesNamed(name);
        throw new errors/* UsageError */.eb(`${label}: there is no tag ${(0,names/* quoteName */.AB)(name)}${branches.length ? ` (only a branch ${branches[0]}: a rollback deploys tags, never branches)` : ''}; run "git fetch --tags" or name an existing release tag`);
    }
    const branches = await releaseGit.branchesNamed(name);
    if (branches.length) {
        throw new errors/* UsageError */.eb(`${label}: ${(0,names/* quoteName */.AB)(name)} is both a tag and a branch (${branches.join(', ')}); rollback-ready refuses to guess which one is meant. Delete or rename the branch, then re-run`);
    }
    if (tagged.id.prerelease && !history.releases.some((r) => r.id.name === name)) {
        throw new errors/* UsageError */.eb(`${label}: ${(0,names/* quoteName */.AB)(name)} is a pre-release, not a production release (set tagging.allow-prerelease to count pre-releases)`);
    }
    return tagged;
}
/** The default target: the ledger's last known-good release when it is an earlier release tag, else the previous tag. */
function defaultTarget(history, from, knownGood) {
    const earlier = (t) => history.scheme.compare(t.id, from.id) < 0;
    const tagged = knownGood ? history.releases.find((r) => r.id.name === knownGood) : undefined;
    if (tagged && earlier(tagged))
        return { release: tagged, source: 'ledger' };
    const previous = history.releases.filter(earlier).at(-1);
    return { ...(previous ? { release: previous } : {}), source: 'tags' };
}
const ref = (t) => ({ release: t.id.name, sha: t.tag.sha });
async function gatherPlanFacts(input) {
    const { history, releaseGit, environment } = input;
    // Validate names first: nothing touches git or the API with an unchecked name.
    if (input.to !== undefined)
        (0,names/* assertReleaseName */.pB)(input.to, '--to');
    if (input.from !== undefined)
        (0,names/* assertReleaseName */.pB)(input.from, '--from');
    let ledgerFailure;
    const readFromLedger = async (exclude) => {
        if (!input.ledger)
            return undefined;
        try {
            // Loaded only with a ledger to read: the GitHub client is not needed by a plan without a token.
            const { readLedger } = await __webpack_require__.e(/* import() */ 907).then(__webpack_require__.bind(__webpack_require__, 2907));
            return await readLedger(input.ledger, environment, exclude ? { exclude } : {});
        }
        catch (error) {
            ledgerFailure ??= (0,failure/* describeGitHubFailure */.P)(error);
            return undefined;
        }
    };
    // The live release.
    let from;
    let fromSource = 'flag';
    if (input.from !== undefined) {
        from = await resolveReleaseTag(releaseGit, history, input.from, '--from');
    }
    else {
        const ledgerState = await readFromLedger();
        if (ledgerState?.current) {
            from = await resolveReleaseTag(releaseGit, history, ledgerState.current.releaseId, `the ledger's live ${environment} release (deployment ${ledgerState.current.deploymentId}; pass --from to override)`);
            fromSource = 'ledger';
        }
        else {
            from = history.releases.at(-1);
            fromSource = 'tags';
            if (!from) {
                throw new errors/* UsageError */.eb(`no release tag of the ${history.scheme.label} scheme on the release branch, and no ${environment} deployment in the ledger: nothing is live to roll back from (pass --from TAG)`);
            }
        }
    }
    // The target.
    let to;
    let toSource = 'flag';
    if (input.to !== undefined) {
        to = await resolveReleaseTag(releaseGit, history, input.to, '--to');
    }
    else {
        const known = await readFromLedger(from.id.name);
        const chosen = defaultTarget(history, from, known?.knownGood?.releaseId);
        toSource = chosen.source;
        // The chosen target passes the same checks as a typed one (a lookalike branch is refused, not guessed about).
        if (chosen.release)
            to = await resolveReleaseTag(releaseGit, history, chosen.release.id.name, `the default target ${chosen.release.id.name} (${toSource === 'ledger' ? 'last known-good in the ledger' : 'previous release tag'})`);
    }
    const facts = {
        environment,
        from: ref(from),
        sources: { from: fromSource, to: to ? toSource : 'tags' },
        migrationsSince: [],
        allowSchemaRisk: input.config.rollback['allow-schema-risk'].trim(),
        ...(ledgerFailure ? { ledgerFailure } : {}),
    };
    if (!to)
        return facts;
    facts.to = { ...ref(to), earlier: history.scheme.compare(to.id, from.id) < 0 };
    // Read with the history: the tags reachable from the branch's tips (one git call for all of them).
    facts.releaseBranch = history.branch
        ? { name: history.branch.name, hasTarget: to.onBranch }
        : { missing: input.config.tagging['release-branch'] ?? 'the default branch' };
    // Migrations applied since the target: only meaningful when the target is an ancestor of the live release.
    if (to.tag.sha !== from.tag.sha) {
        if (!(await releaseGit.isAncestor(to.tag.sha, from.tag.sha))) {
            input.log.warn(`${to.id.name} is not an ancestor of ${from.id.name}: migrations are compared between the two tags as they are`);
        }
        facts.migrationsSince = await (0,migrations_since/* migrationsSince */.u)(input.git, to.tag.sha, from.tag.sha, input.config.migrations, {
            fallbackLabel: to.id.name,
            log: input.log,
            ...(input.cache ? { cache: input.cache } : {}),
        });
    }
    return facts;
}

;// CONCATENATED MODULE: ./src/rollback/plan.ts



/**
 * Plan a rollback in the three steps of every command: gather the facts (plan-gather.ts: the releases,
 * the ledger, the branch, the migrations since the target), decide (plan-decide.ts: pure), and format
 * (plan-format.ts and the report, in src/commands/rollback.ts).
 */
async function planRollback(input) {
    return decidePlan(await gatherPlanFacts(input));
}


/***/ }),

/***/ 3836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ag: () => (/* binding */ rollbackDocs),
/* harmony export */   E4: () => (/* binding */ DATA_NOTE)
/* harmony export */ });
/* unused harmony export ROLLBACK_RULES */
/* harmony import */ var _core_tool_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(121);

/** Rule ids `rollback` and `status` report; each has a page under docs/rules/. */
const ROLLBACK_RULES = {
    'rollback-schema-contract': 'a migration applied since the rollback target is a contract change the target release does not understand',
    'rollback-schema-risk-accepted': 'a contract migration since the target was accepted with allow-schema-risk; the reason is recorded',
    'rollback-schema-unknown': 'a migration since the target could not be classified as expand or contract',
    'rollback-migration-unreadable': 'a migration since the target could not be read (too large, binary, not UTF-8), so it was not judged',
    'rollback-target-not-earlier': 'the rollback target is not an earlier release than the live one',
    'rollback-no-target': 'there is no earlier known-good release to roll back to',
    'rollback-in-progress': 'another deployment to the same environment is still running',
    'deploy-failed': 'the deploy step failed, so the deployment was marked failure',
    'health-check-failed': 'the health check after the deploy did not answer as expected',
    'tag-off-release-branch': 'the tag points at a commit that is not on the release branch',
    'release-branch-missing': 'the release branch is not in this clone, so the target could not be checked to be released code',
    'ledger-unavailable': 'the deployment ledger could not be read, so release tags stood in for it',
    'tag-moved': 'the release tag names another commit than the one the plan or release approved',
    'auto-deploy-on': 'the platform deploys pushes by itself, which can silently undo a rollback',
    'live-drift': 'the platform runs a commit that is no release tag (an untagged deploy)',
    'platform-not-asked': 'the deploy target could not be asked what runs (no token here, or its API failed), so the live release is the ledger’s guess',
};
function rollbackDocs(ruleId) {
    return (0,_core_tool_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleDocsUrl */ .hS)(ruleId);
}
/** Printed with every plan: what a rollback does not do. */
const DATA_NOTE = 'A rollback redeploys code only: it does not undo data or schema changes. Rows written by the newer release stay, and columns or tables its migrations added stay in the database. Check: writes the newer release made that the older code cannot read (new enum values, new NOT NULL columns without defaults), background jobs and queues holding newer payloads, and caches keyed by the newer code.';


/***/ })

};
