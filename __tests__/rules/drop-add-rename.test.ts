import { describe, expect, it } from '@jest/globals';
import { lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'drop-add-rename';

describe(RULE, () => {
  it.each([
    [
      'a Prisma rename in one statement',
      'ALTER TABLE "User" DROP COLUMN "name",\nADD COLUMN     "fullName" TEXT;',
    ],
    [
      'a drizzle-kit rename in two statements',
      'ALTER TABLE "users" ADD COLUMN "full_name" text;--> statement-breakpoint\nALTER TABLE "users" DROP COLUMN IF EXISTS "name";',
    ],
    [
      'the add after the drop',
      'ALTER TABLE users DROP COLUMN email;\nALTER TABLE users ADD COLUMN email_address varchar(255);',
    ],
    [
      'a schema-qualified table',
      'ALTER TABLE public.users DROP COLUMN nick;\nALTER TABLE users ADD COLUMN nickname text;',
    ],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(sql)).toContain(RULE);
  });

  it.each([
    [
      'a column added earlier in the change',
      'ALTER TABLE users ADD COLUMN tmp text;\nALTER TABLE users DROP COLUMN tmp, ADD COLUMN nick text;',
    ],
    [
      'a table created earlier in the change',
      'CREATE TABLE t (a int);\nALTER TABLE t DROP COLUMN a, ADD COLUMN b int;',
    ],
    [
      'the add on another table',
      'ALTER TABLE users DROP COLUMN email;\nALTER TABLE accounts ADD COLUMN email text;',
    ],
    ['a drop alone', 'ALTER TABLE "User" DROP COLUMN "name";'],
    ['a drop and re-add of the same name', 'ALTER TABLE users DROP COLUMN score, ADD COLUMN score bigint;'],
    // quivr 20230606131110_add_uuid_user_id.sql: user_id copied into email, then re-added as a uuid.
    [
      'a column re-added under its own name, beside another added column',
      'ALTER TABLE users ADD COLUMN email text;\nUPDATE users SET email = user_id;\nALTER TABLE users DROP COLUMN user_id;\nALTER TABLE users ADD COLUMN user_id UUID DEFAULT gen_random_uuid() PRIMARY KEY;',
    ],
    [
      'an added column filled from the dropped one first (the data is moved)',
      'ALTER TABLE users ADD COLUMN full_name text;\nUPDATE users SET full_name = trim(users.name) WHERE id > 0;\nALTER TABLE users DROP COLUMN name;',
    ],
  ])('does not flag %s', async (_name, sql) => {
    const hits = await rulesHit(sql);
    expect(hits).not.toContain('syntax-error');
    expect(hits).not.toContain(RULE);
  });

  it('reports on the DROP, names both columns and fires with ban-drop-column', async () => {
    const findings = await lintSql(
      'ALTER TABLE "User" ADD COLUMN "fullName" TEXT;\n\nALTER TABLE "User" DROP COLUMN "name";',
    );
    const finding = findings.find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ rule: RULE, severity: 'error', line: 3, column: 1, class: 'contract' });
    expect(finding!.message).toContain('"name"');
    expect(finding!.message).toContain('"fullName"');
    expect(findings.map((f) => f.rule)).toContain('ban-drop-column');
  });

  it('still names the added columns the dropped one was not copied into', async () => {
    const findings = await lintSql(
      'ALTER TABLE users ADD COLUMN a text, ADD COLUMN b text;\nUPDATE users SET a = name WHERE id > 0;\nALTER TABLE users DROP COLUMN name;',
    );
    const finding = findings.find((f) => f.rule === RULE)!;
    expect(finding.message).toContain('"b" (text)');
    expect(finding.message).not.toContain('"a"');
  });
});
