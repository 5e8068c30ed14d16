import { relationKey } from '../../../sql/names.js';
import type { Rule } from '../rule.js';

export const banTruncate: Rule = {
  id: 'ban-truncate',
  severity: 'error',
  class: 'contract',
  summary:
    'TRUNCATE deletes every row of an existing table (and, with CASCADE, of every table referencing it); no rollback brings them back.',
  kinds: ['TruncateStmt'],
  check({ statement, state }) {
    const { node } = statement;
    if (!('TruncateStmt' in node)) return [];
    const cascade = node.TruncateStmt.behavior === 'DROP_CASCADE';
    return (node.TruncateStmt.relations ?? [])
      .map((r) => ('RangeVar' in r ? relationKey(r.RangeVar) : ''))
      .filter((table) => table && !state.isNewTable(table))
      .map((table) => ({
        message:
          `TRUNCATE deletes every row of "${table}"` +
          `${cascade ? ', and CASCADE silently empties every table with a foreign key to it as well' : ''}: ` +
          'the previous release loses that data, a rollback cannot restore it, and the ACCESS EXCLUSIVE lock blocks all reads and writes meanwhile.',
        help: 'Delete only the rows you mean to, in batches with a WHERE clause (after archiving them), and name each table explicitly instead of using CASCADE.',
      }));
  },
};
