import type { Finding } from '../../../core/finding.js';
import type { GateOutcome } from '../../../core/gate.js';
import type { GateContext } from '../../gate.js';
import { errorMessage } from '../../../core/errors.js';
import { findPostgresBinaries } from '../../../db/find-binaries.js';
import type { PostgresBinaries } from '../../../db/find-binaries.js';
import { openLocal } from '../../../db/connect.js';
import type { LocalDatabase } from '../../../db/connect.js';
import type { LocalServer } from '../../../db/local-server.js';
import { ensureParser } from '../../../sql/parse.js';
import { Deadline } from '../deadline.js';
import { addWorktree, commandEnv, runCommand } from './fallback-command.js';
import type { TempWorktree } from './fallback-command.js';
import type { FallbackCheckConfig } from './fallback-check-config.js';
import type { FallbackRelease } from '../../migrations/fallback/fallback.js';
import { migrateAsFallback, migratePastFallback } from './fallback-migrate.js';
import { checkOutcome, noServerOutcome, pastTimeout, unfinishedOutcome } from './fallback-verdict.js';

/**
 * The dynamic layer of the fallback check: on a throwaway Postgres, apply the migrations of the
 * fallback release (and its seed), then the newer migrations (and what the new release writes), then
 * run the fallback release's own command in a worktree of it with DATABASE_URL pointing at that
 * database. A local server from the machine's PostgreSQL binaries is used: the command runs in
 * another process and must be able to connect (the embedded PGlite cannot take connections).
 * The database steps are in fallback-migrate.ts, what their results mean in fallback-verdict.ts.
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

export async function rehearseFallback(input: FallbackRehearsalInput): Promise<GateOutcome> {
  const { ctx, fallback, check } = input;
  const binaries = await (input.findBinaries ?? findPostgresBinaries)(
    ctx.settings.config.migrations['pg-version'],
  );
  if (!binaries) return noServerOutcome(fallback.label);
  await ensureParser();
  const findings: Finding[] = [];
  let db: LocalDatabase | undefined;
  let worktree: TempWorktree | undefined;
  const deadline = new Deadline(check.timeout, () => void db?.close());
  const started = Date.now();
  const remaining = () => Math.max(1_000, check.timeout - (Date.now() - started));
  try {
    // The fallback release's command gets a URL for the unprivileged role that owns the database.
    const local = await openLocal(binaries);
    db = local;
    const step = { ctx, db: local, deadline, fallback, check, findings };

    // 1. The schema the fallback release ran on, and its seed.
    const old = await migrateAsFallback(step);
    if ('stopped' in old) return old.stopped;

    // 2. The newer migrations, then what the new release writes.
    const url = socketUrl(local.server);
    const past = await migratePastFallback(step, old.files, url, remaining);
    if ('stopped' in past) return past.stopped;

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
    return checkOutcome(fallback.label, check.command, run, past.newer, findings);
  } catch (error) {
    const why = deadline.expired ? pastTimeout(check.timeout) : errorMessage(error);
    return unfinishedOutcome(fallback.label, why, findings);
  } finally {
    deadline.clear();
    await worktree
      ?.remove()
      .catch((error: unknown) => ctx.log.warn(`the fallback release's worktree: ${errorMessage(error)}`));
    await db?.close();
  }
}
