import picomatch from 'picomatch';
import type { MigrationLayoutId, MigrationsConfig } from './config.js';
import { AUTO_DETECT, compareVersions, LAYOUT, layoutById } from './layouts.js';
import type { Layout, SkippedName } from './layouts.js';
import type { MigrationFile } from '../../sql/model.js';
import { prismaMigrationIn } from './prisma-folders.js';
import { drizzleMigrationIn, findLayoutFolders } from './layout-folders.js';
import type { LayoutFolders } from './layout-folders.js';
import { otherDatabaseOf } from './other-databases.js';
import type { OtherDatabase } from './other-databases.js';

export interface Discovery {
  files: MigrationFile[];
  /** Layouts found, most files first. */
  layouts: MigrationLayoutId[];
  /** `.sql` files in a layout's own folder that its runner passes over by name: never run, never judged. */
  skipped: SkippedFile[];
  /** SQL files left out because their folder holds another database's migrations (other-databases.ts). */
  otherDatabase?: { path: string; database: OtherDatabase }[];
}

export interface SkippedFile extends SkippedName {
  path: string;
  layout: MigrationLayoutId;
  /** The runner's folder the file is in or below, when not the file's own folder (Flyway reads subfolders). */
  folder?: string;
}

export type ReadText = (path: string) => Promise<string | undefined>;

/**
 * Which of these paths are migrations, and of which layout. With `layout: auto` each path is
 * claimed by the most specific layout that matches; a configured layout applies to its own globs plus
 * the extra `paths` globs. `exclude` globs always win. Prisma migrations outside `prisma/migrations` and
 * drizzle-kit migrations outside `drizzle/` are found through the folders `layoutFolders` names, by
 * default read from `paths` (layout-folders.ts): pass them when `paths` is not the whole tree.
 */
export async function discoverMigrations(
  paths: readonly string[],
  config: MigrationsConfig,
  read: ReadText,
  layoutFolders?: LayoutFolders,
): Promise<Discovery> {
  const found = layoutFolders ?? (await findLayoutFolders(paths, read, config.paths));
  const folders = config.layout === 'auto' || LAYOUT[config.layout].foundByPrismaFolders ? found.prisma : [];
  const journals =
    config.layout === 'auto' || LAYOUT[config.layout].foundByDrizzleJournals ? found.drizzle : [];
  const excluded = config.exclude.length ? picomatch(config.exclude) : () => false;
  const extra = config.paths.length ? picomatch(config.paths) : () => false;
  const files: MigrationFile[] = [];
  const skipped: SkippedFile[] = [];
  const otherDatabase: { path: string; database: OtherDatabase }[] = [];
  for (const path of paths) {
    if (!path.endsWith('.sql') || excluded(path)) continue;
    const prismaName = prismaMigrationIn(path, folders);
    const drizzleName = prismaName ? undefined : drizzleMigrationIn(path, journals);
    const file = prismaName
      ? ({ path, layout: LAYOUT.prisma.id, direction: 'up', version: prismaName } as const)
      : drizzleName
        ? ({ path, layout: LAYOUT.drizzle.id, direction: 'up', version: drizzleName } as const)
        : (skippedInRunnerFolder(path, config, found.runners) ??
          (await classify(path, config, extra(path), read)));
    const database = file && otherDatabaseOf(path, found.otherDatabases);
    if (database) otherDatabase.push({ path, database });
    else if (file && 'why' in file) skipped.push(file);
    else if (file) files.push(file);
  }
  files.sort(
    (a, b) =>
      a.layout.localeCompare(b.layout) ||
      compareVersions(a.version, b.version) ||
      a.path.localeCompare(b.path),
  );
  const counts = new Map<MigrationLayoutId, number>();
  for (const f of files) counts.set(f.layout, (counts.get(f.layout) ?? 0) + 1);
  const layouts = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  return { files, layouts, skipped, ...(otherDatabase.length ? { otherDatabase } : {}) };
}

async function classify(
  path: string,
  config: MigrationsConfig,
  extraMatch: boolean,
  read: ReadText,
): Promise<MigrationFile | SkippedFile | undefined> {
  const candidates = config.layout === 'auto' ? AUTO_DETECT : [layoutById(config.layout)];
  for (const layout of candidates) {
    // Its folder, a name its runner passes over: not a migration, and no other layout's either.
    const skip = layout.skips?.(path);
    if (skip) return { path, layout: layout.id, ...skip };
    const match = layout.match(path);
    if (!match) continue;
    if (layout.sharesPlainFolders) return plainOrDbmate(path, config, read);
    return { path, layout: layout.id, ...match };
  }
  if (extraMatch) {
    // An extra glob from config: the configured layout, else whatever the file looks like.
    if (config.layout !== 'auto') {
      const layout = layoutById(config.layout);
      const match = layout.match(path);
      return { path, layout: layout.id, ...(match ?? { direction: 'up', version: path }) };
    }
    return plainOrDbmate(path, config, read, true);
  }
  return undefined;
}

/**
 * A `.sql` file beside migrations a runner runs (golang-migrate's folder, or below a Flyway folder),
 * under a name that runner passes over (`0010_replication_ng.sql` among harbor's `*.up.sql`): it never
 * runs, so it is reported, never linted as plain SQL nor left as "outside every migration folder".
 */
function skippedInRunnerFolder(
  path: string,
  config: MigrationsConfig,
  runners: LayoutFolders['runners'],
): SkippedFile | undefined {
  if (!runners?.length || path.includes('node_modules/')) return undefined;
  const slash = path.lastIndexOf('/');
  const folder = slash < 0 ? '' : path.slice(0, slash);
  for (const { layout: id, folder: runnerFolder, names } of runners) {
    if (config.layout !== 'auto' && config.layout !== id) continue;
    const naming = LAYOUT[id].runnerNaming!;
    // Below it too for Flyway, but never the whole repository for a V file at its root.
    const inside =
      folder === runnerFolder ||
      (naming.recursive && runnerFolder !== '' && folder.startsWith(`${runnerFolder}/`));
    if (inside && !naming.runs(path.slice(slash + 1)))
      return {
        path,
        layout: id,
        ...naming.skipped(path, names),
        ...(runnerFolder !== folder ? { folder: runnerFolder } : {}),
      };
  }
  return undefined;
}

const folderMatchers = new Map<MigrationLayoutId, (path: string) => boolean>();
/** Whether a path is in one of the layout's own folders (its globs), compiled once. */
function folderOf(layout: Layout): (path: string) => boolean {
  let matcher = folderMatchers.get(layout.id);
  if (!matcher) folderMatchers.set(layout.id, (matcher = picomatch(layout.globs)));
  return matcher;
}

/**
 * A file in the folders plain SQL and dbmate share (called with `layout` auto or one of those two): the
 * configured one, else dbmate's when it holds dbmate's marker, else plain.
 */
async function plainOrDbmate(
  path: string,
  config: MigrationsConfig,
  read: ReadText,
  inFolders = false,
): Promise<MigrationFile | SkippedFile> {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const layout =
    config.layout !== 'auto'
      ? layoutById(config.layout)
      : LAYOUT.dbmate.claimsText?.((await read(path)) ?? '')
        ? LAYOUT.dbmate
        : LAYOUT.plain;
  // dbmate runs only names that start with their version: `add_users.sql` in its folder never runs. A
  // configured dbmate takes any .sql file given; one outside its folders is no name question.
  const naming = layout.runnerNaming;
  const itsFolder = config.layout === 'auto' || inFolders || folderOf(layout)(path);
  if (naming && itsFolder && !naming.runs(name)) return { path, layout: layout.id, ...naming.skipped(path) };
  return { path, layout: layout.id, direction: 'up', version: name };
}
