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
  if (clash) {
    throw new UsageError(
      `the next release ID ${releaseId} is already a tag (on ${clash.sha.slice(0, 7)}, off the release branch); delete that tag or choose the ID yourself`,
    );
  }
  return { releaseId, bump, ...(latest ? { previous: latest.id.name } : {}) };
}
