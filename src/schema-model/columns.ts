import type { ColumnDef, Constraint, Node } from '@pgsql/types';
import type { ColumnModel } from './model.js';
import { isSerial, normalizeType } from './types.js';

function constraintsOf(def: ColumnDef): Constraint[] {
  return (def.constraints ?? []).flatMap((c: Node) => ('Constraint' in c ? [c.Constraint] : []));
}

/** `DEFAULT NULL` is no default at all. */
export function isNullConstant(expr: Node | undefined): boolean {
  return !!expr && 'A_Const' in expr && expr.A_Const.isnull === true;
}

/** A column as CREATE TABLE or ADD COLUMN defines it, with its inline constraints applied. */
export function columnFromDef(def: ColumnDef): ColumnModel {
  const constraints = constraintsOf(def);
  const has = (type: string) => constraints.some((c) => c.contype === type);
  const serial = isSerial(def.typeName);
  const defaultExpr = constraints.find((c) => c.contype === 'CONSTR_DEFAULT')?.raw_expr;
  const identity = has('CONSTR_IDENTITY');
  const generated = has('CONSTR_GENERATED');
  const column: ColumnModel = {
    name: def.colname ?? '',
    type: normalizeType(def.typeName),
    notNull: serial || identity || has('CONSTR_NOTNULL') || has('CONSTR_PRIMARY'),
    hasDefault: serial || (!!defaultExpr && !isNullConstant(defaultExpr)),
  };
  if (identity) column.generated = 'identity';
  else if (generated) column.generated = 'stored';
  return column;
}

/** The column names of a table-level `PRIMARY KEY (a, b)` constraint: they become NOT NULL. */
export function primaryKeyColumns(node: Node | undefined): string[] {
  if (!node || !('Constraint' in node) || node.Constraint.contype !== 'CONSTR_PRIMARY') return [];
  return (node.Constraint.keys ?? []).flatMap((k: Node) =>
    'String' in k && k.String.sval ? [k.String.sval] : [],
  );
}
