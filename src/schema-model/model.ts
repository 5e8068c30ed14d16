/**
 * The database schema as the migration history leaves it: tables and their columns, enums and their
 * values. Names are canonical as in src/sql/names.ts (`public.` dropped, unquoted names
 * folded to lower case by the parser, quoted names kept as written).
 */

export interface ColumnModel {
  name: string;
  /** Normalised SQL type: `integer`, `varchar(50)`, `text[]`, `timestamptz`, or an enum's name. */
  type: string;
  notNull: boolean;
  hasDefault: boolean;
  /** Filled by Postgres itself: an identity column or a generated (stored) one. Serial columns have a default. */
  generated?: 'identity' | 'stored';
}

export interface TableModel {
  name: string;
  kind: 'table' | 'view';
  /** In definition order. */
  columns: Map<string, ColumnModel>;
  /** Columns not known (CREATE TABLE AS, views, tables created outside the history): no column-level checks. */
  opaque: boolean;
}

export interface EnumModel {
  name: string;
  values: string[];
}

export interface SchemaModel {
  tables: Map<string, TableModel>;
  enums: Map<string, EnumModel>;
}

/** Where a statement is: the key the migrations engine uses for a statement too. */
export interface StatementRef {
  file: string;
  line: number;
  column: number;
}

export type TouchKind =
  | 'create'
  | 'drop'
  | 'rename-away'
  | 'rename-to'
  | 'alter-type'
  | 'set-not-null'
  | 'drop-not-null'
  | 'set-default'
  | 'drop-default'
  | 'drop-identity'
  | 'add-value'
  | 'rename-value';

/** One statement's effect on one object, in history order. */
export interface Touch {
  kind: TouchKind;
  at: StatementRef;
  /** rename: the old name; alter-type: the type before; rename-value: the old label. */
  from?: string;
  /** rename: the new name; alter-type: the type after; add-value / rename-value: the new label. */
  to?: string;
  /** After this statement an INSERT must name the column (NOT NULL, no default, not generated) and before it need not. */
  madeRequired?: boolean;
}

/** `table:notes`, `column:notes.author_email`, `enum:status`. */
export type ObjectKey = string;

export const tableKey = (table: string): ObjectKey => `table:${table}`;
export const columnObjectKey = (table: string, column: string): ObjectKey => `column:${table}.${column}`;
export const enumKey = (name: string): ObjectKey => `enum:${name}`;

/** The replayed history: the schema at its end, and every statement's effect on each object. */
export interface ReplayedSchema {
  model: SchemaModel;
  touches: ReadonlyMap<ObjectKey, readonly Touch[]>;
  files: number;
  statements: number;
}

export function emptyModel(): SchemaModel {
  return { tables: new Map(), enums: new Map() };
}

/** An INSERT that leaves the column out fails. */
export function isRequired(column: ColumnModel | undefined): boolean {
  return !!column && column.notNull && !column.hasDefault && !column.generated;
}

export function isRemoval(touch: Touch | undefined): boolean {
  return touch?.kind === 'drop' || touch?.kind === 'rename-away';
}

export function statementKey(at: StatementRef): string {
  return `${at.file}:${at.line}:${at.column}`;
}
