import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { replayHistory } from '../../src/gates/migrations/fallback/history.js';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { discoverMigrations } from '../../src/gates/migrations/discover.js';
import { lintParsedFiles } from '../../src/gates/migrations/engine.js';
import type { MigrationFile, ParsedFile } from '../../src/sql/model.js';
import { clearParseCache, parseCacheSize } from '../../src/sql/parse-cache.js';
import type { ParsedSource } from '../../src/sql/parse-cache.js';
import {
  decodeParseEntry,
  encodeParseEntry,
  openParseStore,
  parseMigrations,
  parseStoreKey,
} from '../../src/gates/migrations/parse-store.js';
import type { ParseStore } from '../../src/gates/migrations/parse-store.js';
import type { ReplayedSchema } from '../../src/schema-model/model.js';
import type { ReplayCache } from '../../src/schema-model/replay-cache.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'migrations');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
beforeEach(() => clearParseCache());

function tempStore(): ParseStore {
  const dir = mkdtempSync(join(tmpdir(), 'rr-parse-store-'));
  dirs.push(dir);
  return openParseStore({ ROLLBACK_READY_CACHE_DIR: dir })!;
}

/** Counts what the store answers, so a test can tell a parse from a read. */
function counting(store: ParseStore): ParseStore & { hits: number; writes: number } {
  const counted = {
    dir: store.dir,
    hits: 0,
    writes: 0,
    get(key: string, count: number) {
      const found = store.get(key, count);
      if (found) counted.hits++;
      return found;
    },
    set(key: string, parsed: readonly ParsedSource[]) {
      counted.writes++;
      store.set(key, parsed);
    },
    setSerialised(key: string, parsed: readonly string[]) {
      counted.writes++;
      store.setSerialised(key, parsed);
    },
  };
  return counted;
}

async function labelledCorpus(): Promise<{ file: MigrationFile; text: string }[]> {
  const manifest = JSON.parse(readFileSync(join(FIXTURES, 'corpus.json'), 'utf8')) as { file: string }[];
  const read = async (path: string) => readFileSync(join(FIXTURES, path), 'utf8');
  const { files } = await discoverMigrations(
    manifest.map((e) => e.file),
    DEFAULT_CONFIG.migrations,
    read,
  );
  return Promise.all(files.map(async (file) => ({ file, text: await read(file.path) })));
}

/** The verdict of each file on its own (as the bench lints the corpus), serialised as the report writes it. */
function verdicts(parsed: readonly ParsedFile[]): string {
  return JSON.stringify(parsed.map((p) => lintParsedFiles([p], { config: DEFAULT_CONFIG.migrations })));
}

describe('the disk store of parses (parse-store.ts)', () => {
  it('gives the labelled corpus the same statements and the same verdicts warm as cold', async () => {
    const corpus = await labelledCorpus();
    expect(corpus.length).toBeGreaterThan(100);
    const store = counting(tempStore());
    const cold = await parseMigrations(corpus, store);
    expect(store).toMatchObject({ hits: 0, writes: 1 });
    clearParseCache();
    const warm = await parseMigrations(corpus, store);
    expect(store).toMatchObject({ hits: 1, writes: 1 }); // read back, not parsed again
    expect(warm[0]!.statements).not.toBe(cold[0]!.statements);
    expect(JSON.stringify(warm)).toBe(JSON.stringify(cold));
    expect(verdicts(warm)).toBe(verdicts(cold));
    // And both equal a run without any store.
    clearParseCache();
    expect(verdicts(await parseMigrations(corpus, undefined))).toBe(verdicts(cold));
  });

  it('keys by the exact text the parser sees: one byte more is another entry', async () => {
    const file: MigrationFile = {
      path: 'supabase/migrations/1_a.sql',
      layout: 'supabase',
      direction: 'up',
      version: '1',
    };
    const sql = 'alter table public.orders add column note text;\n';
    expect(parseStoreKey([sql])).not.toBe(parseStoreKey([`${sql} `]));
    expect(parseStoreKey([sql, sql])).not.toBe(parseStoreKey([`${sql}${sql}`]));
    const store = counting(tempStore());
    await parseMigrations([{ file, text: sql }], store);
    clearParseCache();
    await parseMigrations([{ file, text: `\uFEFF${sql}` }], store); // a BOM is not part of what the parser sees
    expect(store.hits).toBe(1);
    await parseMigrations([{ file, text: `${sql}-- changed\n` }], store);
    expect(store).toMatchObject({ hits: 1, writes: 2 });
  });

  it('shares a stored parse with the rest of the run through the process cache', async () => {
    const file: MigrationFile = { path: 'a.sql', layout: 'supabase', direction: 'up', version: '1' };
    const store = tempStore();
    await parseMigrations([{ file, text: 'select 1;' }], store);
    clearParseCache();
    const [warm] = await parseMigrations([{ file, text: 'select 1;' }], store);
    expect(parseCacheSize()).toBe(1);
    const [again] = await parseMigrations([{ file, text: 'select 1;' }], undefined);
    expect(again!.statements).toBe(warm!.statements);
  });

  it('ignores an entry that is corrupt, truncated, misplaced or hand-edited, and parses again', async () => {
    const file: MigrationFile = { path: 'a.sql', layout: 'supabase', direction: 'up', version: '1' };
    const text = 'alter table public.orders drop column note;\n';
    const store = counting(tempStore());
    const [cold] = await parseMigrations([{ file, text }], store);
    const key = parseStoreKey([text]);
    const entryPath = join(store.dir, `${key}.json`);
    const good = readFileSync(entryPath, 'utf8');
    const statement = cold!.statements[0]!;
    const edited = JSON.stringify([{ statements: [{ ...statement, kind: 'SelectStmt' }], errors: [] }]);
    const bad = [
      good.slice(0, good.length / 2), // truncated
      '{}',
      good.replace(key, '0'.repeat(64)), // written under another key
      JSON.stringify({ ...JSON.parse(good), payload: edited }), // payload edited, checksum not
      encodeParseEntry(key, JSON.parse(edited) as ParsedSource[]), // consistent, but the kind lies about the node
      encodeParseEntry(key, [{ statements: [{ ...statement, line: -1 }], errors: [] }]),
    ];
    for (const content of bad) {
      writeFileSync(entryPath, content);
      expect(store.get(key, 1)).toBeUndefined();
      clearParseCache();
      const [again] = await parseMigrations([{ file, text }], store);
      expect(JSON.stringify(again)).toBe(JSON.stringify(cold));
      // Rebuilt: the next read is the good entry again.
      expect(decodeParseEntry(readFileSync(entryPath, 'utf8'), key)).toEqual([
        { statements: cold!.statements, errors: [] },
      ]);
    }
    // A well-formed entry for fewer files than asked for is not an answer either.
    expect(store.get(key, 2)).toBeUndefined();
  });

  it('costs a cache folder it cannot write nothing but time', async () => {
    const file: MigrationFile = { path: 'a.sql', layout: 'supabase', direction: 'up', version: '1' };
    const dir = mkdtempSync(join(tmpdir(), 'rr-parse-store-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'not-a-folder'), '');
    const store = openParseStore({ ROLLBACK_READY_CACHE_DIR: join(dir, 'not-a-folder') })!;
    const [parsed] = await parseMigrations([{ file, text: 'select 1;' }], store);
    expect(parsed!.statements).toHaveLength(1);
    expect(openParseStore({ ROLLBACK_READY_CACHE: 'off' })).toBeUndefined();
  });
});

describe("the PR check's history replay, cached by content (replayHistory)", () => {
  function memoryCache(): ReplayCache & { entries: Map<string, ReplayedSchema> } {
    const entries = new Map<string, ReplayedSchema>();
    return {
      dir: '(memory)',
      entries,
      get: (key) => entries.get(key),
      set: (key, schema) => void entries.set(key, schema),
    };
  }

  it('answers the same history from the cache without parsing, and another text replays again', async () => {
    const corpus = await labelledCorpus();
    const ups = corpus.filter((c) => c.file.direction === 'up');
    const texts = new Map(ups.map((c) => [c.file.path, c.text]));
    const read = async (path: string) => texts.get(path);
    const cache = memoryCache();
    const cold = await replayHistory(
      ups.map((c) => c.file),
      read,
      [],
      cache,
    );
    expect(cache.entries.size).toBe(1);
    clearParseCache();
    const warm = await replayHistory(
      ups.map((c) => c.file),
      read,
      [],
      cache,
    );
    expect(warm).toBe(cold);
    expect(parseCacheSize()).toBe(0); // nothing was parsed
    // The uncached replay agrees with the cached one.
    expect(
      await replayHistory(
        ups.map((c) => c.file),
        read,
      ),
    ).toEqual(cold);
    // One byte changed in one file: another key, a replay of its own.
    const first = ups[0]!.file.path;
    texts.set(first, `${texts.get(first)!}\n`);
    await replayHistory(
      ups.map((c) => c.file),
      read,
      [],
      cache,
    );
    expect(cache.entries.size).toBe(2);
  });
});

it('writes entries only under the parse folder of the cache', async () => {
  const store = tempStore();
  const file: MigrationFile = { path: 'a.sql', layout: 'supabase', direction: 'up', version: '1' };
  await parseMigrations([{ file, text: 'select 2;' }], store);
  expect(store.dir.endsWith('parse-v1')).toBe(true);
  expect(readdirSync(store.dir).filter((f) => f.endsWith('.json'))).toHaveLength(1);
});
