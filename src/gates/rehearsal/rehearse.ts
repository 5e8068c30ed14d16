import type { Finding } from '../../core/finding.js';
import type { Logger } from '../../core/gate.js';
import type { Database } from '../../db/database.js';
import { diffSnapshots, takeSnapshot } from '../../db/schema-snapshot.js';
import type { SchemaSnapshot } from '../../db/schema-snapshot.js';
import type { MigrationsConfig } from '../migrations/config.js';
import { layoutById } from '../migrations/layouts.js';
import type { MigrationFile } from '../../sql/model.js';
import { parseMigration } from '../migrations/layouts/parse-migration.js';
import { applyParsed } from './apply.js';
import { rehearsalFinding } from './findings.js';
import type { ApplyContext, ApplyResult } from './apply.js';
import type { Deadline } from './deadline.js';
import { checkDownMigrations, missingDownFindings } from './down.js';
import type { AppliedUp } from './down.js';
import type { LayoutPlan, SourceFile } from './plan.js';
import { classifyChanges } from './schema-diff.js';
import type { ClassifiedChange } from './schema-diff.js';
import { describeSeeded, seedTables } from './seed.js';
import type { SeededTable } from './seed.js';
import { seedTargets } from './seed-targets.js';
import { applySupabaseShim } from './supabase-shim.js';
import { createRunnerTables } from './runner-tables.js';

export interface FileRun {
  file: string;
  phase: 'base' | 'seed' | 'new' | 'down';
  /** `skipped`: every statement was skipped (an extension could not be created), so nothing was rehearsed. */
  status: 'applied' | 'failed' | 'not-run' | 'skipped';
  ms: number;
  statements: number;
}

export interface LayoutRehearsal {
  layout: string;
  /** passed: everything applied; failed: a new migration (or its down) failed; stopped: the environment could not go on. */
  outcome: 'passed' | 'failed' | 'stopped';
  findings: Finding[];
  files: FileRun[];
  seeded: SeededTable[];
  /** Schema changes base → head, classified for the previous release. */
  changes: ClassifiedChange[];
  downsChecked: number;
  timings: { baseMs: number; seedMs: number; applyMs: number; downMs: number };
}

export interface RehearsalOptions {
  db: Database;
  config: MigrationsConfig;
  requireDown: 'warning' | 'error' | 'off';
  /** The user's seed SQL, read from the change's tree. */
  seed?: SourceFile;
  deadline: Deadline;
  log: Logger;
}

/**
 * Rehearse one layout on a fresh database: base migrations → snapshot → seed → each new migration as
 * its runner applies it → down migrations newest first, each compared with the schema before its up.
 */
export async function rehearseLayout(plan: LayoutPlan, options: RehearsalOptions): Promise<LayoutRehearsal> {
  const { db, log } = options;
  const missingExtensions = new Set<string>();
  const context = (what: string, failureRule: string): ApplyContext => ({
    db,
    config: options.config,
    deadline: options.deadline,
    missingExtensions,
    failureRule,
    what,
  });
  const result: LayoutRehearsal = {
    layout: plan.layout,
    outcome: 'passed',
    findings: [],
    files: [],
    seeded: [],
    changes: [],
    downsChecked: 0,
    timings: { baseMs: 0, seedMs: 0, applyMs: 0, downMs: 0 },
  };
  const notRun = (sources: readonly SourceFile[], phase: FileRun['phase']) => {
    for (const s of sources)
      result.files.push({ file: s.file.path, phase, status: 'not-run', ms: 0, statements: 0 });
  };
  const record = (path: string, phase: FileRun['phase'], outcome: ApplyResult) => {
    const allSkipped = outcome.statements > 0 && outcome.skipped === outcome.statements;
    const status = !outcome.ok ? 'failed' : allSkipped ? 'skipped' : 'applied';
    result.files.push({ file: path, phase, status, ms: outcome.ms, statements: outcome.statements });
    result.findings.push(...outcome.findings);
  };

  // 1. The base: production's schema before this change.
  let clock = Date.now();
  let shimProblems: string[] = [];
  if (layoutById(plan.layout).assumesSupabasePlatform) {
    shimProblems = await applySupabaseShim(db);
    for (const p of shimProblems) log.warn(`Supabase stand-in not fully created: ${p}`);
  }
  for (const p of await createRunnerTables(db, [plan.layout])) log.warn(`not created: ${p}`);
  for (const [index, source] of plan.base.entries()) {
    const outcome = await applyParsed(
      parseSource(source),
      context('base migration', 'base-migration-failed'),
    );
    record(source.file.path, 'base', { ...outcome, findings: outcome.findings.map(baseFailure) });
    if (!outcome.ok) {
      notRun(plan.base.slice(index + 1), 'base');
      notRun(plan.added, 'new');
      result.outcome = 'stopped';
      result.timings.baseMs = Date.now() - clock;
      result.findings.push(...nothingRehearsed(result, layoutById(plan.layout).name, shimProblems));
      return result;
    }
  }
  let baseSnapshot = await takeSnapshot(db);
  result.timings.baseMs = Date.now() - clock;

  // 2. Seed: existing rows in every table the new migrations touch, plus the user's own seed file.
  clock = Date.now();
  const parsedAdded = plan.added.map(parseSource);
  if (options.seed) {
    const outcome = await applyParsed(parseSource(options.seed), context('seed file', 'seed-failed'));
    record(options.seed.file.path, 'seed', outcome);
    // A seed file may create helpers (tables, functions): they are part of the starting point, not of the change.
    baseSnapshot = await takeSnapshot(db);
  }
  result.seeded = await seedTables(db, seedTargets(parsedAdded));
  for (const s of result.seeded) log.info(`  seeded ${describeSeeded(s)}`);
  result.findings.push(...result.seeded.flatMap(notSeeded));
  result.timings.seedMs = Date.now() - clock;

  // 3. The new migrations, one file at a time.
  clock = Date.now();
  const applied: AppliedUp[] = [];
  let before: SchemaSnapshot = baseSnapshot;
  for (const [index, parsed] of parsedAdded.entries()) {
    const outcome = await applyParsed(parsed, context('migration', 'migration-failed'));
    record(parsed.file.path, 'new', outcome);
    if (!outcome.ok) {
      notRun(plan.added.slice(index + 1), 'new');
      result.outcome = outcome.environmental ? 'stopped' : 'failed';
      break;
    }
    applied.push({ source: plan.added[index]!, before });
    // Snapshots between files are only needed to check each down migration against its own up.
    if (plan.hasDown) before = await takeSnapshot(db);
  }
  result.timings.applyMs = Date.now() - clock;
  result.findings.push(...missingDownFindings(plan, options.requireDown));
  if (result.outcome !== 'failed')
    result.findings.push(...nothingRehearsed(result, layoutById(plan.layout).name, shimProblems));
  if (result.outcome !== 'passed') return result;

  const headSnapshot = plan.hasDown ? before : await takeSnapshot(db);
  result.changes = classifyChanges(diffSnapshots(baseSnapshot, headSnapshot));

  // 4. Down migrations, newest first.
  if (plan.hasDown) {
    clock = Date.now();
    const downs = await checkDownMigrations(db, plan, applied, context('down migration', 'migration-failed'));
    result.downsChecked = downs.checked;
    result.findings.push(...downs.findings);
    for (const run of downs.runs) result.files.push({ ...run, phase: 'down' });
    if (downs.findings.some((f) => f.severity === 'error')) result.outcome = 'failed';
    result.timings.downMs = Date.now() - clock;
  }
  return result;
}

/**
 * A rehearsal that applied none of the new migrations proved nothing, whatever stopped it: that is a
 * blocking finding naming the cause, never a pass. (A new migration's own failure already blocks.)
 */
function nothingRehearsed(
  result: LayoutRehearsal,
  layoutName: string,
  shimProblems: readonly string[],
): Finding[] {
  const added = result.files.filter((f) => f.phase === 'new');
  if (!added.length || added.some((f) => f.status === 'applied')) return [];
  const stop = result.findings.find((f) => f.severity !== 'notice' && f.rule !== 'missing-down-migration');
  const skipped = result.findings.filter((f) => f.rule === 'extension-unavailable');
  const where = (f: Finding) => `${f.file ?? ''}${f.line ? `:${f.line}` : ''}`;
  const cause = stop
    ? `${stop.rule === 'base-migration-failed' ? 'a base migration failed' : 'the rehearsal stopped'} at ${where(stop)}: ${stop.message}`
    : skipped.length
      ? `every statement was skipped: ${skipped.map((f) => `${where(f)}: ${f.message}`).join(' ')}`
      : 'nothing was applied';
  const shim = shimProblems.length
    ? ` The Supabase stand-in was not fully created: ${shimProblems.join('; ')}.`
    : '';
  return [
    rehearsalFinding('nothing-rehearsed', 'error', {
      message: `None of the ${added.length} new ${layoutName} migration(s) was rehearsed, so this rehearsal proves nothing: ${cause}${shim}`,
      help:
        stop?.help ?? 'Pass database-url pointing at a Postgres server that has what the migrations need.',
    }),
  ];
}

/** A seed row the schema rejected means the migrations ran on an empty table: the report must say so. */
function notSeeded(seeded: SeededTable): Finding[] {
  if (!seeded.skipped) return [];
  const empty = seeded.rows + seeded.existingRows === 0;
  return [
    rehearsalFinding('table-not-seeded', 'warning', {
      message: empty
        ? `The rehearsal could not put a row into ${seeded.table} (${seeded.skipped}), so the new migrations ran on an empty ${seeded.table}: what existing rows would do (NULLs, duplicates) was not tested there.`
        : `The rehearsal could not add its duplicate row to ${seeded.table} (${seeded.skipped}), so the new unique index or constraint there was not tested against duplicates.`,
      help: 'Add realistic rows for the table with rehearsal.seed (a SQL file run after the base migrations).',
    }),
  ];
}

function parseSource(source: SourceFile) {
  return parseMigration(source.file, source.text, source.section);
}

/** A base migration that does not apply is not this change's fault, but nothing after it can be rehearsed. */
function baseFailure(f: Finding): Finding {
  if (f.rule !== 'base-migration-failed') return f;
  return {
    ...f,
    severity: 'warning',
    message: `${f.message} This migration is already on the base branch, so the change's own migrations could not be rehearsed.`,
  };
}

/** The user's seed file as a plain SQL file (each statement on its own). */
export function seedSource(path: string, text: string): SourceFile {
  const file: MigrationFile = { path, layout: 'plain', direction: 'up', version: path };
  return { file, text, section: 'up' };
}
