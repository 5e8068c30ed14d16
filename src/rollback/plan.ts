import type { Config } from '../config/schema.js';
import { describeGitHubFailure } from '../github/failure.js';
import { UsageError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import type { Logger } from '../core/gate.js';
import type { GitRepo } from '../git/git.js';
import { readLedger } from '../github/ledger-read.js';
import type { LedgerReader } from '../github/ledger-read.js';
import type { ReleaseHistory, TaggedRelease } from '../release/history.js';
import { assertReleaseName, quoteName } from '../release/names.js';
import type { ReleaseGit } from '../release/release-git.js';
import type { ReplayCache } from '../schema-model/replay-cache.js';
import { assertGitAcceptsTag } from '../release/release-git.js';
import { migrationsSince } from './migrations-since.js';
import type { MigrationSince } from './migrations-since.js';
import { judgeSchema } from './plan-schema.js';
import { DATA_NOTE, rollbackDocs } from './rules.js';

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

export interface PlanInput {
  git: GitRepo;
  releaseGit: ReleaseGit;
  history: ReleaseHistory;
  config: Config;
  environment: string;
  /** `--to`: the target; default the last known-good release before the live one. */
  to?: string;
  /** `--from`: the live release; default what the ledger says the environment is on. */
  from?: string;
  /** The deployment ledger, when there is a token. */
  ledger?: LedgerReader;
  log: Logger;
  /** Where replayed migration histories are kept by content (src/schema-model/replay-cache.ts). */
  cache?: ReplayCache;
}

/**
 * Check a tag name given by a person or read from the ledger before any git call that uses it:
 * a safe ref name, git agrees, a release ID of the scheme, an existing tag, and no branch of the same
 * name (a lookalike branch is refused rather than guessed about). Bad input exits 2.
 */
export async function resolveReleaseTag(
  releaseGit: ReleaseGit,
  history: ReleaseHistory,
  name: string,
  label: string,
): Promise<TaggedRelease> {
  assertReleaseName(name, label);
  const tagged = history.tagged.find((t) => t.id.name === name);
  // A tag git listed is a ref git accepts; only a name it did not list is put to check-ref-format.
  if (!tagged) await assertGitAcceptsTag(releaseGit, name, label);
  if (!tagged) {
    if (!history.scheme.parse(name)) {
      throw new UsageError(
        `${label}: ${quoteName(name)} is not a release ID of the ${history.scheme.label} scheme; name a release such as ${history.scheme.example}`,
      );
    }
    const branches = await releaseGit.branchesNamed(name);
    throw new UsageError(
      `${label}: there is no tag ${quoteName(name)}${branches.length ? ` (only a branch ${branches[0]}: a rollback deploys tags, never branches)` : ''}; run "git fetch --tags" or name an existing release tag`,
    );
  }
  const branches = await releaseGit.branchesNamed(name);
  if (branches.length) {
    throw new UsageError(
      `${label}: ${quoteName(name)} is both a tag and a branch (${branches.join(', ')}); rollback-ready refuses to guess which one is meant. Delete or rename the branch, then re-run`,
    );
  }
  if (tagged.id.prerelease && !history.releases.some((r) => r.id.name === name)) {
    throw new UsageError(
      `${label}: ${quoteName(name)} is a pre-release, not a production release (set tagging.allow-prerelease to count pre-releases)`,
    );
  }
  return tagged;
}

/** Plan a rollback: pick and check the target, list and class the migrations since, decide. */
export async function planRollback(input: PlanInput): Promise<RollbackPlan> {
  const { history, releaseGit, environment } = input;
  const findings: Finding[] = [];
  // Validate names first: nothing touches git or the API with an unchecked name.
  if (input.to !== undefined) assertReleaseName(input.to, '--to');
  if (input.from !== undefined) assertReleaseName(input.from, '--from');

  let ledgerState: Awaited<ReturnType<typeof readLedger>> | undefined;
  const readFromLedger = async (exclude?: string) => {
    if (!input.ledger) return undefined;
    try {
      return await readLedger(input.ledger, environment, exclude ? { exclude } : {});
    } catch (error) {
      if (!findings.some((f) => f.rule === 'ledger-unavailable')) {
        const failure = describeGitHubFailure(error);
        findings.push({
          gate: 'rollback',
          rule: 'ledger-unavailable',
          severity: 'warning',
          message: `The ${environment} deployment ledger could not be read: ${failure.why}; release tags stood in for it.`,
          help: `${failure.help} Or pass --from and --to explicitly.`,
          docs: rollbackDocs('ledger-unavailable'),
        });
      }
      return undefined;
    }
  };

  // The live release.
  let from: TaggedRelease | undefined;
  let fromSource: RefSource = 'flag';
  if (input.from !== undefined) {
    from = await resolveReleaseTag(releaseGit, history, input.from, '--from');
  } else {
    ledgerState = await readFromLedger();
    if (ledgerState?.current) {
      from = await resolveReleaseTag(
        releaseGit,
        history,
        ledgerState.current.releaseId,
        `the ledger's live ${environment} release (deployment ${ledgerState.current.deploymentId}; pass --from to override)`,
      );
      fromSource = 'ledger';
    } else {
      from = history.releases.at(-1);
      fromSource = 'tags';
      if (!from) {
        throw new UsageError(
          `no release tag of the ${history.scheme.label} scheme on the release branch, and no ${environment} deployment in the ledger: nothing is live to roll back from (pass --from TAG)`,
        );
      }
    }
  }

  // The target.
  let to: TaggedRelease | undefined;
  let toSource: RefSource = 'flag';
  if (input.to !== undefined) {
    to = await resolveReleaseTag(releaseGit, history, input.to, '--to');
  } else {
    const earlier = (t: TaggedRelease) => history.scheme.compare(t.id, from.id) < 0;
    const known = await readFromLedger(from.id.name);
    const candidate = known?.knownGood?.releaseId;
    const tagged = candidate ? history.releases.find((r) => r.id.name === candidate) : undefined;
    if (tagged && earlier(tagged)) {
      to = tagged;
      toSource = 'ledger';
    } else {
      to = history.releases.filter(earlier).at(-1);
      toSource = 'tags';
    }
    // The chosen target passes the same checks as a typed one (a lookalike branch is refused, not guessed about).
    if (to)
      to = await resolveReleaseTag(
        releaseGit,
        history,
        to.id.name,
        `the default target ${to.id.name} (${toSource === 'ledger' ? 'last known-good in the ledger' : 'previous release tag'})`,
      );
    if (!to) {
      findings.push({
        gate: 'rollback',
        rule: 'rollback-no-target',
        severity: 'error',
        message: `There is no release before ${from.id.name} to roll back to.`,
        help: 'Roll forward with a fix instead, or name a target with --to.',
        docs: rollbackDocs('rollback-no-target'),
      });
      const self = { release: from.id.name, sha: from.tag.sha };
      return {
        environment,
        from: self,
        to: self,
        sources: { from: fromSource, to: 'tags' },
        migrationsSince: [],
        findings,
        dataNote: DATA_NOTE,
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
      docs: rollbackDocs('rollback-target-not-earlier'),
    });
  }
  if (history.branch) {
    let onBranch = false;
    for (const tip of history.branch.tips) if (await releaseGit.isAncestor(to.tag.sha, tip)) onBranch = true;
    if (!onBranch) {
      findings.push({
        gate: 'rollback',
        rule: 'tag-off-release-branch',
        severity: 'error',
        message: `The target ${to.id.name} (${to.tag.sha.slice(0, 7)}) is not on the release branch ${history.branch.name}; only released code is a rollback target.`,
        help: `Pick a release tagged on ${history.branch.name}, or fetch the branch if this clone is shallow.`,
        docs: rollbackDocs('tag-off-release-branch'),
      });
    }
  } else {
    input.log.warn('the release branch is not in this clone: the target was not checked to be on it');
  }

  // Migrations applied since the target: only meaningful when the target is an ancestor of the live release.
  let since: MigrationSince[] = [];
  if (to.tag.sha !== from.tag.sha) {
    if (!(await releaseGit.isAncestor(to.tag.sha, from.tag.sha))) {
      input.log.warn(
        `${to.id.name} is not an ancestor of ${from.id.name}: migrations are compared between the two tags as they are`,
      );
    }
    since = await migrationsSince(input.git, to.tag.sha, from.tag.sha, input.config.migrations, {
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
    dataNote: DATA_NOTE,
  };
}
