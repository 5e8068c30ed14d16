import { createHash } from 'node:crypto';
import type { GitRepo } from '../../../git/git.js';
import type { MigrationsConfig } from '../config.js';
import { discoverMigrations } from '../discover.js';
import { columnObjectKey, tableKey } from '../../../schema-model/model.js';
import type { ObjectKey, ReplayedSchema, StatementRef, Touch } from '../../../schema-model/model.js';

/**
 * What a release already has, told from the migration history rather than from paths: a migration moved
 * to another folder is the same migration, and a table or column whose creating migration the release
 * never ran is not the release's (it was first released together with the change, or not yet).
 */

/** A migration file as two trees are compared: where it is and what it holds (its git blob id). */
export interface MigrationIdentity {
  path: string;
  oid?: string;
}

/** The name a runner records a migration under: the folder of a `migration.sql` (Prisma, Drizzle), else the file name. */
export function migrationName(path: string): string {
  const parts = path.split('/');
  const base = parts[parts.length - 1]!;
  return base === 'migration.sql' && parts.length > 1 ? parts[parts.length - 2]! : base;
}

/**
 * Which files of a later tree the release already ran: the same path; or, for a release migration
 * that is no longer at its path (moved to another folder), the same content or the same migration name.
 */
export function ranByRelease(
  release: readonly MigrationIdentity[],
  laterPaths: ReadonlySet<string>,
): (file: MigrationIdentity) => boolean {
  const paths = new Set(release.map((f) => f.path));
  const moved = release.filter((f) => !laterPaths.has(f.path));
  const oids = new Set(moved.flatMap((f) => (f.oid ? [f.oid] : [])));
  const names = new Set(moved.map((f) => migrationName(f.path)));
  return (file) =>
    paths.has(file.path) || (!!file.oid && oids.has(file.oid)) || names.has(migrationName(file.path));
}

/** The up migrations of the tree at `ref`, with their blob ids: one git process, plus the few config files discovery reads. */
export async function migrationIdentitiesAt(
  git: GitRepo,
  ref: string,
  config: MigrationsConfig,
): Promise<MigrationIdentity[]> {
  const entries = (await git.listTreeAt(ref)).filter((e) => e.type === 'blob');
  const oids = new Map(entries.map((e) => [e.path, e.oid]));
  // Every path, as discovery needs them (migration_lock.toml, prisma.config.*, package.json name Prisma
  // folders), and those few files read; SQL is not read: a plain file cannot be told from a dbmate one
  // without it, and both keep their path, which is all this needs.
  const discovery = await discoverMigrations([...oids.keys()], config, async (path) =>
    path.endsWith('.sql') ? undefined : git.readFileAt(ref, path),
  );
  return discovery.files
    .filter((f) => f.direction === 'up')
    .map((f) => ({ path: f.path, ...(oids.has(f.path) ? { oid: oids.get(f.path)! } : {}) }));
}

/** The git blob id of a text, as `git hash-object` computes it (SHA-1, or SHA-256 in a repository that uses it). */
export function blobOid(text: string, likeOid?: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash(likeOid?.length === 64 ? 'sha256' : 'sha1')
    .update(`blob ${bytes.length}\0`)
    .update(bytes)
    .digest('hex');
}

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
