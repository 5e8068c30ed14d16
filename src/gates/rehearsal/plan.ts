import type { Finding } from '../../core/finding.js';
import type { GateContext } from '../gate.js';
import type { MigrationLayoutId } from '../migrations/config.js';
import { discoverMigrations } from '../migrations/discover.js';
import { layoutById } from '../migrations/layouts.js';
import type { MigrationFile } from '../../sql/model.js';
import { readHeadSource } from '../migrations/read-source.js';
import { discoverHeadMigrations } from '../migrations/select.js';
import { rehearsalFinding } from './findings.js';

/** A migration file and its text at the ref it is applied from; `section` picks dbmate's half. */
export interface SourceFile {
  file: MigrationFile;
  text: string;
  section: 'up' | 'down';
}

/** What a rehearsal of one layout applies, in order. */
export interface LayoutPlan {
  layout: MigrationLayoutId;
  /** The base's up migrations: production's schema before this change. */
  base: SourceFile[];
  /** Up migrations this change adds. */
  added: SourceFile[];
  /** Whether the layout has down migrations at all (golang-migrate, Flyway, dbmate). */
  hasDown: boolean;
  /** The down migration of each added up migration, by the up's path; undefined when it has none. */
  downs: Map<string, SourceFile | undefined>;
}

export interface RehearsalPlan {
  layouts: LayoutPlan[];
  /** Files that cannot be read as SQL. */
  problems: Finding[];
  /** Layouts with migrations in the repository, for the "nothing new" summary. */
  discovered: MigrationLayoutId[];
}

/**
 * Base migrations come from the base commit (what production ran); added migrations are the head's
 * migrations whose path the base does not have. Without a base, every migration counts as added.
 */
export async function planRehearsal(ctx: GateContext): Promise<RehearsalPlan> {
  const config = ctx.settings.config.migrations;
  // The whole head tree: an added up migration's down file may sit anywhere in it (Flyway U files).
  const discovery = await discoverHeadMigrations(ctx);
  const problems: Finding[] = [];
  const base = ctx.base;
  const baseFiles = base
    ? (await discoverMigrations(await ctx.git.listFilesAt(base), config, (p) => ctx.git.readFileAt(base, p)))
        .files
    : [];
  const basePaths = new Set(baseFiles.map((f) => f.path));

  const readHead = async (file: MigrationFile, section: 'up' | 'down'): Promise<SourceFile | undefined> => {
    const source = await readHeadSource(ctx, file.path);
    if (!source) return undefined;
    if ('problem' in source) {
      problems.push(
        rehearsalFinding('migration-failed', 'error', {
          file: file.path,
          message: `Cannot rehearse this migration: ${source.problem}.`,
        }),
      );
      return undefined;
    }
    return { file, text: source.text, section };
  };

  const layouts: LayoutPlan[] = [];
  for (const layoutId of discovery.layouts) {
    const layout = layoutById(layoutId);
    const headOfLayout = discovery.files.filter((f) => f.layout === layoutId);
    const addedFiles = headOfLayout.filter((f) => f.direction === 'up' && !basePaths.has(f.path));
    if (!addedFiles.length) continue;
    const plan: LayoutPlan = {
      layout: layoutId,
      base: [],
      added: [],
      hasDown: layout.down !== undefined,
      downs: new Map(),
    };
    for (const file of baseFiles.filter((f) => f.layout === layoutId && f.direction === 'up')) {
      const text = await ctx.git.readFileAt(base!, file.path);
      if (text !== undefined) plan.base.push({ file, text, section: 'up' });
    }
    for (const file of addedFiles) {
      const source = await readHead(file, 'up');
      if (!source) continue;
      plan.added.push(source);
      if (!layout.down) continue;
      const downFile = layout.down.fileOf(file, headOfLayout);
      plan.downs.set(file.path, downFile ? await readHead(downFile, 'down') : undefined);
    }
    if (plan.added.length) layouts.push(plan);
  }
  return { layouts, problems, discovered: discovery.layouts };
}
