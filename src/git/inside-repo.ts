import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../core/errors.js';

/**
 * The one check every path the tool reads or writes on a pull request's behalf goes through: the path
 * must stay inside the repository once `..` and every symlink on the way are resolved. A pull request
 * controls file names and symlinks; a `supabase/migrations -> /home/runner` link or a seed of
 * `../../.ssh/id_rsa` must end in exit 2 naming the path, never in a read of the runner's files.
 */

/** A path that leaves the repository, a dangling symlink or a loop: always a usage error (exit 2). */
export class OutsideRepositoryError extends UsageError {}

export type RepoPath =
  /** The file (or folder) exists inside the repository; `real` is its resolved path. */
  | { real: string }
  /** Nothing there (no symlink either); the nearest existing ancestor is inside the repository. */
  | { missing: true };

const realRoots = new Map<string, string>();

function realRoot(root: string): string {
  let real = realRoots.get(root);
  if (real === undefined) {
    real = realpathSync.native(root);
    realRoots.set(root, real);
  }
  return real;
}

function inside(realRootPath: string, real: string): boolean {
  return (
    real === realRootPath || real.startsWith(realRootPath.endsWith(sep) ? realRootPath : realRootPath + sep)
  );
}

/**
 * Resolve `path` (relative to `root`, or absolute) and refuse it unless it stays inside `root`.
 * `what` names the path in the message: `rehearsal.seed`, `the config file`, a migration's path.
 */
export function resolveInsideRepo(root: string, path: string, what: string): RepoPath {
  const full = isAbsolute(path) ? path : resolve(root, path);
  const rootReal = realRoot(root);
  const lexical = relative(resolve(root), full);
  if (lexical === '..' || lexical.startsWith(`..${sep}`) || isAbsolute(lexical)) {
    throw new OutsideRepositoryError(
      `${what}: ${path} is outside the repository (${root}); only files inside the checkout are read`,
    );
  }
  let real: string;
  try {
    real = realpathSync.native(full);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP')
      throw new OutsideRepositoryError(`${what}: ${path} is a symlink loop; point it at a real file`);
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
    return missingOrDangling(rootReal, full, path, what);
  }
  if (!inside(rootReal, real)) {
    throw new OutsideRepositoryError(
      `${what}: ${path} resolves to ${real}, outside the repository; only files inside the checkout are read (replace the symlink with the file)`,
    );
  }
  return { real };
}

const realDirs = new Map<string, string | null>();

/**
 * The cheap half of the check, for reading many files: `path` has no `..` out of `root` and its folder
 * (resolved once per folder) is inside. The caller opens the file itself without following a final
 * symlink (O_NOFOLLOW) and runs resolveInsideRepo only for a file that is one.
 */
export function assertFolderInsideRepo(root: string, path: string, what: string): void {
  const full = isAbsolute(path) ? path : resolve(root, path);
  const dir = dirname(full);
  let real = realDirs.get(dir);
  if (real === undefined) {
    const lexical = relative(resolve(root), full);
    if (lexical === '..' || lexical.startsWith(`..${sep}`) || isAbsolute(lexical)) real = null;
    else {
      try {
        real = realpathSync.native(dir);
      } catch {
        real = '';
      }
    }
    realDirs.set(dir, real);
  }
  // A folder that is not there: the open fails and the caller reports the file as missing.
  if (real === '') return;
  if (real === null || !inside(realRoot(root), real)) resolveInsideRepo(root, path, what);
}

/** Like resolveInsideRepo, for callers that only read: the real path, or undefined when nothing is there. */
export function readablePathInsideRepo(root: string, path: string, what: string): string | undefined {
  const found = resolveInsideRepo(root, path, what);
  return 'real' in found ? found.real : undefined;
}

function missingOrDangling(rootReal: string, full: string, path: string, what: string): RepoPath {
  let link = false;
  try {
    link = lstatSync(full).isSymbolicLink();
  } catch {
    // not there at all
  }
  if (link) {
    throw new OutsideRepositoryError(
      `${what}: ${path} is a symlink to a file that does not exist; fix or remove the link`,
    );
  }
  // Not there: its nearest existing folder must still be inside (a symlinked folder could lead out).
  let dir = dirname(full);
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  const realDir = realpathSync.native(dir);
  if (!inside(rootReal, realDir)) {
    throw new OutsideRepositoryError(
      `${what}: ${path} is under ${realDir}, outside the repository; only files inside the checkout are read`,
    );
  }
  return { missing: true };
}

/**
 * For writing (`init`): the file must not be a symlink (writing through it would change a file
 * elsewhere) and its folder must be inside the repository. Returns the path to write.
 */
export function writablePathInsideRepo(root: string, path: string): string {
  const full = join(root, path);
  let link = false;
  try {
    link = lstatSync(full).isSymbolicLink();
  } catch {
    // does not exist yet: fine, checked below through its folder
  }
  if (link) {
    throw new OutsideRepositoryError(
      `${path} is a symlink; init never writes through a symlink. Replace it with a regular file, or remove it, and re-run`,
    );
  }
  resolveInsideRepo(root, path, path);
  return full;
}
