import { describe, expect, it } from '@jest/globals';
import { lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'renaming-schema';

describe(RULE, () => {
  it('flags renaming an existing schema as a contract change', async () => {
    const [finding] = (await lintSql('ALTER SCHEMA billing RENAME TO payments;')).filter((f) => f.rule === RULE);
    expect(finding).toMatchObject({ severity: 'error', class: 'contract' });
    expect(finding!.message).toContain('"billing" to "payments"');
  });

  it.each([
    ['a schema this change creates', 'CREATE SCHEMA scratch;\nALTER SCHEMA scratch RENAME TO staging;'],
    ['renaming a table', 'ALTER TABLE a RENAME TO b;'],
  ])('does not flag %s', async (_name, sql) => {
    const hit = await rulesHit(sql);
    expect(hit).not.toContain('syntax-error');
    expect(hit).not.toContain(RULE);
  });
});
