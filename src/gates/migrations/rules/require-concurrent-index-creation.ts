import { relationKey } from '../../../sql/names.js';
import type { Rule, RuleContext } from '../rule.js';
import { transactionAdvice } from './outside-transaction.js';

/** CONCURRENTLY, said the way this layout's runner can run it (outside a transaction). */
function helpFor(ctx: RuleContext): string {
  if (!runsInTransaction(ctx)) return 'Use CREATE INDEX CONCURRENTLY IF NOT EXISTS.';
  return `Use CREATE INDEX CONCURRENTLY, outside a transaction: ${transactionAdvice(ctx, 'CREATE INDEX CONCURRENTLY').how}`;
}

/** Would a CONCURRENTLY version of this statement run outside a transaction where it stands? */
function runsInTransaction(ctx: RuleContext): boolean {
  if (ctx.statement.inExplicitTransaction) return true;
  switch (ctx.transactionModel) {
    case 'none':
      return false;
    case 'per-file-standalone':
      return false; // the runner takes CREATE INDEX CONCURRENTLY out of the file's transaction
    case 'implicit':
      return ctx.previous.length + ctx.following.length > 0;
    default:
      return true;
  }
}

export const requireConcurrentIndexCreation: Rule = {
  id: 'require-concurrent-index-creation',
  severity: 'error',
  class: 'expand',
  summary:
    'CREATE INDEX without CONCURRENTLY blocks every write to an existing table until the index is built.',
  kinds: ['IndexStmt'],
  check(ctx) {
    const { statement, state } = ctx;
    if (!('IndexStmt' in statement.node)) return [];
    const index = statement.node.IndexStmt;
    const table = relationKey(index.relation);
    if (index.concurrent || state.isNewTable(table)) return [];
    // CREATE INDEX ON ONLY <partitioned parent> builds nothing: it creates an invalid parent index that
    // per-partition CONCURRENTLY builds plus ALTER INDEX … ATTACH PARTITION complete.
    if (index.relation && !index.relation.inh) return [];
    return [
      {
        message: `Building index${index.idxname ? ` "${index.idxname}"` : ''} on existing table "${table}" without CONCURRENTLY blocks all writes (INSERT, UPDATE, DELETE) to it for the whole build.`,
        help: helpFor(ctx),
        locks: [table],
      },
    ];
  },
};
