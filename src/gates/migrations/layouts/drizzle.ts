import { DRIZZLE_RUNNER } from '../runners.js';
import { base, byGlobs, parentDir, plainFormRule, up, written } from './layout.js';
import type { Layout } from './layout.js';

const GLOBS = ['drizzle/*.sql', '**/drizzle/*.sql', 'drizzle/*/migration.sql', '**/drizzle/*/migration.sql'];

/** drizzle-kit: `drizzle/<n>_<name>.sql`, or `drizzle/<name>/migration.sql` (v1), up only. */
export const DRIZZLE: Layout = {
  id: 'drizzle',
  name: 'Drizzle',
  globs: GLOBS,
  match: byGlobs(GLOBS, (p) => up(base(p) === 'migration.sql' ? parentDir(p) : base(p))),
  foundByPrismaFolders: false,
  foundByDrizzleJournals: true,
  sharesPlainFolders: false,
  runner: () => DRIZZLE_RUNNER,
  assumesSupabasePlatform: false,
  outsideTransaction: (_runner, operation) => ({
    why: "drizzle-orm's migrator runs every pending migration in one transaction",
    how: `Drizzle has no way to run a migration outside its transaction: run ${written(operation)} outside Drizzle (psql, or a deploy step after drizzle-kit migrate) and keep it out of the migrations folder${smallTable(operation)}.`,
  }),
};

/** The other way out, for a small table: the form without CONCURRENTLY, its write lock accepted in writing. */
function smallTable(operation: string): string {
  const rule = plainFormRule(operation);
  const plain = operation.replace(' CONCURRENTLY', '');
  return rule
    ? `; or, on a small table, write ${plain} without CONCURRENTLY under the line \`-- rollback-ready-ignore ${rule}: <why its lock is short>\``
    : '';
}
