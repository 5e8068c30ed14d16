import type { AlterTableCmd, ColumnDef, Constraint, Node } from '@pgsql/types';

/** Small accessors over the Postgres AST shared by rules (not a dumping ground: AST shape only). */

export function alterCommands(node: Node): AlterTableCmd[] {
  if (!('AlterTableStmt' in node)) return [];
  return (node.AlterTableStmt.cmds ?? []).flatMap((c) => ('AlterTableCmd' in c ? [c.AlterTableCmd] : []));
}

export function columnDefOf(cmd: AlterTableCmd): ColumnDef | undefined {
  return cmd.def && 'ColumnDef' in cmd.def ? cmd.def.ColumnDef : undefined;
}

export function constraintOf(node: Node | undefined): Constraint | undefined {
  return node && 'Constraint' in node ? node.Constraint : undefined;
}

export function columnConstraints(def: ColumnDef): Constraint[] {
  return (def.constraints ?? []).flatMap((c) => ('Constraint' in c ? [c.Constraint] : []));
}

/** ALTER TABLE … on a table (not an index, view or sequence). */
export function isTableAlter(node: Node): boolean {
  return 'AlterTableStmt' in node && (node.AlterTableStmt.objtype ?? 'OBJECT_TABLE') === 'OBJECT_TABLE';
}
