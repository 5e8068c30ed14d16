import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { discoverMigrations } from '../../src/gates/migrations/discover.js';
import {
  findFileParses,
  lintInTurn,
  MAX_STORED_LINT_CHARS,
} from '../../src/gates/migrations/lint-in-turn.js';
import { openParseStore } from '../../src/gates/migrations/parse-store.js';
import type { ParseStore } from '../../src/gates/migrations/parse-store.js';
import type { ParsedSource } from '../../src/sql/parse-cache.js';
import type { MigrationFile } from '../../src/sql/model.js';

// `lint FILES…` (lint-in-turn.ts): parses from the content store on a second run, with the verdicts of
// the first; the parser is asked for only on a miss or for a DO block; very large sets skip the store.
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'migrations');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function counting(): ParseStore & { gets: number; hits: number; writes: number } {
  const dir = mkdtempSync(join(tmpdir(), 'rr-lint-in-turn-'));
  dirs.push(dir);
  const store = openParseStore({ ROLLBACK_READY_CACHE_DIR: dir })!;
  const counted = {
    dir: store.dir,
    gets: 0,
    hits: 0,
    writes: 0,
    get(key: string, count: number) {
      counted.gets++;
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

const config = DEFAULT_CONFIG.migrations;
const file = (path: string): MigrationFile => ({ path, layout: 'plain', direction: 'up', version: path });

describe('lint FILES… and the parse store', () => {
  it('lints the labelled corpus the same from the store as from the parser, each file its own deploy', async () => {
    const corpus = await labelledCorpus();
    expect(corpus.length).toBeGreaterThan(100);
    const store = counting();
    const each = (f: MigrationFile) => f.path;
    const cold = await lintInTurn(corpus, findFileParses(corpus, store), config, each);
    expect(store).toMatchObject({ hits: 0, writes: 1 });
    const warmParses = findFileParses(corpus, store);
    expect(store).toMatchObject({ hits: 1, writes: 1 });
    const warm = await lintInTurn(corpus, warmParses, config, each);
    expect(store.writes).toBe(1); // read back, not written again
    expect(JSON.stringify(warm)).toBe(JSON.stringify(cold));
    expect(JSON.stringify(await lintInTurn(corpus, findFileParses(corpus, undefined), config, each))).toBe(
      JSON.stringify(cold),
    );
  });

  it('asks for the parser on a hit only when a stored file holds a DO block', async () => {
    const plain = [{ file: file('1.sql'), text: 'CREATE INDEX i ON t (a);\n' }];
    const withDo = [{ file: file('2.sql'), text: 'DO $$ BEGIN PERFORM 1; END $$;\n' }];
    const store = counting();
    for (const items of [plain, withDo]) await lintInTurn(items, findFileParses(items, store), config);
    const plainWarm = findFileParses(plain, store);
    const doWarm = findFileParses(withDo, store);
    expect(plainWarm.stored).toBeDefined();
    expect(plainWarm.parserReady).toBeUndefined();
    expect(doWarm.stored).toBeDefined();
    expect(doWarm.parserReady).toBeDefined();
  });

  it('parses very large sets without the store: neither looked up nor written', async () => {
    const line = 'ALTER TABLE t ADD COLUMN c text;\n';
    const big = Array.from({ length: 3 }, (_, i) => ({
      file: file(`${i}.sql`),
      text: line.repeat(Math.ceil(MAX_STORED_LINT_CHARS / 3 / line.length) + 1),
    }));
    const store = counting();
    const parses = findFileParses(big, store);
    expect(parses.store).toBeUndefined();
    await lintInTurn(big, parses, config);
    expect(store).toMatchObject({ gets: 0, writes: 0 });
    const small = big.slice(0, 1);
    await lintInTurn(small, findFileParses(small, store), config);
    expect(store).toMatchObject({ gets: 1, writes: 1 });
  });
});
