import { describe, expect, it } from '@jest/globals';
import { readReleaseExpectations } from '../../src/schema-sources/sources.js';
import type { TreeReader } from '../../src/schema-sources/sources.js';

const PRISMA = 'model User {\n  id Int @id\n  email String\n}\n';
const TYPES = [
  'export type Database = { public: { Tables: { notes: {',
  '  Row: { id: number; body: string }',
  '  Insert: { id?: number; body: string }',
  '  Update: { id?: number; body?: string }',
  '} } } };',
  '',
].join('\n');

function tree(files: Record<string, string>): TreeReader {
  return { list: async () => Object.keys(files), read: async (p) => files[p] };
}

describe('schema sources: where the release really keeps its schema', () => {
  it('skips examples, fixtures, references and test projects', async () => {
    const sources = await readReleaseExpectations(
      tree({
        'packages/database/schema.prisma': PRISMA,
        'examples/blog/prisma/schema.prisma': PRISMA,
        'references/nextjs/prisma/schema.prisma': PRISMA,
        'packages/cli/test/fixtures/app/schema.prisma': PRISMA,
        'apps/web/__tests__/schema.prisma': PRISMA,
        'tests/e2e/schema.prisma': PRISMA,
      }),
      { scanCode: false },
    );
    expect(sources.files.map((f) => f.path)).toEqual(['packages/database/schema.prisma']);
  });

  it('recognises supabase/types.ts as generated Supabase types', async () => {
    const sources = await readReleaseExpectations(tree({ 'supabase/types.ts': TYPES }), { scanCode: false });
    expect(sources.files).toEqual([{ path: 'supabase/types.ts', kind: 'supabase-types' }]);
  });

  it('does not let a code file that does not parse pass for one that uses nothing', async () => {
    const sources = await readReleaseExpectations(
      tree({
        'prisma/schema.prisma': PRISMA,
        'src/db.ts': "export const q = 'select email from users' +;\n",
        'src/ok.ts': "i++ / 2; db.query('select id from notes'); n = n / 2;\n",
      }),
    );
    expect(sources.unparsed.map((u) => u.path)).toEqual(['src/db.ts']);
    expect(sources.authoritative).toBe(false);
    expect(
      sources.expectations.filter((e) => e.source === 'sql').map((e) => `${e.table}.${e.column ?? ''}`),
    ).toEqual(['notes.', 'notes.id']);
  });

  it('counts a schema file that does not parse against the evidence, too', async () => {
    const drizzle =
      "import { pgTable, text } from 'drizzle-orm/pg-core';\nexport const users = pgTable('users', { email: text( });\n";
    const sources = await readReleaseExpectations(
      tree({ 'prisma/schema.prisma': PRISMA, 'src/db/schema.ts': drizzle }),
      { scanCode: false },
    );
    expect(sources.files.map((f) => f.path)).toEqual(['prisma/schema.prisma']);
    expect(sources.unparsed.map((u) => u.path)).toEqual(['src/db/schema.ts']);
    expect(sources.authoritative).toBe(false);
  });

  it('stays authoritative when everything parses', async () => {
    const sources = await readReleaseExpectations(
      tree({ 'prisma/schema.prisma': PRISMA, 'src/ok.ts': "db.query('select id from notes');\n" }),
    );
    expect(sources.unparsed).toEqual([]);
    expect(sources.authoritative).toBe(true);
  });
});
