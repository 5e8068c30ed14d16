import type { GateContext } from '../gate.js';
import type { MigrationsConfig } from './config.js';
import type { MigrationFile } from '../../sql/model.js';
import { readHeadSource } from './read-source.js';
import { LOCKFILES, runnerVersion } from './runner-versions.js';
import { LAYOUT } from './layouts.js';

/**
 * The migrations config with the Prisma / Supabase CLI version the change's own lockfile pins, for the
 * layouts among `files` whose runner changed behaviour between releases (runners.ts). A version set in the
 * config wins; without one anywhere, the runners model their older, stricter behaviour and say so.
 */
export async function withRunnerVersions(
  ctx: Pick<GateContext, 'git' | 'head' | 'worktree'>,
  config: MigrationsConfig,
  files: readonly MigrationFile[],
): Promise<MigrationsConfig> {
  let result = config;
  for (const layout of Object.values(LAYOUT)) {
    const source = layout.runnerVersion;
    if (!source || config[source.configKey]) continue;
    const own = files.filter((f) => f.layout === layout.id);
    if (!own.length) continue;
    const dirs = new Set(['', ...own.map((f) => source.packageDir(f.path))]);
    const texts = new Map<string, string>();
    for (const dir of dirs) {
      for (const name of [...LOCKFILES, 'package.json']) {
        // A missing file reads as undefined; a lockfile that leads out of the checkout or a git failure
        // stops the run like any other read, never a silent guess at the runner's version.
        const read = await readHeadSource(ctx, `${dir}${name}`);
        if (read && 'text' in read) texts.set(`${dir}${name}`, read.text);
      }
    }
    const found = runnerVersion(source.runner, texts);
    if (found) result = { ...result, [source.configKey]: found.version };
  }
  return result;
}
