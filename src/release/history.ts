import { UsageError } from '../core/errors.js';
import type { TagInfo } from '../git/git.js';
import { bumpFromCommits } from './conventional.js';
import type { ReleaseBranch, ReleaseGit } from './release-git.js';
import type { Bump, ReleaseId, ReleaseScheme } from './release-id.js';
import { schemeFromConfig } from './schemes.js';
import type { ReleaseNaming } from './schemes.js';

export interface TaggedRelease {
  id: ReleaseId;
  tag: TagInfo;
  /** The tag's commit is on the release branch. */
  onBranch: boolean;
}

/** Every tag read under the scheme, and the production releases among them, oldest first. */
export interface ReleaseHistory {
  scheme: ReleaseScheme;
  /** Undefined when the release branch is not in this clone. */
  branch?: ReleaseBranch;
  /** All tags that parse under the scheme, pre-releases and tags off the branch included. */
  tagged: TaggedRelease[];
  /** Production releases: on the release branch, not pre-releases unless allowed; in scheme order. */
  releases: TaggedRelease[];
  allTags: TagInfo[];
}

export async function readReleaseHistory(git: ReleaseGit, config: ReleaseNaming): Promise<ReleaseHistory> {
  const scheme = schemeFromConfig(config);
  const listed = await git.listTags();
  // A release-named tag on a tree or blob is no release: refuse to read a history it would corrupt
  // (git cannot compare it with anything). Other tags on non-commits are simply not ours.
  for (const tag of listed) {
    if (tag.notACommit && scheme.parse(tag.name)) {
      throw new UsageError(
        `release tag ${tag.name} points at a ${tag.notACommit}, not a commit, so it cannot be a release; delete it (git tag -d ${tag.name}; git push origin :refs/tags/${tag.name}) and tag a commit`,
      );
    }
  }
  const allTags = listed.filter((tag) => !tag.notACommit);
  const branch = await git.releaseBranch(config['release-branch']);
  const reachable = new Set<string>();
  for (const tip of branch?.tips ?? [])
    for (const name of await git.tagsReachableFrom(tip)) reachable.add(name);
  const tagged: TaggedRelease[] = [];
  for (const tag of allTags) {
    const id = scheme.parse(tag.name);
    if (id) tagged.push({ id, tag, onBranch: reachable.has(tag.name) });
  }
  const order = (a: TaggedRelease, b: TaggedRelease) =>
    scheme.compare(a.id, b.id) || a.id.name.localeCompare(b.id.name);
  tagged.sort(order);
  const releases = tagged.filter((t) => t.onBranch && (config['allow-prerelease'] || !t.id.prerelease));
  return { scheme, ...(branch ? { branch } : {}), tagged, releases, allTags };
}

export function latestRelease(history: ReleaseHistory, exclude?: string): TaggedRelease | undefined {
  return history.releases.filter((r) => r.id.name !== exclude).at(-1);
}

export interface NextRelease {
  releaseId: string;
  bump: Bump;
  previous?: string;
}

/** The next release ID: the scheme's successor of the latest release, never a name a tag already has. */
export async function nextRelease(
  git: ReleaseGit,
  history: ReleaseHistory,
  options: { bump: Bump | 'auto'; now: Date; head: string },
): Promise<NextRelease> {
  const latest = latestRelease(history);
  const bump =
    options.bump === 'auto'
      ? bumpFromCommits(await git.commitMessages(latest?.tag.sha, options.head))
      : options.bump;
  const releaseId = history.scheme.next(latest?.id, {
    bump,
    now: options.now,
    taken: history.tagged.map((t) => t.id),
  });
  const clash = history.allTags.find((t) => t.name === releaseId);
  if (clash) throw new UsageError(await clashMessage(git, history, releaseId, clash.sha, latest));
  return { releaseId, bump, ...(latest ? { previous: latest.id.name } : {}) };
}

const branchList = (names: string[]) =>
  names.length
    ? `on ${names.slice(0, 3).join(', ')}${names.length > 3 ? ` and ${names.length - 3} more branch(es)` : ''}`
    : 'on no branch';

/**
 * Why the next ID cannot be handed out, in words a release manager can act on. Teams that tag on release
 * branches (formbricks' `5.3.4` on `release/5.3`) meet this on their default branch: its latest release is
 * old, and the successor exists on a release branch. Deleting a real release's tag is never the advice.
 */
async function clashMessage(
  git: ReleaseGit,
  history: ReleaseHistory,
  releaseId: string,
  sha: string,
  latest: TaggedRelease | undefined,
): Promise<string> {
  const branchName = history.branch?.name ?? 'the release branch';
  const holders = (await git.branchesContaining?.(sha)) ?? [];
  const lines = [
    `the next release ID ${releaseId} is already a tag (on ${sha.slice(0, 7)}, off the release branch ${branchName}; ${branchList(holders)}), so tag next will not propose it.`,
  ];
  const newest = history.tagged.filter((t) => !t.id.prerelease && !t.onBranch).at(-1);
  if (newest && latest && history.scheme.compare(newest.id, latest.id) > 0) {
    const where = (await git.branchesContaining?.(newest.tag.sha)) ?? [];
    lines.push(
      `This family's releases are tagged on other branches too: the newest, ${newest.id.name}, is ${branchList(where)}, while the latest on ${branchName} is ${latest.id.name}.`,
    );
  }
  lines.push(
    'Run tag next for the branch you release from (tagging.release-branch: that branch, and --head it), or choose the ID yourself with tag verify.',
  );
  return lines.join(' ');
}
