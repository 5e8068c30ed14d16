import type { Database } from '../../db/database.js';
import type { NewForeignKey, SeedTargets } from './seed-targets.js';

/** What seeding did to one table, for the log and the JSON report. */
export interface SeededTable {
  table: string;
  rows: number;
  /** Nullable columns left NULL, as rows written before a column was required may be. */
  nullColumns: string[];
  /** Columns given the same value in two rows, where a new unique index or constraint will check them. */
  duplicated: string[];
  /** Rows the table already had (from the seed file, or triggers on tables seeded before it). */
  existingRows: number;
  /** Why no (or fewer) rows went in. */
  skipped?: string;
}

interface ColumnMeta {
  name: string;
  type: string;
  notNull: boolean;
  hasDefault: boolean;
  /** `a` always, `d` by default, '' none. */
  identity: string;
  generated: string;
  base: string;
  category: string;
  labels: string[] | null;
}

interface ForeignKeyMeta {
  columns: string[];
  parent: string;
  parentColumns: string[];
}

interface TableMeta {
  columns: ColumnMeta[];
  foreignKeys: ForeignKeyMeta[];
}

const TABLE_SQL = `
SELECT json_build_object(
  'columns', (SELECT coalesce(json_agg(json_build_object(
      'name', a.attname, 'type', format_type(a.atttypid, a.atttypmod), 'notNull', a.attnotnull, 'hasDefault', a.atthasdef,
      'identity', a.attidentity, 'generated', a.attgenerated, 'base', bt.typname, 'category', bt.typcategory,
      'labels', (SELECT json_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = bt.oid)) ORDER BY a.attnum), '[]')
    FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
    JOIN pg_type bt ON bt.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
    WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),
  'foreignKeys', (SELECT coalesce(json_agg(json_build_object(
      'columns', ARRAY(SELECT attname FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
        JOIN pg_attribute ON attrelid = con.conrelid AND attnum = k.num ORDER BY k.ord),
      'parent', pn.nspname || '.' || pc.relname,
      'parentColumns', ARRAY(SELECT attname FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
        JOIN pg_attribute ON attrelid = con.confrelid AND attnum = k.num ORDER BY k.ord))), '[]')
    FROM pg_constraint con JOIN pg_class pc ON pc.oid = con.confrelid JOIN pg_namespace pn ON pn.oid = pc.relnamespace
    WHERE con.conrelid = c.oid AND con.contype = 'f')
)::text AS meta
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ('r', 'p')`;

/**
 * Put realistic existing rows into every existing table the new migrations touch, because an empty
 * database proves nothing: one row with NULL in every nullable column, and a second row repeating the
 * values a new unique index or constraint covers. Parents of required foreign keys are seeded first and
 * referenced. A table that cannot be satisfied is skipped and reported, never fatal.
 */
export async function seedTables(db: Database, targets: SeedTargets): Promise<SeededTable[]> {
  const metas = new Map<string, TableMeta>();
  const load = async (table: string): Promise<TableMeta | undefined> => {
    if (!metas.has(table)) {
      const [schema, name] = splitTable(table);
      const [row] = await db.query<{ meta: string }>(TABLE_SQL, [schema, name]).catch(() => []);
      if (!row) return undefined;
      metas.set(table, JSON.parse(row.meta) as TableMeta);
    }
    return metas.get(table);
  };

  // Touched tables that exist, plus (transitively) the parents their required foreign keys need.
  const order: string[] = [];
  const visiting = new Set<string>();
  const visit = async (table: string): Promise<void> => {
    if (order.includes(table) || visiting.has(table)) return;
    const meta = await load(table);
    if (!meta) return;
    visiting.add(table);
    for (const fk of requiredParents(meta, targets.newForeignKeys.get(table) ?? [])) await visit(fk.parent);
    visiting.delete(table);
    order.push(table);
  };
  for (const table of [...targets.tables].sort()) await visit(table);

  const seeded: SeededTable[] = [];
  for (const table of order) seeded.push(await seedTable(db, table, metas.get(table)!, targets));
  return seeded;
}

/** Foreign keys a seeded row must satisfy with a real parent: required columns, and keys the change adds. */
function requiredParents(meta: TableMeta, added: readonly NewForeignKey[]): ForeignKeyMeta[] {
  const notNull = new Set(meta.columns.filter((c) => c.notNull).map((c) => c.name));
  return [
    ...meta.foreignKeys.filter((fk) => fk.columns.some((c) => notNull.has(c))),
    ...added.filter((fk) => fk.columns.some((c) => notNull.has(c))),
  ];
}

async function seedTable(
  db: Database,
  table: string,
  meta: TableMeta,
  targets: SeedTargets,
): Promise<SeededTable> {
  const uniques = targets.newUniques.get(table) ?? [];
  const duplicated = [...new Set(uniques.flat())].filter((c) =>
    meta.columns.some((m) => m.name === c && !m.generated),
  );
  const parents = new Map<string, string>();
  for (const fk of requiredParents(meta, targets.newForeignKeys.get(table) ?? [])) {
    fk.columns.forEach((column, i) => {
      const parentColumn = fk.parentColumns[i];
      if (parentColumn)
        parents.set(column, `(SELECT ${quoteIdent(parentColumn)} FROM ${quoteTable(fk.parent)} LIMIT 1)`);
    });
  }
  const [{ n } = { n: 0 }] = await db
    .query<{ n: number }>(`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${quoteTable(table)} LIMIT 1000) s`)
    .catch(() => []);
  const result: SeededTable = { table, rows: 0, existingRows: n, nullColumns: [], duplicated: [] };
  const rows = duplicated.length ? [0, 1] : [0];
  for (const k of rows) {
    const row = buildRow(meta, k, new Set(duplicated), parents);
    if ('missing' in row) {
      result.skipped = `no value can be made for required column ${row.missing}`;
      break;
    }
    const sql = row.columns.length
      ? `INSERT INTO ${quoteTable(table)} (${row.columns.map(quoteIdent).join(', ')}) VALUES (${row.values.join(', ')})`
      : `INSERT INTO ${quoteTable(table)} DEFAULT VALUES`;
    try {
      await db.exec(sql);
      result.rows += 1;
      if (k === 0) result.nullColumns = row.nulls;
      else result.duplicated = duplicated;
    } catch (error) {
      result.skipped = `${k === 0 ? 'the row' : 'the duplicate row'} was rejected: ${(error as Error).message}`;
      break;
    }
  }
  return result;
}

function buildRow(
  meta: TableMeta,
  k: number,
  duplicated: ReadonlySet<string>,
  parents: ReadonlyMap<string, string>,
): { columns: string[]; values: string[]; nulls: string[] } | { missing: string } {
  const columns: string[] = [];
  const values: string[] = [];
  const nulls: string[] = [];
  for (const c of meta.columns) {
    if (c.generated || c.identity === 'a') continue;
    const isDuplicate = duplicated.has(c.name);
    let value: string | undefined;
    if (parents.has(c.name) && (c.notNull || isDuplicate)) value = parents.get(c.name);
    else if (isDuplicate) value = literalFor(c, 0);
    else if (!c.notNull) {
      value = 'NULL';
      nulls.push(c.name);
    } else if (c.hasDefault || c.identity) continue;
    else value = literalFor(c, k);
    if (value === undefined) return { missing: `${c.name} (${c.type})` };
    columns.push(c.name);
    values.push(value);
  }
  return { columns, values, nulls };
}

/** A plausible value of the column's type; `k` makes the second row differ where it must. */
export function literalFor(
  c: Pick<ColumnMeta, 'name' | 'type' | 'base' | 'category' | 'labels'>,
  k: number,
): string | undefined {
  const cast = (text: string) => `${quoteLiteral(text)}::${c.type}`;
  const n = k + 1;
  if (c.category === 'A') return cast('{}');
  if (c.labels?.length) return cast(c.labels[k % c.labels.length]!);
  switch (c.base) {
    case 'uuid':
      return cast(`00000000-0000-4000-8000-${String(n).padStart(12, '0')}`);
    case 'json':
    case 'jsonb':
      return cast(`{"seed": ${n}}`);
    case 'bytea':
      return cast(`\\x0${n}`);
    case 'bool':
      return k % 2 === 0 ? 'true' : 'false';
    case 'date':
      return cast(`2026-01-0${n}`);
    case 'timestamp':
    case 'timestamptz':
      return cast(`2026-01-0${n} 12:00:00+00`);
    case 'time':
    case 'timetz':
      return cast(`12:0${k}:00`);
    case 'interval':
      return cast(`${n} days`);
    case 'inet':
      return cast(`10.0.0.${n}`);
    case 'cidr':
      return cast(`10.0.${n}.0/24`);
    case 'macaddr':
      return cast(`08:00:2b:01:02:0${n}`);
    case 'tsvector':
    case 'tsquery':
      return cast('seed');
    case 'point':
      return cast(`(${n},${n})`);
    case 'money':
      return cast(`${n}.00`);
  }
  if (c.category === 'N') return cast(String(n));
  if (c.category === 'S') return cast(textValue(c.name, n));
  if (c.category === 'V') return cast('1');
  if (c.category === 'R') return cast('empty');
  return undefined;
}

/** Text that looks like what the column holds, so CHECKs on format have a chance. */
function textValue(column: string, n: number): string {
  const name = column.toLowerCase();
  if (name.includes('email')) return `user${n}@example.com`;
  if (/url|website|link/.test(name)) return `https://example.com/${n}`;
  if (name.includes('phone')) return `+1555010000${n}`;
  if (/slug|handle|username/.test(name)) return `seed-${n}`;
  return `${column} ${n}`;
}

function splitTable(table: string): [string, string] {
  const dot = table.indexOf('.');
  return [table.slice(0, dot), table.slice(dot + 1)];
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function quoteTable(table: string): string {
  return splitTable(table).map(quoteIdent).join('.');
}

function quoteLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** One line per table for the log: "public.users: 2 rows (NULL in bio, avatar_url; duplicate email)". */
export function describeSeeded(s: SeededTable): string {
  const parts: string[] = [];
  if (s.nullColumns.length) parts.push(`NULL in ${s.nullColumns.join(', ')}`);
  if (s.duplicated.length) parts.push(`duplicate ${s.duplicated.join(', ')}`);
  if (s.existingRows)
    parts.push(`it already had ${s.existingRows >= 1000 ? '1000+' : s.existingRows} row(s)`);
  if (s.skipped) parts.push(`skipped: ${s.skipped}`);
  return `${s.table}: ${s.rows} row${s.rows === 1 ? '' : 's'} added${parts.length ? ` (${parts.join('; ')})` : ''}`;
}
