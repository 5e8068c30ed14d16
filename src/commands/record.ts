/**
 * `rollback record` and `rollback finish`: the ledger entries around a deploy, rollback or drill.
 * record → a deployment of the release tag plus an `in_progress` status (refused while another
 * deployment to the environment is still running); finish → the health check, then `success` or
 * `failure`, and the summary that is the one status update people read.
 */
import { UsageError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import { buildReport } from '../core/report.js';
import { GitCli } from '../git/git.js';
import { InvalidAnswerError } from '../github/answers.js';
import { describeGitHubFailure } from '../github/failure.js';
import { openGitHub, readLedger } from '../github/ledger-read.js';
import type { DeploymentKind, DeploymentPayload, DeploymentState } from '../github/ledger-read.js';
import { findRunningDeployment, octokitLedgerClient, ownDeployments } from '../github/ledger-write.js';
import type { DeploymentDetail, LedgerClient } from '../github/ledger-write.js';
import { readReleaseHistory } from '../release/history.js';
import { assertReleaseName, quoteName, refNameProblem } from '../release/names.js';
import { ReleaseGitCli } from '../release/release-git.js';
import { escapeMarkdown, inlineCode } from '../report/escape-markdown.js';
import { checkHealth, describeHealth, healthOptions } from '../rollback/health.js';
import type { HealthResult } from '../rollback/health.js';
import { migrationsSince } from '../rollback/migrations-since.js';
import { resolveReleaseTag } from '../rollback/plan.js';
import { rollbackDocs } from '../rollback/rules.js';
import type { CommandContext, CommandResult } from './command.js';
import { environmentOf, flagString } from './command-flags.js';

export { environmentOf, flagString } from './command-flags.js';

const KINDS: readonly DeploymentKind[] = ['deploy', 'rollback', 'drill'];
const FINAL_STATES = ['success', 'failure'] as const;

/** The ledger through the API; a usage error when there is no token (writing needs one). */
export function requireLedger(ctx: CommandContext, what: string): LedgerClient {
  const gh = openGitHub(ctx.github, ctx.log);
  if (!gh) {
    throw new UsageError(
      `${what} writes the deployment ledger: set GITHUB_TOKEN (with deployments: write) and GITHUB_REPOSITORY=owner/repo`,
    );
  }
  return octokitLedgerClient(gh.client, gh.owner, gh.repo);
}

/** The ledger for reading what is live and known-good (our own deployments only), when there is a token. */
export function optionalLedger(ctx: CommandContext): LedgerClient | undefined {
  const gh = openGitHub(ctx.github, ctx.log);
  return gh ? ownDeployments(octokitLedgerClient(gh.client, gh.owner, gh.repo)) : undefined;
}

function checkUrl(raw: string | undefined, flag: string): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!URL.canParse(raw) || !/^https?:$/.test(new URL(raw).protocol)) {
    throw new UsageError(`${flag}: ${quoteName(raw)} is not an http(s) URL`);
  }
  return raw;
}

function oneLineText(raw: string | undefined, flag: string, max: number): string | undefined {
  if (raw === undefined) return undefined;
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text.length > max) throw new UsageError(`${flag}: at most ${max} characters (got ${text.length})`);
  return text || undefined;
}

/** A GitHub login: letters, digits and single hyphens (bots end in [bot]). */
function actorOf(ctx: CommandContext): string {
  const raw =
    flagString(ctx, 'actor') ?? process.env.GITHUB_TRIGGERING_ACTOR ?? process.env.GITHUB_ACTOR ?? '';
  if (raw === '') return 'unknown';
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(raw))
    throw new UsageError(`--actor: ${quoteName(raw)} is not a GitHub login`);
  return raw;
}

/**
 * A GitHub failure while recording is one line that names the cause and the fix (exit 2): a refused
 * token (401), a missing permission (403), an unreachable API, or an answer that failed validation;
 * never an "internal error" with a stack.
 */
async function failClearly<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const status = (error as { status?: unknown }).status;
    if (!(error instanceof InvalidAnswerError) && typeof status !== 'number') throw error;
    const failure = describeGitHubFailure(error, 'deployments: write');
    throw new UsageError(`${what}: ${failure.why}. ${failure.help}`);
  }
}

/** `rollback record --kind K --to TAG [--from TAG] [--env NAME] [--reason …] [--log-url …]`. */
export function recordDeployment(ctx: CommandContext): Promise<CommandResult> {
  return failClearly('rollback record', () => record(ctx));
}

/** `rollback finish --deployment ID --state success|failure [--health-url …]`. */
export function finishDeployment(ctx: CommandContext): Promise<CommandResult> {
  return failClearly('rollback finish', () => finish(ctx));
}

async function record(ctx: CommandContext): Promise<CommandResult> {
  const kindRaw = flagString(ctx, 'kind') ?? 'deploy';
  if (!KINDS.includes(kindRaw as DeploymentKind)) {
    throw new UsageError(`--kind: got ${quoteName(kindRaw)}; allowed: ${KINDS.join(', ')}`);
  }
  const kind = kindRaw as DeploymentKind;
  const toName = flagString(ctx, 'to');
  if (!toName) throw new UsageError('rollback record needs --to TAG: the release being deployed');
  assertReleaseName(toName, '--to');
  const fromName = flagString(ctx, 'from');
  if (fromName !== undefined && fromName !== '') assertReleaseName(fromName, '--from');
  const environment = environmentOf(ctx);
  const reason = oneLineText(flagString(ctx, 'reason'), '--reason', 500);
  const logUrl = checkUrl(flagString(ctx, 'log-url'), '--log-url');
  const actor = actorOf(ctx);
  const ledger = requireLedger(ctx, 'rollback record');

  const repo = await GitCli.open(ctx.settings.run.cwd);
  const releaseGit = ReleaseGitCli.from(repo);
  const history = await readReleaseHistory(releaseGit, ctx.settings.config.tagging);
  const to = await resolveReleaseTag(releaseGit, history, toName, '--to');
  const from = fromName
    ? await resolveReleaseTag(releaseGit, history, fromName, '--from')
    : await liveFromLedger(ctx, ledger, environment, releaseGit, history);

  const now = new Date();
  const running = await findRunningDeployment(ledger, environment, {
    windowMinutes: ctx.settings.config.rollback['in-progress-window'],
    now,
  });
  if (running) {
    const d = running.deployment;
    const what = `${d.payload.kind ?? 'deploy'} of ${d.payload.releaseId ?? d.ref}`;
    const finding: Finding = {
      gate: 'rollback',
      rule: 'rollback-in-progress',
      severity: 'error',
      message: `Another ${what} to ${environment} is still ${running.state} (deployment ${d.id}, started ${running.ageMinutes} min ago by ${d.payload.actor ?? d.creator ?? 'unknown'}); not starting a second one.`,
      help: `Wait for it to finish (the workflows queue in the concurrency group rollback-ready-deploy-${environment}), then re-run. If it was abandoned, mark it: rollback-ready rollback finish --deployment ${d.id} --state failure. Runs older than rollback.in-progress-window (${ctx.settings.config.rollback['in-progress-window']} min) are not waited for.`,
      docs: rollbackDocs('rollback-in-progress'),
    };
    const report = buildReport(
      [finding],
      [{ gate: 'rollback', status: 'fail', summary: `refused: ${what} still running` }],
      ctx.settings.run.failOn,
      {
        environment,
        running: { deploymentId: d.id, release: d.payload.releaseId ?? d.ref, state: running.state },
      },
    );
    return { report };
  }

  const migrations =
    from && from.tag.sha !== to.tag.sha
      ? (
          await migrationsSince(
            repo,
            ...(kind === 'deploy'
              ? ([from.tag.sha, to.tag.sha] as const)
              : ([to.tag.sha, from.tag.sha] as const)),
            ctx.settings.config.migrations,
          )
        ).map((m) => m.file)
      : [];
  const payload: DeploymentPayload = {
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
  const report = buildReport(
    [],
    [
      {
        gate: 'rollback',
        status: 'pass',
        summary: `recorded ${kind} of ${to.id.name} to ${environment} as deployment ${id} (in progress)`,
      },
    ],
    ctx.settings.run.failOn,
    { deploymentId: id, environment, release: { release: to.id.name, sha: to.tag.sha }, payload },
  );
  return { report, text: `${id}\n`, outputs: { 'deployment-id': String(id), 'release-id': to.id.name } };
}

async function finish(ctx: CommandContext): Promise<CommandResult> {
  const idRaw = flagString(ctx, 'deployment') ?? '';
  if (!/^[1-9]\d{0,15}$/.test(idRaw))
    throw new UsageError(`--deployment: got ${quoteName(idRaw)}; pass the id rollback record printed`);
  const id = Number(idRaw);
  const stateRaw = flagString(ctx, 'state') ?? 'success';
  if (!FINAL_STATES.includes(stateRaw as (typeof FINAL_STATES)[number])) {
    throw new UsageError(`--state: got ${quoteName(stateRaw)}; allowed: ${FINAL_STATES.join(', ')}`);
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
    throw new UsageError(`--started-at: ${quoteName(startedRaw)} is not an ISO 8601 time`);

  const ledger = requireLedger(ctx, 'rollback finish');
  const deployment = await ledger.getDeployment(id);
  if (!deployment)
    throw new UsageError(
      `--deployment ${id}: no such deployment in ${ctx.github?.repository ?? 'this repository'}`,
    );

  const findings: Finding[] = [];
  const confirmStart = Date.now();
  let state: DeploymentState = stateRaw as DeploymentState;
  let result: HealthResult | undefined;
  if (state === 'failure') {
    findings.push({
      gate: 'rollback',
      rule: 'deploy-failed',
      severity: 'error',
      message: `The ${deployment.payload.kind ?? 'deploy'} of ${deployment.ref} to ${deployment.environment} failed before it could be confirmed.`,
      help: 'Open the run log; the environment may be on either release. Run rollback-ready status to see what the ledger says.',
      docs: rollbackDocs('deploy-failed'),
    });
  } else if (health) {
    result = await checkHealth(health);
    if (!result.ok) {
      state = 'failure';
      findings.push({
        gate: 'rollback',
        rule: 'health-check-failed',
        severity: 'error',
        message: `Health check failed after deploying ${deployment.ref} to ${deployment.environment}: ${describeHealth(result)}.`,
        help: 'The deployment is marked failure, so it is never chosen as known-good. Check the app and the deploy logs now.',
        docs: rollbackDocs('health-check-failed'),
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
  const report = buildReport(
    findings,
    [{ gate: 'rollback', status: state === 'success' ? 'pass' : 'fail', summary: summaryLine }],
    ctx.settings.run.failOn,
    {
      deploymentId: id,
      environment: deployment.environment,
      state,
      release: { release: deployment.ref, sha: deployment.sha },
      ...(deployment.payload.previousRelease ? { previousRelease: deployment.payload.previousRelease } : {}),
      ...(result ? { health: result } : {}),
      timings,
    },
  );
  return {
    report,
    text: finishSummary(deployment, state, result, timings, logUrl),
    outputs: { 'deployment-state': state },
  };
}

/** Without --from: what the ledger says is live, when it is a release tag here (else nothing). */
export async function liveFromLedger(
  ctx: CommandContext,
  ledger: LedgerClient,
  environment: string,
  releaseGit: ReleaseGitCli,
  history: Awaited<ReturnType<typeof readReleaseHistory>>,
): Promise<Awaited<ReturnType<typeof resolveReleaseTag>> | undefined> {
  const live = (await readLedger(ownDeployments(ledger), environment)).current?.releaseId;
  if (!live || refNameProblem(live)) return undefined;
  try {
    return await resolveReleaseTag(releaseGit, history, live, 'the live release');
  } catch (error) {
    ctx.log.debug(`the ledger's live release ${live} is not usable here: ${(error as Error).message}`);
    return undefined;
  }
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

const seconds = (ms: number) => Math.max(0, Math.round(ms / 1000));

/**
 * The one status update: outcome first, then from → to, who, why, the checks and the times. Markdown
 * (for the job summary) that also reads as plain text; everything that came from people is escaped.
 */
export function finishSummary(
  d: DeploymentDetail,
  state: DeploymentState,
  health: HealthResult | undefined,
  timings: { identifySeconds?: number; redeploySeconds?: number; confirmSeconds: number },
  logUrl: string | undefined,
): string {
  const kind = d.payload.kind ?? 'deploy';
  const verb = kind === 'rollback' ? 'Rolled back' : kind === 'drill' ? 'Drill deployed' : 'Deployed';
  const env = inlineCode(d.environment);
  const to = inlineCode(d.ref);
  const from = d.payload.previousRelease ? inlineCode(d.payload.previousRelease) : 'unknown';
  const lines: string[] = [];
  if (state === 'success') lines.push(`## ✅ ${verb} ${env}: ${from} → ${to}`);
  else if (health && !health.ok)
    lines.push(
      `## ❌ Health check FAILED after the ${kind} of ${env} to ${to}`,
      '',
      `${escapeMarkdown(describeHealth(health))}. The deployment is marked failure.`,
    );
  else lines.push(`## ❌ The ${kind} of ${env} to ${to} FAILED`);
  lines.push(
    '',
    `- **From → to:** ${from} → ${to} (${inlineCode(d.sha.slice(0, 12))})`,
    `- **Who:** ${d.payload.actor ? inlineCode(d.payload.actor) : 'unknown'}`,
    `- **Why:** ${d.payload.reason ? escapeMarkdown(d.payload.reason) : 'no reason given'}`,
    `- **Checks:** ${health ? `health check ${escapeMarkdown(health.url)} expecting ${health.expectStatus}: ${health.ok ? 'passed' : 'failed'} after ${health.attempts.length} attempt(s)` : 'no health check configured'}`,
    `- **Migrations since:** ${d.payload.migrations?.length ? d.payload.migrations.map(inlineCode).join(', ') : 'none'}`,
    `- **Time:** ${[
      timings.identifySeconds !== undefined ? `identify ${timings.identifySeconds}s` : undefined,
      timings.redeploySeconds !== undefined ? `redeploy ${timings.redeploySeconds}s` : undefined,
      `confirm ${timings.confirmSeconds}s`,
    ]
      .filter(Boolean)
      .join(', ')}`,
    `- **Ledger:** deployment ${d.id}${logUrl ? ` ([log](${encodeURI(logUrl)}))` : ''}`,
  );
  if (kind === 'rollback') {
    lines.push(
      '',
      'A rollback does not undo data: rows and columns the newer release wrote stay. Check the errors and the data it touched.',
    );
  }
  return `${lines.join('\n')}\n`;
}
