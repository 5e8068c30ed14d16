import { describe, expect, it } from '@jest/globals';
import { lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'ban-drop-type';

describe(RULE, () => {
  it.each([
    ['a Prisma enum', 'DROP TYPE "Role";'],
    ['a domain', 'DROP DOMAIN IF EXISTS email;'],
    ['a type renamed away and never replaced', 'ALTER TYPE "Role" RENAME TO "Role_old";\nDROP TYPE "Role_old";'],
    ['a composite type with CASCADE', 'DROP TYPE address CASCADE;'],
  ])('flags dropping %s that existed before the change', async (_name, sql) => {
    expect(await rulesHit(sql)).toContain(RULE);
  });

  it.each([
    ['a type this change creates', "CREATE TYPE mood AS ENUM ('a');\nDROP TYPE mood;"],
    ['an enum recreated later in the file (Prisma changing its values)', `DROP TYPE "Role";\nCREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');`],
    ['a table', 'DROP TABLE IF EXISTS t;'],
    [
      "Prisma's enum change (the old type renamed away, the new one renamed into its name, the old one dropped)",
      `CREATE TYPE "Role_new" AS ENUM ('USER', 'ADMIN');\nALTER TABLE "User" ALTER COLUMN "role" TYPE "Role_new" USING ("role"::text::"Role_new");\nALTER TYPE "Role" RENAME TO "Role_old";\nALTER TYPE "Role_new" RENAME TO "Role";\nDROP TYPE "Role_old";`,
    ],
  ])('does not flag %s', async (_name, sql) => {
    const hit = await rulesHit(sql);
    expect(hit).not.toContain('syntax-error');
    expect(hit).not.toContain(RULE);
  });

  it('says what CASCADE takes with it, as a contract change', async () => {
    const [finding] = (await lintSql('DROP TYPE address CASCADE;')).filter((f) => f.rule === RULE);
    expect(finding).toMatchObject({ severity: 'error', class: 'contract' });
    expect(finding!.message).toContain('CASCADE also drops every column of that type');
  });
});
