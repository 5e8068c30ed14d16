import type { Finding } from '../../core/finding.js';
import type { GateOutcome } from '../../core/gate.js';
import type { Gate, GateContext } from '../gate.js';
import { UsageError } from '../../core/errors.js';
import { interrupted } from '../../db/cleanup.js';
import { openDatabase } from '../../db/connect.js';
import type { Database } from '../../db/database.js';
import { DatabaseUnavailableError } from '../../db/database.js';
import { layoutById } from '../migrations/layouts.js';
import { withRunnerVersions } from '../migrations/runner-config.js';
import { ensureParser } from '../../sql/parse.js';
import { readHeadSource } from '../migrations/read-source.js';
import { Deadline, RehearsalTimeout } from './deadline.js';
import { rehearsalFinding } from './findings.js';
import { planRehearsal } from './plan.js';
import type { LayoutPlan, SourceFile } from './plan.js';
import { rehearseLayout, seedSource } from './rehearse.js';
import type { LayoutRehearsal } from './rehearse.js';
import { summarizeChanges } from './schema-diff.js';

/** The `rehearsal` field of the JSON report. */
export interface RehearsalData {
  ran: boolean;
  reason?: string;
  engine?: Database['kind'];
  /** Which database was used, in words. */
  server?: string;
  serverVersion?: number;
  timings?: {
    startMs: number;
    baseMs: number;
    seedMs: number;
    applyMs: number;
    downMs: number;
    totalMs: number;
  };
  /** Per layout: files applied with timings, rows seeded, schema changes (findings are in the report). */
  layouts?: Omit<LayoutRehearsal, 'findings'>[];
}

export interface RehearsalGateOptions {
  /** `rehearse` always runs; `check` only when `rehearsal.enabled`. */
  always: boolean;
  /** Test hook: how the database is opened. */
  open?: typeof openDatabase;
}

export function createRehearsalGate(options: RehearsalGateOptions): Gate {
  return {
    id: 'rehearsal',
    title: 'migration rehearsal',
    run: (ctx) => runRehearsal(ctx, options),
  };
}

/** Registered with `check`: runs only when `rehearsal.enabled: true`. */
export const rehearsalGate: Gate = createRehearsalGate({ always: false });

async function runRehearsal(ctx: GateContext, options: RehearsalGateOptions): Promise<GateOutcome> {
  const config = ctx.settings.config.rehearsal;
  const skip = (reason: string, findings: Finding[] = []): GateOutcome => ({
    findings,
    summary: reason,
    skipped: true,
    data: { rehearsal: { ran: false, reason } satisfies RehearsalData },
  });
  if (!options.always && !config.enabled)
    return skip('off (set rehearsal.enabled: true, or run `rollback-ready rehearse`)');

  await ensureParser();
  const plan = await planRehearsal(ctx);
  if (!plan.layouts.length) {
    const why = ctx.base
      ? 'no new migrations to rehearse'
      : 'no base to compare with and no migrations found';
    return skip(why, plan.problems);
  }
  const findings: Finding[] = [...plan.problems];
  const seed = config.seed ? await readSeed(ctx, config.seed, findings) : undefined;

  const started = Date.now();
  const data: RehearsalData = { ran: true, layouts: [] };
  const timings = { startMs: 0, baseMs: 0, seedMs: 0, applyMs: 0, downMs: 0, totalMs: 0 };
  for (const layoutPlan of plan.layouts) {
    const remaining = config.timeout - (Date.now() - started);
    const outcome = await rehearseOnFreshDatabase(ctx, options, layoutPlan, seed, remaining, data, timings);
    // One server version per run: say a mismatch once, not once per layout.
    findings.push(
      ...outcome.filter(
        (f) => f.rule !== 'server-version-mismatch' || !findings.some((g) => g.rule === f.rule),
      ),
    );
    if (outcome.some((f) => f.rule === 'database-unavailable' || f.rule === 'rehearsal-timeout')) break;
  }
  timings.totalMs = Date.now() - started;
  data.timings = timings;

  const changes = (data.layouts ?? []).flatMap((l) => l.changes);
  if (changes.length) {
    findings.push(
      rehearsalFinding('schema-changes', 'notice', {
        message: `Schema changes base → head: ${summarizeChanges(changes)}.`,
      }),
    );
  }
  return { findings, summary: summarize(data, findings), data: { rehearsal: data } };
}

async function rehearseOnFreshDatabase(
  ctx: GateContext,
  options: RehearsalGateOptions,
  plan: LayoutPlan,
  seed: SourceFile | undefined,
  remainingMs: number,
  data: RehearsalData,
  timings: NonNullable<RehearsalData['timings']>,
): Promise<Finding[]> {
  const config = ctx.settings.config.rehearsal;
  let db: Database;
  try {
    db = await (options.open ?? openDatabase)({
      ...(config['database-url'] ? { databaseUrl: config['database-url'] } : {}),
      engine: config.engine,
      preferMajor: ctx.settings.config.migrations['pg-version'],
      log: ctx.log,
    });
  } catch (error) {
    stopIfInterrupted();
    if (!(error instanceof DatabaseUnavailableError)) throw error;
    return [
      rehearsalFinding('database-unavailable', 'error', {
        message: `Cannot rehearse the migrations: ${error.message}.`,
        help: 'Install PostgreSQL, pass database-url, or use --engine pglite.',
      }),
    ];
  }
  data.engine = db.kind;
  data.server = db.describe();
  data.serverVersion = db.majorVersion;
  const versionFindings = versionMismatch(db, ctx.settings.config.migrations['pg-version']);
  timings.startMs += db.startupMs;
  const layout = layoutById(plan.layout).name;
  ctx.log.info(
    `rehearsal: ${plan.added.length} new ${layout} migration(s) on top of ${plan.base.length} from the base, on ${db.describe()} (ready in ${(db.startupMs / 1000).toFixed(1)} s)`,
  );
  const deadline = new Deadline(Math.max(remainingMs, 1), () => void db.close());
  try {
    const result = await rehearseLayout(plan, {
      db,
      // Prisma and the Supabase CLI apply a file differently from one release to the next: the lockfile says which.
      config: await withRunnerVersions(ctx, ctx.settings.config.migrations, [
        ...plan.base.map((s) => s.file),
        ...plan.added.map((s) => s.file),
      ]),
      requireDown: config['require-down'],
      ...(seed ? { seed } : {}),
      deadline,
      log: ctx.log,
    });
    // The findings are in the report already; the data keeps what they do not say.
    const { findings, ...rest } = result;
    data.layouts!.push(rest);
    timings.baseMs += result.timings.baseMs;
    timings.seedMs += result.timings.seedMs;
    timings.applyMs += result.timings.applyMs;
    timings.downMs += result.timings.downMs;
    return [...versionFindings, ...findings];
  } catch (error) {
    stopIfInterrupted();
    if (!(error instanceof RehearsalTimeout) && !deadline.expired) throw error;
    return [
      ...versionFindings,
      rehearsalFinding('rehearsal-timeout', 'error', {
        message: `The rehearsal of the ${layout} migrations did not finish within ${Math.round(config.timeout / 1000)} s (rehearsal.timeout); the database was stopped.`,
        help: 'Look for a migration that waits on a lock or runs a long data change; raise rehearsal.timeout if the work is expected.',
      }),
    ];
  } finally {
    deadline.clear();
    await db.close();
  }
}

/**
 * A statement valid only on a newer (or older) PostgreSQL than production's passes or fails here for
 * the wrong reason: say so whenever the server's major differs from migrations.pg-version.
 */
function versionMismatch(db: Database, productionMajor: number): Finding[] {
  if (!db.majorVersion || db.majorVersion === productionMajor) return [];
  return [
    rehearsalFinding('server-version-mismatch', 'warning', {
      message: `The rehearsal ran on PostgreSQL ${db.majorVersion} (${db.label}), but migrations.pg-version says production runs PostgreSQL ${productionMajor} (15 when unset): a statement that exists only in one of them can pass or fail here and do the opposite in production.`,
      help: `Rehearse on PostgreSQL ${productionMajor}: install its binaries (the matching major is preferred), or pass database-url for a server of that version; if production runs ${db.majorVersion}, set migrations.pg-version: ${db.majorVersion}.`,
    }),
  ];
}

async function readSeed(
  ctx: GateContext,
  path: string,
  findings: Finding[],
): Promise<SourceFile | undefined> {
  const clean = path.replace(/^\.\//, '');
  const source = await readHeadSource(ctx, clean);
  if (!source || 'problem' in source) {
    findings.push(
      rehearsalFinding('seed-failed', 'error', {
        file: clean,
        message: source
          ? `Cannot read the seed file: ${source.problem}.`
          : `The seed file ${clean} (rehearsal.seed) does not exist in the change.`,
        help: 'Point rehearsal.seed (or --seed) at a SQL file relative to the repository root.',
      }),
    );
    return undefined;
  }
  return seedSource(clean, source.text);
}

function summarize(data: RehearsalData, findings: readonly Finding[]): string {
  const layouts = data.layouts ?? [];
  if (!layouts.length) {
    const unavailable = findings.find(
      (f) => f.rule === 'database-unavailable' || f.rule === 'rehearsal-timeout',
    );
    return unavailable ? `could not rehearse: ${unavailable.rule.replace(/-/g, ' ')}` : 'nothing rehearsed';
  }
  const applied = layouts
    .flatMap((l) => l.files)
    .filter((f) => f.phase === 'new' && f.status === 'applied').length;
  const total = layouts.flatMap((l) => l.files).filter((f) => f.phase === 'new').length;
  const downs = layouts.reduce((n, l) => n + l.downsChecked, 0);
  const failed = findings.find((f) => f.severity === 'error' && f.file);
  const seconds = ((data.timings?.totalMs ?? 0) / 1000).toFixed(1);
  const parts = [
    `${applied} of ${total} new migration(s) applied on ${data.engine === 'database-url' ? 'the database-url server' : data.engine === 'local' ? `local PostgreSQL ${data.serverVersion}` : `PGlite (PostgreSQL ${data.serverVersion})`}`,
  ];
  if (downs) parts.push(`${downs} down migration(s) checked`);
  const contract = layouts.flatMap((l) => l.changes).filter((c) => c.class === 'contract').length;
  const changes = layouts.flatMap((l) => l.changes).length;
  if (changes) parts.push(`${changes} schema change(s)${contract ? `, ${contract} contract` : ''}`);
  if (failed) parts.push(`first failure at ${failed.file}${failed.line ? `:${failed.line}` : ''}`);
  if (layouts.some((l) => l.outcome === 'stopped')) parts.push('stopped early (see warnings)');
  return `${parts.join('; ')} (${seconds} s)`;
}

/** After Ctrl-C the teardown is under way: report nothing half-done, just say so (the process then exits). */
function stopIfInterrupted(): void {
  if (interrupted())
    throw new UsageError('interrupted: the rehearsal database is being stopped and its files removed');
}
