import { describe, expect, it } from '@jest/globals';
import { lintFiles, lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'ban-drop-not-null';

describe(RULE, () => {
  it.each([
    ['a plain drop', 'ALTER TABLE users ALTER COLUMN email DROP NOT NULL;'],
    ['COLUMN keyword omitted with a schema', 'ALTER TABLE public.users ALTER email DROP NOT NULL;'],
    ['a Prisma optional field', 'ALTER TABLE "User" ALTER COLUMN "name" DROP NOT NULL;'],
    ['one of several commands', 'ALTER TABLE users ADD COLUMN nick text, ALTER COLUMN email DROP NOT NULL;'],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(sql)).toContain(RULE);
  });

  it.each([
    ['a column added earlier in the change', 'ALTER TABLE users ADD COLUMN nick text NOT NULL DEFAULT \'\';\nALTER TABLE users ALTER COLUMN nick DROP NOT NULL;'],
    ['a table created earlier in the change', 'CREATE TABLE t (a int NOT NULL);\nALTER TABLE t ALTER COLUMN a DROP NOT NULL;'],
    ['dropping a default', 'ALTER TABLE users ALTER COLUMN email DROP DEFAULT;'],
    ['a nullable new column', 'ALTER TABLE "User" ADD COLUMN "bio" TEXT;'],
  ])('does not flag %s', async (_name, sql) => {
    const hits = await rulesHit(sql);
    expect(hits).not.toContain('syntax-error');
    expect(hits).not.toContain(RULE);
  });

  it('points at the statement, warns and classifies it as contract', async () => {
    const finding = (await lintSql('\n  ALTER TABLE users ALTER COLUMN email DROP NOT NULL;')).find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ rule: RULE, severity: 'warning', line: 2, column: 3, class: 'contract' });
    expect(finding!.message).toContain('"users"."email"');
  });

  it('treats a column added by an earlier file of the same change as new', async () => {
    const [, second] = await lintFiles([
      { sql: "ALTER TABLE users ADD COLUMN nick text NOT NULL DEFAULT '';" },
      { sql: 'ALTER TABLE users ALTER COLUMN nick DROP NOT NULL;' },
    ]);
    expect(second!.findings.map((f) => f.rule)).not.toContain(RULE);
  });
});
