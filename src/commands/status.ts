import { UsageError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import { buildReport } from '../core/report.js';
import { GitCli } from '../git/git.js';
import { describeGitHubFailure } from '../github/failure.js';
import { readLedger } from '../github/ledger-read.js';
import type { DeploymentState } from '../github/ledger-read.js';
import type { DeploymentDetail, LedgerClient } from '../github/ledger-write.js';
import { readReleaseHistory } from '../release/history.js';
import { ReleaseGitCli } from '../release/release-git.js';
import { sanitizeForTerminal } from '../report/text.js';
import { askPlatform } from '../deploy/live.js';
import type { PlatformView } from '../deploy/live.js';
import { platformFindings } from '../rollback/artifacts.js';
import { rollbackDocs } from '../rollback/rules.js';
import type { Command, CommandContext } from './command.js';
import { configuredTarget, platformOf } from './platform.js';
import { environmentOf, flagString, optionalLedger } from './record.js';
import { STATUS_SPEC } from './specs.js';
import { assertReleaseTagsUnderstood } from './tag-family-guard.js';

interface HistoryEntry {
  deploymentId: number;
  release: string;
  sha: string;
  kind: string;
  state: DeploymentState | 'none';
  createdAt: string;
  actor?: string;
  reason?: string;
}

interface EnvironmentStatus {
  environment: string;
  source: 'deployments' | 'tags';
  current?: { release: string; sha: string; since: string; actor?: string; deploymentId?: number };
  knownGood?: { release: string; sha: string };
  /** The release `rollback plan` would pick: the last known-good before the live one. */
  rollbackTarget?: { release: string; sha: string };
  history: HistoryEntry[];
  /** What the deploy target says runs, mapped to a release (absent without deploy.target). */
  platform?: PlatformView;
}

/** `status [--env NAME]`: what each environment is on, since when and by whom, the known-good release and recent history. */
export const statusCommand: Command = {
  ...STATUS_SPEC,
  async run(ctx) {
    const repo = await GitCli.open(ctx.settings.run.cwd);
    const releaseGit = ReleaseGitCli.from(repo);
    await assertReleaseTagsUnderstood(releaseGit, ctx.settings, 'status');
    const history = await readReleaseHistory(releaseGit, ctx.settings.config.tagging);
    const only = flagString(ctx, 'env') !== undefined ? environmentOf(ctx) : undefined;
    const ledger = optionalLedger(ctx);
    const findings: Finding[] = [];
    let envs: EnvironmentStatus[] | undefined;
    // Why the ledger was not used, for every format: never "no deployments" when it could not be read.
    let ledgerProblem: string | undefined;
    if (ledger) {
      try {
        envs = await fromLedger(ctx, ledger, only);
      } catch (error) {
        if (error instanceof UsageError) throw error;
        const failure = describeGitHubFailure(error);
        ledgerProblem = `the deployment ledger could not be read: ${failure.why}`;
        findings.push({
          gate: 'rollback',
          rule: 'ledger-unavailable',
          severity: 'warning',
          message: `The deployment ledger could not be read: ${failure.why}; release tags stood in for it.`,
          help: failure.help,
          docs: rollbackDocs('ledger-unavailable'),
        });
      }
    }
    if (!envs || !envs.length) {
      const environment = only ?? ctx.settings.config.rollback.environment;
      const releases = history.releases;
      const latest = releases.at(-1);
      envs = [
        {
          environment,
          source: 'tags',
          ...(latest
            ? { current: { release: latest.id.name, sha: latest.tag.sha, since: latest.tag.date } }
            : {}),
          ...(latest ? { knownGood: { release: latest.id.name, sha: latest.tag.sha } } : {}),
          ...(releases.at(-2)
            ? { rollbackTarget: { release: releases.at(-2)!.id.name, sha: releases.at(-2)!.tag.sha } }
            : {}),
          history: [],
        },
      ];
    }
    // The platform is what users get: ask it, and say when it disagrees with the ledger or the tags.
    for (const env of envs) {
      const view = await askPlatform(
        platformOf(ctx, env.environment),
        history,
        configuredTarget(ctx, env.environment),
      );
      if (!view) continue;
      env.platform = view;
      findings.push(
        ...platformFindings(
          env.environment,
          view,
          env.source === 'deployments' ? env.current?.release : undefined,
        ),
      );
    }
    const summary = envs.map(oneLine).join('; ');
    const report = buildReport(
      findings,
      [{ gate: 'rollback', status: 'pass', summary }],
      ctx.settings.run.failOn,
      { environments: envs, ...(ledgerProblem ? { ledger: { read: false, problem: ledgerProblem } } : {}) },
    );
    const ledgerNote = ledgerProblem
      ? `${ledgerProblem}; release tags stood in`
      : ledger
        ? 'the ledger has no deployments'
        : 'no GITHUB_TOKEN, so the deployment ledger was not read';
    const warnings = findings.filter((f) => f.rule === 'live-drift' || f.rule === 'auto-deploy-on');
    const text =
      statusText(envs, ledgerNote) +
      warnings.map((f) => sanitizeForTerminal(`warning: ${f.message}`) + '\n').join('');
    return { report, text };
  },
};

async function fromLedger(
  ctx: CommandContext,
  ledger: LedgerClient,
  only: string | undefined,
): Promise<EnvironmentStatus[]> {
  const limit = ctx.settings.config.rollback.history;
  let names: string[];
  if (only) names = [only];
  else {
    const recent = await ledger.listDetailed(undefined, 100);
    const main = ctx.settings.config.rollback.environment;
    names = [...new Set(recent.map((d) => d.environment).filter(Boolean))].sort(
      (a, b) => Number(b === main) - Number(a === main) || a.localeCompare(b),
    );
  }
  const out: EnvironmentStatus[] = [];
  for (const environment of names) {
    const deployments = await ledger.listDetailed(environment, Math.max(limit, 50));
    if (!deployments.length && !only) continue;
    const state = await readLedger(ledger, environment);
    const byId = new Map(deployments.map((d) => [d.id, d]));
    const status: EnvironmentStatus = { environment, source: 'deployments', history: [] };
    if (state.current) {
      const d = byId.get(state.current.deploymentId);
      const statuses = await ledger.listStatusDetails(state.current.deploymentId);
      const success = statuses.find((s) => s.state === 'success');
      status.current = {
        release: state.current.releaseId,
        sha: state.current.sha,
        since: success?.createdAt ?? state.current.createdAt,
        deploymentId: state.current.deploymentId,
        ...(actorOf(d) ? { actor: actorOf(d)! } : {}),
      };
    }
    if (state.knownGood) status.knownGood = { release: state.knownGood.releaseId, sha: state.knownGood.sha };
    if (state.current) {
      const before = await readLedger(ledger, environment, { exclude: state.current.releaseId });
      if (before.knownGood)
        status.rollbackTarget = { release: before.knownGood.releaseId, sha: before.knownGood.sha };
    }
    for (const d of deployments.slice(0, limit)) {
      const statuses = await ledger.listStatusDetails(d.id);
      status.history.push({
        deploymentId: d.id,
        release: d.payload.releaseId ?? d.ref,
        sha: d.sha,
        kind: d.payload.kind ?? 'deploy',
        state: statuses[0]?.state ?? 'none',
        createdAt: d.createdAt,
        ...(actorOf(d) ? { actor: actorOf(d)! } : {}),
        ...(d.payload.reason ? { reason: d.payload.reason } : {}),
      });
    }
    out.push(status);
  }
  return out;
}

const actorOf = (d: DeploymentDetail | undefined) => d?.payload.actor ?? d?.creator;

function when(iso: string): string {
  const t = Date.parse(iso);
  return Number.isFinite(t)
    ? new Date(t)
        .toISOString()
        .replace('T', ' ')
        .replace(/:\d\d(\.\d+)?Z$/, ' UTC')
    : iso;
}

function oneLine(s: EnvironmentStatus): string {
  if (!s.current) return `${s.environment}: no successful deployment recorded`;
  const by = s.current.actor ? ` (deployed by @${s.current.actor})` : '';
  const since =
    s.source === 'tags'
      ? `latest release tag, tagged ${when(s.current.since)}`
      : `since ${when(s.current.since)}${by}`;
  return `${s.environment} is on ${s.current.release} ${since}`;
}

function statusText(envs: EnvironmentStatus[], ledgerNote: string): string {
  const lines: string[] = [];
  for (const s of envs) {
    lines.push(sanitizeForTerminal(oneLine(s)));
    if (s.source === 'tags') {
      lines.push(sanitizeForTerminal(`  (from release tags: ${ledgerNote})`));
    }
    if (s.platform) lines.push(sanitizeForTerminal(`  live on ${s.platform.target}: ${s.platform.line}`));
    if (s.knownGood) lines.push(`  last known-good: ${s.knownGood.release}`);
    lines.push(`  rollback target: ${s.rollbackTarget?.release ?? 'none (no earlier known-good release)'}`);
    if (s.history.length) {
      lines.push('  recent:');
      for (const h of s.history) {
        const extra = [h.actor ? `@${h.actor}` : '', h.reason ? `"${h.reason}"` : '']
          .filter(Boolean)
          .join(' ');
        lines.push(
          sanitizeForTerminal(
            `    ${when(h.createdAt)}  ${h.kind.padEnd(8)} ${h.release.padEnd(24)} ${h.state}${extra ? `  ${extra}` : ''}`,
          ),
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
