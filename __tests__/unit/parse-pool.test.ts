import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { discoverMigrations } from '../../src/gates/migrations/discover.js';
import { findFileParses, lintInTurn } from '../../src/gates/migrations/lint-in-turn.js';
import { openParseStore } from '../../src/gates/migrations/parse-store.js';
import { ensureParser, migrationSource, parseSource } from '../../src/sql/parse.js';
import { MIN_POOL_FILES, ParsePool, parsePoolWanted } from '../../src/sql/parse-pool.js';
import type { MigrationFile } from '../../src/sql/model.js';
import { snapshotBundles } from '../support/bundles.js';
import type { BundleSnapshot } from '../support/bundles.js';

// The ordered parse pool (src/sql/parse-pool.ts) with the built worker (dist/cli/parse-worker.js): the
// parses of the files in run order, exactly the calling thread's; a worker that fails hands its files back.
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'migrations');
const config = DEFAULT_CONFIG.migrations;
const ON = { ROLLBACK_READY_PARSE_WORKER: 'on' };
let bundles: BundleSnapshot;
let worker: string;
let corpus: { file: MigrationFile; text: string }[];

/** A worker script beside the real one: `prefix` runs first, then the real worker loads. */
function wrappedWorker(name: string, prefix: string): string {
  const path = join(worker, '..', name);
  writeFileSync(path, `${prefix}\nawait import('./parse-worker.js');\n`);
  return path;
}

beforeAll(async () => {
  bundles = await snapshotBundles();
  worker = join(bundles.cli, '..', 'parse-worker.js');
  await ensureParser();
  const manifest = JSON.parse(readFileSync(join(FIXTURES, 'corpus.json'), 'utf8')) as { file: string }[];
  const read = async (path: string) => readFileSync(join(FIXTURES, path), 'utf8');
  const { files } = await discoverMigrations(
    manifest.map((e) => e.file),
    config,
    read,
  );
  corpus = await Promise.all(files.map(async (file) => ({ file, text: await read(file.path) })));
});
afterAll(() => bundles?.remove());

const sourcesOf = (items: typeof corpus) => items.map(({ file, text }) => migrationSource(file, text).source);

describe('ParsePool', () => {
  it('answers every file in run order with the parse this thread makes, syntax errors included', async () => {
    const sources = [...sourcesOf(corpus), 'alter table t add column x int;\nselec 1;\n', ''];
    const pool = new ParsePool(sources, worker);
    const answers: (string | undefined)[] = [];
    for (let i = 0; i < sources.length; i++) answers.push(await pool.take(i));
    pool.close();
    expect(pool.failure).toBeUndefined();
    expect(pool.parsedAhead).toBe(sources.length);
    expect(answers).toEqual(sources.map((s) => JSON.stringify(parseSource(s))));
    expect(JSON.parse(answers.at(-2)!).errors).toHaveLength(1);
  });

  it('hands back every file when the worker cannot load', async () => {
    const broken = wrappedWorker('broken-worker.js', "throw new Error('no parser here');");
    const pool = new ParsePool(['select 1;', 'select 2;'], broken);
    expect(await pool.take(0)).toBeUndefined();
    expect(await pool.take(1)).toBeUndefined();
    expect(pool.failure).toMatch(/no parser here/);
    expect(pool.parsedAhead).toBe(0);
  });

  it('hands back the files after a worker that dies part-way', async () => {
    const dies = wrappedWorker(
      'dying-worker.js',
      "import { parentPort } from 'node:worker_threads';\nlet n = 0;\nparentPort.on('message', () => { if (++n > 3) process.exit(7); });",
    );
    const sources = sourcesOf(corpus).slice(0, 20);
    const pool = new ParsePool(sources, dies);
    const answers: (string | undefined)[] = [];
    for (let i = 0; i < sources.length; i++) answers.push(await pool.take(i));
    expect(pool.failure).toMatch(/exited with code 7/);
    expect(pool.parsedAhead).toBeLessThanOrEqual(3);
    expect(answers.slice(3)).toEqual(sources.slice(3).map(() => undefined));
    // What it did answer is the real parse.
    answers.forEach((a, i) => a !== undefined && expect(a).toBe(JSON.stringify(parseSource(sources[i]!))));
  });

  it('drops a worker that answers out of turn, and hands back its files', async () => {
    const swaps = wrappedWorker(
      'swapping-worker.js',
      [
        "import { parentPort } from 'node:worker_threads';",
        'const seen = [];',
        "parentPort.on('message', ({ index }) => {",
        '  seen.push(index);',
        "  if (seen.length === 2) for (const i of [1, 0]) parentPort.postMessage({ index: i, json: '{}' });",
        '});',
        'await new Promise(() => {});',
      ].join('\n'),
    );
    const pool = new ParsePool(['select 1;', 'select 2;'], swaps);
    expect(await pool.take(0)).toBeUndefined();
    expect(await pool.take(1)).toBeUndefined();
    expect(pool.failure).toBe('it answered file 1 when 0 was due');
  });

  it('is wanted for many files on a machine with a core to spare, and as the setting says', () => {
    expect(parsePoolWanted(MIN_POOL_FILES - 1, {})).toBe(false);
    expect(parsePoolWanted(1, ON)).toBe(true);
    expect(parsePoolWanted(10_000, { ROLLBACK_READY_PARSE_WORKER: 'off' })).toBe(false);
  });
});

describe('lint FILES… with the parse pool', () => {
  const each = (f: MigrationFile) => f.path;
  const lint = (options: Parameters<typeof findFileParses>[2]) =>
    lintInTurn(corpus, findFileParses(corpus, undefined, options), config, each);

  it('lints the labelled corpus to the same findings with the worker as without, as one change and file by file', async () => {
    const alone = JSON.stringify(await lint({ env: { ROLLBACK_READY_PARSE_WORKER: 'off' } }));
    const pooled = findFileParses(corpus, undefined, { env: ON, workerScript: worker });
    expect(pooled.pool).toBeDefined();
    expect(pooled.parserReady).toBeUndefined(); // this thread's parser is not asked for up front
    expect(JSON.stringify(await lintInTurn(corpus, pooled, config, each))).toBe(alone);
    expect(pooled.pool!.parsedAhead).toBe(corpus.length);
    const oneChange = (options: Parameters<typeof findFileParses>[2]) =>
      lintInTurn(corpus, findFileParses(corpus, undefined, options), config);
    expect(JSON.stringify(await oneChange({ env: ON, workerScript: worker }))).toBe(
      JSON.stringify(await oneChange({ env: { ROLLBACK_READY_PARSE_WORKER: 'off' } })),
    );
  });

  it("stores the worker's parses as the calling thread would, and a warm run reads them back", async () => {
    const alone = JSON.stringify(await lint({ env: { ROLLBACK_READY_PARSE_WORKER: 'off' } }));
    const dir = mkdtempSync(join(tmpdir(), 'rr-pool-store-'));
    try {
      const store = openParseStore({ ROLLBACK_READY_CACHE_DIR: dir })!;
      const cold = findFileParses(corpus, store, { env: ON, workerScript: worker });
      expect(cold.store).toBeDefined();
      expect(JSON.stringify(await lintInTurn(corpus, cold, config, each))).toBe(alone);
      const warm = findFileParses(corpus, store, { env: ON, workerScript: worker });
      expect(warm.stored).toBeDefined();
      expect(warm.pool).toBeUndefined(); // nothing to parse
      expect(JSON.stringify(await lintInTurn(corpus, warm, config, each))).toBe(alone);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lints every file, to the same findings, when the worker dies part-way or never loads', async () => {
    const alone = JSON.stringify(await lint({ env: { ROLLBACK_READY_PARSE_WORKER: 'off' } }));
    const dies = wrappedWorker(
      'dying-worker-2.js',
      "import { parentPort } from 'node:worker_threads';\nlet n = 0;\nparentPort.on('message', () => { if (++n > 40) process.exit(1); });",
    );
    const broken = wrappedWorker('broken-worker-2.js', "throw new Error('no parser here');");
    for (const script of [dies, broken]) {
      const parses = findFileParses(corpus, undefined, { env: ON, workerScript: script });
      const linted = await lintInTurn(corpus, parses, config, each);
      expect(linted).toHaveLength(corpus.length);
      expect(JSON.stringify(linted)).toBe(alone);
      expect(parses.pool!.failure).toBeDefined();
      expect(parses.pool!.parsedAhead).toBeLessThan(corpus.length);
    }
  });
});
