import { MissingObjectError } from './errors.js';
import { gitProcess } from './run.js';

/** How many commits, newest first, are searched for the blob: an error path, bounded. */
const SEARCHED = 5000;

/**
 * The error again, naming the file and commit that hold the missing blob: git said only the object id.
 * A blob-less clone has every commit and tree, so the raw log (object ids per changed path, no
 * contents; `--find-object` would read blobs) finds the commit that put the blob there. Anything else
 * (or no answer) leaves the error as it was.
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
        '--raw',
        '--no-renames',
        '--no-abbrev',
        '--format=commit %H',
        '-n',
        String(SEARCHED),
      ],
      { timeoutMs: 20_000 },
    );
    if (run.code !== 0) return error;
    let commit = '';
    for (const line of run.stdout.toString('utf8').split('\n')) {
      if (line.startsWith('commit ')) commit = line.slice(7).trim();
      else if (line.startsWith(':') && line.split('\t')[0]!.split(' ')[3] === error.oid)
        return new MissingObjectError(error.oid, error.root, {
          path: line.slice(line.indexOf('\t') + 1),
          commit,
        });
    }
    return error;
  } catch {
    return error;
  }
}
