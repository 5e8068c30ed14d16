import { describe, expect, it } from '@jest/globals';
import { lintFiles, lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'renaming-column';

describe(RULE, () => {
  it.each([
    ['a plain rename', 'ALTER TABLE users RENAME COLUMN email TO email_address;'],
    ['COLUMN keyword omitted, schema and IF EXISTS', 'ALTER TABLE IF EXISTS public.users RENAME email TO email_address;'],
    ['a Prisma rename with quoted names', 'ALTER TABLE "User" RENAME COLUMN "name" TO "fullName";'],
    ['a drizzle-kit rename', 'ALTER TABLE "users" RENAME COLUMN "name" TO "full_name";--> statement-breakpoint\nALTER TABLE "users" ADD COLUMN "age" integer;'],
    ['a column of an existing view', 'ALTER VIEW active_users RENAME COLUMN email TO mail;'],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(sql)).toContain(RULE);
  });

  it.each([
    ['a column added earlier in the change', 'ALTER TABLE users ADD COLUMN tmp text;\nALTER TABLE users RENAME COLUMN tmp TO nickname;'],
    ['a table created earlier in the change', 'CREATE TABLE t (a int);\nALTER TABLE t RENAME COLUMN a TO b;'],
    ['renaming a constraint', 'ALTER TABLE users RENAME CONSTRAINT users_email_key TO users_email_unique;'],
    ['renaming an index', 'ALTER INDEX users_email_idx RENAME TO users_email_index;'],
    ['adding a column', 'ALTER TABLE "User" ADD COLUMN "fullName" TEXT;'],
  ])('does not flag %s', async (_name, sql) => {
    const hits = await rulesHit(sql);
    expect(hits).not.toContain('syntax-error');
    expect(hits).not.toContain(RULE);
  });

  it('points at the statement and classifies it as contract', async () => {
    const finding = (await lintSql('-- rename\nALTER TABLE users\n  RENAME COLUMN email TO email_address;')).find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ rule: RULE, severity: 'error', line: 2, column: 1, endLine: 3, class: 'contract' });
    expect(finding!.message).toContain('"email"');
    expect(finding!.message).toContain('"email_address"');
  });

  it('treats a column added by an earlier file of the same change as new', async () => {
    const [, second] = await lintFiles([{ sql: 'ALTER TABLE users ADD COLUMN tmp text;' }, { sql: 'ALTER TABLE users RENAME tmp TO nick;' }]);
    expect(second!.findings.map((f) => f.rule)).not.toContain(RULE);
  });
});
