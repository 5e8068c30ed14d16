import { describe, expect, it } from '@jest/globals';
import { lintFiles, lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'ban-drop-table';

describe(RULE, () => {
  it.each([
    ['a plain drop', 'DROP TABLE orders;'],
    ['IF EXISTS and CASCADE', 'DROP TABLE IF EXISTS public.orders CASCADE;'],
    ['a Prisma drop with a quoted name', '-- DropTable\nDROP TABLE "Session";'],
    ['one existing table among new ones', 'CREATE TABLE tmp (id int);\nDROP TABLE tmp, legacy_events;'],
    ['an existing table next to a new one', 'CREATE TABLE orders_v2 (id int);\nDROP TABLE orders;'],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(sql)).toContain(RULE);
  });

  it.each([
    ['a table created earlier in the change', 'CREATE TABLE tmp (id int);\nDROP TABLE tmp;'],
    ['a table created by CREATE TABLE AS earlier', 'CREATE TABLE backup_users AS SELECT * FROM users;\nDROP TABLE backup_users;'],
    ['a view', 'DROP VIEW active_users;'],
    ['an index', 'DROP INDEX CONCURRENTLY IF EXISTS users_email_idx;'],
    ['a Supabase create table with FKs', 'create table public.profiles (id uuid primary key references auth.users on delete cascade, name text);'],
  ])('does not flag %s', async (_name, sql) => {
    const hits = await rulesHit(sql);
    expect(hits).not.toContain('syntax-error');
    expect(hits).not.toContain(RULE);
  });

  it('points at the statement and classifies it as contract', async () => {
    const findings = await lintSql('-- cleanup\n\n  DROP TABLE IF EXISTS orders CASCADE;');
    const finding = findings.find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ rule: RULE, severity: 'error', line: 3, column: 3, class: 'contract' });
    expect(finding!.message).toContain('"orders"');
    expect(finding!.message).toContain('CASCADE');
  });

  it('reports one finding per existing table', async () => {
    const findings = await lintSql('DROP TABLE a, b;');
    expect(findings.filter((f) => f.rule === RULE)).toHaveLength(2);
  });

  it('treats a table created by an earlier file of the same change as new', async () => {
    const [, second] = await lintFiles([{ sql: 'CREATE TABLE tmp (id int);' }, { sql: 'DROP TABLE tmp;' }]);
    expect(second!.findings.map((f) => f.rule)).not.toContain(RULE);
  });
});
