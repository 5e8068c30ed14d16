import { describe, expect, it } from '@jest/globals';
import { lintFiles, lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'ban-drop-column';

describe(RULE, () => {
  it.each([
    ['a plain drop', 'ALTER TABLE users DROP COLUMN email;'],
    ['IF EXISTS and CASCADE', 'ALTER TABLE IF EXISTS public.users DROP COLUMN IF EXISTS email CASCADE;'],
    ['one of several commands', 'ALTER TABLE users ADD COLUMN nickname text, DROP COLUMN email;'],
    ['COLUMN keyword omitted', 'ALTER TABLE users DROP email;'],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(sql)).toContain(RULE);
  });

  it.each([
    ['a column added earlier in the change', 'ALTER TABLE users ADD COLUMN tmp text;\nALTER TABLE users DROP COLUMN tmp;'],
    ['a table created earlier in the change', 'CREATE TABLE t (a int, b int);\nALTER TABLE t DROP COLUMN b;'],
    ['adding a column', 'ALTER TABLE users ADD COLUMN nickname text;'],
    ['dropping a constraint', 'ALTER TABLE users DROP CONSTRAINT users_email_key;'],
  ])('does not flag %s', async (_name, sql) => {
    expect(await rulesHit(sql)).not.toContain(RULE);
  });

  it('points at the statement and classifies it as contract', async () => {
    const [finding] = await lintSql('-- remove email\n\n  ALTER TABLE users DROP COLUMN email;');
    expect(finding).toMatchObject({ rule: RULE, severity: 'error', line: 3, column: 3, class: 'contract' });
    expect(finding!.message).toContain('"email"');
  });

  it('treats a column created by an earlier file of the same change as new', async () => {
    const [, second] = await lintFiles([{ sql: 'ALTER TABLE users ADD COLUMN tmp text;' }, { sql: 'ALTER TABLE users DROP COLUMN tmp;' }]);
    expect(second!.findings.map((f) => f.rule)).not.toContain(RULE);
  });

  it('is silenced by an ignore comment with a reason, and only for the next statement', async () => {
    const sql = [
      '-- rollback-ready-ignore ban-drop-column: v1.3 stopped reading email',
      'ALTER TABLE users DROP COLUMN email;',
      'ALTER TABLE users DROP COLUMN phone;',
    ].join('\n');
    const findings = await lintSql(sql);
    expect(findings.filter((f) => f.rule === RULE).map((f) => f.line)).toEqual([3]);
  });
});
