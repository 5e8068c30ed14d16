import type { AlterTableCmd, AlterTableStmt, Node, RangeVar, RenameStmt } from '@pgsql/types';
import type { ParsedFile } from '../sql/model.js';
import { qualifiedName, relationKey } from '../sql/names.js';
import { columnFromDef, isNullConstant, primaryKeyColumns } from './columns.js';
import { columnObjectKey, emptyModel, enumKey, isRequired, tableKey } from './model.js';
import type {
  ColumnModel,
  ObjectKey,
  ReplayedSchema,
  SchemaModel,
  StatementRef,
  TableModel,
  Touch,
  TouchKind,
} from './model.js';
import { normalizeType, splitType } from './types.js';

const RELATION_DROPS = new Set(['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_FOREIGN_TABLE']);
const RELATION_RENAMES = new Set(['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_FOREIGN_TABLE']);

/** The statement kinds `SchemaReplay.apply` learns from; it counts every other statement and ignores it. */
export const REPLAYED_KINDS: ReadonlySet<string> = new Set([
  'CreateStmt',
  'CreateTableAsStmt',
  'ViewStmt',
  'AlterTableStmt',
  'RenameStmt',
  'AlterObjectSchemaStmt',
  'DropStmt',
  'CreateEnumStmt',
  'AlterEnumStmt',
]);

/**
 * Whether replaying these files can touch any object: a statement of a replayed kind, or a part that did
 * not parse (which might hold one).
 */
export function touchesSchema(files: readonly ParsedFile[]): boolean {
  return files.some((f) => f.errors.length > 0 || f.statements.some((s) => REPLAYED_KINDS.has(s.kind)));
}

/**
 * Replays migration statements, in the order they run, into a SchemaModel, and records which statement
 * created, dropped, renamed or tightened each object. Statements it does not model are ignored. Pure.
 */
export class SchemaReplay {
  readonly model: SchemaModel = emptyModel();
  private readonly touches = new Map<ObjectKey, Touch[]>();
  private files = 0;
  private statements = 0;

  /** Replay every statement of a file (its up direction, as parsed). */
  applyFile(parsed: ParsedFile): void {
    this.files += 1;
    for (const s of parsed.statements)
      this.apply(s.node, { file: parsed.file.path, line: s.line, column: s.column });
  }

  apply(node: Node, at: StatementRef): void {
    this.statements += 1;
    if ('CreateStmt' in node) this.createTable(node.CreateStmt, at);
    else if ('CreateTableAsStmt' in node) {
      const s = node.CreateTableAsStmt;
      this.putRelation(
        relationKey(s.into?.rel),
        s.objtype === 'OBJECT_MATVIEW' ? 'view' : 'table',
        true,
        at,
        !!s.if_not_exists,
      );
    } else if ('ViewStmt' in node) this.putRelation(relationKey(node.ViewStmt.view), 'view', true, at, false);
    else if ('AlterTableStmt' in node) this.alterTable(node.AlterTableStmt, at);
    else if ('RenameStmt' in node) this.rename(node.RenameStmt, at);
    else if ('AlterObjectSchemaStmt' in node) {
      const s = node.AlterObjectSchemaStmt;
      if (s.objectType === 'OBJECT_TABLE' && s.relation?.relname && s.newschema) {
        const to = s.newschema === 'public' ? s.relation.relname : `${s.newschema}.${s.relation.relname}`;
        this.renameRelation(relationKey(s.relation), to, at);
      }
    } else if ('DropStmt' in node) this.drop(node, at);
    else if ('CreateEnumStmt' in node) {
      const name = qualifiedName(node.CreateEnumStmt.typeName);
      const values = (node.CreateEnumStmt.vals ?? []).flatMap((v: Node) =>
        'String' in v && v.String.sval !== undefined ? [v.String.sval] : [],
      );
      this.model.enums.set(name, { name, values });
      this.touch(enumKey(name), { kind: 'create', at });
    } else if ('AlterEnumStmt' in node) this.alterEnum(node, at);
  }

  result(): ReplayedSchema {
    return { model: this.model, touches: this.touches, files: this.files, statements: this.statements };
  }

  private touch(key: ObjectKey, touch: Touch): void {
    const list = this.touches.get(key);
    if (list) list.push(touch);
    else this.touches.set(key, [touch]);
  }

  private createTable(s: Extract<Node, { CreateStmt: unknown }>['CreateStmt'], at: StatementRef): void {
    const name = relationKey(s.relation);
    if (!name || (s.if_not_exists && this.model.tables.has(name))) return;
    const table: TableModel = {
      name,
      kind: 'table',
      columns: new Map(),
      opaque: !!s.partbound || !!s.inhRelations?.length || !!s.ofTypename,
    };
    const primary: string[] = [];
    for (const element of s.tableElts ?? []) {
      if ('ColumnDef' in element) {
        const column = columnFromDef(element.ColumnDef);
        if (column.name) table.columns.set(column.name, column);
      } else if ('Constraint' in element) primary.push(...primaryKeyColumns(element));
      else table.opaque = true; // LIKE other_table: columns not known here
    }
    for (const key of primary) {
      const column = table.columns.get(key);
      if (column) column.notNull = true;
    }
    this.model.tables.set(name, table);
    this.touch(tableKey(name), { kind: 'create', at });
    for (const column of table.columns.values()) {
      this.touch(columnObjectKey(name, column.name), {
        kind: 'create',
        at,
        ...(isRequired(column) ? { madeRequired: true } : {}),
      });
    }
  }

  private putRelation(
    name: string,
    kind: TableModel['kind'],
    opaque: boolean,
    at: StatementRef,
    ifNotExists: boolean,
  ): void {
    if (!name || (ifNotExists && this.model.tables.has(name))) return;
    const existing = this.model.tables.get(name);
    // CREATE OR REPLACE VIEW keeps what was known about the relation
    if (!existing || existing.kind !== kind)
      this.model.tables.set(name, { name, kind, columns: new Map(), opaque });
    this.touch(tableKey(name), { kind: 'create', at });
  }

  private alterTable(s: AlterTableStmt, at: StatementRef): void {
    const objtype = s.objtype ?? 'OBJECT_TABLE';
    if (objtype !== 'OBJECT_TABLE' && objtype !== 'OBJECT_FOREIGN_TABLE') return;
    const name = relationKey(s.relation);
    if (!name) return;
    for (const cmd of s.cmds ?? []) {
      if ('AlterTableCmd' in cmd) this.alterColumn(name, cmd.AlterTableCmd, at);
    }
  }

  /** One ALTER TABLE sub-command. Columns of a table the history does not know are tracked by touches only. */
  private alterColumn(tableName: string, c: AlterTableCmd, at: StatementRef): void {
    const table = this.model.tables.get(tableName);
    const known = table && !table.opaque;
    if (c.subtype === 'AT_AddColumn') {
      const def = c.def && 'ColumnDef' in c.def ? c.def.ColumnDef : undefined;
      if (!def?.colname || (c.missing_ok && table?.columns.has(def.colname))) return;
      const column = columnFromDef(def);
      table?.columns.set(column.name, column);
      this.touch(columnObjectKey(tableName, column.name), {
        kind: 'create',
        at,
        ...(isRequired(column) ? { madeRequired: true } : {}),
      });
      return;
    }
    if (c.subtype === 'AT_AddConstraint') {
      for (const key of primaryKeyColumns(c.def))
        this.changeColumn(tableName, key, 'set-not-null', at, (col) => (col.notNull = true));
      return;
    }
    const columnName = c.name;
    if (!columnName) return;
    switch (c.subtype) {
      case 'AT_DropColumn':
        if (c.missing_ok && known && !table.columns.has(columnName)) return;
        table?.columns.delete(columnName);
        this.touch(columnObjectKey(tableName, columnName), { kind: 'drop', at });
        return;
      case 'AT_SetNotNull':
        return this.changeColumn(tableName, columnName, 'set-not-null', at, (col) => (col.notNull = true));
      case 'AT_DropNotNull':
        return this.changeColumn(tableName, columnName, 'drop-not-null', at, (col) => (col.notNull = false));
      case 'AT_ColumnDefault': {
        const set = !!c.def && !isNullConstant(c.def);
        return this.changeColumn(
          tableName,
          columnName,
          set ? 'set-default' : 'drop-default',
          at,
          (col) => (col.hasDefault = set),
        );
      }
      case 'AT_AlterColumnType': {
        const def = c.def && 'ColumnDef' in c.def ? c.def.ColumnDef : undefined;
        const to = normalizeType(def?.typeName);
        if (!to) return;
        const from = table?.columns.get(columnName)?.type;
        return this.changeColumn(tableName, columnName, 'alter-type', at, (col) => (col.type = to), {
          ...(from ? { from } : {}),
          to,
        });
      }
      case 'AT_AddIdentity':
        return this.changeColumn(
          tableName,
          columnName,
          'set-default',
          at,
          (col) => ((col.generated = 'identity'), (col.notNull = true)),
        );
      case 'AT_DropIdentity':
      case 'AT_DropExpression':
        return this.changeColumn(tableName, columnName, 'drop-identity', at, (col) => delete col.generated);
    }
  }

  private changeColumn(
    table: string,
    name: string,
    kind: TouchKind,
    at: StatementRef,
    change: (column: ColumnModel) => unknown,
    extra: Pick<Touch, 'from' | 'to'> = {},
  ): void {
    const column = this.model.tables.get(table)?.columns.get(name);
    const before = isRequired(column);
    if (column) change(column);
    const madeRequired = !!column && !before && isRequired(column);
    this.touch(columnObjectKey(table, name), {
      kind,
      at,
      ...extra,
      ...(madeRequired ? { madeRequired } : {}),
    });
  }

  private rename(r: RenameStmt, at: StatementRef): void {
    if (!r.newname) return;
    if (RELATION_RENAMES.has(r.renameType ?? '')) {
      const schema = schemaPrefix(r.relation);
      this.renameRelation(relationKey(r.relation), `${schema}${r.newname}`, at);
    } else if (r.renameType === 'OBJECT_COLUMN' && r.subname) {
      this.renameColumn(relationKey(r.relation), r.subname, r.newname, at);
    } else if (r.renameType === 'OBJECT_TYPE' && r.object && 'List' in r.object) {
      const from = qualifiedName(r.object.List.items);
      const dot = from.lastIndexOf('.');
      this.renameEnum(from, dot === -1 ? r.newname : `${from.slice(0, dot)}.${r.newname}`, at);
    }
  }

  private renameRelation(from: string, to: string, at: StatementRef): void {
    if (!from || from === to) return;
    const table = this.model.tables.get(from);
    if (table) {
      this.model.tables.delete(from);
      this.model.tables.set(to, { ...table, name: to });
    }
    this.touch(tableKey(from), { kind: 'rename-away', at, to });
    this.touch(tableKey(to), { kind: 'rename-to', at, from });
  }

  private renameColumn(tableName: string, from: string, to: string, at: StatementRef): void {
    const table = this.model.tables.get(tableName);
    const column = table?.columns.get(from);
    if (table && column) {
      // keep definition order: rebuild the map with the new key in place
      table.columns = new Map(
        [...table.columns].map(([k, v]) => (k === from ? [to, { ...v, name: to }] : [k, v])),
      );
    }
    this.touch(columnObjectKey(tableName, from), { kind: 'rename-away', at, to });
    this.touch(columnObjectKey(tableName, to), { kind: 'rename-to', at, from });
  }

  private renameEnum(from: string, to: string, at: StatementRef): void {
    const e = this.model.enums.get(from);
    if (e) {
      this.model.enums.delete(from);
      this.model.enums.set(to, { ...e, name: to });
    }
    for (const table of this.model.tables.values()) {
      for (const column of table.columns.values()) {
        const { base, array } = splitType(column.type);
        if (base === from) column.type = `${to}${array ? '[]' : ''}`;
      }
    }
    this.touch(enumKey(from), { kind: 'rename-away', at, to });
    this.touch(enumKey(to), { kind: 'rename-to', at, from });
  }

  private drop(node: Extract<Node, { DropStmt: unknown }>, at: StatementRef): void {
    const s = node.DropStmt;
    const targets = (s.objects ?? []).map((o: Node) => {
      if ('List' in o) return qualifiedName(o.List.items);
      if ('TypeName' in o) return qualifiedName(o.TypeName.names);
      return qualifiedName([o]);
    });
    for (const name of targets.filter(Boolean)) {
      if (RELATION_DROPS.has(s.removeType ?? '')) {
        const table = this.model.tables.get(name);
        if (!table && s.missing_ok && this.touches.get(tableKey(name))?.at(-1)?.kind === 'drop') continue;
        this.model.tables.delete(name);
        this.touch(tableKey(name), { kind: 'drop', at });
        for (const column of table?.columns.keys() ?? [])
          this.touch(columnObjectKey(name, column), { kind: 'drop', at });
      } else if (s.removeType === 'OBJECT_TYPE' || s.removeType === 'OBJECT_DOMAIN') {
        if (!this.model.enums.delete(name) && s.missing_ok) continue;
        this.touch(enumKey(name), { kind: 'drop', at });
      }
    }
  }

  private alterEnum(node: Extract<Node, { AlterEnumStmt: unknown }>, at: StatementRef): void {
    const s = node.AlterEnumStmt;
    const name = qualifiedName(s.typeName);
    if (!name || s.newVal === undefined) return;
    const e = this.model.enums.get(name);
    if (s.oldVal !== undefined) {
      if (e) e.values = e.values.map((v) => (v === s.oldVal ? s.newVal! : v));
      this.touch(enumKey(name), { kind: 'rename-value', at, from: s.oldVal, to: s.newVal });
      return;
    }
    if (e?.values.includes(s.newVal)) return;
    if (e) {
      const neighbour = s.newValNeighbor === undefined ? -1 : e.values.indexOf(s.newValNeighbor);
      if (neighbour === -1) e.values.push(s.newVal);
      else e.values.splice(s.newValIsAfter ? neighbour + 1 : neighbour, 0, s.newVal);
    }
    this.touch(enumKey(name), { kind: 'add-value', at, to: s.newVal });
  }
}

function schemaPrefix(rel: RangeVar | undefined): string {
  return rel?.schemaname && rel.schemaname !== 'public' ? `${rel.schemaname}.` : '';
}

/** Replay parsed migration files (up direction, in run order) into the schema they leave behind. */
export function replayMigrations(files: readonly ParsedFile[]): ReplayedSchema {
  const replay = new SchemaReplay();
  for (const parsed of files) if (parsed.file.direction === 'up') replay.applyFile(parsed);
  return replay.result();
}
