import { findOtherDatabaseFolders } from './other-databases.js';
import type { OtherDatabase } from './other-databases.js';
import { findPrismaFolders } from './prisma-folders.js';

type ReadText = (path: string) => Promise<string | undefined>;

/**
 * Folders that hold one layout's migrations whatever they are called, found from what the tools write
 * next to them: Prisma's (`migration_lock.toml`, `prisma.config.*`, package.json; prisma-folders.ts) and
 * drizzle-kit's (`meta/_journal.json`, written by every `drizzle-kit generate`, in the config's `out`
 * folder: `lib/db/migrations` in the Next.js SaaS starter, which the `drizzle/` globs never reach).
 */
export interface LayoutFolders {
  prisma: readonly string[];
  drizzle: readonly string[];
  /** Folders of migrations for another database engine (other-databases.ts): not linted, said so. */
  otherDatabases?: readonly OtherDatabase[];
}

export const NO_LAYOUT_FOLDERS: LayoutFolders = { prisma: [], drizzle: [] };

const JOURNAL = /^(?:(.*)\/)?meta\/_journal\.json$/;

/** The folders of `paths` (the whole tree, so a lock file or journal that did not change still counts). */
export async function findLayoutFolders(
  paths: readonly string[],
  read: ReadText,
  configuredPaths: readonly string[] = [],
): Promise<LayoutFolders> {
  return {
    prisma: await findPrismaFolders(paths, read, configuredPaths),
    drizzle: drizzleJournalFolders(paths),
    otherDatabases: await findOtherDatabaseFolders(paths, read),
  };
}

/** Folders with a drizzle-kit journal (`<out>/meta/_journal.json`), outside node_modules. */
export function drizzleJournalFolders(paths: readonly string[]): string[] {
  const folders = new Set<string>();
  for (const path of paths) {
    if (path.includes('node_modules/')) continue;
    const m = JOURNAL.exec(path);
    if (m) folders.add(m[1] ?? '');
  }
  return [...folders].sort();
}

/**
 * The migration name when `path` is a drizzle-kit migration in one of `folders`: `<out>/<name>.sql`, or
 * `<out>/<name>/migration.sql` (drizzle-kit v1).
 */
export function drizzleMigrationIn(path: string, folders: readonly string[]): string | undefined {
  if (!folders.length || !path.endsWith('.sql')) return undefined;
  const slash = path.lastIndexOf('/');
  const dir = slash < 0 ? '' : path.slice(0, slash);
  const name = path.slice(slash + 1);
  if (folders.includes(dir)) return name; // the version the drizzle/ globs give too: the file name
  if (name !== 'migration.sql' || slash < 0) return undefined;
  const parentSlash = dir.lastIndexOf('/');
  const parent = parentSlash < 0 ? '' : dir.slice(0, parentSlash);
  return folders.includes(parent) ? dir.slice(parentSlash + 1) : undefined;
}
