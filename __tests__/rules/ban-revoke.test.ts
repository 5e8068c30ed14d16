import { describe, expect, it } from '@jest/globals';
import { lintFiles, lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'ban-revoke';

describe(RULE, () => {
  it.each([
    ['a table revoke from Supabase roles', 'revoke all on table public.profiles from anon, authenticated;'],
    ['a column-level revoke', 'REVOKE UPDATE (role) ON "User" FROM authenticated;'],
    ['a function revoke from PUBLIC', 'revoke execute on function public.get_stats(uuid) from public;'],
    ['a schema revoke', 'REVOKE USAGE ON SCHEMA api FROM web_anon;'],
    ['all tables in a schema', 'REVOKE SELECT ON ALL TABLES IN SCHEMA public FROM anon;'],
    ['a sequence revoke', 'REVOKE USAGE, SELECT ON SEQUENCE orders_id_seq FROM app_user;'],
    [
      'a revoke re-granted to another role',
      'revoke all on function public.is_admin() from anon;\ngrant execute on function public.is_admin() to service_role;',
    ],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(sql)).toContain(RULE);
  });

  it.each([
    [
      'a table created earlier in the change',
      'create table secrets (id int);\nrevoke all on table secrets from anon, authenticated;',
    ],
    [
      'REVOKE FROM PUBLIC on a function created in the change',
      'create function public.handle_new_user() returns trigger language plpgsql security definer as $$ begin return new; end $$;\nrevoke execute on function public.handle_new_user() from public;',
    ],
    [
      'a sequence of a table created in the change',
      'CREATE TABLE orders (id serial PRIMARY KEY);\nREVOKE ALL ON SEQUENCE orders_id_seq FROM anon;',
    ],
    [
      'REVOKE ALL then GRANT back to the same role',
      'revoke all on table public.todos from authenticated;\ngrant select, insert, update, delete on table public.todos to authenticated;',
    ],
    [
      // quivr 20240410112108_assistant.sql, as Supabase's db diff writes it: the drop is the story
      'a table the same migration drops afterwards',
      'revoke select on table "public"."ingestions" from "anon";\nrevoke delete on table "public"."ingestions" from "authenticated";\ndrop table "public"."ingestions";',
    ],
    ['revoking only TRUNCATE', 'revoke truncate on table public.profiles from anon, authenticated;'],
    ['REVOKE GRANT OPTION FOR', 'REVOKE GRANT OPTION FOR SELECT ON orders FROM reporting;'],
    ['a GRANT', 'grant select on table public.profiles to anon;'],
    [
      'default privileges for future tables',
      'alter default privileges in schema public revoke all on tables from anon;',
    ],
  ])('does not flag %s', async (_name, sql) => {
    const hits = await rulesHit(sql);
    expect(hits).not.toContain('syntax-error');
    expect(hits).not.toContain(RULE);
  });

  it('points at the statement and classifies it as contract', async () => {
    const finding = (
      await lintSql('begin;\n  revoke select on table public.profiles from anon;\ncommit;')
    ).find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ rule: RULE, severity: 'error', line: 2, column: 3, class: 'contract' });
    expect(finding!.message).toContain('SELECT on table "profiles" from "anon"');
    expect(finding!.message).toContain('permission denied');
    expect(finding!.message).toContain('Supabase');
  });

  it('does not mention Supabase roles for other grantees', async () => {
    const [finding] = (await lintSql('REVOKE SELECT ON reports FROM analyst;')).filter(
      (f) => f.rule === RULE,
    );
    expect(finding!.message).not.toContain('Supabase');
  });

  it('treats a table created by an earlier file of the same change as new', async () => {
    const [, second] = await lintFiles([
      { sql: 'create table secrets (id int);' },
      { sql: 'revoke all on secrets from anon;' },
    ]);
    expect(second!.findings.map((f) => f.rule)).not.toContain(RULE);
  });

  it('still flags a revoke on a table the migration does not drop, beside one it drops', async () => {
    const findings = await lintSql(
      'revoke select on table a from anon;\nrevoke select on table b from anon;\ndrop table a;',
    );
    expect(findings.filter((f) => f.rule === RULE).map((f) => f.line)).toEqual([2]);
    expect(findings.map((f) => f.rule)).toContain('ban-drop-table');
  });
});
