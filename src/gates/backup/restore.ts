import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Finding } from '../../core/finding.js';
import type { Logger } from '../../core/gate.js';
import {
  LOCAL_APPLY_ROLE,
  LOCAL_SUPERUSER,
  prepareApplyRole,
  privilegeProblem,
} from '../../db/apply-role.js';
import { findPostgresBinaries } from '../../db/find-binaries.js';
import type { PostgresBinaries } from '../../db/find-binaries.js';
import { startLocalServer } from '../../db/local-server.js';
import { connectPg } from '../../db/pg-client.js';
import type { PgSession } from '../../db/pg-client.js';
import { openPglite } from '../../db/pglite-server.js';
import { serverUser } from '../../db/run-as.js';
import type { DumpFormat } from './dump-format.js';
import { backupFinding } from './findings.js';
import { forbiddenMetaCommandInFile, plainDumpToSql } from './plain-sql.js';
import { runTool, tail } from './process.js';
import { findClientTool } from './tools.js';

export interface RestoreRequest {
  /** What pg_restore or psql reads (a decompressed copy for gzip dumps). */
  path: string;
  display: string;
  format: DumpFormat;
  verifyTables: readonly string[];
  /** SQL text (already read from its file) returning one row with a truthy first column. */
  verifySql?: { sql: string; origin: string };
  timeoutMs: number;
  log: Logger;
  /** Test hooks. */
  findBinaries?: () => Promise<PostgresBinaries | undefined>;
  engine?: 'auto' | 'pglite';
}

export interface RestoreResult {
  ok: boolean;
  findings: Finding[];
  /** "local PostgreSQL 15.18", "PGlite (PostgreSQL 17.4)". */
  server?: string;
  durationMs: number;
  /** User tables after the restore. */
  tables?: number;
  /** What was verified: `public.users has rows`, … */
  verified: string[];
}

type Fail = (message: string, help: string, rule?: 'restore-failed' | 'restore-verify-failed') => void;

const RESTORE_DB = 'restore_check';
const MAX_PGLITE_SQL = 512 * 1024 * 1024;
const clientEnv = () => ({ PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C', LANG: 'C', PGTZ: 'UTC' });
const RESTORE_HELP =
  'Fix what the message names (a missing role or extension in the dump, a dump from a newer server), take a fresh backup, then re-run. Dumps restore most reliably with pg_dump --format=custom --no-owner --no-privileges.';

/**
 * Restore the dump into a throwaway Postgres and run the verification queries. A local server from the
 * machine's binaries when there is one (pg_restore or psql against a fresh database); PGlite only for
 * plain SQL. Everything started here is stopped and removed before returning.
 */
export async function restoreCheck(request: RestoreRequest): Promise<RestoreResult> {
  const started = Date.now();
  const result: RestoreResult = { ok: false, findings: [], durationMs: 0, verified: [] };
  const fail: Fail = (message, help, rule = 'restore-failed') => {
    result.findings.push(backupFinding(rule, { file: request.display, message, help }));
  };
  try {
    await restore(request, result, fail);
  } catch (error) {
    fail(
      `the restore check of ${request.display} could not run: ${(error as Error).message.split('\n')[0]}.`,
      'Re-run with --verbose; if the server does not start, see docs/rules/restore-failed.md.',
    );
  }
  result.durationMs = Date.now() - started;
  result.ok = !result.findings.some((f) => f.severity === 'error');
  return result;
}

async function restore(request: RestoreRequest, result: RestoreResult, fail: Fail): Promise<void> {
  if (request.format === 'plain') {
    const forbidden = await forbiddenMetaCommandInFile(request.path);
    if (forbidden)
      return fail(
        `${request.display} line ${forbidden.line} runs the psql meta-command "${forbidden.text}", which a restore check does not run.`,
        'Restore checks run only what pg_dump writes. Produce the dump with pg_dump (custom format is best) rather than editing it.',
      );
  }
  const binaries =
    request.engine === 'pglite'
      ? undefined
      : await (request.findBinaries ?? (() => findPostgresBinaries()))();
  if (binaries) return restoreLocal(request, binaries, result, fail);
  if (request.format === 'plain') return restorePglite(request, result, fail);
  fail(
    `restore-check needs a local PostgreSQL (initdb, postgres, pg_restore) to restore a ${request.format}-format dump, and none was found.`,
    'Run on a GitHub Ubuntu runner (PostgreSQL is installed) or apt-get install postgresql; PGlite can restore plain SQL dumps only.',
  );
}

async function restoreLocal(
  request: RestoreRequest,
  binaries: PostgresBinaries,
  result: RestoreResult,
  fail: Fail,
): Promise<void> {
  // The dump is untrusted input: it is restored (and verified) as the unprivileged role postgres, never
  // as the superuser, so a COPY … TO PROGRAM in it cannot run a shell on this machine.
  const server = await startLocalServer(binaries, {
    readyTimeoutMs: Math.min(request.timeoutMs, 60_000),
    superuser: LOCAL_SUPERUSER,
  });
  result.server = `local PostgreSQL ${binaries.version}`;
  request.log.info(
    `restore check: restoring ${request.display} into a throwaway PostgreSQL ${binaries.version} in ${server.dir}`,
  );
  try {
    const socket = { host: server.socketDir, port: server.port };
    const admin = await connectPg({ ...socket, user: server.superuser, database: 'postgres' });
    try {
      await admin.exec(`CREATE DATABASE ${RESTORE_DB}`);
    } finally {
      await admin.end();
    }
    const setup = await connectPg({ ...socket, user: server.superuser, database: RESTORE_DB });
    try {
      await prepareApplyRole(setup, {
        role: LOCAL_APPLY_ROLE,
        database: RESTORE_DB,
        create: true,
        helper: false,
      });
      const problem = await privilegeProblem(setup, LOCAL_APPLY_ROLE);
      if (problem) throw new Error(`refusing to restore as a privileged role: ${problem}`);
    } finally {
      await setup.end();
    }
    const conn = [
      '-h',
      server.socketDir,
      '-p',
      String(server.port),
      '-U',
      LOCAL_APPLY_ROLE,
      '-d',
      RESTORE_DB,
    ];
    let tool: string;
    let run;
    if (request.format === 'plain') {
      const psql = clientIn(binaries, 'psql') ?? (await findClientTool('psql'))?.path;
      if (!psql)
        return fail(
          'psql was not found next to the PostgreSQL server binaries.',
          'Install the PostgreSQL client (postgresql-client).',
        );
      tool = 'psql';
      // As the server's account when root: the script is data, not something to run with root's rights.
      const user = serverUser();
      run = await runTool(psql, ['-X', '-q', '-v', 'ON_ERROR_STOP=1', ...conn], {
        timeoutMs: request.timeoutMs,
        env: clientEnv(),
        cwd: server.dir,
        ...(user ? { user } : {}),
        stdinFrom: restrictedScript(request.path),
      });
    } else {
      const pgRestore = clientIn(binaries, 'pg_restore') ?? (await findClientTool('pg_restore'))?.path;
      if (!pgRestore)
        return fail(
          'pg_restore was not found next to the PostgreSQL server binaries.',
          'Install the PostgreSQL client (postgresql-client).',
        );
      tool = 'pg_restore';
      run = await runTool(pgRestore, ['--no-owner', '--no-privileges', ...conn, request.path], {
        timeoutMs: request.timeoutMs,
        env: clientEnv(),
      });
    }
    if (run.code !== 0)
      return fail(
        `restoring ${request.display} with ${tool} ${run.timedOut ? 'timed out' : `failed (exit ${run.code})`}: ${tail(run.stderr) || run.spawnError || 'no message'}.`,
        /invalid command \\restrict/.test(run.stderr)
          ? 'This psql predates restricted mode (\\restrict: 13.22, 14.19, 15.14, 16.10, 17.6 and later), which a restore check needs to run a dump safely; update PostgreSQL, then re-run.'
          : RESTORE_HELP,
      );
    const session = await connectPg({ ...socket, user: LOCAL_APPLY_ROLE, database: RESTORE_DB });
    try {
      await verify(request, session, result, fail);
    } finally {
      await session.end();
    }
  } finally {
    await server.stop();
  }
}

async function restorePglite(request: RestoreRequest, result: RestoreResult, fail: Fail): Promise<void> {
  if ((await stat(request.path)).size > MAX_PGLITE_SQL)
    return fail(
      `${request.display} is larger than the ${MAX_PGLITE_SQL / 1024 / 1024} MB the embedded PGlite restores.`,
      'Install PostgreSQL (apt-get install postgresql) so the restore check uses a real server.',
    );
  const text = await readFile(request.path, 'utf8');
  const db = await openPglite();
  result.server = db.label;
  request.log.info(`restore check: restoring ${request.display} into ${db.describe()}`);
  // PGlite runs in a worker thread: closing it stops even a statement that never yields.
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void db.close();
  }, request.timeoutMs);
  try {
    try {
      await db.exec(plainDumpToSql(text));
      // The dump empties search_path for its session; verification queries run as a fresh session would.
      await db.exec('RESET ALL');
    } catch (error) {
      return fail(
        timedOut
          ? `restoring ${request.display} into ${db.label} timed out after ${Math.round(request.timeoutMs / 1000)} s.`
          : `restoring ${request.display} into ${db.label} failed: ${(error as Error).message}.`,
        RESTORE_HELP,
      );
    }
    await verify(request, { query: (sql, params) => db.query(sql, params) }, result, fail);
  } finally {
    clearTimeout(timer);
    await db.close();
  }
}

/**
 * The dump as psql input, in psql's restricted mode (`\\restrict` with a key the dump cannot know):
 * psql then refuses every meta-command, wherever on a line it hides, and COPY data still loads. The
 * dump's own restrict/unrestrict lines (pg_dump 15.14+ writes them) are dropped in favour of ours.
 */
function restrictedScript(path: string): Readable {
  const key = randomBytes(24).toString('hex');
  async function* lines() {
    yield `\\restrict ${key}\n`;
    const input = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
    for await (const line of input) yield ALLOWED_META_LINE.test(line) ? '\n' : `${line}\n`;
    yield `\\unrestrict ${key}\n`;
  }
  return Readable.from(lines());
}

const ALLOWED_META_LINE = /^\\(restrict|unrestrict)\s+\S+\s*$/;

function clientIn(binaries: PostgresBinaries, name: string): string | undefined {
  const path = join(binaries.binDir, name);
  return existsSync(path) ? path : undefined;
}

/** `"public"."users"` from `users` or `public.users`. */
export function quoteTable(name: string): { text: string; quoted: string } {
  const parts = name.includes('.') ? name.split('.') : ['public', name];
  return { text: parts.join('.'), quoted: parts.map((p) => `"${p.replace(/"/g, '""')}"`).join('.') };
}

export function truthy(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return Number(value) !== 0;
  const text = String(value).trim().toLowerCase();
  return !['', 'f', 'false', '0', 'no', 'off'].includes(text);
}

async function verify(
  request: RestoreRequest,
  session: Pick<PgSession, 'query'>,
  result: RestoreResult,
  fail: Fail,
): Promise<void> {
  const [count] = await session.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM pg_catalog.pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
  );
  result.tables = count?.n ?? 0;
  if (!result.tables && !request.verifyTables.length)
    fail(
      `the restore of ${request.display} finished but left no tables: the dump holds no data to roll back to.`,
      'Check that pg_dump dumped the right database (and schema), then take a fresh backup.',
      'restore-verify-failed',
    );
  for (const name of request.verifyTables) {
    const table = quoteTable(name);
    const [found] = await session.query<{ r: string | null }>('SELECT to_regclass($1)::text AS r', [
      table.quoted,
    ]);
    if (!found?.r) {
      fail(
        `after restoring ${request.display}, table ${table.text} (backup.verify-tables) does not exist.`,
        'Check that the dump includes that table (pg_dump --table/--schema options), or fix backup.verify-tables.',
        'restore-verify-failed',
      );
      continue;
    }
    const [rows] = await session.query<{ has: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM ${table.quoted}) AS has`,
    );
    if (!rows?.has)
      fail(
        `after restoring ${request.display}, table ${table.text} (backup.verify-tables) is empty.`,
        'A backup without the rows you need cannot restore them: check that the dump includes data (no --schema-only), then take a fresh one.',
        'restore-verify-failed',
      );
    else result.verified.push(`${table.text} has rows`);
  }
  if (request.verifySql) {
    const { sql, origin } = request.verifySql;
    let rows: Record<string, unknown>[];
    try {
      rows = await session.query(sql);
    } catch (error) {
      return fail(
        `backup.verify-sql (${origin}) failed on the restored database: ${(error as Error).message}.`,
        'Fix the query (it runs against the restored dump), then re-run.',
        'restore-verify-failed',
      );
    }
    const first = rows[0] ? Object.values(rows[0])[0] : undefined;
    if (rows.length !== 1 || !truthy(first))
      fail(
        `backup.verify-sql (${origin}) returned ${rows.length === 1 ? `${JSON.stringify(first)} in its first column` : `${rows.length} rows`}; it must return one row whose first column is true.`,
        'The restored data does not pass your check: look at what the query tests, take a fresh backup, then re-run.',
        'restore-verify-failed',
      );
    else result.verified.push(`verify-sql (${origin}) is true`);
  }
}
