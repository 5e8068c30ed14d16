/**
 * The fallback check's database steps (I/O): bring a throwaway database to the schema the fallback
 * release ran on (its migrations and seed), then past it (the change's migrations and what the new
 * release writes). Each step either continues or returns the outcome the check stops with.
 */
import type { Finding } from '../../../core/finding.js';
import type { GateOutcome } from '../../../core/gate.js';
import type { LocalDatabase } from '../../../db/connect.js';
import type { MigrationFile } from '../../../sql/model.js';
import { parseMigration } from '../../migrations/layouts/parse-migration.js';
import { gitTree } from '../../../schema-sources/sources.js';
import type { TreeReader } from '../../../schema-sources/sources.js';
import type { GateContext } from '../../gate.js';
import { discoverMigrations } from '../../migrations/discover.js';
import type { FallbackRelease } from '../../migrations/fallback/fallback.js';
import { sqlReader } from '../../migrations/fallback/history.js';
import { changeTree } from '../../migrations/fallback/migrations-review.js';
import { applyParsed } from '../apply.js';
import type { ApplyContext } from '../apply.js';
import type { Deadline } from '../deadline.js';
import { applySupabaseShim } from '../supabase-shim.js';
import { createRunnerTables } from '../runner-tables.js';
import { layoutById } from '../../migrations/layouts.js';
import { commandEnv, runCommand } from './fallback-command.js';
import type { FallbackCheckConfig } from './fallback-check-config.js';
import { commandFailure, fallbackMigrationStop, newerMigrations, stopSummaries } from './fallback-verdict.js';

export interface MigrateStep {
  ctx: GateContext;
  db: LocalDatabase;
  deadline: Deadline;
  fallback: FallbackRelease;
  check: FallbackCheckConfig;
  /** Findings so far; each step adds its own. */
  findings: Finding[];
}

/** The step stopped the check with this outcome. */
export type Stopped = { stopped: GateOutcome };

async function upMigrations(
  tree: TreeReader,
  ctx: GateContext,
): Promise<{ files: MigrationFile[]; read: (p: string) => Promise<string | undefined> }> {
  const all = await tree.list();
  const read = await sqlReader(tree, all);
  const discovery = await discoverMigrations(all, ctx.settings.config.migrations, read);
  return { files: discovery.files.filter((f) => f.direction === 'up'), read };
}

function applyAs(step: MigrateStep, what: string, failureRule: string): ApplyContext {
  return {
    db: step.db,
    config: step.ctx.settings.config.migrations,
    deadline: step.deadline,
    missingExtensions: new Set(),
    failureRule,
    what,
  };
}

/** A SQL file applied as a whole (a seed, the new release's writes). */
function sqlFile(path: string, version: string): MigrationFile {
  return { path, layout: 'plain', direction: 'up', version };
}

/** The fallback release's migrations, then its seed. Returns the migrations it ran. */
export async function migrateAsFallback(step: MigrateStep): Promise<{ files: MigrationFile[] } | Stopped> {
  const { ctx, fallback, check, findings } = step;
  const old = await upMigrations(gitTree(ctx.git, fallback.ref), ctx);
  if (old.files.some((f) => layoutById(f.layout).assumesSupabasePlatform)) await applySupabaseShim(step.db);
  await createRunnerTables(
    step.db,
    old.files.map((f) => f.layout),
  );
  for (const file of old.files) {
    const text = await old.read(file.path);
    if (text === undefined) continue;
    const result = await applyParsed(
      parseMigration(file, text, 'up'),
      applyAs(step, `migration of ${fallback.label}`, 'base-migration-failed'),
    );
    if (!result.ok) {
      const stop = fallbackMigrationStop(fallback.label, result.findings);
      return { stopped: { ...stop, findings: [...findings, ...stop.findings] } };
    }
  }
  if (check.seed) {
    const seed = await ctx.git.readFileAt(fallback.ref, check.seed);
    if (seed === undefined)
      throw new Error(`rehearsal.fallback-check.seed: ${check.seed} does not exist in ${fallback.label}`);
    const result = await applyParsed(
      parseMigration(sqlFile(check.seed, check.seed), seed),
      applyAs(step, 'seed file', 'seed-failed'),
    );
    findings.push(...result.findings);
    if (!result.ok)
      return { stopped: { findings, summary: stopSummaries.seed(fallback.label), skipped: true } };
  }
  return { files: old.files };
}

/**
 * The change's migrations newer than the fallback release, then what the new release writes (a SQL
 * file, or a command given DATABASE_URL). Returns the newer migrations.
 */
export async function migratePastFallback(
  step: MigrateStep,
  fallbackFiles: readonly MigrationFile[],
  url: string,
  remainingMs: () => number,
): Promise<{ newer: MigrationFile[] } | Stopped> {
  const { ctx, check, findings } = step;
  const headTree = changeTree(ctx);
  const current = await upMigrations(headTree, ctx);
  const newer = newerMigrations(fallbackFiles, current.files);
  for (const file of newer) {
    const text = await current.read(file.path);
    if (text === undefined) continue;
    const result = await applyParsed(
      parseMigration(file, text, 'up'),
      applyAs(step, 'migration', 'migration-failed'),
    );
    findings.push(...result.findings);
    if (!result.ok) return { stopped: { findings, summary: stopSummaries.migration(file.path) } };
  }
  const newWrites = check['new-writes'];
  if (newWrites) {
    const text = await headTree.read(newWrites);
    if (text === undefined)
      throw new Error(`rehearsal.fallback-check.new-writes: ${newWrites} does not exist`);
    const result = await applyParsed(
      parseMigration(sqlFile(newWrites, ''), text),
      applyAs(step, 'new-writes file', 'seed-failed'),
    );
    findings.push(...result.findings);
    if (!result.ok) return { stopped: { findings, summary: stopSummaries.newWritesFile() } };
  }
  const command = check['new-writes-command'];
  if (command) {
    const run = await runCommand(command, ctx.git.root, commandEnv({ DATABASE_URL: url }), remainingMs());
    if (run.outcome !== 'passed') {
      findings.push(commandFailure(`The new-writes command \`${command}\``, run, 'warning'));
      return { stopped: { findings, summary: stopSummaries.newWritesCommand() } };
    }
  }
  return { newer };
}
