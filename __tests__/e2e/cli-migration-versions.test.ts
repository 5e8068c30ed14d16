import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../src/core/report.js';
import { snapshotBundles } from '../support/bundles.js';
import type { BundleSnapshot } from '../support/bundles.js';
import type { Spawned } from '../support/cli.js';
import { TempRepo } from '../support/git-repo.js';

/**
 * Runner naming as a PR check sees it on real git repositories: a golang-migrate folder with a file
 * golang-migrate never runs (harbor's make/migrations/postgresql), versions taken twice (golang-migrate,
 * Flyway, Supabase), and a partial clone that lacks a migration's contents.
 */
const GM = 'make/migrations/postgresql';
const FW = 'src/main/resources/db/migration';

let bundles: BundleSnapshot;
const repos: TempRepo[] = [];
const report = (run: Spawned) => JSON.parse(run.stdout) as Report;
const MINE = new Set(['skipped-migration-file', 'duplicate-migration-version', 'sql-outside-migrations']);
/** The findings about names and versions (the SQL rules' own findings are theirs to test). */
const rules = (run: Spawned) =>
  report(run)
    .findings.filter((f) => MINE.has(f.rule))
    .map((f) => [f.rule, f.file, f.severity]);

const dup = (run: Spawned) => report(run).findings.find((f) => f.rule === 'duplicate-migration-version')!;

/** main with `shipped`; `change` is committed on a branch; lint compares the two. */
function pr(shipped: Record<string, string>, change: Record<string, string>): Spawned {
  const repo = new TempRepo('rr-versions-cli-');
  repos.push(repo);
  for (const [path, text] of Object.entries(shipped)) repo.write(path, text);
  repo.commit('shipped');
  repo.branch('feature');
  for (const [path, text] of Object.entries(change)) repo.write(path, text);
  repo.commit('change', '2026-01-02T00:00:00Z');
  return bundles.runCli(['lint', '--base', 'main', '--head', 'feature', '--format', 'json'], repo.dir);
}

const GM_BASE = {
  [`${GM}/0001_initial.up.sql`]: 'create table jobs (id int primary key);\n',
  [`${GM}/0001_initial.down.sql`]: 'drop table jobs;\n',
};

beforeAll(async () => {
  bundles = await snapshotBundles();
});

afterAll(async () => {
  for (const repo of repos) repo.remove();
  bundles?.remove();
});

describe('lint: a file golang-migrate never runs', () => {
  it('blocks a .sql file without .up/.down in a golang-migrate folder, instead of "outside every migration folder"', () => {
    const path = `${GM}/0010_replication_ng.sql`;
    const run = pr(GM_BASE, { [path]: 'alter table jobs add column op_uuid text;\n' });
    expect(run.status).toBe(1);
    expect(rules(run)).toEqual([['skipped-migration-file', path, 'error']]);
    expect(report(run).findings.find((f) => f.rule === 'skipped-migration-file')!.help).toContain(
      '0010_replication_ng.up.sql',
    );
  });

  it('passes once renamed as the advice says', () => {
    const run = pr(GM_BASE, {
      [`${GM}/0010_replication_ng.up.sql`]: 'alter table jobs add column op_uuid text;\n',
      [`${GM}/0010_replication_ng.down.sql`]: 'alter table jobs drop column op_uuid;\n',
    });
    expect(rules(run)).toEqual([]);
    expect(run.status).toBe(0);
  });
});

describe('lint: a version taken twice', () => {
  it('blocks a golang-migrate migration with the version of a shipped one (001 is 1)', () => {
    const up = `${GM}/1_more.up.sql`;
    const run = pr(GM_BASE, {
      [up]: 'alter table jobs add column note text;\n',
      [`${GM}/1_more.down.sql`]: 'alter table jobs drop column note;\n',
    });
    expect(run.status).toBe(1);
    expect(rules(run)).toEqual([
      ['duplicate-migration-version', `${GM}/1_more.down.sql`, 'error'],
      ['duplicate-migration-version', up, 'error'],
    ]);
    const finding = report(run).findings.find(
      (f) => f.file === up && f.rule === 'duplicate-migration-version',
    )!;
    expect(finding.message).toContain('0001_initial.up.sql');
    expect(finding.message).toContain('duplicate migration file');
    expect(finding.help).toContain('2_more.up.sql');
  });

  it('blocks a Flyway migration with the version of a shipped one, and passes under the advised name', () => {
    const shipped = { [`${FW}/V1__init.sql`]: 'create table accounts (id int primary key);\n' };
    const run = pr(shipped, { [`${FW}/V1.0__plan.sql`]: 'alter table accounts add column plan text;\n' });
    expect(run.status).toBe(1);
    expect(rules(run)).toEqual([['duplicate-migration-version', `${FW}/V1.0__plan.sql`, 'error']]);
    expect(dup(run).help).toContain('V2__plan.sql');
    const fixed = pr(shipped, { [`${FW}/V2__plan.sql`]: 'alter table accounts add column plan text;\n' });
    expect(rules(fixed)).toEqual([]);
    expect(fixed.status).toBe(0);
  });

  it('blocks a Supabase migration with the timestamp of a shipped one', () => {
    const shipped = { 'supabase/migrations/20240101000000_init.sql': 'create table notes (id int);\n' };
    const path = 'supabase/migrations/20240101000000_more.sql';
    const run = pr(shipped, { [path]: 'alter table notes add column body text;\n' });
    expect(run.status).toBe(1);
    expect(rules(run)).toEqual([['duplicate-migration-version', path, 'error']]);
    expect(dup(run).message).toContain('20240101000000_init.sql');
  });
});

describe('lint: a partial clone without a migration file’s contents', () => {
  it('fails with one line naming the file and commit and what to fetch, not "unable to read <sha>"', () => {
    const origin = new TempRepo('rr-partial-origin-');
    repos.push(origin);
    origin.git('config', 'uploadpack.allowFilter', 'true');
    for (const [path, text] of Object.entries(GM_BASE)) origin.write(path, text);
    const base = origin.commit('shipped');
    origin.write(`${GM}/0002_more.up.sql`, 'alter table jobs add column note text;\n');
    origin.write(`${GM}/0002_more.down.sql`, 'alter table jobs drop column note;\n');
    const head = origin.commit('change', '2026-01-02T00:00:00Z');
    const parent = mkdtempSync(join(tmpdir(), 'rr-partial-'));
    try {
      const clone = join(parent, 'clone');
      execFileSync('git', [
        'clone',
        '-q',
        '--filter=blob:none',
        '--no-checkout',
        `file://${origin.dir}`,
        clone,
      ]);
      // The remote is gone (or refuses, as with persist-credentials: false): git cannot fetch the blobs.
      renameSync(origin.dir, `${origin.dir}-gone`);
      try {
        const run = bundles.runCli(['lint', '--base', 'HEAD^', '--head', 'HEAD', '--format', 'json'], clone);
        expect(run.status).toBe(2);
        const lines = run.stderr.trim().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(
          new RegExp(`${GM}/\\S+\\.sql at commit (${base.slice(0, 12)}|${head.slice(0, 12)}) cannot be read`),
        );
        expect(lines[0]).not.toContain('git cat-file failed');
        expect(lines[0]).toContain('fetch-depth: 0');
      } finally {
        renameSync(`${origin.dir}-gone`, origin.dir);
      }
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
