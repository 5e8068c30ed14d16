import { describe, expect, it } from '@jest/globals';
import { lintFiles, lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'ban-drop-trigger';

const CREATE_T = 'CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.orders FOR EACH ROW EXECUTE FUNCTION moddatetime(updated_at);';

describe(RULE, () => {
  it.each([
    ['a plain drop', 'DROP TRIGGER set_updated_at ON orders;'],
    ['IF EXISTS with a schema', 'DROP TRIGGER IF EXISTS on_auth_user_created ON auth.users;'],
    ['a drop recreated on another table', `DROP TRIGGER set_updated_at ON invoices;\n${CREATE_T}`],
    ['a drop recreated under another name', `DROP TRIGGER orders_updated ON orders;\n${CREATE_T}`],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(sql)).toContain(RULE);
  });

  it.each([
    ['a trigger created earlier in the change', `${CREATE_T}\nDROP TRIGGER set_updated_at ON orders;`],
    ['a trigger on a table created earlier in the change', 'CREATE TABLE jobs (id int);\nDROP TRIGGER IF EXISTS jobs_audit ON jobs;'],
    ['the Supabase drop-and-recreate idiom', `DROP TRIGGER IF EXISTS set_updated_at ON orders;\n${CREATE_T}`],
    ['CREATE OR REPLACE TRIGGER', CREATE_T.replace('CREATE', 'CREATE OR REPLACE')],
    ['disabling a trigger', 'ALTER TABLE orders DISABLE TRIGGER USER;'],
  ])('does not flag %s', async (_name, sql) => {
    const hits = await rulesHit(sql);
    expect(hits).not.toContain('syntax-error');
    expect(hits).not.toContain(RULE);
  });

  it('points at the statement and classifies it as contract', async () => {
    const finding = (await lintSql('-- audit off\n  DROP TRIGGER orders_audit ON public.orders;')).find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ rule: RULE, severity: 'error', line: 2, column: 3, class: 'contract' });
    expect(finding!.message).toContain('"orders_audit" on "orders"');
  });

  it('treats a trigger created by an earlier file of the same change as new', async () => {
    const [, second] = await lintFiles([{ sql: CREATE_T }, { sql: 'DROP TRIGGER set_updated_at ON orders;' }]);
    expect(second!.findings.map((f) => f.rule)).not.toContain(RULE);
  });
});

describe('ban-drop-trigger and trigger names per table', () => {
  it('still flags dropping an existing trigger that shares its name with a new trigger on another table', async () => {
    const [, second] = await lintFiles([
      { sql: 'CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.notes FOR EACH ROW EXECUTE FUNCTION touch();' },
      { sql: 'DROP TRIGGER set_updated_at ON public.profiles;' },
    ]);
    expect(second!.findings.map((f) => f.rule)).toContain('ban-drop-trigger');
  });
});
