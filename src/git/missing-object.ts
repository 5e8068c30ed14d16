import { MissingObjectError } from './errors.js';
import { gitProcess } from './run.js';

/**
 * The error again, naming the file and commit that hold the missing blob: git said only the object id.
 * A blob-less clone has every commit and tree, so `git log --find-object` finds where the blob was
 * added without reading any blob. Anything else (or no answer) leaves the error as it was.
 */
export async function nameMissingObject<E>(error: E): Promise<E | MissingObjectError> {
  if (!(error instanceof MissingObjectError) || error.where) return error;
  try {
    const run = await gitProcess(
      error.root,
      [
        '-c',
        'core.quotePath=false',
        'log',
        '--all',
        `--find-object=${error.oid}`,
        '--format=%H',
        '--raw',
        '--no-abbrev',
        '--no-renames',
        '-n',
        '1',
      ],
      { timeoutMs: 20_000 },
    );
    if (run.code !== 0) return error;
    const lines = run.stdout.toString('utf8').split('\n');
    const commit = lines[0]?.trim() ?? '';
    const entry = lines.find((l) => l.startsWith(':') && l.includes(error.oid));
    const path = entry?.slice(entry.indexOf('\t') + 1);
    return /^[0-9a-f]{40,64}$/.test(commit) && path
      ? new MissingObjectError(error.oid, error.root, { path, commit })
      : error;
  } catch {
    return error;
  }
}
