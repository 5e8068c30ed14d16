import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { resolveInsideRepo } from '../git/inside-repo.js';

export const CONFIG_CANDIDATES = ['.github/rollback-ready.yml', '.github/rollback-ready.yaml'];

/**
 * The repository holding `cwd` (the nearest folder with a `.git`), found without running git so a
 * plain `lint FILE` stays one process; `cwd` itself outside any repository.
 */
export function repositoryRootOf(cwd: string): string {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}

/**
 * Find the config: `--config FILE` must exist; otherwise the first default candidate, or none. Either
 * must stay inside the repository, and a candidate that is a dangling symlink or a symlink loop is an
 * error, never "no config" (that would run the gate on defaults the repository did not choose).
 */
export function locateConfig(cwd: string, explicit?: string): string | undefined {
  const root = repositoryRootOf(cwd);
  if (explicit) {
    const found = resolveInsideRepo(root, resolve(cwd, explicit), `config file ${explicit}`);
    if (!('real' in found))
      throw new UsageError(`config file ${explicit} does not exist; check --config / the config input`);
    return resolve(cwd, explicit);
  }
  for (const candidate of CONFIG_CANDIDATES) {
    const full = join(cwd, candidate);
    if ('real' in resolveInsideRepo(root, full, candidate)) return full;
  }
  return undefined;
}
