import type { RangeVar, RenameStmt } from '@pgsql/types';
import { qualifiedName, relationKey } from '../sql/names.js';
import type { StatementRef } from './model.js';
import type { ReplayTarget } from './sink.js';
import { splitType } from './types.js';

const RELATION_RENAMES = new Set(['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_FOREIGN_TABLE']);

/** A replay that renames: a relation renamed to or from a name is no longer "dropped" under it. */
export interface RenameTarget extends ReplayTarget {
  revive(name: string): void;
}

/** ALTER … RENAME of a relation, a column or a type; other renames change nothing the model keeps. */
export function renameObject(replay: RenameTarget, r: RenameStmt, at: StatementRef): void {
  if (!r.newname) return;
  if (RELATION_RENAMES.has(r.renameType ?? '')) {
    const schema = schemaPrefix(r.relation);
    renameRelation(replay, relationKey(r.relation), `${schema}${r.newname}`, at);
  } else if (r.renameType === 'OBJECT_COLUMN' && r.subname) {
    renameColumn(replay, relationKey(r.relation), r.subname, r.newname, at);
  } else if (r.renameType === 'OBJECT_TYPE' && r.object && 'List' in r.object) {
    const from = qualifiedName(r.object.List.items);
    const dot = from.lastIndexOf('.');
    renameEnum(replay, from, dot === -1 ? r.newname : `${from.slice(0, dot)}.${r.newname}`, at);
  }
}

/** ALTER TABLE … RENAME TO, or SET SCHEMA (a move is a rename of the qualified name). */
export function renameRelation(replay: RenameTarget, from: string, to: string, at: StatementRef): void {
  if (!from || from === to) return;
  const table = replay.model.tables.get(from);
  if (table) {
    replay.model.tables.delete(from);
    replay.model.tables.set(to, { ...table, name: to });
  }
  replay.revive(from);
  replay.revive(to);
  replay.sink.renamed('table', from, to, at);
}

export function renameColumn(
  replay: ReplayTarget,
  tableName: string,
  from: string,
  to: string,
  at: StatementRef,
): void {
  const table = replay.model.tables.get(tableName);
  const column = table?.columns.get(from);
  if (table && column) {
    // keep definition order: rebuild the map with the new key in place
    table.columns = new Map(
      [...table.columns].map(([k, v]) => (k === from ? [to, { ...v, name: to }] : [k, v])),
    );
  }
  replay.sink.renamedColumn(tableName, from, to, at);
}

export function renameEnum(replay: ReplayTarget, from: string, to: string, at: StatementRef): void {
  const e = replay.model.enums.get(from);
  if (e) {
    replay.model.enums.delete(from);
    replay.model.enums.set(to, { ...e, name: to });
  }
  // Without shapes no column has a type to follow the rename.
  for (const table of replay.model.tables.values()) {
    for (const column of table.columns.values()) {
      const { base, array } = splitType(column.type);
      if (base === from) column.type = `${to}${array ? '[]' : ''}`;
    }
  }
  replay.sink.renamed('enum', from, to, at);
}

function schemaPrefix(rel: RangeVar | undefined): string {
  return rel?.schemaname && rel.schemaname !== 'public' ? `${rel.schemaname}.` : '';
}
