import { describe, expect, it } from '@jest/globals';
import { lintFiles, lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'ban-drop-sequence';

describe(RULE, () => {
  it.each([
    ['a plain drop', 'DROP SEQUENCE invoice_number_seq;'],
    ['CASCADE', 'DROP SEQUENCE IF EXISTS public.invoice_number_seq CASCADE;'],
    ['several sequences', 'DROP SEQUENCE a_seq, billing.b_seq;'],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(sql)).toContain(RULE);
  });

  it.each([
    ['a sequence created earlier in the file', 'CREATE SEQUENCE scratch_seq;\nDROP SEQUENCE scratch_seq;'],
    ['creating a sequence', 'CREATE SEQUENCE IF NOT EXISTS order_ref_seq;'],
    ['dropping a table', 'CREATE TABLE t (id serial);\nDROP TABLE t;'],
  ])('does not flag %s', async (_name, sql) => {
    const hits = await rulesHit(sql);
    expect(hits).not.toContain('syntax-error');
    expect(hits).not.toContain(RULE);
  });

  it('says what CASCADE drops, points at the statement and is a contract error', async () => {
    const finding = (await lintSql('SET lock_timeout = 1000;\nDROP SEQUENCE order_ref_seq CASCADE;')).find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ severity: 'error', line: 2, class: 'contract' });
    expect(finding!.message).toContain("nextval('order_ref_seq')");
    expect(finding!.message).toContain('CASCADE also drops every column default');
  });

  it('accepts dropping a sequence an earlier file of the same change created', async () => {
    const [, second] = await lintFiles([{ sql: 'CREATE SEQUENCE scratch_seq;' }, { sql: 'DROP SEQUENCE scratch_seq;' }]);
    expect(second!.findings.map((f) => f.rule)).not.toContain(RULE);
  });
});
