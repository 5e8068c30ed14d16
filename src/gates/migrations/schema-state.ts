import type { Node } from '@pgsql/types';
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

  /** Update the state after a statement ran. */
  apply(node: Node): void {
    if ('CreateStmt' in node) {
      const table = relationKey(node.CreateStmt.relation);
      this.tables.add(table);
    } else if ('CreateTableAsStmt' in node) {
      // Materialized views are created this way too; they are views to DROP VIEW rules.
      const name = relationKey(node.CreateTableAsStmt.into?.rel);
      this.tables.add(name);
      if (node.CreateTableAsStmt.objtype === 'OBJECT_MATVIEW') this.views.add(name);
    } else if ('AlterTableStmt' in node) {
      const table = relationKey(node.AlterTableStmt.relation);
      for (const cmd of node.AlterTableStmt.cmds ?? []) {
        if (!('AlterTableCmd' in cmd)) continue;
        const c = cmd.AlterTableCmd;
        if (c.subtype === 'AT_AddColumn' && c.def && 'ColumnDef' in c.def && c.def.ColumnDef.colname) {
          this.columns.add(columnKey(table, c.def.ColumnDef.colname));
        }
      }
    } else if ('IndexStmt' in node) {
      if (node.IndexStmt.idxname)
        this.indexes.add(schemaOf(node.IndexStmt.relation?.schemaname) + node.IndexStmt.idxname);
    } else if ('CreateEnumStmt' in node) {
      this.types.add(qualifiedName(node.CreateEnumStmt.typeName));
    } else if ('CompositeTypeStmt' in node) {
      this.types.add(relationKey(node.CompositeTypeStmt.typevar));
    } else if ('CreateDomainStmt' in node) {
      this.types.add(qualifiedName(node.CreateDomainStmt.domainname));
    } else if ('ViewStmt' in node) {
      this.views.add(relationKey(node.ViewStmt.view));
    } else if ('CreateFunctionStmt' in node) {
      this.functions.add(qualifiedName(node.CreateFunctionStmt.funcname));
    } else if ('CreateTrigStmt' in node) {
      const t = node.CreateTrigStmt;
      if (t.trigname) this.triggers.add(`${relationKey(t.relation)}:${t.trigname}`);
    } else if ('CreateSchemaStmt' in node) {
      if (node.CreateSchemaStmt.schemaname) this.schemas.add(node.CreateSchemaStmt.schemaname);
    } else if ('CreatePolicyStmt' in node) {
      this.policies.add(relationKey(node.CreatePolicyStmt.table));
    } else if ('RenameStmt' in node) {
      this.applyRename(node);
    }
  }

  private applyRename(node: Extract<Node, { RenameStmt: unknown }>): void {
    const r = node.RenameStmt;
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
