import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 661;
export const ids = [661];
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
            const restoreCheck = (settings) => ({
                ...settings,
                config: { ...settings.config, backup: { ...settings.config.backup, 'restore-check': true } },
            });
            // In a pull request (or with --base) the backup-command and the rest come from the base's config.
            const gateCtx = await (0,_run_gates_js__WEBPACK_IMPORTED_MODULE_2__.prepareGateContext)(ctx, {
                policyFromBase: true,
                ...(ctx.flags['restore-check'] === true ? { adjust: restoreCheck } : {}),
            });
            return { report: await (0,_run_gates_js__WEBPACK_IMPORTED_MODULE_2__.runGates)([gate], gateCtx) };
        },
    };
}
const backupCommand = createBackupCommand();


/***/ }),

/***/ 7840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   sK: () => (/* binding */ durationSchema)
/* harmony export */ });
/* unused harmony exports MAX_TIMER_MS, readDuration, formatDuration */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8532);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);


/**
 * The one duration grammar, for config keys, action inputs, CLI flags and workflow inputs alike:
 * a number and a unit — `500ms`, `90s`, `30m`, `2h`, `7d` (decimals allowed: `1.5h`).
 */
const GRAMMAR = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/;
const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/**
 * Node's timers hold a signed 32-bit count of milliseconds: a longer delay (24.8 days and up) is
 * silently replaced by 1 ms, so a "25d" timeout would fire at once. Timers stop at 24 days.
 */
const MAX_TIMER_MS = 24 * 86_400_000;
const EXAMPLE = 'a duration such as 500ms, 90s, 30m, 2h or 7d';
/** Milliseconds, or why the text is not an acceptable duration (phrased to follow "expected"). */
function readDuration(raw, rules) {
    const text = raw.trim();
    const bare = rules.bareSeconds && /^\d+(?:\.\d+)?$/.test(text);
    const m = bare ? [text, text, 's'] : GRAMMAR.exec(text);
    if (!m)
        return { problem: EXAMPLE };
    const ms = Math.round(Number(m[1]) * UNIT_MS[m[2]]);
    if (ms === 0 && !rules.allowZero)
        return { problem: `more than zero (${EXAMPLE})` };
    const max = Math.min(rules.maxMs ?? Infinity, rules.kind === 'timer' ? MAX_TIMER_MS : Infinity);
    if (!Number.isSafeInteger(ms))
        return { problem: `a shorter duration (${EXAMPLE})` };
    if (ms > max) {
        return {
            problem: max === MAX_TIMER_MS
                ? 'at most 24d (a longer timer overflows and fires after 1 ms)'
                : `at most ${formatDuration(max)}`,
        };
    }
    return { ms };
}
/** Parse a flag or input value; a usage error naming `key` otherwise. */
function parseDuration(raw, key, rules) {
    const read = readDuration(raw, rules);
    if ('problem' in read)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${key}: got ${JSON.stringify(raw)}; expected ${read.problem}`);
    return read.ms;
}
/** A config key holding a duration: the text in, milliseconds out; errors name the key path (settings.ts). */
function durationSchema(rules) {
    return zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().transform((text, ctx) => {
        const read = readDuration(text, rules);
        if ('ms' in read)
            return read.ms;
        ctx.addIssue({ code: 'custom', message: read.problem, input: text });
        return zod__WEBPACK_IMPORTED_MODULE_2__/* .NEVER */ .tm;
    });
}
/** `90000` → `90s`, `7200000` → `2h`: the largest unit that divides evenly. */
function formatDuration(ms) {
    for (const unit of ['d', 'h', 'm', 's']) {
        if (ms >= UNIT_MS[unit] && ms % UNIT_MS[unit] === 0)
            return `${ms / UNIT_MS[unit]}${unit}`;
    }
    return `${ms}ms`;
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
/* harmony export */   SC: () => (/* binding */ readLedger),
/* harmony export */   o6: () => (/* binding */ openGitHub),
/* harmony export */   rD: () => (/* binding */ readPayload)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9691);
/* harmony import */ var _answers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3948);
/* harmony import */ var _release_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5365);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(985);
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
