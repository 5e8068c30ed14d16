import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 241;
export const ids = [241];
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
