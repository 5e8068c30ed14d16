import type { DeclaredType } from './expectation.js';

/**
 * Which SQL type families (typeFamily in src/schema-model/types.ts) a reader's declared type decodes.
 * Only used to judge a type change the history records: if the old type decoded and the new one does
 * not, the fallback release breaks on it.
 */

const PRISMA_SCALARS: Record<string, readonly string[]> = {
  String: ['text', 'uuid'],
  Int: ['integer'],
  BigInt: ['bigint', 'integer'],
  Float: ['float'],
  Decimal: ['numeric'],
  Boolean: ['boolean'],
  DateTime: ['timestamp', 'date', 'time'],
  Json: ['json'],
  Bytes: ['bytea'],
};

const PRISMA_NATIVE: Record<string, string> = {
  text: 'text',
  varchar: 'text',
  char: 'text',
  citext: 'text',
  uuid: 'uuid',
  inet: 'inet',
  xml: 'xml',
  integer: 'integer',
  smallint: 'integer',
  bigint: 'bigint',
  real: 'float',
  doubleprecision: 'float',
  decimal: 'numeric',
  money: 'numeric',
  date: 'date',
  time: 'time',
  timetz: 'time',
  timestamp: 'timestamp',
  timestamptz: 'timestamp',
  json: 'json',
  jsonb: 'json',
  bytea: 'bytea',
  boolean: 'boolean',
  bit: 'bit',
  varbit: 'varbit',
  oid: 'oid',
};

const list = (families: readonly string[], isList: boolean) =>
  isList ? families.map((f) => `${f}[]`) : families;

/** `String @db.Uuid`, `Int`, `Role[]` (enum Role mapped to `role`). */
export function prismaDeclaredType(
  type: string,
  isList: boolean,
  native: string | undefined,
  enumDbName: string | undefined,
): DeclaredType | undefined {
  const text = `${type}${isList ? '[]' : ''}${native ? ` @db.${native}` : ''}`;
  if (enumDbName) return { text, families: list([`enum:${enumDbName}`], isList) };
  const scalar = PRISMA_SCALARS[type];
  if (!scalar) return undefined;
  const nativeFamily = native ? PRISMA_NATIVE[native.replace(/\(.*$/, '').toLowerCase()] : undefined;
  const families = nativeFamily ? [...new Set([...scalar, nativeFamily])] : scalar;
  return { text, families: list(families, isList) };
}

const DRIZZLE_BUILDERS: Record<string, readonly string[]> = {
  text: ['text'],
  varchar: ['text'],
  char: ['text'],
  citext: ['text'],
  integer: ['integer'],
  smallint: ['integer'],
  serial: ['integer'],
  smallserial: ['integer'],
  bigint: ['bigint', 'integer'],
  bigserial: ['bigint', 'integer'],
  numeric: ['numeric'],
  decimal: ['numeric'],
  real: ['float'],
  doublePrecision: ['float'],
  boolean: ['boolean'],
  timestamp: ['timestamp'],
  date: ['date'],
  time: ['time'],
  interval: ['interval'],
  json: ['json'],
  jsonb: ['json'],
  uuid: ['uuid'],
  inet: ['inet'],
  cidr: ['inet'],
  bytea: ['bytea'],
};

/** `varchar('name', { length: 50 })` → text; a pgEnum builder → its enum. */
export function drizzleDeclaredType(
  builder: string,
  isArray: boolean,
  enumName: string | undefined,
): DeclaredType | undefined {
  const text = `${builder}()${isArray ? '.array()' : ''}`;
  if (enumName) return { text, families: list([`enum:${enumName}`], isArray) };
  const families = DRIZZLE_BUILDERS[builder];
  return families ? { text, families: list(families, isArray) } : undefined;
}

/** PostgREST returns these as JSON strings; numeric and bigint come back as numbers. */
const JSON_STRING = ['text', 'uuid', 'timestamp', 'date', 'time', 'interval', 'inet', 'bytea', 'enum:*'];
const JSON_NUMBER = ['integer', 'bigint', 'float', 'numeric'];

/** A Supabase generated Row type: `string | null`, `number`, `Database["public"]["Enums"]["status"]`, `string[]`. */
export function supabaseDeclaredType(typeText: string): DeclaredType | undefined {
  const text = typeText.replace(/\s+/g, ' ').trim();
  const bare = text
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s && s !== 'null');
  if (bare.length !== 1) return undefined;
  let one = bare[0]!;
  const isList = one.endsWith('[]');
  if (isList) one = one.slice(0, -2).replace(/^\((.*)\)$/, '$1');
  let families: readonly string[] | undefined;
  if (one === 'string' || /\["Enums"\]|\['Enums'\]/.test(one)) families = JSON_STRING;
  else if (one === 'number') families = JSON_NUMBER;
  else if (one === 'boolean') families = ['boolean'];
  else if (one === 'Json') families = ['json'];
  return families ? { text, families: list(families, isList) } : undefined;
}

/** Can code declared this way decode a value of this family? */
export function decodes(declared: DeclaredType, family: string): boolean {
  if (declared.families.includes(family)) return true;
  const isList = family.endsWith('[]');
  const base = isList ? family.slice(0, -2) : family;
  return base.startsWith('enum:') && declared.families.includes(isList ? 'enum:*[]' : 'enum:*');
}
