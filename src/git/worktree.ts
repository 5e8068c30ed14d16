import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorMessage } from '../core/errors.js';
import { GitError } from './errors.js';
import { runGit, runGitSync } from './run.js';

/**
 * A detached checkout of one commit in a temporary folder (`git worktree add`), for running a release's
 * own code: the rehearsal's fallback check, a rollback's build of a commit with no recorded artifact.
 * The repository's own work tree is never touched.
 */
export interface TempWorktree {
  dir: string;
  /**
   * Remove it: `git worktree remove --force`; when git cannot, the folder is deleted anyway and the
   * worktree pruned from the repository, and a failed prune is a WorktreeLeftError (never swallowed).
   * Safe to call more than once.
   */
  remove(): Promise<void>;
}

/** What a last-resort clean-up gets (db/cleanup.ts's `registerCleanup` fits); returns the unregister. */
export type RegisterCleanup = (cleanup: { async(): Promise<void>; sync(): void }) => () => void;

export interface WorktreeOptions {
  /** Start of the temporary folder's name (`rr-build-`). */
  prefix: string;
  /** The checkout's folder inside it (default `src`). */
  name?: string;
  /** Remove it also when the process is stopped (Ctrl-C, SIGTERM) or exits without removing it. */
  onExit?: RegisterCleanup;
}

/** git kept the worktree registered after its folder went: the repository needs `git worktree prune`. */
export class WorktreeLeftError extends GitError {
  readonly kind = 'git-failed';
  constructor(
    readonly dir: string,
    readonly root: string,
    reason: string,
  ) {
    super(
      `the temporary worktree ${dir} could not be removed from the repository at ${root} (${reason}); run git worktree prune there`,
    );
  }
}

/**
 * Add a worktree of `ref` (a commit or tag) under a new temporary folder. A ref that is not in the
 * clone is a MissingRefError, any other failure a GitFailedError; either way nothing is left behind.
 */
export async function addTempWorktree(
  root: string,
  ref: string,
  options: WorktreeOptions,
): Promise<TempWorktree> {
  const parent = mkdtempSync(join(tmpdir(), options.prefix));
  const dir = join(parent, options.name ?? 'src');
  // At exit nothing async runs: delete the folder and let git forget it (fails harmlessly when the
  // repository is gone too).
  const removeSync = () => {
    rmSync(parent, { recursive: true, force: true });
    runGitSync(root, ['worktree', 'prune']);
  };
  const unregister = options.onExit?.({ async: async () => removeSync(), sync: removeSync }) ?? (() => {});
  try {
    await runGit(root, ['worktree', 'add', '--detach', '--quiet', '--end-of-options', dir, ref], { ref });
  } catch (error) {
    unregister();
    rmSync(parent, { recursive: true, force: true });
    // A failed add may have registered the worktree before checking out: forget it. If git cannot,
    // that is said along with why the add failed.
    const pruneFailure = await runGit(root, ['worktree', 'prune']).then(
      () => undefined,
      (pruneError: unknown) => pruneError,
    );
    if (pruneFailure !== undefined)
      throw new WorktreeLeftError(dir, root, `${errorMessage(error)}; then ${errorMessage(pruneFailure)}`);
    throw error;
  }
  let removed: Promise<void> | undefined;
  const remove = async () => {
    const failed = await runGit(root, ['worktree', 'remove', '--force', dir]).then(
      () => undefined,
      (error: unknown) => error,
    );
    rmSync(parent, { recursive: true, force: true });
    unregister();
    if (failed === undefined) return;
    await runGit(root, ['worktree', 'prune']).catch((error: unknown) => {
      throw new WorktreeLeftError(dir, root, errorMessage(error));
    });
  };
  return {
    dir,
    remove: () => (removed ??= remove()),
  };
}
