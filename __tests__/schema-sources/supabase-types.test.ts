import { describe, expect, it } from '@jest/globals';
import { loadCodeParser } from '../../src/schema-sources/ts-scanner.js';
import { parseSupabaseTypes, supabaseExpectations } from '../../src/schema-sources/supabase-types.js';
import type { UsageIndex } from '../../src/schema-sources/supabase-types.js';

// The code parser loads on first need (ts-scanner.ts): these tests call its readers directly.
await loadCodeParser();

/** As `supabase gen types typescript` writes it: no semicolons, unions over several lines. */
const TYPES = `export type Json =
  | string
  | number
  | null

export type Database = {
  __InternalSupabase: {
    PostgrestVersion: "12.2.3"
  }
  public: {
    Tables: {
      notes: {
        Row: {
          author_email: string | null
          body: string
          id: number
          status: Database["public"]["Enums"]["note_status"]
          tags: string[] | null
        }
        Insert: {
          author_email?: string | null
          body: string
          id?: number
          status?: Database["public"]["Enums"]["note_status"]
          tags?: string[] | null
        }
        Update: {
          author_email?: string | null
          body?: string
        }
        Relationships: [
          {
            foreignKeyName: "notes_author_fkey"
            columns: ["author_email"]
            isOneToOne: false
            referencedRelation: "authors"
            referencedColumns: ["email"]
          },
        ]
      }
    }
    Views: {
      note_counts: {
        Row: {
          n: number | null
        }
        Relationships: []
      }
    }
    Functions: {
      [_ in never]: never
    }
    Enums: {
      note_status:
        | "draft"
        | "published"
    }
    CompositeTypes: {
      [_ in never]: never
    }
  }
}
`;

describe('parseSupabaseTypes', () => {
  const types = parseSupabaseTypes(TYPES, 'src/lib/database.types.ts');

  it('reads tables with Row and Insert members, optionality and lines', () => {
    const notes = types.tables.find((t) => t.name === 'notes')!;
    expect(notes).toMatchObject({ kind: 'table', line: 12, insertLine: 20 });
    expect(notes.row.map((m) => [m.name, m.type, m.line])).toEqual([
      ['author_email', 'string | null', 14],
      ['body', 'string', 15],
      ['id', 'number', 16],
      ['status', 'Database["public"]["Enums"]["note_status"]', 17],
      ['tags', 'string[] | null', 18],
    ]);
    expect(notes.insert?.filter((m) => !m.optional).map((m) => m.name)).toEqual(['body']);
  });

  it('reads views and multi-line enum unions, and skips internal keys', () => {
    expect(types.tables.map((t) => [t.name, t.kind])).toEqual([
      ['notes', 'table'],
      ['note_counts', 'view'],
    ]);
    expect(types.enums).toEqual([{ name: 'note_status', line: 54, values: ['draft', 'published'] }]);
  });

  it('finds nothing in a file without the Database type', () => {
    expect(parseSupabaseTypes('export type Row = { a: string }', 'x.ts').tables).toEqual([]);
  });
});

describe('supabaseExpectations', () => {
  const types = parseSupabaseTypes(TYPES, 'src/lib/database.types.ts');
  const usage = (names: Record<string, number>): UsageIndex => ({
    firstUse: (name) => (names[name] ? { file: 'src/app/notes.ts', line: names[name] } : undefined),
  });

  it('keeps only the tables and columns the code names, pointing at the use', () => {
    const exps = supabaseExpectations([types], usage({ notes: 3, body: 7, status: 9 }));
    expect(exps.filter((e) => e.kind === 'reads').map((e) => [e.table, e.column, e.line])).toEqual([
      ['notes', undefined, 3],
      ['notes', 'body', 7],
      ['notes', 'status', 9],
    ]);
    expect(exps.find((e) => e.kind === 'reads' && e.column === 'body')?.detail).toBe(
      'uses "body" of "notes" (Row type at src/lib/database.types.ts:15)',
    );
  });

  it('inserts provide the required Insert keys; the generated type marks the rest optional', () => {
    const exps = supabaseExpectations([types], usage({ notes: 3 }));
    expect(exps.find((e) => e.kind === 'inserts-without')).toMatchObject({
      table: 'notes',
      provides: ['body'],
      line: 3,
    });
  });

  it('decodes Row types as JSON: strings, numbers, enums and arrays', () => {
    const exps = supabaseExpectations([types], usage({ notes: 3, id: 4, tags: 5, status: 6 }));
    const families = (column: string) =>
      exps.find((e) => e.kind === 'decodes-type' && e.column === column)?.declared?.families;
    expect(families('id')).toEqual(['integer', 'bigint', 'float', 'numeric']);
    expect(families('status')).toContain('enum:*');
    expect(families('tags')).toContain('text[]');
  });

  it('a table the code never names expects nothing, but enums are always known', () => {
    const exps = supabaseExpectations([types], usage({}));
    expect(exps.map((e) => e.kind)).toEqual(['knows-enum']);
  });
});
