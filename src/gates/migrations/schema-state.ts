import type {
  AlterTableStmt,
  CompositeTypeStmt,
  CreateDomainStmt,
  CreateEnumStmt,
  CreateFunctionStmt,
  CreatePolicyStmt,
  CreateRoleStmt,
  CreateSchemaStmt,
  CreateSeqStmt,
  CreateStmt,
  CreateTableAsStmt,
  CreateTrigStmt,
  IndexStmt,
  RenameStmt,
  ViewStmt,
} from '@pgsql/types';
import type { ParsedStatement } from '../../sql/model.js';
import { columnKey, qualifiedName, relationKey } from '../../sql/names.js';

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
  private readonly sequences = new Set<string>();
  private readonly roles = new Set<string>();
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

  isNewSequence(name: string): boolean {
    return this.sequences.has(name);
  }

  isNewRole(name: string): boolean {
    return this.roles.has(name);
  }

  /** A policy was created on this table earlier in the change, or by a deploy before it (`afterDeploy`). */
  hasNewPolicy(table: string): boolean {
    return this.policies.has(table);
  }

  /**
   * The state after this change shipped: nothing it created is new any more (it exists and holds rows,
   * and the release running then uses it). What stays true of old objects carries on: a table that got a
   * policy still has it.
   */
  afterDeploy(): SchemaState {
    const next = new SchemaState();
    for (const table of this.policies) next.policies.add(table);
    return next;
  }

  /**
   * `afterDeploy` in place, for a linter that carries one state through a history of deploys (`lint
   * FILES…`): copying the policies into a new state at every deploy was quadratic in the files (2,000
   * shipped files of the bench corpus: 54 MB of Set growth and as many ms). Policies are what carries on.
   */
  ship(): void {
    for (const created of [
      this.tables,
      this.columns,
      this.indexes,
      this.types,
      this.views,
      this.functions,
      this.triggers,
      this.schemas,
      this.sequences,
      this.roles,
    ])
      created.clear();
  }

  /**
   * What each kind of statement teaches the state, and the fields of its node it reads for that;
   * statements of other kinds create nothing it tracks.
   */
  private static readonly learners: ReadonlyMap<string, Learner> = new Map([
    learner<CreateStmt>()('CreateStmt', ['relation'], function (n) {
      this.tables.add(relationKey(n.relation));
    }),
    learner<CreateTableAsStmt>()('CreateTableAsStmt', ['into', 'objtype'], function (n) {
      // Materialized views are created this way too; they are views to DROP VIEW rules.
      const name = relationKey(n.into?.rel);
      this.tables.add(name);
      if (n.objtype === 'OBJECT_MATVIEW') this.views.add(name);
    }),
    learner<AlterTableStmt>()('AlterTableStmt', ['relation', 'cmds'], function (n) {
      const table = relationKey(n.relation);
      for (const cmd of n.cmds ?? []) {
        if (!('AlterTableCmd' in cmd)) continue;
        const c = cmd.AlterTableCmd;
        if (c.subtype === 'AT_AddColumn' && c.def && 'ColumnDef' in c.def && c.def.ColumnDef.colname) {
          this.columns.add(columnKey(table, c.def.ColumnDef.colname));
        }
      }
    }),
    learner<IndexStmt>()('IndexStmt', ['idxname', 'relation'], function (n) {
      if (n.idxname) this.indexes.add(schemaOf(n.relation?.schemaname) + n.idxname);
    }),
    learner<CreateEnumStmt>()('CreateEnumStmt', ['typeName'], function (n) {
      this.types.add(qualifiedName(n.typeName));
    }),
    learner<CompositeTypeStmt>()('CompositeTypeStmt', ['typevar'], function (n) {
      this.types.add(relationKey(n.typevar));
    }),
    learner<CreateDomainStmt>()('CreateDomainStmt', ['domainname'], function (n) {
      this.types.add(qualifiedName(n.domainname));
    }),
    learner<ViewStmt>()('ViewStmt', ['view'], function (n) {
      this.views.add(relationKey(n.view));
    }),
    learner<CreateFunctionStmt>()('CreateFunctionStmt', ['funcname'], function (n) {
      this.functions.add(qualifiedName(n.funcname));
    }),
    learner<CreateTrigStmt>()('CreateTrigStmt', ['trigname', 'relation'], function (n) {
      if (n.trigname) this.triggers.add(`${relationKey(n.relation)}:${n.trigname}`);
    }),
    learner<CreateSchemaStmt>()('CreateSchemaStmt', ['schemaname'], function (n) {
      if (n.schemaname) this.schemas.add(n.schemaname);
    }),
    learner<CreateSeqStmt>()('CreateSeqStmt', ['sequence'], function (n) {
      this.sequences.add(relationKey(n.sequence));
    }),
    learner<CreateRoleStmt>()('CreateRoleStmt', ['role'], function (n) {
      if (n.role) this.roles.add(n.role);
    }),
    learner<CreatePolicyStmt>()('CreatePolicyStmt', ['table'], function (n) {
      this.policies.add(relationKey(n.table));
    }),
    learner<RenameStmt>()('RenameStmt', ['renameType', 'relation', 'subname', 'newname'], function (n) {
      this.rename(n);
    }),
  ]);

  /** Update the state after a statement ran: only the kinds `learners` names teach it anything. */
  apply(statement: Pick<ParsedStatement, 'kind' | 'node'>): void {
    const learner = SchemaState.learners.get(statement.kind);
    if (!learner) return;
    const inside = (statement.node as unknown as Record<string, Record<string, unknown>>)[statement.kind];
    learner.learn.call(this, inside ?? {});
  }

  private rename(r: Pick<RenameStmt, 'renameType' | 'relation' | 'subname' | 'newname'>): void {
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

interface Learner {
  reads: readonly string[];
  learn(this: SchemaState, fields: Record<string, unknown>): void;
}

/** A learner for statements whose node's inside is a T, typed so that it can use only the fields it reads. */
function learner<T>() {
  return <R extends keyof T & string>(
    kind: string,
    reads: readonly R[],
    learn: (this: SchemaState, fields: Pick<T, R>) => void,
  ): [string, Learner] => [kind, { reads, learn: learn as Learner['learn'] }];
}
