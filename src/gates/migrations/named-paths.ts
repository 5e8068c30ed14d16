import { readdirSync, statSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { UsageError } from '../../core/errors.js';
import type { GateContext } from '../gate.js';
import type { MigrationsConfig } from './config.js';
import { discoverMigrations } from './discover.js';
import type { ReadText } from './discover.js';
import type { LayoutFolders } from './layout-folders.js';
import type { MigrationFile } from '../../sql/model.js';

// What the arguments of `lint FILES…` name: files (each must be a migration), folders (the migrations a
// layout finds in them) and globs over the repository's files.

/**
 * Explicit arguments: existing files relative to the current directory, folders (`inFolders`: every file
 * of the repository under them, for discovery to pick the migrations from), or globs over the repository. `named` maps the files named one by one to the
 * argument that named them: those must be migrations (namedButNotLinted), while a folder or glob may
 * also hold other files (a README, drizzle-kit's meta/ JSON).
 */
export async function resolveExplicit(
  ctx: GateContext,
  entries: readonly string[],
  headFiles: () => Promise<string[]>,
): Promise<{ paths: string[]; named: Map<string, string>; inFolders: Map<string, string[]> }> {
  const out = new Set<string>();
  const inFolders = new Map<string, string[]>();
  const named = new Map<string, string>();
  let all: string[] | undefined;
  const fulls = entries.map((entry) => (isAbsolute(entry) ? entry : resolve(ctx.settings.run.cwd, entry)));
  const isFile = fileTest(fulls);
  const inRepository = (entry: string, full: string, folder = false) => {
    const rel = relative(ctx.git.root, full).split('\\').join('/');
    if (rel === '..' || rel.startsWith('../') || isAbsolute(rel))
      throw new UsageError(
        folder
          ? `${entry}: a folder outside the repository at ${ctx.git.root}; name its files (e.g. ${entry.replace(/\/+$/, '')}/*.sql) to lint them without history`
          : `${entry}: outside the repository at ${ctx.git.root}`,
      );
    return rel;
  };
  for (const [i, entry] of entries.entries()) {
    const full = fulls[i]!;
    if (isFile(full)) {
      const rel = inRepository(entry, full);
      out.add(rel);
      named.set(rel, entry);
      continue;
    }
    all ??= await headFiles();
    if (isFolder(full)) {
      const rel = inRepository(entry, full, true);
      const prefix = rel === '' ? '' : `${rel}/`;
      const inside = all.filter((p) => p.startsWith(prefix));
      if (!inside.length)
        throw new UsageError(
          `${entry}: a folder with no files of the repository in it; name migration files, a folder holding them, or a glob`,
        );
      inFolders.set(entry, inside);
      continue;
    }
    const matcher = picomatch(entry);
    const matches = all.filter((p) => matcher(p));
    if (!matches.length)
      throw new UsageError(`${entry}: no such file, and no file in the repository matches it as a glob`);
    for (const m of matches) out.add(m);
  }
  return { paths: [...out], named, inFolders };
}

/** The migrations of each named folder; a folder holding none is a usage error, as a glob matching nothing is. */
export async function folderMigrations(
  inFolders: ReadonlyMap<string, readonly string[]>,
  config: MigrationsConfig,
  read: ReadText,
  folders: LayoutFolders,
): Promise<string[]> {
  const out: string[] = [];
  for (const [entry, inside] of inFolders) {
    // Files there that the runner passes over by name come too: they are reported (skipped-migration-file).
    const { files, skipped } = await discoverMigrations(inside, config, read, folders);
    const found = [...files, ...skipped];
    if (!files.length && !skipped.length)
      throw new UsageError(
        `${entry}: a folder holding no migration file (Supabase, Prisma, Drizzle, Flyway, golang-migrate, dbmate or plain SQL); name its .sql files or a glob to lint them anyway`,
      );
    out.push(...found.map((f) => f.path));
  }
  return out;
}

/**
 * A file named on its own is a promise to lint it: one that is no migration is a usage error (exit 2),
 * never a green "no migration files found". Named files that `migrations.exclude` leaves out are
 * returned, for the summary; when they were all there was, that is an error too.
 */
export function namedButNotLinted(
  named: ReadonlyMap<string, string>,
  files: readonly Pick<MigrationFile, 'path'>[],
  exclude: readonly string[],
): string[] {
  const linted = new Set(files.map((f) => f.path));
  const excludedBy = exclude.length ? picomatch([...exclude]) : () => false;
  const excluded: string[] = [];
  for (const [path, entry] of named) {
    if (linted.has(path)) continue;
    if (!path.endsWith('.sql'))
      throw new UsageError(
        `${entry}: not a migration (lint takes .sql migration files, folders holding them, or globs); leave it out of the arguments`,
      );
    if (excludedBy(path)) excluded.push(path);
  }
  if (excluded.length && !files.length)
    throw new UsageError(
      `${named.get(excluded[0]!)}: left out by migrations.exclude${excluded.length > 1 ? ` (and ${excluded.length - 1} more named file(s))` : ''}, so nothing would be linted; remove it from exclude or name other files`,
    );
  return excluded;
}

export function listed(entries: readonly string[]): string {
  return entries.length > 3
    ? `${entries.slice(0, 3).join(', ')} and ${entries.length - 3} more`
    : entries.join(', ');
}

/** Whether a path is a folder; what cannot be stat'ed is not one. */
export function isFolder(full: string): boolean {
  try {
    return statSync(full, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
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
