import { qualifiedName } from '../../../sql/names.js';
import type { Rule } from '../rule.js';
import { droppedTables } from './affected-objects.js';
import { dropTargetNames } from './ast.js';

export const banDropTable: Rule = {
  id: 'ban-drop-table',
  severity: 'error',
  class: 'contract',
  summary: 'Dropping a table breaks the previous release, which still queries it, and deletes its data.',
  kinds: ['DropStmt'],
  affects: droppedTables,
  deletesData: true,
  check({ statement, state }) {
    const { node } = statement;
    if (!('DropStmt' in node) || node.DropStmt.removeType !== 'OBJECT_TABLE') return [];
    const cascade = node.DropStmt.behavior === 'DROP_CASCADE';
    return dropTargetNames(node)
      .map((parts) => qualifiedName(parts))
      .filter((table) => table && !state.isNewTable(table))
      .map((table) => ({
        message:
          `Dropping table "${table}" breaks the previous release: every query it still makes on the table fails, ` +
          `and a rollback cannot bring the rows back${cascade ? '; CASCADE also drops the views and foreign keys that depend on it' : ''}.`,
        help: 'Contract in a later release: first ship a release that no longer reads or writes the table, then drop it once that release is the rollback target (check it is empty or archived first).',
      }));
  },
};
