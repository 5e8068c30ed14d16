import { describe, expect, it } from '@jest/globals';
import type { MigrationLayoutId } from '../../src/gates/migrations/config.js';
import { lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'ban-concurrent-index-in-transaction';

const at = (layout: MigrationLayoutId, path: string) => ({ layout, path });
const SUPABASE = at('supabase', 'supabase/migrations/20240101000000_idx.sql');
const PRISMA = at('prisma', 'prisma/migrations/20240101000000_idx/migration.sql');
const DRIZZLE = at('drizzle', 'drizzle/0003_idx.sql');
const GOLANG = at('golang-migrate', 'db/000003_idx.up.sql');
const FLYWAY = at('flyway', 'db/migration/V3__idx.sql');
const PLAIN = at('plain', 'migrations/003_idx.sql');
const DBMATE = at('dbmate', 'db/migrations/20240101000000_idx.sql');

describe(RULE, () => {
  it.each([
    ['Supabase', 'CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON public.users (email);', SUPABASE],
    ['Prisma', 'CREATE INDEX CONCURRENTLY "User_email_idx" ON "User"("email");', PRISMA],
    ['Drizzle', 'DROP INDEX CONCURRENTLY IF EXISTS "users_email_idx";', DRIZZLE],
    ['golang-migrate with two statements', 'CREATE INDEX CONCURRENTLY a_idx ON t (a);\nCREATE INDEX CONCURRENTLY b_idx ON t (b);', GOLANG],
    ['Flyway mixed with a transactional statement', 'ALTER TABLE t ADD COLUMN c int;\nCREATE INDEX CONCURRENTLY c_idx ON t (c);', FLYWAY],
    ["a plain file's own BEGIN", 'BEGIN;\nREINDEX INDEX CONCURRENTLY a_idx;\nCOMMIT;', PLAIN],
    ['dbmate without transaction:false', '-- migrate:up\nCREATE INDEX CONCURRENTLY a_idx ON t (a);\n-- migrate:down\nDROP INDEX a_idx;', DBMATE],
  ])('flags %s', async (_name, sql, options) => {
    expect(await rulesHit(sql, options)).toContain(RULE);
  });

  it.each([
    ['golang-migrate with the index alone in its file', 'CREATE INDEX CONCURRENTLY IF NOT EXISTS a_idx ON t (a);', GOLANG],
    ['Flyway with only non-transactional statements', 'CREATE INDEX CONCURRENTLY IF NOT EXISTS a_idx ON t (a);\nCREATE INDEX CONCURRENTLY IF NOT EXISTS b_idx ON t (b);', FLYWAY],
    ['dbmate with transaction:false', '-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY IF NOT EXISTS a_idx ON t (a);\n-- migrate:down\nDROP INDEX a_idx;', DBMATE],
    ['a plain runner', "SET lock_timeout = '2s';\nDROP INDEX CONCURRENTLY IF EXISTS a_idx;", PLAIN],
    ['a non-concurrent index in Supabase', 'CREATE TABLE t (a int);\nCREATE INDEX t_a_idx ON t (a);', SUPABASE],
  ])('does not flag %s', async (_name, sql, options) => {
    const hit = await rulesHit(sql, options);
    expect(hit).not.toContain('syntax-error');
    expect(hit).not.toContain(RULE);
  });

  it('names the runner and points at the statement', async () => {
    const finding = (await lintSql('-- index\n  CREATE INDEX CONCURRENTLY a_idx ON t (a);', PRISMA)).find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ severity: 'error', line: 2, column: 3, class: 'expand' });
    expect(finding!.message).toContain('Prisma runs each migration file in a transaction');
    expect(finding!.help).toContain('prisma migrate resolve');
  });

  it.each([
    ['dbmate', DBMATE, '-- migrate:up\nCREATE INDEX CONCURRENTLY a_idx ON t (a);', 'transaction:false'],
    ['golang-migrate', GOLANG, 'CREATE INDEX CONCURRENTLY a_idx ON t (a);\nCREATE INDEX CONCURRENTLY b_idx ON t (b);', 'alone'],
    ['Flyway', FLYWAY, 'ALTER TABLE t ADD COLUMN c int;\nCREATE INDEX CONCURRENTLY c_idx ON t (c);', 'only non-transactional'],
  ])('tells %s users how to run it outside a transaction', async (_name, options, sql, advice) => {
    const finding = (await lintSql(sql, options)).find((f) => f.rule === RULE);
    expect(finding!.help).toContain(advice);
  });
});
