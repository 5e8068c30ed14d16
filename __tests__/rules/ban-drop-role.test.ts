import { describe, expect, it } from '@jest/globals';
import { lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'ban-drop-role';

describe(RULE, () => {
  it.each([
    ['DROP ROLE', 'DROP ROLE reporting_reader;'],
    ['DROP ROLE IF EXISTS, several', 'DROP ROLE IF EXISTS a_reader, b_writer;'],
    ['DROP OWNED BY', 'DROP OWNED BY reporting_reader;'],
    ['DROP OWNED BY … CASCADE', 'DROP OWNED BY reporting_reader CASCADE;'],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(sql)).toContain(RULE);
  });

  it.each([
    ['a role created earlier in the file', 'CREATE ROLE scratch_role;\nDROP ROLE scratch_role;'],
    ['handing objects over', 'REASSIGN OWNED BY reporting_reader TO app_owner;'],
    ['turning login off', 'ALTER ROLE reporting_reader NOLOGIN;'],
  ])('does not flag %s', async (_name, sql) => {
    const hits = await rulesHit(sql);
    expect(hits).not.toContain('syntax-error');
    expect(hits).not.toContain(RULE);
  });

  it('says what DROP OWNED deletes, as a contract error', async () => {
    const finding = (await lintSql('DROP OWNED BY reporting_reader;')).find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ severity: 'error', class: 'contract' });
    expect(finding!.message).toContain('drops every table, view, function, type and sequence "reporting_reader" owns');
    expect(finding!.help).toContain('REASSIGN OWNED BY');
  });
});
