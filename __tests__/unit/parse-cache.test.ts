import { beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { replayHistory } from '../../src/gates/migrations/fallback/history.js';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { discoverMigrations } from '../../src/gates/migrations/discover.js';
import { lintParsedFiles } from '../../src/gates/migrations/engine.js';
import type { MigrationFile } from '../../src/sql/model.js';
import { ensureParser } from '../../src/sql/parse.js';
import { parseMigration } from '../../src/gates/migrations/layouts/parse-migration.js';
import { clearParseCache, parseCacheSize } from '../../src/sql/parse-cache.js';

const file = (path: string, layout: MigrationFile['layout'] = 'supabase'): MigrationFile => ({
  path,
  layout,
  direction: 'up',
  version: path,
});

beforeAll(() => ensureParser());
beforeEach(() => clearParseCache());

describe('the parse cache (parse-cache.ts)', () => {
  it('parses the same SQL once: a second file with that content shares its statements', () => {
    const sql = 'alter table public.orders add column note text;\nselect 1;';
    const first = parseMigration(file('supabase/migrations/1_a.sql'), sql);
    const second = parseMigration(file('supabase/migrations/2_b.sql'), sql);
    expect(second.statements).toBe(first.statements);
    expect(second.file.path).toBe('supabase/migrations/2_b.sql');
    expect(parseCacheSize()).toBe(1);
    // Other content is another entry.
    expect(parseMigration(file('c.sql'), `${sql}\n`).statements).not.toBe(first.statements);
    expect(parseCacheSize()).toBe(2);
  });

  it('keys dbmate files by the section the parser sees, not by the file', () => {
    const sql = '-- migrate:up\ncreate table a (id int);\n-- migrate:down\ndrop table a;\n';
    const f = file('db/migrations/1_a.sql', 'dbmate');
    const up = parseMigration(f, sql, 'up');
    const down = parseMigration(f, sql, 'down');
    expect(up.statements.map((s) => s.kind)).toEqual(['CreateStmt']);
    expect(down.statements.map((s) => s.kind)).toEqual(['DropStmt']);
    expect(parseMigration(f, sql, 'up').statements).toBe(up.statements);
  });

  it('keeps nothing for `lint FILE…` (cache: false), so one AST is alive at a time', () => {
    const parsed = parseMigration(file('a.sql'), 'select 1;', 'up', { cache: false });
    expect(parsed.statements).toHaveLength(1);
    expect(parseCacheSize()).toBe(0);
  });

  it('lets the history replay reuse the statements the lint parsed, which neither modifies', async () => {
    const fixtures = join(import.meta.dirname, '..', 'fixtures', 'migrations');
    const manifest = JSON.parse(readFileSync(join(fixtures, 'corpus.json'), 'utf8')) as { file: string }[];
    const read = async (path: string) => readFileSync(join(fixtures, path), 'utf8');
    const { files } = await discoverMigrations(
      manifest.map((e) => e.file),
      DEFAULT_CONFIG.migrations,
      read,
    );
    const ups = files.filter((f) => f.direction === 'up');
    const parsed = await Promise.all(ups.map(async (f) => parseMigration(f, await read(f.path))));
    // Shared statements must not change under anyone's hands: freeze them, then lint and replay.
    for (const p of parsed) deepFreeze(p.statements);
    const linted = lintParsedFiles(parsed, { config: DEFAULT_CONFIG.migrations });
    expect(linted).toHaveLength(parsed.length);
    const replayed = await replayHistory(ups, read);
    expect(replayed.files).toBe(ups.length);
    // The replay took its statements from the cache: parsing again now still gives the frozen ones.
    const again = parseMigration(ups[0]!, await read(ups[0]!.path));
    expect(Object.isFrozen(again.statements)).toBe(true);
  });
});

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}
