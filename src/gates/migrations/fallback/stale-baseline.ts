import type { Finding } from '../../../core/finding.js';
import { runGit } from '../../../git/git.js';
import type { GitRepo } from '../../../git/git.js';
import { docsUrl } from '../engine.js';
import type { FallbackRelease } from './fallback.js';

export const STALE_PREVIOUS_RELEASE = 'stale-previous-release';

export interface StaleThresholds {
  /** More commits than this between the release and the base is a finding. */
  maxCommits: number;
  /** More days than this between the release's tag and the base commit is a finding. */
  maxDays: number;
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * A previous release far behind the base is rarely what production runs: a forgotten tag family, or
 * releases tagged on another branch. Every verdict that compares with it would then be about the wrong
 * code, so say which release was used and how far behind it is.
 */
export async function staleBaselineFinding(
  git: GitRepo,
  release: FallbackRelease,
  base: string,
  limits: StaleThresholds,
): Promise<Finding | undefined> {
  if (!release.tag || release.ref === base) return undefined;
  // A release on a release branch is not behind the base by the commits main made since the branch left it.
  const commits = release.forked
    ? NaN
    : Number((await runGit(git.root, ['rev-list', '--count', `${release.ref}..${base}`])).trim());
  const baseDate = (await runGit(git.root, ['show', '-s', '--format=%cI', base])).trim();
  const releaseDate =
    release.date ?? (await runGit(git.root, ['show', '-s', '--format=%cI', release.ref])).trim();
  const days = Math.floor((Date.parse(baseDate) - Date.parse(releaseDate)) / DAY_MS);
  const tooMany = Number.isFinite(commits) && commits > limits.maxCommits;
  const tooOld = Number.isFinite(days) && days > limits.maxDays;
  if (!tooMany && !tooOld) return undefined;
  const day = new Date(releaseDate).toISOString().slice(0, 10);
  const count = commits.toLocaleString('en-US');
  return {
    gate: 'migrations',
    rule: STALE_PREVIOUS_RELEASE,
    severity: 'warning',
    message:
      `The previous release is ${release.tag} from ${day}, ${release.forked ? "on a release branch, older than this PR's base" : `${count} commit(s) behind this PR's base`}` +
      `${days > 0 ? ` (${days.toLocaleString('en-US')} days older)` : ''}: is this the release you would roll back to? ` +
      'Every comparison with the previous release in this check uses it.',
    help:
      'If production runs a newer release, tag it on the release branch in the configured tag family (tagging.prefix / tagging.scheme; `rollback-ready init` lists the families it sees). ' +
      `If ${release.tag} really is live, raise migrations.previous-release-max-commits / previous-release-max-days.`,
    docs: docsUrl(STALE_PREVIOUS_RELEASE),
  };
}
