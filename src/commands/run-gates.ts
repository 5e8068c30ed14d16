import type { Finding } from '../core/finding.js';
import type { Gate, GateContext } from '../gates/gate.js';
import { statusOf } from '../core/gate.js';
import { buildReport } from '../core/report.js';
import type { GateSummary, Report } from '../core/report.js';
import { errorMessage, UsageError } from '../core/errors.js';
import type { Settings } from '../config/settings.js';
import { GitCli } from '../git/git.js';
import type { GitRepo } from '../git/git.js';
import { resolveRevisions } from '../git/revisions.js';
import type { CommandContext } from './command.js';

/** Findings about the run itself (the policy it used), reported with the gates' findings. */
const policyFindings = new WeakMap<GateContext, Finding[]>();

/**
 * Open the repository and resolve base/head once for every gate of a run. With `policyFromBase`, a
 * pull request's run (or one given --base) takes its config from the base commit (config/trusted-base.ts).
 */
export async function prepareGateContext(
  ctx: CommandContext,
  options: {
    needsBase?: boolean;
    requireBase?: boolean;
    /** `git`: the repository, when the caller opened it already (lint-files.ts). */
    git?: GitRepo;
    policyFromBase?: boolean;
    /** A command's own adjustment of the config (e.g. `backup verify --restore-check`), after the policy. */
    adjust?: (settings: Settings) => Settings;
  } = {},
): Promise<GateContext> {
  let { settings } = ctx;
  // Resolving the head goes through the run's cat-file: it starts with the lookup of the repository.
  const git = options.git ?? (await GitCli.open(settings.run.cwd, { objects: true }));
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
  let findings: Finding[] = [];
  if (options.policyFromBase && revisions.base && (ctx.pullRequest || settings.run.base !== undefined)) {
    // Loaded only here: the config schema and YAML parser stay out of runs that do not need them.
    const { policyFromBase } = await import('../config/trusted-base.js');
    const policy = await policyFromBase(settings, git, revisions.base, {
      worktree: revisions.worktree,
      commit: revisions.head,
    });
    settings = policy.settings;
    findings = policy.findings;
    ctx.log.debug(
      `policy from the base commit ${revisions.base.slice(0, 7)} (${settings.run.configFile ?? 'no config file: defaults'})`,
    );
  }
  if (options.adjust) settings = options.adjust(settings);
  const gateCtx: GateContext = {
    settings,
    git,
    ...(revisions.base ? { base: revisions.base } : {}),
    head: revisions.head,
    worktree: revisions.worktree,
    ...(ctx.pullRequest ? { pullRequest: ctx.pullRequest } : {}),
    log: ctx.log,
    ...(ctx.github ? { github: ctx.github } : {}),
  };
  policyFindings.set(gateCtx, findings);
  return gateCtx;
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
  const findings: Finding[] = [...(policyFindings.get(gateCtx) ?? [])];
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
