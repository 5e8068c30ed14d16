import { describe, expect, it } from '@jest/globals';
import { lintFiles, lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'adding-required-field';

describe(RULE, () => {
  it.each([
    ['a NOT NULL column without a default', 'ALTER TABLE users ADD COLUMN org_id int NOT NULL;'],
    ['a Prisma-generated required column', 'ALTER TABLE "User" ADD COLUMN "role" TEXT NOT NULL;'],
    ['DEFAULT NULL, which is no default', 'ALTER TABLE users ADD COLUMN org_id int NOT NULL DEFAULT NULL;'],
    ['one of several commands', 'ALTER TABLE public.users ADD COLUMN nickname text, ADD COLUMN tenant uuid NOT NULL;'],
    ['an inline primary key without a value', 'ALTER TABLE users ADD COLUMN uid uuid PRIMARY KEY;'],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(sql)).toContain(RULE);
  });

  it.each([
    ['a nullable column', 'ALTER TABLE users ADD COLUMN nickname text;'],
    ['a constant default', 'ALTER TABLE "User" ADD COLUMN "active" BOOLEAN NOT NULL DEFAULT true;'],
    ['an identity column', 'ALTER TABLE users ADD COLUMN seq bigint NOT NULL GENERATED ALWAYS AS IDENTITY;'],
    ['a serial column', 'ALTER TABLE users ADD COLUMN seq bigserial NOT NULL;'],
    ['a generated column', 'ALTER TABLE users ADD COLUMN full_name text NOT NULL GENERATED ALWAYS AS (first || last) STORED;'],
    ['a table created earlier in the change', 'CREATE TABLE teams (id int);\nALTER TABLE teams ADD COLUMN name text NOT NULL;'],
    ['a NOT NULL column in CREATE TABLE', 'CREATE TABLE "Post" ("id" SERIAL NOT NULL, "title" TEXT NOT NULL);'],
  ])('does not flag %s', async (_name, sql) => {
    const hit = await rulesHit(sql);
    expect(hit).not.toContain('syntax-error');
    expect(hit).not.toContain(RULE);
  });

  it('points at the statement and classifies it as contract', async () => {
    const findings = await lintSql('SET lock_timeout = \'2s\';\n  ALTER TABLE users ADD COLUMN org_id int NOT NULL;');
    const finding = findings.find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ severity: 'error', line: 2, column: 3, class: 'contract' });
    expect(finding!.message).toContain('"org_id"');
  });

  it('treats a table created by an earlier file of the same change as new', async () => {
    const [, second] = await lintFiles([{ sql: 'CREATE TABLE teams (id int);' }, { sql: 'ALTER TABLE teams ADD COLUMN name text NOT NULL;' }]);
    expect(second!.findings.map((f) => f.rule)).not.toContain(RULE);
  });
});
