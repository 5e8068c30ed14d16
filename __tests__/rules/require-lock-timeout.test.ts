import { describe, expect, it } from '@jest/globals';
import { lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'require-lock-timeout';

describe(RULE, () => {
  it.each([
    ['ADD COLUMN on an existing table', 'ALTER TABLE users ADD COLUMN nickname text;'],
    ['a Prisma ALTER TABLE', 'ALTER TABLE "User" ADD COLUMN "bio" TEXT;'],
    ['DROP TABLE', 'DROP TABLE legacy_sessions;'],
    ['TRUNCATE', 'TRUNCATE audit_log;'],
    ['a non-concurrent DROP INDEX', 'DROP INDEX users_email_idx;'],
    ['RENAME COLUMN', 'ALTER TABLE users RENAME COLUMN name TO full_name;'],
    ['a timeout switched off with 0', 'SET lock_timeout = 0;\nALTER TABLE users ADD COLUMN nickname text;'],
    ['a timeout switched off with set_config()', "SELECT set_config('lock_timeout', '0', false);\nALTER TABLE users ADD COLUMN nickname text;"],
    ['a timeout reset before the ALTER', "SET lock_timeout = '2s';\nRESET lock_timeout;\nALTER TABLE users ADD COLUMN nickname text;"],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(sql)).toContain(RULE);
  });

  it.each([
    ['SET lock_timeout first', "SET lock_timeout = '2s';\nALTER TABLE users ADD COLUMN nickname text;"],
    ['set_config() first', "SELECT set_config('lock_timeout', '3s', true);\nALTER TABLE users ADD COLUMN nickname text;"],
    ['SET LOCAL lock_timeout first', "BEGIN;\nSET LOCAL lock_timeout TO '5s';\nALTER TABLE users DROP COLUMN legacy;\nCOMMIT;"],
    ['a table created earlier in the change', 'CREATE TABLE notes (id bigint);\nALTER TABLE notes ENABLE ROW LEVEL SECURITY;'],
    ['VALIDATE CONSTRAINT (SHARE UPDATE EXCLUSIVE)', 'ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;'],
    ['a NOT VALID foreign key (SHARE ROW EXCLUSIVE)', 'ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;'],
    ['plain inserts, grants and policies', "INSERT INTO plans (name) VALUES ('free');\nGRANT SELECT ON plans TO anon;\nCREATE POLICY p ON plans FOR SELECT USING (true);"],
    ['ALTER TYPE ADD VALUE', "ALTER TYPE status ADD VALUE 'archived';"],
    ['CREATE INDEX CONCURRENTLY', 'CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (email);'],
  ])('does not flag %s', async (_name, sql) => {
    const hit = await rulesHit(sql);
    expect(hit).not.toContain('syntax-error');
    expect(hit).not.toContain(RULE);
  });

  it('reports once per file, on the first locking statement, as a warning', async () => {
    const sql = [
      'CREATE TABLE teams (id bigint);',
      'ALTER TABLE users ADD COLUMN team_id bigint;',
      'ALTER TABLE users ADD COLUMN role text;',
      'DROP INDEX users_role_idx;',
    ].join('\n');
    const findings = (await lintSql(sql)).filter((f) => f.rule === RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', line: 2, column: 1, class: 'expand' });
    expect(findings[0]!.message).toContain('"users"');
  });
});
