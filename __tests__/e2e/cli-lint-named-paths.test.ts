import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../src/core/report.js';
import { snapshotBundles } from '../support/bundles.js';
import type { BundleSnapshot } from '../support/bundles.js';
import type { Spawned } from '../support/cli.js';
import { TempRepo } from '../support/git-repo.js';

/**
 * What `lint FILES…` does with each kind of argument, the built CLI on a real temporary repository:
 * a file named on its own must be a migration (a README, a schema file or /etc/passwd is exit 2, never
 * a green "no migration files found"); a folder brings the migrations a layout finds in it, not the
 * seed beside them; arguments that hold no migration at all are exit 2; a named file that
 * migrations.exclude leaves out is said in the summary.
 */
const DIR = 'supabase/migrations';
const ADD = `${DIR}/20240101000000_add_profiles.sql`;
const DROP = `${DIR}/20240102000000_drop_bio.sql`;

let bundles: BundleSnapshot;
let repo: TempRepo;
let outside: string;
const cli = (args: string[], cwd = repo.dir): Spawned => bundles.runCli(args, cwd);
const report = (run: Spawned) => JSON.parse(run.stdout) as Report;
const files = (run: Spawned) =>
  (report(run).migrations as { files: { file: string }[] }).files.map((f) => f.file);
const oneLineError = (run: Spawned, ...parts: string[]) => {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  for (const part of parts) expect(lines[0]).toContain(part);
  expect(run.stderr).not.toMatch(/\n\s+at /);
};

beforeAll(async () => {
  bundles = await snapshotBundles();
  repo = new TempRepo('rr-named-paths-');
  repo
    .write(ADD, 'create table profiles (id bigint primary key, bio text);\n')
    .write('supabase/seed.sql', 'delete from profiles;\n')
    .write('docs/README.md', '# docs\n')
    .write('.github/rollback-ready.yml', 'migrations:\n  exclude: ["supabase/migrations/*_drop_*.sql"]\n')
    .commit('main');
  repo.branch('feature').write(DROP, 'alter table profiles drop column bio;\n').commit('feature');
  outside = mkdtempSync(join(tmpdir(), 'rr-named-outside-'));
  mkdirSync(join(outside, 'migrations'));
  writeFileSync(join(outside, 'migrations', '001.sql'), 'select 1;\n');
  writeFileSync(join(outside, 'notes.txt'), 'not sql\n');
});

afterAll(() => {
  repo?.remove();
  if (outside) rmSync(outside, { recursive: true, force: true });
  bundles?.remove();
});

describe('lint FILES…: what each argument names', () => {
  it('refuses a named file that is no migration, inside the repository or outside it', () => {
    oneLineError(cli(['lint', 'docs/README.md']), 'docs/README.md: not a migration');
    oneLineError(cli(['lint', ADD, 'docs/README.md']), 'docs/README.md: not a migration');
    oneLineError(cli(['lint', join(outside, 'notes.txt')]), 'notes.txt: not a migration');
  });

  it('lints the migrations of a named folder, not the seed beside them', () => {
    const run = cli(['lint', 'supabase', '--format', 'json']);
    expect(run.status).toBe(0);
    expect(files(run)).toEqual([ADD]);
    expect(files(cli(['lint', 'supabase/migrations/', '--format', 'json']))).toEqual([ADD]);
  });

  it('is exit 2 when the arguments hold no migration at all', () => {
    oneLineError(cli(['lint', 'docs']), 'docs: a folder holding no migration file');
    oneLineError(cli(['lint', ADD, 'docs']), 'docs: a folder holding no migration file');
    oneLineError(cli(['lint', 'docs/*.md']), 'no migration file among them');
  });

  it('says which named files migrations.exclude left out, and refuses when nothing is left', () => {
    const run = cli(['lint', ADD, DROP, '--format', 'json']);
    expect(run.status).toBe(0);
    expect(files(run)).toEqual([ADD]);
    const gate = report(run).gates.find((g) => g.gate === 'migrations');
    expect(gate?.summary).toContain(`1 named file(s) left out by migrations.exclude: ${DROP}`);
    oneLineError(cli(['lint', DROP]), `${DROP}: left out by migrations.exclude`);
  });

  it('outside a repository, a folder is named as a folder, with the glob to use instead', () => {
    oneLineError(cli(['lint', join(outside, 'migrations')]), 'a folder', '/migrations/*.sql');
  });
});
