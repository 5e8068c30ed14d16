import { afterAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readMigrationTree, replayTree } from '../../src/gates/migrations/fallback/history.js';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { GitCli } from '../../src/git/git.js';
import type { ReplayedSchema } from '../../src/schema-model/model.js';
import {
  decodeEntry,
  encodeEntry,
  openReplayCache,
  PARSER_VERSION,
  replayCacheDir,
  replayCacheKey,
} from '../../src/schema-model/replay-cache.js';
import type { ReplayCache } from '../../src/schema-model/replay-cache.js';
import { TempRepo } from '../support/git-repo.js';

const repo = new TempRepo('rr-replay-cache-');
const dir = mkdtempSync(join(tmpdir(), 'rr-replay-cache-dir-'));
afterAll(() => {
  repo.remove();
  rmSync(dir, { recursive: true, force: true });
});

/** A cache in memory that counts what it was asked. */
function countingCache(): ReplayCache & { gets: number; sets: number; store: Map<string, ReplayedSchema> } {
  const store = new Map<string, ReplayedSchema>();
  return {
    dir: 'memory',
    store,
    gets: 0,
    sets: 0,
    get(key) {
      this.gets += 1;
      return store.get(key);
    },
    set(key, schema) {
      this.sets += 1;
      store.set(key, schema);
    },
  };
}

describe('replayed schema cache', () => {
  it('replays a history once, answers the same history from the cache, and a changed file misses', async () => {
    repo
      .write(
        'supabase/migrations/1_users.sql',
        'create table users (id bigint primary key, name text not null);\n',
      )
      .write('supabase/migrations/2_email.sql', "alter table users add column email text default 'x';\n")
      .write(
        'supabase/migrations/3_kind.sql',
        "create type kind as enum ('a', 'b');\nalter table users rename column name to full_name;\n",
      );
    const first = repo.commit('history');
    const git = await GitCli.open(repo.dir);
    const cache = countingCache();
    const tree = await readMigrationTree(git, first, DEFAULT_CONFIG.migrations);
    const parsed = new Map();
    const schema = await replayTree(tree, parsed, cache);
    expect(cache.sets).toBe(1);
    expect(parsed.size).toBe(3);
    const again = new Map();
    expect(await replayTree(tree, again, cache)).toBe(schema);
    expect(again.size).toBe(0); // answered from the cache: nothing parsed
    repo.write('supabase/migrations/2_email.sql', 'alter table users add column email text;\n');
    const second = repo.commit('edit a shipped migration');
    await replayTree(await readMigrationTree(git, second, DEFAULT_CONFIG.migrations), new Map(), cache);
    expect(cache.sets).toBe(2);
    // On disk: the entry round-trips to an equal schema (Maps, touches, counts).
    const disk = openReplayCache({ ROLLBACK_READY_CACHE_DIR: dir })!;
    const key = [...cache.store.keys()][0]!;
    disk.set(key, schema);
    expect(disk.get(key)).toEqual(schema);
    expect(disk.get('0'.repeat(64))).toBeUndefined();
  });

  it('rejects an entry under another key, with a bad checksum, or of the wrong shape', () => {
    const schema: ReplayedSchema = {
      model: {
        tables: new Map([
          [
            'users',
            {
              name: 'users',
              kind: 'table',
              opaque: false,
              columns: new Map([['id', { name: 'id', type: 'bigint', notNull: true, hasDefault: false }]]),
            },
          ],
        ]),
        enums: new Map([['kind', { name: 'kind', values: ['a'] }]]),
      },
      touches: new Map([['table:users', [{ kind: 'create', at: { file: 'a.sql', line: 1, column: 1 } }]]]),
      files: 1,
      statements: 1,
    };
    const key = 'a'.repeat(64);
    const text = encodeEntry(key, schema);
    expect(decodeEntry(text, key)).toEqual(schema);
    expect(decodeEntry(text, 'b'.repeat(64))).toBeUndefined();
    expect(decodeEntry(text.replace('users', 'userz'), key)).toBeUndefined();
    const forged = (payload: unknown) => {
      const p = JSON.stringify(payload);
      const sha = createHash('sha256').update(p).digest('hex');
      return JSON.stringify({ key, sha256: sha, payload: p });
    };
    const base = JSON.parse(JSON.parse(text).payload);
    expect(decodeEntry(forged(base), key)).toEqual(schema);
    expect(decodeEntry(forged({ ...base, files: -1 }), key)).toBeUndefined();
    expect(
      decodeEntry(
        forged({
          ...base,
          touches: [['table:users', [{ kind: 'explode', at: { file: 'a', line: 1, column: 1 } }]]],
        }),
        key,
      ),
    ).toBeUndefined();
    expect(decodeEntry(forged({ ...base, tables: 'users' }), key)).toBeUndefined();
  });

  it('names the parser version package.json pins', () => {
    const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(PARSER_VERSION).toBe(`libpg-query@${pkg.dependencies['libpg-query']}`);
  });

  it('keys on every input and lives where the environment says', () => {
    const file = { path: 'a.sql', layout: 'supabase', direction: 'up', oid: '1'.repeat(40) };
    expect(replayCacheKey([file])).toBe(replayCacheKey([{ ...file }]));
    expect(replayCacheKey([file])).not.toBe(replayCacheKey([{ ...file, oid: '2'.repeat(40) }]));
    expect(replayCacheKey([file])).not.toBe(replayCacheKey([{ ...file, layout: 'plain' }]));
    expect(replayCacheDir({ ROLLBACK_READY_CACHE: 'off', ROLLBACK_READY_CACHE_DIR: '/x' })).toBeUndefined();
    expect(replayCacheDir({ ROLLBACK_READY_CACHE_DIR: '/x' })).toBe('/x');
    expect(replayCacheDir({ XDG_CACHE_HOME: '/c' })).toBe('/c/rollback-ready');
    expect(replayCacheDir({ HOME: '/h' })).toBe('/h/.cache/rollback-ready');
  });
});
