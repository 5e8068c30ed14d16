import { qualifiedName } from '../../../sql/names.js';
import type { Rule } from '../rule.js';
import { dropTargetNames } from './ast.js';

export const requireConcurrentIndexDeletion: Rule = {
  id: 'require-concurrent-index-deletion',
  severity: 'error',
  class: 'expand',
  summary:
    'DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the index’s table, blocking its reads and writes.',
  kinds: ['DropStmt'],
  check({ statement, state }) {
    const { node } = statement;
    if (!('DropStmt' in node) || node.DropStmt.removeType !== 'OBJECT_INDEX' || node.DropStmt.concurrent)
      return [];
    const existing = dropTargetNames(node)
      .map((parts) => qualifiedName(parts))
      .filter((name) => name && !state.isNewIndex(name));
    if (!existing.length) return [];
    const names = existing.map((n) => `"${n}"`).join(', ');
    return [
      {
        message: `Dropping index ${names} without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on its table: every read and write of the table waits, and the lock itself queues behind running queries.`,
        help:
          existing.length > 1 || node.DropStmt.behavior === 'DROP_CASCADE'
            ? 'Use DROP INDEX CONCURRENTLY IF EXISTS, one index per statement and without CASCADE, in a migration that runs outside a transaction.'
            : 'Use DROP INDEX CONCURRENTLY IF EXISTS in a migration of its own that runs outside a transaction.',
      },
    ];
  },
};
