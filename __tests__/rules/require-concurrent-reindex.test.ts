import { describe, expect, it } from '@jest/globals';
import { lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'require-concurrent-reindex';

describe(RULE, () => {
  it.each([
    ['REINDEX TABLE', 'REINDEX TABLE users;'],
    ['REINDEX INDEX of a quoted index', 'REINDEX INDEX "User_email_key";'],
    ['REINDEX SCHEMA', 'REINDEX SCHEMA public;'],
    ['CONCURRENTLY turned off', 'REINDEX (CONCURRENTLY false) INDEX users_email_idx;'],
    ['REINDEX with VERBOSE only', 'REINDEX (VERBOSE) TABLE public.users;'],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(sql, { layout: 'plain', path: 'migrations/001_reindex.sql' })).toContain(RULE);
  });

  it.each([
    ['REINDEX TABLE CONCURRENTLY', 'REINDEX TABLE CONCURRENTLY users;'],
    ['the option form', 'REINDEX (VERBOSE, CONCURRENTLY) INDEX users_email_idx;'],
    ['a table created earlier in the change', 'CREATE TABLE t (a int);\nREINDEX TABLE t;'],
    ['an index created earlier in the change', 'CREATE INDEX CONCURRENTLY t_a_idx ON users (a);\nREINDEX INDEX t_a_idx;'],
  ])('does not flag %s', async (_name, sql) => {
    const hit = await rulesHit(sql, { layout: 'plain', path: 'migrations/001_reindex.sql' });
    expect(hit).not.toContain('syntax-error');
    expect(hit).not.toContain(RULE);
  });

  it('points at the statement', async () => {
    const finding = (await lintSql('-- rebuild\nREINDEX TABLE users;')).find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ severity: 'error', line: 2, column: 1, class: 'unknown' });
    expect(finding!.message).toContain('"users"');
    expect(finding!.help).toContain('CONCURRENTLY');
  });

  it('suggests a rebuild by hand before Postgres 12', async () => {
    const finding = (await lintSql('REINDEX INDEX users_email_idx;', { config: { 'pg-version': 11 } })).find((f) => f.rule === RULE);
    expect(finding!.help).toContain('CREATE INDEX CONCURRENTLY');
  });
});
