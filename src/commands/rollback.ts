import { UsageError } from '../core/errors.js';
import { buildReport } from '../core/report.js';
import { GitCli } from '../git/git.js';
import { readReleaseHistory } from '../release/history.js';
import { assertReleaseTagsUnderstood } from './tag-family-guard.js';
import { ReleaseGitCli } from '../release/release-git.js';
import { askPlatform } from '../deploy/live.js';
import { findRecordedArtifact, platformFindings } from '../rollback/artifacts.js';
import { assertKnownRuleIds } from '../gates/migrations/rule-config.js';
import { planRollback } from '../rollback/plan.js';
import { planMarkdown, planSummary, planText } from '../rollback/plan-format.js';
import { openReplayCache } from '../schema-model/replay-cache.js';
import type { Artifact } from '../deploy/target.js';
import { buildFallbackLine } from '../deploy/fallback.js';
import type { Command, CommandContext, CommandResult } from './command.js';
import { environmentOf, flagString } from './command-flags.js';
import { configuredTarget, platformOf } from './platform.js';
import { ROLLBACK_SPEC } from './specs.js';

const USAGE = ROLLBACK_SPEC.usage;

/** Which flags each subcommand takes; any other is a usage error naming it. */
const FLAGS_OF: Record<string, readonly string[]> = {
  plan: ['to', 'from', 'env'],
  record: ['kind', 'to', 'from', 'env', 'reason', 'log-url', 'actor'],
  finish: [
    'deployment',
    'state',
    'log-url',
    'environment-url',
    'health-url',
    'expect-status',
    'retries',
    'timeout',
    'interval',
    'started-at',
  ],
};

export const rollbackCommand: Command = {
  ...ROLLBACK_SPEC,
  async run(ctx) {
    const [sub, ...rest] = ctx.args;
    if (!sub || !(sub in FLAGS_OF)) {
      throw new UsageError(
        `${sub ? `unknown rollback command "${sub}"` : 'rollback needs a subcommand: plan, record or finish'}; usage: rollback-ready ${USAGE.split('\n')[0]}`,
      );
    }
    if (rest.length)
      throw new UsageError(
        `rollback ${sub} takes no arguments (got "${rest[0]}"); run rollback-ready rollback --help`,
      );
    const allowed = FLAGS_OF[sub]!;
    for (const [name, value] of Object.entries(ctx.flags)) {
      if (value !== undefined && !allowed.includes(name))
        throw new UsageError(
          `--${name} is not an option of rollback ${sub}; run rollback-ready rollback --help`,
        );
    }
    // record and finish write the ledger through the GitHub client, loaded only for them (and for a plan that reads the ledger).
    if (sub === 'record') return (await import('./record.js')).recordDeployment(ctx);
    if (sub === 'finish') return (await import('./record.js')).finishDeployment(ctx);
    return planCommand(ctx);
  },
};

async function planCommand(ctx: CommandContext): Promise<CommandResult> {
  const to = flagString(ctx, 'to') || undefined;
  const from = flagString(ctx, 'from') || undefined;
  if (from !== undefined && flagString(ctx, 'env') !== undefined) {
    throw new UsageError(
      'rollback plan: pass --from TAG or --env NAME, not both (--from names the live release directly)',
    );
  }
  const environment = environmentOf(ctx);
  // The plan lints the migrations since the target: a misspelt rule id must not tune it silently.
  assertKnownRuleIds(ctx.settings.config.migrations, ctx.settings.run.configFile);
  const git = await GitCli.open(ctx.settings.run.cwd);
  // Every tag and branch in one git call: the plan reads the whole release history.
  const releaseGit = await ReleaseGitCli.listed(git);
  await assertReleaseTagsUnderstood(releaseGit, ctx.settings, 'rollback plan');
  const history = await readReleaseHistory(releaseGit, ctx.settings.config.tagging);
  // Without a token there is no ledger to read (openGitHub says so too): the GitHub client is not even loaded.
  const ledger =
    from === undefined && ctx.github?.token ? (await import('./record.js')).optionalLedger(ctx) : undefined;
  // What runs is the platform's answer when a deploy target is configured; the ledger otherwise.
  const open = platformOf(ctx, environment);
  const platform =
    from === undefined ? await askPlatform(open, history, configuredTarget(ctx, environment)) : undefined;
  const liveFrom = platform?.release;
  const plan = await planRollback({
    git,
    releaseGit,
    history,
    config: ctx.settings.config,
    environment,
    ...(to !== undefined ? { to } : {}),
    ...(from !== undefined ? { from } : liveFrom !== undefined ? { from: liveFrom } : {}),
    ...(ledger ? { ledger } : {}),
    log: ctx.log,
    ...cacheOption(),
  });
  if (liveFrom !== undefined) plan.sources.from = 'platform';
  plan.findings.push(...platformFindings(environment, platform, undefined));
  // How the deploy step will put the target live: the recorded artifact (no build) or the pinned commit.
  // Known from the config and the ledger alone: the plan job holds no platform token.
  const targetName = configuredTarget(ctx, environment);
  const recorded =
    targetName && ledger
      ? await findRecordedArtifact(
          ledger,
          environment,
          { tag: plan.to.release, sha: plan.to.sha },
          targetName,
        )
      : undefined;
  const describe = async (artifact: Artifact): Promise<string> => {
    try {
      return (await open())?.describe(artifact) ?? artifact.id;
    } catch {
      return `${targetName} artifact ${artifact.id}`; // no token here: the id alone
    }
  };
  const redeploy = targetName
    ? recorded
      ? {
          artifact: recorded.artifact,
          build: false,
          line: `redeploys ${await describe(recorded.artifact)}, recorded by deployment ${recorded.deploymentId}: no build`,
        }
      : {
          build: true,
          line: `no recorded artifact for ${plan.to.release} on ${targetName}: ${buildFallbackLine(targetName, plan.to.sha, ctx.settings.config.deploy.environments[environment]?.build !== undefined)}`,
        }
    : undefined;
  const blocked = plan.findings.some((f) => f.severity === 'error');
  const summary = planSummary(plan, blocked);
  const report = buildReport(
    plan.findings,
    [{ gate: 'rollback', status: blocked ? 'fail' : 'pass', summary }],
    ctx.settings.run.failOn,
    {
      environment,
      from: plan.from,
      to: plan.to,
      sources: plan.sources,
      migrationsSince: plan.migrationsSince,
      ...(plan.schemaRisk ? { schemaRisk: plan.schemaRisk } : {}),
      dataNote: plan.dataNote,
      ...(platform ? { platform } : {}),
      ...(redeploy
        ? {
            redeploy: {
              build: redeploy.build,
              ...(redeploy.artifact ? { artifact: redeploy.artifact } : {}),
            },
          }
        : {}),
    },
  );
  return {
    report,
    text: planText(plan, blocked, platform?.line, redeploy?.line),
    preamble: planMarkdown(plan, blocked, platform?.line, redeploy?.line),
    outputs: {
      'rollback-target': plan.to.release,
      'rollback-sha': plan.to.sha,
      'rollback-from': plan.from.release,
      ...(redeploy?.artifact ? { 'rollback-artifact': redeploy.artifact.id } : {}),
    },
  };
}

/** The on-disk cache of replayed histories, unless ROLLBACK_READY_CACHE=off (docs/caching.md). */
function cacheOption(): { cache?: ReturnType<typeof openReplayCache> & object } {
  const cache = openReplayCache();
  return cache ? { cache } : {};
}
