import { describe, expect, it } from '@jest/globals';
import { lintFiles, lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'ban-drop-function';

const CREATE_F = "CREATE FUNCTION public.handle_new_user() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;";

describe(RULE, () => {
  it.each([
    ['a plain drop', 'DROP FUNCTION calculate_total(int);'],
    ['IF EXISTS and CASCADE', 'DROP FUNCTION IF EXISTS public.handle_new_user() CASCADE;'],
    ['a procedure', 'DROP PROCEDURE archive_orders();'],
    ['a routine without arguments', 'DROP ROUTINE cleanup;'],
    ['a drop recreated under another name', `DROP FUNCTION handle_user();\n${CREATE_F}`],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(sql)).toContain(RULE);
  });

  it.each([
    ['a function created earlier in the change', `${CREATE_F}\nDROP FUNCTION handle_new_user();`],
    ['a drop followed by CREATE of the same name', `DROP FUNCTION IF EXISTS public.handle_new_user();\n${CREATE_F}`],
    ['CREATE OR REPLACE', CREATE_F.replace('CREATE', 'CREATE OR REPLACE')],
    ['a Supabase RPC function', 'create or replace function public.get_stats() returns json language sql stable as $$ select json_build_object() $$;'],
    ['dropping a trigger', 'DROP TRIGGER IF EXISTS on_auth_user_created ON auth.users;\nCREATE TRIGGER on_auth_user_created AFTER INSERT ON auth.users FOR EACH ROW EXECUTE FUNCTION public.handle_new_user();'],
  ])('does not flag %s', async (_name, sql) => {
    const hits = await rulesHit(sql);
    expect(hits).not.toContain('syntax-error');
    expect(hits).not.toContain(RULE);
  });

  it('points at the statement and classifies it as contract', async () => {
    const finding = (await lintSql('\n\nDROP FUNCTION IF EXISTS public.get_stats() CASCADE;')).find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ rule: RULE, severity: 'error', line: 3, column: 1, class: 'contract' });
    expect(finding!.message).toContain('"get_stats"');
    expect(finding!.message).toContain('CASCADE');
  });

  it('treats a function created by an earlier file of the same change as new', async () => {
    const [, second] = await lintFiles([{ sql: CREATE_F }, { sql: 'DROP FUNCTION handle_new_user;' }]);
    expect(second!.findings.map((f) => f.rule)).not.toContain(RULE);
  });
});
