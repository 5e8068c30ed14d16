import { relationKey } from '../../../sql/names.js';
import type { Rule } from '../rule.js';

export const unboundedDataChange: Rule = {
  id: 'unbounded-data-change',
  severity: 'error',
  class: 'contract',
  summary:
    'DELETE or UPDATE without WHERE on an existing table changes every row: data a rollback cannot restore, under a lock on every row.',
  kinds: ['DeleteStmt', 'UpdateStmt'],
  check({ statement, state }) {
    const { node } = statement;
    if ('DeleteStmt' in node) {
      const table = relationKey(node.DeleteStmt.relation);
      if (node.DeleteStmt.whereClause || !table || state.isNewTable(table)) return [];
      return [
        {
          message: `DELETE without WHERE removes every row of "${table}": the previous release loses that data, and a rollback cannot bring it back.`,
          help: 'Delete only the rows you mean to, with a WHERE clause and in batches, after archiving them (or keep the rows and filter them out in code).',
        },
      ];
    }
    if ('UpdateStmt' in node) {
      const u = node.UpdateStmt;
      const table = relationKey(u.relation);
      if (u.whereClause || !table || state.isNewTable(table)) return [];
      const columns = (u.targetList ?? []).flatMap((t) =>
        'ResTarget' in t && t.ResTarget.name ? [t.ResTarget.name] : [],
      );
      const overwrites = columns.filter((c) => !state.isNewColumn(table, c));
      const list = columns.map((c) => `"${c}"`).join(', ');
      return [
        {
          // The schema contract does not change, so the class is left to the data: unknown.
          class: 'unknown',
          message:
            `UPDATE without WHERE rewrites every row of "${table}" (${list}) in one transaction, locking each row against writes until it commits` +
            `${overwrites.length ? ` and overwriting values of ${overwrites.map((c) => `"${c}"`).join(', ')} that a rollback cannot restore` : ''}.`,
          help: 'Backfill in a separate migration or job, in batches of a few thousand rows keyed by primary key (UPDATE … WHERE id BETWEEN …), each committed on its own.',
        },
      ];
    }
    return [];
  },
};
