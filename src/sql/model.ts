import type { Node } from '@pgsql/types';
import type { ChangeClass } from '../core/finding.js';
import type { MigrationLayoutId } from '../gates/migrations/config.js';

export type Direction = 'up' | 'down';

/**
 * How the layout's runner executes a file:
 * - `per-file`: wrapped in one transaction (Supabase CLI before 2.109.0, Drizzle, dbmate by default);
 * - `per-file-standalone`: one transaction, except the statements the runner takes out and runs on their
 *   own (Supabase CLI 2.109.0+: CREATE INDEX CONCURRENTLY, VACUUM, …);
 * - `implicit`: sent as one multi-statement query, which Postgres runs as one implicit transaction
 *   (Prisma before 7.4.0, golang-migrate, dbmate transaction:false): a single-statement file runs outside any transaction;
 * - `flyway`: a transaction per file unless every statement is non-transactional (Flyway's auto-detection);
 * - `none`: each statement on its own (Prisma 7.4.0+, psql -f and plain runners).
 */
export type TransactionModel = 'per-file' | 'per-file-standalone' | 'implicit' | 'flyway' | 'none';

export interface MigrationFile {
  /** Path relative to the repository root, forward slashes. */
  path: string;
  layout: MigrationLayoutId;
  direction: Direction;
  /** Sort key within the layout (timestamp, version); compared with numeric awareness. */
  version: string;
}

export interface ParsedStatement {
  /** The statement's AST node from the Postgres parser, e.g. `{ AlterTableStmt: {...} }`. */
  node: Node;
  /** The node's type name, e.g. `AlterTableStmt`. */
  kind: string;
  /** The statement's source text, without the trailing semicolon. */
  text: string;
  /** 1-based position of the statement's first character in the file. */
  line: number;
  column: number;
  endLine: number;
  /** True when the file itself opened a transaction (BEGIN … COMMIT) around the statement. */
  inExplicitTransaction: boolean;
}

export interface ParseFailure {
  message: string;
  line: number;
  column: number;
}

export interface ParsedFile {
  file: MigrationFile;
  text: string;
  statements: ParsedStatement[];
  /** Set when part of the file did not parse; statements holds what did. */
  errors: ParseFailure[];
  /** dbmate's `-- migrate:up transaction:false`. */
  transactionDisabled: boolean;
}

export interface StatementClassification {
  statement: ParsedStatement;
  class: ChangeClass;
}
