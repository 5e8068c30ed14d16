import type { Node, RenameStmt } from '@pgsql/types';
import type { ParsedStatement } from './model.js';
import { columnKey, qualifiedName, relationKey } from './names.js';

/**
 * Objects this change creates, in the order its migrations run. An object created earlier in the same
 * change is new and empty, and the previous release never used it: indexing it, constraining it or
 * dropping it again is safe.
 */
export class SchemaState {
  private readonly tables = new Set<string>();
  private readonly columns = new Set<string>();
  private readonly indexes = new Set<string>();
  private readonly types = new Set<string>();
  private readonly views = new Set<string>();
  private readonly functions = new Set<string>();
  /** `table:trigger`: trigger names are only unique per table. */
  private readonly triggers = new Set<string>();
  private readonly schemas = new Set<string>();
  /** Tables that got a policy in this change. */
  private readonly policies = new Set<string>();

  isNewTable(table: string): boolean {
    return this.tables.has(table);
  }

  /** A column added by this change (to a new or an existing table). */
  isNewColumn(table: string, column: string): boolean {
    return this.tables.has(table) || this.columns.has(columnKey(table, column));
  }

  isNewIndex(name: string): boolean {
    return this.indexes.has(name);
  }

  isNewType(name: string): boolean {
    return this.types.has(name);
  }

  isNewView(name: string): boolean {
    return this.views.has(name);
  }

  isNewFunction(name: string): boolean {
    return this.functions.has(name);
  }

  isNewTrigger(table: string, name: string): boolean {
    return this.triggers.has(`${table}:${name}`);
  }

  isNewSchema(name: string): boolean {
    return this.schemas.has(name);
  }

  /** A policy was created on this table earlier in the change. */
  hasNewPolicy(table: string): boolean {
    return this.policies.has(table);
  }

  /** What each kind of statement teaches the state; statements of other kinds create nothing it tracks. */
  private static readonly learners: { [K in NodeKind]?: Learner<NodeOf<K>> } = {
    CreateStmt(n) {
      this.tables.add(relationKey(n.relation));
    },
    CreateTableAsStmt(n) {
      // Materialized views are created this way too; they are views to DROP VIEW rules.
      const name = relationKey(n.into?.rel);
      this.tables.add(name);
      if (n.objtype === 'OBJECT_MATVIEW') this.views.add(name);
    },
    AlterTableStmt(n) {
      const table = relationKey(n.relation);
      for (const cmd of n.cmds ?? []) {
        if (!('AlterTableCmd' in cmd)) continue;
        const c = cmd.AlterTableCmd;
        if (c.subtype === 'AT_AddColumn' && c.def && 'ColumnDef' in c.def && c.def.ColumnDef.colname) {
          this.columns.add(columnKey(table, c.def.ColumnDef.colname));
        }
      }
    },
    IndexStmt(n) {
      if (n.idxname) this.indexes.add(schemaOf(n.relation?.schemaname) + n.idxname);
    },
    CreateEnumStmt(n) {
      this.types.add(qualifiedName(n.typeName));
    },
    CompositeTypeStmt(n) {
      this.types.add(relationKey(n.typevar));
    },
    CreateDomainStmt(n) {
      this.types.add(qualifiedName(n.domainname));
    },
    ViewStmt(n) {
      this.views.add(relationKey(n.view));
    },
    CreateFunctionStmt(n) {
      this.functions.add(qualifiedName(n.funcname));
    },
    CreateTrigStmt(n) {
      if (n.trigname) this.triggers.add(`${relationKey(n.relation)}:${n.trigname}`);
    },
    CreateSchemaStmt(n) {
      if (n.schemaname) this.schemas.add(n.schemaname);
    },
    CreatePolicyStmt(n) {
      this.policies.add(relationKey(n.table));
    },
    RenameStmt(n) {
      this.rename(n);
    },
  };

  /**
   * Update the state after a statement ran. Only the kinds in `learners` are read: the AST of any other
   * statement is never parsed (statement-json.ts).
   */
  apply(statement: Pick<ParsedStatement, 'kind' | 'node'>): void {
    if (!Object.hasOwn(SchemaState.learners, statement.kind)) return;
    const learn = SchemaState.learners[statement.kind as NodeKind] as Learner<Node>;
    const node = statement.node as Record<string, unknown>;
    learn.call(this, node[statement.kind] as Node);
  }

  private rename(r: RenameStmt): void {
    const table = relationKey(r.relation);
    if (!r.newname) return;
    if (r.renameType === 'OBJECT_TABLE' && this.tables.delete(table)) {
      this.tables.add(schemaOf(r.relation?.schemaname) + r.newname);
    } else if (
      r.renameType === 'OBJECT_COLUMN' &&
      r.subname &&
      this.columns.delete(columnKey(table, r.subname))
    ) {
      this.columns.add(columnKey(table, r.newname));
    }
  }
}

function schemaOf(schema: string | undefined): string {
  return schema && schema !== 'public' ? `${schema}.` : '';
}

/** Every node type name of the Postgres AST (`CreateStmt`, `AlterTableStmt`, …). */
type NodeKind = Node extends infer N ? (N extends unknown ? keyof N & string : never) : never;
/** The inside of a node of that type: `{ CreateStmt: X }` → X. */
type NodeOf<K extends NodeKind> = Extract<Node, Record<K, unknown>>[K];
type Learner<T> = (this: SchemaState, node: T) => void;
