import { describe, expect, it } from '@jest/globals';
import { lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'adding-volatile-default';

describe(RULE, () => {
  it.each([
    ['gen_random_uuid()', 'ALTER TABLE users ADD COLUMN k uuid DEFAULT gen_random_uuid();', {}],
    ['a Prisma uuid default', 'ALTER TABLE "User" ADD COLUMN "publicId" UUID NOT NULL DEFAULT gen_random_uuid();', {}],
    ['a Supabase extension call', 'ALTER TABLE public.users ADD COLUMN token text DEFAULT encode(extensions.gen_random_bytes(16), \'hex\');', {}],
    ['clock_timestamp()', 'ALTER TABLE users ADD COLUMN seen_at timestamptz DEFAULT clock_timestamp();', {}],
    ['random() inside an expression', 'ALTER TABLE users ADD COLUMN bucket int DEFAULT (random() * 100)::int;', {}],
    ['nextval()', "ALTER TABLE users ADD COLUMN n bigint DEFAULT nextval('users_n_seq');", {}],
    ['a function created VOLATILE in the same file', "CREATE FUNCTION new_code() RETURNS text LANGUAGE sql AS $$ SELECT md5(random()::text) $$;\nALTER TABLE users ADD COLUMN code text DEFAULT new_code();", {}],
    ['any default before Postgres 11', 'ALTER TABLE users ADD COLUMN active boolean DEFAULT true;', { config: { 'pg-version': 10 } }],
  ])('flags %s', async (_name, sql, options) => {
    expect(await rulesHit(sql, options)).toContain(RULE);
  });

  it.each([
    ['now()', 'ALTER TABLE users ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();'],
    ['CURRENT_TIMESTAMP as Prisma writes it', 'ALTER TABLE "User" ADD COLUMN "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;'],
    ["Supabase's auth.uid()", 'ALTER TABLE public.notes ADD COLUMN owner uuid DEFAULT auth.uid();'],
    ['a constant', "ALTER TABLE users ADD COLUMN plan text NOT NULL DEFAULT 'free';"],
    ['a jsonb constant', "ALTER TABLE users ADD COLUMN prefs jsonb DEFAULT '{}'::jsonb;"],
    ['a STABLE function created in the same file', 'CREATE FUNCTION tenant() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT gen_random_uuid() $$;\nALTER TABLE users ADD COLUMN t uuid DEFAULT tenant();'],
    ['a table created earlier in the change', 'CREATE TABLE tokens (id int);\nALTER TABLE tokens ADD COLUMN k uuid DEFAULT gen_random_uuid();'],
    ['SET DEFAULT on an existing column (new rows only)', 'ALTER TABLE users ALTER COLUMN k SET DEFAULT gen_random_uuid();'],
    ['a volatile default in CREATE TABLE', 'CREATE TABLE "Session" ("id" UUID NOT NULL DEFAULT gen_random_uuid());'],
  ])('does not flag %s', async (_name, sql) => {
    const hit = await rulesHit(sql);
    expect(hit).not.toContain('syntax-error');
    expect(hit).not.toContain(RULE);
  });

  it('points at the statement and names the function', async () => {
    const finding = (await lintSql("SET lock_timeout = '2s';\nALTER TABLE users ADD COLUMN k uuid DEFAULT gen_random_uuid();")).find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ severity: 'error', line: 2, column: 1, class: 'expand' });
    expect(finding!.message).toContain('gen_random_uuid()');
    expect(finding!.message).toContain('"users"');
  });
});
