import { describe, expect, it } from '@jest/globals';
import type { MigrationLayoutId } from '../../src/gates/migrations/config.js';
import { lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'require-if-not-exists';

const at = (layout: MigrationLayoutId, path: string) => ({ layout, path });
const PLAIN = at('plain', 'migrations/006_change.sql');
const GOLANG = at('golang-migrate', 'db/000006_change.up.sql');
const FLYWAY = at('flyway', 'db/migration/V6__change.sql');
const DBMATE = at('dbmate', 'db/migrations/20240101000000_change.sql');

describe(RULE, () => {
  it.each([
    ['CREATE INDEX CONCURRENTLY alone in a golang-migrate file', 'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);', GOLANG],
    ['CREATE INDEX CONCURRENTLY in a Flyway file', 'CREATE INDEX CONCURRENTLY a_idx ON t (a);\nCREATE INDEX CONCURRENTLY IF NOT EXISTS b_idx ON t (b);', FLYWAY],
    ['an unnamed concurrent index', 'CREATE INDEX CONCURRENTLY ON users (email);', GOLANG],
    ['CREATE TABLE in a multi-statement plain file', 'CREATE TABLE teams (id bigint);\nCREATE TABLE members (id bigint);', PLAIN],
    ['ADD COLUMN in a multi-statement plain file', "SET lock_timeout = '2s';\nALTER TABLE users ADD COLUMN team_id bigint;\nALTER TABLE users ADD COLUMN IF NOT EXISTS role text;", PLAIN],
    [
      'dbmate with transaction:false',
      '-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY a_idx ON t (a);\n-- migrate:down\nDROP INDEX CONCURRENTLY a_idx;',
      DBMATE,
    ],
  ])('flags %s', async (_name, sql, options) => {
    expect(await rulesHit(sql, options)).toContain(RULE);
  });

  it.each([
    ['a Supabase migration (one transaction)', 'CREATE TABLE teams (id bigint);\nALTER TABLE users ADD COLUMN team_id bigint;', at('supabase', 'supabase/migrations/20240101000000_x.sql')],
    ['a Prisma migration (one transaction)', 'CREATE TABLE "Team" ("id" TEXT NOT NULL);\nCREATE INDEX "Team_id_idx" ON "Team"("id");', at('prisma', 'prisma/migrations/1_x/migration.sql')],
    ['a Drizzle migration (one transaction)', 'CREATE TABLE "teams" ("id" serial PRIMARY KEY);\n--> statement-breakpoint\nALTER TABLE "users" ADD COLUMN "team_id" integer;', at('drizzle', 'drizzle/0001_x.sql')],
    ['CREATE INDEX CONCURRENTLY IF NOT EXISTS', 'CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (email);', GOLANG],
    ['a single atomic statement outside a transaction', 'CREATE TABLE teams (id bigint);', PLAIN],
    ['IF NOT EXISTS everywhere', 'CREATE TABLE IF NOT EXISTS teams (id bigint);\nALTER TABLE users ADD COLUMN IF NOT EXISTS team_id bigint;', PLAIN],
    ["a plain file's own BEGIN … COMMIT", 'BEGIN;\nCREATE TABLE teams (id bigint);\nALTER TABLE users ADD COLUMN team_id bigint;\nCOMMIT;', PLAIN],
  ])('does not flag %s', async (_name, sql, options) => {
    const hit = await rulesHit(sql, options);
    expect(hit).not.toContain('syntax-error');
    expect(hit).not.toContain(RULE);
  });

  it('points at the statement, as a warning', async () => {
    const finding = (await lintSql('-- index\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);', GOLANG)).find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ severity: 'warning', line: 2, column: 1, class: 'expand' });
    expect(finding!.message).toContain('INVALID');
  });
});
