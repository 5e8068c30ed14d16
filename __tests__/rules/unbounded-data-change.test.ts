import { describe, expect, it } from '@jest/globals';
import { lintFiles, lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'unbounded-data-change';

describe(RULE, () => {
  it.each([
    ['DELETE without WHERE', 'DELETE FROM sessions;'],
    ['DELETE … USING without WHERE', 'DELETE FROM public.orders USING customers;'],
    ['UPDATE without WHERE', "UPDATE users SET role = 'member';"],
    ['a Prisma UPDATE with quoted names', 'UPDATE "User" SET "emailVerified" = false;'],
    ['UPDATE … FROM without WHERE', 'UPDATE orders SET total = p.total FROM prices p;'],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(sql)).toContain(RULE);
  });

  it.each([
    ['a table created earlier in the change', 'CREATE TABLE tmp (id int, n int);\nINSERT INTO tmp VALUES (1, 1);\nUPDATE tmp SET n = 2;\nDELETE FROM tmp;'],
    ['DELETE with WHERE', 'DELETE FROM sessions WHERE expires_at < now();'],
    ['UPDATE with WHERE', 'UPDATE users SET role = \'member\' WHERE role IS NULL;'],
    ['a batched backfill', 'UPDATE "User" SET "plan" = \'free\' WHERE id BETWEEN 1 AND 10000 AND "plan" IS NULL;'],
    ['seed rows', "INSERT INTO plans (id, name) VALUES (1, 'free') ON CONFLICT (id) DO NOTHING;"],
  ])('does not flag %s', async (_name, sql) => {
    const hits = await rulesHit(sql);
    expect(hits).not.toContain('syntax-error');
    expect(hits).not.toContain(RULE);
  });

  it('classifies a whole-table DELETE as contract', async () => {
    const finding = (await lintSql('-- purge\n  DELETE FROM audit_log;')).find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ rule: RULE, severity: 'error', line: 2, column: 3, class: 'contract' });
    expect(finding!.message).toContain('"audit_log"');
  });

  it('classifies a whole-table UPDATE as unknown but still an error', async () => {
    const finding = (await lintSql('UPDATE users SET role = 1;')).find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ rule: RULE, severity: 'error', line: 1, column: 1, class: 'unknown' });
    expect(finding!.message).toContain('overwriting values of "role"');
  });

  it('says a backfill of a new column locks rows but loses nothing', async () => {
    const findings = await lintSql('ALTER TABLE users ADD COLUMN plan text;\nUPDATE users SET plan = \'free\';');
    const finding = findings.find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ line: 2, class: 'unknown' });
    expect(finding!.message).not.toContain('overwriting');
  });

  it('treats a table created by an earlier file of the same change as new', async () => {
    const [, second] = await lintFiles([{ sql: 'CREATE TABLE tmp (id int);' }, { sql: 'DELETE FROM tmp;' }]);
    expect(second!.findings.map((f) => f.rule)).not.toContain(RULE);
  });
});
