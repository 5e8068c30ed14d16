import { layoutById } from '../layouts.js';
import { relationKey } from '../names.js';
import type { Rule, RuleContext } from '../rule.js';

/** Runners that wrap every file in a transaction with no way out, where CONCURRENTLY cannot run at all. */
const ALWAYS_TRANSACTIONAL = new Set(['supabase', 'prisma', 'drizzle']);

function helpFor({ file, transactionModel }: RuleContext): string {
  if (transactionModel === 'per-file' && ALWAYS_TRANSACTIONAL.has(file.layout)) {
    return `Use CREATE INDEX CONCURRENTLY IF NOT EXISTS; ${layoutById(file.layout).name} runs every migration file in a transaction, where CONCURRENTLY is refused, so run it by hand outside the migration, or accept the write lock if the table is small.`;
  }
  return 'Use CREATE INDEX CONCURRENTLY IF NOT EXISTS in a migration of its own that runs outside a transaction.';
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
      },
    ];
  },
};
