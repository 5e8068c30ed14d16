/**
 * When no artifact was recorded for a release (it went out before rollback-ready recorded deploys, or
 * its record was lost), a rollback builds the exact commit the plan approved — never the checkout the
 * workflow runs in, which is the default branch. For the command targets that is the team's own
 * `build` command, run in a throwaway git worktree at that commit; the platforms build from the commit
 * themselves (Render deploys a commitId, Vercel creates a deployment from the git commit).
 */
import { errorMessage } from '../core/errors.js';
import { registerCleanup } from '../db/cleanup.js';
import { addTempWorktree } from '../git/worktree.js';
import type { TempWorktree } from '../git/worktree.js';
import { announcedArtifact, runDeployCommand } from './command.js';
import type { TargetName } from './config.js';
import type { PinnedRelease } from './target.js';
import { DeployError } from './target.js';

export interface BuildAtCommit {
  /** The build command (deploy.environments.<env>.build), run with sh -c inside the worktree. */
  command: string;
  /** The repository the worktree is added to (the workflow's checkout, fetch-depth: 0). */
  cwd: string;
  env: Record<string, string>;
  timeoutMs: number;
}

/**
 * Check out `release.sha` in a temporary worktree, run the build there, then hand the worktree and
 * what the build announced (`rollback-ready-artifact=<id>`) to `use` before the worktree is removed.
 */
export async function withBuildAtCommit<T>(
  build: BuildAtCommit,
  release: PinnedRelease,
  use: (built: { dir: string; artifact?: string }) => Promise<T>,
): Promise<T> {
  let worktree: TempWorktree;
  try {
    worktree = await addTempWorktree(build.cwd, release.sha, {
      prefix: 'rr-build-',
      onExit: registerCleanup,
    });
  } catch (error) {
    throw new DeployError(
      `could not check out ${release.tag} (${release.sha.slice(0, 12)}) to build it: ${errorMessage(error)}; the workflow's checkout needs fetch-depth: 0`,
    );
  }
  const dir = worktree.dir;
  try {
    const out = await runDeployCommand({
      command: build.command,
      cwd: dir,
      timeoutMs: build.timeoutMs,
      env: { ...build.env, ROLLBACK_READY_SOURCE_DIR: dir },
    }).catch((error: unknown) => {
      throw new DeployError(
        `the build of ${release.tag} at ${release.sha.slice(0, 12)} failed: ${(error as Error).message.replace(/^the deploy command /, 'the build command ')}`,
      );
    });
    const artifact = announcedArtifact(out);
    return await use({ dir, ...(artifact ? { artifact } : {}) });
  } finally {
    // The folder goes whatever git says; if git cannot forget the worktree either, that is said (it is
    // left registered in the repository), never ignored.
    await worktree.remove().catch((error: unknown) => {
      throw new DeployError(errorMessage(error));
    });
  }
}

/** What a rollback without a recorded artifact will do on this target, for the plan's text. */
export function buildFallbackLine(
  target: Exclude<TargetName, 'none'>,
  sha: string,
  hasBuild = false,
): string {
  const commit = sha.slice(0, 12);
  switch (target) {
    case 'vercel':
      return `promotes Vercel's production build of commit ${commit}, or asks Vercel to build that commit from git (a build)`;
    case 'render':
      return `asks Render to deploy commit ${commit} (a build; Render's pre-deploy command runs)`;
    case 'fly':
      return hasBuild
        ? `runs your build command at commit ${commit} (it pushes the image), then updates the machines to it`
        : `updates the machines to the image configured for the release tag (no digest recorded; nothing is built here)`;
    case 'container':
      return hasBuild
        ? `runs your build command at commit ${commit}, then your deploy command with the image it announces`
        : `deploys the image configured for the release tag (no digest recorded; nothing is built here)`;
    case 'script':
      return hasBuild
        ? `runs your build command at commit ${commit}, then your deploy command`
        : `refuses: no build command (deploy.environments.<env>.build) to build commit ${commit}`;
  }
}
