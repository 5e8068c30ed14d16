import { UsageError } from '../core/errors.js';
import { NoBaseError, ShallowCloneError } from './errors.js';
import { branchRefs } from './git.js';
import type { GitRepo } from './git.js';

export interface Revisions {
  /** Resolved base commit, when there is something to compare with. */
  base?: string;
  /** Resolved head commit. */
  head: string;
  /** Head is the work tree (uncommitted and untracked files count). */
  worktree: boolean;
  /** How the base was chosen, for the log. */
  baseSource: 'flag' | 'pull-request' | 'merge-base' | 'none';
}

export interface RevisionRequest {
  base?: string;
  head?: string;
  /** The PR's base SHA from the event, when running on a pull request. */
  pullRequestBase?: string;
  /** Nothing is compared (explicit files): do not look for a base unless `base` is given. */
  noBase?: boolean;
  /**
   * The command compares (check, lint, rehearse): finding no base is an error (exit 2) naming the fix,
   * never a run that skips every gate and passes.
   */
  requireBase?: boolean;
}

const FETCH_HINT = 'fetch more history (actions/checkout with fetch-depth: 0) or pass another ref';

/**
 * Decide what is compared with what: `--base` wins, then the pull request's base, then the merge base
 * with the default branch. `--head` pins a commit; without it the work tree is checked.
 */
export async function resolveRevisions(git: GitRepo, request: RevisionRequest): Promise<Revisions> {
  const worktree = request.head === undefined;
  const headRef = request.head ?? 'HEAD';
  // Linting explicit files reads the work tree only: no commit is needed (a repository without commits
  // is fine), so none is resolved; this saves a git process on every `lint FILE`.
  if (worktree && request.noBase && request.base === undefined)
    return { head: 'HEAD', worktree, baseSource: 'none' };
  const head = await git.resolveCommit(headRef);
  if (!head) {
    if (worktree)
      throw new UsageError(`the repository at ${git.root} has no commits yet; commit once, then re-run`);
    throw new UsageError(`--head ${headRef}: not a commit in this repository; ${FETCH_HINT}`);
  }

  if (request.base !== undefined) {
    await refuseAmbiguousBranch(git, request.base, '--base');
    const base = await git.resolveCommit(request.base);
    if (!base) throw new UsageError(`--base ${request.base}: not a commit in this repository; ${FETCH_HINT}`);
    return { base, head, worktree, baseSource: 'flag' };
  }
  if (request.noBase) return { head, worktree, baseSource: 'none' };
  if (request.pullRequestBase) {
    const base = await git.resolveCommit(request.pullRequestBase);
    if (!base) {
      throw new UsageError(
        `the pull request's base commit ${request.pullRequestBase.slice(0, 12)} is not in the checkout; ${FETCH_HINT}`,
      );
    }
    // Compare with the merge base, as GitHub's "Files changed" tab does, so base-branch commits are not blamed on the PR.
    return { base: (await git.mergeBase(base, head)) ?? base, head, worktree, baseSource: 'pull-request' };
  }
  const branch = await git.defaultBranch();
  let branchRef: string | undefined;
  for (const ref of branch ? branchRefs(branch) : []) {
    if (!(await git.resolveCommit(ref))) continue;
    branchRef = ref;
    // In a shallow clone git cannot tell; the check below names what is missing and the fix.
    const mergeBase = await git.mergeBase(ref, head).catch((error: unknown) => {
      if (error instanceof ShallowCloneError) return undefined;
      throw error;
    });
    if (mergeBase) return { base: mergeBase, head, worktree, baseSource: 'merge-base' };
  }
  if (!request.requireBase) return { head, worktree, baseSource: 'none' };
  if (await git.isShallow?.()) {
    throw new ShallowCloneError(
      branchRef ? `the merge base with ${branch}` : `the default branch${branch ? ` ${branch}` : ''}`,
      'missing',
    );
  }
  if (branchRef) {
    throw new NoBaseError(
      `${branch} and ${worktree ? 'the work tree' : headRef} share no history, so there is nothing to compare with; pass --base REF`,
    );
  }
  throw new NoBaseError(
    `cannot tell what to compare with: origin/HEAD is not set and there is no main or master branch; pass --base REF (e.g. --base origin/trunk), or run git remote set-head origin --auto`,
  );
}

/**
 * A short name that is both a tag and a branch (`main`): git would silently pick the tag. Refuse,
 * naming the full refs to choose from. Full refs (`refs/heads/main`) and SHAs pass untouched.
 */
async function refuseAmbiguousBranch(git: GitRepo, name: string, flag: string): Promise<void> {
  if (name.startsWith('refs/') || /^[0-9a-f]{7,64}$/i.test(name)) return;
  if (!(await git.resolveCommit(`refs/tags/${name}`))) return;
  for (const ref of branchRefs(name)) {
    if (await git.resolveCommit(ref)) {
      throw new UsageError(
        `${flag} ${name}: both a tag and a branch are named ${name}; pass refs/tags/${name} or ${ref}`,
      );
    }
  }
}
