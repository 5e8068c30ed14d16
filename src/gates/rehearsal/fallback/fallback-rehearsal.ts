import type { Finding } from '../../../core/finding.js';
import type { GateOutcome } from '../../../core/gate.js';
import type { GateContext } from '../../gate.js';
import { errorMessage } from '../../../core/errors.js';
import { findPostgresBinaries } from '../../../db/find-binaries.js';
import type { PostgresBinaries } from '../../../db/find-binaries.js';
import { openLocal } from '../../../db/connect.js';
import type { LocalDatabase } from '../../../db/connect.js';
import type { LocalServer } from '../../../db/local-server.js';
import { discoverMigrations } from '../../migrations/discover.js';
import { layoutById } from '../../migrations/layouts.js';
import type { MigrationFile } from '../../../sql/model.js';
import { ensureParser, parseMigration } from '../../../sql/parse.js';
import { applyParsed } from '../apply.js';
import type { ApplyContext } from '../apply.js';
import { Deadline } from '../deadline.js';
import { rehearsalFinding } from '../findings.js';
import { applySupabaseShim } from '../supabase-shim.js';
import { addWorktree, commandEnv, runCommand } from './fallback-command.js';
import type { CommandRun, TempWorktree } from './fallback-command.js';
import type { FallbackCheckConfig } from './fallback-check-config.js';
import type { FallbackRelease } from '../../migrations/fallback/fallback.js';
import { sqlReader } from '../../migrations/fallback/history.js';
import { changeTree } from '../../migrations/fallback/migrations-review.js';
import { gitTree } from '../../../schema-sources/sources.js';
import type { TreeReader } from '../../../schema-sources/sources.js';

/**
 * The dynamic layer of the fallback check: on a throwaway Postgres, apply the migrations of the
 * fallback release (and its seed), then the newer migrations (and what the new release writes), then
 * run the fallback release's own command in a worktree of it with DATABASE_URL pointing at that
 * database. A local server from the machine's PostgreSQL binaries is used: the command runs in
 * another process and must be able to connect (the embedded PGlite cannot take connections).
 */

export interface FallbackRehearsalInput {
  ctx: GateContext;
  fallback: FallbackRelease;
  check: FallbackCheckConfig;
  /** Test hook: where PostgreSQL binaries are looked up. */
  findBinaries?: (preferMajor?: number) => Promise<PostgresBinaries | undefined>;
}

/** `postgresql://postgres@localhost:5432/postgres?host=/tmp/…`: libpq, node-postgres and Prisma all honour `host` as the socket folder. */
export function socketUrl(server: Pick<LocalServer, 'socketDir' | 'port'>): string {
  return `postgresql://postgres@localhost:${server.port}/postgres?host=${encodeURIComponent(server.socketDir)}`;
}

async function upMigrations(
  tree: TreeReader,
  input: FallbackRehearsalInput,
): Promise<{ files: MigrationFile[]; read: (p: string) => Promise<string | undefined> }> {
  const all = await tree.list();
  const read = await sqlReader(tree, all);
  const discovery = await discoverMigrations(all, input.ctx.settings.config.migrations, read);
  return { files: discovery.files.filter((f) => f.direction === 'up'), read };
}

const summaryOf = (label: string, command: string, run: CommandRun, newer: number) =>
  `${label}'s check \`${command}\` ${run.outcome === 'passed' ? 'passed' : run.outcome === 'timed-out' ? 'timed out' : 'failed'} against the database after ${newer} newer migration(s) (${(run.ms / 1000).toFixed(1)} s)`;

export async function rehearseFallback(input: FallbackRehearsalInput): Promise<GateOutcome> {
  const { ctx, fallback, check } = input;
  const config = ctx.settings.config.migrations;
  const findings: Finding[] = [];
  const binaries = await (input.findBinaries ?? findPostgresBinaries)(config['pg-version']);
  if (!binaries) {
    findings.push(
      rehearsalFinding('database-unavailable', 'warning', {
        message: `The fallback check runs ${fallback.label}'s own command against the rehearsed database, so it needs a server that command can connect to: the PostgreSQL binaries initdb and postgres were found neither on PATH nor under /usr/lib/postgresql/*/bin.`,
        help: "Install PostgreSQL on the runner (GitHub's Ubuntu runners have it) or remove rehearsal.fallback-check.",
      }),
    );
    return { findings, summary: 'fallback check not run: no local PostgreSQL', skipped: true };
  }
  await ensureParser();
  let db: LocalDatabase | undefined;
  let worktree: TempWorktree | undefined;
  const deadline = new Deadline(check.timeout, () => void db?.close());
  const started = Date.now();
  try {
    // The fallback release's command gets a URL for the unprivileged role that owns the database.
    const local = await openLocal(binaries);
    db = local;
    const server = local.server;
    const apply = (what: string, failureRule: string): ApplyContext => ({
      db: local,
      config,
      deadline,
      missingExtensions: new Set(),
      failureRule,
      what,
    });

    // 1. The schema the fallback release ran on, and its seed.
    const old = await upMigrations(gitTree(ctx.git, fallback.ref), input);
    if (old.files.some((f) => layoutById(f.layout).assumesSupabasePlatform)) await applySupabaseShim(local);
    for (const file of old.files) {
      const text = await old.read(file.path);
      if (text === undefined) continue;
      const result = await applyParsed(
        parseMigration(file, text, 'up'),
        apply(`migration of ${fallback.label}`, 'base-migration-failed'),
      );
      if (!result.ok) {
        findings.push(...result.findings.map((f) => ({ ...f, severity: 'warning' as const })));
        return {
          findings,
          summary: `fallback check stopped: a migration of ${fallback.label} does not apply`,
          skipped: true,
        };
      }
    }
    if (check.seed) {
      const seed = await ctx.git.readFileAt(fallback.ref, check.seed);
      if (seed === undefined)
        throw new Error(`rehearsal.fallback-check.seed: ${check.seed} does not exist in ${fallback.label}`);
      const seedFile: MigrationFile = {
        path: check.seed,
        layout: 'plain',
        direction: 'up',
        version: check.seed,
      };
      const result = await applyParsed(parseMigration(seedFile, seed), apply('seed file', 'seed-failed'));
      findings.push(...result.findings);
      if (!result.ok)
        return {
          findings,
          summary: `fallback check stopped: the seed of ${fallback.label} failed`,
          skipped: true,
        };
    }

    // 2. The newer migrations, then what the new release writes.
    const known = new Set(old.files.map((f) => f.path));
    const headTree = changeTree(ctx);
    const current = await upMigrations(headTree, input);
    const newer = current.files.filter((f) => !known.has(f.path));
    for (const file of newer) {
      const text = await current.read(file.path);
      if (text === undefined) continue;
      const result = await applyParsed(
        parseMigration(file, text, 'up'),
        apply('migration', 'migration-failed'),
      );
      findings.push(...result.findings);
      if (!result.ok) return { findings, summary: `fallback check stopped: ${file.path} does not apply` };
    }
    const url = socketUrl(server);
    if (check['new-writes']) {
      const text = await headTree.read(check['new-writes']);
      if (text === undefined)
        throw new Error(`rehearsal.fallback-check.new-writes: ${check['new-writes']} does not exist`);
      const file: MigrationFile = {
        path: check['new-writes'],
        layout: 'plain',
        direction: 'up',
        version: '',
      };
      const result = await applyParsed(parseMigration(file, text), apply('new-writes file', 'seed-failed'));
      findings.push(...result.findings);
      if (!result.ok) return { findings, summary: 'fallback check stopped: the new-writes file failed' };
    }
    const remaining = () => Math.max(1_000, check.timeout - (Date.now() - started));
    if (check['new-writes-command']) {
      const run = await runCommand(
        check['new-writes-command'],
        ctx.git.root,
        commandEnv({ DATABASE_URL: url }),
        remaining(),
      );
      if (run.outcome !== 'passed') {
        findings.push(failure(`The new-writes command \`${check['new-writes-command']}\``, run, 'warning'));
        return { findings, summary: 'fallback check stopped: the new-writes command failed' };
      }
    }

    // 3. The fallback release's own check, in a worktree of it.
    deadline.check();
    worktree = await addWorktree(ctx.git.root, fallback.ref);
    ctx.log.info(`running ${fallback.label}'s check in ${worktree.dir}: ${check.command}`);
    const run = await runCommand(
      check.command,
      worktree.dir,
      commandEnv({ DATABASE_URL: url, ROLLBACK_READY_FALLBACK: fallback.label }),
      remaining(),
    );
    if (run.outcome !== 'passed')
      findings.push(failure(`${fallback.label}'s check \`${check.command}\``, run, 'error'));
    return {
      findings,
      summary: summaryOf(fallback.label, check.command, run, newer.length),
      data: {
        fallbackCheck: {
          release: fallback.label,
          command: check.command,
          outcome: run.outcome,
          exitCode: run.exitCode,
          ms: run.ms,
          newerMigrations: newer.map((f) => f.path),
        },
      },
    };
  } catch (error) {
    const why = deadline.expired
      ? `it ran past rehearsal.fallback-check.timeout (${Math.round(check.timeout / 1000)} s)`
      : errorMessage(error);
    findings.push(
      rehearsalFinding('fallback-check-failed', 'error', {
        message: `The fallback check against ${fallback.label} could not finish: ${why}.`,
      }),
    );
    return { findings, summary: 'fallback check could not finish' };
  } finally {
    deadline.clear();
    await worktree?.remove();
    await db?.close();
  }
}

function failure(what: string, run: CommandRun, severity: 'error' | 'warning'): Finding {
  const how =
    run.outcome === 'timed-out'
      ? `did not finish in time and was stopped after ${(run.ms / 1000).toFixed(1)} s`
      : `exited with code ${run.exitCode ?? run.signal} after ${(run.ms / 1000).toFixed(1)} s`;
  const tail = run.tail.length ? ` Last lines:\n${run.tail.map((l) => `    ${l}`).join('\n')}` : '';
  return rehearsalFinding('fallback-check-failed', severity, {
    message: `${what} ${how} against the database after this change's migrations.${tail}`,
    help: "The release a rollback returns to does not work on the new schema: see the migrations gate's fallback findings and docs/expand-contract.md, fix the migration (expand first, contract in a later release), and run `rollback-ready rehearse --fallback TAG` again.",
  });
}
