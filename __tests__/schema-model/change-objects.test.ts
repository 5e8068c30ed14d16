import { beforeAll, describe, expect, it } from '@jest/globals';
import { ChangeObjects } from '../../src/schema-model/change-objects.js';
import { replayMigrations } from '../../src/schema-model/replay.js';
import { ensureParser } from '../../src/sql/parse.js';
import { parseMigration } from '../../src/gates/migrations/layouts/parse-migration.js';

/** What the migrations linter learns from a change: told by the one replay (replay.ts) through its sink. */

beforeAll(() => ensureParser());

const parse = (sql: string) =>
  parseMigration({ path: 'm/1.sql', layout: 'plain', direction: 'up', version: '1' }, sql);

function changed(sql: string, objects = new ChangeObjects()): ChangeObjects {
  for (const statement of parse(sql).statements) objects.apply(statement);
  return objects;
}

describe('ChangeObjects: what a change created', () => {
  it('knows tables, columns, views and enums from the replay of the change', () => {
    const c = changed(`
      create table t (id int);
      alter table old add column note text;
      create view v as select 1;
      create materialized view mv as select 1;
      create table copy as select 1 as x;
      create type mood as enum ('a');
      alter type pair add attribute c int;
    `);
    expect(c.isNewTable('t')).toBe(true);
    expect(c.isNewColumn('t', 'anything')).toBe(true);
    expect(c.isNewColumn('old', 'note')).toBe(true);
    expect(c.isNewColumn('old', 'other')).toBe(false);
    expect(c.isNewTable('old')).toBe(false);
    // A plain view is a view only; a materialized view is both (DROP TABLE rules see it as a table too).
    expect([c.isNewView('v'), c.isNewTable('v')]).toEqual([true, false]);
    expect([c.isNewView('mv'), c.isNewTable('mv')]).toEqual([true, true]);
    expect([c.isNewView('copy'), c.isNewTable('copy')]).toEqual([false, true]);
    expect(c.isNewType('mood')).toBe(true);
    // ALTER TYPE … ADD ATTRIBUTE is an ALTER TABLE on a composite type: its column is new too.
    expect(c.isNewColumn('pair', 'c')).toBe(true);
  });

  it('knows the objects the table model does not hold', () => {
    const c = changed(`
      create index i on t (id);
      create index s_i on s.t (id);
      create type pair as (a int, b int);
      create domain posint as int check (value > 0);
      create function f() returns int language sql as 'select 1';
      create trigger tr before insert on t for each row execute function f();
      create schema app;
      create sequence seq;
      create role reader;
      create policy p on t using (true);
    `);
    expect([c.isNewIndex('i'), c.isNewIndex('s.s_i'), c.isNewIndex('other')]).toEqual([true, true, false]);
    expect([c.isNewType('pair'), c.isNewType('posint')]).toEqual([true, true]);
    expect(c.isNewFunction('f')).toBe(true);
    expect([c.isNewTrigger('t', 'tr'), c.isNewTrigger('u', 'tr')]).toEqual([true, false]);
    expect([c.isNewSchema('app'), c.isNewSequence('seq'), c.isNewRole('reader')]).toEqual([true, true, true]);
    expect([c.hasNewPolicy('t'), c.hasNewPolicy('u')]).toEqual([true, false]);
  });

  it('follows renames: the new name is new exactly when the old one was', () => {
    const c = changed(`
      create table a (id int);
      alter table a rename to b;
      alter table old rename to newer;
      alter table old2 add column x int;
      alter table old2 rename column x to y;
      alter table old2 rename column z to w;
    `);
    expect([c.isNewTable('a'), c.isNewTable('b')]).toEqual([false, true]);
    expect(c.isNewTable('newer')).toBe(false);
    expect([c.isNewColumn('old2', 'x'), c.isNewColumn('old2', 'y')]).toEqual([false, true]);
    expect(c.isNewColumn('old2', 'w')).toBe(false);
  });

  it('follows the renames the replay models that a linter of its own missed: views, SET SCHEMA, enums', () => {
    const c = changed(`
      create view v as select 1;
      alter view v rename to w;
      create table t (id int);
      alter table t set schema app;
      create type mood as enum ('a');
      alter type mood rename to feeling;
    `);
    expect([c.isNewView('v'), c.isNewView('w')]).toEqual([false, true]);
    expect([c.isNewTable('t'), c.isNewTable('app.t')]).toEqual([false, true]);
    expect([c.isNewType('mood'), c.isNewType('feeling')]).toEqual([false, true]);
  });

  it('an old table renamed onto a name this change dropped is old', () => {
    const c = changed('create table t (id int);\ndrop table t;\nalter table old rename to t;');
    expect(c.isNewTable('t')).toBe(false);
  });

  it('keeps an object new after it is dropped again (the DROP is judged against it)', () => {
    const c = changed('create table t (id int);\ndrop table t;\ncreate index i on x (id);\ndrop index i;');
    expect(c.isNewTable('t')).toBe(true);
    expect(c.isNewIndex('i')).toBe(true);
  });

  it('answers as of each statement, asked between them as the linter asks', () => {
    const c = new ChangeObjects();
    const asked: boolean[] = [];
    const sql =
      'alter table old alter column x set default 1;\nalter table old add column x int;\nalter table old rename column x to y;\nalter table old alter column y set not null;';
    for (const statement of parse(sql).statements) {
      asked.push(c.isNewColumn('old', 'x'), c.isNewColumn('old', 'y'));
      c.apply(statement);
    }
    asked.push(c.isNewColumn('old', 'x'), c.isNewColumn('old', 'y'));
    expect(asked).toEqual([false, false, false, false, true, false, false, true, false, true]);
  });

  it('does not read the AST of a statement it learns nothing from', () => {
    const c = new ChangeObjects();
    const unread = {
      kind: 'InsertStmt',
      get node(): never {
        throw new Error('read');
      },
    };
    expect(() => c.apply(unread)).not.toThrow();
  });

  it('after a deploy, nothing is new but the policies stay', () => {
    const after = changed('create table t (id int);\ncreate policy p on t using (true);').afterDeploy();
    expect(after.isNewTable('t')).toBe(false);
    expect(after.hasNewPolicy('t')).toBe(true);
    const later = changed('create table u (id int);', after).afterDeploy();
    expect([later.hasNewPolicy('t'), later.isNewTable('u')]).toEqual([true, false]);
  });

  it("a later deploy's policies are its own: the state it started from does not gain them", () => {
    const first = changed('create policy p on t using (true);');
    const later = changed('create policy q on u using (true);', first.afterDeploy());
    expect([later.hasNewPolicy('t'), later.hasNewPolicy('u')]).toEqual([true, true]);
    expect(first.hasNewPolicy('u')).toBe(false);
    expect(first.afterDeploy().hasNewPolicy('u')).toBe(false);
    // and a policy the earlier state learns after the deploy is not the later one's, even while the
    // later one still shares the earlier one's set
    const shared = first.afterDeploy();
    changed('create policy r on w using (true);', first);
    expect([first.hasNewPolicy('w'), later.hasNewPolicy('w'), shared.hasNewPolicy('w')]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('leaves the history replay as it was: other objects are not recorded there', () => {
    const sql = 'create index i on t (id);\ncreate function f() returns int language sql as $$select 1$$;';
    expect([...replayMigrations([parse(sql)]).touches.keys()]).toEqual([]);
  });
});
