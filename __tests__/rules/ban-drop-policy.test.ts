import { describe, expect, it } from '@jest/globals';
import { lintFiles, lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'ban-drop-policy';

const CREATE_P =
  'create policy "Users can view own profile" on public.profiles for select to authenticated using ((select auth.uid()) = id);';

describe(RULE, () => {
  it.each([
    ['a Supabase drop', 'drop policy "Public profiles are viewable by everyone." on "public"."profiles";'],
    ['IF EXISTS', 'DROP POLICY IF EXISTS select_own ON todos;'],
    [
      'a drop recreated on another table',
      `drop policy "Users can view own profile" on public.accounts;\n${CREATE_P}`,
    ],
    [
      'a drop before a policy created earlier on the table',
      `${CREATE_P}\ndrop policy "Enable read access for all users" on public.profiles;`,
    ],
    [
      'a policy on a table in another schema',
      'DROP POLICY "Give users access to own folder" ON storage.objects;',
    ],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(sql)).toContain(RULE);
  });

  it.each([
    [
      'a table created earlier in the change',
      'create table notes (id uuid primary key);\ndrop policy if exists notes_read on notes;',
    ],
    [
      'the Supabase drop-and-recreate idiom',
      `drop policy if exists "Users can view own profile" on public.profiles;\n${CREATE_P}`,
    ],
    [
      'a replace under a new name',
      `drop policy "Enable read access for all users" on profiles;\n${CREATE_P}`,
    ],
    [
      'a policy created earlier in the file',
      `${CREATE_P}\ndrop policy "Users can view own profile" on profiles;`,
    ],
    ['ALTER POLICY', 'alter policy "Users can view own profile" on public.profiles using (true);'],
    [
      'a table whose RLS the file turns off',
      'alter table todos disable row level security;\ndrop policy select_own on todos;',
    ],
    ['creating a policy', CREATE_P],
  ])('does not flag %s', async (_name, sql) => {
    const hits = await rulesHit(sql);
    expect(hits).not.toContain('syntax-error');
    expect(hits).not.toContain(RULE);
  });

  it('points at the statement and classifies it as contract', async () => {
    const finding = (await lintSql('-- tighten\n    drop policy "read all" on public.todos;')).find(
      (f) => f.rule === RULE,
    );
    expect(finding).toMatchObject({ rule: RULE, severity: 'error', line: 2, column: 5, class: 'contract' });
    expect(finding!.message).toContain('"read all" on "todos"');
    expect(finding!.message).toContain('anon and authenticated');
  });

  it('treats a table created by an earlier file of the same change as new', async () => {
    const [, second] = await lintFiles([
      { sql: 'create table notes (id int);' },
      { sql: 'drop policy notes_read on notes;' },
    ]);
    expect(second!.findings.map((f) => f.rule)).not.toContain(RULE);
  });
});
