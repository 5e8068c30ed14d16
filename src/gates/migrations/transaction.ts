import type { MigrationsConfig } from './config.js';
import { layoutById } from './layouts.js';
import { isConcurrentReindex } from './rules/ast.js';
import type { MigrationFile, ParsedFile, ParsedStatement, TransactionModel } from '../../sql/model.js';
import { DBMATE_NO_TRANSACTION } from './runners.js';
import type { RunnerModel } from './runners.js';

/** Statements Postgres refuses inside a transaction block. */
export function isNonTransactional(statement: ParsedStatement): boolean {
  const { kind } = statement;
  if (kind === 'VacuumStmt' || kind === 'CreatedbStmt' || kind === 'DropdbStmt' || kind === 'AlterSystemStmt')
    return true;
  if (kind !== 'IndexStmt' && kind !== 'DropStmt' && kind !== 'ReindexStmt') return false;
  const { node } = statement; // read only now: a statement's AST is parsed on first read
  if ('IndexStmt' in node) return Boolean(node.IndexStmt.concurrent);
  if ('DropStmt' in node) return Boolean(node.DropStmt.concurrent);
  return isConcurrentReindex(node);
}

/**
 * Flyway's own test (PostgreSQLParser.detectCanExecuteInTransaction, by the statement's text): CREATE/DROP
 * [UNIQUE] INDEX CONCURRENTLY, VACUUM, REINDEX SCHEMA/DATABASE/SYSTEM, CREATE/DROP DATABASE, ALTER SYSTEM.
 * REINDEX INDEX/TABLE … CONCURRENTLY is not on its list: Flyway runs it in a transaction, where it fails.
 */
function flywayNonTransactional(statement: ParsedStatement): boolean {
  if (statement.kind !== 'ReindexStmt') return isNonTransactional(statement);
  return /^REINDEX(\s*\([^)]*\))?(\s+VERBOSE)?\s+(SCHEMA|DATABASE|SYSTEM)\b/i.test(statement.text);
}

const SESSION_ONLY = new Set(['VariableSetStmt', 'VariableShowStmt']);

/** The runner that applies this file: the layout's, with dbmate's per-file `transaction:false`. */
export function runnerOf(parsed: ParsedFile, config: MigrationsConfig): RunnerModel {
  if (parsed.transactionDisabled) return DBMATE_NO_TRANSACTION;
  // One model per layout and config: a layout's runner reads the runner's version from the config and
  // compares it with semver, which per file was ~1% of linting 2,000 files (--cpu-prof).
  let byLayout = runnersByConfig.get(config);
  if (!byLayout) runnersByConfig.set(config, (byLayout = new Map()));
  const layout = parsed.file.layout;
  let runner = byLayout.get(layout);
  if (!runner) byLayout.set(layout, (runner = layoutById(layout).runner(config)));
  return runner;
}

const runnersByConfig = new WeakMap<MigrationsConfig, Map<MigrationFile['layout'], RunnerModel>>();

/** The runner each file was last judged by, so runsInTransaction can ask it without the config. */
const runnerByFile = new WeakMap<ParsedFile, RunnerModel>();
const runnerByMigration = new WeakMap<MigrationFile, RunnerModel>();

/** The runner the file being linted was judged by (rules see the MigrationFile, not the config). */
export function runnerJudging(file: MigrationFile): RunnerModel | undefined {
  return runnerByMigration.get(file);
}

export function transactionModelOf(parsed: ParsedFile, config: MigrationsConfig): TransactionModel {
  if (config.transaction === 'per-file') return 'per-file';
  if (config.transaction === 'none') return 'none';
  const runner = runnerOf(parsed, config);
  runnerByFile.set(parsed, runner);
  runnerByMigration.set(parsed.file, runner);
  return runner.transaction;
}

const onlyNonTransactional = new WeakMap<ParsedFile, boolean>();

/** Flyway's test, once per file: are all statements (besides SET/SHOW) ones it runs outside a transaction? */
function fileIsNonTransactional(parsed: ParsedFile): boolean {
  let answer = onlyNonTransactional.get(parsed);
  if (answer === undefined) {
    answer = parsed.statements.filter((s) => !SESSION_ONLY.has(s.kind)).every(flywayNonTransactional);
    onlyNonTransactional.set(parsed, answer);
  }
  return answer;
}

/** Does this statement run inside a transaction block, as the layout's runner executes the file? */
export function runsInTransaction(
  statement: ParsedStatement,
  parsed: ParsedFile,
  model: TransactionModel,
): boolean {
  if (statement.inExplicitTransaction) return true;
  switch (model) {
    case 'per-file':
      return true;
    case 'per-file-standalone':
      return !runnerByFile.get(parsed)?.standalone?.(statement);
    case 'none':
      return false;
    case 'implicit':
      // One query string with several statements is one implicit transaction.
      return parsed.statements.length > 1;
    case 'flyway':
      return !fileIsNonTransactional(parsed);
  }
}
