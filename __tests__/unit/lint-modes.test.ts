import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import type { Settings } from '../../src/config/settings.js';
import type { GateOutcome } from '../../src/core/gate.js';
import { silentLogger } from '../../src/core/gate.js';
import { MigrationLinter } from '../../src/gates/migrations/engine.js';
import { migrationsGate } from '../../src/gates/migrations/gate.js';
import type { ModeReport } from '../../src/gates/migrations/lint-modes.js';
import { ensureParser } from '../../src/sql/parse.js';
import { parseMigration } from '../../src/gates/migrations/layouts/parse-migration.js';
import { ChangeObjects } from '../../src/schema-model/change-objects.js';
import { GitCli } from '../../src/git/git.js';
import { NoRepository } from '../../src/git/no-repository.js';
import { TempRepo } from '../support/git-repo.js';

const DIR = 'supabase/migrations';
const CREATE = `${DIR}/20240101000000_create.sql`;
const DROP = `${DIR}/20240102000000_drop_email.sql`;
const CREATE_SQL = 'create table profiles (id bigint primary key, email text);\n';
const DROP_SQL = 'alter table profiles drop column email;\n';

const repos: TempRepo[] = [];
const folders: string[] = [];
afterAll(() => {
  for (const repo of repos) repo.remove();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function repo(): TempRepo {
  const r = new TempRepo('rr-modes-');
  repos.push(r);
  return r;
}

function settings(cwd: string, extra: Partial<Settings['run']> = {}): Settings {
  return {
    run: { cwd, head: 'HEAD', format: 'json', failOn: 'error', files: [CREATE, DROP], ...extra },
    config: DEFAULT_CONFIG,
  };
}

/** `lint CREATE DROP` as the CLI runs it on the work tree, with no base unless given. */
async function lintFiles(
  dir: string,
  extra: Partial<Settings['run']> = {},
  base?: string,
): Promise<GateOutcome> {
  const git = await GitCli.open(dir);
  return migrationsGate.run({
    settings: settings(dir, extra),
    git,
    ...(base ? { base } : {}),
    head: 'HEAD',
    worktree: true,
    log: silentLogger,
  });
}

const rules = (o: GateOutcome) => o.findings.map((f) => f.rule).sort();
const modeOf = (o: GateOutcome) => (o.data as { mode: ModeReport }).mode;

describe('lint FILES… modes (lint-modes.ts)', () => {
  it('judges a committed history one deploy at a time: dropping a column an earlier file created blocks', async () => {
    const r = repo().write(CREATE, CREATE_SQL).write(DROP, DROP_SQL);
    r.commit('shipped');
    const outcome = await lintFiles(r.dir);
    expect(rules(outcome)).toContain('ban-drop-column');
    expect(modeOf(outcome)).toMatchObject({
      name: 'history',
      chosenBy: 'default',
      shippedFiles: 2,
      newFiles: 0,
    });
    expect(outcome.summary).toMatch(/^mode history \(base [0-9a-f]{7}, merge base with main\): 2 file/);
  });

  it('judges files new in this change as one change: the same two files pass', async () => {
    const r = repo();
    r.commit('empty main');
    r.branch('feature').write(CREATE, CREATE_SQL).write(DROP, DROP_SQL).commit('feature');
    const outcome = await lintFiles(r.dir);
    expect(rules(outcome)).not.toContain('ban-drop-column');
    expect(modeOf(outcome)).toMatchObject({ name: 'history', shippedFiles: 0, newFiles: 2 });
  });

  it('counts untracked files as new, and a shipped file before them as a deploy of its own', async () => {
    const r = repo().write(CREATE, CREATE_SQL);
    r.commit('shipped create');
    r.write(DROP, DROP_SQL);
    const outcome = await lintFiles(r.dir);
    expect(rules(outcome)).toContain('ban-drop-column');
    expect(modeOf(outcome)).toMatchObject({ shippedFiles: 1, newFiles: 1 });
    const files = (outcome.data as { migrations: { files: { file: string; shipped: boolean }[] } }).migrations
      .files;
    expect(files.map((f) => [f.file, f.shipped])).toEqual([
      [CREATE, true],
      [DROP, false],
    ]);
  });

  it('counts a shipped file moved in the work tree (git mv) as shipped under its new name', async () => {
    const r = repo().write(CREATE, CREATE_SQL).write(DROP, DROP_SQL);
    r.commit('both shipped');
    const moved = `${DIR}/20240101000001_create.sql`;
    r.git('mv', CREATE, moved);
    const outcome = await lintFiles(r.dir, { files: [moved, DROP] });
    // Only the whole diff pairs the new name with the shipped one: a deploy of its own, then the drop.
    expect(modeOf(outcome)).toMatchObject({ shippedFiles: 2, newFiles: 0 });
    expect(rules(outcome)).toContain('ban-drop-column');
  });

  it('counts a staged new file as new, and an untracked one too, next to a shipped one', async () => {
    const r = repo().write(CREATE, CREATE_SQL);
    r.commit('create shipped');
    const staged = `${DIR}/20240103000000_staged.sql`;
    r.write(staged, 'create table staged (id bigint);\n').git('add', staged);
    r.write(DROP, DROP_SQL);
    const outcome = await lintFiles(r.dir, { files: [CREATE, DROP, staged] });
    expect(modeOf(outcome)).toMatchObject({ shippedFiles: 1, newFiles: 2 });
  });

  it('takes what shipped from --base: files added since it are one change', async () => {
    const r = repo();
    const first = r.commit('empty');
    r.write(CREATE, CREATE_SQL).write(DROP, DROP_SQL).commit('both');
    const outcome = await lintFiles(r.dir, { base: first }, first);
    expect(rules(outcome)).not.toContain('ban-drop-column');
    expect(modeOf(outcome)).toMatchObject({ base: first, baseFrom: `--base ${first}`, newFiles: 2 });
  });

  it("takes what shipped from the pull request's base in a PR check (the action's paths input)", async () => {
    const r = repo().write(CREATE, CREATE_SQL);
    const base = r.commit('create shipped');
    r.branch('feature').write(DROP, DROP_SQL).commit('drop on the branch');
    // Without the pull request, main is the default branch too: prove the PR's base is what is used.
    r.git('branch', '-f', 'main', 'feature');
    const outcome = await migrationsGate.run({
      settings: settings(r.dir),
      git: await GitCli.open(r.dir),
      head: 'HEAD',
      worktree: true,
      log: silentLogger,
      pullRequest: { number: 7, body: '', baseSha: base, fromFork: false },
    });
    expect(modeOf(outcome)).toMatchObject({
      base,
      baseFrom: "the pull request's base",
      shippedFiles: 1,
      newFiles: 1,
    });
    expect(rules(outcome)).toContain('ban-drop-column');
  });

  it('falls back to HEAD when there is no default branch: committed files have shipped', async () => {
    const r = repo();
    r.git('checkout', '-q', '-b', 'trunk');
    r.write(CREATE, CREATE_SQL).write(DROP, DROP_SQL);
    const head = r.commit('on trunk, no main');
    const outcome = await lintFiles(r.dir);
    expect(rules(outcome)).toContain('ban-drop-column');
    expect(modeOf(outcome)).toMatchObject({ base: head, baseFrom: expect.stringMatching(/^HEAD/) });
  });

  it('falls back to HEAD, and says why, when the default branch shares no history with it (a shallow clone)', async () => {
    const r = repo();
    r.commit('main');
    r.git('checkout', '-q', '--orphan', 'unrelated');
    r.write(CREATE, CREATE_SQL).write(DROP, DROP_SQL);
    const head = r.commit('no common history with main');
    const outcome = await lintFiles(r.dir);
    expect(rules(outcome)).toContain('ban-drop-column');
    expect(modeOf(outcome)).toMatchObject({
      base: head,
      baseFrom: expect.stringContaining('no merge base with main'),
    });
  });

  it('treats every file as new in a repository without commits', async () => {
    const r = repo().write(CREATE, CREATE_SQL).write(DROP, DROP_SQL);
    const outcome = await lintFiles(r.dir);
    expect(rules(outcome)).not.toContain('ban-drop-column');
    expect(modeOf(outcome)).toMatchObject({ name: 'history', base: null, newFiles: 2 });
  });

  it('flags a shipped file given explicitly that was edited since the base', async () => {
    const r = repo().write(CREATE, CREATE_SQL);
    r.commit('shipped');
    r.write(CREATE, CREATE_SQL.replace('email text', 'email text not null'));
    const outcome = await lintFiles(r.dir, { files: [CREATE] });
    expect(outcome.findings).toContainEqual(
      expect.objectContaining({ rule: 'edited-shipped-migration', file: CREATE, line: 1 }),
    );
  });

  it('--each blocks new files that --as-one-change passes', async () => {
    const r = repo();
    r.commit('empty main');
    r.write(CREATE, CREATE_SQL).write(DROP, DROP_SQL);
    const each = await lintFiles(r.dir, { filesMode: 'each' });
    expect(rules(each)).toContain('ban-drop-column');
    expect(modeOf(each)).toMatchObject({ name: 'each', chosenBy: 'flag' });
    expect(each.summary).toMatch(/^mode each \(--each\): 2 file\(s\) judged one deploy at a time;/);
    const one = await lintFiles(r.dir, { filesMode: 'as-one-change' });
    expect(rules(one)).not.toContain('ban-drop-column');
    expect(modeOf(one)).toMatchObject({ name: 'as-one-change', chosenBy: 'flag' });
  });

  it('without a repository lints each file as its own deploy, with a notice naming the checks that could not run', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'rr-no-repo-'));
    folders.push(folder);
    writeFileSync(join(folder, 'a.sql'), CREATE_SQL);
    writeFileSync(join(folder, 'b.sql'), DROP_SQL);
    const outcome = await migrationsGate.run({
      settings: { ...settings(folder), run: { ...settings(folder).run, files: ['a.sql', 'b.sql'] } },
      git: new NoRepository(folder, `${folder} is not inside a git repository`),
      head: 'HEAD',
      worktree: true,
      log: silentLogger,
    });
    expect(rules(outcome)).toEqual(expect.arrayContaining(['ban-drop-column', 'no-repository']));
    const notice = outcome.findings.find((f) => f.rule === 'no-repository')!;
    expect(notice.severity).toBe('notice');
    expect(notice.message).toContain('not inside a git repository');
    expect(notice.message).toContain('edited-shipped-migration');
    expect(modeOf(outcome)).toMatchObject({ name: 'each', chosenBy: 'no-repository' });
  });
});

describe('MigrationLinter.startDeploy', () => {
  const parse = (path: string, sql: string) =>
    parseMigration({ path, layout: 'supabase', direction: 'up', version: path }, sql);

  it('makes what earlier files created old: a later drop of its column is flagged', async () => {
    await ensureParser();
    const linter = new MigrationLinter({ config: DEFAULT_CONFIG.migrations });
    linter.lint(parse(CREATE, CREATE_SQL));
    expect(linter.lint(parse(DROP, DROP_SQL)).findings.map((f) => f.rule)).not.toContain('ban-drop-column');
    const shipped = new MigrationLinter({ config: DEFAULT_CONFIG.migrations });
    shipped.lint(parse(CREATE, CREATE_SQL));
    shipped.startDeploy();
    expect(shipped.lint(parse(DROP, DROP_SQL)).findings.map((f) => f.rule)).toContain('ban-drop-column');
  });

  it('keeps the policies of shipped tables: enabling RLS on one later is not "without policy"', async () => {
    await ensureParser();
    const state = new ChangeObjects();
    const [create, policy] = parse(
      CREATE,
      'create table notes (id int);\ncreate policy p on notes using (true);\n',
    ).statements;
    state.apply(create!);
    state.apply(policy!);
    const after = state.afterDeploy();
    expect(after.isNewTable('notes')).toBe(false);
    expect(after.hasNewPolicy('notes')).toBe(true);
  });
});
