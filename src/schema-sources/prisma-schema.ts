import { prismaDeclaredType } from './declared-types.js';
import type { Expectation } from './expectation.js';

/**
 * Reads `schema.prisma` (and multi-file `prisma/schema/*.prisma`): models, views and enums with their
 * database names (`@map` / `@@map`), optionality, defaults and native types, with the line of each.
 * The Prisma client selects every scalar field of a model on every query, so each one is read.
 */

export interface PrismaField {
  name: string;
  /** Column name: `@map("…")` or the field name. */
  dbName: string;
  type: string;
  optional: boolean;
  list: boolean;
  line: number;
  /** `@default(…)` argument text. */
  default?: string;
  updatedAt: boolean;
  ignored: boolean;
  /** `@db.VarChar(50)` → `VarChar(50)`. */
  native?: string;
  /** `@relation(…)` present. */
  relation: boolean;
}

export interface PrismaModel {
  name: string;
  /** Table name: `@@map("…")` or the model name, schema-qualified by `@@schema` when not public. */
  dbName: string;
  kind: 'model' | 'view';
  line: number;
  ignored: boolean;
  fields: PrismaField[];
}

export interface PrismaEnum {
  name: string;
  dbName: string;
  line: number;
  values: { name: string; dbName: string; line: number }[];
}

export interface PrismaSchema {
  file: string;
  models: PrismaModel[];
  enums: PrismaEnum[];
}

const BLOCK_START = /^\s*(model|view|enum|type|datasource|generator)\s+(\w+)\s*\{\s*$/;
const FIELD = /^\s*(\w+)\s+(Unsupported\(\s*"[^"]*"\s*\)|[\w.]+)(\[\])?(\?)?(.*)$/;
const MAP = /@map\(\s*(?:name\s*:\s*)?"([^"]*)"/;
const BLOCK_MAP = /@@map\(\s*(?:name\s*:\s*)?"([^"]*)"/;
const BLOCK_SCHEMA = /@@schema\(\s*"([^"]*)"/;

/** Drop a `//` comment that is not inside a string. */
function stripComment(line: string): string {
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\' && inString) i += 1;
    else if (ch === '"') inString = !inString;
    else if (!inString && ch === '/' && line[i + 1] === '/') return line.slice(0, i);
  }
  return line;
}

/** The balanced-parenthesis argument of an attribute: `@default(dbgenerated("gen()"))` → `dbgenerated("gen()")`. */
function attributeArgs(text: string, name: string): string | undefined {
  const start = text.search(new RegExp(`${name.replace('.', '\\.')}\\(`));
  if (start === -1) return undefined;
  let depth = 0;
  let inString = false;
  const open = text.indexOf('(', start);
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' && text[i - 1] !== '\\') inString = !inString;
    if (inString) continue;
    if (ch === '(') depth += 1;
    if (ch === ')' && --depth === 0) return text.slice(open + 1, i).trim();
  }
  return text.slice(open + 1).trim();
}

const qualified = (schema: string | undefined, name: string) =>
  schema && schema !== 'public' ? `${schema}.${name}` : name;

export function parsePrismaSchema(text: string, file: string): PrismaSchema {
  const schema: PrismaSchema = { file, models: [], enums: [] };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let block: { kind: string; name: string; line: number; body: { text: string; line: number }[] } | undefined;
  lines.forEach((raw, index) => {
    const line = stripComment(raw);
    if (!block) {
      const m = BLOCK_START.exec(line);
      if (m) block = { kind: m[1]!, name: m[2]!, line: index + 1, body: [] };
      return;
    }
    if (/^\s*\}\s*$/.test(line)) {
      finishBlock(schema, block);
      block = undefined;
      return;
    }
    if (line.trim()) block.body.push({ text: line, line: index + 1 });
  });
  return schema;
}

function finishBlock(
  schema: PrismaSchema,
  block: { kind: string; name: string; line: number; body: { text: string; line: number }[] },
): void {
  const blockAttrs = block.body
    .filter((l) => l.text.trim().startsWith('@@'))
    .map((l) => l.text)
    .join(' ');
  const dbSchema = BLOCK_SCHEMA.exec(blockAttrs)?.[1];
  const dbName = qualified(dbSchema, BLOCK_MAP.exec(blockAttrs)?.[1] ?? block.name);
  if (block.kind === 'enum') {
    const values = block.body
      .filter((l) => !l.text.trim().startsWith('@@'))
      .flatMap((l) => {
        const m = /^\s*(\w+)(.*)$/.exec(l.text);
        return m ? [{ name: m[1]!, dbName: MAP.exec(m[2]!)?.[1] ?? m[1]!, line: l.line }] : [];
      });
    schema.enums.push({ name: block.name, dbName, line: block.line, values });
    return;
  }
  if (block.kind !== 'model' && block.kind !== 'view') return;
  const fields: PrismaField[] = [];
  for (const l of block.body) {
    if (l.text.trim().startsWith('@@')) continue;
    const m = FIELD.exec(l.text);
    if (!m) continue;
    const attrs = m[5] ?? '';
    const native = /@db\.(\w+(?:\([^)]*\))?)/.exec(attrs)?.[1];
    const def = attributeArgs(attrs, '@default');
    fields.push({
      name: m[1]!,
      dbName: MAP.exec(attrs)?.[1] ?? m[1]!,
      type: m[2]!,
      optional: !!m[4],
      list: !!m[3],
      line: l.line,
      ...(def !== undefined ? { default: def } : {}),
      updatedAt: /@updatedAt\b/.test(attrs),
      ignored: /@ignore\b/.test(attrs),
      ...(native ? { native } : {}),
      relation: /@relation\b/.test(attrs),
    });
  }
  schema.models.push({
    name: block.name,
    dbName,
    kind: block.kind,
    line: block.line,
    ignored: /@@ignore\b/.test(blockAttrs),
    fields,
  });
}

/** Defaults the Prisma client fills in itself, so every create sends the column. */
const CLIENT_DEFAULT = /^(uuid|cuid|nanoid|ulid)\s*\(/;

/** What the release's Prisma client reads, inserts, decodes and knows (all schema files of the release together). */
export function prismaExpectations(schemas: readonly PrismaSchema[]): Expectation[] {
  const models = new Set(schemas.flatMap((s) => s.models.map((m) => m.name)));
  const enums = new Map(schemas.flatMap((s) => s.enums.map((e) => [e.name, e] as const)));
  const out: Expectation[] = [];
  for (const schema of schemas) {
    const file = schema.file;
    for (const model of schema.models) {
      if (model.ignored) continue;
      const table = model.dbName;
      const label = `${model.kind} ${model.name}`;
      out.push({ kind: 'reads', table, detail: label, file, line: model.line, source: 'prisma' });
      const provides: string[] = [];
      for (const f of model.fields) {
        const isRelation = f.relation || models.has(f.type);
        if (isRelation || f.ignored || f.type.startsWith('Unsupported(')) continue;
        const detail = `${label}, field ${f.name}`;
        const at = { table, column: f.dbName, file, line: f.line, source: 'prisma' as const };
        out.push({ kind: 'reads', detail, ...at });
        const declared = prismaDeclaredType(f.type, f.list, f.native, enums.get(f.type)?.dbName);
        if (declared) out.push({ kind: 'decodes-type', detail, declared, ...at });
        if (model.kind === 'view') continue;
        const clientFilled = f.updatedAt || (f.default !== undefined && CLIENT_DEFAULT.test(f.default));
        if (clientFilled || (!f.optional && !f.list && f.default === undefined)) provides.push(f.dbName);
        else {
          const why = f.optional
            ? 'optional'
            : f.list
              ? 'a list'
              : `defaulted by the database (@default(${f.default}))`;
          out.push({ kind: 'inserts-without', detail: `${detail} is ${why}`, ...at });
        }
      }
      if (model.kind === 'model') {
        out.push({
          kind: 'inserts-without',
          table,
          detail: label,
          file,
          line: model.line,
          source: 'prisma',
          provides,
        });
      }
    }
    for (const e of schema.enums) {
      out.push({
        kind: 'knows-enum',
        table: e.dbName,
        detail: `enum ${e.name}`,
        file,
        line: e.line,
        source: 'prisma',
        values: e.values.map((v) => v.dbName),
      });
    }
  }
  return out;
}
