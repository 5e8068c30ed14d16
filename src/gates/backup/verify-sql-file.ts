import { existsSync, readFileSync, statSync } from 'node:fs';
import { UsageError } from '../../core/errors.js';
import { readablePathInsideRepo } from '../../git/inside-repo.js';
import type { BackupConfig } from './config.js';
import type { RestoreRequest } from './restore.js';

const MAX_VERIFY_SQL = 1024 * 1024;

/** `backup.verify-sql`: inline SQL, or a `.sql` file of the repository (read inside it, at most 1 MB). */
export function readVerifySql(config: BackupConfig, root: string): Pick<RestoreRequest, 'verifySql'> {
  const value = config['verify-sql'];
  if (!value) return {};
  if (/\.sql$/i.test(value) && !/\s/.test(value)) {
    const path = readablePathInsideRepo(root, value, 'backup.verify-sql');
    if (path === undefined || !existsSync(path))
      throw new UsageError(
        `backup.verify-sql: file ${value} does not exist (paths are from the repository root)`,
      );
    if (statSync(path).size > MAX_VERIFY_SQL)
      throw new UsageError(`backup.verify-sql: ${value} is larger than 1 MB`);
    return { verifySql: { sql: readFileSync(path, 'utf8'), origin: value } };
  }
  return { verifySql: { sql: value, origin: 'inline' } };
}
