import type { AlterEnumStmt, CreateEnumStmt, Node } from '@pgsql/types';
import { qualifiedName } from '../sql/names.js';
import type { ReplayTarget } from './sink.js';
import type { StatementRef } from './model.js';

/** CREATE TYPE … AS ENUM. */
export function createEnum(replay: ReplayTarget, s: CreateEnumStmt, at: StatementRef): void {
  const name = qualifiedName(s.typeName);
  // Without shapes the labels are not read: only that the enum exists.
  const values = replay.shapes
    ? (s.vals ?? []).flatMap((v: Node) =>
        'String' in v && v.String.sval !== undefined ? [v.String.sval] : [],
      )
    : [];
  replay.model.enums.set(name, { name, values });
  replay.sink.created('enum', name, at, false);
}

/** ALTER TYPE … ADD VALUE / RENAME VALUE: a change to an enum that stays (only with shapes). */
export function alterEnum(replay: ReplayTarget, s: AlterEnumStmt, at: StatementRef): void {
  const name = qualifiedName(s.typeName);
  if (!replay.shapes || !name || s.newVal === undefined) return;
  const e = replay.model.enums.get(name);
  if (s.oldVal !== undefined) {
    if (e) e.values = e.values.map((v) => (v === s.oldVal ? s.newVal! : v));
    return replay.sink.changed('enum', name, 'rename-value', at, s.oldVal, s.newVal, false);
  }
  if (e?.values.includes(s.newVal)) return;
  if (e) {
    const neighbour = s.newValNeighbor === undefined ? -1 : e.values.indexOf(s.newValNeighbor);
    if (neighbour === -1) e.values.push(s.newVal);
    else e.values.splice(s.newValIsAfter ? neighbour + 1 : neighbour, 0, s.newVal);
  }
  replay.sink.changed('enum', name, 'add-value', at, undefined, s.newVal, false);
}
