import { describe, expect, it } from '@jest/globals';
import { loadCodeParser } from '../../src/schema-sources/ts-scanner.js';
import { drizzleExpectations, parseDrizzleSchema } from '../../src/schema-sources/drizzle-schema.js';
import { drizzleConfigGlobs } from '../../src/schema-sources/sources.js';

// The code parser loads on first need (ts-scanner.ts): these tests call its readers directly.
await loadCodeParser();

const SCHEMA = [
  "import { boolean, integer, pgEnum, pgTable, serial, text, timestamp, varchar } from 'drizzle-orm/pg-core';",
  "import { sql } from 'drizzle-orm';",
  '',
  "export const statusEnum = pgEnum('status', ['draft', 'published']);",
  '',
  'const timestamps = {',
  "  createdAt: timestamp('created_at', { withTimezone: true }).defaultNow().notNull(),",
  '};',
  '',
  "export const notes = pgTable('notes', {",
  "  id: serial('id').primaryKey(),",
  "  title: varchar('title', { length: 200 }).notNull(),",
  "  authorEmail: text('author_email'),",
  "  status: statusEnum('status').notNull().default('draft'),",
  "  slug: text('slug').notNull().$defaultFn(() => crypto.randomUUID()),",
  '  views: integer().notNull(), // no name: the key is the column',
  "  tags: text('tags').array(),",
  "  meta: text('meta').$type<{ a: string }>().notNull().default(sql`'{}'`),",
  '  ...timestamps,',
  '});',
  '',
  "export const flags = pgTable('flags', (t) => ({",
  "  name: t.text('name').primaryKey(),",
  "  on: t.boolean('on').notNull(),",
  '}), (table) => [',
  '  // indexes are not columns',
  ']);',
].join('\n');

describe('parseDrizzleSchema', () => {
  const schema = parseDrizzleSchema(SCHEMA, 'src/db/schema.ts');
  const notes = schema.tables.find((t) => t.name === 'notes')!;

  it.each([
    ['id', 'id', 'serial', 11, { notNull: true, dbDefault: true }],
    ['title', 'title', 'varchar', 12, { notNull: true, dbDefault: false }],
    ['authorEmail', 'author_email', 'text', 13, { notNull: false }],
    ['status', 'status', 'statusEnum', 14, { notNull: true, dbDefault: true }],
    ['slug', 'slug', 'text', 15, { notNull: true, clientDefault: true }],
    ['views', 'views', 'integer', 16, { notNull: true }],
    ['tags', 'tags', 'text', 17, { array: true }],
    ['meta', 'meta', 'text', 18, { notNull: true, dbDefault: true }],
    ['createdAt', 'created_at', 'timestamp', 7, { notNull: true, dbDefault: true }],
  ])('reads key %s as column %s (%s) at line %d', (key, name, builder, line, flags) => {
    expect(notes.columns.find((c) => c.key === key)).toMatchObject({ name, builder, line, ...flags });
  });

  it('reads the table and enum lines, the arrow-function form, and enum values', () => {
    expect(notes.line).toBe(10);
    expect(
      schema.tables.find((t) => t.name === 'flags')?.columns.map((c) => [c.name, c.builder, c.line]),
    ).toEqual([
      ['name', 'text', 23],
      ['on', 'boolean', 24],
    ]);
    expect(schema.enums).toEqual([
      { name: 'status', variable: 'statusEnum', line: 4, values: ['draft', 'published'] },
    ]);
  });

  it('follows pgSchema(...).table, pgTableCreator prefixes and snake_case casing', () => {
    const text = [
      "const auth = pgSchema('auth');",
      "export const sessions = auth.table('sessions', { userId: uuid().notNull() });",
      'const createTable = pgTableCreator((name) => `app_${name}`);',
      "export const posts = createTable('post', { id: serial('id') });",
    ].join('\n');
    const s = parseDrizzleSchema(text, 'schema.ts', { casing: 'snake_case' });
    expect(s.tables.map((t) => [t.name, t.columns.map((c) => c.name)])).toEqual([
      ['auth.sessions', ['user_id']],
      ['app_post', ['id']],
    ]);
  });
});

describe('drizzleExpectations', () => {
  const exps = drizzleExpectations([parseDrizzleSchema(SCHEMA, 'src/db/schema.ts')]);

  it('reads every declared column, with its line', () => {
    expect(
      exps.filter((e) => e.kind === 'reads' && e.table === 'notes').map((e) => `${e.column}@${e.line}`),
    ).toEqual([
      'undefined@10',
      'id@11',
      'title@12',
      'author_email@13',
      'status@14',
      'slug@15',
      'views@16',
      'tags@17',
      'meta@18',
      'created_at@7',
    ]);
  });

  it('inserts provide required columns without a database default and $defaultFn columns', () => {
    const table = exps.find((e) => e.kind === 'inserts-without' && e.table === 'notes' && !e.column)!;
    expect(table.provides).toEqual(['title', 'slug', 'views']);
  });

  it('decodes enums through their pgEnum builder and knows their values', () => {
    expect(exps.find((e) => e.kind === 'decodes-type' && e.column === 'status')?.declared?.families).toEqual([
      'enum:status',
    ]);
    expect(exps.find((e) => e.kind === 'decodes-type' && e.column === 'tags')?.declared?.families).toEqual([
      'text[]',
    ]);
    expect(exps.find((e) => e.kind === 'knows-enum')).toMatchObject({
      table: 'status',
      values: ['draft', 'published'],
    });
  });
});

describe('drizzleConfigGlobs', () => {
  it.each([
    [
      'drizzle.config.ts',
      "export default defineConfig({ schema: './src/db/schema.ts', dialect: 'postgresql' })",
      ['src/db/schema.ts'],
    ],
    [
      'apps/web/drizzle.config.ts',
      "export default { schema: ['./db/a.ts', './db/b.ts'] }",
      ['apps/web/db/a.ts', 'apps/web/db/b.ts'],
    ],
    ['drizzle.config.ts', "export default { schema: './src/schema/' }", ['src/schema/**/*.{ts,js,mjs}']],
    ['drizzle.config.ts', "export default { schema: './src/db/*.ts' }", ['src/db/*.ts']],
    ['drizzle.config.ts', 'export default { schema }', []],
  ])('%s: %s', (path, text, globs) => {
    expect(drizzleConfigGlobs(path, text)).toEqual(globs);
  });
});
