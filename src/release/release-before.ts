import type { GitRepo } from '../git/git.js';
import { ReleaseGitCli } from './release-git.js';
import { releasesIn, schemeFromConfig } from './schemes.js';
import type { ReleaseNaming } from './schemes.js';

/**
 * The releases around a change, as the question "which release is this change judged against?" needs
 * them. Two answers compete:
 * - the newest release in the base's history (what `git describe` and release-please find: a tag on a
 *   commit of the branch), and
 * - the newest release by version that is neither in nor after the change: on a repository that tags on
 *   release branches forked from main (harbor's v2.15.2 on release-2.15.0, formbricks' 5.3.4 on
 *   release/5.3) that is what production runs, while the newest tag in main's history can be years old.
 * Which of the two to use depends on the migrations the newest one has (src/gates/migrations/previous-release.ts).
 */

export interface NearRelease {
  name: string;
  /** The tag's commit. */
  sha: string;
  /** Tagger date of an annotated tag, else the commit's date (ISO 8601). */
  date?: string;
}

export interface ReleasesAround {
  /** The scheme's label (`semver with prefix "v" (v1.4.2)`), for messages. */
  scheme: string;
  /** The newest release whose commit is in the base's history. */
  inBase?: NearRelease;
  /** The newest release neither tagged inside the change nor containing it; `inBase` when that is the newest. */
  newest?: NearRelease;
  /**
   * Where `newest` is: in the base's history; on a branch that left it (`forkPoint`: the merge base); or
   * after the base (its history contains the base, but not the change).
   */
  relation?: 'in-base' | 'forked' | 'after-base';
  forkPoint?: string;
  /** Newer releases passed over because they are the change's own (tagged on it, inside it, or after it). */
  ofTheChange: string[];
  /** Tags in the repository that no release of the scheme parses (counted for "no release" messages). */
  otherTags: { count: number; example?: string };
  /** `tagging.release-branch` when set: only releases on it count; `found` false when the clone lacks it. */
  releaseBranch?: { name: string; found: boolean };
}

/**
 * Read the releases around a change from git: one tag listing, one `for-each-ref --merged`, and a few
 * ancestry questions about the newest releases outside the base's history. `head` is the change's
 * commit (the work tree's HEAD for a local run).
 */
export async function releasesAround(
  git: GitRepo,
  input: { base: string; head: string; naming: ReleaseNaming },
): Promise<ReleasesAround> {
  const scheme = schemeFromConfig(input.naming);
  const tags = (await git.listTags()).filter((t) => !t.notACommit);
  const byName = new Map(tags.map((t) => [t.name, t]));
  let releases = releasesIn(scheme, [...byName.keys()], input.naming['allow-prerelease']);
  const parsed = new Set(releases.map((r) => r.name));
  const others = tags.filter((t) => !parsed.has(t.name));
  const around: ReleasesAround = {
    scheme: scheme.label,
    ofTheChange: [],
    otherTags: { count: others.length, ...(others[0] ? { example: newestTag(others) } : {}) },
  };
  const configured = input.naming['release-branch'];
  if (configured) {
    // The team said where production releases are tagged: a tag elsewhere is no release of theirs.
    const branch = await ReleaseGitCli.from(git).releaseBranch(configured);
    around.releaseBranch = { name: configured, found: !!branch };
    if (branch) {
      const onBranch = new Set<string>();
      for (const tip of branch.tips) for (const name of await git.tagsReachableFrom(tip)) onBranch.add(name);
      releases = releases.filter((r) => onBranch.has(r.name));
    }
  }
  if (!releases.length) return around;
  const inBase = await git.tagsReachableFrom(input.base);
  // Releases after the change (a history replayed with `--base C^ --head C`) are many: one listing says so.
  const changed = input.head !== input.base;
  const containHead = changed ? await ReleaseGitCli.from(git).tagsContaining(input.head) : new Set<string>();
  const near = (name: string): NearRelease => {
    const tag = byName.get(name)!;
    return { name, sha: tag.sha, ...(tag.date ? { date: tag.date } : {}) };
  };
  for (const release of [...releases].reverse()) {
    const tag = byName.get(release.name)!;
    if (inBase.has(release.name)) {
      around.inBase = near(release.name);
      if (!around.newest) Object.assign(around, { newest: around.inBase, relation: 'in-base' });
      break;
    }
    if (around.newest) continue;
    // A release tagged on the change, inside it or after it is the change's own, never the one before it.
    if (containHead.has(release.name) || (changed && (await git.isAncestor(tag.sha, input.head)))) {
      around.ofTheChange.push(release.name);
      continue;
    }
    const afterBase = await git.isAncestor(input.base, tag.sha);
    if (afterBase && changed && (await git.isAncestor(input.head, tag.sha))) {
      around.ofTheChange.push(release.name);
      continue;
    }
    if (afterBase) {
      Object.assign(around, { newest: near(release.name), relation: 'after-base' });
      continue;
    }
    // A tag on an unrelated history (an orphan docs branch) shares nothing with the change: not a release of it.
    const forkPoint = await git.mergeBase(tag.sha, input.base);
    if (!forkPoint) continue;
    Object.assign(around, { newest: near(release.name), relation: 'forked', forkPoint });
  }
  return around;
}

/** The most recently dated of some tags, by name (for a message's example). */
function newestTag(tags: readonly { name: string; date: string }[]): string {
  return [...tags].sort((a, b) => b.date.localeCompare(a.date))[0]!.name;
}

/**
 * The branches that hold a release's commit, for messages (the one that names it best): release branches by name first
 * (`release-2.15.0`, `release/5.3`), then shorter names (a bot's branch off it, such as
 * `dependabot/…/release-2.15.0/…`, holds the tag too but names nothing).
 */
export async function branchesHolding(git: GitRepo, sha: string): Promise<string[]> {
  const names = [
    ...new Set(
      (await ReleaseGitCli.from(git).branchesContaining(sha)).map((n) => n.replace(/^origin\//, '')),
    ),
  ];
  const rank = (n: string) =>
    /^(release|releases|stable|maint\w*|hotfix)([-/_.]|$)/i.test(n)
      ? 0
      : /release|stable|maint|hotfix/i.test(n)
        ? 1
        : 2;
  return names.sort((a, b) => rank(a) - rank(b) || a.length - b.length || a.localeCompare(b)).slice(0, 1);
}
