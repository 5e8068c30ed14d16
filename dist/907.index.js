import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 907;
export const ids = [907];
export const modules = {

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


/***/ })

};
