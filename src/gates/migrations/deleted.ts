import type { Finding } from '../../core/finding.js';
import type { ChangedFile } from '../../git/git.js';
import type { GateContext } from '../gate.js';
import { discoverMigrations } from './discover.js';
import { docsUrl } from './engine.js';
import { findLayoutFolders } from './layout-folders.js';
import { layoutById } from './layouts.js';
import type { MigrationFile } from '../../sql/model.js';

/**
 * The up migrations of the base that the change's tree no longer has under the name their runner
 * records (a deleted file, or one renamed so its version changed). A file moved to another folder under
 * the same name keeps its identity and is not counted. Costs nothing unless a `.sql` file disappeared.
 */
export async function deletedMigrations(
  ctx: GateContext,
  headPaths: readonly string[],
  headMigrations: () => Promise<readonly MigrationFile[]>,
): Promise<MigrationFile[]> {
  const base = ctx.base;
  if (!base) return [];
  const inHead = new Set(headPaths);
  const before = ctx.git.changedPaths
    ? await ctx.git.changedPaths(base, ctx.worktree ? undefined : ctx.head)
    : await ctx.git.listFilesAt(base);
  const gone = before.filter((path) => path.endsWith('.sql') && !inHead.has(path));
  if (!gone.length) return [];
  // Classified as the base had them: its folders (a Prisma lock file may be gone too) and its contents.
  const readBase = (path: string) => ctx.git.readFileAt(base, path);
  const config = ctx.settings.config.migrations;
  const folders = await findLayoutFolders(await ctx.git.listFilesAt(base), readBase, config.paths);
  const found = await discoverMigrations(gone, config, readBase, folders);
  const ups = found.files.filter((f) => f.direction === 'up');
  if (!ups.length) return [];
  const kept = new Set((await headMigrations()).map((f) => `${f.direction}\0${f.version}`));
  return ups.filter((f) => !kept.has(`up\0${f.version}`));
}

/**
 * One blocking finding per shipped migration the change deleted or renamed away. A migration the newest
 * release tag before the change does not have was merged but never released: production has not run
 * it, so that is a warning about the other databases that did (as edited-shipped-migration says for an
 * edit), never "already shipped" beside it.
 */
export async function deletedShippedFindings(
  ctx: GateContext,
  deleted: readonly MigrationFile[],
  changes: ReadonlyMap<string, ChangedFile>,
  release: () => Promise<{ ref: string; label: string } | undefined>,
): Promise<Finding[]> {
  if (!deleted.length) return [];
  const tag = await release();
  const unreleased = new Set<string>();
  if (tag)
    for (const file of deleted)
      if ((await ctx.git.readFileAt(tag.ref, file.path)) === undefined) unreleased.add(file.path);
  const renames = renamedTo(changes);
  return deleted.map((file) =>
    unreleased.has(file.path) && tag
      ? unreleasedFinding(ctx, file, renames.get(file.path), tag.label)
      : shippedFinding(ctx, file, renames.get(file.path)),
  );
}

function unreleasedFinding(
  ctx: GateContext,
  file: MigrationFile,
  to: string | undefined,
  tagLabel: string,
): Finding {
  const label = ctx.base ? `the base commit ${ctx.base.slice(0, 7)}` : 'the base';
  return {
    gate: 'migrations',
    rule: 'deleted-shipped-migration',
    severity: 'warning',
    file: file.path,
    message:
      `This migration is merged (it is in ${label}) but in no release yet (${tagLabel.replace(/^release tag /, '')} does not have it), ` +
      `and ${to ? `was renamed here to ${to}` : 'was deleted here'}: production has not run it, but every database that ran it ` +
      `(staging, previews, developers') keeps its changes and its history entry and drifts from fresh ones.`,
    help: to
      ? `If a shared database ran it, rename ${to} back to ${file.path}; otherwise reset those databases after merging.`
      : 'If a shared database ran it, restore the file and undo it in a new migration; otherwise reset those databases after merging.',
    docs: docsUrl('deleted-shipped-migration'),
    class: 'unknown',
  };
}

function renamedTo(changes: ReadonlyMap<string, ChangedFile>): Map<string, string> {
  const out = new Map<string, string>();
  for (const change of changes.values()) if (change.from) out.set(change.from, change.path);
  return out;
}

function shippedFinding(ctx: GateContext, file: MigrationFile, to: string | undefined): Finding {
  const label = ctx.base ? `the base commit ${ctx.base.slice(0, 7)}` : 'the base';
  const layout = layoutById(file.layout);
  const what = to
    ? `was renamed here to ${to}, which ${layout.name} treats as a new migration`
    : 'was deleted here';
  return {
    gate: 'migrations',
    rule: 'deleted-shipped-migration',
    severity: 'error',
    file: file.path,
    message:
      `This migration already shipped (it is in ${label}) and ${what}; databases that ran it keep its ` +
      `changes and its entry in the migration history, while a fresh environment built from the ` +
      `migrations never gets them, so production and fresh environments drift apart.` +
      (layout.whenDeleted ? ` ${layout.whenDeleted}` : ''),
    help: to
      ? `Keep the shipped name: rename ${to} back to ${file.path}, and put any change in a new migration.`
      : 'Restore the file as it shipped; to undo what it did, write a new migration.',
    docs: docsUrl('deleted-shipped-migration'),
    class: 'unknown',
  };
}
