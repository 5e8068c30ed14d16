import { describe, expect, it } from '@jest/globals';
import { lintFiles, lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'enable-rls-without-policy';

const POLICY = 'create policy "Users read own profile" on "public"."profiles" for select to authenticated using (auth.uid() = id);';

describe(RULE, () => {
  it.each([
    ['a plain enable', 'ALTER TABLE profiles ENABLE ROW LEVEL SECURITY;'],
    ['a Supabase diff shape', 'alter table "public"."profiles" enable row level security;'],
    ['a policy on another table', `ALTER TABLE orders ENABLE ROW LEVEL SECURITY;\n${POLICY}`],
    ['enable and force together', 'ALTER TABLE public.profiles ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;'],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(sql)).toContain(RULE);
  });

  it.each([
    ['a table created earlier in the change', 'create table public.profiles (id uuid primary key);\nalter table public.profiles enable row level security;'],
    ['a policy later in the file', `alter table "public"."profiles" enable row level security;\n${POLICY}`],
    ['a policy earlier in the file', `${POLICY}\nALTER TABLE profiles ENABLE ROW LEVEL SECURITY;`],
    ['disabling RLS', 'ALTER TABLE profiles DISABLE ROW LEVEL SECURITY;'],
    ['creating a policy alone', POLICY],
  ])('does not flag %s', async (_name, sql) => {
    const hits = await rulesHit(sql);
    expect(hits).not.toContain('syntax-error');
    expect(hits).not.toContain(RULE);
  });

  it('points at the statement and classifies it as contract', async () => {
    const finding = (await lintSql('-- lock it down\n\nALTER TABLE profiles ENABLE ROW LEVEL SECURITY;')).find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ rule: RULE, severity: 'error', line: 3, column: 1, class: 'contract' });
    expect(finding!.message).toContain('"profiles"');
  });

  it('treats a table created by an earlier file of the same change as new', async () => {
    const [, second] = await lintFiles([
      { sql: 'create table notes (id bigint primary key);' },
      { sql: 'alter table notes enable row level security;' },
    ]);
    expect(second!.findings.map((f) => f.rule)).not.toContain(RULE);
  });
});

describe('enable-rls-without-policy across files', () => {
  it('accepts a policy created by an earlier file of the same change', async () => {
    const [, second] = await lintFiles([
      { sql: 'CREATE POLICY "read own" ON public.notes FOR SELECT USING (auth.uid() = user_id);' },
      { sql: 'ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;' },
    ]);
    expect(second!.findings.map((f) => f.rule)).not.toContain('enable-rls-without-policy');
  });
});
