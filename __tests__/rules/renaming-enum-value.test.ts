import { describe, expect, it } from '@jest/globals';
import { lintFiles, lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'renaming-enum-value';

describe(RULE, () => {
  it.each([
    ['a plain rename', "ALTER TYPE status RENAME VALUE 'pending' TO 'queued';"],
    ['a schema-qualified type', "ALTER TYPE public.order_status RENAME VALUE 'shipped' TO 'sent';"],
    ['a Prisma enum with a quoted name', 'ALTER TYPE "Role" RENAME VALUE \'USER\' TO \'MEMBER\';'],
    ['after adding another value', "ALTER TYPE status ADD VALUE 'archived';\nALTER TYPE status RENAME VALUE 'old' TO 'legacy';"],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(sql)).toContain(RULE);
  });

  it.each([
    ['an enum created earlier in the change', "CREATE TYPE status AS ENUM ('a', 'b');\nALTER TYPE status RENAME VALUE 'a' TO 'c';"],
    ['adding a value', "ALTER TYPE status ADD VALUE IF NOT EXISTS 'queued' AFTER 'pending';"],
    ['renaming the type itself', 'ALTER TYPE status RENAME TO order_status;'],
    ['a Prisma enum creation', 'CREATE TYPE "Role" AS ENUM (\'USER\', \'ADMIN\');'],
  ])('does not flag %s', async (_name, sql) => {
    const hits = await rulesHit(sql);
    expect(hits).not.toContain('syntax-error');
    expect(hits).not.toContain(RULE);
  });

  it('points at the statement and classifies it as contract', async () => {
    const finding = (await lintSql("-- rename\n ALTER TYPE status RENAME VALUE 'pending' TO 'queued';")).find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ rule: RULE, severity: 'error', line: 2, column: 2, class: 'contract' });
    expect(finding!.message).toContain("'pending'");
    expect(finding!.message).toContain('"status"');
  });

  it('treats an enum created by an earlier file of the same change as new', async () => {
    const [, second] = await lintFiles([
      { sql: "CREATE TYPE mood AS ENUM ('sad', 'ok');" },
      { sql: "ALTER TYPE mood RENAME VALUE 'ok' TO 'fine';" },
    ]);
    expect(second!.findings.map((f) => f.rule)).not.toContain(RULE);
  });
});
