import { describe, expect, it } from '@jest/globals';
import { lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'setting-not-null';

describe(RULE, () => {
  it.each([
    ['a plain SET NOT NULL', 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;', {}],
    ['a Prisma-generated tightening', 'ALTER TABLE "User" ALTER COLUMN "name" SET NOT NULL;', {}],
    ['one of several commands', 'ALTER TABLE users ALTER COLUMN email SET NOT NULL, ALTER COLUMN name SET DEFAULT \'\';', {}],
    ['a column added and backfilled in the change with no default', 'ALTER TABLE users ADD COLUMN org_id int;\nUPDATE users SET org_id = 1 WHERE org_id IS NULL;\nALTER TABLE users ALTER COLUMN org_id SET NOT NULL;', {}],
    ['a NOT VALID check that was never validated', 'ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;', {}],
    ['a validated check on Postgres 11', 'ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;', { config: { 'pg-version': 11 } }],
  ])('flags %s', async (_name, sql, options) => {
    expect(await rulesHit(sql, options)).toContain(RULE);
  });

  it.each([
    ['a table created earlier in the change', 'CREATE TABLE teams (id int, name text);\nALTER TABLE teams ALTER COLUMN name SET NOT NULL;'],
    ['a validated CHECK (col IS NOT NULL) in the same file', 'ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;\nALTER TABLE users VALIDATE CONSTRAINT users_email_nn;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;'],
    ['a VALIDATE of a check added by an earlier migration', 'ALTER TABLE "User" VALIDATE CONSTRAINT "User_email_not_null";\nALTER TABLE "User" ALTER COLUMN "email" SET NOT NULL;'],
    ['DROP NOT NULL', 'ALTER TABLE users ALTER COLUMN email DROP NOT NULL;'],
    ['NOT NULL declared in CREATE TABLE', 'CREATE TABLE "Post" ("id" TEXT NOT NULL, CONSTRAINT "Post_pkey" PRIMARY KEY ("id"));'],
  ])('does not flag %s', async (_name, sql) => {
    const hit = await rulesHit(sql);
    expect(hit).not.toContain('syntax-error');
    expect(hit).not.toContain(RULE);
  });

  it('points at the statement and classifies it as contract', async () => {
    const [finding] = (await lintSql('-- tighten\nALTER TABLE users ALTER COLUMN email SET NOT NULL;')).filter((f) => f.rule === RULE);
    expect(finding).toMatchObject({ severity: 'error', line: 2, column: 1, class: 'contract' });
    expect(finding!.message).toContain('"email"');
    expect(finding!.help).toContain('NOT VALID');
  });

  it.each([
    ['an earlier statement', "ALTER TABLE users ADD COLUMN plan text DEFAULT 'free';\nALTER TABLE users ALTER COLUMN plan SET NOT NULL;"],
    ['the same statement', "ALTER TABLE users ADD COLUMN plan text DEFAULT 'free', ALTER COLUMN plan SET NOT NULL;"],
  ])('treats a new column with a default added in %s as a lock problem only', async (_where, sql) => {
    const finding = (await lintSql(sql)).find((f) => f.rule === RULE);
    expect(finding?.class).not.toBe('contract');
    expect(finding!.help).toContain('constant DEFAULT');
  });
});
