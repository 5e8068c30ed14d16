import { qualifiedName, relationKey } from '../../../sql/names.js';
import type { AffectedObject, RuleContext } from '../rule.js';

/*
 * What a contract statement takes away from the previous release, for rules whose whole concern is that
 * the previous release still uses it (Rule.affects). Objects this change created itself are left out:
 * nothing released uses them.
 */

/** ALTER TABLE … DROP COLUMN of an existing column. */
export function droppedColumns({ statement: { node }, state }: RuleContext): AffectedObject[] {
  if (!('AlterTableStmt' in node)) return [];
  const table = relationKey(node.AlterTableStmt.relation);
  return (node.AlterTableStmt.cmds ?? []).flatMap((c) =>
    'AlterTableCmd' in c &&
    c.AlterTableCmd.subtype === 'AT_DropColumn' &&
    c.AlterTableCmd.name &&
    !state.isNewColumn(table, c.AlterTableCmd.name)
      ? [{ table, column: c.AlterTableCmd.name }]
      : [],
  );
}

/** ALTER TABLE … ALTER COLUMN … DROP NOT NULL of an existing column. */
export function nullableColumns({ statement: { node }, state }: RuleContext): AffectedObject[] {
  if (!('AlterTableStmt' in node)) return [];
  const table = relationKey(node.AlterTableStmt.relation);
  return (node.AlterTableStmt.cmds ?? []).flatMap((c) =>
    'AlterTableCmd' in c &&
    c.AlterTableCmd.subtype === 'AT_DropNotNull' &&
    c.AlterTableCmd.name &&
    !state.isNewColumn(table, c.AlterTableCmd.name)
      ? [{ table, column: c.AlterTableCmd.name }]
      : [],
  );
}

/** DROP TABLE of existing tables. */
export function droppedTables({ statement: { node }, state }: RuleContext): AffectedObject[] {
  if (!('DropStmt' in node) || node.DropStmt.removeType !== 'OBJECT_TABLE') return [];
  return (node.DropStmt.objects ?? [])
    .map((o) => qualifiedName('List' in o ? o.List.items : [o]))
    .filter((table) => table && !state.isNewTable(table))
    .map((table) => ({ table }));
}

/** ALTER TABLE … RENAME COLUMN: the old name goes away. */
export function renamedColumn({ statement: { node } }: RuleContext): AffectedObject[] {
  return 'RenameStmt' in node && node.RenameStmt.renameType === 'OBJECT_COLUMN' && node.RenameStmt.subname
    ? [{ table: relationKey(node.RenameStmt.relation), column: node.RenameStmt.subname }]
    : [];
}

/** ALTER TABLE … RENAME TO: the old name goes away. */
export function renamedTable({ statement: { node } }: RuleContext): AffectedObject[] {
  return 'RenameStmt' in node && node.RenameStmt.renameType === 'OBJECT_TABLE'
    ? [{ table: relationKey(node.RenameStmt.relation) }]
    : [];
}
