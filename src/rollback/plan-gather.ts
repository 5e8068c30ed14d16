import type { Config } from '../config/schema.js';
import { UsageError } from '../core/errors.js';
import type { Logger } from '../core/gate.js';
import type { GitRepo } from '../git/git.js';
import { describeGitHubFailure } from '../github/failure.js';
import type { LedgerReader } from '../github/ledger-read.js';
import type { ReleaseHistory, TaggedRelease } from '../release/history.js';
import { assertReleaseName, quoteName } from '../release/names.js';
import { assertGitAcceptsTag } from '../release/release-git.js';
import type { ReleaseGit } from '../release/release-git.js';
import type { ReplayCache } from '../schema-model/replay-cache.js';
import { migrationsSince } from './migrations-since.js';
import type { PlanFacts, RefSource } from './plan-decide.js';

/**
 * The first step of `rollback plan`: read what the plan is decided from (the live release and the
 * target, from flags, the ledger or the tags; whether the target is on the release branch; the
 * migrations since it, judged by the migrations gate). Nothing here decides a verdict: plan-decide.ts
 * does, from these facts alone. What could not be read is a fact too (the ledger's failure), or stops
 * the run with a usage error (a bad name, a missing tag, a shallow clone).
 */
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

/** The default target: the ledger's last known-good release when it is an earlier release tag, else the previous tag. */
export function defaultTarget(
  history: ReleaseHistory,
  from: TaggedRelease,
  knownGood: string | undefined,
): { release?: TaggedRelease; source: RefSource } {
  const earlier = (t: TaggedRelease) => history.scheme.compare(t.id, from.id) < 0;
  const tagged = knownGood ? history.releases.find((r) => r.id.name === knownGood) : undefined;
  if (tagged && earlier(tagged)) return { release: tagged, source: 'ledger' };
  const previous = history.releases.filter(earlier).at(-1);
  return { ...(previous ? { release: previous } : {}), source: 'tags' };
}

const ref = (t: TaggedRelease) => ({ release: t.id.name, sha: t.tag.sha });

export async function gatherPlanFacts(input: PlanInput): Promise<PlanFacts> {
  const { history, releaseGit, environment } = input;
  // Validate names first: nothing touches git or the API with an unchecked name.
  if (input.to !== undefined) assertReleaseName(input.to, '--to');
  if (input.from !== undefined) assertReleaseName(input.from, '--from');

  let ledgerFailure: PlanFacts['ledgerFailure'];
  const readFromLedger = async (exclude?: string) => {
    if (!input.ledger) return undefined;
    try {
      // Loaded only with a ledger to read: the GitHub client is not needed by a plan without a token.
      const { readLedger } = await import('../github/ledger-read.js');
      return await readLedger(input.ledger, environment, exclude ? { exclude } : {});
    } catch (error) {
      ledgerFailure ??= describeGitHubFailure(error);
      return undefined;
    }
  };

  // The live release.
  let from: TaggedRelease | undefined;
  let fromSource: RefSource = 'flag';
  if (input.from !== undefined) {
    from = await resolveReleaseTag(releaseGit, history, input.from, '--from');
  } else {
    const ledgerState = await readFromLedger();
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
    const known = await readFromLedger(from.id.name);
    const chosen = defaultTarget(history, from, known?.knownGood?.releaseId);
    toSource = chosen.source;
    // The chosen target passes the same checks as a typed one (a lookalike branch is refused, not guessed about).
    if (chosen.release)
      to = await resolveReleaseTag(
        releaseGit,
        history,
        chosen.release.id.name,
        `the default target ${chosen.release.id.name} (${toSource === 'ledger' ? 'last known-good in the ledger' : 'previous release tag'})`,
      );
  }
  const facts: PlanFacts = {
    environment,
    from: ref(from),
    sources: { from: fromSource, to: to ? toSource : 'tags' },
    migrationsSince: [],
    allowSchemaRisk: input.config.rollback['allow-schema-risk'].trim(),
    ...(ledgerFailure ? { ledgerFailure } : {}),
  };
  if (!to) return facts;

  facts.to = { ...ref(to), earlier: history.scheme.compare(to.id, from.id) < 0 };
  // Read with the history: the tags reachable from the branch's tips (one git call for all of them).
  facts.releaseBranch = history.branch
    ? { name: history.branch.name, hasTarget: to.onBranch }
    : { missing: input.config.tagging['release-branch'] ?? 'the default branch' };

  // Migrations applied since the target: only meaningful when the target is an ancestor of the live release.
  if (to.tag.sha !== from.tag.sha) {
    if (!(await releaseGit.isAncestor(to.tag.sha, from.tag.sha))) {
      input.log.warn(
        `${to.id.name} is not an ancestor of ${from.id.name}: migrations are compared between the two tags as they are`,
      );
    }
    facts.migrationsSince = await migrationsSince(
      input.git,
      to.tag.sha,
      from.tag.sha,
      input.config.migrations,
      {
        fallbackLabel: to.id.name,
        log: input.log,
        ...(input.cache ? { cache: input.cache } : {}),
      },
    );
  }
  return facts;
}
