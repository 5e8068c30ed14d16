import { relationKey } from '../../../sql/names.js';
import type { Rule } from '../rule.js';
import { droppedColumns } from './affected-objects.js';
import { alterCommands } from './ast.js';

export const banDropColumn: Rule = {
  id: 'ban-drop-column',
  severity: 'error',
  class: 'contract',
  summary:
    'Dropping a column breaks the previous release, which still reads and writes it, and deletes its data.',
  kinds: ['AlterTableStmt'],
  affects: droppedColumns,
  deletesData: true,
  check({ statement, state }) {
    if (!('AlterTableStmt' in statement.node)) return [];
    const table = relationKey(statement.node.AlterTableStmt.relation);
    return alterCommands(statement.node)
      .filter((c) => c.subtype === 'AT_DropColumn' && c.name && !state.isNewColumn(table, c.name))
      .map((c) => ({
        message: `Dropping column "${c.name}" of "${table}" breaks the previous release: its queries still name the column, and a rollback cannot bring the data back.`,
        help: 'Contract in a later release: first ship a release that no longer reads or writes the column, then drop it once that release is the rollback target.',
      }));
  },
};
