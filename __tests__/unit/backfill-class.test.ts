import { describe, expect, it } from '@jest/globals';
import { lintFiles } from '../support/lint-sql.js';

// inbox-zero's migrations add a column and fill it in the same file; the rollback plan said "could not be
// classified, check by hand" for each. The previous release never reads a column this change adds.
const classOf = async (sql: string) => {
  const [linted] = await lintFiles([
    { sql, layout: 'prisma', path: 'prisma/migrations/20260316000000_a/migration.sql' },
  ]);
  return linted!.class;
};

describe('the class of a backfill', () => {
  it('an UPDATE that sets only columns this change added is expand', async () => {
    expect(
      await classOf(
        'ALTER TABLE "ExecutedAction" ADD COLUMN "draftPipelineVersion" INTEGER;\n' +
          'UPDATE "ExecutedAction" SET "draftPipelineVersion" = 1 WHERE "type" = \'DRAFT_EMAIL\' AND "draftPipelineVersion" IS NULL;\n',
      ),
    ).toBe('expand');
    // UPDATE … FROM another table, still writing only the new column.
    expect(
      await classOf(
        'ALTER TABLE "Action" ADD COLUMN "emailAccountId" TEXT;\n' +
          'UPDATE "Action" AS a SET "emailAccountId" = r."emailAccountId" FROM "Rule" AS r WHERE a."ruleId" = r.id;\n',
      ),
    ).toBe('expand');
  });

  it('stays unknown when it writes a column the previous release has, or every row, or through a WITH', async () => {
    expect(await classOf('UPDATE "User" SET "name" = \'x\' WHERE id = 1;\n')).toBe('unknown');
    expect(
      await classOf(
        'ALTER TABLE "User" ADD COLUMN "nick" TEXT;\nUPDATE "User" SET "nick" = "name", "name" = NULL WHERE id = 1;\n',
      ),
    ).toBe('unknown');
    // Every row: unbounded-data-change leaves the class to the data.
    expect(
      await classOf('ALTER TABLE "User" ADD COLUMN "nick" TEXT;\nUPDATE "User" SET "nick" = "name";\n'),
    ).toBe('unknown');
    expect(
      await classOf(
        'ALTER TABLE "User" ADD COLUMN "nick" TEXT;\nWITH gone AS (DELETE FROM "Session" RETURNING "userId") UPDATE "User" SET "nick" = \'x\' WHERE id IN (SELECT "userId" FROM gone);\n',
      ),
    ).toBe('unknown');
  });
});
