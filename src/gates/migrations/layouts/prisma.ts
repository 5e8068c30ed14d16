import { PRISMA_SPLITS_FROM, prismaRunner } from '../runners.js';
import { aloneInFile, byGlobs, parentDir, up } from './layout.js';
import type { Layout } from './layout.js';

const GLOBS = ['prisma/migrations/*/migration.sql', '**/prisma/migrations/*/migration.sql'];

/** `prisma migrate deploy`: `<folder>/<timestamp>_<name>/migration.sql`, up only. */
export const PRISMA: Layout = {
  id: 'prisma',
  name: 'Prisma',
  globs: GLOBS,
  match: byGlobs(GLOBS, (p) => up(parentDir(p))),
  foundByPrismaFolders: true,
  sharesPlainFolders: false,
  runner: prismaRunner,
  runnerVersion: { runner: 'prisma', configKey: 'prisma-version', packageDir: prismaPackageDir },
  assumesSupabasePlatform: false,
  outsideTransaction: (runner, operation) => ({
    why: `${runner.label} runs this file in a transaction`,
    how: `${aloneInFile(operation)} Prisma ${PRISMA_SPLITS_FROM}+ sends each statement on its own: once the lockfile pins it (or migrations.prisma-version says so), ${operation} may share a file.`,
  }),
};

/** The folder that holds `prisma/`; for migrations elsewhere, the folder that holds the migrations folder. */
function prismaPackageDir(path: string): string {
  const at = path.lastIndexOf('prisma/');
  if (at > 0) return path.slice(0, at);
  if (at === 0) return '';
  // Prisma migrations in another folder (`packages/database/migration/<name>/migration.sql`): the package
  // is the folder that holds the migrations folder.
  const parts = path.split('/');
  return parts.length > 3 ? `${parts.slice(0, -3).join('/')}/` : '';
}
