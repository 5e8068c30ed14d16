import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { discoverMigrations } from '../../src/gates/migrations/discover.js';
import { ensureParser } from '../../src/sql/parse.js';
import { parseMigration } from '../../src/gates/migrations/layouts/parse-migration.js';
import { clearParseCache, parseCacheSize } from '../../src/sql/parse-cache.js';
import { REPLAYED_KINDS, SchemaReplay } from '../../src/schema-model/replay.js';
import type { TempRepo } from '../support/git-repo.js';
import { historyRepo, PRISMA_INIT, PRISMA_SCHEMA_V1, runMigrationsGate } from './repos.js';

const repos: TempRepo[] = [];
// These tests count parses: an empty cache folder of their own, so a history replayed by an earlier run
// (the PR check caches it by content, docs/caching.md) is not answered from disk.
const cacheDir = mkdtempSync(join(tmpdir(), 'rr-replay-when-needed-'));
const savedCacheDir = process.env.ROLLBACK_READY_CACHE_DIR;
beforeAll(() => {
  process.env.ROLLBACK_READY_CACHE_DIR = cacheDir;
});
afterAll(() => {
  repos.forEach((r) => r.remove());
  if (savedCacheDir === undefined) delete process.env.ROLLBACK_READY_CACHE_DIR;
  else process.env.ROLLBACK_READY_CACHE_DIR = savedCacheDir;
  rmSync(cacheDir, { recursive: true, force: true });
});
beforeEach(() => clearParseCache());

const PRISMA_V1 = {
  'prisma/schema.prisma': PRISMA_SCHEMA_V1,
  'prisma/migrations/20260101000000_init/migration.sql': PRISMA_INIT,
};

describe('the fallback review replays the history only when the change can touch the schema', () => {
  it('a change of indexes only is compared without reading or parsing the history', async () => {
    const repo = historyRepo({
      v100: PRISMA_V1,
      feature: {
        'prisma/migrations/20260301000000_index/migration.sql':
          '-- CreateIndex\nCREATE INDEX "users_name_idx" ON "users"("name");\n',
      },
    });
    repos.push(repo);
    const outcome = await runMigrationsGate(repo);
    // The change's own file only: the init migration was never parsed.
    expect(parseCacheSize()).toBe(1);
    expect(outcome.data?.migrations).toMatchObject({
      fallback: { release: 'v1.1.0', sources: ['prisma/schema.prisma'], conservative: false, findings: 0 },
    });
  });

  it('a change that alters a table replays the whole history', async () => {
    const repo = historyRepo({
      v100: PRISMA_V1,
      feature: {
        'prisma/migrations/20260301000000_note/migration.sql':
          'ALTER TABLE "users" ADD COLUMN "note" TEXT;\n',
      },
    });
    repos.push(repo);
    await runMigrationsGate(repo);
    expect(parseCacheSize()).toBe(2);
  });

  it('names every kind the replay learns from: any other statement of the labelled corpus changes nothing', async () => {
    await ensureParser();
    const fixtures = join(import.meta.dirname, '..', 'fixtures', 'migrations');
    const manifest = JSON.parse(readFileSync(join(fixtures, 'corpus.json'), 'utf8')) as { file: string }[];
    const read = async (path: string) => readFileSync(join(fixtures, path), 'utf8');
    const { files } = await discoverMigrations(
      manifest.map((e) => e.file),
      DEFAULT_CONFIG.migrations,
      read,
    );
    const replay = new SchemaReplay();
    const others = new Set<string>();
    for (const file of files.filter((f) => f.direction === 'up')) {
      for (const s of parseMigration(file, await read(file.path)).statements) {
        const before = JSON.stringify(replay.result(), mapsAsArrays).replace(/"statements":\d+/, '');
        replay.apply(s.node, { file: file.path, line: s.line, column: s.column });
        if (REPLAYED_KINDS.has(s.kind)) continue;
        others.add(s.kind);
        const after = JSON.stringify(replay.result(), mapsAsArrays).replace(/"statements":\d+/, '');
        expect({ kind: s.kind, changed: after !== before }).toEqual({ kind: s.kind, changed: false });
      }
    }
    // The corpus has plenty of statements the replay ignores (indexes, functions, policies, data…).
    expect(others.size).toBeGreaterThan(10);
  });
});

function mapsAsArrays(_key: string, value: unknown): unknown {
  return value instanceof Map ? [...value] : value instanceof Set ? [...value] : value;
}
