import { readFile } from 'node:fs/promises';
import { readablePathInsideRepo } from '../git/inside-repo.js';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import type { MigrationLayoutId } from '../gates/migrations/config.js';
import { discoverMigrations } from '../gates/migrations/discover.js';
import type { GitRepo } from '../git/git.js';
import { calverScheme } from '../release/calver.js';
import type { SchemeId } from '../release/release-id.js';
import { semverScheme } from '../release/semver.js';
import { detectPlatform } from './platform.js';
import type { DetectedPlatform } from './platform.js';

/** What init learns about a repository before writing its config. */
export interface Detected {
  layouts: MigrationLayoutId[];
  /** How many migration files were found, per layout, for the summary. */
  migrationFiles: number;
  scheme: SchemeId;
  /** Existing release tags read under the detected scheme. */
  releaseTags: number;
  defaultBranch?: string;
  /** The deploy platform, from vercel.json/.vercel, fly.toml, render.yaml or a Dockerfile. */
  platform?: DetectedPlatform;
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
  const tags = (await git.listTags()).map((t) => t.name);
  const semver = tags.filter((t) => semverScheme('v').parse(t)).length;
  const calver = tags.filter((t) => calverScheme('prod-YYYY-MM-DD.N').parse(t)).length;
  const scheme: SchemeId = calver > semver ? 'calver' : 'semver';
  const branch = (await git.defaultBranch())?.replace(/^origin\//, '');
  const platform = detectPlatform(git.root);
  return {
    layouts: discovery.layouts,
    migrationFiles: discovery.files.length,
    scheme,
    releaseTags: Math.max(semver, calver),
    ...(branch ? { defaultBranch: branch } : {}),
    ...(platform ? { platform } : {}),
  };
}
