import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TempRepo } from '../support/git-repo.js';
import {
  decodeExpectationEntry,
  encodeExpectationEntry,
} from '../../src/gates/migrations/fallback/expectation-store.js';
import { cli, MIGRATIONS, releaseRepo } from './support.js';
import type { PlanJson } from './support.js';

const repos: TempRepo[] = [];
const dirs: string[] = [];
const cacheDir = mkdtempSync(join(tmpdir(), 'rr-plan-cache-'));
const saved = { dir: process.env.ROLLBACK_READY_CACHE_DIR, off: process.env.ROLLBACK_READY_CACHE };
beforeAll(() => {
  process.env.ROLLBACK_READY_CACHE_DIR = cacheDir;
  delete process.env.ROLLBACK_READY_CACHE;
});
afterAll(() => {
  if (saved.dir === undefined) delete process.env.ROLLBACK_READY_CACHE_DIR;
  else process.env.ROLLBACK_READY_CACHE_DIR = saved.dir;
  if (saved.off !== undefined) process.env.ROLLBACK_READY_CACHE = saved.off;
  rmSync(cacheDir, { recursive: true, force: true });
});
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const json = (stdout: string) => JSON.parse(stdout) as PlanJson;
const entries = (folder = 'replay-v1') => {
  try {
    return readdirSync(join(cacheDir, folder)).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
};

describe('rollback plan judges every migration since the target', () => {
  it('blocks on a contract migration that comes after the first 500 (no silent cap)', async () => {
    const { repo } = releaseRepo();
    repos.push(repo);
    for (let i = 0; i < 540; i++) {
      const n = String(i).padStart(4, '0');
      repo.write(`${MIGRATIONS}/20260201${n}00_t${n}.sql`, `create table t${n} (id bigint primary key);\n`);
    }
    repo.write(`${MIGRATIONS}/20260301000000_drop_name.sql`, 'alter table users drop column name;\n');
    repo.commit('feat!: many tables, then drop name', '2026-03-01T00:00:00Z');
    repo.tag('v2.0.0');
    const run = await cli(['rollback', 'plan', '--to', 'v1.2.0', '--format', 'json'], repo.dir);
    expect(run.stderr).toBe('');
    const plan = json(run.stdout);
    expect(plan.migrationsSince).toHaveLength(541);
    expect(plan.migrationsSince.at(-1)).toEqual(
      expect.objectContaining({ file: `${MIGRATIONS}/20260301000000_drop_name.sql`, class: 'contract' }),
    );
    expect(run.code).toBe(1);
    expect(plan.findings.map((f) => f.rule)).toEqual(['rollback-schema-contract']);
  });
});

describe('a migration since the target that could not be read', () => {
  it('blocks the plan instead of passing it with a warning', async () => {
    const { repo } = releaseRepo();
    repos.push(repo);
    repo.write(`${MIGRATIONS}/20260104000000_blob.sql`, Buffer.from([0x61, 0x00, 0x62]));
    repo.commit('feat: a binary migration', '2026-01-04T00:00:00Z');
    repo.tag('v1.3.0');
    const run = await cli(['rollback', 'plan', '--to', 'v1.2.0', '--format', 'json'], repo.dir);
    expect(run.code).toBe(1);
    const plan = json(run.stdout);
    expect(plan.findings).toEqual([
      expect.objectContaining({
        rule: 'rollback-migration-unreadable',
        severity: 'error',
        file: `${MIGRATIONS}/20260104000000_blob.sql`,
        message: expect.stringMatching(/not judged: the file contains NUL bytes/),
      }),
    ]);
  });
});

describe('rollback plan in a shallow clone', () => {
  it('stops with exit 2 and says to fetch the history, instead of calling the target off the release branch', async () => {
    const { repo } = releaseRepo();
    repos.push(repo);
    const clone = mkdtempSync(join(tmpdir(), 'rr-plan-shallow-'));
    dirs.push(clone);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone]);
    // The tags' commits are fetched, but the history between them is cut.
    execFileSync('git', ['fetch', '-q', '--depth', '1', 'origin', 'refs/tags/*:refs/tags/*'], { cwd: clone });
    const run = await cli(['rollback', 'plan', '--to', 'v1.0.0', '--format', 'json'], clone);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/shallow.*fetch-depth: 0/);
    expect(run.stdout).not.toMatch(/tag-off-release-branch/);
  });
});

describe('the replayed history is cached by content', () => {
  it('writes an entry, answers the same from it, and ignores a corrupt or misplaced entry', async () => {
    const { repo } = releaseRepo();
    repos.push(repo);
    repo.write(`${MIGRATIONS}/20260104000000_drop_name.sql`, 'alter table users drop column name;\n');
    repo.write('src/app.ts', 'export const q = sql`select name from users`;\n');
    repo.commit('feat!: drop name', '2026-01-04T00:00:00Z');
    repo.tag('v1.3.0');
    const plan = () => cli(['rollback', 'plan', '--to', 'v1.2.0', '--format', 'json'], repo.dir);
    const before = new Set(entries());
    const fresh = await plan();
    expect(fresh.code).toBe(1);
    const [entry, ...more] = entries().filter((e) => !before.has(e));
    expect(more).toEqual([]);
    expect(entry).toMatch(/^[0-9a-f]{64}\.json$/);
    const cached = await plan();
    expect(cached.stdout).toBe(fresh.stdout);

    const path = join(cacheDir, 'replay-v1', entry!);
    const good = readFileSync(path, 'utf8');
    // A payload changed after it was written fails its checksum: rebuilt, same verdict, entry rewritten.
    writeFileSync(path, good.replace('"users', '"userz'));
    expect((await plan()).stdout).toBe(fresh.stdout);
    expect(readFileSync(path, 'utf8') === good).toBe(true);
    // Not JSON at all.
    writeFileSync(path, '{not json');
    expect((await plan()).stdout).toBe(fresh.stdout);
    // A well-formed entry written for another history, moved under this history's key, is not used.
    const other = join(cacheDir, 'replay-v1', `${'0'.repeat(64)}.json`);
    writeFileSync(other, good);
    renameSync(other, path);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/"key":"[0-9a-f]+"/, `"key":"${'0'.repeat(64)}"`));
    expect((await plan()).stdout).toBe(fresh.stdout);
    expect(readFileSync(path, 'utf8') === good).toBe(true);
  });

  it("keeps what the target's code expects by its tree, and a second plan reads it from there", async () => {
    const { repo } = releaseRepo();
    repos.push(repo);
    repo.write('src/app.ts', 'export const q = sql`select name from users`;\n');
    repo.commit('feat: list names', '2026-01-03T12:00:00Z');
    repo.tag('v1.2.1');
    repo.write(`${MIGRATIONS}/20260104000000_drop_name.sql`, 'alter table users drop column name;\n');
    repo.commit('feat!: drop name', '2026-01-04T00:00:00Z');
    repo.tag('v1.3.0');
    const plan = async () =>
      json((await cli(['rollback', 'plan', '--to', 'v1.2.1', '--format', 'json'], repo.dir)).stdout);
    const sourcesDir = join(cacheDir, 'expect-v1');
    const before = new Set(entries('expect-v1'));
    const fresh = await plan();
    // SQL in code is weaker evidence than a schema: the contract finding stays, and the code's use is cited.
    expect(fresh.findings.map((f) => f.rule)).toEqual([
      'rollback-schema-contract',
      'fallback-reads-missing-column',
    ]);
    expect(fresh.findings[1]!.message).toContain('src/app.ts:1');
    const [entry, ...more] = entries('expect-v1').filter((e) => !before.has(e));
    expect(more).toEqual([]);
    expect(await plan()).toEqual(fresh);

    // The second plan answers from the entry (a forged entry with a valid checksum is believed, which is
    // why docs/caching.md restores the cache only in read-only jobs): here it says the code names nothing.
    const path = join(sourcesDir, entry!);
    const good = readFileSync(path, 'utf8');
    const key = entry!.replace(/\.json$/, '');
    const stored = decodeExpectationEntry(good, key)!;
    expect(stored.expectations.length).toBeGreaterThan(0);
    writeFileSync(path, encodeExpectationEntry(key, { ...stored, expectations: [], authoritative: false }));
    expect((await plan()).findings.map((f) => f.rule)).toEqual(['rollback-schema-contract']);
    rmSync(path);
    expect(await plan()).toEqual(fresh);
  });

  it('ROLLBACK_READY_CACHE=off writes nothing', async () => {
    const { repo } = releaseRepo();
    repos.push(repo);
    repo.write(`${MIGRATIONS}/20260105000000_more.sql`, 'alter table users add column nick text;\n');
    repo.commit('feat: nick', '2026-01-05T00:00:00Z');
    repo.tag('v1.3.0');
    const before = entries().length;
    process.env.ROLLBACK_READY_CACHE = 'off';
    try {
      expect((await cli(['rollback', 'plan', '--to', 'v1.1.0'], repo.dir)).code).toBe(0);
    } finally {
      delete process.env.ROLLBACK_READY_CACHE;
    }
    expect(entries().length).toBe(before);
  });
});
