import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 369;
export const ids = [369,907];
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
/* harmony import */ var _release_release_git_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9862);
/* harmony import */ var _specs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3990);
/* harmony import */ var _tag_family_guard_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8883);










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
    await (0,_tag_family_guard_js__WEBPACK_IMPORTED_MODULE_9__/* .assertReleaseTagsUnderstood */ .u)(git, settings, 'notes check');
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
    await (0,_tag_family_guard_js__WEBPACK_IMPORTED_MODULE_9__/* .assertReleaseTagsUnderstood */ .u)(git, settings, 'notes draft');
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

/***/ 3948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ deploymentAnswer),
/* harmony export */   KD: () => (/* binding */ checked),
/* harmony export */   g9: () => (/* binding */ InvalidAnswerError),
/* harmony export */   p6: () => (/* binding */ statusAnswer)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
/**
 * Schemas of the parts of GitHub's answers that the ledger uses, checked before use: a truncated or odd
 * answer becomes one clear error instead of "undefined deployed" or a crash after a write.
 */

const STATES = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'];
/** What we use of a deployment, checked before use: a truncated or odd answer never becomes "undefined deployed". */
const deploymentAnswer = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive(),
    ref: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[0-9a-f]{40}$/, 'a 40-hex commit SHA'),
    created_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    environment: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    payload: zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J(),
    creator: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ login: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }).nullable().optional(),
});
const statusAnswer = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    state: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(STATES),
    created_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
    log_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
});
/** GitHub answered, but not with what the API describes: nothing is written or decided from it. */
class InvalidAnswerError extends Error {
    name = 'InvalidAnswerError';
}
function checked(schema, data, what) {
    const parsed = schema.safeParse(data);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? issue.path.join('.') : 'the answer';
    throw new InvalidAnswerError(`GitHub's answer to ${what} was incomplete or invalid (${where}: ${issue.message})`);
}


/***/ }),

/***/ 2907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CE: () => (/* binding */ octokitLedgerReader),
/* harmony export */   o6: () => (/* binding */ openGitHub),
/* harmony export */   rD: () => (/* binding */ readPayload),
/* harmony export */   readLedger: () => (/* binding */ readLedger)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9691);
/* harmony import */ var _answers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3948);
/* harmony import */ var _release_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5365);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6702);
/**
 * The read side of the deployment ledger: which release production is on, and which release is
 * known-good, from GitHub Deployments. The write side (creating deployments and statuses on deploy,
 * rollback and drill) implements `LedgerWriter` and records `DeploymentPayload` on every deployment.
 */




const ARTIFACT_TARGETS = new Set(['vercel', 'fly', 'render', 'container', 'script']);
/** Ids as the platforms print them (dpl_…, srv-…, registry/repo@sha256:…); anything else is ignored. */
const ARTIFACT_ID = /^[A-Za-z0-9][A-Za-z0-9._:@/+-]{0,299}$/;
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
    const a = p.artifact;
    if (a && typeof a === 'object' && typeof a.target === 'string' && ARTIFACT_TARGETS.has(a.target))
        if (typeof a.id === 'string' && ARTIFACT_ID.test(a.id))
            out.artifact = { target: a.target, id: a.id };
    if (typeof p.built === 'boolean')
        out.built = p.built;
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
        if ((0,_release_names_js__WEBPACK_IMPORTED_MODULE_1__/* .refNameProblem */ .CY)(releaseId))
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
                ...(d.payload.artifact ? { artifact: d.payload.artifact } : {}),
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
            return (0,_answers_js__WEBPACK_IMPORTED_MODULE_0__/* .checked */ .KD)(zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(_answers_js__WEBPACK_IMPORTED_MODULE_0__/* .deploymentAnswer */ .GC), data, 'listing deployments')
                .slice(0, limit)
                .map((d) => ({
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
            return (0,_answers_js__WEBPACK_IMPORTED_MODULE_0__/* .checked */ .KD)(zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(_answers_js__WEBPACK_IMPORTED_MODULE_0__/* .statusAnswer */ .p6), data, `listing the statuses of deployment ${deploymentId}`).map((s) => s.state);
        },
    };
}
/** An API client and the repository to ask about, when a token and a repository are known. */
function openGitHub(access, log) {
    const [owner, repo] = (access?.repository ?? '').split('/');
    if (!access?.token || !owner || !repo)
        return undefined;
    const client = (0,_octokit_js__WEBPACK_IMPORTED_MODULE_2__/* .createGitHubClient */ .LX)({
        token: access.token,
        ...(access.apiUrl ? { baseUrl: access.apiUrl } : {}),
        log,
    });
    return { client, owner, repo };
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
