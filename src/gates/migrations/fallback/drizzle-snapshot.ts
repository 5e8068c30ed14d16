import { posix } from 'node:path';
import type { ParsedFile } from '../../../sql/model.js';
import { ensureParser, parseSource } from '../../../sql/parse.js';
import { normalizeType } from '../../../schema-model/types.js';
import type { TreeReader } from '../../../schema-sources/sources.js';
import { alterCommands } from '../rules/ast.js';

/** A column's type before a migration, and the file that says so. */
export interface TypeBefore {
  type: string;
  /** `drizzle/meta/0003_snapshot.json` */
  source: string;
}

/** The type `table.column` had before the migration `file` ran, when something other than the SQL history knows it. */
export type TypesBefore = (file: string, table: string, column: string) => TypeBefore | undefined;

interface Journal {
  entries?: { idx?: unknown; tag?: unknown }[];
}

interface SnapshotColumn {
  name?: unknown;
  type?: unknown;
}

interface Snapshot {
  tables?: Record<string, { name?: unknown; schema?: unknown; columns?: Record<string, SnapshotColumn> }>;
}

/**
 * drizzle-kit writes, next to its journal, `meta/NNNN_snapshot.json`: the whole schema after migration
 * NNNN. A migration that changes a column's type does not say the type it had, and when the table was
 * created outside the SQL history (an introspected first migration kept as a comment, a hand-made
 * baseline) the replay cannot say either; the previous migration's snapshot can. Read only for changed
 * Drizzle files that change a column's type; a snapshot missing or unreadable answers nothing.
 */
export async function drizzleTypesBefore(
  tree: Pick<TreeReader, 'read'>,
  changed: readonly ParsedFile[],
): Promise<TypesBefore> {
  const byFile = new Map<string, { snapshot: Snapshot; source: string }>();
  for (const parsed of changed) {
    if (parsed.file.layout !== 'drizzle' || parsed.file.direction !== 'up' || !changesType(parsed)) continue;
    const found = await previousSnapshot(tree, parsed.file.path);
    if (found) byFile.set(parsed.file.path, found);
  }
  if (!byFile.size) return () => undefined;
  await ensureParser();
  return (file, table, column) => {
    const found = byFile.get(file);
    const raw = found && columnType(found.snapshot, table, column);
    const type = raw ? typeOfText(raw) : undefined;
    return type && found ? { type, source: found.source } : undefined;
  };
}

function changesType(parsed: ParsedFile): boolean {
  return parsed.statements.some(
    (s) =>
      s.kind === 'AlterTableStmt' && alterCommands(s.node).some((c) => c.subtype === 'AT_AlterColumnType'),
  );
}

/** The snapshot of the nearest earlier journal entry that has one (a hand-written entry may have none). */
async function previousSnapshot(
  tree: Pick<TreeReader, 'read'>,
  path: string,
): Promise<{ snapshot: Snapshot; source: string } | undefined> {
  if (!path.endsWith('.sql') || posix.basename(path) === 'migration.sql') return undefined; // drizzle-kit v1 folders: not read
  const folder = posix.dirname(path);
  const journal = parseJson<Journal>(await tree.read(posix.join(folder, 'meta', '_journal.json')));
  const entries = journal?.entries ?? [];
  const tag = posix.basename(path, '.sql');
  const at = entries.findIndex((e) => e.tag === tag);
  if (at < 0) return undefined; // not in the journal: drizzle-kit does not run it, and no snapshot precedes it
  for (let i = at - 1; i >= 0; i--) {
    const idx = entries[i]!.idx;
    if (typeof idx !== 'number' || !Number.isInteger(idx) || idx < 0) return undefined;
    const source = posix.join(folder, 'meta', `${String(idx).padStart(4, '0')}_snapshot.json`);
    const snapshot = parseJson<Snapshot>(await tree.read(source));
    if (snapshot) return { snapshot, source };
  }
  return undefined;
}

function columnType(snapshot: Snapshot, table: string, column: string): string | undefined {
  for (const t of Object.values(snapshot.tables ?? {})) {
    if (typeof t?.name !== 'string') continue;
    const schema = typeof t.schema === 'string' && t.schema && t.schema !== 'public' ? `${t.schema}.` : '';
    if (`${schema}${t.name}` !== table) continue;
    const c = Object.values(t.columns ?? {}).find((col) => col?.name === column);
    return typeof c?.type === 'string' ? c.type : undefined;
  }
  return undefined;
}

/**
 * drizzle-kit's type text (`varchar(256)`, `timestamp with time zone`, `numeric(10, 2)`) in the replay's
 * comparable form, read by the Postgres parser; anything but one column of one CREATE TABLE is refused
 * (the snapshot is pull-request content).
 */
function typeOfText(text: string): string | undefined {
  if (text.length > 200 || /[;]|--|\/\*/.test(text)) return undefined;
  const { statements, errors } = parseSource(`CREATE TABLE t (c ${text});`);
  const node = statements.length === 1 && !errors.length ? statements[0]!.node : undefined;
  const elts = node && 'CreateStmt' in node ? (node.CreateStmt.tableElts ?? []) : [];
  const def = elts.length === 1 && 'ColumnDef' in elts[0]! ? elts[0].ColumnDef : undefined;
  return (def && normalizeType(def.typeName)) || undefined;
}

function parseJson<T>(text: string | undefined): T | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as T) : undefined;
  } catch {
    return undefined;
  }
}
