import { afterAll, describe, expect, it } from '@jest/globals';
import type { Finding } from '../../src/core/finding.js';
import { onlyWidens } from '../../src/schema-model/types.js';
import type { TempRepo } from '../support/git-repo.js';
import { historyRepo, runMigrationsGate } from './repos.js';

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.remove()));

describe('onlyWidens', () => {
  it.each([
    ['varchar(256)', 'varchar(1000)'],
    ['varchar(50)', 'varchar(50)'],
    ['varchar(50)', 'varchar'],
    ['varchar(50)', 'text'],
    ['varchar(20)[]', 'varchar(40)[]'],
    ['varbit(8)', 'varbit(16)'],
    ['numeric(10,2)', 'numeric(12,2)'],
    ['numeric(10)', 'numeric(12,0)'],
    ['numeric(10,2)', 'numeric'],
    ['cidr', 'inet'],
    ['text', 'varchar'],
  ])('%s → %s only widens', (from, to) => {
    expect(onlyWidens(from, to)).toBe(true);
  });

  it.each([
    ['varchar(1000)', 'varchar(256)'],
    ['varchar', 'varchar(1000)'],
    ['text', 'varchar(1000)'],
    ['varchar(20)', 'varchar(40)[]'],
    ['varbit', 'varbit(16)'],
    ['numeric(10,2)', 'numeric(12,4)'],
    ['numeric(12,2)', 'numeric(10,2)'],
    ['numeric', 'numeric(12,2)'],
    ['integer', 'bigint'],
    ['char(5)', 'char(10)'],
    ['inet', 'cidr'],
  ])('%s → %s does not', (from, to) => {
    expect(onlyWidens(from, to)).toBe(false);
  });
});

const INIT = 'migrations/001_init.sql';
const CHANGE = 'migrations/002_types.sql';

async function lintChange(init: string, change: string): Promise<Finding[]> {
  const repo = historyRepo({ v100: { [INIT]: init }, feature: { [CHANGE]: change } });
  repos.push(repo);
  const outcome = await runMigrationsGate(repo);
  return outcome.findings.filter((f) => f.rule === 'changing-column-type');
}

describe('changing-column-type judged by the migration history of a change', () => {
  const init =
    'create table users (id bigint primary key, bio varchar(256), name text, price numeric(10,2));\n';

  it('widening a varchar the history knows is a notice that names both types', async () => {
    const [hit, ...rest] = await lintChange(init, 'alter table users alter column bio type varchar(1000);\n');
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ severity: 'notice', file: CHANGE, line: 1 });
    expect(hit!.message).toMatch(
      /^Safe: this only widens column "bio" of "users" from varchar\(256\) to varchar\(1000\) \(its type in the migration history\)/,
    );
    expect(hit!.help).toContain('Without the migration history this would be: Changing column "bio"');
  });

  it('text → varchar(n) still blocks, and says the history has it as text', async () => {
    const [hit] = await lintChange(init, 'alter table users alter column name type varchar(1000);\n');
    expect(hit).toMatchObject({ severity: 'error', file: CHANGE, line: 1 });
    expect(hit!.message).toContain('The migration history has column "name" of "users" as text.');
  });

  it('judges each column of one statement on its own', async () => {
    const hits = await lintChange(
      init,
      'alter table users alter column price type numeric(12,2), alter column bio type varchar(100);\n',
    );
    expect(hits.map((h) => h.severity)).toEqual(['notice', 'error']);
    expect(hits[0]!.message).toContain('from numeric(10,2) to numeric(12,2)');
    expect(hits[1]!.message).toContain('The migration history has column "bio" of "users" as varchar(256).');
  });

  it('a change the rule takes for a widening, but that the history shows rewrites, gets the rule hit', async () => {
    const init2 =
      'create table events (id bigint primary key, kind integer, at timestamp, note varchar(50));\n';
    const [hit, ...rest] = await lintChange(init2, 'alter table events alter column kind type text;\n');
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ severity: 'error', class: 'contract', file: CHANGE, line: 1 });
    expect(hit!.message).toBe(
      'Changing the type of column "kind" of existing table "events" from integer (its type in the migration history) to text rewrites the whole table and its indexes under an ACCESS EXCLUSIVE lock (no reads or writes until it finishes), and the previous release reads and writes the old type.',
    );
  });

  it('changes Postgres makes in the catalog stay quiet', async () => {
    const init2 = 'create table events (id bigint primary key, kind text, at timestamp, note varchar(50));\n';
    const change = [
      'alter table events alter column note type text;',
      'alter table events alter column kind type varchar;',
      "set timezone = 'UTC';",
      'alter table events alter column at type timestamptz;',
      '',
    ].join('\n');
    expect(await lintChange(init2, change)).toEqual([]);
  });

  it('text → timestamptz is a rewrite even with a UTC session', async () => {
    const init2 = 'create table events (id bigint primary key, at text);\n';
    const [hit] = await lintChange(
      init2,
      "set timezone = 'UTC';\nalter table events alter column at type timestamptz;\n",
    );
    expect(hit).toMatchObject({ severity: 'error', line: 2 });
    expect(hit!.message).toContain('from text (its type in the migration history) to timestamptz rewrites');
  });

  it('a USING expression keeps its verdict whatever the type was, and is reported once', async () => {
    const hits = await lintChange(
      init,
      'alter table users alter column bio type varchar(1000) using lower(bio);\n',
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ severity: 'error', class: 'contract' });
    expect(hits[0]!.message).toContain('with a USING expression rewrites the whole table');
  });

  it('a column the history does not know keeps the rule verdict, and says plainly the old type is unknown', async () => {
    const [hit] = await lintChange(init, 'alter table accounts alter column bio type varchar(1000);\n');
    expect(hit).toMatchObject({ severity: 'error' });
    expect(hit!.message).toContain(
      'The current type of column "bio" of "accounts" is in neither this migration nor the migration history, so the direction of the change is unknown',
    );
  });
});
