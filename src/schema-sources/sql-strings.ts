import type { Expectation } from './expectation.js';
import { readSql } from './sql-in-code.js';
import type { SqlReading } from './sql-in-code.js';
import { isIdent, isLiteral, isPunct, matchingClose, splitTopLevel, TEMPLATE_HOLE } from './ts-scanner.js';
import type { Token } from './ts-scanner.js';

/**
 * Best effort: tables and columns named by SQL in string literals (`select a, b from t`, `insert into
 * t (a, b)`, `update t set a = …`, `delete from t`) and by supabase-js calls (`.from('t').select('a, b')`,
 * `.insert({ a, b })`, `.eq('a', …)`). Low confidence: their findings are warnings.
 */

const IDENT = String.raw`(?:"[^"]+"|[A-Za-z_][\w$]*)`;
const QUALIFIED = String.raw`${IDENT}(?:\s*\.\s*${IDENT})?`;
const LOOKS_LIKE_SQL = /\b(?:select\b[\s\S]+?\bfrom|insert\s+into|update\s+\S+\s+set|delete\s+from)\b/i;
const NOT_ALIAS = new Set([
  'on',
  'using',
  'left',
  'right',
  'inner',
  'outer',
  'full',
  'cross',
  'join',
  'natural',
  'where',
  'lateral',
  'group',
  'order',
  'limit',
  'set',
  'returning',
  'values',
  'as',
]);

/** `"User"` → `User`, `Notes` → `notes`, `public.notes` → `notes`: the parser's canonical names. */
export function sqlName(text: string): string {
  const parts = text
    .split(/\s*\.\s*(?=(?:"|[A-Za-z_]))/)
    .map((p) => (p.startsWith('"') ? p.slice(1, -1) : p.toLowerCase()));
  if (parts.length > 1 && parts[0] === 'public') parts.shift();
  return parts.join('.');
}

const bareColumn = (item: string) => new RegExp(`^(?:(${IDENT})\\s*\\.\\s*)?(${IDENT})$`).exec(item.trim());

function splitSql(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

const snippet = (sql: string) => {
  const one = sql.replace(/\s+/g, ' ').trim();
  return one.length > 48 ? `${one.slice(0, 45)}…` : one;
};

/**
 * Tables and columns a SQL string names, read with the Postgres parser (sql-in-code.ts). A template's
 * substitutions stand for values (`$1`, `$2`, …). Text that looks like SQL but does not parse is a
 * fragment the code joins with other strings (`'select a, b from ' + table`); no parser can read it, so
 * the words around its keywords are read instead, as evidence of use.
 */
export function sqlUsages(sql: string, file: string, line: number): Expectation[] {
  const text = sql.split(TEMPLATE_HOLE).join('?');
  if (!LOOKS_LIKE_SQL.test(text)) return [];
  let hole = 0;
  const reading = readSql(sql.split(TEMPLATE_HOLE).reduce((a, b) => `${a}$${++hole}${b}`));
  return reading ? parsedUsages(reading, text, file, line) : fragmentUsages(text, file, line);
}

function parsedUsages(reading: SqlReading, text: string, file: string, line: number): Expectation[] {
  const detail = `SQL "${snippet(text)}"`;
  const out: Expectation[] = [];
  for (const s of reading.statements) {
    const start = s.offset + (/\S/.exec(text.slice(s.offset))?.index ?? 0);
    const at = line + (text.slice(0, start).match(/\n/g)?.length ?? 0);
    const base = { detail, file, line: at, source: 'sql' as const };
    for (const table of s.tables) out.push({ kind: 'reads', table, ...base });
    for (const c of s.columns) out.push({ kind: 'reads', table: c.table, column: c.column, ...base });
    for (const i of s.inserts)
      out.push({ kind: 'inserts-without', table: i.table, provides: i.provides, ...base });
  }
  return out;
}

/** Keyword-anchored reading of SQL fragments that do not parse on their own. */
function fragmentUsages(text: string, file: string, line: number): Expectation[] {
  const out: Expectation[] = [];
  const detail = `SQL "${snippet(text)}"`;
  // the line of a match inside a multi-line string
  let at = line;
  const lineOf = (index: number) => line + (text.slice(0, index).match(/\n/g)?.length ?? 0);
  const read = (table: string, column?: string) =>
    out.push({ kind: 'reads', table, ...(column ? { column } : {}), detail, file, line: at, source: 'sql' });
  for (const m of text.matchAll(
    new RegExp(String.raw`\binsert\s+into\s+(${QUALIFIED})\s*\(([^)]*)\)`, 'gi'),
  )) {
    at = lineOf(m.index);
    const table = sqlName(m[1]!);
    const columns = splitSql(m[2]!).map(sqlName);
    read(table);
    columns.forEach((c) => read(table, c));
    out.push({ kind: 'inserts-without', table, detail, file, line: at, source: 'sql', provides: columns });
  }
  for (const m of text.matchAll(
    new RegExp(
      String.raw`\bupdate\s+(?:only\s+)?(${QUALIFIED})(?:\s+(?:as\s+)?${IDENT})?\s+set\s+([\s\S]*?)(?=\bwhere\b|\breturning\b|\bfrom\b|$)`,
      'gi',
    ),
  )) {
    at = lineOf(m.index);
    const table = sqlName(m[1]!);
    read(table);
    for (const assignment of splitSql(m[2]!)) {
      const column = new RegExp(`^(${IDENT})\\s*=`).exec(assignment)?.[1];
      if (column) read(table, sqlName(column));
    }
  }
  for (const m of text.matchAll(new RegExp(String.raw`\bdelete\s+from\s+(?:only\s+)?(${QUALIFIED})`, 'gi'))) {
    at = lineOf(m.index);
    read(sqlName(m[1]!));
  }
  const select =
    /\bselect\s+(?:distinct\s+)?([\s\S]+?)\s+from\s+([\s\S]*?)(?=\bwhere\b|\bgroup\s+by\b|\border\s+by\b|\blimit\b|\bhaving\b|\bunion\b|\breturning\b|\bfor\s+update\b|\)|;|$)/gi;
  for (const m of text.matchAll(select)) {
    at = lineOf(m.index);
    const aliases = new Map<string, string>();
    const tables: string[] = [];
    const source = new RegExp(
      String.raw`(?:^|,|\bjoin\b)\s*(${QUALIFIED})(?:\s+(?:as\s+)?(${IDENT}))?`,
      'gi',
    );
    for (const t of m[2]!.matchAll(source)) {
      const table = sqlName(t[1]!);
      if (NOT_ALIAS.has(table)) continue;
      tables.push(table);
      aliases.set(table, table);
      if (t[2] && !NOT_ALIAS.has(t[2].toLowerCase())) aliases.set(sqlName(t[2]), table);
      read(table);
    }
    for (const item of splitSql(m[1]!)) {
      const plain = item.replace(new RegExp(`\\s+(?:as\\s+)?${IDENT}$`, 'i'), '');
      const c = bareColumn(plain) ?? bareColumn(item);
      if (!c || c[2] === '*') continue;
      const table = c[1] ? aliases.get(sqlName(c[1])) : tables.length === 1 ? tables[0] : undefined;
      if (table) read(table, sqlName(c[2]!));
    }
  }
  return out;
}

const FILTERS = new Set([
  'eq',
  'neq',
  'gt',
  'gte',
  'lt',
  'lte',
  'like',
  'ilike',
  'is',
  'in',
  'contains',
  'containedBy',
  'order',
  'not',
  'filter',
  'textSearch',
]);

/** Columns of a PostgREST select string: `id, title, author:author_id, body::text` (embedded resources skipped). */
export function postgrestColumns(select: string): string[] {
  return splitSql(select).flatMap((item) => {
    if (item.includes('(') || item.startsWith('...')) return [];
    const column = (item.includes(':') && !item.includes('::') ? item.slice(item.indexOf(':') + 1) : item)
      .replace(/::.*$/, '')
      .replace(/->.*$/, '')
      .trim();
    return /^[A-Za-z_][\w$]*$/.test(column) ? [column] : [];
  });
}

/** `.from('notes').select('a, b').eq('c', x)` and `.insert({ a, b })` chains. */
function supabaseCalls(tokens: readonly Token[], file: string): Expectation[] {
  const out: Expectation[] = [];
  for (let i = 1; i + 4 < tokens.length; i++) {
    if (!isPunct(tokens[i], '.') || !isIdent(tokens[i + 1], 'from') || !isPunct(tokens[i + 2], '(')) continue;
    const name = tokens[i + 3];
    if (!isLiteral(name) || !isPunct(tokens[i + 4], ')') || isIdent(tokens[i - 1], 'storage')) continue;
    const table = name.value;
    const detail = `supabase-js .from("${table}")`;
    const read = (line: number, column?: string) =>
      out.push({ kind: 'reads', table, ...(column ? { column } : {}), detail, file, line, source: 'sql' });
    read(name.line);
    let j = i + 5;
    while (isPunct(tokens[j], '.') && tokens[j + 1]?.kind === 'ident' && isPunct(tokens[j + 2], '(')) {
      const method = tokens[j + 1]!.value;
      const close = matchingClose(tokens, j + 2);
      const first = tokens[j + 3];
      if (method === 'select' && isLiteral(first))
        postgrestColumns(first.value).forEach((c) => read(first.line, c));
      else if (FILTERS.has(method) && isLiteral(first)) read(first.line, first.value.replace(/^.*\./, ''));
      else if (method === 'insert' || method === 'upsert' || method === 'update') {
        const brace = isPunct(first, '{')
          ? j + 3
          : isPunct(first, '[') && isPunct(tokens[j + 4], '{')
            ? j + 4
            : -1;
        if (brace !== -1) {
          const keys = splitTopLevel(tokens, brace + 1, matchingClose(tokens, brace)).flatMap((member) => {
            const key = member[0];
            return key &&
              (key.kind === 'ident' || isLiteral(key)) &&
              (member.length === 1 || isPunct(member[1], ':'))
              ? [key.value]
              : [];
          });
          keys.forEach((k) => read(tokens[j + 1]!.line, k));
          if (method !== 'update') {
            out.push({
              kind: 'inserts-without',
              table,
              detail: `${detail}.${method}({ ${keys.join(', ')} })`,
              file,
              line: tokens[j + 1]!.line,
              source: 'sql',
              provides: keys,
            });
          }
        }
      }
      j = close + 1;
    }
  }
  return out;
}

/** Every SQL usage in one code file's tokens. */
export function scanSqlStrings(tokens: readonly Token[], file: string): Expectation[] {
  const out: Expectation[] = [];
  for (const t of tokens) {
    if (t.kind === 'string' || t.kind === 'template') out.push(...sqlUsages(t.value, file, t.line));
  }
  out.push(...supabaseCalls(tokens, file));
  return out;
}
