import { relationKey } from '../../../sql/names.js';
import type { Rule } from '../rule.js';
import { nullableColumns } from './affected-objects.js';
import { alterCommands } from './ast.js';

export const banDropNotNull: Rule = {
  id: 'ban-drop-not-null',
  severity: 'warning',
  class: 'contract',
  summary:
    'Dropping NOT NULL lets the new release write NULLs the previous release does not expect, and makes the column hard to tighten again.',
  kinds: ['AlterTableStmt'],
  affects: nullableColumns,
  check({ statement, state }) {
    const { node } = statement;
    if (!('AlterTableStmt' in node)) return [];
    const table = relationKey(node.AlterTableStmt.relation);
    return alterCommands(node)
      .filter((c) => c.subtype === 'AT_DropNotNull' && c.name && !state.isNewColumn(table, c.name))
      .map((c) => ({
        message: `Dropping NOT NULL on "${table}"."${c.name}" lets the new release write NULLs that the previous release does not expect (its types say the value is always set), and once NULLs exist, restoring SET NOT NULL on rollback fails.`,
        help: 'Keep the column NOT NULL and write a sentinel or default value instead, or add a new nullable column and move to it (expand/contract).',
      }));
  },
};
