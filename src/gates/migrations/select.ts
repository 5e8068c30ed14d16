import picomatch from 'picomatch';
import { UsageError } from '../../core/errors.js';
import type { GateContext } from '../gate.js';
import type { ChangedFile } from '../../git/git.js';
import { isNoRepository } from '../../git/no-repository.js';
import { discoverMigrations } from './discover.js';
import type { Discovery, SkippedFile } from './discover.js';
import { deletedMigrations } from './deleted.js';
import type { MigrationFile } from '../../sql/model.js';
import { findLayoutFolders, NO_LAYOUT_FOLDERS } from './layout-folders.js';
import { readHeadSource } from './read-source.js';
import { uncheckedChanges } from './other-sql.js';
import type { UncheckedChange } from './other-sql.js';
import { folderMigrations, listed, namedButNotLinted, resolveExplicit } from './named-paths.js';

export interface Selection {
  /** The migrations to lint, in run order. */
  files: MigrationFile[];
  /** How each selected file changed (absent for explicit files). */
  changes: Map<string, ChangedFile>;
  /** Layouts found among all migrations of the repository. */
  discovery: Discovery;
  mode: 'explicit' | 'changed' | 'no-base';
  /** `lint FILES…`: files named one by one that `migrations.exclude` leaves out (said in the summary). */
  excluded: string[];
  /** Changed files that may change the database but no layout lints (other-sql.ts): said, never "no database change". */
  unchecked: UncheckedChange[];
  /** Changed submodules that `migrations.paths` points into: their migrations cannot be read from here. */
  submodules: { path: string; glob: string }[];
  /** Given or changed `.sql` files in a layout's folder that its runner passes over by name. */
  skipped: SkippedFile[];
  /** Up migrations of the base that the change deleted or renamed to another version (deleted.ts). */
  deleted: MigrationFile[];
  /** Selected SQL files left out as another database's migrations (other-databases.ts). */
  otherDatabase?: Discovery['otherDatabase'];
  /** Every file of the change's tree, when listed (duplicates.ts looks for versions taken twice). */
  headPaths?: readonly string[];
}

/** All files of the change's tree: the head commit, or the work tree with untracked files. */
function headFiles(ctx: GateContext): Promise<string[]> {
  return ctx.worktree ? ctx.git.worktreeFiles() : ctx.git.listFilesAt(ctx.head);
}

const readFor = (ctx: GateContext) => async (path: string) => {
  const source = await readHeadSource(ctx, path);
  return source && 'text' in source ? source.text : undefined;
};

/** Every migration of the change's tree (contents read where the layout needs them: dbmate markers). */
export async function discoverHeadMigrations(ctx: GateContext): Promise<Discovery> {
  return discoverMigrations(await headFiles(ctx), ctx.settings.config.migrations, readFor(ctx));
}

/**
 * `lint FILES…` (or the action's `paths`) lints exactly those; otherwise the migrations added or
 * changed since the base.
 */
export async function selectMigrations(ctx: GateContext): Promise<Selection> {
  const config = ctx.settings.config.migrations;
  const explicit = ctx.settings.run.files;
  if (explicit.length) {
    const { paths, named, inFolders } = await resolveExplicit(ctx, explicit, () => headFiles(ctx));
    // Without a repository there is no tree to find Prisma's folders in: the files are linted by their paths.
    const headPaths = isNoRepository(ctx.git) ? undefined : await headFiles(ctx);
    const folders = headPaths
      ? await findLayoutFolders(headPaths, readFor(ctx), config.paths)
      : NO_LAYOUT_FOLDERS;
    // A folder brings the files a layout (or migrations.paths) calls migrations, as `lint` without files
    // would: not a seed.sql or an example beside them. Files and globs name any .sql file.
    const fromFolders = await folderMigrations(inFolders, config, readFor(ctx), folders);
    const found = await discoverMigrations(
      [...new Set([...paths, ...fromFolders])],
      { ...config, paths: ['**/*.sql', '*.sql'] },
      readFor(ctx),
      folders,
    );
    const others = found.otherDatabase ?? []; // said by their own notice (other-database-migration)
    const excluded = namedButNotLinted(named, [...found.files, ...others], config.exclude);
    if (!found.files.length && !found.skipped.length && !others.length)
      throw new UsageError(
        `${listed(explicit)}: no migration file among them (Supabase, Prisma, Drizzle, Flyway, golang-migrate, dbmate or plain SQL .sql files); name migration files, a folder holding them, or a glob`,
      );
    return {
      files: found.files,
      changes: new Map(),
      discovery: found,
      mode: 'explicit',
      submodules: [],
      skipped: found.skipped,
      deleted: [],
      excluded,
      unchecked: [],
      ...(found.otherDatabase ? { otherDatabase: found.otherDatabase } : {}),
      ...(headPaths ? { headPaths } : {}),
    };
  }
  const all = await headFiles(ctx);
  if (!ctx.base)
    return {
      files: [],
      changes: new Map(),
      discovery: await discoverMigrations(all, config, readFor(ctx)),
      mode: 'no-base',
      submodules: [],
      skipped: [],
      deleted: [],
      excluded: [],
      unchecked: [],
    };
  const changed = await ctx.git.changedFiles(ctx.base, ctx.worktree ? undefined : ctx.head);
  const changes = new Map(changed.map((c) => [c.path, c]));
  if (ctx.worktree) {
    for (const path of await ctx.git.untrackedFiles())
      if (!changes.has(path)) changes.set(path, { path, status: 'added' });
  }
  // Read contents (dbmate markers) only for changed files; the rest is classified by path, for the summary.
  // Where Prisma and drizzle-kit keep their migrations is read from the whole tree (a lock file, config or
  // journal need not change).
  const folders = await findLayoutFolders(all, readFor(ctx), config.paths);
  const changedFound = await discoverMigrations([...changes.keys()], config, readFor(ctx), folders);
  let everyHead: Promise<Discovery> | undefined;
  const headDiscovery = () => (everyHead ??= discoverMigrations(all, config, async () => '', folders));
  const discovery = changedFound.files.length ? changedFound : await headDiscovery();
  return {
    files: changedFound.files,
    changes,
    discovery,
    mode: 'changed',
    submodules: await changedSubmodulesNamed(ctx, [...changes.keys()]),
    skipped: changedFound.skipped,
    deleted: await deletedMigrations(ctx, all, async () => (await headDiscovery()).files),
    excluded: [],
    // A file its runner skips by name has a finding of its own (skipped-migration-file).
    unchecked: uncheckedChanges(
      changes.keys(),
      // Another database's migrations have a notice of their own (other-database-migration).
      [...changedFound.files, ...changedFound.skipped, ...(changedFound.otherDatabase ?? [])],
      config.exclude,
    ),
    ...(changedFound.otherDatabase ? { otherDatabase: changedFound.otherDatabase } : {}),
    headPaths: all,
  };
}

/**
 * A changed path that a `migrations.paths` glob reaches into (`db` for `db/migrations/*.sql`) and that
 * is a submodule: the migrations live in another repository, git lists none of them here, and the
 * gate would otherwise say "no migration changed". Submodules are only listed when a glob reaches into a
 * changed path, which is rare, so ordinary runs pay nothing.
 */
async function changedSubmodulesNamed(
  ctx: GateContext,
  changed: readonly string[],
): Promise<{ path: string; glob: string }[]> {
  const globs = ctx.settings.config.migrations.paths;
  const reached = changed
    .filter((path) => !path.endsWith('.sql'))
    .flatMap((path) =>
      globs
        .filter(
          (glob) =>
            `${picomatch.scan(glob).base}/`.startsWith(`${path}/`) || picomatch(glob)(`${path}/x.sql`),
        )
        .slice(0, 1)
        .map((glob) => ({ path, glob })),
    );
  if (!reached.length || !ctx.git.submodulePaths) return [];
  const submodules = new Set(await ctx.git.submodulePaths(ctx.worktree ? undefined : ctx.head));
  return reached.filter(({ path }) => submodules.has(path));
}
