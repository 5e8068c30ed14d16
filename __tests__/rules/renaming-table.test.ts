import { describe, expect, it } from '@jest/globals';
import { lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'renaming-table';

describe(RULE, () => {
  it.each([
    ['a plain rename', 'ALTER TABLE users RENAME TO accounts;'],
    ['schema and IF EXISTS', 'ALTER TABLE IF EXISTS public.users RENAME TO accounts;'],
    ['a Prisma rename with quoted names', 'ALTER TABLE "User" RENAME TO "Account";'],
    ['a view under a different name', 'ALTER TABLE users RENAME TO accounts;\nCREATE VIEW users_v AS SELECT * FROM accounts;'],
    ['a view with the old name in another schema', 'ALTER TABLE users RENAME TO accounts;\nCREATE VIEW api.users AS SELECT * FROM accounts;'],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(sql)).toContain(RULE);
  });

  it.each([
    ['a table created earlier in the change', 'CREATE TABLE tmp (id int);\nALTER TABLE tmp RENAME TO jobs;'],
    ['a view keeping the old name', 'ALTER TABLE users RENAME TO accounts;\nCREATE VIEW users AS SELECT * FROM accounts;'],
    ['a quoted view keeping the old name', 'ALTER TABLE "User" RENAME TO "Account";\nCREATE OR REPLACE VIEW public."User" AS SELECT * FROM "Account";'],
    ['renaming a column', 'ALTER TABLE users RENAME COLUMN a TO b;'],
    ['renaming an index', 'ALTER INDEX users_pkey RENAME TO accounts_pkey;'],
  ])('does not flag %s', async (_name, sql) => {
    const hits = await rulesHit(sql);
    expect(hits).not.toContain('syntax-error');
    expect(hits).not.toContain(RULE);
  });

  it('points at the statement and classifies it as contract', async () => {
    const finding = (await lintSql('BEGIN;\n  ALTER TABLE users RENAME TO accounts;\nCOMMIT;')).find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ rule: RULE, severity: 'error', line: 2, column: 3, class: 'contract' });
    expect(finding!.message).toContain('"users"');
    expect(finding!.help).toContain('CREATE VIEW "users" AS SELECT * FROM "accounts";');
  });

  // Unquoted, the advised view of a Prisma table ("Conversation") would be named conversation: the old
  // name would still be gone and the rule would still block.
  it.each([
    ['a mixed-case Prisma table', 'ALTER TABLE "Conversation" RENAME TO "Chat";'],
    ['a table in another schema', 'ALTER TABLE app."Order" RENAME TO "Purchase";'],
    ['a schema move', 'ALTER TABLE "Invoice" SET SCHEMA billing;'],
  ])('its advice, applied as written, passes: %s', async (_name, sql) => {
    const finding = (await lintSql(sql)).find((f) => f.rule === RULE);
    const view = finding!.help!.match(/CREATE VIEW .*?;/)![0];
    const after = await lintSql(`${sql}\n${view}`);
    expect(after.map((f) => f.rule)).not.toContain('syntax-error');
    expect(after.map((f) => f.rule)).not.toContain(RULE);
  });
});

describe('renaming-table: moving a table to another schema', () => {
  it('flags ALTER TABLE … SET SCHEMA without a view under the old name', async () => {
    const [finding] = (await lintSql('ALTER TABLE billing.invoices SET SCHEMA payments;')).filter((f) => f.rule === 'renaming-table');
    expect(finding!.message).toContain('Moving table "billing.invoices" to schema "payments"');
    expect(finding!.help).toContain('CREATE VIEW "billing"."invoices" AS SELECT * FROM "payments"."invoices"');
  });

  it('does not flag it when the same file keeps the old name as a view', async () => {
    const sql = 'ALTER TABLE billing.invoices SET SCHEMA payments;\nCREATE VIEW billing.invoices AS SELECT * FROM payments.invoices;';
    expect((await lintSql(sql)).map((f) => f.rule)).not.toContain('renaming-table');
  });
});
