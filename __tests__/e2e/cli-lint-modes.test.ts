import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Report } from '../../src/core/report.js';
import type { ModeReport } from '../../src/gates/migrations/lint-modes.js';
import { snapshotBundles } from '../support/bundles.js';
import type { BundleSnapshot } from '../support/bundles.js';
import type { Spawned } from '../support/cli.js';
import { TempRepo } from '../support/git-repo.js';
import { sarifErrors } from '../support/sarif.js';

/**
 * `lint FILES…` as a user runs it over a migration history (issue 21): files already committed shipped
 * one deploy at a time, files new in the change are one change, and a file outside any repository is
 * linted anyway with a notice. The built CLI on real temporary git repositories.
 */
const DIR = 'supabase/migrations';
const CREATE = `${DIR}/20240101000000_create_profiles.sql`;
const DROP = `${DIR}/20240102000000_drop_email.sql`;
const CREATE_SQL = 'create table profiles (\n  id bigint primary key,\n  email text\n);\n';
const DROP_SQL = '-- email moved to auth.users\nalter table profiles drop column email;\n';
const FILES = [CREATE, DROP];

let bundles: BundleSnapshot;
let committed: TempRepo;
let fresh: TempRepo;
let outside: string;
const cli = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Spawned =>
  bundles.runCli(args, cwd, env);
const report = (run: Spawned) => JSON.parse(run.stdout) as Report & { mode: ModeReport };
const rules = (run: Spawned) => report(run).findings.map((f) => f.rule);

beforeAll(async () => {
  bundles = await snapshotBundles();
  // Both files committed on main: they shipped, one deploy each.
  committed = new TempRepo('rr-modes-cli-');
  committed.write(CREATE, CREATE_SQL).write(DROP, DROP_SQL).commit('two shipped migrations');
  // The same two files new on a feature branch: one change.
  fresh = new TempRepo('rr-modes-cli-');
  fresh.write('README.md', 'app\n').commit('main');
  fresh.branch('feature').write(CREATE, CREATE_SQL).write(DROP, DROP_SQL).commit('feature');
  outside = mkdtempSync(join(tmpdir(), 'rr-modes-no-repo-'));
  writeFileSync(join(outside, '20240101000000_create_profiles.sql'), CREATE_SQL);
  writeFileSync(join(outside, '20240102000000_drop_email.sql'), DROP_SQL);
});

afterAll(() => {
  committed?.remove();
  fresh?.remove();
  if (outside) rmSync(outside, { recursive: true, force: true });
  bundles?.remove();
});

describe('rollback-ready lint FILES… modes', () => {
  it('blocks a committed history in which migration 2 drops a column migration 1 created', () => {
    const run = cli(['lint', ...FILES, '--format', 'json'], committed.dir);
    expect(run.status).toBe(1);
    expect(report(run).findings).toContainEqual(
      expect.objectContaining({ rule: 'ban-drop-column', file: DROP, line: 2, severity: 'error' }),
    );
    expect(report(run).mode).toMatchObject({
      name: 'history',
      chosenBy: 'default',
      shippedFiles: 2,
      newFiles: 0,
      baseFrom: 'merge base with main',
    });
  });

  it('passes the same two files when they are new in one change', () => {
    const run = cli(['lint', ...FILES, '--format', 'json'], fresh.dir);
    expect(run.status).toBe(0);
    expect(rules(run)).not.toContain('ban-drop-column');
    expect(report(run).mode).toMatchObject({ name: 'history', shippedFiles: 0, newFiles: 2 });
  });

  it('--as-one-change passes the committed history; --each blocks the new files', () => {
    const one = cli(['lint', ...FILES, '--as-one-change', '--format', 'json'], committed.dir);
    expect(one.status).toBe(0);
    expect(report(one).mode).toMatchObject({ name: 'as-one-change', chosenBy: 'flag' });
    const each = cli(['lint', '--each', ...FILES, '--format', 'json'], fresh.dir);
    expect(each.status).toBe(1);
    expect(rules(each)).toContain('ban-drop-column');
    expect(report(each).mode).toMatchObject({ name: 'each', chosenBy: 'flag' });
  });

  it('--base decides what shipped: with the feature branch as base, its files are history', () => {
    const run = cli(['lint', ...FILES, '--base', 'feature', '--format', 'json'], fresh.dir);
    expect(run.status).toBe(1);
    expect(report(run).mode).toMatchObject({ baseFrom: '--base feature', shippedFiles: 2 });
  });

  it('lints a file outside any git repository, with a notice naming the checks that could not run', () => {
    const run = cli(
      ['lint', '20240101000000_create_profiles.sql', '20240102000000_drop_email.sql', '--format', 'json'],
      outside,
      {
        GIT_CEILING_DIRECTORIES: dirname(outside),
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const r = report(run);
    const notice = r.findings.find((f) => f.rule === 'no-repository');
    expect(notice).toMatchObject({ severity: 'notice', gate: 'migrations' });
    expect(notice?.message).toMatch(/not inside a git repository.*could not run.*edited-shipped-migration/);
    expect(r.findings).toContainEqual(
      expect.objectContaining({ rule: 'ban-drop-column', file: '20240102000000_drop_email.sql', line: 2 }),
    );
    expect(r.mode).toMatchObject({ name: 'each', chosenBy: 'no-repository', base: null });
  });

  it('lints a file outside the current repository, shown by its absolute path', () => {
    const file = join(outside, '20240102000000_drop_email.sql');
    const run = cli(['lint', file, '--format', 'json'], committed.dir);
    expect(run.status).toBe(1);
    const r = report(run);
    expect(r.findings.find((f) => f.rule === 'no-repository')?.message).toContain(
      `is outside the repository at ${committed.dir}`,
    );
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'ban-drop-column', file }));
  });

  it('lints files of a repository nested in the current one without the outer history, saying so', () => {
    // The outer repository never tracked them: its history would call them new, one change, and pass.
    const outer = new TempRepo('rr-modes-outer-');
    try {
      outer.write('README.md', 'home folder in git\n').commit('outer');
      const inner = new TempRepo('rr-modes-inner-');
      inner.write(CREATE, CREATE_SQL).write(DROP, DROP_SQL).commit('shipped in the inner repository');
      outer.git('-c', 'protocol.file.allow=always', 'clone', '-q', inner.dir, 'app');
      inner.remove();
      const run = cli(['lint', ...FILES.map((f) => `app/${f}`), '--format', 'json'], outer.dir);
      expect(run.status).toBe(1);
      const r = report(run);
      expect(r.findings.find((f) => f.rule === 'no-repository')?.message).toMatch(
        /app\/supabase\/migrations\/\S+ is in the repository at \S+app, not in the one at /,
      );
      expect(rules(run)).toContain('ban-drop-column');
    } finally {
      outer.remove();
    }
  });

  it('names the mode in every output format', () => {
    const line = /mode history \(base [0-9a-f]{7}, merge base with main\)/;
    const text = cli(['lint', ...FILES], committed.dir);
    expect(text.status).toBe(1);
    expect(text.stdout).toMatch(line);
    const markdown = cli(['lint', ...FILES, '--format', 'markdown'], committed.dir);
    expect(markdown.stdout).toMatch(/mode history \\\(base [0-9a-f]{7}, merge base with main\\\)/);
    const sarif = cli(['lint', ...FILES, '--format', 'sarif'], committed.dir);
    expect(sarifErrors(sarif.stdout)).toEqual([]);
    const log = JSON.parse(sarif.stdout) as { runs: { properties?: { mode?: ModeReport } }[] };
    expect(log.runs[0]?.properties?.mode).toMatchObject({ name: 'history', shippedFiles: 2 });
    expect(report(cli(['lint', ...FILES, '--format', 'json'], committed.dir)).mode.description).toMatch(line);
  });

  it('refuses --each with --as-one-change, and either without files, with exit 2', () => {
    const both = cli(['lint', ...FILES, '--each', '--as-one-change'], committed.dir);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('--each and --as-one-change exclude each other');
    const none = cli(['lint', '--each'], committed.dir);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('--each applies to lint FILES');
  });

  it('documents the modes, --base and the layout in lint --help, with examples', () => {
    const run = cli(['lint', '--help'], committed.dir);
    expect(run.status).toBe(0);
    for (const text of [
      '--each',
      '--as-one-change',
      'history (default)',
      '--base REF',
      'Layout',
      'rollback-ready lint --base v1.4.0',
    ])
      expect(run.stdout).toContain(text);
  });
});
