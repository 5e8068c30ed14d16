import type {
  AlterEnumStmt,
  AlterObjectSchemaStmt,
  AlterTableStmt,
  CreateEnumStmt,
  CreateStmt,
  CreateTableAsStmt,
  DropStmt,
  Node,
  RenameStmt,
  ViewStmt,
} from '@pgsql/types';
import type { ParsedFile } from '../sql/model.js';
import { columnKey, qualifiedName, relationKey } from '../sql/names.js';
import { columnFromDef, primaryKeyColumns } from './columns.js';
import { emptyModel, isRequired } from './model.js';
import type { ReplayedSchema, SchemaModel, StatementRef, TableModel } from './model.js';
import { alterColumn } from './alter-column.js';
import { alterEnum, createEnum } from './enums.js';
import { OBJECT_KINDS, reportObject, reportOtherColumns } from './objects.js';
import type { ObjectKind, ReplaySink } from './sink.js';
import type { RenameTarget } from './renames.js';
import { renameObject, renameRelation } from './renames.js';
import { TouchRecorder } from './touch-recorder.js';

const RELATION_DROPS = new Set(['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_FOREIGN_TABLE']);

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
 * The one interpreter of DDL: replays migration statements, in the order they run, into a SchemaModel,
 * and tells its sink (sink.ts) which statement created, dropped, renamed or changed each object.
 * Statements it does not model are ignored. Pure.
 *
 * Two sinks follow it: the history's `TouchRecorder` (the default; `rollback plan` and the fallback
 * review read its touches) and the migrations linter's `ChangeObjects` (what this change created). A
 * sink without `shapes` gets only what exists: column definitions are not read, the model's tables are
 * opaque, and changes to columns and enums that stay are not reported.
 */
export class SchemaReplay implements RenameTarget {
  readonly model: SchemaModel = emptyModel();
  readonly shapes: boolean;
  private readonly kinds: ReadonlySet<string>;
  /** Relations whose last event was a drop: `DROP … IF EXISTS` of one again drops nothing. */
  private gone: Set<string> | undefined; // made on the first drop: most changes drop nothing
  /** The history's recorder, when no other sink was given. */
  private readonly recorder: TouchRecorder | undefined;
  readonly sink: ReplaySink;
  private files = 0;
  private statements = 0;

  constructor(sink?: ReplaySink) {
    this.recorder = sink ? undefined : new TouchRecorder();
    this.sink = sink ?? this.recorder!;
    this.shapes = this.sink.shapes;
    this.kinds = replayedKinds(this.sink.everyObject);
  }

  /** Whether a statement of this kind can change anything; a caller may skip the rest unread. */
  learnsFrom(kind: string): boolean {
    return this.kinds.has(kind);
  }

  /** Replay every statement of a file (its up direction, as parsed). */
  applyFile(parsed: ParsedFile): void {
    this.files += 1;
    for (const s of parsed.statements)
      this.apply(s.node, { file: parsed.file.path, line: s.line, column: s.column }, s.kind);
  }

  /** Replay one statement; `kind` is its node's type name (ParsedStatement.kind). */
  apply(node: Node, at: StatementRef, kind: string = nodeKind(node)): void {
    this.statements += 1;
    if (!this.kinds.has(kind)) return;
    const inside = (node as unknown as Record<string, unknown>)[kind];
    switch (kind) {
      case 'CreateStmt':
        return this.createTable(inside as CreateStmt, at);
      case 'CreateTableAsStmt': {
        const s = inside as CreateTableAsStmt;
        const matview = s.objtype === 'OBJECT_MATVIEW';
        const name = relationKey(s.into?.rel);
        return this.putRelation(
          name,
          matview ? 'view' : 'table',
          matview ? 'matview' : 'table',
          at,
          !!s.if_not_exists,
        );
      }
      case 'ViewStmt':
        return this.putRelation(relationKey((inside as ViewStmt).view), 'view', 'view', at, false);
      case 'AlterTableStmt':
        return this.alterTable(inside as AlterTableStmt, at);
      case 'RenameStmt':
        return renameObject(this, inside as RenameStmt, at);
      case 'AlterObjectSchemaStmt': {
        const s = inside as AlterObjectSchemaStmt;
        if (s.objectType === 'OBJECT_TABLE' && s.relation?.relname && s.newschema) {
          const to = s.newschema === 'public' ? s.relation.relname : `${s.newschema}.${s.relation.relname}`;
          renameRelation(this, relationKey(s.relation), to, at);
        }
        return;
      }
      case 'DropStmt':
        return this.drop(inside as DropStmt, at);
      case 'CreateEnumStmt':
        return createEnum(this, inside as CreateEnumStmt, at);
      case 'AlterEnumStmt':
        return alterEnum(this, inside as AlterEnumStmt, at);
      default:
        return reportObject(kind, inside, at, this.sink);
    }
  }

  /** The model and the history's touches (none when another sink was given: it kept what it needed). */
  result(): ReplayedSchema {
    const touches = this.recorder?.touches ?? new Map<string, never>();
    return { model: this.model, touches, files: this.files, statements: this.statements };
  }

  private createTable(s: CreateStmt, at: StatementRef): void {
    const name = relationKey(s.relation);
    if (!name || (s.if_not_exists && this.model.tables.has(name))) return;
    this.gone?.delete(name);
    if (!this.shapes) {
      // Its columns are as new as the table: whoever asks without shapes asks about the table first.
      this.model.tables.set(name, { name, kind: 'table', columns: new Map(), opaque: true });
      return this.sink.created('table', name, at, false);
    }
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
    this.sink.created('table', name, at, false);
    for (const column of table.columns.values())
      this.sink.created('column', columnKey(name, column.name), at, isRequired(column));
  }

  /** `kind`: the model's; `reported`: what the sink is told (a materialized view is a view to the model). */
  private putRelation(
    name: string,
    kind: TableModel['kind'],
    reported: ObjectKind,
    at: StatementRef,
    ifNotExists: boolean,
  ): void {
    if (!name || (ifNotExists && this.model.tables.has(name))) return;
    this.gone?.delete(name);
    const existing = this.model.tables.get(name);
    // CREATE OR REPLACE VIEW keeps what was known about the relation
    if (!existing || existing.kind !== kind)
      this.model.tables.set(name, { name, kind, columns: new Map(), opaque: true });
    this.sink.created(reported, name, at, false);
  }

  private alterTable(s: AlterTableStmt, at: StatementRef): void {
    const objtype = s.objtype ?? 'OBJECT_TABLE';
    if (objtype !== 'OBJECT_TABLE' && objtype !== 'OBJECT_FOREIGN_TABLE') {
      if (this.sink.everyObject) reportOtherColumns(s, at, this.sink);
      return;
    }
    const name = relationKey(s.relation);
    if (!name) return;
    for (const cmd of s.cmds ?? []) {
      if ('AlterTableCmd' in cmd) alterColumn(this, name, cmd.AlterTableCmd, at);
    }
  }

  /** A relation renamed to or from `name` is no longer "dropped" under it (renames.ts). */
  revive(name: string): void {
    this.gone?.delete(name);
  }

  private drop(s: DropStmt, at: StatementRef): void {
    const targets = (s.objects ?? []).map((o: Node) => {
      if ('List' in o) return qualifiedName(o.List.items);
      if ('TypeName' in o) return qualifiedName(o.TypeName.names);
      return qualifiedName([o]);
    });
    for (const name of targets.filter(Boolean)) {
      if (RELATION_DROPS.has(s.removeType ?? '')) {
        const table = this.model.tables.get(name);
        if (!table && s.missing_ok && this.gone?.has(name)) continue;
        this.model.tables.delete(name);
        (this.gone ??= new Set()).add(name);
        this.sink.dropped('table', name, at);
        for (const column of table?.columns.keys() ?? [])
          this.sink.dropped('column', columnKey(name, column), at);
      } else if (s.removeType === 'OBJECT_TYPE' || s.removeType === 'OBJECT_DOMAIN') {
        if (!this.model.enums.delete(name) && s.missing_ok) continue;
        this.sink.dropped('enum', name, at);
      }
    }
  }
}

const EVERY_OBJECT_KINDS: ReadonlySet<string> = new Set([...REPLAYED_KINDS, ...OBJECT_KINDS]);

/**
 * The statement kinds a replay learns from for a sink with or without `everyObject`: a statement of any
 * other kind changes nothing, so a caller can skip it without reading its AST (parsed on first read).
 */
export function replayedKinds(everyObject: boolean): ReadonlySet<string> {
  return everyObject ? EVERY_OBJECT_KINDS : REPLAYED_KINDS;
}

/** `CreateStmt` for `{ CreateStmt: {…} }`: a node has one key, its type. */
function nodeKind(node: Node): string {
  for (const key in node) return key;
  return '';
}

/** Replay parsed migration files (up direction, in run order) into the schema they leave behind. */
export function replayMigrations(files: readonly ParsedFile[]): ReplayedSchema {
  const replay = new SchemaReplay();
  for (const parsed of files) if (parsed.file.direction === 'up') replay.applyFile(parsed);
  return replay.result();
}
