import { describe, expect, it } from '@jest/globals';
import { lintFiles, lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'ban-drop-schema';

describe(RULE, () => {
  it.each([
    ['a plain drop', 'DROP SCHEMA legacy;'],
    ['CASCADE', 'DROP SCHEMA IF EXISTS legacy CASCADE;'],
    ['several schemas', 'DROP SCHEMA reporting, staging;'],
    ['a quoted name', 'DROP SCHEMA "Analytics" CASCADE;'],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(sql)).toContain(RULE);
  });

  it.each([
    ['a schema created earlier in the file', 'CREATE SCHEMA scratch;\nDROP SCHEMA scratch;'],
    ['creating a schema', 'CREATE SCHEMA IF NOT EXISTS extensions;'],
    ['dropping a table in a schema', 'CREATE TABLE legacy.t (id int);\nDROP TABLE legacy.t;'],
    ['a Supabase grant on a schema', 'GRANT USAGE ON SCHEMA api TO anon, authenticated;'],
  ])('does not flag %s', async (_name, sql) => {
    const hits = await rulesHit(sql);
    expect(hits).not.toContain('syntax-error');
    expect(hits).not.toContain(RULE);
  });

  it('points at the statement and classifies it as contract', async () => {
    const finding = (await lintSql('SET lock_timeout = 1000;\nDROP SCHEMA legacy CASCADE;')).find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ rule: RULE, severity: 'error', line: 2, column: 1, class: 'contract' });
    expect(finding!.message).toContain('"legacy"');
    expect(finding!.message).toContain('CASCADE');
  });
});

describe('ban-drop-schema across files', () => {
  it('accepts dropping a schema created by an earlier file of the same change', async () => {
    const [, second] = await lintFiles([{ sql: 'CREATE SCHEMA scratch;' }, { sql: 'DROP SCHEMA scratch;' }]);
    expect(second!.findings.map((f) => f.rule)).not.toContain('ban-drop-schema');
  });
});
