import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { UsageError } from '../../core/errors.js';
import type { GateContext } from '../../core/gate.js';
import type { ChangedFile } from '../../git/git.js';
import { discoverMigrations } from './discover.js';
import type { Discovery } from './discover.js';
import type { MigrationFile } from './model.js';
import { readHeadSource } from './read-source.js';

export interface Selection {
  /** The migrations to lint, in run order. */
  files: MigrationFile[];
  /** How each selected file changed (absent for explicit files). */
  changes: Map<string, ChangedFile>;
  /** Layouts found among all migrations of the repository. */
  discovery: Discovery;
  mode: 'explicit' | 'changed' | 'no-base';
}

/** All files of the change's tree: the head commit, or the work tree plus untracked files. */
async function headFiles(ctx: GateContext): Promise<string[]> {
  const tracked = await ctx.git.listFilesAt(ctx.head);
  if (!ctx.worktree) return tracked;
  const untracked = await ctx.git.untrackedFiles();
  return [...new Set([...tracked, ...untracked])].filter((p) => existsSync(join(ctx.git.root, p)));
}

const readFor = (ctx: GateContext) => async (path: string) => {
  const source = await readHeadSource(ctx, path);
  return source && 'text' in source ? source.text : undefined;
};

/**
 * `lint FILES…` (or the action's `paths`) lints exactly those; otherwise the migrations added or
 * changed since the base.
 */
export async function selectMigrations(ctx: GateContext): Promise<Selection> {
  const config = ctx.settings.config.migrations;
  const all = await headFiles(ctx);
  const discovery = await discoverMigrations(all, config, readFor(ctx));
  const explicit = ctx.settings.run.files;
  if (explicit.length) {
    const paths = resolveExplicit(ctx, explicit, all);
    const found = await discoverMigrations(paths, { ...config, paths: ['**/*.sql', '*.sql'] }, readFor(ctx));
    return { files: found.files, changes: new Map(), discovery, mode: 'explicit' };
  }
  if (!ctx.base) return { files: [], changes: new Map(), discovery, mode: 'no-base' };
  const changed = await ctx.git.changedFiles(ctx.base, ctx.worktree ? undefined : ctx.head);
  const changes = new Map(changed.map((c) => [c.path, c]));
  if (ctx.worktree) {
    for (const path of await ctx.git.untrackedFiles()) if (!changes.has(path)) changes.set(path, { path, status: 'added' });
  }
  const files = discovery.files.filter((f) => changes.has(f.path));
  return { files, changes, discovery, mode: 'changed' };
}

/** Explicit arguments: existing files relative to the current directory, or globs over the repository. */
function resolveExplicit(ctx: GateContext, entries: readonly string[], all: readonly string[]): string[] {
  const out = new Set<string>();
  for (const entry of entries) {
    const full = isAbsolute(entry) ? entry : resolve(ctx.settings.run.cwd, entry);
    if (existsSync(full) && statSync(full).isFile()) {
      const rel = relative(ctx.git.root, full).split('\\').join('/');
      if (rel.startsWith('..')) throw new UsageError(`${entry}: outside the repository at ${ctx.git.root}`);
      out.add(rel);
      continue;
    }
    const matcher = picomatch(entry);
    const matches = all.filter((p) => matcher(p));
    if (!matches.length) throw new UsageError(`${entry}: no such file, and no file in the repository matches it as a glob`);
    for (const m of matches) out.add(m);
  }
  return [...out];
}
