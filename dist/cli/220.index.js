import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 220;
export const ids = [220,139];
export const modules = {

/***/ 7839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  environmentOf: () => (/* reexport */ command_flags/* environmentOf */.p),
  finishDeployment: () => (/* binding */ finishDeployment),
  finishSummary: () => (/* binding */ finishSummary),
  flagString: () => (/* reexport */ command_flags/* flagString */.w),
  liveFromLedger: () => (/* binding */ liveFromLedger),
  optionalLedger: () => (/* binding */ optionalLedger),
  recordDeployment: () => (/* binding */ recordDeployment),
  requireLedger: () => (/* binding */ requireLedger)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/report.ts
var core_report = __webpack_require__(8557);
// EXTERNAL MODULE: ./src/git/git.ts + 10 modules
var git = __webpack_require__(2724);
// EXTERNAL MODULE: ./src/github/answers.ts
var answers = __webpack_require__(3948);
// EXTERNAL MODULE: ./src/github/failure.ts
var github_failure = __webpack_require__(8881);
// EXTERNAL MODULE: ./src/github/ledger-read.ts + 1 modules
var ledger_read = __webpack_require__(8139);
// EXTERNAL MODULE: ./src/github/ledger-write.ts
var ledger_write = __webpack_require__(5212);
// EXTERNAL MODULE: ./src/release/history.ts + 1 modules
var release_history = __webpack_require__(909);
// EXTERNAL MODULE: ./src/release/names.ts
var names = __webpack_require__(5365);
// EXTERNAL MODULE: ./src/release/release-git.ts + 1 modules
var release_git = __webpack_require__(9862);
// EXTERNAL MODULE: ./src/report/escape-markdown.ts
var escape_markdown = __webpack_require__(7729);
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

// EXTERNAL MODULE: ./src/rollback/migrations-since.ts + 1 modules
var migrations_since = __webpack_require__(6803);
// EXTERNAL MODULE: ./src/rollback/plan.ts + 3 modules
var plan = __webpack_require__(621);
// EXTERNAL MODULE: ./src/rollback/rules.ts
var rules = __webpack_require__(3836);
// EXTERNAL MODULE: ./src/commands/command-flags.ts
var command_flags = __webpack_require__(8221);
;// CONCATENATED MODULE: ./src/commands/record.ts
/**
 * `rollback record` and `rollback finish`: the ledger entries around a deploy, rollback or drill.
 * record → a deployment of the release tag plus an `in_progress` status (refused while another
 * deployment to the environment is still running); finish → the health check, then `success` or
 * `failure`, and the summary that is the one status update people read.
 */

















const KINDS = ['deploy', 'rollback', 'drill'];
const FINAL_STATES = ['success', 'failure'];
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
    const raw = (0,command_flags/* flagString */.w)(ctx, 'actor') ?? process.env.GITHUB_TRIGGERING_ACTOR ?? process.env.GITHUB_ACTOR ?? '';
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
    const kindRaw = (0,command_flags/* flagString */.w)(ctx, 'kind') ?? 'deploy';
    if (!KINDS.includes(kindRaw)) {
        throw new errors/* UsageError */.eb(`--kind: got ${(0,names/* quoteName */.AB)(kindRaw)}; allowed: ${KINDS.join(', ')}`);
    }
    const kind = kindRaw;
    const toName = (0,command_flags/* flagString */.w)(ctx, 'to');
    if (!toName)
        throw new errors/* UsageError */.eb('rollback record needs --to TAG: the release being deployed');
    (0,names/* assertReleaseName */.pB)(toName, '--to');
    const fromName = (0,command_flags/* flagString */.w)(ctx, 'from');
    if (fromName !== undefined && fromName !== '')
        (0,names/* assertReleaseName */.pB)(fromName, '--from');
    const environment = (0,command_flags/* environmentOf */.p)(ctx);
    const reason = oneLineText((0,command_flags/* flagString */.w)(ctx, 'reason'), '--reason', 500);
    const logUrl = checkUrl((0,command_flags/* flagString */.w)(ctx, 'log-url'), '--log-url');
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
    const idRaw = (0,command_flags/* flagString */.w)(ctx, 'deployment') ?? '';
    if (!/^[1-9]\d{0,15}$/.test(idRaw))
        throw new errors/* UsageError */.eb(`--deployment: got ${(0,names/* quoteName */.AB)(idRaw)}; pass the id rollback record printed`);
    const id = Number(idRaw);
    const stateRaw = (0,command_flags/* flagString */.w)(ctx, 'state') ?? 'success';
    if (!FINAL_STATES.includes(stateRaw)) {
        throw new errors/* UsageError */.eb(`--state: got ${(0,names/* quoteName */.AB)(stateRaw)}; allowed: ${FINAL_STATES.join(', ')}`);
    }
    const logUrl = checkUrl((0,command_flags/* flagString */.w)(ctx, 'log-url'), '--log-url');
    const environmentUrl = checkUrl((0,command_flags/* flagString */.w)(ctx, 'environment-url'), '--environment-url');
    const healthUrl = (0,command_flags/* flagString */.w)(ctx, 'health-url');
    const health = healthUrl
        ? healthOptions({
            url: healthUrl,
            ...optional('expectStatus', (0,command_flags/* flagString */.w)(ctx, 'expect-status')),
            ...optional('retries', (0,command_flags/* flagString */.w)(ctx, 'retries')),
            ...optional('timeout', (0,command_flags/* flagString */.w)(ctx, 'timeout')),
            ...optional('interval', (0,command_flags/* flagString */.w)(ctx, 'interval')),
        })
        : undefined;
    const startedRaw = (0,command_flags/* flagString */.w)(ctx, 'started-at');
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
    const live = (await (0,ledger_read.readLedger)((0,ledger_write/* ownDeployments */.d4)(ledger), environment)).current?.releaseId;
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

/***/ 8139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CE: () => (/* binding */ octokitLedgerReader),
  o6: () => (/* binding */ openGitHub),
  readLedger: () => (/* binding */ readLedger),
  rD: () => (/* binding */ readPayload)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/github/answers.ts
var answers = __webpack_require__(3948);
// EXTERNAL MODULE: ./src/release/names.ts
var names = __webpack_require__(5365);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(4475);
// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 21 modules
var dist_src = __webpack_require__(9988);
// EXTERNAL MODULE: ./src/github/failure.ts
var failure = __webpack_require__(8881);
;// CONCATENATED MODULE: ./src/github/octokit.ts




/** The retry plugin's attempts after the first (its waits: 1, 4, 9 s). */
const RETRIES = 3;
/**
 * Bound the time one client spends waiting to retry: the waits of a failing streak (5xx, 429, no
 * answer) add up to at most RETRY_BUDGET_MS, however many requests fail in a row; then the error goes
 * up as it is, saying so. Without it each request waited 14 s, and a ledger read makes several. Counting
 * waits, not wall time, keeps one request's own 1 + 4 + 9 s schedule whole on a slow machine.
 * Registered before the retry plugin, so its error hook runs first and can lower `retries` to 0.
 */
function retryBudget(octokit) {
    const budget = { waitedMs: 0, failing: false };
    octokit.hook.error('request', (error, options) => {
        const status = error.status;
        const request = options.request;
        const count = request.retryCount ?? 0;
        if (status === undefined || status >= 500 || status === 429) {
            budget.failing = true;
            const nextWaitMs = (count + 1) ** 2 * 1000;
            if (count < (request.retries ?? RETRIES) && budget.waitedMs + nextWaitMs <= failure/* RETRY_BUDGET_MS */.K) {
                budget.waitedMs += nextWaitMs;
            }
            else {
                // The last attempt, by count or by budget: say how long was spent, so the user knows it was retried.
                request.retries = 0;
                if (error instanceof Error && !error.message.includes('retries stop after'))
                    error.message += ` (gave up after waiting ${Math.round(budget.waitedMs / 1000)} s to retry; retries stop after ${failure/* RETRY_BUDGET_MS */.K / 1000} s)`;
            }
        }
        throw error;
    });
    octokit.hook.after('request', () => {
        budget.waitedMs = 0;
        budget.failing = false;
    });
    return { retryBudget: budget };
}
const GitHubClient = dist_src/* Octokit */.E.plugin(retryBudget, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
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
    // Set once the client exists: the fetch below reads the retry budget's streak to shorten its timeout.
    const client = new GitHubClient({
        auth: options.token,
        baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
        userAgent: 'rollback-ready',
        request: {
            fetch: async (url, init = {}) => {
                // While failing, an attempt may only use what is left of the retry budget.
                const { failing, waitedMs } = client.retryBudget;
                const attemptMs = !failing
                    ? timeoutMs
                    : Math.max(1_000, Math.min(timeoutMs, failure/* RETRY_BUDGET_MS */.K - waitedMs));
                const timeout = AbortSignal.timeout(attemptMs);
                const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
                try {
                    return await fetch(url, { ...init, signal });
                }
                catch (error) {
                    // Say what happened in words; the retry plugin still retries it like any network error.
                    if (init.signal?.aborted)
                        throw error;
                    if (!timeout.aborted) {
                        // fetch's own "fetch failed" hides the cause (ENOTFOUND, ECONNREFUSED): name it.
                        const cause = error.cause;
                        const why = cause?.code ?? cause?.message ?? error.message;
                        throw new Error(`${init.method ?? 'GET'} ${new URL(String(url)).host}: ${String(why)}`, {
                            cause: error,
                        });
                    }
                    throw new Error(`GitHub did not answer ${init.method ?? 'GET'} ${new URL(String(url)).pathname} within ${attemptMs / 1000} s`, { cause: error });
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
    return client;
}

;// CONCATENATED MODULE: ./src/github/ledger-read.ts
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
            return (0,answers/* checked */.KD)(schemas/* array */.YOg(answers/* deploymentAnswer */.GC), data, 'listing deployments')
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
            return (0,answers/* checked */.KD)(schemas/* array */.YOg(answers/* statusAnswer */.p6), data, `listing the statuses of deployment ${deploymentId}`).map((s) => s.state);
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
/* harmony import */ var _ledger_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8139);
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


/***/ })

};
