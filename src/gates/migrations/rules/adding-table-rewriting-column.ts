import type { ColumnDef } from '@pgsql/types';
import { relationKey, typeNameText } from '../../../sql/names.js';
import type { Rule } from '../rule.js';
import { alterCommands, columnConstraints, columnDefOf, isSerialType, isTableAlter } from './ast.js';

/** What makes Postgres fill the new column row by row, or undefined when it does not. */
function rewriteCause(def: ColumnDef): string | undefined {
  if (isSerialType(def.typeName)) return `of type ${typeNameText(def.typeName)} (a sequence default)`;
  for (const c of columnConstraints(def)) {
    if (c.contype === 'CONSTR_IDENTITY') return 'as an identity column';
    // Postgres 18 VIRTUAL generated columns are computed on read: no rewrite.
    if (c.contype === 'CONSTR_GENERATED' && c.generated_kind === 's') return 'as a STORED generated column';
  }
  return undefined;
}

export const addingTableRewritingColumn: Rule = {
  id: 'adding-table-rewriting-column',
  severity: 'error',
  class: 'expand',
  summary:
    'ADD COLUMN of a serial, identity or STORED generated column rewrites the whole table under an ACCESS EXCLUSIVE lock.',
  kinds: ['AlterTableStmt'],
  check({ statement, state }) {
    if (!isTableAlter(statement.node) || !('AlterTableStmt' in statement.node)) return [];
    const table = relationKey(statement.node.AlterTableStmt.relation);
    if (state.isNewTable(table)) return [];
    return alterCommands(statement.node).flatMap((cmd) => {
      const def = cmd.subtype === 'AT_AddColumn' ? columnDefOf(cmd) : undefined;
      const cause = def && rewriteCause(def);
      if (!def?.colname || !cause) return [];
      return [
        {
          message: `Adding column "${def.colname}" ${cause} to existing table "${table}" computes a value for every existing row, rewriting the whole table and its indexes under an ACCESS EXCLUSIVE lock: no reads or writes until it finishes.`,
          help: `Add "${def.colname}" as a plain nullable column, fill new rows with a trigger or a SET DEFAULT, and backfill existing rows in batches; for an id on a big table, consider a new table.`,
          locks: [table],
        },
      ];
    });
  },
};
