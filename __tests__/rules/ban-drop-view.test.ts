import { describe, expect, it } from '@jest/globals';
import { lintFiles, lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'ban-drop-view';

describe(RULE, () => {
  it.each([
    ['a plain drop', 'DROP VIEW active_users;'],
    ['IF EXISTS, schema and CASCADE', 'DROP VIEW IF EXISTS public.active_users CASCADE;'],
    ['a materialized view', 'DROP MATERIALIZED VIEW daily_sales;'],
    ['a quoted name', 'DROP VIEW "UserStats";'],
    ['a drop recreated under another name', 'DROP VIEW active_users;\nCREATE VIEW active_accounts AS SELECT 1;'],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(sql)).toContain(RULE);
  });

  it.each([
    ['a view created earlier in the change', 'CREATE VIEW v AS SELECT 1;\nDROP VIEW v;'],
    ['a materialized view created earlier in the change', 'CREATE MATERIALIZED VIEW mv AS SELECT 1;\nDROP MATERIALIZED VIEW mv;'],
    ['a drop followed by CREATE of the same name', 'DROP VIEW IF EXISTS public.active_users;\nCREATE VIEW active_users AS SELECT id FROM users;'],
    ['a materialized view recreated', 'DROP MATERIALIZED VIEW daily_sales;\nCREATE MATERIALIZED VIEW daily_sales AS SELECT 1;'],
    ['CREATE OR REPLACE VIEW', 'CREATE OR REPLACE VIEW active_users AS SELECT id FROM users WHERE active;'],
  ])('does not flag %s', async (_name, sql) => {
    const hits = await rulesHit(sql);
    expect(hits).not.toContain('syntax-error');
    expect(hits).not.toContain(RULE);
  });

  it('points at the statement and classifies it as contract', async () => {
    const finding = (await lintSql('\n DROP MATERIALIZED VIEW IF EXISTS daily_sales;')).find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ rule: RULE, severity: 'error', line: 2, column: 2, class: 'contract' });
    expect(finding!.message).toContain('materialized view "daily_sales"');
  });

  it('treats a view created by an earlier file of the same change as new', async () => {
    const [, second] = await lintFiles([{ sql: 'CREATE VIEW v AS SELECT 1;' }, { sql: 'DROP VIEW v;' }]);
    expect(second!.findings.map((f) => f.rule)).not.toContain(RULE);
  });
});
