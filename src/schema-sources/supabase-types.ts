import { supabaseDeclaredType } from './declared-types.js';
import type { Expectation } from './expectation.js';
import { isLiteral, isPunct, matchingClose } from './ts-scanner.js';
import type { Token } from './ts-scanner.js';
import { tokenize } from './ts-scanner.js';

/**
 * Reads the `Database` type that `supabase gen types typescript` writes (`database.types.ts`,
 * `supabase.ts`): per schema, `Tables` / `Views` with `Row` and `Insert`, and `Enums`.
 *
 * The generated type mirrors the database, not the code: it lists every column whether the app uses it
 * or not. So a table or column counts as used only where its name also appears in the release's code
 * (see UsageIndex), and the expectation points at that use.
 */

export interface SupabaseMember {
  name: string;
  optional: boolean;
  /** The member's type as written, for scalar members. */
  type: string;
  line: number;
}

export interface SupabaseTable {
  /** Schema-qualified unless public. */
  name: string;
  kind: 'table' | 'view';
  line: number;
  row: SupabaseMember[];
  /** Absent for read-only views. */
  insert?: SupabaseMember[];
  insertLine?: number;
}

export interface SupabaseEnum {
  name: string;
  line: number;
  values: string[];
}

export interface SupabaseTypes {
  file: string;
  tables: SupabaseTable[];
  enums: SupabaseEnum[];
}

interface TypeMember {
  name: string;
  optional: boolean;
  line: number;
  /** Tokens of the member's type. */
  value: Token[];
}

/** Members of a type literal `{ a: T; b?: U }`; generated files separate them by line breaks without semicolons. */
function typeMembers(tokens: readonly Token[], open: number): TypeMember[] {
  const close = matchingClose(tokens, open);
  const members: TypeMember[] = [];
  let i = open + 1;
  const startsMember = (k: number) => {
    const t = tokens[k];
    if (!t || (t.kind !== 'ident' && !isLiteral(t))) return false;
    return isPunct(tokens[k + 1], ':') || (isPunct(tokens[k + 1], '?') && isPunct(tokens[k + 2], ':'));
  };
  while (i < close) {
    if (!startsMember(i)) {
      i += 1;
      continue;
    }
    const name = tokens[i]!;
    const optional = isPunct(tokens[i + 1], '?');
    let k = i + (optional ? 3 : 2);
    const value: Token[] = [];
    while (k < close) {
      const t = tokens[k]!;
      if (isPunct(t, ';') || isPunct(t, ',')) {
        k += 1;
        break;
      }
      const last = value[value.length - 1];
      const continues = last && (isPunct(last, '|') || isPunct(last, '&'));
      if (value.length && t.newline && !continues && !isPunct(t, '|') && !isPunct(t, '&') && startsMember(k))
        break;
      if (isPunct(t, '{') || isPunct(t, '[') || isPunct(t, '(') || isPunct(t, '<')) {
        const end = isPunct(t, '<') ? angleClose(tokens, k) : matchingClose(tokens, k);
        value.push(...tokens.slice(k, end + 1));
        k = end + 1;
        continue;
      }
      value.push(t);
      k += 1;
    }
    members.push({ name: name.value, optional, line: name.line, value });
    i = k;
  }
  return members;
}

function angleClose(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let k = open; k < tokens.length; k++) {
    if (isPunct(tokens[k], '<')) depth += 1;
    if (isPunct(tokens[k], '>') && --depth === 0) return k;
  }
  return tokens.length - 1;
}

const objectOf = (m: TypeMember | undefined) => (m && isPunct(m.value[0], '{') ? m.value : undefined);
const find = (members: readonly TypeMember[], name: string) => members.find((m) => m.name === name);
const typeText = (tokens: readonly Token[]) =>
  tokens
    .map((t) => (t.kind === 'string' ? JSON.stringify(t.value) : t.value))
    .join(' ')
    .replace(/\s*\[\s*/g, '[')
    .replace(/\s*\]/g, ']');

export function parseSupabaseTypes(text: string, file: string): SupabaseTypes {
  const tokens = tokenize(text, file);
  const result: SupabaseTypes = { file, tables: [], enums: [] };
  const start = tokens.findIndex(
    (t, i) =>
      t.kind === 'ident' &&
      t.value === 'Database' &&
      ((tokens[i - 1]?.value === 'type' && isPunct(tokens[i + 1], '=') && isPunct(tokens[i + 2], '{')) ||
        (tokens[i - 1]?.value === 'interface' && isPunct(tokens[i + 1], '{'))),
  );
  if (start === -1) return result;
  const open = isPunct(tokens[start + 1], '{') ? start + 1 : start + 2;
  for (const schema of typeMembers(tokens, open)) {
    const body = objectOf(schema);
    if (!body || schema.name.startsWith('__')) continue;
    const prefix = schema.name === 'public' ? '' : `${schema.name}.`;
    const sections = typeMembers(body, 0);
    for (const [section, kind] of [
      ['Tables', 'table'],
      ['Views', 'view'],
    ] as const) {
      const relations = objectOf(find(sections, section));
      for (const rel of relations ? typeMembers(relations, 0) : []) {
        const parts = objectOf(rel);
        if (!parts) continue;
        const inner = typeMembers(parts, 0);
        const row = objectOf(find(inner, 'Row'));
        const insertMember = find(inner, 'Insert');
        const insert = objectOf(insertMember);
        const scalars = (tokens: Token[]) =>
          typeMembers(tokens, 0).map((m) => ({
            name: m.name,
            optional: m.optional,
            type: typeText(m.value),
            line: m.line,
          }));
        result.tables.push({
          name: `${prefix}${rel.name}`,
          kind,
          line: rel.line,
          row: row ? scalars(row) : [],
          ...(insert ? { insert: scalars(insert), insertLine: insertMember!.line } : {}),
        });
      }
    }
    const enums = objectOf(find(sections, 'Enums'));
    for (const e of enums ? typeMembers(enums, 0) : []) {
      result.enums.push({
        name: `${prefix}${e.name}`,
        line: e.line,
        values: e.value.filter(isLiteral).map((t) => t.value),
      });
    }
  }
  return result;
}

/** Where a name first appears in the release's code (identifiers and words inside strings), outside generated types. */
export interface UsageIndex {
  firstUse(name: string): { file: string; line: number } | undefined;
}

/** Expectations from generated types, kept only where the code names the table or column. */
export function supabaseExpectations(types: readonly SupabaseTypes[], usage: UsageIndex): Expectation[] {
  const out: Expectation[] = [];
  for (const t of types) {
    for (const table of t.tables) {
      const bare = table.name.slice(table.name.lastIndexOf('.') + 1);
      const tableUse = usage.firstUse(bare);
      if (!tableUse) continue;
      const typed = `${t.file}:${table.line}`;
      out.push({
        kind: 'reads',
        table: table.name,
        detail: `uses "${bare}" (typed in ${typed})`,
        ...tableUse,
        source: 'supabase-types',
      });
      for (const column of table.row) {
        const use = usage.firstUse(column.name);
        if (!use) continue;
        const detail = `uses "${column.name}" of "${bare}" (Row type at ${t.file}:${column.line})`;
        const at = { table: table.name, column: column.name, ...use, source: 'supabase-types' as const };
        out.push({ kind: 'reads', detail, ...at });
        const declared = supabaseDeclaredType(column.type);
        if (declared) out.push({ kind: 'decodes-type', detail, declared, ...at });
      }
      if (table.insert && table.kind === 'table') {
        out.push({
          kind: 'inserts-without',
          table: table.name,
          detail: `the generated Insert type of "${bare}" (${t.file}:${table.insertLine ?? table.line}) requires only ${
            table.insert
              .filter((m) => !m.optional)
              .map((m) => m.name)
              .join(', ') || 'nothing'
          }`,
          ...tableUse,
          source: 'supabase-types',
          provides: table.insert.filter((m) => !m.optional).map((m) => m.name),
        });
      }
    }
    for (const e of t.enums) {
      out.push({
        kind: 'knows-enum',
        table: e.name,
        detail: `enum ${e.name} of the generated types`,
        file: t.file,
        line: e.line,
        source: 'supabase-types',
        values: e.values,
      });
    }
  }
  return out;
}
