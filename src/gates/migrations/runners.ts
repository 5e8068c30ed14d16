// The two functions, not the package's index: that builds every range helper (and parses comparators)
// when it loads, on every `lint` run (--cpu-prof: ~15 ms).
import gte from 'semver/functions/gte.js';
import valid from 'semver/functions/valid.js';
import type { MigrationsConfig } from './config.js';
import type { ParsedStatement, TransactionModel } from '../../sql/model.js';
import { isConcurrentReindex } from './rules/ast.js';

/**
 * How each layout's runner applies one migration file, read from the runners' own source (docs/runners.md
 * lists the files and versions). The lint rules ask it whether a statement runs inside a transaction
 * block; the rehearsal sends the SQL the same way.
 */
export interface RunnerModel {
  /** For messages: "Prisma 7.3.0", "Supabase CLI (version unknown)". */
  label: string;
  /**
   * How the SQL reaches the server: the whole file as one simple query (Postgres runs a query of several
   * statements as one implicit transaction), each statement on its own, or each `--> statement-breakpoint`
   * chunk as one query (Drizzle).
   */
  send: 'one-query' | 'per-statement' | 'per-chunk';
  transaction: TransactionModel;
  /** Statements the runner takes out of the file's transaction and runs on their own (Supabase CLI 2.109.0+). */
  standalone?(statement: ParsedStatement): boolean;
}

/** prisma-engines PR #5767 (engines 7.4.0-17.57b675f, first in Prisma 7.4.0) stopped sending the file as one query. */
export const PRISMA_SPLITS_FROM = '7.4.0';
/** supabase/cli PR #5671 (v2.109.0) runs pipeline-incompatible statements outside the file's batch. */
export const SUPABASE_STANDALONE_FROM = '2.109.0';
/** supabase/cli PR #6276 (merged 2026-08-19, after v2.111.0) added DROP INDEX CONCURRENTLY to that list. */
export const SUPABASE_STANDALONE_DROP_INDEX_FROM = '2.112.0';

const atLeast = (version: string | undefined, from: string) =>
  version !== undefined && valid(version) !== null && gte(version, from);

export function prismaRunner(config: Pick<MigrationsConfig, 'prisma-version'>): RunnerModel {
  const version = config['prisma-version'];
  if (atLeast(version, PRISMA_SPLITS_FROM))
    return { label: `Prisma ${version}`, send: 'per-statement', transaction: 'none' };
  // Before 7.4.0 the schema engine sends migration.sql with one `simple_query(script)` call.
  const label = version ? `Prisma ${version}` : 'Prisma (version not found in a lockfile or package.json)';
  return { label, send: 'one-query', transaction: 'implicit' };
}

export function supabaseRunner(config: Pick<MigrationsConfig, 'supabase-version'>): RunnerModel {
  const version = config['supabase-version'];
  const label = version
    ? `Supabase CLI ${version}`
    : 'Supabase CLI (version not found in a lockfile or package.json)';
  // Every statement and the history insert go out as one pgconn pipeline batch: one implicit transaction.
  if (!atLeast(version, SUPABASE_STANDALONE_FROM))
    return { label, send: 'per-statement', transaction: 'per-file' };
  const dropIndex = atLeast(version, SUPABASE_STANDALONE_DROP_INDEX_FROM);
  return {
    label,
    send: 'per-statement',
    transaction: 'per-file-standalone',
    standalone: (s) => supabaseRunsAlone(s, dropIndex),
  };
}

/** The CLI's pattern list: CREATE [UNIQUE] INDEX CONCURRENTLY, REINDEX … CONCURRENTLY, VACUUM, ALTER SYSTEM, CLUSTER. */
function supabaseRunsAlone(statement: ParsedStatement, dropIndex: boolean): boolean {
  switch (statement.kind) {
    case 'VacuumStmt':
    case 'AlterSystemStmt':
    case 'ClusterStmt':
      return true;
    case 'IndexStmt':
      return Boolean((statement.node as { IndexStmt?: { concurrent?: boolean } }).IndexStmt?.concurrent);
    case 'ReindexStmt':
      return isConcurrentReindex(statement.node);
    case 'DropStmt':
      return (
        dropIndex && Boolean((statement.node as { DropStmt?: { concurrent?: boolean } }).DropStmt?.concurrent)
      );
    default:
      return false;
  }
}

/** drizzle-orm's migrator: every pending migration in one transaction, each breakpoint chunk one query. */
export const DRIZZLE_RUNNER: RunnerModel = { label: 'Drizzle', send: 'per-chunk', transaction: 'per-file' };
/** Flyway: a transaction per file unless its parser finds only non-transactional statements. */
export const FLYWAY_RUNNER: RunnerModel = { label: 'Flyway', send: 'per-statement', transaction: 'flyway' };
/** golang-migrate's postgres driver: the file as one Exec (lib/pq simple query) unless x-multi-statement. */
export const GOLANG_MIGRATE_RUNNER: RunnerModel = {
  label: 'golang-migrate',
  send: 'one-query',
  transaction: 'implicit',
};
/** dbmate: the section as one Exec inside BEGIN … COMMIT; with transaction:false, the same Exec alone. */
export const DBMATE_RUNNER: RunnerModel = { label: 'dbmate', send: 'one-query', transaction: 'per-file' };
export const DBMATE_NO_TRANSACTION: RunnerModel = {
  label: 'dbmate',
  send: 'one-query',
  transaction: 'implicit',
};
/** psql -f and hand-rolled runners: each statement on its own. */
export const PLAIN_RUNNER: RunnerModel = { label: 'plain SQL', send: 'per-statement', transaction: 'none' };
