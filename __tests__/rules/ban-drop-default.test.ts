import { describe, expect, it } from '@jest/globals';
import { lintFiles, lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'ban-drop-default';

describe(RULE, () => {
  it.each([
    ['a Prisma drop', 'ALTER TABLE "User" ALTER COLUMN "role" DROP DEFAULT;'],
    ['COLUMN keyword omitted, with a schema', 'alter table public.profiles alter created_at drop default;'],
    ['SET DEFAULT NULL', 'ALTER TABLE orders ALTER COLUMN status SET DEFAULT NULL;'],
    ['one of several commands', 'ALTER TABLE orders ADD COLUMN note text, ALTER COLUMN id DROP DEFAULT;'],
    [
      'a default set again on another column',
      "ALTER TABLE orders ALTER COLUMN status DROP DEFAULT;\nALTER TABLE orders ALTER COLUMN state SET DEFAULT 'new';",
    ],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(sql)).toContain(RULE);
  });

  it.each([
    [
      'a table created earlier in the change',
      "CREATE TABLE jobs (id int, state text DEFAULT 'queued');\nALTER TABLE jobs ALTER COLUMN state DROP DEFAULT;",
    ],
    [
      'a column added earlier in the change',
      'ALTER TABLE orders ADD COLUMN tmp int DEFAULT 0;\nALTER TABLE orders ALTER COLUMN tmp DROP DEFAULT;',
    ],
    [
      'the Prisma enum change (drop, retype, set again)',
      [
        'ALTER TABLE "User" ALTER COLUMN "role" DROP DEFAULT;',
        'ALTER TABLE "User" ALTER COLUMN "role" TYPE "Role_new" USING ("role"::text::"Role_new");',
        'ALTER TABLE "User" ALTER COLUMN "role" SET DEFAULT \'USER\';',
      ].join('\n'),
    ],
    ['changing the default', "alter table public.profiles alter column plan set default 'free';"],
    [
      'a column dropped later in the file',
      'ALTER TABLE orders ALTER COLUMN legacy DROP DEFAULT;\nALTER TABLE orders DROP COLUMN legacy;',
    ],
    ['dropping NOT NULL', 'ALTER TABLE orders ALTER COLUMN status DROP NOT NULL;'],
  ])('does not flag %s', async (_name, sql) => {
    const hits = await rulesHit(sql);
    expect(hits).not.toContain('syntax-error');
    expect(hits).not.toContain(RULE);
  });

  it('points at the statement and classifies it as contract', async () => {
    const finding = (
      await lintSql('-- no more default\nALTER TABLE public.orders\n  ALTER COLUMN status DROP DEFAULT;')
    ).find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ rule: RULE, severity: 'error', line: 2, column: 1, class: 'contract' });
    expect(finding!.message).toContain('"status" on "orders"');
    expect(finding!.message).toContain('not-null violation');
  });

  it('treats a column added by an earlier file of the same change as new', async () => {
    const [, second] = await lintFiles([
      { sql: 'ALTER TABLE orders ADD COLUMN tmp int DEFAULT 0;' },
      { sql: 'ALTER TABLE orders ALTER COLUMN tmp DROP DEFAULT;' },
    ]);
    expect(second!.findings.map((f) => f.rule)).not.toContain(RULE);
  });
});
