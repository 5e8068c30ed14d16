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
});
