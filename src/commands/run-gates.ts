import type { Finding } from '../core/finding.js';
import type { Gate, GateContext } from '../core/gate.js';
import { statusOf } from '../core/gate.js';
import { buildReport } from '../core/report.js';
import type { GateSummary, Report } from '../core/report.js';
import { errorMessage, UsageError } from '../core/errors.js';
import { GitCli } from '../git/git.js';
import type { GitRepo } from '../git/git.js';
import { resolveRevisions } from '../git/revisions.js';
import type { CommandContext } from './command.js';

/** Open the repository and resolve base/head once for every gate of a run. */
export async function prepareGateContext(
  ctx: CommandContext,
  /** `git`: the repository, when the caller opened it already (lint-files.ts). */
  options: { needsBase?: boolean; requireBase?: boolean; git?: GitRepo } = {},
): Promise<GateContext> {
  const { settings } = ctx;
  const git = options.git ?? (await GitCli.open(settings.run.cwd));
  const revisions = await resolveRevisions(git, {
    // Linting explicit files compares with nothing unless --base asks: skip finding the merge base.
    ...(options.needsBase === false ? { noBase: true } : {}),
    ...(options.requireBase ? { requireBase: true } : {}),
    ...(settings.run.base !== undefined ? { base: settings.run.base } : {}),
    // The work tree only when no head was named: `--head HEAD` is the HEAD commit, as `--head <sha>` is that commit.
    ...((settings.run.worktree ?? settings.run.head === 'HEAD') ? {} : { head: settings.run.head }),
    ...(ctx.pullRequest?.baseSha ? { pullRequestBase: ctx.pullRequest.baseSha } : {}),
  });
  ctx.log.debug(
    `comparing ${revisions.base ?? '(nothing)'} → ${revisions.worktree ? 'work tree' : revisions.head} (base from ${revisions.baseSource})`,
  );
  return {
    settings,
    git,
    ...(revisions.base ? { base: revisions.base } : {}),
    head: revisions.head,
    worktree: revisions.worktree,
    ...(ctx.pullRequest ? { pullRequest: ctx.pullRequest } : {}),
    log: ctx.log,
    ...(ctx.github ? { github: ctx.github } : {}),
  };
}

/**
 * Run gates one after another and collect one report. A gate that crashes becomes an error finding
 * naming the gate, so the rest of the report still arrives; a usage error still ends the run (exit 2).
 */
export async function runGates(
  gates: readonly Gate[],
  gateCtx: GateContext,
  extra: Record<string, unknown> = {},
): Promise<Report> {
  const findings: Finding[] = [];
  const summaries: GateSummary[] = [];
  const data: Record<string, unknown> = { ...extra };
  for (const gate of gates) {
    try {
      const outcome = await gate.run(gateCtx);
      findings.push(...outcome.findings);
      summaries.push({ gate: gate.id, status: statusOf(outcome), summary: outcome.summary });
      Object.assign(data, outcome.data ?? {});
    } catch (error) {
      if (error instanceof UsageError) throw error;
      findings.push({
        gate: gate.id,
        rule: 'gate-failed',
        severity: 'error',
        message: `the ${gate.title} gate could not finish: ${errorMessage(error)}`,
        help: 'Re-run with RUNNER_DEBUG=1 (or --verbose) for details; report it if it persists.',
      });
      summaries.push({ gate: gate.id, status: 'fail', summary: 'could not finish' });
    }
  }
  return buildReport(findings, summaries, gateCtx.settings.run.failOn, data);
}
