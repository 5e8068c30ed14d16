import type { Constraint, Node } from '@pgsql/types';
import type { ParsedStatement } from '../../../sql/model.js';
import { relationKey, stringValue } from '../../../sql/names.js';
import { alterCommands, constraintOf } from './ast.js';

/** A statement that provably writes NULL into a column, and how. */
export interface NullWrite {
  line: number;
  /** The migration it is in, when not the one the hit is on. */
  file?: string;
  /** `a foreign key ON DELETE SET NULL`, `UPDATE … SET "c" = NULL`. */
  how: string;
}

/**
 * Where the migration itself makes NULLs appear in `table.column` — read from the SQL, not guessed from
 * code: a foreign key on the column with ON DELETE / ON UPDATE SET NULL (Postgres writes the NULL when
 * the referenced row goes; declared anywhere in the file, or in the statement itself), an UPDATE that sets
 * it to NULL, an INSERT that lists NULL for it (both after the statement: before it they would fail).
 */
export function nullWritesInto(
  table: string,
  column: string,
  statement: ParsedStatement,
  previous: readonly ParsedStatement[],
  following: readonly ParsedStatement[],
): NullWrite[] {
  const writes: NullWrite[] = [];
  for (const s of [...previous, statement]) writes.push(...foreignKeyWrites(s, table, column));
  for (const s of following) writes.push(...nullWritesBy(s, table, column));
  return writes;
}

/**
 * Every way one statement makes NULLs appear in `table.column` once the column is nullable (a statement
 * after the DROP NOT NULL, in the same migration or a later one of the change).
 */
export function nullWritesBy(s: ParsedStatement, table: string, column: string): NullWrite[] {
  const writes = foreignKeyWrites(s, table, column);
  if (s.kind === 'UpdateStmt' && updatesToNull(s.node, table, column))
    writes.push({ line: s.line, how: `UPDATE … SET "${column}" = NULL` });
  if (s.kind === 'InsertStmt' && insertsNull(s.node, table, column))
    writes.push({ line: s.line, how: `INSERT … NULL into "${column}"` });
  return writes;
}

function foreignKeyWrites(s: ParsedStatement, table: string, column: string): NullWrite[] {
  const fk = setNullForeignKey(s, table, column);
  return fk ? [{ line: s.line, how: fk }] : [];
}

function setNullForeignKey(s: ParsedStatement, table: string, column: string): string | undefined {
  if (s.kind !== 'AlterTableStmt') return undefined;
  const { node } = s; // read only now: a statement's AST is parsed on first read
  if (!('AlterTableStmt' in node) || relationKey(node.AlterTableStmt.relation) !== table) return undefined;
  for (const cmd of alterCommands(node)) {
    const c = cmd.subtype === 'AT_AddConstraint' ? constraintOf(cmd.def) : undefined;
    if (!c || c.contype !== 'CONSTR_FOREIGN' || !names(c.fk_attrs).includes(column)) continue;
    const onDelete = c.fk_del_action === 'n' && setsColumn(c, column);
    if (onDelete || c.fk_upd_action === 'n')
      return `foreign key${c.conname ? ` "${c.conname}"` : ''} ON ${onDelete ? 'DELETE' : 'UPDATE'} SET NULL`;
  }
  return undefined;
}

/** `ON DELETE SET NULL (a)` (Postgres 15+) sets only the listed columns; without a list, all of them. */
function setsColumn(c: Constraint, column: string): boolean {
  const only = names(c.fk_del_set_cols);
  return only.length === 0 || only.includes(column);
}

function updatesToNull(node: Node, table: string, column: string): boolean {
  if (!('UpdateStmt' in node) || relationKey(node.UpdateStmt.relation) !== table) return false;
  return (node.UpdateStmt.targetList ?? []).some(
    (t) => 'ResTarget' in t && t.ResTarget.name === column && isNull(t.ResTarget.val),
  );
}

function insertsNull(node: Node, table: string, column: string): boolean {
  if (!('InsertStmt' in node) || relationKey(node.InsertStmt.relation) !== table) return false;
  const cols = (node.InsertStmt.cols ?? []).map((c) => ('ResTarget' in c ? c.ResTarget.name : undefined));
  const at = cols.indexOf(column);
  const select = node.InsertStmt.selectStmt;
  if (at < 0 || !select || !('SelectStmt' in select)) return false;
  return (select.SelectStmt.valuesLists ?? []).some((row) => 'List' in row && isNull(row.List.items?.[at]));
}

function isNull(value: Node | undefined): boolean {
  if (!value) return false;
  const inner = 'TypeCast' in value ? value.TypeCast.arg : value;
  return !!inner && 'A_Const' in inner && inner.A_Const.isnull === true;
}

function names(list: Node[] | undefined): string[] {
  return (list ?? []).flatMap((n) => stringValue(n) ?? []);
}
