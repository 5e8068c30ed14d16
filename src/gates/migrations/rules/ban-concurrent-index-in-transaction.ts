import type { Node } from '@pgsql/types';
import type { Rule } from '../rule.js';
import { isConcurrentReindex } from './ast.js';
import { transactionAdvice } from './outside-transaction.js';

function concurrentOperation(node: Node): string | undefined {
  if ('IndexStmt' in node && node.IndexStmt.concurrent) return 'CREATE INDEX CONCURRENTLY';
  if ('DropStmt' in node && node.DropStmt.removeType === 'OBJECT_INDEX' && node.DropStmt.concurrent)
    return 'DROP INDEX CONCURRENTLY';
  if (isConcurrentReindex(node)) return 'REINDEX CONCURRENTLY';
  return undefined;
}

export const banConcurrentIndexInTransaction: Rule = {
  id: 'ban-concurrent-index-in-transaction',
  severity: 'error',
  class: 'unknown',
  kinds: ['IndexStmt', 'DropStmt', 'ReindexStmt'],
  summary:
    'CREATE/DROP INDEX CONCURRENTLY and REINDEX CONCURRENTLY fail inside a transaction block, so the deploy stops at this migration.',
  check(ctx) {
    const operation = concurrentOperation(ctx.statement.node);
    if (!operation || !ctx.inTransaction) return [];
    const { why, how } = transactionAdvice(ctx, operation);
    return [
      {
        message: `${operation} cannot run inside a transaction block, but ${why}: Postgres rejects it and the deploy fails at this migration.`,
        help: how,
      },
    ];
  },
};
