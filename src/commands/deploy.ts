/**
 * `deploy`: put a release live through the configured deploy target and record it in the ledger with
 * the artifact the platform ran (a Vercel deployment, an image digest, a Render deploy), the tag and
 * the commit. The commit is pinned: `--sha` is what the plan or the release approved, and a tag that
 * now names another commit is refused rather than followed.
 *
 * --kind rollback | drill redeploys the artifact recorded for that release in that environment (no
 * build, no migrations, no backup gate: nothing touches the database); without one it deploys the
 * pinned commit. A drill refuses a production environment unless --allow-production is given.
 */
import { errorMessage, UsageError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import { buildReport } from '../core/report.js';
import { isProductionTarget, openTarget } from '../deploy/open.js';
import type { Artifact, DeployAction, DeployOutcome, DeployTarget } from '../deploy/target.js';
import { GitCli } from '../git/git.js';
import type { DeploymentPayload } from '../github/ledger-read.js';
import { findRunningDeployment } from '../github/ledger-write.js';
import { readReleaseHistory } from '../release/history.js';
import { assertReleaseName, quoteName } from '../release/names.js';
import { ReleaseGitCli } from '../release/release-git.js';
import { findRecordedArtifact } from '../rollback/artifacts.js';
import { migrationsSince } from '../rollback/migrations-since.js';
import { resolveReleaseTag } from '../rollback/plan.js';
import { rollbackDocs } from '../rollback/rules.js';
import type { Command, CommandContext, CommandResult } from './command.js';
import { environmentOf, flagString, liveFromLedger, requireLedger } from './record.js';
import { DEPLOY_SPEC } from './specs.js';

const KINDS: readonly DeployAction[] = ['deploy', 'rollback', 'drill'];

export const deployCommand: Command = {
  ...DEPLOY_SPEC,
  async run(ctx) {
    if (ctx.args.length)
      throw new UsageError(
        `deploy takes no arguments (got "${ctx.args[0]}"); run rollback-ready deploy --help`,
      );
    return deploy(ctx);
  },
};

function artifactFlag(raw: string | undefined, target: DeployTarget): Artifact | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!/^[A-Za-z0-9][A-Za-z0-9._:@/+-]{0,299}$/.test(raw))
    throw new UsageError(
      `--artifact: ${quoteName(raw)} is not an artifact id (dpl_…, srv-…, image@sha256:…)`,
    );
  return { target: target.name, id: raw };
}

async function deploy(ctx: CommandContext): Promise<CommandResult> {
  const kindRaw = flagString(ctx, 'kind') ?? 'deploy';
  if (!KINDS.includes(kindRaw as DeployAction))
    throw new UsageError(`--kind: got ${quoteName(kindRaw)}; allowed: ${KINDS.join(', ')}`);
  const kind = kindRaw as DeployAction;
  const toName = flagString(ctx, 'to');
  if (!toName) throw new UsageError('deploy needs --to TAG: the release to put live');
  assertReleaseName(toName, '--to');
  const pinned = flagString(ctx, 'sha');
  if (pinned !== undefined && !/^[0-9a-f]{40}$/.test(pinned))
    throw new UsageError(
      `--sha: ${quoteName(pinned)} is not a full 40-hex commit; pass the sha the plan or release printed`,
    );
  const fromName = flagString(ctx, 'from') || undefined;
  if (fromName) assertReleaseName(fromName, '--from');
  const environment = environmentOf(ctx);
  const config = ctx.settings.config;
  if (
    kind === 'drill' &&
    isProductionTarget(config.deploy, environment) &&
    ctx.flags['allow-production'] !== true
  )
    throw new UsageError(
      `a drill never deploys to ${environment}, a production environment; drill in staging (--env staging), or pass --allow-production if you really mean it`,
    );
  const target = openTarget({
    config: config.deploy,
    environment,
    cwd: ctx.settings.run.cwd,
    ...(ctx.env ? { env: ctx.env } : {}),
  });
  if (!target)
    throw new UsageError(
      'deploy.target is none in .github/rollback-ready.yml: set it to vercel, fly, render, container or script (npx rollback-ready init detects it)',
    );
  const ledger = requireLedger(ctx, 'deploy');
  const reason = (flagString(ctx, 'reason') ?? '').replace(/\s+/g, ' ').trim().slice(0, 500);
  const env = ctx.env ?? process.env;
  const actor = flagString(ctx, 'actor') ?? env.GITHUB_TRIGGERING_ACTOR ?? env.GITHUB_ACTOR ?? 'unknown';
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$|^unknown$/.test(actor))
    throw new UsageError(`--actor: ${quoteName(actor)} is not a GitHub login`);
  const logUrl = flagString(ctx, 'log-url') || undefined;
  if (logUrl && (!URL.canParse(logUrl) || !/^https?:$/.test(new URL(logUrl).protocol)))
    throw new UsageError(`--log-url: ${quoteName(logUrl)} is not an http(s) URL`);

  const repo = await GitCli.open(ctx.settings.run.cwd);
  const releaseGit = ReleaseGitCli.from(repo);
  const history = await readReleaseHistory(releaseGit, config.tagging);
  const to = await resolveReleaseTag(releaseGit, history, toName, '--to');
  const failOn = ctx.settings.run.failOn;
  if (pinned && to.tag.sha !== pinned) {
    const finding: Finding = {
      gate: 'rollback',
      rule: 'tag-moved',
      severity: 'error',
      message: `The tag ${toName} now names ${to.tag.sha.slice(0, 12)}, but ${pinned.slice(0, 12)} was approved; nothing was deployed.`,
      help: 'A tag moved after the plan or release approved it. Find out who moved it, put it back, and run the workflow again.',
      docs: rollbackDocs('tag-moved'),
    };
    return {
      report: buildReport(
        [finding],
        [{ gate: 'rollback', status: 'fail', summary: 'refused: the tag moved' }],
        failOn,
      ),
    };
  }
  const release = { tag: to.id.name, sha: to.tag.sha };
  const from = fromName
    ? await resolveReleaseTag(releaseGit, history, fromName, '--from')
    : await liveFromLedger(ctx, ledger, environment, releaseGit, history);

  const running = await findRunningDeployment(ledger, environment, {
    windowMinutes: config.rollback['in-progress-window'],
    now: new Date(),
  });
  if (running) {
    const d = running.deployment;
    const finding: Finding = {
      gate: 'rollback',
      rule: 'rollback-in-progress',
      severity: 'error',
      message: `Another ${d.payload.kind ?? 'deploy'} of ${d.payload.releaseId ?? d.ref} to ${environment} is still ${running.state} (deployment ${d.id}); not starting a second one.`,
      help: `Wait for it to finish, then re-run. If it was abandoned: rollback-ready rollback finish --deployment ${d.id} --state failure.`,
      docs: rollbackDocs('rollback-in-progress'),
    };
    return {
      report: buildReport(
        [finding],
        [{ gate: 'rollback', status: 'fail', summary: 'refused: another deploy is running' }],
        failOn,
      ),
    };
  }

  // Rollbacks and drills reuse what already ran; a release deploy (or no recorded artifact) deploys the commit.
  const given = artifactFlag(flagString(ctx, 'artifact'), target);
  const recorded =
    kind === 'deploy' || given
      ? undefined
      : await findRecordedArtifact(ledger, environment, release, target.name);
  const artifact = given ?? recorded?.artifact;
  const started = Date.now();
  let outcome: DeployOutcome | undefined;
  let failure: string | undefined;
  try {
    outcome = artifact ? await target.redeploy(artifact, release, kind) : await target.deploy(release, kind);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    failure = errorMessage(error);
  }
  const platformMs = Date.now() - started;
  const seconds = Math.round(platformMs / 1000);

  const migrations =
    from && from.tag.sha !== release.sha
      ? (
          await migrationsSince(
            repo,
            ...(kind === 'deploy'
              ? ([from.tag.sha, release.sha] as const)
              : ([release.sha, from.tag.sha] as const)),
            config.migrations,
          )
        ).map((m) => m.file)
      : [];
  const payload: DeploymentPayload = {
    releaseId: release.tag,
    ...(from ? { previousRelease: from.id.name } : {}),
    kind,
    actor,
    ...(reason ? { reason } : {}),
    migrations,
    ...(kind === 'rollback' && from ? { rolledBackFrom: from.id.name } : {}),
    ...(outcome ? { artifact: outcome.artifact, built: outcome.built } : {}),
  };
  const how = outcome
    ? `${outcome.built ? 'built and deployed' : 'redeployed'} ${target.describe(outcome.artifact)}`
    : `failed: ${failure}`;
  const description = `${kind} ${from ? `${from.id.name} → ` : ''}${release.tag} on ${target.name}: ${how}`;
  const { id } = await ledger.createDeployment({
    environment,
    ref: release.tag,
    sha: release.sha,
    payload,
    description,
  });
  await ledger.setStatus(id, outcome ? 'in_progress' : 'failure', {
    description,
    ...(logUrl ? { logUrl } : {}),
  });

  const findings: Finding[] = outcome
    ? outcome.notes.map((note) => ({
        gate: 'rollback',
        rule: 'auto-deploy-on',
        severity: 'warning',
        message: note,
        docs: rollbackDocs('auto-deploy-on'),
      }))
    : [
        {
          gate: 'rollback',
          rule: 'deploy-failed',
          severity: 'error',
          message: `The ${kind} of ${release.tag} to ${environment} through ${target.name} failed: ${failure}`,
          help: 'Nothing was confirmed; the ledger marks this deployment failure. Fix the cause above and re-run the workflow.',
          docs: rollbackDocs('deploy-failed'),
        },
      ];
  const summary = outcome
    ? `${kind} of ${release.tag} (${release.sha.slice(0, 12)}) to ${environment}: ${how} in ${seconds}s; deployment ${id}`
    : `${kind} of ${release.tag} to ${environment} failed; deployment ${id}`;
  const report = buildReport(
    findings,
    [{ gate: 'rollback', status: outcome ? 'pass' : 'fail', summary }],
    failOn,
    {
      deploymentId: id,
      environment,
      target: target.name,
      release: { release: release.tag, sha: release.sha },
      ...(outcome ? { artifact: outcome.artifact, built: outcome.built, apiCalls: outcome.apiCalls } : {}),
      ...(recorded ? { artifactFrom: { deploymentId: recorded.deploymentId } } : {}),
      seconds,
      platformMs,
    },
  );
  return {
    report,
    text: `${id}\n`,
    outputs: {
      'deployment-id': String(id),
      'release-id': release.tag,
      ...(outcome ? { artifact: outcome.artifact.id, built: String(outcome.built) } : {}),
    },
  };
}
