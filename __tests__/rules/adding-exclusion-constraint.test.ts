import { describe, expect, it } from '@jest/globals';
import { lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'adding-exclusion-constraint';

describe(RULE, () => {
  it('flags an exclusion constraint on an existing table, as a contract change', async () => {
    const sql = "SET lock_timeout = '2s';\nALTER TABLE bookings ADD CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);";
    const [finding] = (await lintSql(sql)).filter((f) => f.rule === RULE);
    expect(finding).toMatchObject({ severity: 'error', class: 'contract', line: 2 });
    expect(finding!.message).toContain('"no_overlap"');
    expect(finding!.help).toContain('no NOT VALID');
  });

  it.each([
    ['on a table this change creates', 'CREATE TABLE b (room int, during tsrange);\nALTER TABLE b ADD CONSTRAINT x EXCLUDE USING gist (during WITH &&);'],
    ['inline in CREATE TABLE', 'CREATE TABLE b (during tsrange, EXCLUDE USING gist (during WITH &&));'],
    ['a unique constraint (another rule)', 'ALTER TABLE b ADD CONSTRAINT b_key UNIQUE (room);'],
  ])('does not flag %s', async (_name, sql) => {
    const hit = await rulesHit(sql);
    expect(hit).not.toContain('syntax-error');
    expect(hit).not.toContain(RULE);
  });
});
