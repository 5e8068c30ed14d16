import type { AlterTableCmd } from '@pgsql/types';
import { columnKey } from '../sql/names.js';
import { columnFromDef, isNullConstant, primaryKeyColumns } from './columns.js';
import { isRequired } from './model.js';
import type { ColumnModel, StatementRef, TouchKind } from './model.js';
import type { ReplayTarget } from './sink.js';
import { normalizeType } from './types.js';

/** One ALTER TABLE sub-command. Columns of a table the history does not know are reported all the same. */
export function alterColumn(
  replay: ReplayTarget,
  tableName: string,
  c: AlterTableCmd,
  at: StatementRef,
): void {
  const table = replay.model.tables.get(tableName);
  const known = table && !table.opaque;
  if (c.subtype === 'AT_AddColumn') {
    const def = c.def && 'ColumnDef' in c.def ? c.def.ColumnDef : undefined;
    if (!def?.colname || (c.missing_ok && table?.columns.has(def.colname))) return;
    if (!replay.shapes) return replay.sink.created('column', columnKey(tableName, def.colname), at, false);
    const column = columnFromDef(def);
    table?.columns.set(column.name, column);
    return replay.sink.created('column', columnKey(tableName, column.name), at, isRequired(column));
  }
  // Without shapes only a column that goes away matters: the rest changes a column that stays.
  if (!replay.shapes && c.subtype !== 'AT_DropColumn') return;
  if (c.subtype === 'AT_AddConstraint') {
    for (const key of primaryKeyColumns(c.def))
      changeColumn(replay, tableName, key, 'set-not-null', at, (col) => (col.notNull = true));
    return;
  }
  const columnName = c.name;
  if (!columnName) return;
  switch (c.subtype) {
    case 'AT_DropColumn':
      if (c.missing_ok && known && !table.columns.has(columnName)) return;
      table?.columns.delete(columnName);
      return replay.sink.dropped('column', columnKey(tableName, columnName), at);
    case 'AT_SetNotNull':
      return changeColumn(replay, tableName, columnName, 'set-not-null', at, (col) => (col.notNull = true));
    case 'AT_DropNotNull':
      return changeColumn(replay, tableName, columnName, 'drop-not-null', at, (col) => (col.notNull = false));
    case 'AT_ColumnDefault': {
      const set = !!c.def && !isNullConstant(c.def);
      return changeColumn(
        replay,
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
      return changeColumn(
        replay,
        tableName,
        columnName,
        'alter-type',
        at,
        (col) => (col.type = to),
        from || undefined,
        to,
      );
    }
    case 'AT_AddIdentity':
      return changeColumn(
        replay,
        tableName,
        columnName,
        'set-default',
        at,
        (col) => ((col.generated = 'identity'), (col.notNull = true)),
      );
    case 'AT_DropIdentity':
    case 'AT_DropExpression':
      return changeColumn(replay, tableName, columnName, 'drop-identity', at, (col) => delete col.generated);
  }
}

/** A change to a column that stays; exported for the replay cache's code fingerprint only. */
export function changeColumn(
  replay: ReplayTarget,
  table: string,
  name: string,
  kind: TouchKind,
  at: StatementRef,
  change: (column: ColumnModel) => unknown,
  from?: string,
  to?: string,
): void {
  const column = replay.model.tables.get(table)?.columns.get(name);
  const before = isRequired(column);
  if (column) change(column);
  const madeRequired = !!column && !before && isRequired(column);
  replay.sink.changed('column', columnKey(table, name), kind, at, from, to, madeRequired);
}
