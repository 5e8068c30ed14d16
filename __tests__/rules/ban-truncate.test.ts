import { describe, expect, it } from '@jest/globals';
import { lintFiles, lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'ban-truncate';

describe(RULE, () => {
  it.each([
    ['a plain truncate', 'TRUNCATE orders;'],
    ['TABLE keyword, ONLY and RESTART IDENTITY', 'TRUNCATE TABLE ONLY public.orders RESTART IDENTITY;'],
    ['CASCADE', 'TRUNCATE orders CASCADE;'],
    ['a quoted Prisma table', 'TRUNCATE TABLE "Session";'],
    ['an existing table next to a new one', 'CREATE TABLE tmp (id int);\nTRUNCATE tmp, orders;'],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(sql)).toContain(RULE);
  });

  it.each([
    ['a table created earlier in the change', 'CREATE TABLE staging (id int);\nTRUNCATE staging;'],
    ['several new tables', 'CREATE TABLE a (id int);\nCREATE TABLE b (id int);\nTRUNCATE a, b CASCADE;'],
    ['a bounded DELETE', 'DELETE FROM sessions WHERE expires_at < now();'],
    ['seed rows', "INSERT INTO plans (id, name) VALUES (1, 'free') ON CONFLICT DO NOTHING;"],
  ])('does not flag %s', async (_name, sql) => {
    const hits = await rulesHit(sql);
    expect(hits).not.toContain('syntax-error');
    expect(hits).not.toContain(RULE);
  });

  it('points at the statement, names CASCADE and classifies it as contract', async () => {
    const finding = (await lintSql('-- reset\n\tTRUNCATE orders CASCADE;')).find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ rule: RULE, severity: 'error', line: 2, column: 2, class: 'contract' });
    expect(finding!.message).toContain('"orders"');
    expect(finding!.message).toContain('CASCADE');
  });

  it('treats a table created by an earlier file of the same change as new', async () => {
    const [, second] = await lintFiles([{ sql: 'CREATE TABLE staging (id int);' }, { sql: 'TRUNCATE staging;' }]);
    expect(second!.findings.map((f) => f.rule)).not.toContain(RULE);
  });
});
