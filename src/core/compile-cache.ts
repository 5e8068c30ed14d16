import * as nodeModule from 'node:module';
import { join } from 'node:path';
import { contentCacheDir } from './cache-folder.js';

/** Inside the cache folder; Node keeps a folder per Node version below it. */
export const COMPILE_CACHE_FOLDER = 'node-compile-cache';

/**
 * Node's own cache of compiled modules (the public `module.enableCompileCache`, Node 22.8 and later:
 * the action's node24 has it), kept in the cache folder (docs/caching.md): a run after the first does
 * not compile the bundle's code again. Called by the entries before they load the rest of the bundle.
 * On an older Node, with caching off, or where the folder cannot be written, nothing is cached and
 * nothing is said: the run is the same, only slower. Returns the folder in use, or undefined.
 */
export function enableCompileCache(
  env: NodeJS.ProcessEnv = process.env,
  // Absent before Node 22.8 (the types are of a newer Node than the oldest this runs on).
  enable: ((directory: string) => { directory?: string }) | undefined = (
    nodeModule as Partial<typeof nodeModule>
  ).enableCompileCache,
): string | undefined {
  const root = contentCacheDir(env);
  if (!root || typeof enable !== 'function') return undefined;
  try {
    return enable(join(root, COMPILE_CACHE_FOLDER)).directory;
  } catch {
    return undefined; // documented not to throw; a cache is never worth failing a run for
  }
}
