import type { MigrationsConfig } from './config.js';
import { layoutById } from './layouts.js';
import { isConcurrentReindex } from './rules/ast.js';
import type { ParsedFile, ParsedStatement, TransactionModel } from './model.js';

/** Statements Postgres refuses inside a transaction block; Flyway runs a file of only these without one. */
export function isNonTransactional(statement: ParsedStatement): boolean {
  const { kind } = statement;
  if (kind === 'VacuumStmt' || kind === 'CreatedbStmt' || kind === 'DropdbStmt') return true;
  if (kind !== 'IndexStmt' && kind !== 'DropStmt' && kind !== 'ReindexStmt') return false;
  const { node } = statement; // read only now: a statement's AST is parsed on first read
  if ('IndexStmt' in node) return Boolean(node.IndexStmt.concurrent);
  if ('DropStmt' in node) return Boolean(node.DropStmt.concurrent);
  return isConcurrentReindex(node);
}

const SESSION_ONLY = new Set(['VariableSetStmt', 'VariableShowStmt']);

export function transactionModelOf(parsed: ParsedFile, config: MigrationsConfig): TransactionModel {
  if (config.transaction === 'per-file') return 'per-file';
  if (config.transaction === 'none') return 'none';
  if (parsed.transactionDisabled) return 'none';
  return layoutById(parsed.file.layout).transaction;
}

const onlyNonTransactional = new WeakMap<ParsedFile, boolean>();

/** Flyway's test, once per file: are all statements (besides SET/SHOW) ones Postgres refuses in a transaction? */
function fileIsNonTransactional(parsed: ParsedFile): boolean {
  let answer = onlyNonTransactional.get(parsed);
  if (answer === undefined) {
    answer = parsed.statements.filter((s) => !SESSION_ONLY.has(s.kind)).every(isNonTransactional);
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
    case 'none':
      return false;
    case 'implicit':
      // One query string with several statements is one implicit transaction.
      return parsed.statements.length > 1;
    case 'flyway':
      return !fileIsNonTransactional(parsed);
  }
}
