import { describe, expect, it } from '@jest/globals';
import { lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'disallowed-unique-constraint';

describe(RULE, () => {
  it.each([
    ['a named unique constraint', 'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);'],
    ['an unnamed one on two columns', 'ALTER TABLE public.memberships ADD UNIQUE (team_id, user_id);'],
    ['a quoted Prisma-style one', 'ALTER TABLE "User" ADD CONSTRAINT "User_email_key" UNIQUE ("email");'],
    ['an inline UNIQUE in ADD COLUMN', 'ALTER TABLE users ADD COLUMN handle text UNIQUE;'],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(sql)).toContain(RULE);
  });

  it.each([
    ['USING INDEX', 'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx;'],
    ['a table created earlier in the change', 'CREATE TABLE teams (id int, slug text);\nALTER TABLE teams ADD CONSTRAINT teams_slug_key UNIQUE (slug);'],
    ['UNIQUE inside CREATE TABLE', 'CREATE TABLE "Team" ("id" TEXT NOT NULL, "slug" TEXT NOT NULL UNIQUE);'],
    ['a Prisma unique index on a new table', 'CREATE TABLE "Team" ("slug" TEXT NOT NULL);\nCREATE UNIQUE INDEX "Team_slug_key" ON "Team"("slug");'],
    ['a unique index built concurrently', 'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (email);'],
  ])('does not flag %s', async (_name, sql) => {
    const hit = await rulesHit(sql, { layout: 'plain', path: 'migrations/005_unique.sql' });
    expect(hit).not.toContain('syntax-error');
    expect(hit).not.toContain(RULE);
  });

  it('points at the statement', async () => {
    const finding = (await lintSql("SET lock_timeout = '2s';\nALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);")).find(
      (f) => f.rule === RULE,
    );
    expect(finding).toMatchObject({ severity: 'error', line: 2, column: 1, class: 'expand' });
    expect(finding!.message).toContain('"users_email_key"');
    expect(finding!.help).toContain('USING INDEX');
  });
});
