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
