import { beforeAll, describe, expect, it } from '@jest/globals';
import type { StatementRef, TouchKind } from '../../src/schema-model/model.js';
import { REPLAYED_KINDS, replayedKinds, SchemaReplay } from '../../src/schema-model/replay.js';
import type { ObjectKind, ReplaySink } from '../../src/schema-model/sink.js';
import { ensureParser } from '../../src/sql/parse.js';
import { parseMigration } from '../../src/gates/migrations/layouts/parse-migration.js';

/** The one interpreter of DDL tells a sink what each statement did; a sink without shapes gets less. */

beforeAll(() => ensureParser());

/** A sink that writes down every call as `line kind name`. */
class Log implements ReplaySink {
  readonly calls: string[] = [];
  constructor(
    readonly shapes: boolean,
    readonly everyObject: boolean,
  ) {}
  created(kind: ObjectKind, name: string, at: StatementRef, required: boolean): void {
    this.calls.push(`${at.line} create ${kind} ${name}${required ? ' required' : ''}`);
  }
  renamed(kind: ObjectKind, from: string, to: string, at: StatementRef): void {
    this.calls.push(`${at.line} rename ${kind} ${from} ${to}`);
  }
  renamedColumn(table: string, from: string, to: string, at: StatementRef): void {
    this.calls.push(`${at.line} rename column ${table} ${from} ${to}`);
  }
  dropped(kind: ObjectKind, name: string, at: StatementRef): void {
    this.calls.push(`${at.line} drop ${kind} ${name}`);
  }
  changed(kind: ObjectKind, name: string, change: TouchKind, at: StatementRef): void {
    this.calls.push(`${at.line} ${change} ${kind} ${name}`);
  }
}

function replay(sql: string, sink: Log): SchemaReplay {
  const r = new SchemaReplay(sink);
  r.applyFile(parseMigration({ path: 'm/1.sql', layout: 'plain', direction: 'up', version: '1' }, sql));
  return r;
}

const HISTORY = [
  'create table t (id int primary key, note text not null);', // 1
  'alter table old add column a int not null, alter column b set default 1;', // 2
  'alter table old alter column b set not null;', // 3
  'alter table old alter column c type bigint;', // 4
  'alter table old rename column a to a2;', // 5
  'alter table t rename to t2;', // 6
  'create view v as select 1;', // 7
  'alter table old drop column d;', // 8
  "create type mood as enum ('a');", // 9
  'create index i on old (b);', // 10
  'drop table t2;', // 11
  'drop table if exists t2;', // 12
  "alter type mood add value 'b';", // 13
].join('\n');

describe('SchemaReplay and its sink', () => {
  it('tells a sink with shapes every change, and one without only what comes and goes', () => {
    const full = replay(HISTORY, new Log(true, false)).sink as Log;
    const lean = replay(HISTORY, new Log(false, false)).sink as Log;
    expect(full.calls).toEqual([
      '1 create table t',
      '1 create column t.id required',
      '1 create column t.note required',
      '2 create column old.a required',
      '2 set-default column old.b',
      '3 set-not-null column old.b',
      '4 alter-type column old.c',
      '5 rename column old a a2',
      '6 rename table t t2',
      '7 create view v',
      '8 drop column old.d',
      '9 create enum mood',
      '11 drop table t2',
      '11 drop column t2.id',
      '11 drop column t2.note',
      '13 add-value enum mood',
    ]);
    // Without shapes: a new table's columns are as new as the table, and what stays is not reported.
    expect(lean.calls).toEqual([
      '1 create table t',
      '2 create column old.a',
      '5 rename column old a a2',
      '6 rename table t t2',
      '7 create view v',
      '8 drop column old.d',
      '9 create enum mood',
      '11 drop table t2',
    ]);
  });

  it('keeps which relations exist without shapes, with no column definitions (every table opaque)', () => {
    const lean = replay(HISTORY.replace(/drop table.*/g, ''), new Log(false, false));
    const t2 = lean.model.tables.get('t2');
    expect(t2).toMatchObject({ kind: 'table', opaque: true });
    expect(t2?.columns.size).toBe(0);
    expect(lean.model.tables.get('v')?.kind).toBe('view');
    expect(lean.model.enums.get('mood')).toEqual({ name: 'mood', values: [] });
    // and the history's replay keeps them all
    expect(replay(HISTORY, new Log(true, false)).model.enums.get('mood')?.values).toEqual(['a', 'b']);
  });

  it('reports the objects the model does not hold only to a sink that asks for every object', () => {
    expect((replay(HISTORY, new Log(false, true)).sink as Log).calls).toContain('10 create index i');
    expect((replay(HISTORY, new Log(true, false)).sink as Log).calls.join('\n')).not.toContain('index');
  });

  it('still honours IF NOT EXISTS against what exists', () => {
    const lean = replay(
      'create table t (id int);\ncreate table if not exists t (id int);',
      new Log(false, false),
    );
    expect((lean.sink as Log).calls).toEqual(['1 create table t']);
  });

  it("records the history's touches with the names as they were: a column rename's are the column's own", () => {
    const history = new SchemaReplay();
    history.applyFile(
      parseMigration({ path: 'm/1.sql', layout: 'plain', direction: 'up', version: '1' }, HISTORY),
    );
    const touches = history.result().touches;
    expect(touches.get('column:old.a')?.at(-1)).toMatchObject({ kind: 'rename-away', to: 'a2' });
    expect(touches.get('column:old.a2')).toMatchObject([{ kind: 'rename-to', from: 'a' }]);
    expect(touches.get('table:t2')?.[0]).toMatchObject({ kind: 'rename-to', from: 't' });
    expect(touches.get('column:old.c')).toMatchObject([{ kind: 'alter-type', to: 'bigint' }]);
    expect(touches.get('enum:mood')?.map((t) => t.kind)).toEqual(['create', 'add-value']);
  });

  it('drops again a name that a rename or a move brought back after it was dropped', () => {
    const sql = [
      'drop table a;', // 1
      'drop table if exists a;', // 2: already gone, drops nothing
      'alter table outside rename to a;', // 3: a table the history never saw takes the name
      'drop table if exists a;', // 4
      'drop table if exists b;', // 5: never dropped here, so maybe present
      'drop table b;', // 6
      'alter table elsewhere.b set schema public;', // 7: the move is a rename of the qualified name
      'drop table if exists b;', // 8
    ].join('\n');
    const calls = (replay(sql, new Log(false, false)).sink as Log).calls;
    expect(calls).toEqual([
      '1 drop table a',
      '3 rename table outside a',
      '4 drop table a',
      '5 drop table b',
      '6 drop table b',
      '7 rename table elsewhere.b b',
      '8 drop table b',
    ]);
  });

  it('says which statement kinds it learns from', () => {
    expect(replayedKinds(false)).toBe(REPLAYED_KINDS);
    expect([replayedKinds(false).has('IndexStmt'), replayedKinds(true).has('IndexStmt')]).toEqual([
      false,
      true,
    ]);
    expect(new SchemaReplay(new Log(false, true)).learnsFrom('CreatePolicyStmt')).toBe(true);
    expect(new SchemaReplay().learnsFrom('CreatePolicyStmt')).toBe(false);
  });
});
