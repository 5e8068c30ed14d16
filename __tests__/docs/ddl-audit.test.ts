import { describe, expect, it } from '@jest/globals';
import { lintSql } from '../support/lint-sql.js';
import { auditRows, parserKinds } from './ddl-audit-table.js';

const rows = auditRows();
const linted = rows.filter((r) => r.example !== undefined);

describe('docs/ddl-audit.md', () => {
  it('lists every ALTER TABLE sub-command and every statement kind of the parser', () => {
    const listed = new Set(rows.flatMap((r) => r.kinds));
    const { subcommands, statements } = parserKinds();
    expect(subcommands.length).toBeGreaterThan(60);
    expect(statements.length).toBeGreaterThan(100);
    expect(subcommands.filter((k) => !listed.has(k))).toEqual([]);
    expect(statements.filter((k) => !listed.has(k))).toEqual([]);
  });

  it('gives every row an example, unless SQL cannot write the form', () => {
    for (const row of rows.filter((r) => r.example === undefined)) expect(row.lock).toBe('n/a');
    expect(linted.length).toBeGreaterThan(150);
  });

  it.each(linted.map((r) => [`${r.line}: ${r.example}`, r] as const))('line %s', async (_name, row) => {
    // lock_timeout first: require-lock-timeout is about the file, not the statement audited here
    const findings = await lintSql(`SET lock_timeout = '2s';\n${row.example};`, { layout: 'plain', path: 'migrations/001_audit.sql' });
    expect(findings.filter((f) => f.rule === 'syntax-error')).toEqual([]);
    expect([...new Set(findings.map((f) => f.rule))].sort()).toEqual([...row.rules].sort());
    // The previous-release column and the findings agree: a break is a blocking contract finding.
    const contract = findings.some((f) => f.class === 'contract' && f.severity === 'error');
    expect(contract).toBe(row.previous.startsWith('breaks'));
  });
});
