import type { Node } from '@pgsql/types';
import { columnKey, qualifiedName, relationKey } from './names.js';

/** The kinds of object a change can create, each a set of canonical names. */
export type ObjectKind =
  | 'tables'
  | 'columns'
  | 'indexes'
  | 'types'
  | 'views'
  | 'functions'
  /** `table:trigger`: trigger names are only unique per table. */
  | 'triggers'
  | 'schemas'
  /** Tables that got a policy in this change. */
  | 'policies';

/**
 * What one statement does to the state, computed from its AST alone, so a thread that parsed a run of
 * files can hand their effect to the thread that lints the files after them (lint-pool.ts). A rename only
 * moves a name the change created itself: whether it applies depends on the state, the op does not.
 */
export type StateOp = { kind: ObjectKind; add: string } | { kind: ObjectKind; rename: string; to: string };

/**
 * Objects this change creates, in the order its migrations run. An object created earlier in the same
 * change is new and empty, and the previous release never used it: indexing it, constraining it or
 * dropping it again is safe.
 */
export class SchemaState {
  private readonly sets = new Map<ObjectKind, Set<string>>();

  /** The state after `ops`, applied in order to an empty change. */
  static replay(ops: readonly StateOp[]): SchemaState {
    const state = new SchemaState();
    for (const op of ops) state.applyOp(op);
    return state;
  }

  private has(kind: ObjectKind, key: string): boolean {
    return this.sets.get(kind)?.has(key) ?? false;
  }

  isNewTable(table: string): boolean {
    return this.has('tables', table);
  }

  /** A column added by this change (to a new or an existing table). */
  isNewColumn(table: string, column: string): boolean {
    return this.has('tables', table) || this.has('columns', columnKey(table, column));
  }

  isNewIndex(name: string): boolean {
    return this.has('indexes', name);
  }

  isNewType(name: string): boolean {
    return this.has('types', name);
  }

  isNewView(name: string): boolean {
    return this.has('views', name);
  }

  isNewFunction(name: string): boolean {
    return this.has('functions', name);
  }

  isNewTrigger(table: string, name: string): boolean {
    return this.has('triggers', `${table}:${name}`);
  }

  isNewSchema(name: string): boolean {
    return this.has('schemas', name);
  }

  /** A policy was created on this table earlier in the change. */
  hasNewPolicy(table: string): boolean {
    return this.has('policies', table);
  }

  /** Update the state after a statement ran. */
  apply(node: Node): void {
    for (const op of stateOps(node)) this.applyOp(op);
  }

  applyOp(op: StateOp): void {
    let set = this.sets.get(op.kind);
    if (!set) this.sets.set(op.kind, (set = new Set()));
    if ('add' in op) set.add(op.add);
    else if (set.delete(op.rename)) set.add(op.to);
  }
}

/** The statement kinds `stateOps` answers for; every other kind leaves the state as it is. */
export const STATE_KINDS: ReadonlySet<string> = new Set([
  'CreateStmt',
  'CreateTableAsStmt',
  'AlterTableStmt',
  'IndexStmt',
  'CreateEnumStmt',
  'CompositeTypeStmt',
  'CreateDomainStmt',
  'ViewStmt',
  'CreateFunctionStmt',
  'CreateTrigStmt',
  'CreateSchemaStmt',
  'CreatePolicyStmt',
  'RenameStmt',
]);

/** What a statement creates or renames, from its AST. */
export function stateOps(node: Node): StateOp[] {
  if ('CreateStmt' in node) return [{ kind: 'tables', add: relationKey(node.CreateStmt.relation) }];
  if ('CreateTableAsStmt' in node) {
    // Materialized views are created this way too; they are views to DROP VIEW rules.
    const name = relationKey(node.CreateTableAsStmt.into?.rel);
    const table: StateOp = { kind: 'tables', add: name };
    return node.CreateTableAsStmt.objtype === 'OBJECT_MATVIEW'
      ? [table, { kind: 'views', add: name }]
      : [table];
  }
  if ('AlterTableStmt' in node) {
    const table = relationKey(node.AlterTableStmt.relation);
    const ops: StateOp[] = [];
    for (const cmd of node.AlterTableStmt.cmds ?? []) {
      if (!('AlterTableCmd' in cmd)) continue;
      const c = cmd.AlterTableCmd;
      if (c.subtype === 'AT_AddColumn' && c.def && 'ColumnDef' in c.def && c.def.ColumnDef.colname) {
        ops.push({ kind: 'columns', add: columnKey(table, c.def.ColumnDef.colname) });
      }
    }
    return ops;
  }
  if ('IndexStmt' in node) {
    const { idxname, relation } = node.IndexStmt;
    return idxname ? [{ kind: 'indexes', add: schemaOf(relation?.schemaname) + idxname }] : [];
  }
  if ('CreateEnumStmt' in node) return [{ kind: 'types', add: qualifiedName(node.CreateEnumStmt.typeName) }];
  if ('CompositeTypeStmt' in node)
    return [{ kind: 'types', add: relationKey(node.CompositeTypeStmt.typevar) }];
  if ('CreateDomainStmt' in node)
    return [{ kind: 'types', add: qualifiedName(node.CreateDomainStmt.domainname) }];
  if ('ViewStmt' in node) return [{ kind: 'views', add: relationKey(node.ViewStmt.view) }];
  if ('CreateFunctionStmt' in node) {
    return [{ kind: 'functions', add: qualifiedName(node.CreateFunctionStmt.funcname) }];
  }
  if ('CreateTrigStmt' in node) {
    const t = node.CreateTrigStmt;
    return t.trigname ? [{ kind: 'triggers', add: `${relationKey(t.relation)}:${t.trigname}` }] : [];
  }
  if ('CreateSchemaStmt' in node) {
    const name = node.CreateSchemaStmt.schemaname;
    return name ? [{ kind: 'schemas', add: name }] : [];
  }
  if ('CreatePolicyStmt' in node)
    return [{ kind: 'policies', add: relationKey(node.CreatePolicyStmt.table) }];
  if ('RenameStmt' in node) return renameOps(node);
  return [];
}

function renameOps(node: Extract<Node, { RenameStmt: unknown }>): StateOp[] {
  const r = node.RenameStmt;
  if (!r.newname) return [];
  const table = relationKey(r.relation);
  if (r.renameType === 'OBJECT_TABLE') {
    return [{ kind: 'tables', rename: table, to: schemaOf(r.relation?.schemaname) + r.newname }];
  }
  if (r.renameType === 'OBJECT_COLUMN' && r.subname) {
    return [{ kind: 'columns', rename: columnKey(table, r.subname), to: columnKey(table, r.newname) }];
  }
  return [];
}

function schemaOf(schema: string | undefined): string {
  return schema && schema !== 'public' ? `${schema}.` : '';
}
