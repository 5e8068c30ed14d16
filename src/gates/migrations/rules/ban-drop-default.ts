import type { AlterTableCmd } from '@pgsql/types';
import { columnKey, qualifiedName, relationKey } from '../../../sql/names.js';
import type { ParsedStatement } from '../../../sql/model.js';
import type { Rule } from '../rule.js';
import { alterCommands, dropTargetNames, isTableAlter } from './ast.js';

/**
 * `ALTER COLUMN c DROP DEFAULT`, `SET DEFAULT NULL`, which is the same thing, or `DROP IDENTITY`, which
 * takes away the value an identity column gave every INSERT that left it out (the NOT NULL stays).
 */
function dropsDefault(c: AlterTableCmd): boolean {
  if (c.subtype === 'AT_DropIdentity' && c.name) return true;
  if (c.subtype !== 'AT_ColumnDefault' || !c.name) return false;
  return !c.def || ('A_Const' in c.def && c.def.A_Const.isnull === true);
}

/** Columns a later statement gives a default again, or drops (ban-drop-column's concern), as `table.column`. */
function settledLater(statements: readonly ParsedStatement[]): Set<string> {
  const keys = new Set<string>();
  for (const statement of statements) {
    if (statement.kind !== 'DropStmt' && statement.kind !== 'AlterTableStmt') continue;
    const { node } = statement; // read only now: a statement's AST is parsed on first read
    if ('DropStmt' in node && node.DropStmt.removeType === 'OBJECT_TABLE') {
      dropTargetNames(node).forEach((p) => keys.add(`${qualifiedName(p)}.*`));
    }
    if (!('AlterTableStmt' in node)) continue;
    const table = relationKey(node.AlterTableStmt.relation);
    for (const c of alterCommands(node)) {
      if (!c.name) continue;
      if (c.subtype === 'AT_DropColumn' || (c.subtype === 'AT_ColumnDefault' && !dropsDefault(c)))
        keys.add(columnKey(table, c.name));
    }
  }
  return keys;
}

export const banDropDefault: Rule = {
  id: 'ban-drop-default',
  severity: 'error',
  class: 'contract',
  summary: "Dropping a column's default breaks the previous release's INSERTs that leave the column out.",
  kinds: ['AlterTableStmt'],
  check({ statement, state, following }) {
    const { node } = statement;
    if (!('AlterTableStmt' in node) || !isTableAlter(node)) return [];
    const table = relationKey(node.AlterTableStmt.relation);
    if (!table || !alterCommands(node).some(dropsDefault)) return [];
    // Prisma changes an enum column's type between DROP DEFAULT and SET DEFAULT: that is a replace.
    const settled = settledLater([statement, ...following]);
    if (settled.has(`${table}.*`)) return [];
    return alterCommands(node)
      .filter(
        (c) =>
          dropsDefault(c) && !state.isNewColumn(table, c.name!) && !settled.has(columnKey(table, c.name!)),
      )
      .map((c) => ({
        message: `Dropping the default of "${c.name}" on "${table}" breaks the previous release: its INSERTs that leave "${c.name}" out now store NULL, or fail with a not-null violation if the column is NOT NULL, after the migration and after a rollback.`,
        help: `Keep the default until the contract release, once the rollback target always sets "${c.name}"; if the value must change, SET DEFAULT to the new value instead of dropping it.`,
      }));
  },
};
