import { GitFailedError } from './errors.js';
import { runGit } from './run.js';

/**
 * The work tree's files as the change sees them: tracked files minus those deleted from the disk, plus
 * untracked files that are not ignored. One `git ls-files -t` answers all three (each path tagged with
 * what it is), where a listing and a `--deleted` listing cost two processes on every `lint FILE`.
 * In git's order, each path once.
 */
export async function listWorktreeFiles(root: string): Promise<string[]> {
  const out = await runGit(root, [
    'ls-files',
    '-z',
    '-t',
    '--cached',
    '--others',
    '--deleted',
    '--exclude-standard',
  ]);
  return parseTaggedListing(out);
}

/**
 * `<tag> SP <path>` records: H (tracked), S (tracked, skip-worktree), M (unmerged), ? (untracked), R
 * (tracked, deleted from the disk). Any other tag means git answered something this was not written
 * for: an error, never a guess at which files exist.
 */
export function parseTaggedListing(out: string): string[] {
  const listed: string[] = [];
  const deleted = new Set<string>();
  for (const record of out.split('\0')) {
    if (!record) continue;
    const tag = record[0];
    const path = record.slice(2);
    if (record[1] !== ' ' || !path) throw unexpected(record);
    if (tag === 'R') deleted.add(path);
    else if (tag === 'H' || tag === 'S' || tag === 'M' || tag === '?') listed.push(path);
    else throw unexpected(record);
  }
  return [...new Set(listed.filter((path) => !deleted.has(path)))];
}

function unexpected(record: string): GitFailedError {
  return new GitFailedError('ls-files', `unexpected listing entry ${JSON.stringify(record.slice(0, 80))}`);
}
