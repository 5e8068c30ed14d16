import { readdirSync, statSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
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

export interface Selection {
  /** The migrations to lint, in run order. */
  files: MigrationFile[];
  /** How each selected file changed (absent for explicit files). */
  changes: Map<string, ChangedFile>;
  /** Layouts found among all migrations of the repository. */
  discovery: Discovery;
  mode: 'explicit' | 'changed' | 'no-base';
  /** Changed submodules that `migrations.paths` points into: their migrations cannot be read from here. */
  submodules: { path: string; glob: string }[];
  /** Given or changed `.sql` files in a layout's folder that its runner passes over by name. */
  skipped: SkippedFile[];
  /** Up migrations of the base that the change deleted or renamed to another version (deleted.ts). */
  deleted: MigrationFile[];
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
    const paths = await resolveExplicit(ctx, explicit);
    // Without a repository there is no tree to find Prisma's folders in: the files are linted by their paths.
    const folders = isNoRepository(ctx.git)
      ? NO_LAYOUT_FOLDERS
      : await findLayoutFolders(await headFiles(ctx), readFor(ctx), config.paths);
    const found = await discoverMigrations(
      paths,
      { ...config, paths: ['**/*.sql', '*.sql'] },
      readFor(ctx),
      folders,
    );
    return {
      files: found.files,
      changes: new Map(),
      discovery: found,
      mode: 'explicit',
      submodules: [],
      skipped: found.skipped,
      deleted: [],
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

/** Explicit arguments: existing files relative to the current directory, or globs over the repository. */
async function resolveExplicit(ctx: GateContext, entries: readonly string[]): Promise<string[]> {
  const out = new Set<string>();
  let all: string[] | undefined;
  const fulls = entries.map((entry) => (isAbsolute(entry) ? entry : resolve(ctx.settings.run.cwd, entry)));
  const isFile = fileTest(fulls);
  for (const [i, entry] of entries.entries()) {
    const full = fulls[i]!;
    if (isFile(full)) {
      const rel = relative(ctx.git.root, full).split('\\').join('/');
      if (rel.startsWith('..')) throw new UsageError(`${entry}: outside the repository at ${ctx.git.root}`);
      out.add(rel);
      continue;
    }
    all ??= await headFiles(ctx);
    const matcher = picomatch(entry);
    const matches = all.filter((p) => matcher(p));
    if (!matches.length)
      throw new UsageError(`${entry}: no such file, and no file in the repository matches it as a glob`);
    for (const m of matches) out.add(m);
  }
  return [...out];
}

/** From this many arguments in one folder on, one readdir answers for all of them instead of a stat each. */
const LIST_FOLDER_FROM = 16;

/**
 * "Is this path a regular file?" for many paths (`lint FILES…` may name thousands, mostly in one folder):
 * a folder named often is listed once with file types; other paths, symbolic links and names the
 * listing lacks (another spelling on a case-insensitive disk) are stat'ed. What cannot be read is not a file.
 */
function fileTest(paths: readonly string[]): (path: string) => boolean {
  const perFolder = new Map<string, number>();
  for (const path of paths) {
    const folder = folderOf(path);
    perFolder.set(folder, (perFolder.get(folder) ?? 0) + 1);
  }
  const listings = new Map<string, Map<string, Dirent>>();
  for (const [folder, count] of perFolder) {
    if (count < LIST_FOLDER_FROM) continue;
    try {
      listings.set(folder, new Map(readdirSync(folder, { withFileTypes: true }).map((d) => [d.name, d])));
    } catch {
      // Unreadable: each path falls back to its own stat.
    }
  }
  return (path) => {
    const cut = path.lastIndexOf(sep);
    const entry = listings.get(folderOf(path))?.get(path.slice(cut + 1));
    if (entry && !entry.isSymbolicLink()) return entry.isFile();
    try {
      return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
    } catch {
      return false;
    }
  };
}

/** The folder of a resolved path, as path.dirname gives it without its checks (~10 ms on 2,000 paths). */
function folderOf(path: string): string {
  const cut = path.lastIndexOf(sep);
  // A root keeps its separator: `/` and `C:\`.
  return cut > 0 && path[cut - 1] !== ':' ? path.slice(0, cut) : path.slice(0, cut + 1);
}
