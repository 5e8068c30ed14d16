import { afterAll, describe, expect, it, jest } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { silentLogger } from '../../src/core/gate.js';
import type { GateContext } from '../../src/gates/gate.js';
import { baseFacts } from '../../src/gates/migrations/base-facts.js';
import { MigrationLinter } from '../../src/gates/migrations/engine.js';
import { ChangeObjects } from '../../src/schema-model/change-objects.js';
import { GitCli } from '../../src/git/git.js';
import { parseMigration } from '../../src/gates/migrations/layouts/parse-migration.js';
import { ensureParser } from '../../src/sql/parse.js';
import { TempRepo } from '../support/git-repo.js';

const DIR = 'supabase/migrations';
const repos: TempRepo[] = [];
afterAll(() => {
  for (const repo of repos) repo.remove();
});

const name = (i: number) => `${DIR}/2024010100${String(i).padStart(4, '0')}_m${i}.sql`;

async function context(r: TempRepo, files: string[]): Promise<GateContext> {
  return {
    settings: {
      run: { cwd: r.dir, head: 'HEAD', format: 'json', failOn: 'error', files },
      config: DEFAULT_CONFIG,
    },
    git: await GitCli.open(r.dir),
    head: 'HEAD',
    worktree: true,
    log: silentLogger,
  };
}

describe('baseFacts for more files than a diff can name (base-facts.ts)', () => {
  it('answers what the whole tree answers without listing it: shipped, moved, staged and untracked files', async () => {
    const r = new TempRepo('rr-many-');
    repos.push(r);
    for (let i = 0; i < 120; i++) r.write(name(i), `create table t${i} (id bigint);\n`);
    r.write('README.md', 'not a migration\n');
    const base = r.commit('shipped');
    const moved = `${DIR}/20250101000000_moved.sql`;
    r.git('mv', name(0), moved);
    const staged = `${DIR}/20250102000000_staged.sql`;
    r.write(staged, 'create table staged (id bigint);\n').git('add', staged);
    const untracked = `${DIR}/20250103000000_untracked.sql`;
    r.write(untracked, 'create table untracked (id bigint);\n');
    const paths = [...Array.from({ length: 119 }, (_, i) => name(i + 1)), moved, staged, untracked];

    const ctx = await context(r, paths);
    const listing = jest.spyOn(ctx.git, 'listFilesAt');
    const facts = await baseFacts(ctx, base, paths);
    // The whole listing reads every blob of the tree: the given paths' folders are enough.
    expect(listing).not.toHaveBeenCalled();
    expect(facts.onBase.has(name(1)) && facts.onBase.has(name(119))).toBe(true);
    expect(facts.onBase.has(name(0))).toBe(true); // the moved file's old path: it shipped
    expect([moved, staged, untracked].filter((p) => facts.onBase.has(p))).toEqual([]);
    expect(facts.changes.get(moved)).toMatchObject({ status: 'renamed', from: name(0) });
    expect(facts.changes.get(staged)).toMatchObject({ status: 'added' });
    expect(facts.changes.has(untracked)).toBe(false);

    // The same answers as the whole tree and diff, for every path asked.
    const all = new Set(await ctx.git.listFilesAt(base));
    for (const path of [...paths, name(0)])
      expect([path, facts.onBase.has(path)]).toEqual([path, all.has(path)]);
  });
});

describe('MigrationLinter.startDeploy in place (ChangeObjects.ship)', () => {
  it('leaves the state afterDeploy() gives: created objects old, policies kept', async () => {
    await ensureParser();
    const sql = [
      'create schema app;',
      'create table notes (id int, body text);',
      'alter table notes add column title text;',
      'create index notes_title on notes (title);',
      "create type mood as enum ('ok');",
      'create view v as select 1;',
      'create function f() returns int language sql as $$ select 1 $$;',
      'create trigger tr before insert on notes for each row execute function f();',
      'create sequence s;',
      'create role r;',
      'create policy p on notes using (true);',
    ].join('\n');
    const parsed = parseMigration({ path: name(1), layout: 'supabase', direction: 'up', version: '1' }, sql);
    const state = new ChangeObjects();
    for (const statement of parsed.statements) state.apply(statement);
    expect(state.isNewTable('notes')).toBe(true);
    const expected = state.afterDeploy();
    state.ship();
    // Every field compared: a set ship() forgot to clear would differ here.
    expect(state).toEqual(expected);
    expect(state.isNewTable('notes') || state.isNewIndex('notes_title')).toBe(false);
    expect(state.hasNewPolicy('notes')).toBe(true);
  });

  it('judges a later file against what shipped before it, deploy after deploy', async () => {
    await ensureParser();
    const file = (i: number, sql: string) =>
      parseMigration({ path: name(i), layout: 'supabase', direction: 'up', version: String(i) }, sql);
    const linter = new MigrationLinter({ config: DEFAULT_CONFIG.migrations });
    linter.lint(file(1, 'create table a (id int, x text);\n'));
    linter.startDeploy();
    linter.lint(file(2, 'create table b (id int, y text);\n'));
    linter.startDeploy();
    const rules = linter
      .lint(file(3, 'alter table a drop column x;\nalter table b drop column y;\n'))
      .findings.filter((f) => f.rule === 'ban-drop-column')
      .map((f) => f.line);
    expect(rules).toEqual([1, 2]);
  });
});
