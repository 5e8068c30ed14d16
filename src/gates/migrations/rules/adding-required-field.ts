import type { ColumnDef } from '@pgsql/types';
import { relationKey } from '../../../sql/names.js';
import type { Rule } from '../rule.js';
import {
  alterCommands,
  columnConstraints,
  columnDefOf,
  columnDefault,
  isSerialType,
  isTableAlter,
} from './ast.js';

/** Identity, generated and serial columns are filled by Postgres, so existing rows and old INSERTs get a value. */
function fillsItself(def: ColumnDef): boolean {
  if (isSerialType(def.typeName)) return true;
  return columnConstraints(def).some(
    (c) => c.contype === 'CONSTR_IDENTITY' || c.contype === 'CONSTR_GENERATED',
  );
}

function isRequired(def: ColumnDef): boolean {
  const required = columnConstraints(def).some(
    (c) => c.contype === 'CONSTR_NOTNULL' || c.contype === 'CONSTR_PRIMARY',
  );
  return required && !columnDefault(def) && !fillsItself(def);
}

export const addingRequiredField: Rule = {
  id: 'adding-required-field',
  severity: 'error',
  class: 'contract',
  summary:
    'ADD COLUMN … NOT NULL without a DEFAULT fails on existing rows, and the previous release’s INSERTs that omit the column fail.',
  kinds: ['AlterTableStmt'],
  check({ statement, state }) {
    if (!isTableAlter(statement.node) || !('AlterTableStmt' in statement.node)) return [];
    const table = relationKey(statement.node.AlterTableStmt.relation);
    if (state.isNewTable(table)) return [];
    return alterCommands(statement.node)
      .filter((c) => c.subtype === 'AT_AddColumn')
      .flatMap((c) => {
        const def = columnDefOf(c);
        return def?.colname && isRequired(def) ? [def.colname] : [];
      })
      .map((column) => ({
        message: `Adding required column "${column}" to existing table "${table}" without a DEFAULT fails as soon as the table has a row, and the previous release's INSERTs, which do not name "${column}", fail with a NOT NULL violation.`,
        help: 'Add the column as nullable (or with a constant DEFAULT), backfill it, and tighten it to NOT NULL in a later release once the previous release no longer inserts rows without it.',
      }));
  },
};
