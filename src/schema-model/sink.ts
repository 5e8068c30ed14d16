import type { SchemaModel, StatementRef, TouchKind } from './model.js';

/**
 * The objects a replay reports. A relation is created as a `table`, `view` or `matview` (a materialized
 * view) and renamed or dropped as a `table` (whatever relation it is). A `column` is named
 * `table.column` (names.ts `columnKey`), a `trigger` `table:trigger` (trigger names are only unique per
 * table), an `index` with its table's schema (`app.idx`), a `policy` by its table. Enums, composite types
 * and domains share one namespace in Postgres: enums are `enum` (the model holds them), the others `type`.
 */
export type ObjectKind =
  | 'table'
  | 'view'
  | 'matview'
  | 'column'
  | 'enum'
  | 'type'
  | 'index'
  | 'function'
  | 'trigger'
  | 'schema'
  | 'sequence'
  | 'role'
  | 'policy';

/**
 * Whoever follows a replay (replay.ts), told each statement's effect as it is replayed: the history's
 * touch recorder (touch-recorder.ts) and the migrations linter's "created by this change"
 * (change-objects.ts). The replay decides what a statement does; a sink only keeps what it needs.
 */
export interface ReplaySink {
  /**
   * Read column definitions and report changes to what stays (a column's type, nullability or default;
   * an enum's values), as the history needs. Without shapes, only what exists: a table's columns are
   * not read (they are as new as the table), and the model keeps every table opaque.
   */
  readonly shapes: boolean;
  /** Also report objects the model does not hold (`type`, `index`, `function`, `trigger`, …). */
  readonly everyObject: boolean;
  /** `required`: a column an INSERT must name (NOT NULL, no default, not generated); only with shapes. */
  created(kind: ObjectKind, name: string, at: StatementRef, required: boolean): void;
  /** A relation (`table`) or an enum renamed; columns are renamed by `renamedColumn`. */
  renamed(kind: ObjectKind, from: string, to: string, at: StatementRef): void;
  /** A column of `table` renamed: `from` and `to` are the column's names (a touch records them bare). */
  renamedColumn(table: string, from: string, to: string, at: StatementRef): void;
  dropped(kind: ObjectKind, name: string, at: StatementRef): void;
  /**
   * A change to a column or an enum that stays (only with shapes). `from`/`to`: alter-type's types,
   * rename-value's labels, add-value's new label. `madeRequired`: after it an INSERT must name the column.
   */
  changed(
    kind: ObjectKind,
    name: string,
    change: TouchKind,
    at: StatementRef,
    from: string | undefined,
    to: string | undefined,
    madeRequired: boolean,
  ): void;
}

/** What the parts of a replay (alter-column.ts, enums.ts) work on: its model and its sink (replay.ts). */
export interface ReplayTarget {
  readonly model: SchemaModel;
  readonly sink: ReplaySink;
  /** The sink's `shapes`: without, only a column that comes or goes is reported. */
  readonly shapes: boolean;
}
