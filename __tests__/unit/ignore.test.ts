import { describe, expect, it } from '@jest/globals';
import { lintSql } from '../support/lint-sql.js';

// These tests are about ignore comments, not lock hygiene: keep the lock_timeout warning out of the way.
const quiet = { config: { rules: { 'require-lock-timeout': 'off' as const } } };

describe('ignore comments', () => {
  it('require a reason', async () => {
    const findings = await lintSql('-- rollback-ready-ignore ban-drop-column\nALTER TABLE u DROP COLUMN e;');
    expect(findings.map((f) => [f.rule, f.line])).toEqual(
      expect.arrayContaining([
        ['invalid-ignore', 1],
        ['ban-drop-column', 2],
      ]),
    );
  });

  it('reject an unknown rule id instead of silencing everything', async () => {
    const findings = await lintSql('-- rollback-ready-ignore ban-drop-colum: typo\nALTER TABLE u DROP COLUMN e;');
    expect(findings.find((f) => f.rule === 'invalid-ignore')?.message).toContain('"ban-drop-colum"');
    expect(findings.map((f) => f.rule)).toContain('ban-drop-column');
  });

  it('warn when they suppress nothing', async () => {
    const findings = await lintSql('-- rollback-ready-ignore ban-drop-column: not needed\nALTER TABLE u ADD COLUMN e text;', quiet);
    expect(findings).toEqual([expect.objectContaining({ rule: 'unused-ignore', severity: 'warning', line: 1 })]);
  });

  it('apply to the whole file with ignore-file', async () => {
    const sql = '-- rollback-ready-ignore-file ban-drop-column: columns unused since v2\nALTER TABLE u DROP COLUMN a;\nALTER TABLE u DROP COLUMN b;';
    expect((await lintSql(sql)).filter((f) => f.rule === 'ban-drop-column')).toEqual([]);
  });

  it('accept several rule ids', async () => {
    const sql = '-- rollback-ready-ignore ban-drop-column, require-concurrent-index-creation: tiny table\nALTER TABLE u DROP COLUMN a;';
    const findings = await lintSql(sql, quiet);
    expect(findings.map((f) => f.rule)).toEqual(['unused-ignore']);
    expect(findings[0]!.message).toContain('require-concurrent-index-creation');
  });
});

describe('rule severities from config', () => {
  it('can turn a rule off or change its severity', async () => {
    const sql = 'ALTER TABLE u DROP COLUMN a;';
    expect(await lintSql(sql, { config: { rules: { 'ban-drop-column': 'off', 'require-lock-timeout': 'off' } } })).toEqual([]);
    const [finding] = await lintSql(sql, { config: { rules: { 'ban-drop-column': 'warning', 'require-lock-timeout': 'off' } } });
    expect(finding).toMatchObject({ rule: 'ban-drop-column', severity: 'warning' });
  });
});

describe('down migrations', () => {
  it('are parsed but not held to expand/contract rules', async () => {
    expect(await lintSql('ALTER TABLE u DROP COLUMN a;', { direction: 'down', path: 'db/1_x.down.sql', layout: 'golang-migrate' })).toEqual([]);
    const broken = await lintSql('DROP TABLE;', { direction: 'down', path: 'db/1_x.down.sql', layout: 'golang-migrate' });
    expect(broken.map((f) => f.rule)).toEqual(['syntax-error']);
  });
});
