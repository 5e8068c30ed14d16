import type { Finding } from '../core/finding.js';
import type { MigrationSince } from './migrations-since.js';
import { judgeSchema } from './plan-schema.js';
import { DATA_NOTE, rollbackDocs } from './rules.js';

/**
 * The second step of `rollback plan`: the plan from the facts plan-gather.ts read, and nothing else.
 * Pure (no git, no API, no clock), so every verdict is tested from plain data; the text, Markdown and
 * JSON views (plan-format.ts and the report) only present what this returns.
 */

/** A release as the plan names it (DESIGN.md: `{release, sha}`). */
export interface ReleaseRef {
  release: string;
  sha: string;
}

/** Where each end of the plan came from. */
export type RefSource = 'flag' | 'ledger' | 'tags' | 'platform';

export interface RollbackPlan {
  environment: string;
  from: ReleaseRef;
  to: ReleaseRef;
  sources: { from: RefSource; to: RefSource };
  migrationsSince: MigrationSince[];
  /** Set when a contract migration was accepted with allow-schema-risk. */
  schemaRisk?: { accepted: true; reason: string; files: string[] };
  findings: Finding[];
  dataNote: string;
}

export interface PlanFacts {
  environment: string;
  /** The live release. */
  from: ReleaseRef;
  /** The target; absent when no release comes before the live one (and none was named). */
  to?: ReleaseRef & {
    /** The target comes before the live release in the scheme's order. */
    earlier: boolean;
  };
  sources: { from: RefSource; to: RefSource };
  /**
   * Whether the target's commit is on the release branch, or (`missing`: the branch asked for) that
   * the branch is not in this clone, so nothing could check it.
   */
  releaseBranch?: { name: string; hasTarget: boolean } | { missing: string };
  /** Why the deployment ledger could not be read (release tags stood in for it). */
  ledgerFailure?: { why: string; help: string };
  /** The migrations applied since the target, as the migrations gate judged them. */
  migrationsSince: MigrationSince[];
  /** `rollback.allow-schema-risk`, trimmed: empty means no risk is accepted. */
  allowSchemaRisk: string;
}

export function decidePlan(facts: PlanFacts): RollbackPlan {
  const { environment, from } = facts;
  const findings: Finding[] = [];
  if (facts.ledgerFailure) {
    findings.push({
      gate: 'rollback',
      rule: 'ledger-unavailable',
      severity: 'warning',
      message: `The ${environment} deployment ledger could not be read: ${facts.ledgerFailure.why}; release tags stood in for it.`,
      help: `${facts.ledgerFailure.help} Or pass --from and --to explicitly.`,
      docs: rollbackDocs('ledger-unavailable'),
    });
  }
  const to = facts.to;
  if (!to) {
    findings.push({
      gate: 'rollback',
      rule: 'rollback-no-target',
      severity: 'error',
      message: `There is no release before ${from.release} to roll back to.`,
      help: 'Roll forward with a fix instead, or name a target with --to.',
      docs: rollbackDocs('rollback-no-target'),
    });
    return {
      environment,
      from: { ...from },
      to: { ...from },
      sources: { ...facts.sources },
      migrationsSince: [],
      findings,
      dataNote: DATA_NOTE,
    };
  }
  if (!to.earlier) {
    findings.push({
      gate: 'rollback',
      rule: 'rollback-target-not-earlier',
      severity: 'error',
      message: `The target ${to.release} is not earlier than the live release ${from.release}; a rollback goes back to an earlier release.`,
      help: 'To ship a newer release, run the normal deploy. To roll back, name an earlier release with --to.',
      docs: rollbackDocs('rollback-target-not-earlier'),
    });
  }
  const branch = facts.releaseBranch;
  if (branch && 'missing' in branch) {
    // Fail closed: a target nobody could place on the release branch may be code that was never released.
    findings.push({
      gate: 'rollback',
      rule: 'release-branch-missing',
      severity: 'error',
      message: `Cannot check that the target ${to.release} (${to.sha.slice(0, 7)}) is on the release branch: ${branch.missing} is not in this clone.`,
      help: 'Fetch the full history (actions/checkout with fetch-depth: 0), or set tagging.release-branch to the branch you release from.',
      docs: rollbackDocs('release-branch-missing'),
    });
  } else if (branch && !branch.hasTarget) {
    findings.push({
      gate: 'rollback',
      rule: 'tag-off-release-branch',
      severity: 'error',
      message: `The target ${to.release} (${to.sha.slice(0, 7)}) is not on the release branch ${branch.name}; only released code is a rollback target.`,
      help: `Pick a release tagged on ${branch.name}, or fetch the branch if this clone is shallow.`,
      docs: rollbackDocs('tag-off-release-branch'),
    });
  }
  // Why the target cannot run on today's schema leads the plan; how the plan was resolved follows.
  const schema = judgeSchema(facts.migrationsSince, to.release, facts.allowSchemaRisk);
  return {
    environment,
    from: { ...from },
    to: { release: to.release, sha: to.sha },
    sources: { ...facts.sources },
    migrationsSince: facts.migrationsSince,
    ...(schema.schemaRisk ? { schemaRisk: schema.schemaRisk } : {}),
    findings: [...schema.findings, ...findings],
    dataNote: DATA_NOTE,
  };
}
