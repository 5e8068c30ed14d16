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
    [
      'a column added earlier in the change',
      "ALTER TABLE users ADD COLUMN nick text NOT NULL DEFAULT '';\nALTER TABLE users ALTER COLUMN nick DROP NOT NULL;",
    ],
    [
      'a table created earlier in the change',
      'CREATE TABLE t (a int NOT NULL);\nALTER TABLE t ALTER COLUMN a DROP NOT NULL;',
    ],
    ['dropping a default', 'ALTER TABLE users ALTER COLUMN email DROP DEFAULT;'],
    ['a nullable new column', 'ALTER TABLE "User" ADD COLUMN "bio" TEXT;'],
  ])('does not flag %s', async (_name, sql) => {
    const hits = await rulesHit(sql);
    expect(hits).not.toContain('syntax-error');
    expect(hits).not.toContain(RULE);
  });

  it('points at the statement, warns and classifies it as contract', async () => {
    const finding = (await lintSql('\n  ALTER TABLE users ALTER COLUMN email DROP NOT NULL;')).find(
      (f) => f.rule === RULE,
    );
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

  // The same migration makes NULLs appear: the previous release meets them after a rollback (an error).
  it.each([
    [
      'a Prisma foreign key re-added ON DELETE SET NULL',
      'ALTER TABLE "Document" DROP CONSTRAINT "Document_ownerId_fkey";\nALTER TABLE "Document" ALTER COLUMN "ownerId" DROP NOT NULL;\nALTER TABLE "Document" ADD CONSTRAINT "Document_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;',
      'foreign key "Document_ownerId_fkey" ON DELETE SET NULL (line 3)',
    ],
    [
      'the foreign key in the same statement',
      'ALTER TABLE d ALTER COLUMN o DROP NOT NULL, ADD CONSTRAINT d_o_fk FOREIGN KEY (o) REFERENCES u (id) ON UPDATE SET NULL;',
      'foreign key "d_o_fk" ON UPDATE SET NULL (line 1)',
    ],
    [
      'a later UPDATE to NULL',
      "ALTER TABLE d ALTER COLUMN o DROP NOT NULL;\nUPDATE d SET o = NULL WHERE o = 'gone';",
      'UPDATE … SET "o" = NULL (line 2)',
    ],
    [
      'a later INSERT of NULL',
      'ALTER TABLE d ALTER COLUMN o DROP NOT NULL;\nINSERT INTO d (id, o) VALUES (1, 2), (3, NULL::int);',
      'INSERT … NULL into "o" (line 2)',
    ],
  ])('is an error when the migration writes NULL: %s', async (_name, sql, how) => {
    const finding = (await lintSql(sql)).find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ severity: 'error', class: 'contract' });
    expect(finding!.message).toContain(how);
    expect(finding!.help).toMatch(/^Ship DROP NOT NULL alone first/);
  });

  it.each([
    [
      'a foreign key that sets other columns NULL',
      'ALTER TABLE d ALTER COLUMN o DROP NOT NULL;\nALTER TABLE d ADD CONSTRAINT f FOREIGN KEY (o, p) REFERENCES u (a, b) ON DELETE SET NULL (p);',
    ],
    [
      'a foreign key on another table',
      'ALTER TABLE d ALTER COLUMN o DROP NOT NULL;\nALTER TABLE e ADD CONSTRAINT f FOREIGN KEY (o) REFERENCES u (id) ON DELETE SET NULL;',
    ],
    [
      'ON DELETE CASCADE',
      'ALTER TABLE d ALTER COLUMN o DROP NOT NULL;\nALTER TABLE d ADD CONSTRAINT f FOREIGN KEY (o) REFERENCES u (id) ON DELETE CASCADE;',
    ],
    [
      'an UPDATE to a value',
      "ALTER TABLE d ALTER COLUMN o DROP NOT NULL;\nUPDATE d SET o = 'x' WHERE o IS NULL;",
    ],
    [
      'an UPDATE to NULL of another column',
      'ALTER TABLE d ALTER COLUMN o DROP NOT NULL;\nUPDATE d SET p = NULL;',
    ],
    [
      'an UPDATE before the drop (it would fail)',
      'UPDATE d SET o = NULL;\nALTER TABLE d ALTER COLUMN o DROP NOT NULL;',
    ],
  ])('stays a warning (the usual first step of expand/contract) with %s', async (_name, sql) => {
    const finding = (await lintSql(sql)).find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ severity: 'warning', class: 'contract' });
  });

  it('its advice passes: DROP NOT NULL alone is a warning, the foreign key alone raises no NOT NULL finding', async () => {
    expect(
      (await lintSql('ALTER TABLE d ALTER COLUMN o DROP NOT NULL;')).filter((f) => f.severity === 'error'),
    ).toEqual([]);
    const later = await lintSql(
      'ALTER TABLE d ADD CONSTRAINT f FOREIGN KEY (o) REFERENCES u (id) ON DELETE SET NULL NOT VALID;',
    );
    expect(later.filter((f) => f.severity === 'error')).toEqual([]);
  });

  // Two migrations of one change are one change: the NULLs written by the second reach the column too.
  it.each([
    [
      'a foreign key ON DELETE SET NULL',
      'ALTER TABLE d ADD CONSTRAINT d_o_fkey FOREIGN KEY (o) REFERENCES u (id) ON DELETE SET NULL;',
      'foreign key "d_o_fkey" ON DELETE SET NULL',
    ],
    ['an INSERT of NULL', 'INSERT INTO d (id, o) VALUES (1, NULL);', 'INSERT … NULL into "o"'],
    ['an UPDATE to NULL', 'UPDATE d SET o = NULL WHERE id = 1;', 'UPDATE … SET "o" = NULL'],
  ])('is the same error when a later migration of the change writes NULL: %s', async (_name, second, how) => {
    const one = (await lintSql(`ALTER TABLE d ALTER COLUMN o DROP NOT NULL;\n${second}`)).find(
      (f) => f.rule === RULE,
    )!;
    const [first] = await lintFiles([
      { sql: 'ALTER TABLE d ALTER COLUMN o DROP NOT NULL;' },
      { sql: `-- later\n${second}`, path: 'supabase/migrations/20240102000000_later.sql' },
    ]);
    const finding = first!.findings.find((f) => f.rule === RULE)!;
    expect(finding).toMatchObject({ severity: one.severity, class: 'contract', line: 1 });
    expect(one.severity).toBe('error');
    expect(finding.message).toContain(
      `a later migration of this change makes NULLs appear there: ${how} (supabase/migrations/20240102000000_later.sql:2)`,
    );
    expect(finding.help).toBe(one.help);
  });

  it('keeps a configured severity, and stays a warning when the later migration writes no NULL there', async () => {
    const later = {
      sql: 'ALTER TABLE d ADD CONSTRAINT f FOREIGN KEY (o) REFERENCES u (id) ON DELETE SET NULL;',
    };
    const [configured] = await lintFiles([{ sql: 'ALTER TABLE d ALTER COLUMN o DROP NOT NULL;' }, later], {
      rules: { [RULE]: 'warning' },
    });
    expect(configured!.findings.find((f) => f.rule === RULE)!.severity).toBe('warning');
    const [other] = await lintFiles([
      { sql: 'ALTER TABLE d ALTER COLUMN o DROP NOT NULL;' },
      { sql: 'ALTER TABLE d ADD CONSTRAINT f FOREIGN KEY (o) REFERENCES u (id) ON DELETE CASCADE;' },
    ]);
    expect(other!.findings.find((f) => f.rule === RULE)!.severity).toBe('warning');
  });
});
