import type { openObjectReader } from './cat-file.js';
import { gitFailure } from './errors.js';
import { runGit } from './run.js';

/** The run's object reader (cat-file.ts): one long-running `git cat-file` answers every object read. */
export type RunObjectReader = ReturnType<typeof openObjectReader>;

/** What the parts of GitCli (refs.ts, tree-reads.ts, diffs.ts) share: the root and the object reader. */
export interface RepoContext {
  /** Absolute path of the work tree root. */
  readonly root: string;
  readonly objects: RunObjectReader;
}

/** git run at the root: its stdout, or a typed GitError (`ref` names what it was about: MissingRefError). */
export function gitAt(root: string, args: string[], ref?: string): Promise<string> {
  return runGit(root, args, ref === undefined ? {} : { ref });
}

/** The typed error for a failed run (never a flattened undefined/false). */
export function rejectRun(
  root: string,
  args: readonly string[],
  stderr: string,
  code: number | null,
  ref?: string,
): never {
  throw gitFailure(args, stderr || `exit ${code}`, root, ref);
}

/** A full commit id (SHA-1 or SHA-256): answers about it never change within a run. */
export const FULL_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
