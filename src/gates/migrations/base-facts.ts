import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { GateContext } from '../gate.js';
import type { ChangedFile } from '../../git/git.js';

/** Which given files the base holds, and how each changed since (lint-modes.ts decides what shipped). */
export interface BaseFacts {
  onBase: Set<string>;
  changes: Map<string, ChangedFile>;
}

/** Past this many files the whole tree and diff are read: a command line naming each has a limit. */
const NAMED_PATHS_MAX = 100;

/**
 * The facts for these paths, read for them only where that gives the answer of the whole tree and
 * diff: a path new since the base may be a rename of a shipped file, which only the whole diff tells
 * (rename detection pairs it with a deleted path anywhere), unless the index does not hold it (an
 * untracked file is in no diff). A path on the base is a modification, never a rename's new path, so
 * naming it changes nothing. The answer for a path does not depend on which others are asked with it.
 */
export async function baseFacts(
  ctx: GateContext,
  base: string,
  paths: readonly string[],
): Promise<BaseFacts> {
  const { git } = ctx;
  const head = ctx.worktree ? undefined : ctx.head;
  const byPath = (changed: readonly ChangedFile[]) => new Map(changed.map((c) => [c.path, c]));
  const whole = async () => {
    const [atBase, changed] = await Promise.all([git.listFilesAt(base), git.changedFiles(base, head)]);
    return { onBase: new Set(atBase), changes: byPath(changed) };
  };
  if (git.filesAt && paths.length > NAMED_PATHS_MAX) {
    // Too many to name in a diff: the whole diff, but the base asked only for the given paths' folders
    // (and the old paths of renames): listing the whole tree reads every blob's size, which kept
    // `lint FILES…` over 2,000 files waiting on git after its files were read (bench corpus: 0.4–1 s).
    const [onBase, changed] = await Promise.all([git.filesAt(base, paths), git.changedFiles(base, head)]);
    const renamedFrom = changed.flatMap((c) => (c.from !== undefined && !onBase.has(c.from) ? [c.from] : []));
    if (renamedFrom.length) for (const path of await git.filesAt(base, renamedFrom)) onBase.add(path);
    return { onBase, changes: byPath(changed) };
  }
  if (!git.filesAt || !git.indexedPaths || head !== undefined || paths.length > NAMED_PATHS_MAX)
    return whole();
  // Both through the run's cat-file: no process of their own.
  const [onBase, indexed] = await Promise.all([git.filesAt(base, paths), git.indexedPaths(paths)]);
  if (paths.some((path) => !onBase.has(path) && indexed.has(path))) return whole();
  // The rest are untracked (no diff lists them: a new migration costs no diff at all) or on the base.
  const named = await git.changedFiles(
    base,
    undefined,
    paths.filter((path) => onBase.has(path)),
  );
  return { onBase, changes: byPath(named) };
}

/**
 * The arguments of `lint FILES…` that are files, as repository paths (as select.ts resolves them):
 * known before the files are selected, so their facts can be asked meanwhile. Empty for many files
 * (their facts are the whole tree and diff anyway) and for none.
 */
export function givenFilePaths(ctx: GateContext): string[] {
  const { files, cwd } = ctx.settings.run;
  if (files.length > NAMED_PATHS_MAX) return [];
  const paths: string[] = [];
  for (const entry of files) {
    const full = isAbsolute(entry) ? entry : resolve(cwd, entry);
    const path = relative(ctx.git.root, full).split('\\').join('/');
    if (path.startsWith('..') || isAbsolute(path) || !isFile(full)) continue;
    paths.push(path);
  }
  return paths;
}

function isFile(full: string): boolean {
  try {
    return statSync(full, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}
