import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../src/core/report.js';
import type { ModeReport } from '../../src/gates/migrations/lint-modes.js';
import { snapshotBundles } from '../support/bundles.js';
import type { BundleSnapshot } from '../support/bundles.js';
import { TempRepo } from '../support/git-repo.js';

/**
 * `lint FILE` is what a user waits on while writing a migration: each git process costs it a process
 * start. The built CLI runs with a `git` on PATH that logs each invocation, on real repositories; the
 * processes it starts are exactly these (a new one here is a slower `lint FILE` for everyone).
 */
const DIR = 'supabase/migrations';
const SHIPPED = `${DIR}/20240101000000_create_profiles.sql`;
const NEW = `${DIR}/20240102000000_add_bio.sql`;
const CREATE_SQL = 'create table profiles (\n  id bigint primary key,\n  email text\n);\n';
const ADD_SQL = 'alter table profiles add column bio text;\n';

let bundles: BundleSnapshot;
let bin: string;
const repos: TempRepo[] = [];

beforeAll(async () => {
  bundles = await snapshotBundles();
  bin = mkdtempSync(join(tmpdir(), 'rr-git-log-'));
  const realGit = execFileSync('sh', ['-c', 'command -v git']).toString().trim();
  writeFileSync(join(bin, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> "$RR_GIT_LOG"\nexec ${realGit} "$@"\n`);
  chmodSync(join(bin, 'git'), 0o755);
});

afterAll(() => {
  for (const repo of repos) repo.remove();
  if (bin) rmSync(bin, { recursive: true, force: true });
  bundles?.remove();
});

function shippedRepo(): TempRepo {
  const repo = new TempRepo('rr-git-count-');
  repos.push(repo);
  repo.write('README.md', 'app\n').write(SHIPPED, CREATE_SQL).commit('shipped');
  return repo;
}

/** Lint one file; the report and the git subcommands the run started, in order. */
function lintCounting(repo: TempRepo, file: string): { mode: ModeReport; rules: string[]; git: string[] } {
  const log = join(bin, `log-${repos.indexOf(repo)}-${Date.now()}`);
  writeFileSync(log, '');
  const run = bundles.runCli(['lint', file, '--format', 'json'], repo.dir, {
    PATH: `${bin}:${process.env.PATH}`,
    RR_GIT_LOG: log,
    ROLLBACK_READY_CACHE_DIR: join(bin, 'cache'),
  });
  expect(run.stderr).toBe('');
  const report = JSON.parse(run.stdout) as Report & { mode: ModeReport };
  const git = readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' ')[0]!);
  return { mode: report.mode, rules: report.findings.map((f) => f.rule), git };
}

// A git before 2.36 has no `cat-file --batch-command`: its reads cost a process per batch (cat-file.ts).
const [major = 0, minor = 0] = (/(\d+)\.(\d+)/.exec(execFileSync('git', ['--version']).toString()) ?? [])
  .slice(1)
  .map(Number);
const batchCommand = major > 2 || (major === 2 && minor >= 36);

(batchCommand ? describe : describe.skip)('git processes of lint FILE', () => {
  it('a shipped, unchanged file on the default branch: four processes, no merge-base', () => {
    const run = lintCounting(shippedRepo(), SHIPPED);
    expect(run.mode).toMatchObject({ name: 'history', shippedFiles: 1, newFiles: 0 });
    expect(run.git.sort()).toEqual(['cat-file', 'diff', 'ls-files', 'rev-parse']);
  });

  it('a new untracked file: no diff either (an untracked file is in none)', () => {
    const repo = shippedRepo();
    repo.write(NEW, ADD_SQL);
    const run = lintCounting(repo, NEW);
    expect(run.mode).toMatchObject({ name: 'history', shippedFiles: 0, newFiles: 1 });
    expect(run.git.sort()).toEqual(['cat-file', 'ls-files', 'rev-parse']);
  });

  it('a shipped file edited in the work tree: flagged, the tags listed once for where it shipped', () => {
    const repo = shippedRepo();
    repo.write(SHIPPED, `${CREATE_SQL}alter table profiles add column name text;\n`);
    const run = lintCounting(repo, SHIPPED);
    expect(run.rules).toContain('edited-shipped-migration');
    expect(run.git.sort()).toEqual(['cat-file', 'diff', 'for-each-ref', 'ls-files', 'rev-parse']);
  });

  it('a clone with origin/HEAD lists the branches once; a feature branch asks for the merge base', () => {
    const repo = shippedRepo();
    repo.git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    repo.git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main');
    repo.branch('feature').write(NEW, ADD_SQL).commit('feature');
    const run = lintCounting(repo, NEW);
    expect(run.mode).toMatchObject({ name: 'history', baseFrom: 'merge base with main', newFiles: 1 });
    expect(run.git.sort()).toEqual([
      'cat-file',
      'diff',
      'for-each-ref',
      'ls-files',
      'merge-base',
      'rev-parse',
    ]);
  });
});

(batchCommand ? describe : describe.skip)('git processes of lint FILE start together', () => {
  it('the cat-file reader and the work-tree listing do not wait for the repository lookup', () => {
    // A git whose `rev-parse` takes 2 s: the others must start meanwhile, not after it.
    const slow = mkdtempSync(join(tmpdir(), 'rr-git-slow-'));
    try {
      const realGit = execFileSync('sh', ['-c', 'command -v git']).toString().trim();
      writeFileSync(
        join(slow, 'git'),
        `#!/bin/sh\nprintf '%s %s\\n' "$(date +%s%N)" "$1" >> "$RR_GIT_LOG"\n[ "$1" = rev-parse ] && sleep 2\nexec ${realGit} "$@"\n`,
      );
      chmodSync(join(slow, 'git'), 0o755);
      const repo = shippedRepo();
      repo.write(NEW, ADD_SQL);
      const log = join(slow, 'log');
      writeFileSync(log, '');
      const run = bundles.runCli(['lint', NEW, '--format', 'json'], repo.dir, {
        PATH: `${slow}:${process.env.PATH}`,
        RR_GIT_LOG: log,
        ROLLBACK_READY_CACHE_DIR: join(slow, 'cache'),
      });
      expect(run.stderr).toBe('');
      expect((JSON.parse(run.stdout) as Report).verdict).toBe('pass');
      const started = new Map(
        readFileSync(log, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => line.split(' '))
          .map(([ns, command]) => [command!, Number(BigInt(ns!) / 1_000_000n)]),
      );
      const lookup = started.get('rev-parse')!;
      expect(started.get('cat-file')! - lookup).toBeLessThan(2000);
      expect(started.get('ls-files')! - lookup).toBeLessThan(2000);
    } finally {
      rmSync(slow, { recursive: true, force: true });
    }
  });
});
