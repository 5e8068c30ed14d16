import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder of every on-disk cache (docs/caching.md): `ROLLBACK_READY_CACHE_DIR`, else
 * `$XDG_CACHE_HOME/rollback-ready`, else `~/.cache/rollback-ready`; undefined when
 * `ROLLBACK_READY_CACHE=off` or there is no home.
 */
export function contentCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (/^(off|0|false|no)$/i.test(env.ROLLBACK_READY_CACHE ?? '')) return undefined;
  if (env.ROLLBACK_READY_CACHE_DIR) return env.ROLLBACK_READY_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'rollback-ready');
  let home = env.HOME;
  if (!home) {
    try {
      home = homedir();
    } catch {
      return undefined;
    }
  }
  return home ? join(home, '.cache', 'rollback-ready') : undefined;
}
