import { readFile } from 'node:fs/promises';
import { readablePathInsideRepo } from '../git/inside-repo.js';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import type { MigrationLayoutId } from '../gates/migrations/config.js';
import { discoverMigrations } from '../gates/migrations/discover.js';
import { runGit } from '../git/git.js';
import type { GitRepo, TagInfo } from '../git/git.js';
import { calverScheme } from '../release/calver.js';
import { semverScheme } from '../release/semver.js';
import type { SchemeId } from '../release/release-id.js';
import { detectPlatform } from './platform.js';
import type { DetectedPlatform } from './platform.js';
import { tagFamilies } from './tag-families.js';
import type { TagFamily } from './tag-families.js';

/** What init learns about a repository before writing its config. */
export interface Detected {
  layouts: MigrationLayoutId[];
  /** How many migration files were found, per layout, for the summary. */
  migrationFiles: number;
  scheme: SchemeId;
  /** semver: the prefix of the chosen tag family (may be empty). */
  prefix?: string;
  /** Existing release tags read under the detected scheme. */
  releaseTags: number;
  /** Every tag family seen, the chosen one first. */
  families?: TagFamily[];
  defaultBranch?: string;
  /**
   * The chosen family's newest release is not on the default branch (formbricks tags `5.3.4` on
   * `release/5.3`): the branches that hold it, for init to say where releases are cut.
   */
  releasedOff?: { tag: string; branches: string[] };
  /**
   * How the chosen family's release tags were made: annotated (`git tag -a`, our release workflow) or
   * lightweight (`git tag NAME`, GitHub's release page). Absent when there are none.
   */
  tagTypes?: TagTypes;
  /** The deploy platform, from vercel.json/.vercel, fly.toml, render.yaml or a Dockerfile. */
  platform?: DetectedPlatform;
}

export interface TagTypes {
  annotated: number;
  lightweight: number;
  /** The family's newest release tag: how the team tags today. */
  newest: { name: string; annotated: boolean };
}

/** Count annotated and lightweight release tags of one family (git for-each-ref's objecttype: tag or commit). */
export function tagTypesOf(tags: readonly TagInfo[], family: TagFamily | undefined): TagTypes | undefined {
  if (!family) return undefined;
  const scheme =
    family.scheme === 'calver' ? calverScheme(family.format ?? '') : semverScheme(family.prefix ?? '');
  let annotated = 0;
  let lightweight = 0;
  let newest: { tag: TagInfo; time: number } | undefined;
  for (const tag of tags) {
    const id = scheme.parse(tag.name);
    if (!id || id.prerelease) continue;
    if (tag.annotated) annotated += 1;
    else lightweight += 1;
    const time = Date.parse(tag.date);
    if (!newest || (!Number.isNaN(time) && time > newest.time)) newest = { tag, time };
  }
  if (!newest) return undefined;
  return { annotated, lightweight, newest: { name: newest.tag.name, annotated: newest.tag.annotated } };
}

export async function detectRepository(git: GitRepo): Promise<Detected> {
  // Tracked and untracked (not ignored) files: a fresh repository with nothing committed still counts.
  const files = await git.worktreeFiles();
  const discovery = await discoverMigrations(files, DEFAULT_CONFIG.migrations, async (path) => {
    try {
      // Detection reads only inside the checkout: a symlink out of it counts as no file.
      const full = readablePathInsideRepo(git.root, path, path);
      return full === undefined ? undefined : await readFile(full, 'utf8');
    } catch {
      return undefined;
    }
  });
  // The family that tags the most recent releases of the app holding the migrations is the one releases
  // are compared within.
  const tags = await git.listTags();
  const families = tagFamilies(tags, { files, migrations: discovery.files.map((f) => f.path) });
  const chosen = families[0];
  const tagTypes = tagTypesOf(tags, chosen);
  const branch = (await git.defaultBranch())?.replace(/^origin\//, '');
  const releasedOff = await releasedOffBranch(
    git,
    branch,
    tags.find((t) => t.name === chosen?.latest?.name),
  );
  const platform = detectPlatform(git.root);
  return {
    layouts: discovery.layouts,
    migrationFiles: discovery.files.length,
    scheme: chosen?.scheme ?? 'semver',
    prefix: chosen?.prefix ?? 'v',
    releaseTags: chosen?.releases ?? 0,
    families,
    ...(branch ? { defaultBranch: branch } : {}),
    ...(releasedOff ? { releasedOff } : {}),
    ...(tagTypes ? { tagTypes } : {}),
    ...(platform ? { platform } : {}),
  };
}

/** Where the newest release was tagged, when that is not the default branch. */
async function releasedOffBranch(
  git: GitRepo,
  branch: string | undefined,
  latest: { name: string; sha: string } | undefined,
): Promise<{ tag: string; branches: string[] } | undefined> {
  if (!branch || !latest) return undefined;
  const tip =
    (await git.resolveCommit(`refs/heads/${branch}`)) ??
    (await git.resolveCommit(`refs/remotes/origin/${branch}`));
  if (!tip || (await git.isAncestor(latest.sha, tip))) return undefined;
  const out = await runGit(git.root, [
    'for-each-ref',
    '--contains',
    latest.sha,
    '--format=%(refname:short)',
    'refs/heads',
    'refs/remotes',
  ]);
  const branches = out.split('\n').filter((n) => n && !n.endsWith('/HEAD') && n !== 'origin');
  return { tag: latest.name, branches };
}
