import { relationKey } from '../../../sql/names.js';
import type { Rule, RuleHit } from '../rule.js';
import { droppedColumns } from './affected-objects.js';
import { alterCommands } from './ast.js';
import { copiedInto, readdedColumn } from './dropped-column.js';
import type { AddedColumn } from './dropped-column.js';

export const banDropColumn: Rule = {
  id: 'ban-drop-column',
  severity: 'error',
  class: 'contract',
  summary:
    'Dropping a column breaks the previous release, which still reads and writes it, and deletes its data.',
  kinds: ['AlterTableStmt'],
  affects: droppedColumns,
  deletesData: true,
  check({ statement, state, previous, following }) {
    if (!('AlterTableStmt' in statement.node)) return [];
    const table = relationKey(statement.node.AlterTableStmt.relation);
    return alterCommands(statement.node)
      .filter((c) => c.subtype === 'AT_DropColumn' && c.name && !state.isNewColumn(table, c.name))
      .map((c): RuleHit => {
        const column = c.name!;
        const copied = copiedInto(table, column, previous);
        const kept = copied.length
          ? ` Its values were copied into ${copied.map((n) => `"${n}"`).join(', ')} first, so the data survives there, but not under "${column}".`
          : '';
        const again = readdedColumn(table, column, statement, following);
        if (again) return readded(table, column, again, kept);
        return {
          message: `Dropping column "${column}" of "${table}" breaks the previous release: its queries still name the column, and a rollback cannot bring ${copied.length ? 'it' : 'the data'} back.${kept}`,
          help: 'Contract in a later release: first ship a release that no longer reads or writes the column, then drop it once that release is the rollback target.',
        };
      });
  },
};

/**
 * DROP + ADD of the same name: a type change (or a reset) that converts nothing. The one story of the
 * statement; drop-add-rename stays silent on it (dropped-column.ts).
 */
function readded(table: string, column: string, again: AddedColumn, kept: string): RuleHit {
  const as = again.readable ? ` as ${again.readable}` : '';
  return {
    message: `Dropping column "${column}" of "${table}" and adding it again${as} (line ${again.line}) changes it by DROP + ADD, which converts nothing: every value in "${column}" is deleted and each row gets the new column's default or NULL, and the previous release, which still reads and writes "${column}" as it was, meets the new column after the migration and after a rollback.${kept}`,
    help: `Keep "${column}" while the previous release uses it: add a column of the new type under another name, backfill it from "${column}" in batches, switch the code to it in a release, and drop "${column}" once the release you would roll back to no longer uses it.`,
  };
}
