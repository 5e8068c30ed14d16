import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';

export const CONFIG_CANDIDATES = ['.github/rollback-ready.yml', '.github/rollback-ready.yaml'];

/** Find the config: `--config FILE` must exist; otherwise the first default candidate, or none. */
export function locateConfig(cwd: string, explicit?: string): string | undefined {
  if (explicit) {
    const path = isAbsolute(explicit) ? explicit : resolve(cwd, explicit);
    if (!existsSync(path))
      throw new UsageError(`config file ${explicit} does not exist; check --config / the config input`);
    return path;
  }
  return CONFIG_CANDIDATES.map((c) => join(cwd, c)).find((p) => existsSync(p));
}
