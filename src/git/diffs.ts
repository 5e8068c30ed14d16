import { parseAddedLines, parseNameStatus } from './diff-output.js';
import type { AddedLines, ChangedFile } from './git.js';
import { gitAt, rejectRun } from './repo-context.js';
import { gitProcess } from './run.js';

/** At most this much diff text is read for added lines; a bigger diff is cut (and says so). */
export const MAX_DIFF_BYTES = 16 * 1024 * 1024;

/**
 * GitCli's diffs from `base` to `head` (or the work tree): which files changed, every path touched, the
 * added lines. Each is one `git diff` of its own.
 */
export async function changedFiles(
  root: string,
  base: string,
  head?: string,
  paths?: readonly string[],
): Promise<ChangedFile[]> {
  const range = head ? [base, head] : [base];
  if (paths && !paths.length) return [];
  // Literal pathspecs: a file named `*.sql` is that file, not a glob.
  const only = paths ? paths.map((path) => `:(literal)${path}`) : [];
  const out = await gitAt(
    root,
    ['diff', '--name-status', '-z', '-M', '--diff-filter=ACMRT', '--end-of-options', ...range, '--', ...only],
    range.join(' or '),
  );
  return parseNameStatus(out);
}

export async function changedPaths(root: string, base: string, head?: string): Promise<string[]> {
  const range = head ? [base, head] : [base];
  // --no-renames: a rename is its old path deleted and its new path added, so both are listed.
  const out = await gitAt(
    root,
    ['diff', '--name-only', '-z', '--no-renames', '--end-of-options', ...range, '--'],
    range.join(' or '),
  );
  return out.split('\0').filter((p) => p !== '');
}

/**
 * Between two commits, one `git diff` answers both changedFiles (renames detected, deletions left out)
 * and changedPaths (every path touched: a rename's old and new path, a deleted path): a PR check asks
 * both, and a second diff cost a process and a tree walk.
 */
export async function changesBetween(
  root: string,
  base: string,
  head: string,
): Promise<{ files: ChangedFile[]; paths: string[] }> {
  const out = await gitAt(
    root,
    ['diff', '--name-status', '-z', '-M', '--diff-filter=ACDMRT', '--end-of-options', base, head, '--'],
    `${base} or ${head}`,
  );
  const parts = out.split('\0').filter((p) => p !== '');
  const files: ChangedFile[] = [];
  const paths: string[] = [];
  for (let i = 0; i < parts.length;) {
    const kind = parts[i++]![0];
    if (kind === 'D') {
      paths.push(parts[i++]!);
      continue;
    }
    if (kind === 'R' || kind === 'C') {
      const from = parts[i++]!;
      const path = parts[i++]!;
      files.push({ path, from, status: kind === 'R' ? 'renamed' : 'copied' });
      if (kind === 'R') paths.push(from);
      paths.push(path);
      continue;
    }
    const path = parts[i++]!;
    files.push({ path, status: kind === 'A' ? 'added' : kind === 'T' ? 'type-changed' : 'modified' });
    paths.push(path);
  }
  return { files, paths };
}

export async function diffAddedLines(root: string, base: string, head?: string): Promise<AddedLines> {
  const range = head ? [base, head] : [base];
  const args = [
    '-c',
    'core.quotepath=false',
    'diff',
    '-U0',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '-M',
    '--diff-filter=ACMRT',
    '--end-of-options',
    ...range,
    '--',
  ];
  const run = await gitProcess(root, args, { maxStdout: MAX_DIFF_BYTES });
  // A diff stopped at the cap ends with a signal, not a failure: keep its whole lines.
  if (!run.truncated && run.code !== 0)
    return rejectRun(root, args, run.stderr, run.code, range.join(' or '));
  let text = run.stdout.toString('utf8');
  if (run.truncated) text = text.slice(0, Math.max(0, text.lastIndexOf('\n')));
  return { files: parseAddedLines(text), truncated: run.truncated };
}
