import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import type { Report } from '../../src/core/report.js';
import { THREADS_ENV } from '../../src/gates/migrations/parse-worker-client.js';
import { snapshotBundles } from '../support/bundles.js';
import type { BundleSnapshot } from '../support/bundles.js';
import { TempRepo } from '../support/git-repo.js';

/**
 * `lint FILES…` with many files has a worker thread parse ahead of the linting thread (parse-ahead.ts).
 * The report must be the one a single thread writes, byte for byte.
 */
describe('rollback-ready lint on many files (parse worker)', () => {
  let bundles: BundleSnapshot;
  let repo: TempRepo;
  const files: string[] = [];

  beforeAll(async () => {
    bundles = await snapshotBundles();
    repo = new TempRepo('rr-cli-threads-');
    // "users" is not created by these files: it is an existing table, where dropping a column blocks.
    for (let i = 1; i <= 450; i++) {
      const back = 3 * Math.floor((i - 1) / 6);
      const sql =
        i % 3 === 0
          ? `create table public.t${i} (id bigint primary key, note text);\ncreate index t${i}_note on public.t${i} (note);\n`
          : i % 3 === 1
            ? `-- created ${i - back} files earlier: new, so this is safe\nalter table public.t${back} alter column note set not null;\n`
            : `${i % 6 === 2 ? `alter table public.t${i - 2} rename to r${i - 2};\n` : ''}alter table public.t${back} alter column note set not null;\nalter table public.users drop column c${i};\n`;
      const path = `supabase/migrations/${String(20240101000000 + i * 100)}_m${i}.sql`;
      // Some bulk, so that linting takes long enough for the worker to start and take part.
      const bulk = `insert into public.audit (k, v) values ${Array.from({ length: 40 }, (_, k) => `('k${k}', ${k})`).join(', ')};\n`;
      repo.write(path, sql + bulk.repeat(4));
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
    if (repo) rmSync(repo.dir, { recursive: true, force: true });
  });

  const lint = (format: string, threads: string | undefined, extra: string[] = []) =>
    bundles.runCli(
      ['lint', ...files, '--format', format, ...extra],
      repo.dir,
      threads ? { [THREADS_ENV]: threads } : {},
    );

  it.each(['json', 'sarif', 'text'])(
    'writes the same %s report with and without the parse worker',
    (format) => {
      const one = lint(format, '1');
      expect(one.status).toBe(1);
      expect(one.stderr).toBe('');
      for (const threads of [undefined, '2']) {
        const many = lint(format, threads);
        expect({ status: many.status, stderr: many.stderr }).toEqual({ status: 1, stderr: '' });
        expect(many.stdout).toBe(one.stdout);
      }
    },
  );

  it('carries what earlier files created into later ones, and still reports a file that does not parse', () => {
    // The files are committed: by default each is a deploy of its own (lint-modes.ts); as one change, the
    // SchemaState flows from file to file.
    const report = JSON.parse(lint('json', '2', ['--as-one-change']).stdout) as Report;
    const rules = report.findings.map((f) => f.rule);
    expect(rules.filter((r) => r === 'ban-drop-column')).toHaveLength(150);
    // Every t<6k> is renamed two files after it is created (t0 never is): SET NOT NULL under its old name is
    // on a table this change did not create, and blocks. The t<6k+3> stay new however far back they were made.
    const blocked = Array.from({ length: 450 }, (_, i) => i + 1).filter(
      (i) => i % 3 !== 0 && (3 * Math.floor((i - 1) / 6)) % 6 === 0,
    );
    expect(blocked.length).toBeGreaterThan(100);
    expect(report.findings.filter((f) => f.rule === 'setting-not-null').map((f) => f.file)).toEqual(
      blocked.map((i) => `supabase/migrations/${String(20240101000000 + i * 100)}_m${i}.sql`),
    );
    expect(report.findings.filter((f) => f.rule === 'syntax-error').map((f) => [f.file, f.line])).toEqual([
      ['supabase/migrations/20250101000000_broken.sql', 2],
    ]);
  });

  it('says with --verbose how many files the worker parsed ahead', () => {
    const said = /debug: parsed (\d+) of (\d+) migration file\(s\) ahead on a worker thread/.exec(
      lint('json', '2', ['--verbose']).stderr,
    );
    expect(Number(said?.[2])).toBe(files.length);
    expect(Number(said?.[1])).toBeGreaterThan(0);
    expect(Number(said?.[1])).toBeLessThanOrEqual(files.length - 1); // the broken file is parsed here
    expect(lint('json', '1', ['--verbose']).stderr).not.toContain('worker');
  });
});
