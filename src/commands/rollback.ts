import { UsageError } from '../core/errors.js';
import { buildReport } from '../core/report.js';
import { GitCli } from '../git/git.js';
import { readReleaseHistory } from '../release/history.js';
import { ReleaseGitCli } from '../release/release-git.js';
import { planRollback } from '../rollback/plan.js';
import type { RollbackPlan } from '../rollback/plan.js';
import type { Command, CommandContext, CommandResult } from './command.js';
import { environmentOf, finishDeployment, flagString, optionalLedger, recordDeployment } from './record.js';

const USAGE = [
  'rollback plan [--to TAG] [--from TAG | --env NAME] [--allow-schema-risk REASON]',
  '       rollback-ready rollback record --kind deploy|rollback|drill --to TAG [--from TAG] [--env NAME] [--reason TEXT] [--log-url URL]',
  '       rollback-ready rollback finish --deployment ID --state success|failure [--health-url URL --expect-status 200 --retries 5 --timeout 10s --interval 5s]',
].join('\n');

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
  name: 'rollback',
  summary:
    'plan a rollback to the last known-good release (rollback plan), record and finish deployments in the ledger',
  usage: USAGE,
  positionals: true,
  flags: {
    to: {
      type: 'string',
      valueName: 'TAG',
      help: 'plan/record: the release to deploy (plan default: the last known-good before the live one)',
    },
    from: {
      type: 'string',
      valueName: 'TAG',
      help: 'the live release (default: what the ledger says the environment is on, else the latest tag)',
    },
    env: {
      type: 'string',
      valueName: 'NAME',
      help: 'the environment (default: rollback.environment, production)',
    },
    kind: { type: 'string', valueName: 'KIND', help: 'record: deploy, rollback or drill' },
    reason: { type: 'string', valueName: 'TEXT', help: 'record: why, stored in the deployment' },
    actor: {
      type: 'string',
      valueName: 'LOGIN',
      help: 'record: who started it (default: GITHUB_TRIGGERING_ACTOR)',
    },
    'log-url': {
      type: 'string',
      valueName: 'URL',
      help: 'record/finish: the run log, linked from the deployment status',
    },
    deployment: { type: 'string', valueName: 'ID', help: 'finish: the id rollback record printed' },
    state: { type: 'string', valueName: 'STATE', help: 'finish: success or failure (of the deploy step)' },
    'environment-url': {
      type: 'string',
      valueName: 'URL',
      help: 'finish: the deployed app, shown on the deployment',
    },
    'health-url': {
      type: 'string',
      valueName: 'URL',
      help: 'finish: GET this after the deploy; failure marks the deployment failed',
    },
    'expect-status': {
      type: 'string',
      valueName: 'CODE',
      help: 'finish: the healthy HTTP status (default 200)',
    },
    retries: { type: 'string', valueName: 'N', help: 'finish: health-check retries (default 5, at most 30)' },
    timeout: { type: 'string', valueName: 'DURATION', help: 'finish: per-attempt timeout (default 10s)' },
    interval: { type: 'string', valueName: 'DURATION', help: 'finish: wait between attempts (default 5s)' },
    'started-at': {
      type: 'string',
      valueName: 'TIME',
      help: 'finish: when the run started (ISO 8601), for the time to identify',
    },
  },
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
    if (sub === 'record') return recordDeployment(ctx);
    if (sub === 'finish') return finishDeployment(ctx);
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
  const git = await GitCli.open(ctx.settings.run.cwd);
  const releaseGit = ReleaseGitCli.from(git);
  const history = await readReleaseHistory(releaseGit, ctx.settings.config.tagging);
  const ledger = from === undefined ? optionalLedger(ctx) : undefined;
  const plan = await planRollback({
    git,
    releaseGit,
    history,
    config: ctx.settings.config,
    environment,
    ...(to !== undefined ? { to } : {}),
    ...(from !== undefined ? { from } : {}),
    ...(ledger ? { ledger } : {}),
    log: ctx.log,
  });
  const blocked = plan.findings.some((f) => f.severity === 'error');
  const summary = `${environment}: ${plan.from.release} → ${plan.to.release}; ${plan.migrationsSince.length} migration(s) since the target${blocked ? ', blocked' : ''}`;
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
    },
  );
  return {
    report,
    text: planText(plan, blocked),
    outputs: {
      'rollback-target': plan.to.release,
      'rollback-sha': plan.to.sha,
      'rollback-from': plan.from.release,
    },
  };
}

function planText(plan: RollbackPlan, blocked: boolean): string {
  const source = {
    flag: 'as given',
    ledger: 'from the deployment ledger',
    tags: 'from release tags',
  } as const;
  const lines = [
    `Rollback plan for ${plan.environment}${blocked ? ' — BLOCKED' : ''}`,
    `  live:   ${plan.from.release} (${plan.from.sha.slice(0, 12)}, ${source[plan.sources.from]})`,
    `  target: ${plan.to.release} (${plan.to.sha.slice(0, 12)}, ${source[plan.sources.to]})`,
    '',
    plan.migrationsSince.length
      ? `Migrations applied since ${plan.to.release}:`
      : `No migrations since ${plan.to.release}.`,
    ...plan.migrationsSince.map((m) => `  ${m.class.padEnd(8)} ${m.file}`),
  ];
  if (plan.findings.length) {
    lines.push(
      '',
      ...plan.findings.map((f) => `${f.severity}: ${f.message}${f.help ? `\n  → ${f.help}` : ''}`),
    );
  }
  if (plan.schemaRisk) lines.push('', `Schema risk accepted: ${plan.schemaRisk.reason}`);
  lines.push('', plan.dataNote, '');
  if (!blocked)
    lines.push(
      `Next: run the rollback workflow with tag ${plan.to.release} (Actions → rollback → Run workflow).`,
      '',
    );
  return lines.join('\n');
}
