import { describe, expect, it } from '@jest/globals';
import { lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'ban-drop-database';

describe(RULE, () => {
  it.each([
    ['a plain drop', 'DROP DATABASE analytics;'],
    ['IF EXISTS', 'DROP DATABASE IF EXISTS analytics;'],
    ['WITH (FORCE)', 'DROP DATABASE analytics WITH (FORCE);'],
    ['a quoted name', 'DROP DATABASE "Shop-Prod";'],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(sql)).toContain(RULE);
  });

  it.each([
    ['a database created earlier in the file', 'CREATE DATABASE scratch;\nDROP DATABASE scratch;'],
    ['dropping a schema', 'DROP SCHEMA IF EXISTS legacy;'],
    ['dropping a table', 'DROP TABLE IF EXISTS tmp;'],
    ['renaming a database', 'ALTER DATABASE a RENAME TO b;'],
  ])('does not flag %s', async (_name, sql) => {
    const hits = await rulesHit(sql);
    expect(hits).not.toContain('syntax-error');
    expect(hits).not.toContain(RULE);
  });

  it('points at the statement and classifies it as contract', async () => {
    const finding = (await lintSql('\n    DROP DATABASE analytics;')).find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ rule: RULE, severity: 'error', line: 2, column: 5, class: 'contract' });
    expect(finding!.message).toContain('"analytics"');
  });
});
