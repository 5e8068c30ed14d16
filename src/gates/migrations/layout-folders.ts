import type { MigrationLayoutId } from './config.js';
import { AUTO_DETECT } from './layouts.js';
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
  /**
   * Folders holding a file a runner runs by its naming rule (golang-migrate, Flyway: Layout.runnerNaming):
   * another `.sql` file there is one that runner passes over (discover.ts).
   */
  runners?: readonly RunnerFolder[];
}

export interface RunnerFolder {
  layout: MigrationLayoutId;
  /** The folder, '' for the repository root. */
  folder: string;
  /** The names of the files there the runner runs (a skipped file's new name takes a free version). */
  names: string[];
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
    runners: runnerFolders(paths),
  };
}

/**
 * The folders where a layout's runner finds a migration it runs, by name (plain SQL and dbmate share
 * their folders and claim none: their files are told apart by content). One pass over the paths.
 */
export function runnerFolders(paths: readonly string[]): RunnerFolder[] {
  const layouts = AUTO_DETECT.filter((l) => l.runnerNaming && !l.sharesPlainFolders);
  const found = new Map<string, RunnerFolder>();
  for (const path of paths) {
    if (!path.endsWith('.sql')) continue;
    const slash = path.lastIndexOf('/');
    const folder = slash < 0 ? '' : path.slice(0, slash);
    const name = path.slice(slash + 1);
    for (const layout of layouts) {
      if (!layout.runnerNaming!.runs(name) || !layout.match(path)) continue;
      const key = `${layout.id}\0${folder}`;
      const known = found.get(key);
      if (known) known.names.push(name);
      else found.set(key, { layout: layout.id, folder, names: [name] });
    }
  }
  return [...found.values()];
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
