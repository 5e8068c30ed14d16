import { describe, expect, it } from '@jest/globals';
import { lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'renaming-type';

describe(RULE, () => {
  it.each([
    ['an enum renamed', 'ALTER TYPE "Status" RENAME TO "OrderStatus";'],
    ['a schema-qualified type renamed', 'ALTER TYPE billing.kind RENAME TO invoice_kind;'],
    ['a composite attribute renamed', 'ALTER TYPE pair RENAME ATTRIBUTE x TO x1;'],
    ['a type moved to another schema', 'ALTER TYPE mood SET SCHEMA billing;'],
    ['a domain moved to another schema', 'ALTER DOMAIN email SET SCHEMA billing;'],
    ['a type renamed away and never replaced', 'ALTER TYPE "Role" RENAME TO "Role_old";\nDROP TYPE "Role_old";'],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(sql)).toContain(RULE);
  });

  it.each([
    ['a type created earlier in the file', "CREATE TYPE scratch AS ENUM ('a');\nALTER TYPE scratch RENAME TO scratch2;"],
    [
      "Prisma's enum change (the old name is back when the file has run)",
      [
        'BEGIN;',
        `CREATE TYPE "Role_new" AS ENUM ('MEMBER', 'OWNER');`,
        'ALTER TABLE "User" ALTER COLUMN "role" TYPE "Role_new" USING ("role"::text::"Role_new");',
        'ALTER TYPE "Role" RENAME TO "Role_old";',
        'ALTER TYPE "Role_new" RENAME TO "Role";',
        'DROP TYPE "Role_old";',
        'COMMIT;',
      ].join('\n'),
    ],
    ['renaming a table', 'ALTER TABLE pair RENAME TO couple;'],
  ])('does not flag %s', async (_name, sql) => {
    const hits = await rulesHit(sql);
    expect(hits).not.toContain('syntax-error');
    expect(hits).not.toContain(RULE);
  });

  it('names the old type and what still uses it, as a contract error', async () => {
    const finding = (await lintSql('ALTER TYPE "Status" RENAME TO "OrderStatus";')).find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ severity: 'error', class: 'contract' });
    expect(finding!.message).toContain('Renaming type "Status" to "OrderStatus" breaks the previous release');
  });
});
