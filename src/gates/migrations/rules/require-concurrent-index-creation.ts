import { relationKey } from '../names.js';
import type { Rule } from '../rule.js';

export const requireConcurrentIndexCreation: Rule = {
  id: 'require-concurrent-index-creation',
  severity: 'error',
  class: 'expand',
  summary: 'CREATE INDEX without CONCURRENTLY blocks every write to an existing table until the index is built.',
  check({ statement, state }) {
    if (!('IndexStmt' in statement.node)) return [];
    const index = statement.node.IndexStmt;
    const table = relationKey(index.relation);
    if (index.concurrent || state.isNewTable(table)) return [];
    return [
      {
        message: `Building index${index.idxname ? ` "${index.idxname}"` : ''} on existing table "${table}" without CONCURRENTLY blocks all writes to it for the whole build.`,
        help: 'Use CREATE INDEX CONCURRENTLY IF NOT EXISTS in a migration of its own that runs outside a transaction.',
      },
    ];
  },
};
