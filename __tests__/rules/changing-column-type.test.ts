import { describe, expect, it } from '@jest/globals';
import { lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'changing-column-type';

describe(RULE, () => {
  it.each([
    ['int to bigint', 'ALTER TABLE users ALTER COLUMN id TYPE bigint;'],
    ['a Prisma SET DATA TYPE', 'ALTER TABLE "Order" ALTER COLUMN "total" SET DATA TYPE DOUBLE PRECISION;'],
    ['a Prisma enum cast with USING', 'ALTER TABLE "User" ALTER COLUMN "role" TYPE "Role" USING ("role"::text::"Role");'],
    ['a cast to text with a USING expression', 'ALTER TABLE users ALTER COLUMN code TYPE text USING lower(code);'],
    ['a numeric with a precision and scale, which may narrow', 'ALTER TABLE "Product" ALTER COLUMN "price" SET DATA TYPE DECIMAL(10,2);'],
    ['a bounded varchar, which may narrow', 'ALTER TABLE "users" ALTER COLUMN "bio" SET DATA TYPE varchar(20);'],
    ['a Prisma narrowing from Decimal to INTEGER', 'ALTER TABLE "Product" ALTER COLUMN "price" SET DATA TYPE INTEGER;'],
    ['timestamptz without a UTC session', 'ALTER TABLE events ALTER COLUMN at TYPE timestamptz;'],
    ['text to jsonb', 'ALTER TABLE events ALTER COLUMN payload TYPE jsonb USING payload::jsonb;'],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(sql)).toContain(RULE);
  });

  it.each([
    ['widening to text', 'ALTER TABLE users ALTER COLUMN name TYPE text;'],
    ['a Prisma change to unbounded TEXT', 'ALTER TABLE "User" ALTER COLUMN "bio" SET DATA TYPE TEXT;'],
    ['widening to unbounded varchar', 'ALTER TABLE users ALTER COLUMN name TYPE character varying;'],
    ['numeric to unconstrained numeric', 'ALTER TABLE prices ALTER COLUMN amount TYPE numeric;'],
    ['cidr to inet', 'ALTER TABLE hosts ALTER COLUMN net TYPE inet;'],
    ['timestamp to timestamptz with the session in UTC', "SET timezone = 'UTC';\nALTER TABLE events ALTER COLUMN at TYPE timestamptz;"],
    ['a table created earlier in the change', 'CREATE TABLE t (a int);\nALTER TABLE t ALTER COLUMN a TYPE bigint;'],
  ])('does not flag %s', async (_name, sql) => {
    const hit = await rulesHit(sql);
    expect(hit).not.toContain('syntax-error');
    expect(hit).not.toContain(RULE);
  });

  it('points at the statement and classifies a change of type family as contract', async () => {
    const finding = (await lintSql('\n\nALTER TABLE users ALTER COLUMN id TYPE bigint;')).find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ severity: 'error', line: 3, column: 1, class: 'contract' });
    expect(finding!.message).toContain('"id"');
    expect(finding!.message).toContain('bigint');
  });

  it.each([
    ['varchar', 'ALTER TABLE users ALTER COLUMN name TYPE varchar(255);'],
    ['numeric', 'ALTER TABLE prices ALTER COLUMN amount TYPE numeric(12,2);'],
  ])('does not call a bounded %s a contract change, since it may only widen', async (_type, sql) => {
    const finding = (await lintSql(sql)).find((f) => f.rule === RULE);
    expect(finding?.class).toBe('unknown');
    expect(finding!.help).toContain('ignore comment');
  });

  it('keeps the timestamptz rewrite on Postgres 11 even in UTC', async () => {
    const sql = "SET TIME ZONE 'UTC';\nALTER TABLE events ALTER COLUMN at TYPE timestamptz;";
    expect(await rulesHit(sql, { config: { 'pg-version': 11 } })).toContain(RULE);
  });
});

describe('changing-column-type on a column added earlier in the change', () => {
  it('flags narrowing it: the existing table is rewritten, though the previous release does not use the column', async () => {
    const sql = "SET lock_timeout = '2s';\nALTER TABLE users ADD COLUMN code varchar(255);\nALTER TABLE users ALTER COLUMN code TYPE varchar(20);";
    const [finding] = (await lintSql(sql)).filter((f) => f.rule === 'changing-column-type');
    expect(finding).toMatchObject({ severity: 'error', line: 3 });
    expect(finding!.message).toContain('"code" (added earlier in this change)');
    expect(finding!.class).not.toBe('contract');
  });

  it('does not flag it on a table the change creates', async () => {
    const sql = 'CREATE TABLE t (code varchar(255));\nALTER TABLE t ALTER COLUMN code TYPE varchar(20);';
    expect((await lintSql(sql)).map((f) => f.rule)).not.toContain('changing-column-type');
  });
});
