import { beforeAll, describe, expect, it } from '@jest/globals';
import { ensureParser } from '../../src/sql/parse.js';
import { parseMigration } from '../../src/gates/migrations/layouts/parse-migration.js';
import type { ReplayedSchema } from '../../src/schema-model/model.js';
import { replayMigrations } from '../../src/schema-model/replay.js';
import { lengthLimit, typeFamily } from '../../src/schema-model/types.js';

beforeAll(() => ensureParser());

/** Replay SQL files (one string per file) in order. */
function replay(...files: string[]): ReplayedSchema {
  return replayMigrations(
    files.map((sql, i) =>
      parseMigration({ path: `m/${i + 1}.sql`, layout: 'plain', direction: 'up', version: String(i) }, sql),
    ),
  );
}

/** `name type [not null] [default] [identity|stored]` for each column of a table. */
function columns(schema: ReplayedSchema, table: string): string[] {
  const t = schema.model.tables.get(table);
  if (!t) return ['(no table)'];
  return [...t.columns.values()].map((c) =>
    [c.name, c.type, c.notNull ? 'not null' : '', c.hasDefault ? 'default' : '', c.generated ?? '']
      .filter(Boolean)
      .join(' '),
  );
}

const touches = (schema: ReplayedSchema, key: string) =>
  (schema.touches.get(key) ?? []).map(
    (t) => `${t.kind}@${t.at.file}:${t.at.line}${t.madeRequired ? ' required' : ''}`,
  );

describe('replaying CREATE TABLE', () => {
  it.each([
    [
      'inline constraints and normalised types',
      "create table t (id serial primary key, email varchar(50) not null default 'x', age int, big bigint, ok bool, at timestamptz, price numeric(10,2), tags text[])",
      [
        'id integer not null default',
        'email varchar(50) not null default',
        'age integer',
        'big bigint',
        'ok boolean',
        'at timestamptz',
        'price numeric(10,2)',
        'tags text[]',
      ],
    ],
    [
      'a table-level PRIMARY KEY makes its columns NOT NULL',
      'create table t (a int, b text, primary key (a, b))',
      ['a integer not null', 'b text not null'],
    ],
    [
      'identity and generated columns',
      'create table t (id int generated always as identity, n int, d int generated always as (n * 2) stored)',
      ['id integer not null identity', 'n integer', 'd integer stored'],
    ],
    ['DEFAULT NULL is no default', 'create table t (a text default null)', ['a text']],
    [
      'an enum-typed column',
      "create type status as enum ('a'); create table t (s status not null)",
      ['s status not null'],
    ],
  ])('%s', (_name, sql, expected) => {
    expect(columns(replay(sql), 't')).toEqual(expected);
  });

  it('keys quoted names as written', () => {
    expect(columns(replay('create table public."User" ("Email" text)'), 'User')).toEqual(['Email text']);
  });

  it('CREATE TABLE IF NOT EXISTS keeps an existing table', () => {
    expect(columns(replay('create table t (a int)', 'create table if not exists t (b int)'), 't')).toEqual([
      'a integer',
    ]);
  });

  it('records the statement that created each column, and whether it must be inserted', () => {
    const s = replay('select 1;\ncreate table t (a int not null, b int)');
    expect(touches(s, 'column:t.a')).toEqual(['create@m/1.sql:2 required']);
    expect(touches(s, 'column:t.b')).toEqual(['create@m/1.sql:2']);
  });
});

describe('replaying ALTER TABLE', () => {
  const base =
    "create table t (a int, b text not null default 'x', c varchar(20), d int generated always as identity)";
  it.each([
    [
      'ADD COLUMN',
      'alter table t add column e text not null',
      [
        'a integer',
        'b text not null default',
        'c varchar(20)',
        'd integer not null identity',
        'e text not null',
      ],
    ],
    [
      'ADD COLUMN IF NOT EXISTS of an existing column',
      'alter table t add column if not exists a text',
      ['a integer', 'b text not null default', 'c varchar(20)', 'd integer not null identity'],
    ],
    [
      'DROP COLUMN',
      'alter table t drop column a, drop column if exists zzz',
      ['b text not null default', 'c varchar(20)', 'd integer not null identity'],
    ],
    [
      'RENAME COLUMN keeps its place',
      'alter table t rename column a to z',
      ['z integer', 'b text not null default', 'c varchar(20)', 'd integer not null identity'],
    ],
    [
      'SET / DROP NOT NULL',
      'alter table t alter column a set not null, alter column b drop not null',
      ['a integer not null', 'b text default', 'c varchar(20)', 'd integer not null identity'],
    ],
    [
      'SET / DROP DEFAULT',
      'alter table t alter column a set default 1, alter column b drop default',
      ['a integer default', 'b text not null', 'c varchar(20)', 'd integer not null identity'],
    ],
    [
      'TYPE',
      'alter table t alter column c type text using c::text',
      ['a integer', 'b text not null default', 'c text', 'd integer not null identity'],
    ],
    [
      'ADD PRIMARY KEY',
      'alter table t add primary key (a)',
      ['a integer not null', 'b text not null default', 'c varchar(20)', 'd integer not null identity'],
    ],
    [
      'DROP IDENTITY',
      'alter table t alter column d drop identity',
      ['a integer', 'b text not null default', 'c varchar(20)', 'd integer not null'],
    ],
  ])('%s', (_name, sql, expected) => {
    expect(columns(replay(base, sql), 't')).toEqual(expected);
  });

  it('records which statement made a column required', () => {
    const s = replay(
      base,
      'alter table t alter column b drop default;\nalter table t alter column a set not null;',
    );
    expect(touches(s, 'column:t.b')).toEqual(['create@m/1.sql:1', 'drop-default@m/2.sql:1 required']);
    expect(touches(s, 'column:t.a')).toEqual(['create@m/1.sql:1', 'set-not-null@m/2.sql:2 required']);
  });

  it('records a type change with the types before and after', () => {
    const s = replay(base, 'alter table t alter column c type bigint using c::bigint');
    expect(s.touches.get('column:t.c')?.at(-1)).toMatchObject({
      kind: 'alter-type',
      from: 'varchar(20)',
      to: 'bigint',
    });
  });

  it('tracks columns of tables the history does not create by touches only', () => {
    const s = replay('alter table auth_users drop column email');
    expect(s.model.tables.has('auth_users')).toBe(false);
    expect(touches(s, 'column:auth_users.email')).toEqual(['drop@m/1.sql:1']);
  });
});

describe('replaying renames and drops of tables', () => {
  it('RENAME TO moves the table and records both names', () => {
    const s = replay('create table a (x int)', 'alter table a rename to b');
    expect(columns(s, 'b')).toEqual(['x integer']);
    expect(s.model.tables.has('a')).toBe(false);
    expect(touches(s, 'table:a')).toEqual(['create@m/1.sql:1', 'rename-away@m/2.sql:1']);
  });

  it('SET SCHEMA moves the table to the schema', () => {
    expect(
      columns(replay('create table a (x int)', 'alter table a set schema archive'), 'archive.a'),
    ).toEqual(['x integer']);
  });

  it('DROP TABLE removes the table and all its columns', () => {
    const s = replay('create table a (x int)', 'drop table if exists a cascade');
    expect(s.model.tables.size).toBe(0);
    expect(touches(s, 'column:a.x')).toEqual(['create@m/1.sql:1', 'drop@m/2.sql:1']);
  });

  it('a table recreated later exists again', () => {
    const s = replay('create table a (x int)', 'drop table a;\ncreate table a (y int);');
    expect(columns(s, 'a')).toEqual(['y integer']);
    expect(touches(s, 'table:a').at(-1)).toBe('create@m/2.sql:2');
  });

  it('views are relations with unknown columns; DROP VIEW removes them', () => {
    const s = replay('create table a (x int)', 'create view v as select x from a', 'drop view v');
    expect(s.model.tables.has('v')).toBe(false);
    expect(touches(s, 'table:v')).toEqual(['create@m/2.sql:1', 'drop@m/3.sql:1']);
  });
});

describe('replaying enums', () => {
  it.each([
    ['CREATE TYPE … AS ENUM', ["create type status as enum ('a', 'b')"], ['a', 'b']],
    [
      'ADD VALUE appends',
      ["create type status as enum ('a')", "alter type status add value 'b'"],
      ['a', 'b'],
    ],
    [
      'ADD VALUE BEFORE / AFTER',
      ["create type status as enum ('a', 'c')", "alter type status add value 'b' before 'c'"],
      ['a', 'b', 'c'],
    ],
    [
      'ADD VALUE IF NOT EXISTS of an existing value',
      ["create type status as enum ('a')", "alter type status add value if not exists 'a'"],
      ['a'],
    ],
    [
      'RENAME VALUE',
      ["create type status as enum ('a', 'b')", "alter type status rename value 'a' to 'z'"],
      ['z', 'b'],
    ],
  ])('%s', (_name, sql, values) => {
    expect(replay(...sql).model.enums.get('status')?.values).toEqual(values);
  });

  it('renaming an enum renames the columns typed with it', () => {
    const s = replay(
      "create type status as enum ('a'); create table t (s status, ss status[]);",
      'alter type status rename to state',
    );
    expect(columns(s, 't')).toEqual(['s state', 'ss state[]']);
    expect(s.model.enums.has('state')).toBe(true);
  });

  it('records added values with the statement', () => {
    const s = replay("create type status as enum ('a')", "alter type status add value 'b'");
    expect(s.touches.get('enum:status')?.at(-1)).toMatchObject({
      kind: 'add-value',
      to: 'b',
      at: { file: 'm/2.sql', line: 1 },
    });
  });

  it('DROP TYPE removes the enum', () => {
    expect(replay("create type status as enum ('a')", 'drop type status').model.enums.size).toBe(0);
  });
});

describe('statements it does not model', () => {
  it('are ignored, and unparseable files replay what parsed', () => {
    const s = replay(
      'create table t (a int); create index on t (a); insert into t values (1); do $$ begin end $$;',
      'alter table t add column b int; alter tabel oops;',
    );
    expect(columns(s, 't')).toEqual(['a integer', 'b integer']);
  });
});

describe('type families', () => {
  it.each([
    ['varchar(20)', 'text'],
    ['text', 'text'],
    ['integer', 'integer'],
    ['smallint', 'integer'],
    ['bigint', 'bigint'],
    ['timestamptz', 'timestamp'],
    ['timestamp(3)', 'timestamp'],
    ['jsonb', 'json'],
    ['text[]', 'text[]'],
    ['status', 'enum:status'],
    ['tsvector', 'tsvector'],
  ])('%s is %s', (type, family) => expect(typeFamily(type, new Set(['status']))).toBe(family));

  it('knows length limits of bounded character types', () => {
    expect([
      lengthLimit('varchar(50)'),
      lengthLimit('varchar'),
      lengthLimit('text'),
      lengthLimit('varchar(5)[]'),
    ]).toEqual([50, undefined, undefined, undefined]);
  });
});
