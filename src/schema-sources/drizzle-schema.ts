import { drizzleDeclaredType } from './declared-types.js';
import type { Expectation } from './expectation.js';
import {
  isIdent,
  isLiteral,
  isPunct,
  matchingClose,
  splitTopLevel,
  TEMPLATE_HOLE,
  tokenize,
} from './ts-scanner.js';
import type { Token } from './ts-scanner.js';

/**
 * Reads Drizzle schema files: `pgTable('name', { key: text('col').notNull().default(…) })` (also the
 * `(t) => ({ … })` form, `pgSchema(…).table`, `pgTableCreator` prefixes and `...spread` column groups
 * from the same file) and `pgEnum('name', [...])`, with the line of each column. Drizzle selects every
 * declared column of a table, so each one is read.
 */

export interface DrizzleColumn {
  key: string;
  name: string;
  builder: string;
  line: number;
  notNull: boolean;
  /** The database fills it: `.default()`, `.defaultNow()`, serial, identity, generated. */
  dbDefault: boolean;
  /** Drizzle fills it on insert: `.$defaultFn()`, `.$default()`, `.$onUpdate()`. */
  clientDefault: boolean;
  array: boolean;
}

export interface DrizzleTable {
  name: string;
  line: number;
  columns: DrizzleColumn[];
}

export interface DrizzleEnum {
  name: string;
  /** The variable holding the enum builder, as columns call it. */
  variable?: string;
  line: number;
  values: string[];
}

export interface DrizzleSchema {
  file: string;
  tables: DrizzleTable[];
  enums: DrizzleEnum[];
}

export interface DrizzleOptions {
  /** drizzle's `casing: 'snake_case'`: a column without a name argument is its key in snake_case. */
  casing?: 'snake_case' | 'camelCase';
}

const SERIALS = new Set(['serial', 'smallserial', 'bigserial']);
const NOT_NULL = new Set(['notNull', 'primaryKey']);
const DB_DEFAULT = new Set([
  'default',
  'defaultNow',
  'defaultRandom',
  'generatedAlwaysAs',
  'generatedAlwaysAsIdentity',
  'generatedByDefaultAsIdentity',
]);
const CLIENT_DEFAULT = new Set(['$defaultFn', '$default', '$onUpdateFn', '$onUpdate']);

const snakeCase = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** `const name = <tokens>` declarations of the file, by variable name: where their value starts. */
function constants(tokens: readonly Token[]): Map<string, number> {
  const found = new Map<string, number>();
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (
      (isIdent(tokens[i], 'const') || isIdent(tokens[i], 'let')) &&
      tokens[i + 1]!.kind === 'ident' &&
      isPunct(tokens[i + 2], '=')
    ) {
      found.set(tokens[i + 1]!.value, i + 3);
    }
  }
  return found;
}

export function parseDrizzleSchema(text: string, file: string, options: DrizzleOptions = {}): DrizzleSchema {
  const tokens = tokenize(text, file);
  const consts = constants(tokens);
  const schema: DrizzleSchema = { file, tables: [], enums: [] };
  const schemaVars = new Map<string, string>();
  const creators = new Map<string, string>([['pgTable', TEMPLATE_HOLE]]);
  for (const [name, start] of consts) {
    if (isIdent(tokens[start], 'pgSchema') && isLiteral(tokens[start + 2]))
      schemaVars.set(name, tokens[start + 2]!.value);
    if (isIdent(tokens[start], 'pgTableCreator')) {
      const close = matchingClose(tokens, start + 1);
      const template = tokens.slice(start + 1, close).find((t) => t.kind === 'template');
      if (template) creators.set(name, template.value);
    }
  }
  const variableAt = (i: number) =>
    isPunct(tokens[i - 1], '=') && tokens[i - 2]?.kind === 'ident' ? tokens[i - 2]!.value : undefined;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'ident') continue;
    // mySchema.table('x', …) / mySchema.enum('x', […])
    const viaSchema =
      schemaVars.get(t.value) !== undefined && isPunct(tokens[i + 1], '.') ? tokens[i + 2] : undefined;
    const callee = viaSchema ? viaSchema.value : t.value;
    const open = viaSchema ? i + 3 : i + 1;
    if (!isPunct(tokens[open], '(') || isPunct(tokens[i - 1], '.')) continue;
    const prefix = viaSchema ? `${schemaVars.get(t.value)}.` : '';
    const qualify = (name: string) => (prefix === 'public.' ? name : `${prefix}${name}`);
    const close = matchingClose(tokens, open);
    const args = splitTopLevel(tokens, open + 1, close);
    const name = args[0]?.[0];
    if ((callee === 'pgEnum' || (viaSchema && callee === 'enum')) && isLiteral(name)) {
      const variable = variableAt(i);
      schema.enums.push({
        name: qualify(name.value),
        ...(variable ? { variable } : {}),
        line: t.line,
        values: enumValues(tokens, args[1] ?? [], consts),
      });
    } else if ((creators.has(callee) && !viaSchema) || (viaSchema && callee === 'table')) {
      if (!isLiteral(name)) continue;
      const tableName = viaSchema ? name.value : creators.get(callee)!.replace(TEMPLATE_HOLE, name.value);
      schema.tables.push({
        name: qualify(tableName),
        line: t.line,
        columns: columnsOf(tokens, args[1] ?? [], consts, options),
      });
      i = close;
    }
  }
  return schema;
}

function enumValues(tokens: readonly Token[], arg: readonly Token[], consts: Map<string, number>): string[] {
  let list = arg;
  if (arg.length && arg[0]!.kind === 'ident' && consts.has(arg[0]!.value)) {
    const start = consts.get(arg[0]!.value)!;
    list = isPunct(tokens[start], '[') ? tokens.slice(start, matchingClose(tokens, start) + 1) : [];
  }
  return list.filter(isLiteral).map((t) => t.value);
}

/** The columns object: `{ … }`, or the arrow function returning it. Spreads of same-file constants are followed. */
function columnsOf(
  tokens: readonly Token[],
  arg: readonly Token[],
  consts: Map<string, number>,
  options: DrizzleOptions,
  depth = 0,
): DrizzleColumn[] {
  // `{ … }` itself, or `(t) => ({ … })`: the first brace after the arrow
  const arrow = isPunct(arg[0], '{') ? -1 : arg.findIndex((t) => isPunct(t, '=>'));
  const brace =
    arrow === -1 ? (isPunct(arg[0], '{') ? 0 : -1) : arg.findIndex((t, k) => k > arrow && isPunct(t, '{'));
  if (brace === -1) return [];
  const close = matchingClose(arg, brace);
  const columns: DrizzleColumn[] = [];
  for (const member of splitTopLevel(arg, brace + 1, close)) {
    if (isPunct(member[0], '...') && member[1]?.kind === 'ident' && depth < 3) {
      const start = consts.get(member[1].value);
      if (start !== undefined && isPunct(tokens[start], '{')) {
        columns.push(
          ...columnsOf(
            tokens,
            tokens.slice(start, matchingClose(tokens, start) + 1),
            consts,
            options,
            depth + 1,
          ),
        );
      }
      continue;
    }
    const column = columnOf(member, options);
    if (column) columns.push(column);
  }
  return columns;
}

function columnOf(member: readonly Token[], options: DrizzleOptions): DrizzleColumn | undefined {
  const key = member[0];
  if (!key || (key.kind !== 'ident' && !isLiteral(key)) || !isPunct(member[1], ':')) return undefined;
  const value = member.slice(2);
  const open = value.findIndex((t) => isPunct(t, '('));
  if (open < 1 || value[open - 1]!.kind !== 'ident') return undefined;
  const builder = value[open - 1]!.value;
  let close = matchingClose(value, open);
  const args = splitTopLevel(value, open + 1, close);
  const methods: string[] = [];
  while (isPunct(value[close + 1], '.') && value[close + 2]?.kind === 'ident') {
    let next = close + 3;
    if (isPunct(value[next], '<')) {
      let angle = 0;
      for (; next < value.length; next++) {
        if (isPunct(value[next], '<')) angle += 1;
        if (isPunct(value[next], '>') && --angle === 0) break;
      }
      next += 1;
    }
    if (!isPunct(value[next], '(')) break;
    methods.push(value[close + 2]!.value);
    close = matchingClose(value, next);
  }
  const nameArg = args[0]?.[0];
  const keyName = key.value;
  const name =
    isLiteral(nameArg) && args[0]!.length === 1
      ? nameArg.value
      : options.casing === 'snake_case'
        ? snakeCase(keyName)
        : keyName;
  const has = (set: Set<string>) => methods.some((m) => set.has(m));
  return {
    key: keyName,
    name,
    builder,
    line: key.line,
    notNull: has(NOT_NULL) || SERIALS.has(builder) || methods.some((m) => m.startsWith('generated')),
    dbDefault: has(DB_DEFAULT) || SERIALS.has(builder),
    clientDefault: has(CLIENT_DEFAULT),
    array: methods.includes('array'),
  };
}

/** What the release's Drizzle queries read, insert, decode and know (all schema files together: enums may be imported). */
export function drizzleExpectations(schemas: readonly DrizzleSchema[]): Expectation[] {
  const enumByVariable = new Map(
    schemas.flatMap((s) => s.enums.flatMap((e) => (e.variable ? [[e.variable, e] as const] : []))),
  );
  const out: Expectation[] = [];
  for (const schema of schemas) {
    const file = schema.file;
    for (const table of schema.tables) {
      const label = `pgTable "${table.name}"`;
      out.push({
        kind: 'reads',
        table: table.name,
        detail: label,
        file,
        line: table.line,
        source: 'drizzle',
      });
      const provides: string[] = [];
      for (const c of table.columns) {
        const detail = `${label}, column ${c.key}`;
        const at = { table: table.name, column: c.name, file, line: c.line, source: 'drizzle' as const };
        out.push({ kind: 'reads', detail, ...at });
        const declared = drizzleDeclaredType(c.builder, c.array, enumByVariable.get(c.builder)?.name);
        if (declared) out.push({ kind: 'decodes-type', detail, declared, ...at });
        if (c.clientDefault || (c.notNull && !c.dbDefault)) provides.push(c.name);
        else
          out.push({
            kind: 'inserts-without',
            detail: `${detail} is ${c.notNull ? 'defaulted by the database' : 'nullable'}`,
            ...at,
          });
      }
      out.push({
        kind: 'inserts-without',
        table: table.name,
        detail: label,
        file,
        line: table.line,
        source: 'drizzle',
        provides,
      });
    }
    for (const e of schema.enums) {
      out.push({
        kind: 'knows-enum',
        table: e.name,
        detail: `pgEnum "${e.name}"`,
        file,
        line: e.line,
        source: 'drizzle',
        values: e.values,
      });
    }
  }
  return out;
}
