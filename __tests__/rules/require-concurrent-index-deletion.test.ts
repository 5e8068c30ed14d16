import { describe, expect, it } from '@jest/globals';
import { lintFiles, lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'require-concurrent-index-deletion';

describe(RULE, () => {
  it.each([
    ['a plain DROP INDEX', 'DROP INDEX users_email_idx;'],
    ['a Prisma-generated drop', 'DROP INDEX "User_email_key";'],
    ['IF EXISTS with a schema', 'DROP INDEX IF EXISTS public.users_email_idx;'],
    ['several indexes at once', 'DROP INDEX a_idx, b_idx CASCADE;'],
    ['an index not created in this change next to one that was', 'CREATE INDEX CONCURRENTLY tmp_idx ON users (a);\nDROP INDEX tmp_idx, old_idx;'],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(sql)).toContain(RULE);
  });

  it.each([
    ['DROP INDEX CONCURRENTLY', 'DROP INDEX CONCURRENTLY IF EXISTS users_email_idx;'],
    ['an index created earlier in the change', 'CREATE INDEX tmp_idx ON users (a);\nDROP INDEX tmp_idx;'],
    ['an index in a schema created earlier in the change', 'CREATE INDEX tmp_idx ON app.users (a);\nDROP INDEX app.tmp_idx;'],
    ['dropping a table', 'CREATE TABLE t (a int);\nDROP TABLE t;'],
    ['dropping a constraint', 'ALTER TABLE "User" DROP CONSTRAINT "User_email_key";'],
  ])('does not flag %s', async (_name, sql) => {
    const hit = await rulesHit(sql);
    expect(hit).not.toContain('syntax-error');
    expect(hit).not.toContain(RULE);
  });

  it('points at the statement', async () => {
    const finding = (await lintSql("SET lock_timeout = '1s';\n\n    DROP INDEX users_email_idx;")).find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ severity: 'error', line: 3, column: 5, class: 'unknown' });
    expect(finding!.message).toContain('"users_email_idx"');
  });

  it('treats an index created by an earlier file of the same change as new', async () => {
    const [, second] = await lintFiles([{ sql: 'CREATE INDEX tmp_idx ON users (a);' }, { sql: 'DROP INDEX tmp_idx;' }]);
    expect(second!.findings.map((f) => f.rule)).not.toContain(RULE);
  });
});
