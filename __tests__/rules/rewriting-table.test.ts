import { describe, expect, it } from '@jest/globals';
import { lintFiles, lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'rewriting-table';

describe(RULE, () => {
  it.each([
    ['CLUSTER of a table', 'CLUSTER users USING users_pkey;'],
    ['CLUSTER of every clustered table', 'CLUSTER;'],
    ['VACUUM FULL', 'VACUUM FULL users;'],
    ['VACUUM (FULL) with options', 'VACUUM (FULL, ANALYZE) users;'],
    ['SET TABLESPACE', 'ALTER TABLE users SET TABLESPACE fast_ssd;'],
    ['SET LOGGED', 'ALTER TABLE users SET LOGGED;'],
    ['SET UNLOGGED', 'ALTER TABLE users SET UNLOGGED;'],
    ['SET ACCESS METHOD', 'ALTER TABLE users SET ACCESS METHOD heap;'],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(`SET lock_timeout = '2s';\n${sql}`)).toContain(RULE);
  });

  it.each([
    ['plain VACUUM', 'VACUUM users;'],
    ['VACUUM (FULL false)', 'VACUUM (FULL false) users;'],
    ['ANALYZE', 'ANALYZE users;'],
    ['CLUSTER of a table this change creates', 'CREATE TABLE t (id int PRIMARY KEY);\nCLUSTER t USING t_pkey;'],
    ['SET LOGGED on a new table', 'CREATE UNLOGGED TABLE t (id int);\nALTER TABLE t SET LOGGED;'],
  ])('does not flag %s', async (_name, sql) => {
    const hit = await rulesHit(sql);
    expect(hit).not.toContain('syntax-error');
    expect(hit).not.toContain(RULE);
  });

  it('says what blocks and what to do instead', async () => {
    const [finding] = (await lintSql('VACUUM FULL users;')).filter((f) => f.rule === RULE);
    expect(finding).toMatchObject({ severity: 'error' });
    expect(finding!.message).toContain('ACCESS EXCLUSIVE');
    expect(finding!.help).toContain('Plain VACUUM');
    // A lock, not a contract change: the previous release keeps working once the rewrite ends.
    const [linted] = await lintFiles([{ sql: 'CLUSTER users USING users_pkey;' }]);
    expect(linted!.class).not.toBe('contract');
  });
});
