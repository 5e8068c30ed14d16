import { describe, expect, it } from '@jest/globals';
import { lintFiles, lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'ban-drop-column';

describe(RULE, () => {
  it.each([
    ['a plain drop', 'ALTER TABLE users DROP COLUMN email;'],
    ['IF EXISTS and CASCADE', 'ALTER TABLE IF EXISTS public.users DROP COLUMN IF EXISTS email CASCADE;'],
    ['one of several commands', 'ALTER TABLE users ADD COLUMN nickname text, DROP COLUMN email;'],
    ['COLUMN keyword omitted', 'ALTER TABLE users DROP email;'],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(sql)).toContain(RULE);
  });

  it.each([
    [
      'a column added earlier in the change',
      'ALTER TABLE users ADD COLUMN tmp text;\nALTER TABLE users DROP COLUMN tmp;',
    ],
    ['a table created earlier in the change', 'CREATE TABLE t (a int, b int);\nALTER TABLE t DROP COLUMN b;'],
    ['adding a column', 'ALTER TABLE users ADD COLUMN nickname text;'],
    ['dropping a constraint', 'ALTER TABLE users DROP CONSTRAINT users_email_key;'],
  ])('does not flag %s', async (_name, sql) => {
    expect(await rulesHit(sql)).not.toContain(RULE);
  });

  it('points at the statement and classifies it as contract', async () => {
    const [finding] = await lintSql('-- remove email\n\n  ALTER TABLE users DROP COLUMN email;');
    expect(finding).toMatchObject({ rule: RULE, severity: 'error', line: 3, column: 3, class: 'contract' });
    expect(finding!.message).toContain('"email"');
  });

  it('treats a column created by an earlier file of the same change as new', async () => {
    const [, second] = await lintFiles([
      { sql: 'ALTER TABLE users ADD COLUMN tmp text;' },
      { sql: 'ALTER TABLE users DROP COLUMN tmp;' },
    ]);
    expect(second!.findings.map((f) => f.rule)).not.toContain(RULE);
  });

  it('is silenced by an ignore comment with a reason, and only for the next statement', async () => {
    const sql = [
      '-- rollback-ready-ignore ban-drop-column: v1.3 stopped reading email',
      'ALTER TABLE users DROP COLUMN email;',
      'ALTER TABLE users DROP COLUMN phone;',
    ].join('\n');
    const findings = await lintSql(sql);
    expect(findings.filter((f) => f.rule === RULE).map((f) => f.line)).toEqual([3]);
  });

  it.each([
    [
      'in the same statement (Prisma)',
      'ALTER TABLE "User" DROP COLUMN "score",\nADD COLUMN "score" INTEGER;',
      'as integer (line 1)',
    ],
    [
      'in a later statement',
      'ALTER TABLE users DROP COLUMN user_id;\nALTER TABLE users ADD COLUMN user_id uuid;',
      'as uuid (line 2)',
    ],
  ])(
    'tells a column re-added %s as a type change done by DROP + ADD, one finding',
    async (_name, sql, as) => {
      const findings = await lintSql(sql);
      const drops = findings.filter((f) => f.rule === RULE || f.rule === 'drop-add-rename');
      expect(drops.map((f) => f.rule)).toEqual([RULE]);
      expect(drops[0]!.message).toContain(
        `and adding it again ${as} changes it by DROP + ADD, which converts nothing`,
      );
      expect(drops[0]!.message).not.toContain('its queries still name the column');
      expect(drops[0]!.help).toContain('add a column of the new type under another name');
    },
  );

  it('says where the values went when the migration copied them first', async () => {
    const sql =
      'ALTER TABLE users ADD COLUMN email text;\nUPDATE users SET email = user_id WHERE true;\nALTER TABLE users DROP COLUMN user_id;';
    const finding = (await lintSql(sql)).find((f) => f.rule === RULE)!;
    expect(finding.message).toContain('Its values were copied into "email" first');
    expect(finding.message).not.toContain('cannot bring the data back');
  });

  it('follows its own advice for a type change: expand now, drop later, and nothing blocks the expand', async () => {
    const expand =
      'ALTER TABLE users ADD COLUMN user_uuid uuid;\nUPDATE users SET user_uuid = gen_random_uuid() WHERE id BETWEEN 1 AND 1000;';
    const findings = await lintSql(expand);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
