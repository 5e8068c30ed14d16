import type { ObjectKey, ReplayedSchema, StatementRef, Touch } from '../../../schema-model/model.js';
import { columnObjectKey, tableKey } from '../../../schema-model/model.js';

// Which migrations a release ran is also how the migrations gate chooses the release before a change
// (../previous-release.ts): the helpers live beside it and are re-exported here for existing callers.
export { blobOid, migrationIdentitiesAt, migrationName, ranByRelease } from '../migration-identity.js';
export type { MigrationIdentity } from '../migration-identity.js';

/**
 * What a release already has, told from the migration history rather than from paths: a migration moved
 * to another folder is the same migration, and a table or column whose creating migration the release
 * never ran is not the release's (it was first released together with the change, or not yet).
 */

/** A table, or a column of it, as the migrations name it at one point of the history. */
export interface ObjectName {
  table: string;
  column?: string;
}

/** What the history says about a table or column named at a statement, relative to the release. */
export interface SinceRelease {
  /** Where it was created after the release; undefined when the release has it or the history cannot say. */
  createdSince(table: string, column: string | undefined, at: StatementRef): StatementRef | undefined;
  /** Every name it had before `at`, following renames back (its name at `at` first): what the release may call it. */
  namesBefore(table: string, column: string | undefined, at: StatementRef): ObjectName[];
}

/**
 * Judged by the change's replayed history: the statement that created the object (following renames
 * back) is in a file the release did not run. An object the history does not show being created
 * (made outside the migrations, or by a statement the replay does not model) counts as the release's.
 */
export function sinceRelease(
  schema: Pick<ReplayedSchema, 'touches'>,
  ranByTheRelease: (file: string) => boolean,
): SinceRelease {
  return {
    createdSince(table, column, at) {
      const origin =
        column === undefined
          ? tableOrigin(schema.touches, table, at, 0)
          : columnOrigin(schema.touches, table, column, at, 0);
      return origin && !ranByTheRelease(origin.file) ? origin : undefined;
    },
    namesBefore: (table, column, at) =>
      namesBefore(schema.touches, { table, ...(column === undefined ? {} : { column }) }, at),
  };
}

type Touches = ReadonlyMap<ObjectKey, readonly Touch[]>;
const MAX_RENAMES = 64;

const sameRef = (a: StatementRef, b: StatementRef) =>
  a.file === b.file && a.line === b.line && a.column === b.column;

/** The object's touches before the statement at `at` (all of them when that statement did not touch it). */
function before(list: readonly Touch[], at: StatementRef): readonly Touch[] {
  const index = list.findIndex((t) => sameRef(t.at, at));
  return index === -1 ? list : list.slice(0, index);
}

function tableOrigin(
  touches: Touches,
  table: string,
  at: StatementRef,
  depth: number,
): StatementRef | undefined {
  if (depth > MAX_RENAMES) return undefined;
  const list = before(touches.get(tableKey(table)) ?? [], at);
  for (let i = list.length - 1; i >= 0; i--) {
    const t = list[i]!;
    if (t.kind === 'create') return t.at;
    if (t.kind === 'rename-to') return t.from ? tableOrigin(touches, t.from, t.at, depth + 1) : undefined;
    if (t.kind === 'drop' || t.kind === 'rename-away') return undefined;
  }
  return undefined;
}

function columnOrigin(
  touches: Touches,
  table: string,
  column: string,
  at: StatementRef,
  depth: number,
): StatementRef | undefined {
  if (depth > MAX_RENAMES) return undefined;
  const list = before(touches.get(columnObjectKey(table, column)) ?? [], at);
  for (let i = list.length - 1; i >= 0; i--) {
    const t = list[i]!;
    if (t.kind === 'create') return t.at;
    if (t.kind === 'rename-to')
      return t.from ? columnOrigin(touches, table, t.from, t.at, depth + 1) : undefined;
    if (t.kind === 'drop' || t.kind === 'rename-away') return undefined;
  }
  // Nothing under this table name: the column may come from before the table was renamed.
  const tableTouches = before(touches.get(tableKey(table)) ?? [], at);
  for (let i = tableTouches.length - 1; i >= 0; i--) {
    const t = tableTouches[i]!;
    if (t.kind === 'rename-to' && t.from) return columnOrigin(touches, t.from, column, t.at, depth + 1);
    if (t.kind === 'create' || t.kind === 'drop' || t.kind === 'rename-away') return undefined;
  }
  return undefined;
}

const IDENTITY: ReadonlySet<Touch['kind']> = new Set(['create', 'drop', 'rename-away', 'rename-to']);

/** The last touch that made, removed or renamed the object (type, null and default changes aside). */
function lastIdentityTouch(list: readonly Touch[]): Touch | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (IDENTITY.has(list[i]!.kind)) return list[i];
  return undefined;
}

/** The names an object had before `at`, newest first, following column and table renames back. */
function namesBefore(touches: Touches, name: ObjectName, at: StatementRef): ObjectName[] {
  const names = [name];
  let current = name;
  let where = at;
  for (let step = 0; step < MAX_RENAMES; step++) {
    const key =
      current.column === undefined ? tableKey(current.table) : columnObjectKey(current.table, current.column);
    const last = lastIdentityTouch(before(touches.get(key) ?? [], where));
    let next: { name: ObjectName; at: StatementRef } | undefined;
    if (last?.kind === 'rename-to' && last.from) {
      const from = last.from;
      next = {
        name: current.column === undefined ? { table: from } : { ...current, column: from },
        at: last.at,
      };
    } else if (!last && current.column !== undefined) {
      // Nothing under this table name: the table may have had another name when the column was made.
      const renamed = lastIdentityTouch(before(touches.get(tableKey(current.table)) ?? [], where));
      if (renamed?.kind === 'rename-to' && renamed.from)
        next = { name: { ...current, table: renamed.from }, at: renamed.at };
    }
    if (!next) break;
    names.push(next.name);
    current = next.name;
    where = next.at;
  }
  return names;
}
