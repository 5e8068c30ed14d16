import type { AlterTableCmd, ColumnDef, Constraint, Node } from '@pgsql/types';
import { relationKey, stringValue } from '../../../sql/names.js';

/** Small accessors over the Postgres AST shared by rules (not a dumping ground: AST shape only). */

/**
 * The inside of a statement's node when it is of this kind (`{ CreatePolicyStmt: X }` → X), else
 * undefined.
 */
export function nodeOf<K extends NodeKind>(
  statement: { readonly kind: string; readonly node: Node },
  kind: K,
): NodeOf<K> | undefined {
  return statement.kind === kind ? (statement.node as unknown as Record<K, NodeOf<K>>)[kind] : undefined;
}

const commandsByNode = new WeakMap<object, AlterTableCmd[]>();

/** The sub-commands of an ALTER TABLE; every rule asks, so the list is built once per statement. */
export function alterCommands(node: Node): AlterTableCmd[] {
  if (!('AlterTableStmt' in node)) return [];
  let cmds = commandsByNode.get(node);
  if (!cmds) {
    cmds = (node.AlterTableStmt.cmds ?? []).flatMap((c) => ('AlterTableCmd' in c ? [c.AlterTableCmd] : []));
    commandsByNode.set(node, cmds);
  }
  return cmds;
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

/**
 * The targets of a DROP statement, each as its name parts for `qualifiedName` (`public.users` →
 * public, users; a trigger's table comes first and its own name last; a function's argument list is left out).
 */
export function dropTargetNames(node: Node): Node[][] {
  if (!('DropStmt' in node)) return [];
  return (node.DropStmt.objects ?? []).map((o) => {
    if ('List' in o) return o.List.items ?? [];
    if ('ObjectWithArgs' in o) return o.ObjectWithArgs.objname ?? [];
    if ('TypeName' in o) return o.TypeName.names ?? [];
    return [o];
  });
}

type TypeNameNode = NonNullable<ColumnDef['typeName']>;
type NodeKind = Node extends infer N ? (N extends N ? keyof N : never) : never;
type NodeOf<K extends NodeKind> = Extract<Node, Record<K, unknown>>[K];

/** The last part of a type name (`pg_catalog.varchar` → `varchar`, `character varying` → `varchar`). */
export function typeBaseName(type: TypeNameNode | undefined): string {
  const last = type?.names?.[type.names.length - 1];
  return last && 'String' in last ? (last.String.sval ?? '') : '';
}

/** Integer type modifiers: `varchar(20)` → [20], `numeric(10,2)` → [10, 2], `text` → []. */
export function typeModifiers(type: TypeNameNode | undefined): number[] {
  return (type?.typmods ?? []).flatMap((m) => ('A_Const' in m ? [m.A_Const.ival?.ival ?? 0] : []));
}

const SERIAL_TYPES = new Set(['serial', 'serial2', 'serial4', 'serial8', 'smallserial', 'bigserial']);

/** `serial`, `bigserial` and friends: an integer column filled from a new sequence. */
export function isSerialType(type: TypeNameNode | undefined): boolean {
  return (
    (type?.names?.length ?? 0) === 1 && SERIAL_TYPES.has(typeBaseName(type)) && !type?.arrayBounds?.length
  );
}

/** A column definition's DEFAULT expression; undefined when it has none or `DEFAULT NULL`. */
export function columnDefault(def: ColumnDef): Node | undefined {
  const expr = columnConstraints(def).find((c) => c.contype === 'CONSTR_DEFAULT')?.raw_expr;
  if (!expr || ('A_Const' in expr && expr.A_Const.isnull)) return undefined;
  return expr;
}

/** Every node of one kind inside a tree (an expression, a statement), depth-first. */
export function findNodes<K extends NodeKind>(root: unknown, kind: K): NodeOf<K>[] {
  const found: NodeOf<K>[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (key === kind) found.push(child as NodeOf<K>);
      visit(child);
    }
  };
  visit(root);
  return found;
}

/** REINDEX … CONCURRENTLY (written as an option: `REINDEX (CONCURRENTLY) …` or `REINDEX TABLE CONCURRENTLY …`). */
export function isConcurrentReindex(node: Node): boolean {
  if (!('ReindexStmt' in node)) return false;
  return (node.ReindexStmt.params ?? []).some((p) => {
    if (!('DefElem' in p) || p.DefElem.defname !== 'concurrently') return false;
    const arg = p.DefElem.arg;
    const value =
      arg && 'String' in arg
        ? arg.String.sval
        : arg && 'Boolean' in arg
          ? String(arg.Boolean.boolval ?? false)
          : undefined;
    return value === undefined || !['false', 'off', '0'].includes(value.toLowerCase());
  });
}

/** A unique index that a statement builds on an existing table: through a constraint, or an inline column constraint. */
export type IndexBuild =
  | { via: 'constraint'; table: string; constraint: Constraint; columns: string }
  | { via: 'column'; table: string; column: string };

/**
 * ADD CONSTRAINT … UNIQUE / PRIMARY KEY (without USING INDEX), or ADD COLUMN with one inline, on a
 * table that existed before the change: each builds its index under an ACCESS EXCLUSIVE lock.
 */
export function indexBuildsOnExistingTable(
  node: Node,
  state: { isNewTable(table: string): boolean },
  contype: 'CONSTR_UNIQUE' | 'CONSTR_PRIMARY',
): IndexBuild[] {
  if (!isTableAlter(node) || !('AlterTableStmt' in node)) return [];
  const table = relationKey(node.AlterTableStmt.relation);
  if (state.isNewTable(table)) return [];
  const builds = (c: Constraint | undefined): c is Constraint => c?.contype === contype && !c.indexname;
  return alterCommands(node).flatMap((cmd): IndexBuild[] => {
    if (cmd.subtype === 'AT_AddConstraint') {
      const c = constraintOf(cmd.def);
      if (!builds(c)) return [];
      const columns = (c.keys ?? []).map((k) => `"${stringValue(k)}"`).join(', ');
      return [{ via: 'constraint', table, constraint: c, columns }];
    }
    const def = cmd.subtype === 'AT_AddColumn' ? columnDefOf(cmd) : undefined;
    if (!def?.colname || !columnConstraints(def).some(builds)) return [];
    return [{ via: 'column', table, column: def.colname }];
  });
}
