import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 937;
export const ids = [937];
export const modules = {

/***/ 7839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p7: () => (/* binding */ environmentOf),
  jl: () => (/* binding */ finishDeployment),
  w: () => (/* binding */ flagString),
  EC: () => (/* binding */ liveFromLedger),
  sH: () => (/* binding */ optionalLedger),
  dj: () => (/* binding */ recordDeployment),
  Dp: () => (/* binding */ requireLedger)
});

// UNUSED EXPORTS: finishSummary

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/report.ts
var core_report = __webpack_require__(8557);
// EXTERNAL MODULE: ./src/git/git.ts + 2 modules
var git = __webpack_require__(8025);
// EXTERNAL MODULE: ./src/github/answers.ts
var answers = __webpack_require__(3948);
// EXTERNAL MODULE: ./src/github/failure.ts
var github_failure = __webpack_require__(8881);
// EXTERNAL MODULE: ./src/github/ledger-read.ts
var ledger_read = __webpack_require__(2907);
// EXTERNAL MODULE: ./src/github/ledger-write.ts
var ledger_write = __webpack_require__(5212);
// EXTERNAL MODULE: ./src/release/history.ts + 1 modules
var release_history = __webpack_require__(909);
// EXTERNAL MODULE: ./src/release/names.ts
var names = __webpack_require__(5365);
// EXTERNAL MODULE: ./src/release/release-git.ts
var release_git = __webpack_require__(5285);
// EXTERNAL MODULE: ./src/report/escape-markdown.ts
var escape_markdown = __webpack_require__(7729);
// EXTERNAL MODULE: ./src/rollback/config.ts
var config = __webpack_require__(580);
// EXTERNAL MODULE: ./src/config/duration.ts
var duration = __webpack_require__(7840);
;// CONCATENATED MODULE: ./src/rollback/health.ts


const MAX_RETRIES = 30;
const MAX_TIMEOUT_MS = 120_000;
/** Validate the health-check flags into options (usage errors exit 2 before anything is deployed or recorded). */
function healthOptions(flags) {
    let url;
    try {
        url = new URL(flags.url);
    }
    catch {
        throw new errors/* UsageError */.eb(`--health-url: ${JSON.stringify(flags.url)} is not a URL; use https://example.com/healthz`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors/* UsageError */.eb(`--health-url: only http and https URLs are checked (got ${url.protocol})`);
    }
    if (url.username || url.password) {
        throw new errors/* UsageError */.eb('--health-url: put no credentials in the URL; it is printed in the summary');
    }
    const int = (raw, flag, fallback, min, max) => {
        if (raw === undefined)
            return fallback;
        const n = Number(raw);
        if (!Number.isInteger(n) || n < min || n > max) {
            throw new errors/* UsageError */.eb(`${flag}: got ${JSON.stringify(raw)}; use a whole number from ${min} to ${max}`);
        }
        return n;
    };
    // The one duration grammar (config/duration.ts); a bare number stays seconds, as it always was here.
    const timeoutMs = flags.timeout === undefined
        ? 10_000
        : (0,duration/* parseDuration */.E9)(flags.timeout, '--timeout', {
            kind: 'timer',
            bareSeconds: true,
            maxMs: MAX_TIMEOUT_MS,
        });
    const intervalMs = flags.interval === undefined
        ? 5_000
        : (0,duration/* parseDuration */.E9)(flags.interval, '--interval', {
            kind: 'timer',
            bareSeconds: true,
            allowZero: true,
            maxMs: MAX_TIMEOUT_MS,
        });
    return {
        url: url.toString(),
        expectStatus: int(flags.expectStatus, '--expect-status', 200, 100, 599),
        retries: int(flags.retries, '--retries', 5, 0, MAX_RETRIES),
        timeoutMs,
        intervalMs,
    };
}
/**
 * GET the URL until it answers the expected status, at most `retries + 1` times. Each attempt is
 * bounded by its timeout, redirects are not followed (a redirect to a login page is not healthy), and
 * the body is discarded unread.
 */
async function checkHealth(options) {
    const started = Date.now();
    const attempts = [];
    for (let i = 0; i <= options.retries; i++) {
        if (i > 0 && options.intervalMs > 0)
            await new Promise((r) => setTimeout(r, options.intervalMs));
        const t0 = Date.now();
        try {
            const response = await fetch(options.url, {
                method: 'GET',
                redirect: 'manual',
                headers: { 'user-agent': 'rollback-ready health check' },
                signal: AbortSignal.timeout(options.timeoutMs),
            });
            await response.body?.cancel().catch(() => undefined);
            attempts.push({ status: response.status, ms: Date.now() - t0 });
            if (response.status === options.expectStatus) {
                return {
                    ok: true,
                    url: options.url,
                    expectStatus: options.expectStatus,
                    attempts,
                    ms: Date.now() - started,
                };
            }
        }
        catch (error) {
            const name = error.name;
            const message = name === 'TimeoutError' || name === 'AbortError'
                ? `no answer within ${options.timeoutMs} ms`
                : String(error.cause?.code ?? error.message ?? error);
            attempts.push({ error: message, ms: Date.now() - t0 });
        }
    }
    return {
        ok: false,
        url: options.url,
        expectStatus: options.expectStatus,
        attempts,
        ms: Date.now() - started,
    };
}
/** One line about the last attempt, for messages. */
function describeHealth(result) {
    const last = result.attempts.at(-1);
    const got = last?.status !== undefined ? `HTTP ${last.status}` : (last?.error ?? 'nothing');
    return result.ok
        ? `${result.url} answered ${result.expectStatus} (attempt ${result.attempts.length}, ${result.ms} ms)`
        : `${result.url} did not answer ${result.expectStatus} after ${result.attempts.length} attempt(s) in ${result.ms} ms (last: ${got})`;
}

// EXTERNAL MODULE: ./src/rollback/migrations-since.ts
var migrations_since = __webpack_require__(1320);
// EXTERNAL MODULE: ./src/rollback/plan.ts + 1 modules
var plan = __webpack_require__(2251);
// EXTERNAL MODULE: ./src/rollback/rules.ts
var rules = __webpack_require__(3836);
;// CONCATENATED MODULE: ./src/commands/record.ts
/**
 * `rollback record` and `rollback finish`: the ledger entries around a deploy, rollback or drill.
 * record → a deployment of the release tag plus an `in_progress` status (refused while another
 * deployment to the environment is still running); finish → the health check, then `success` or
 * `failure`, and the summary that is the one status update people read.
 */
















const KINDS = ['deploy', 'rollback', 'drill'];
const FINAL_STATES = ['success', 'failure'];
function flagString(ctx, name) {
    const v = ctx.flags[name];
    return typeof v === 'string' ? v : undefined;
}
/** `--env`, else `rollback.environment`; validated before any API call. */
function environmentOf(ctx) {
    const raw = flagString(ctx, 'env') ?? ctx.settings.config.rollback.environment;
    const parsed = config/* rollbackConfigSchema */.i.shape.environment.safeParse(raw);
    if (!parsed.success) {
        throw new errors/* UsageError */.eb(`--env: ${(0,names/* quoteName */.AB)(raw)} is not an environment name; use letters, digits, space and . _ - (such as production)`);
    }
    return parsed.data;
}
/** The ledger through the API; a usage error when there is no token (writing needs one). */
function requireLedger(ctx, what) {
    const gh = (0,ledger_read/* openGitHub */.o6)(ctx.github, ctx.log);
    if (!gh) {
        throw new errors/* UsageError */.eb(`${what} writes the deployment ledger: set GITHUB_TOKEN (with deployments: write) and GITHUB_REPOSITORY=owner/repo`);
    }
    return (0,ledger_write/* octokitLedgerClient */._Y)(gh.client, gh.owner, gh.repo);
}
/** The ledger for reading what is live and known-good (our own deployments only), when there is a token. */
function optionalLedger(ctx) {
    const gh = (0,ledger_read/* openGitHub */.o6)(ctx.github, ctx.log);
    return gh ? (0,ledger_write/* ownDeployments */.d4)((0,ledger_write/* octokitLedgerClient */._Y)(gh.client, gh.owner, gh.repo)) : undefined;
}
function checkUrl(raw, flag) {
    if (raw === undefined || raw === '')
        return undefined;
    if (!URL.canParse(raw) || !/^https?:$/.test(new URL(raw).protocol)) {
        throw new errors/* UsageError */.eb(`${flag}: ${(0,names/* quoteName */.AB)(raw)} is not an http(s) URL`);
    }
    return raw;
}
function oneLineText(raw, flag, max) {
    if (raw === undefined)
        return undefined;
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text.length > max)
        throw new errors/* UsageError */.eb(`${flag}: at most ${max} characters (got ${text.length})`);
    return text || undefined;
}
/** A GitHub login: letters, digits and single hyphens (bots end in [bot]). */
function actorOf(ctx) {
    const raw = flagString(ctx, 'actor') ?? process.env.GITHUB_TRIGGERING_ACTOR ?? process.env.GITHUB_ACTOR ?? '';
    if (raw === '')
        return 'unknown';
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(raw))
        throw new errors/* UsageError */.eb(`--actor: ${(0,names/* quoteName */.AB)(raw)} is not a GitHub login`);
    return raw;
}
/**
 * A GitHub failure while recording is one line that names the cause and the fix (exit 2): a refused
 * token (401), a missing permission (403), an unreachable API, or an answer that failed validation;
 * never an "internal error" with a stack.
 */
async function failClearly(what, run) {
    try {
        return await run();
    }
    catch (error) {
        if (error instanceof errors/* UsageError */.eb)
            throw error;
        const status = error.status;
        if (!(error instanceof answers/* InvalidAnswerError */.g9) && typeof status !== 'number')
            throw error;
        const failure = (0,github_failure/* describeGitHubFailure */.P)(error, 'deployments: write');
        throw new errors/* UsageError */.eb(`${what}: ${failure.why}. ${failure.help}`);
    }
}
/** `rollback record --kind K --to TAG [--from TAG] [--env NAME] [--reason …] [--log-url …]`. */
function recordDeployment(ctx) {
    return failClearly('rollback record', () => record(ctx));
}
/** `rollback finish --deployment ID --state success|failure [--health-url …]`. */
function finishDeployment(ctx) {
    return failClearly('rollback finish', () => finish(ctx));
}
async function record(ctx) {
    const kindRaw = flagString(ctx, 'kind') ?? 'deploy';
    if (!KINDS.includes(kindRaw)) {
        throw new errors/* UsageError */.eb(`--kind: got ${(0,names/* quoteName */.AB)(kindRaw)}; allowed: ${KINDS.join(', ')}`);
    }
    const kind = kindRaw;
    const toName = flagString(ctx, 'to');
    if (!toName)
        throw new errors/* UsageError */.eb('rollback record needs --to TAG: the release being deployed');
    (0,names/* assertReleaseName */.pB)(toName, '--to');
    const fromName = flagString(ctx, 'from');
    if (fromName !== undefined && fromName !== '')
        (0,names/* assertReleaseName */.pB)(fromName, '--from');
    const environment = environmentOf(ctx);
    const reason = oneLineText(flagString(ctx, 'reason'), '--reason', 500);
    const logUrl = checkUrl(flagString(ctx, 'log-url'), '--log-url');
    const actor = actorOf(ctx);
    const ledger = requireLedger(ctx, 'rollback record');
    const repo = await git/* GitCli */.Tq.open(ctx.settings.run.cwd);
    const releaseGit = release_git/* ReleaseGitCli */.uA.from(repo);
    const history = await (0,release_history/* readReleaseHistory */.Cr)(releaseGit, ctx.settings.config.tagging);
    const to = await (0,plan/* resolveReleaseTag */.O)(releaseGit, history, toName, '--to');
    const from = fromName
        ? await (0,plan/* resolveReleaseTag */.O)(releaseGit, history, fromName, '--from')
        : await liveFromLedger(ctx, ledger, environment, releaseGit, history);
    const now = new Date();
    const running = await (0,ledger_write/* findRunningDeployment */.WX)(ledger, environment, {
        windowMinutes: ctx.settings.config.rollback['in-progress-window'],
        now,
    });
    if (running) {
        const d = running.deployment;
        const what = `${d.payload.kind ?? 'deploy'} of ${d.payload.releaseId ?? d.ref}`;
        const finding = {
            gate: 'rollback',
            rule: 'rollback-in-progress',
            severity: 'error',
            message: `Another ${what} to ${environment} is still ${running.state} (deployment ${d.id}, started ${running.ageMinutes} min ago by ${d.payload.actor ?? d.creator ?? 'unknown'}); not starting a second one.`,
            help: `Wait for it to finish (the workflows queue in the concurrency group rollback-ready-deploy-${environment}), then re-run. If it was abandoned, mark it: rollback-ready rollback finish --deployment ${d.id} --state failure. Runs older than rollback.in-progress-window (${ctx.settings.config.rollback['in-progress-window']} min) are not waited for.`,
            docs: (0,rules/* rollbackDocs */.Ag)('rollback-in-progress'),
        };
        const report = (0,core_report/* buildReport */.F)([finding], [{ gate: 'rollback', status: 'fail', summary: `refused: ${what} still running` }], ctx.settings.run.failOn, {
            environment,
            running: { deploymentId: d.id, release: d.payload.releaseId ?? d.ref, state: running.state },
        });
        return { report };
    }
    const migrations = from && from.tag.sha !== to.tag.sha
        ? (await (0,migrations_since/* migrationsSince */.u)(repo, ...(kind === 'deploy'
            ? [from.tag.sha, to.tag.sha]
            : [to.tag.sha, from.tag.sha]), ctx.settings.config.migrations)).map((m) => m.file)
        : [];
    const payload = {
        releaseId: to.id.name,
        ...(from ? { previousRelease: from.id.name } : {}),
        kind,
        actor,
        ...(reason ? { reason } : {}),
        migrations,
        ...(kind === 'rollback' && from ? { rolledBackFrom: from.id.name } : {}),
    };
    const description = `${kind} ${from ? `${from.id.name} → ` : ''}${to.id.name} by ${actor}${reason ? `: ${reason}` : ''}`;
    const { id } = await ledger.createDeployment({
        environment,
        ref: to.id.name,
        sha: to.tag.sha,
        payload,
        description,
    });
    await ledger.setStatus(id, 'in_progress', { description, ...(logUrl ? { logUrl } : {}) });
    const report = (0,core_report/* buildReport */.F)([], [
        {
            gate: 'rollback',
            status: 'pass',
            summary: `recorded ${kind} of ${to.id.name} to ${environment} as deployment ${id} (in progress)`,
        },
    ], ctx.settings.run.failOn, { deploymentId: id, environment, release: { release: to.id.name, sha: to.tag.sha }, payload });
    return { report, text: `${id}\n`, outputs: { 'deployment-id': String(id), 'release-id': to.id.name } };
}
async function finish(ctx) {
    const idRaw = flagString(ctx, 'deployment') ?? '';
    if (!/^[1-9]\d{0,15}$/.test(idRaw))
        throw new errors/* UsageError */.eb(`--deployment: got ${(0,names/* quoteName */.AB)(idRaw)}; pass the id rollback record printed`);
    const id = Number(idRaw);
    const stateRaw = flagString(ctx, 'state') ?? 'success';
    if (!FINAL_STATES.includes(stateRaw)) {
        throw new errors/* UsageError */.eb(`--state: got ${(0,names/* quoteName */.AB)(stateRaw)}; allowed: ${FINAL_STATES.join(', ')}`);
    }
    const logUrl = checkUrl(flagString(ctx, 'log-url'), '--log-url');
    const environmentUrl = checkUrl(flagString(ctx, 'environment-url'), '--environment-url');
    const healthUrl = flagString(ctx, 'health-url');
    const health = healthUrl
        ? healthOptions({
            url: healthUrl,
            ...optional('expectStatus', flagString(ctx, 'expect-status')),
            ...optional('retries', flagString(ctx, 'retries')),
            ...optional('timeout', flagString(ctx, 'timeout')),
            ...optional('interval', flagString(ctx, 'interval')),
        })
        : undefined;
    const startedRaw = flagString(ctx, 'started-at');
    const startedAt = startedRaw ? Date.parse(startedRaw) : undefined;
    if (startedRaw && !Number.isFinite(startedAt))
        throw new errors/* UsageError */.eb(`--started-at: ${(0,names/* quoteName */.AB)(startedRaw)} is not an ISO 8601 time`);
    const ledger = requireLedger(ctx, 'rollback finish');
    const deployment = await ledger.getDeployment(id);
    if (!deployment)
        throw new errors/* UsageError */.eb(`--deployment ${id}: no such deployment in ${ctx.github?.repository ?? 'this repository'}`);
    const findings = [];
    const confirmStart = Date.now();
    let state = stateRaw;
    let result;
    if (state === 'failure') {
        findings.push({
            gate: 'rollback',
            rule: 'deploy-failed',
            severity: 'error',
            message: `The ${deployment.payload.kind ?? 'deploy'} of ${deployment.ref} to ${deployment.environment} failed before it could be confirmed.`,
            help: 'Open the run log; the environment may be on either release. Run rollback-ready status to see what the ledger says.',
            docs: (0,rules/* rollbackDocs */.Ag)('deploy-failed'),
        });
    }
    else if (health) {
        result = await checkHealth(health);
        if (!result.ok) {
            state = 'failure';
            findings.push({
                gate: 'rollback',
                rule: 'health-check-failed',
                severity: 'error',
                message: `Health check failed after deploying ${deployment.ref} to ${deployment.environment}: ${describeHealth(result)}.`,
                help: 'The deployment is marked failure, so it is never chosen as known-good. Check the app and the deploy logs now.',
                docs: (0,rules/* rollbackDocs */.Ag)('health-check-failed'),
            });
        }
    }
    const description = result
        ? describeHealth(result)
        : state === 'success'
            ? `${deployment.ref} deployed`
            : `${deployment.ref} failed`;
    await ledger.setStatus(id, state, {
        description,
        ...(logUrl ? { logUrl } : {}),
        ...(environmentUrl ? { environmentUrl } : {}),
        // GitHub marks earlier successful deployments inactive on a success; a drill is no release, and
        // the ledger skips it, so it must not retire the deployment that says what is live.
        ...(deployment.payload.kind === 'drill' ? { autoInactive: false } : {}),
    });
    const finishedAt = Date.now();
    const recordedAt = Date.parse(deployment.createdAt);
    const timings = {
        ...(startedAt !== undefined && Number.isFinite(recordedAt)
            ? { identifySeconds: seconds(recordedAt - startedAt) }
            : {}),
        ...(Number.isFinite(recordedAt) ? { redeploySeconds: seconds(confirmStart - recordedAt) } : {}),
        confirmSeconds: seconds(finishedAt - confirmStart),
    };
    const summaryLine = `${deployment.payload.kind ?? 'deploy'} of ${deployment.ref} to ${deployment.environment}: ${state}`;
    const report = (0,core_report/* buildReport */.F)(findings, [{ gate: 'rollback', status: state === 'success' ? 'pass' : 'fail', summary: summaryLine }], ctx.settings.run.failOn, {
        deploymentId: id,
        environment: deployment.environment,
        state,
        release: { release: deployment.ref, sha: deployment.sha },
        ...(deployment.payload.previousRelease ? { previousRelease: deployment.payload.previousRelease } : {}),
        ...(result ? { health: result } : {}),
        timings,
    });
    return {
        report,
        text: finishSummary(deployment, state, result, timings, logUrl),
        outputs: { 'deployment-state': state },
    };
}
/** Without --from: what the ledger says is live, when it is a release tag here (else nothing). */
async function liveFromLedger(ctx, ledger, environment, releaseGit, history) {
    const live = (await (0,ledger_read/* readLedger */.SC)((0,ledger_write/* ownDeployments */.d4)(ledger), environment)).current?.releaseId;
    if (!live || (0,names/* refNameProblem */.CY)(live))
        return undefined;
    try {
        return await (0,plan/* resolveReleaseTag */.O)(releaseGit, history, live, 'the live release');
    }
    catch (error) {
        ctx.log.debug(`the ledger's live release ${live} is not usable here: ${error.message}`);
        return undefined;
    }
}
function optional(key, value) {
    return value === undefined ? {} : { [key]: value };
}
const seconds = (ms) => Math.max(0, Math.round(ms / 1000));
/**
 * The one status update: outcome first, then from → to, who, why, the checks and the times. Markdown
 * (for the job summary) that also reads as plain text; everything that came from people is escaped.
 */
function finishSummary(d, state, health, timings, logUrl) {
    const kind = d.payload.kind ?? 'deploy';
    const verb = kind === 'rollback' ? 'Rolled back' : kind === 'drill' ? 'Drill deployed' : 'Deployed';
    const env = (0,escape_markdown/* inlineCode */.ti)(d.environment);
    const to = (0,escape_markdown/* inlineCode */.ti)(d.ref);
    const from = d.payload.previousRelease ? (0,escape_markdown/* inlineCode */.ti)(d.payload.previousRelease) : 'unknown';
    const lines = [];
    if (state === 'success')
        lines.push(`## ✅ ${verb} ${env}: ${from} → ${to}`);
    else if (health && !health.ok)
        lines.push(`## ❌ Health check FAILED after the ${kind} of ${env} to ${to}`, '', `${(0,escape_markdown/* escapeMarkdown */.FV)(describeHealth(health))}. The deployment is marked failure.`);
    else
        lines.push(`## ❌ The ${kind} of ${env} to ${to} FAILED`);
    lines.push('', `- **From → to:** ${from} → ${to} (${(0,escape_markdown/* inlineCode */.ti)(d.sha.slice(0, 12))})`, `- **Who:** ${d.payload.actor ? (0,escape_markdown/* inlineCode */.ti)(d.payload.actor) : 'unknown'}`, `- **Why:** ${d.payload.reason ? (0,escape_markdown/* escapeMarkdown */.FV)(d.payload.reason) : 'no reason given'}`, `- **Checks:** ${health ? `health check ${(0,escape_markdown/* escapeMarkdown */.FV)(health.url)} expecting ${health.expectStatus}: ${health.ok ? 'passed' : 'failed'} after ${health.attempts.length} attempt(s)` : 'no health check configured'}`, `- **Migrations since:** ${d.payload.migrations?.length ? d.payload.migrations.map(escape_markdown/* inlineCode */.ti).join(', ') : 'none'}`, `- **Time:** ${[
        timings.identifySeconds !== undefined ? `identify ${timings.identifySeconds}s` : undefined,
        timings.redeploySeconds !== undefined ? `redeploy ${timings.redeploySeconds}s` : undefined,
        `confirm ${timings.confirmSeconds}s`,
    ]
        .filter(Boolean)
        .join(', ')}`, `- **Ledger:** deployment ${d.id}${logUrl ? ` ([log](${encodeURI(logUrl)}))` : ''}`);
    if (kind === 'rollback') {
        lines.push('', 'A rollback does not undo data: rows and columns the newer release wrote stay. Check the errors and the data it touched.');
    }
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 5212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WX: () => (/* binding */ findRunningDeployment),
/* harmony export */   _Y: () => (/* binding */ octokitLedgerClient),
/* harmony export */   d4: () => (/* binding */ ownDeployments)
/* harmony export */ });
/* unused harmony exports MAX_STATUS_DESCRIPTION, isProductionEnvironment */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9691);
/* harmony import */ var _answers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3948);
/* harmony import */ var _ledger_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2907);
/**
 * The write side of the deployment ledger (see ledger-read.ts for the read side): every deploy,
 * rollback and drill becomes a GitHub deployment whose `ref` is the release tag, created with
 * `auto_merge: false` (the default would merge the default branch into an old tag) and
 * `required_contexts: []` (the default would demand today's commit statuses on an old commit), then
 * `in_progress` → `success` | `failure` statuses carrying the run's log URL.
 */



/** GitHub caps a deployment status description at 140 characters. */
const MAX_STATUS_DESCRIPTION = 140;
const shorten = (text) => text.length <= MAX_STATUS_DESCRIPTION ? text : `${text.slice(0, MAX_STATUS_DESCRIPTION - 1)}…`;
/** The environment GitHub treats as production: only the one named `production`, as rollback-ready records it. */
function isProductionEnvironment(environment) {
    return environment.toLowerCase() === 'production';
}
function octokitLedgerClient(client, owner, repo) {
    const toDetail = (d) => ({
        id: d.id,
        ref: d.ref,
        sha: d.sha,
        createdAt: d.created_at,
        environment: d.environment ?? '',
        payload: (0,_ledger_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readPayload */ .rD)(d.payload),
        ...(d.creator?.login ? { creator: d.creator.login } : {}),
    });
    const self = {
        async listDeployments(environment, limit) {
            return self.listDetailed(environment, limit);
        },
        async listStatuses(deploymentId) {
            return (await self.listStatusDetails(deploymentId)).map((s) => s.state);
        },
        async listDetailed(environment, limit) {
            const { data } = await client.rest.repos.listDeployments({
                owner,
                repo,
                ...(environment ? { environment } : {}),
                per_page: Math.min(Math.max(limit, 1), 100),
            });
            const list = (0,_answers_js__WEBPACK_IMPORTED_MODULE_0__/* .checked */ .KD)(zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(_answers_js__WEBPACK_IMPORTED_MODULE_0__/* .deploymentAnswer */ .GC), data, 'listing deployments');
            return list.slice(0, limit).map(toDetail);
        },
        async listStatusDetails(deploymentId) {
            const { data } = await client.rest.repos.listDeploymentStatuses({
                owner,
                repo,
                deployment_id: deploymentId,
                per_page: 100,
            });
            return (0,_answers_js__WEBPACK_IMPORTED_MODULE_0__/* .checked */ .KD)(zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(_answers_js__WEBPACK_IMPORTED_MODULE_0__/* .statusAnswer */ .p6), data, `listing the statuses of deployment ${deploymentId}`).map((s) => ({
                state: s.state,
                createdAt: s.created_at,
                ...(s.description ? { description: s.description } : {}),
                ...(s.log_url ? { logUrl: s.log_url } : {}),
            }));
        },
        async getDeployment(id) {
            try {
                const { data } = await client.rest.repos.getDeployment({ owner, repo, deployment_id: id });
                return toDetail((0,_answers_js__WEBPACK_IMPORTED_MODULE_0__/* .checked */ .KD)(_answers_js__WEBPACK_IMPORTED_MODULE_0__/* .deploymentAnswer */ .GC, data, `reading deployment ${id}`));
            }
            catch (error) {
                if (error.status === 404)
                    return undefined;
                throw error;
            }
        },
        async createDeployment(input) {
            const response = await client.rest.repos.createDeployment({
                owner,
                repo,
                ref: input.ref,
                environment: input.environment,
                auto_merge: false,
                required_contexts: [],
                transient_environment: false,
                production_environment: isProductionEnvironment(input.environment),
                payload: input.payload,
                description: shorten(input.description ?? `${input.payload.kind} ${input.payload.releaseId}`),
            });
            // 202 means GitHub merged or refused something instead of creating the deployment.
            if (response.status !== 201 || !('id' in response.data)) {
                const message = 'message' in response.data ? String(response.data.message) : `HTTP ${response.status}`;
                throw new Error(`GitHub did not create the deployment of ${input.ref}: ${message}`);
            }
            // Checked before anything else is written: a status is never set on an id or sha that failed validation.
            const created = (0,_answers_js__WEBPACK_IMPORTED_MODULE_0__/* .checked */ .KD)(_answers_js__WEBPACK_IMPORTED_MODULE_0__/* .deploymentAnswer */ .GC, response.data, `creating the deployment of ${input.ref} (it may exist without a status: run rollback-ready status before re-running)`);
            if (created.sha !== input.sha) {
                await self.setStatus(created.id, 'error', {
                    description: `the tag resolved to ${created.sha.slice(0, 7)} on GitHub, ${input.sha.slice(0, 7)} here`,
                });
                throw new Error(`the tag ${input.ref} is ${created.sha.slice(0, 12)} on GitHub but ${input.sha.slice(0, 12)} in this checkout; it moved or was not pushed. The deployment was marked error; fetch tags and re-run`);
            }
            return { id: created.id };
        },
        async setStatus(deploymentId, state, details = {}) {
            await client.rest.repos.createDeploymentStatus({
                owner,
                repo,
                deployment_id: deploymentId,
                state,
                ...(details.description ? { description: shorten(details.description) } : {}),
                ...(details.logUrl ? { log_url: details.logUrl } : {}),
                ...(details.environmentUrl ? { environment_url: details.environmentUrl } : {}),
                ...(details.autoInactive !== undefined ? { auto_inactive: details.autoInactive } : {}),
            });
        },
    };
    return self;
}
/** Statuses that mean "still going". A deployment without any status yet is pending too. */
const RUNNING = new Set(['queued', 'pending', 'in_progress']);
/**
 * A deployment to `environment` that is still queued, pending or in progress and younger than the
 * window: another deploy, rollback or drill that has not finished. Older ones are taken as abandoned
 * (a cancelled run never sets a final status) and reported by `status`, not here.
 */
async function findRunningDeployment(ledger, environment, options) {
    if (options.windowMinutes <= 0)
        return undefined;
    const since = options.now.getTime() - options.windowMinutes * 60_000;
    const recent = await ledger.listDetailed(environment, 20);
    for (const deployment of recent) {
        const created = Date.parse(deployment.createdAt);
        if (!Number.isFinite(created) || created < since)
            break; // newest first: the rest are older
        if (deployment.id === options.exclude)
            continue;
        const statuses = await ledger.listStatusDetails(deployment.id);
        const state = statuses[0]?.state ?? 'pending';
        if (RUNNING.has(state)) {
            return {
                deployment,
                state,
                ageMinutes: Math.max(0, Math.round((options.now.getTime() - created) / 60_000)),
            };
        }
    }
    return undefined;
}
/**
 * The ledger as rollback-ready wrote it: only deployments carrying our payload's `kind`. GitHub also
 * creates deployments on its own (a job naming `environment:` without `deployment: false`), at the
 * workflow's branch rather than a release tag; counting those would make "what is live" a branch.
 */
function ownDeployments(ledger) {
    return {
        ...ledger,
        async listDeployments(environment, limit) {
            return (await ledger.listDetailed(environment, Math.min(100, limit * 2)))
                .filter((d) => d.payload.kind !== undefined)
                .slice(0, limit);
        },
        async listDetailed(environment, limit) {
            return (await ledger.listDetailed(environment, Math.min(100, limit * 2)))
                .filter((d) => d.payload.kind !== undefined)
                .slice(0, limit);
        },
    };
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

/***/ 1320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ migrationsSince)
/* harmony export */ });
/* harmony import */ var _gates_migrations_fallback_fallback_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9757);
/* harmony import */ var _gates_migrations_fallback_history_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2179);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _gates_migrations_engine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5470);
/* harmony import */ var _gates_migrations_parse_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4667);
/* harmony import */ var _gates_migrations_fallback_since_release_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7601);
/* harmony import */ var _plan_review_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2142);







/**
 * Migrations added or changed from `older` to `newer` (up migrations only: down files undo, they are
 * not applied on deploy), in run order, each classified by the migrations gate's engine over one
 * shared schema state. Read from git at `newer`, never from the work tree.
 *
 * All of them are judged, however many: the tree at `newer` is listed and its SQL read in one batch,
 * each file is parsed once (the lint and the history replay share the parse), and the replayed
 * schema and the parses come from the content-keyed cache when the same history was replayed and the
 * same files parsed before (then the parser is not even loaded).
 */
async function migrationsSince(git, older, newer, config, options = {}) {
    if (older === newer)
        return [];
    const [changed, tree, olderFiles] = await Promise.all([
        git.changedFiles(older, newer),
        (0,_gates_migrations_fallback_history_js__WEBPACK_IMPORTED_MODULE_1__/* .readMigrationTree */ .D0)(git, newer, config),
        (0,_gates_migrations_fallback_since_release_js__WEBPACK_IMPORTED_MODULE_5__/* .migrationIdentitiesAt */ ._m)(git, older, config),
    ]);
    const changedPaths = new Set(changed.map((c) => c.path));
    // A migration the target already ran is not applied since, wherever it lives now: a file moved to
    // another folder (same content, or the same migration name) is the same migration, not a new one.
    const ranByTarget = (0,_gates_migrations_fallback_since_release_js__WEBPACK_IMPORTED_MODULE_5__/* .ranByRelease */ .wH)(olderFiles, new Set(tree.up.map((f) => f.path)));
    const ran = (path) => ranByTarget({ path, ...(tree.oid(path) ? { oid: tree.oid(path) } : {}) });
    const files = tree.up.filter((f) => changedPaths.has(f.path) && !ran(f.path));
    if (!files.length)
        return [];
    const parsed = new Map();
    await (0,_gates_migrations_fallback_history_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTreeFiles */ .fI)(tree, files, parsed, options.cache ? (0,_gates_migrations_parse_store_js__WEBPACK_IMPORTED_MODULE_4__/* .parseStoreBeside */ .fE)(options.cache) : undefined);
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
                    docs: (0,_gates_migrations_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .docsUrl */ .fs)('unreadable-file'),
                },
            ],
        });
    }
    const fallback = await fallbackReviewFor(git, older, tree, parsed, config, since, ran, options);
    const review = (0,_plan_review_js__WEBPACK_IMPORTED_MODULE_6__/* .forRollback */ .SO)(fallback);
    for (const linted of (0,_gates_migrations_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .lintParsedFiles */ .QX)(since, { config, review })) {
        // Ignore-comment hygiene is a pull request's business; many ignores name deploy-time rules left out here.
        const findings = linted.findings.filter((f) => !_plan_review_js__WEBPACK_IMPORTED_MODULE_6__/* .IGNORE_HYGIENE */ .D_.has(f.rule));
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
        const schemaAfter = await (0,_gates_migrations_fallback_history_js__WEBPACK_IMPORTED_MODULE_1__/* .replayTree */ .eH)(tree, parsedFiles, options.cache);
        const compat = await (0,_gates_migrations_fallback_fallback_js__WEBPACK_IMPORTED_MODULE_0__/* .checkFallbackCompatibility */ .pZ)({
            git,
            fallbackRef: older,
            ...(options.fallbackLabel ? { fallbackLabel: options.fallbackLabel } : {}),
            schemaAfter,
            inChange: (file) => inChange.has(file),
            since: (0,_gates_migrations_fallback_since_release_js__WEBPACK_IMPORTED_MODULE_5__/* .sinceRelease */ .y3)(schemaAfter, ranByTarget),
            ...(config['schema-sources'] ? { schemaSources: config['schema-sources'] } : {}),
        });
        return compat.review;
    }
    catch (error) {
        options.log?.warn(`could not compare with the rollback target's code: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
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

/***/ 2251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ planRollback),
  O: () => (/* binding */ resolveReleaseTag)
});

// EXTERNAL MODULE: ./src/github/failure.ts
var github_failure = __webpack_require__(8881);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/github/ledger-read.ts
var ledger_read = __webpack_require__(2907);
// EXTERNAL MODULE: ./src/release/names.ts
var names = __webpack_require__(5365);
// EXTERNAL MODULE: ./src/release/release-git.ts
var release_git = __webpack_require__(5285);
// EXTERNAL MODULE: ./src/rollback/migrations-since.ts
var migrations_since = __webpack_require__(1320);
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

;// CONCATENATED MODULE: ./src/rollback/plan.ts








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
/** Plan a rollback: pick and check the target, list and class the migrations since, decide. */
async function planRollback(input) {
    const { history, releaseGit, environment } = input;
    const findings = [];
    // Validate names first: nothing touches git or the API with an unchecked name.
    if (input.to !== undefined)
        (0,names/* assertReleaseName */.pB)(input.to, '--to');
    if (input.from !== undefined)
        (0,names/* assertReleaseName */.pB)(input.from, '--from');
    let ledgerState;
    const readFromLedger = async (exclude) => {
        if (!input.ledger)
            return undefined;
        try {
            return await (0,ledger_read/* readLedger */.SC)(input.ledger, environment, exclude ? { exclude } : {});
        }
        catch (error) {
            if (!findings.some((f) => f.rule === 'ledger-unavailable')) {
                const failure = (0,github_failure/* describeGitHubFailure */.P)(error);
                findings.push({
                    gate: 'rollback',
                    rule: 'ledger-unavailable',
                    severity: 'warning',
                    message: `The ${environment} deployment ledger could not be read: ${failure.why}; release tags stood in for it.`,
                    help: `${failure.help} Or pass --from and --to explicitly.`,
                    docs: (0,rules/* rollbackDocs */.Ag)('ledger-unavailable'),
                });
            }
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
        ledgerState = await readFromLedger();
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
        const earlier = (t) => history.scheme.compare(t.id, from.id) < 0;
        const known = await readFromLedger(from.id.name);
        const candidate = known?.knownGood?.releaseId;
        const tagged = candidate ? history.releases.find((r) => r.id.name === candidate) : undefined;
        if (tagged && earlier(tagged)) {
            to = tagged;
            toSource = 'ledger';
        }
        else {
            to = history.releases.filter(earlier).at(-1);
            toSource = 'tags';
        }
        // The chosen target passes the same checks as a typed one (a lookalike branch is refused, not guessed about).
        if (to)
            to = await resolveReleaseTag(releaseGit, history, to.id.name, `the default target ${to.id.name} (${toSource === 'ledger' ? 'last known-good in the ledger' : 'previous release tag'})`);
        if (!to) {
            findings.push({
                gate: 'rollback',
                rule: 'rollback-no-target',
                severity: 'error',
                message: `There is no release before ${from.id.name} to roll back to.`,
                help: 'Roll forward with a fix instead, or name a target with --to.',
                docs: (0,rules/* rollbackDocs */.Ag)('rollback-no-target'),
            });
            const self = { release: from.id.name, sha: from.tag.sha };
            return {
                environment,
                from: self,
                to: self,
                sources: { from: fromSource, to: 'tags' },
                migrationsSince: [],
                findings,
                dataNote: rules/* DATA_NOTE */.E4,
            };
        }
    }
    const fromRef = { release: from.id.name, sha: from.tag.sha };
    const toRef = { release: to.id.name, sha: to.tag.sha };
    if (history.scheme.compare(to.id, from.id) >= 0) {
        findings.push({
            gate: 'rollback',
            rule: 'rollback-target-not-earlier',
            severity: 'error',
            message: `The target ${to.id.name} is not earlier than the live release ${from.id.name}; a rollback goes back to an earlier release.`,
            help: 'To ship a newer release, run the normal deploy. To roll back, name an earlier release with --to.',
            docs: (0,rules/* rollbackDocs */.Ag)('rollback-target-not-earlier'),
        });
    }
    if (history.branch) {
        let onBranch = false;
        for (const tip of history.branch.tips)
            if (await releaseGit.isAncestor(to.tag.sha, tip))
                onBranch = true;
        if (!onBranch) {
            findings.push({
                gate: 'rollback',
                rule: 'tag-off-release-branch',
                severity: 'error',
                message: `The target ${to.id.name} (${to.tag.sha.slice(0, 7)}) is not on the release branch ${history.branch.name}; only released code is a rollback target.`,
                help: `Pick a release tagged on ${history.branch.name}, or fetch the branch if this clone is shallow.`,
                docs: (0,rules/* rollbackDocs */.Ag)('tag-off-release-branch'),
            });
        }
    }
    else {
        input.log.warn('the release branch is not in this clone: the target was not checked to be on it');
    }
    // Migrations applied since the target: only meaningful when the target is an ancestor of the live release.
    let since = [];
    if (to.tag.sha !== from.tag.sha) {
        if (!(await releaseGit.isAncestor(to.tag.sha, from.tag.sha))) {
            input.log.warn(`${to.id.name} is not an ancestor of ${from.id.name}: migrations are compared between the two tags as they are`);
        }
        since = await (0,migrations_since/* migrationsSince */.u)(input.git, to.tag.sha, from.tag.sha, input.config.migrations, {
            fallbackLabel: to.id.name,
            log: input.log,
            ...(input.cache ? { cache: input.cache } : {}),
        });
    }
    // Why the target cannot run on today's schema leads the plan; how the plan was resolved follows.
    const schema = judgeSchema(since, to.id.name, input.config.rollback['allow-schema-risk'].trim());
    findings.unshift(...schema.findings);
    const schemaRisk = schema.schemaRisk;
    return {
        environment,
        from: fromRef,
        to: toRef,
        sources: { from: fromSource, to: toSource },
        migrationsSince: since,
        ...(schemaRisk ? { schemaRisk } : {}),
        findings,
        dataNote: rules/* DATA_NOTE */.E4,
    };
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
