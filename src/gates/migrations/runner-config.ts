import type { GateContext } from '../gate.js';
import type { MigrationsConfig } from './config.js';
import type { MigrationFile } from '../../sql/model.js';
import { readHeadSource } from './read-source.js';
import { LOCKFILES, runnerVersion } from './runner-versions.js';
import type { VersionedRunner } from './runner-versions.js';

const CONFIG_KEY = { prisma: 'prisma-version', supabase: 'supabase-version' } as const;

/** The folder that holds `prisma/` or `supabase/`: its package.json names the CLI in a monorepo. */
function packageDir(path: string, runner: VersionedRunner): string {
  const at = path.lastIndexOf(`${runner}/`);
  if (at > 0) return path.slice(0, at);
  if (at === 0 || runner !== 'prisma') return '';
  // Prisma migrations in another folder (`packages/database/migration/<name>/migration.sql`): the package
  // is the folder that holds the migrations folder.
  const parts = path.split('/');
  return parts.length > 3 ? `${parts.slice(0, -3).join('/')}/` : '';
}

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
  for (const runner of ['prisma', 'supabase'] as const) {
    if (config[CONFIG_KEY[runner]] || !files.some((f) => f.layout === runner)) continue;
    const dirs = new Set([
      '',
      ...files.filter((f) => f.layout === runner).map((f) => packageDir(f.path, runner)),
    ]);
    const texts = new Map<string, string>();
    for (const dir of dirs) {
      for (const name of [...LOCKFILES, 'package.json']) {
        // A missing file reads as undefined; a lockfile that leads out of the checkout or a git failure
        // stops the run like any other read, never a silent guess at the runner's version.
        const source = await readHeadSource(ctx, `${dir}${name}`);
        if (source && 'text' in source) texts.set(`${dir}${name}`, source.text);
      }
    }
    const found = runnerVersion(runner, texts);
    if (found) result = { ...result, [CONFIG_KEY[runner]]: found.version };
  }
  return result;
}
