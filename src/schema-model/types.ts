import type { Node, TypeName } from '@pgsql/types';

/** Internal Postgres names → the names people write (and Prisma and drizzle-kit emit). */
const READABLE: Record<string, string> = {
  int2: 'smallint',
  int4: 'integer',
  int8: 'bigint',
  float4: 'real',
  float8: 'double precision',
  bool: 'boolean',
  bpchar: 'char',
  decimal: 'numeric',
  serial: 'integer',
  serial4: 'integer',
  serial2: 'smallint',
  smallserial: 'smallint',
  serial8: 'bigint',
  bigserial: 'bigint',
};

/** The name people write for a Postgres internal type name (`int4` → `integer`); others as given. */
export function readableTypeName(name: string): string {
  return READABLE[name] ?? name;
}

const SERIALS = new Set(['serial', 'serial2', 'serial4', 'serial8', 'smallserial', 'bigserial']);

function nameParts(type: TypeName | undefined): string[] {
  return (type?.names ?? []).flatMap((n: Node) =>
    'String' in n && n.String.sval !== undefined ? [n.String.sval] : [],
  );
}

function modifiers(type: TypeName): string[] {
  return (type.typmods ?? []).flatMap((m: Node) => {
    if ('A_Const' in m) {
      const c = m.A_Const;
      if (c.ival) return [String(c.ival.ival ?? 0)];
      if (c.sval?.sval !== undefined) return [c.sval.sval];
    }
    if ('ColumnRef' in m) return []; // interval fields and the like: not part of the comparable type
    return [];
  });
}

/**
 * A column type as comparable text: `pg_catalog.int4` → `integer`, `varchar(50)`, `timestamp(3)`,
 * `"Status"[]` → `Status[]`, `myschema.mood`. Serial types become their integer type (their default is
 * recorded on the column).
 */
export function normalizeType(type: TypeName | undefined): string {
  const parts = nameParts(type);
  if (!type || !parts.length) return '';
  if (parts[0] === 'pg_catalog' || parts[0] === 'public') parts.shift();
  const base = parts.length === 1 ? readableTypeName(parts[0]!) : parts.join('.');
  // interval's typmod is a field bitmask, not something a reader decodes differently
  const mods = base === 'interval' ? [] : modifiers(type);
  const array = type.arrayBounds?.length ? '[]' : '';
  return `${base}${mods.length ? `(${mods.join(',')})` : ''}${array}`;
}

/** `serial`, `bigserial`…: the column gets a sequence default and NOT NULL. */
export function isSerial(type: TypeName | undefined): boolean {
  const parts = nameParts(type);
  return parts.length === 1 && SERIALS.has(parts[0]!) && !type?.arrayBounds?.length;
}

/** `varchar(50)` → { base: 'varchar', mods: [50], array: false }. */
export function splitType(type: string): { base: string; mods: number[]; array: boolean } {
  const array = type.endsWith('[]');
  const bare = array ? type.slice(0, -2) : type;
  const m = /^(.*?)(?:\(([^)]*)\))?$/.exec(bare)!;
  const mods = (m[2] ?? '')
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isFinite(n) && m[2] !== undefined);
  return { base: m[1]!, mods, array };
}

const FAMILIES: Record<string, string> = {
  text: 'text',
  varchar: 'text',
  char: 'text',
  citext: 'text',
  name: 'text',
  smallint: 'integer',
  integer: 'integer',
  bigint: 'bigint',
  numeric: 'numeric',
  money: 'numeric',
  real: 'float',
  'double precision': 'float',
  boolean: 'boolean',
  timestamp: 'timestamp',
  timestamptz: 'timestamp',
  date: 'date',
  time: 'time',
  timetz: 'time',
  interval: 'interval',
  json: 'json',
  jsonb: 'json',
  uuid: 'uuid',
  bytea: 'bytea',
  inet: 'inet',
  cidr: 'inet',
};

/**
 * What a client decodes a value of this type into, as a family name: `text` (text, varchar, char),
 * `integer` (smallint, integer), `bigint`, `numeric`, `float`, `timestamp` (with or without time
 * zone), `json`, `enum:<name>` for known enums, the base name otherwise; `[]` appended for arrays.
 * A change within one family (varchar(20) → text) decodes the same; across families it does not.
 */
export function typeFamily(type: string, enums: ReadonlySet<string> = new Set()): string {
  const { base, array } = splitType(type);
  const family = FAMILIES[base] ?? (enums.has(base) ? `enum:${base}` : base);
  return array ? `${family}[]` : family;
}

/** The length limit of a bounded character type (`varchar(50)` → 50); undefined when unbounded. */
export function lengthLimit(type: string): number | undefined {
  const { base, mods, array } = splitType(type);
  if (array || (base !== 'varchar' && base !== 'char')) return undefined;
  return mods[0];
}

/** Types whose limit (the first modifier) Postgres can raise in the catalog alone. */
const LIMITED = new Set(['varchar', 'varbit']);

/**
 * Whether ALTER COLUMN … TYPE from `from` to `to` only widens one type, so Postgres changes the catalog
 * without rewriting or scanning the table and every value the old type holds still fits:
 * varchar(n) → varchar(m ≥ n), varchar or text; text → unbounded varchar; varbit(n) → varbit(m ≥ n) or
 * varbit; numeric(p,s) → numeric(q ≥ p,s) or numeric; cidr → inet; the same for arrays of them.
 * Anything else (a narrower limit, another scale, another type) may rewrite the table or fail on
 * existing values.
 */
export function onlyWidens(from: string, to: string): boolean {
  const a = splitType(from);
  const b = splitType(to);
  if (a.array !== b.array) return false;
  if (a.base === 'cidr' && b.base === 'inet' && !b.mods.length) return true;
  if (a.base === 'text' && (b.base === 'text' || b.base === 'varchar') && !b.mods.length) return true;
  if (LIMITED.has(a.base) && (b.base === a.base || (a.base === 'varchar' && b.base === 'text'))) {
    if (!b.mods.length) return true; // unlimited
    return a.mods.length > 0 && b.mods[0]! >= a.mods[0]!;
  }
  if (a.base === 'numeric' && b.base === 'numeric') {
    if (!b.mods.length) return true; // any precision and scale
    if (!a.mods.length) return false;
    return b.mods[0]! >= a.mods[0]! && (b.mods[1] ?? 0) === (a.mods[1] ?? 0);
  }
  return false;
}
