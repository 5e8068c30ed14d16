import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../../src/core/report.js';
import { MIN_POOL_FILES, PARSE_WORKER_ENV } from '../../src/sql/parse-pool.js';
import { snapshotBundles } from '../support/bundles.js';
import type { BundleSnapshot } from '../support/bundles.js';
import { TempRepo } from '../support/git-repo.js';

/**
 * `lint FILES…` with many files has a worker thread (dist/cli/parse-worker.js) parse ahead of the lint
 * (src/sql/parse-pool.ts). The report must be the one the linting thread alone writes, byte for byte,
 * and a worker that cannot load must cost time, never a finding or a file.
 */
describe('rollback-ready lint on many files (parse worker)', () => {
  let bundles: BundleSnapshot;
  let repo: TempRepo;
  const files: string[] = [];
  const COUNT = MIN_POOL_FILES + 6;

  beforeAll(async () => {
    bundles = await snapshotBundles();
    repo = new TempRepo('rr-cli-pool-');
    // "users" is not created by these files: it is an existing table, where dropping a column blocks.
    for (let i = 1; i <= COUNT; i++) {
      const back = 3 * Math.floor((i - 1) / 6);
      const sql =
        i % 3 === 0
          ? `create table public.t${i} (id bigint primary key, note text);\ncreate index t${i}_note on public.t${i} (note);\n`
          : i % 3 === 1
            ? `-- created ${i - back} files earlier: new, so this is safe\nalter table public.t${back} alter column note set not null;\n`
            : `${i % 6 === 2 ? `alter table public.t${i - 2} rename to r${i - 2};\n` : ''}alter table public.t${back} alter column note set not null;\nalter table public.users drop column c${i};\n`;
      const path = `supabase/migrations/${String(20240101000000 + i * 100)}_m${i}.sql`;
      repo.write(path, sql);
      files.push(path);
    }
    repo.write(
      'supabase/migrations/20250101000000_broken.sql',
      'alter table public.users add column x int;\nselec 1;\n',
    );
    files.push('supabase/migrations/20250101000000_broken.sql');
    repo.commit('migrations');
  });

  afterAll(() => {
    bundles?.remove();
    repo?.remove();
  });

  const lint = (format: string, worker: string | undefined, extra: string[] = [], cli = bundles) =>
    cli.runCli(
      ['lint', ...files, '--format', format, ...extra],
      repo.dir,
      // No cache: every run parses (a stored parse would skip the worker).
      { ROLLBACK_READY_CACHE: 'off', ...(worker ? { [PARSE_WORKER_ENV]: worker } : {}) },
    );

  it.each(['json', 'text'])('writes the same %s report with and without the parse worker', (format) => {
    const alone = lint(format, 'off');
    expect({ status: alone.status, stderr: alone.stderr }).toEqual({ status: 1, stderr: '' });
    const pooled = lint(format, undefined);
    expect({ status: pooled.status, stderr: pooled.stderr }).toEqual({ status: 1, stderr: '' });
    expect(pooled.stdout).toBe(alone.stdout);
  });

  it('carries what earlier files created into later ones, and still reports a file that does not parse', () => {
    const pooled = lint('json', undefined, ['--as-one-change']);
    expect(pooled.stdout).toBe(lint('json', 'off', ['--as-one-change']).stdout);
    const report = JSON.parse(pooled.stdout) as Report;
    const rules = report.findings.map((f) => f.rule);
    const drops = Array.from({ length: COUNT }, (_, i) => i + 1).filter((i) => i % 3 === 2);
    expect(rules.filter((r) => r === 'ban-drop-column')).toHaveLength(drops.length);
    // Every t<6k> is renamed two files after it is created (t0 never is): SET NOT NULL under its old name
    // is on a table this change did not create, and blocks. The t<6k+3> stay new.
    const blocked = Array.from({ length: COUNT }, (_, i) => i + 1).filter(
      (i) => i % 3 !== 0 && (3 * Math.floor((i - 1) / 6)) % 6 === 0,
    );
    expect(report.findings.filter((f) => f.rule === 'setting-not-null').map((f) => f.file)).toEqual(
      blocked.map((i) => `supabase/migrations/${String(20240101000000 + i * 100)}_m${i}.sql`),
    );
    expect(report.findings.filter((f) => f.rule === 'syntax-error').map((f) => [f.file, f.line])).toEqual([
      ['supabase/migrations/20250101000000_broken.sql', 2],
    ]);
  });

  it('says with --verbose that the worker parsed every file, and uses none for few files or when off', () => {
    expect(lint('json', undefined, ['--verbose']).stderr).toContain(
      `debug: parsed ${files.length} of ${files.length} migration file(s) on a worker thread\n`,
    );
    expect(lint('json', 'off', ['--verbose']).stderr).not.toContain('worker');
    const few = bundles.runCli(['lint', ...files.slice(0, 3), '--verbose'], repo.dir, {
      ROLLBACK_READY_CACHE: 'off',
    });
    expect(few.stderr).not.toContain('worker');
  });

  it('lints every file to the same report when the worker cannot load (it says why with --verbose)', async () => {
    const broken = await snapshotBundles();
    try {
      writeFileSync(join(broken.cli, '..', 'parse-worker.js'), "throw new Error('worker bundle damaged');\n");
      const alone = lint('json', 'off');
      const run = lint('json', undefined, [], broken);
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 1, stderr: '' });
      expect(run.stdout).toBe(alone.stdout);
      expect(lint('json', undefined, ['--verbose'], broken).stderr).toContain(
        `debug: parsed 0 of ${files.length} migration file(s) on a worker thread; the worker stopped: worker bundle damaged`,
      );
    } finally {
      broken.remove();
    }
  });
});
