import { describe, it, expect } from '@jest/globals';
import type { Finding, Severity } from '../../src/core/finding.js';
import { buildReport } from '../../src/core/report.js';
import type { GateSummary } from '../../src/core/report.js';
import { TOOL_NAME, TOOL_VERSION } from '../../src/core/tool.js';
import { verdictOf } from '../../src/core/verdict.js';
import { ANNOTATIONS_PER_LEVEL, planAnnotations } from '../../src/report/annotations.js';
import { formatJson } from '../../src/report/json.js';
import { COMMENT_MAX_BYTES, formatMarkdown } from '../../src/report/markdown.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatText } from '../../src/report/text.js';
import { sarifErrors } from '../support/sarif.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;

function finding(overrides: Partial<Finding> = {}): Finding {
  return { gate: 'migrations', rule: 'ban-drop-column', severity: 'error', message: 'Dropping column "email" breaks the previous release.', ...overrides };
}

const GATES: GateSummary[] = [{ gate: 'migrations', status: 'fail', summary: 'Supabase layout; 2 migration file(s) checked' }];

const MIXED: Finding[] = [
  finding({ file: 'supabase/migrations/2_b.sql', line: 7, column: 3, rule: 'renaming-column' }),
  finding({ file: 'supabase/migrations/1_a.sql', line: 12, column: 1, severity: 'warning', rule: 'require-concurrent-index-creation' }),
  finding({ file: 'supabase/migrations/1_a.sql', line: 2, column: 5, endLine: 4, help: 'Ship the contract later.', docs: 'https://example.com/docs/rules/ban-drop-column.md', class: 'contract' }),
  finding({ gate: 'config', rule: 'no-file-finding', severity: 'notice', message: 'Nothing to compare with.' }),
  finding({ file: 'prisma/migrations/20240101_init/migration.sql', rule: 'unreadable-file', message: 'Cannot lint this migration.' }),
];

describe('buildReport + formatJson: the v1 JSON report', () => {
  it('has exactly the v1 shape: schemaVersion 1, tool name/version, verdict, findings, gates', () => {
    const report = buildReport(MIXED, GATES, 'error');
    const json = JSON.parse(formatJson(report)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['schemaVersion', 'tool', 'verdict', 'findings', 'gates']);
    expect(json).toMatchObject({ schemaVersion: 1, tool: { name: 'rollback-ready', version: TOOL_VERSION }, verdict: 'block' });
    expect(json.tool).toEqual({ name: TOOL_NAME, version: TOOL_VERSION });
    expect(json.gates).toEqual(GATES);
    expect(formatJson(report).endsWith('}\n')).toBe(true);
  });

  it('sorts findings by file, line and column, whatever order the gates produced them in', () => {
    const report = buildReport(MIXED, GATES, 'error');
    const order = report.findings.map((f) => `${f.file ?? ''}:${f.line ?? 0}`);
    expect(order).toEqual([
      ':0',
      'prisma/migrations/20240101_init/migration.sql:0',
      'supabase/migrations/1_a.sql:2',
      'supabase/migrations/1_a.sql:12',
      'supabase/migrations/2_b.sql:7',
    ]);
    expect(buildReport([...MIXED].reverse(), GATES, 'error').findings).toEqual(report.findings);
  });

  it('keeps every Finding field as given (1-based lines, relative paths)', () => {
    const [only] = buildReport([MIXED[2]!], GATES, 'error').findings;
    expect(only).toEqual(MIXED[2]);
  });

  it('adds command extras at the top level without touching the v1 fields', () => {
    const json = JSON.parse(formatJson(buildReport([], [], 'error', { migrations: { layouts: ['supabase'] } }))) as Record<string, unknown>;
    expect(json).toMatchObject({ schemaVersion: 1, verdict: 'pass', findings: [], migrations: { layouts: ['supabase'] } });
  });

  it('passes when nothing was found', () => {
    expect(buildReport([], GATES, 'error').verdict).toBe('pass');
  });
});

describe('verdictOf: fail-on decides which severities block', () => {
  const of = (...severities: Severity[]) => severities.map((severity) => finding({ severity }));
  it.each([
    ['error', ['error'], 'block'],
    ['error', ['warning', 'notice'], 'pass'],
    ['warning', ['warning'], 'block'],
    ['warning', ['notice'], 'pass'],
    ['warning', ['error'], 'block'],
    ['never', ['error', 'warning', 'notice'], 'pass'],
    ['error', [], 'pass'],
  ] as const)('fail-on %s with findings %p → %s', (failOn, severities, verdict) => {
    const findings = of(...severities);
    expect(verdictOf(findings, failOn)).toBe(verdict);
    expect(buildReport(findings, [], failOn).verdict).toBe(verdict);
  });

  it('defaults to fail-on error', () => {
    expect(verdictOf(of('warning'))).toBe('pass');
    expect(verdictOf(of('error'))).toBe('block');
  });
});

describe('formatText', () => {
  const report = buildReport(MIXED, GATES, 'error');

  it('has no ANSI escape codes when colour is off', () => {
    const text = formatText(report, { color: false });
    expect(text).not.toMatch(ANSI);
    expect(text).toContain('supabase/migrations/1_a.sql:2:5  error  ban-drop-column [contract]');
    expect(text).toContain('✖ blocked: 3 errors, 1 warning, 1 notice');
  });

  it('colours severities when colour is on', () => {
    const text = formatText(report, { color: true });
    expect(text).toMatch(ANSI);
    expect(text).toContain('\u001b[31merror\u001b[39m');
  });

  it('strips terminal escapes that come from user-controlled text even with colour off', () => {
    const hostile = buildReport([finding({ message: 'evil \u001b]0;pwned\u0007 \u001b[2J text' })], [], 'error');
    expect(formatText(hostile, { color: false })).not.toContain('\u001b');
  });
});

describe('formatSarif: valid SARIF 2.1.0', () => {
  it('validates against the SARIF 2.1.0 schema with findings with and without file, line, column and endLine', () => {
    const sarif = formatSarif(buildReport(MIXED, GATES, 'error'));
    expect(sarifErrors(sarif)).toEqual([]);
  });

  it('validates with no findings at all', () => {
    expect(sarifErrors(formatSarif(buildReport([], GATES, 'error')))).toEqual([]);
  });

  it('maps each finding to a result with its rule index, level and region', () => {
    const log = JSON.parse(formatSarif(buildReport(MIXED, GATES, 'error'))) as {
      runs: { tool: { driver: { name: string; version: string; rules: { id: string }[] } }; results: Record<string, unknown>[] }[];
    };
    const run = log.runs[0]!;
    expect(run.tool.driver).toMatchObject({ name: 'rollback-ready', version: TOOL_VERSION });
    const ruleIds = run.tool.driver.rules.map((r) => r.id);
    expect(ruleIds).toEqual([...ruleIds].sort());
    for (const result of run.results) expect(ruleIds[result.ruleIndex as number]).toBe(result.ruleId);

    const spanning = run.results.find((r) => JSON.stringify(r).includes('"startLine":2'));
    expect(spanning).toMatchObject({
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'supabase/migrations/1_a.sql' }, region: { startLine: 2, startColumn: 5, endLine: 4 } } }],
    });
    const warning = run.results.find((r) => r.ruleId === 'require-concurrent-index-creation');
    expect(warning?.level).toBe('warning');
    const notice = run.results.find((r) => r.ruleId === 'no-file-finding');
    expect(notice).toMatchObject({ level: 'note' });
    expect(notice).not.toHaveProperty('locations');
    const fileOnly = run.results.find((r) => r.ruleId === 'unreadable-file');
    expect(JSON.stringify(fileOnly)).not.toContain('region');
  });
});

describe('planAnnotations: GitHub shows ten per level', () => {
  it('keeps ten per level, file findings first, and counts the rest as omitted', () => {
    const findings: Finding[] = [];
    for (let i = 1; i <= 14; i++) findings.push(finding({ file: `m/${i}.sql`, line: i, rule: `e-${i}` }));
    findings.push(finding({ rule: 'no-file-error' }));
    for (let i = 1; i <= 12; i++) findings.push(finding({ severity: 'warning', file: `w/${i}.sql`, line: 1, rule: `w-${i}` }));
    for (let i = 1; i <= 3; i++) findings.push(finding({ severity: 'notice', rule: `n-${i}` }));

    const plan = planAnnotations(findings);
    const count = (level: Severity) => plan.annotations.filter((a) => a.level === level).length;
    expect(count('error')).toBe(ANNOTATIONS_PER_LEVEL);
    expect(count('warning')).toBe(ANNOTATIONS_PER_LEVEL);
    expect(count('notice')).toBe(3);
    expect(plan.omitted).toBe(15 - 10 + 12 - 10);
    expect(plan.annotations.filter((a) => a.level === 'error').every((a) => a.file !== undefined)).toBe(true);
  });

  it('omits nothing under the cap, and carries file, lines, column and the fix', () => {
    const plan = planAnnotations([finding({ file: 'a.sql', line: 3, column: 2, help: 'Do this instead.' })]);
    expect(plan.omitted).toBe(0);
    expect(plan.annotations).toEqual([
      {
        level: 'error',
        title: 'rollback-ready ban-drop-column',
        message: expect.stringContaining('How to fix: Do this instead.'),
        file: 'a.sql',
        startLine: 3,
        endLine: 3,
        startColumn: 2,
      },
    ]);
  });

  it('drops the column of a multi-line annotation (GitHub ignores it there)', () => {
    const [annotation] = planAnnotations([finding({ file: 'a.sql', line: 3, endLine: 5, column: 2 })]).annotations;
    expect(annotation).toMatchObject({ startLine: 3, endLine: 5 });
    expect(annotation).not.toHaveProperty('startColumn');
  });
});

describe('formatMarkdown: size limits', () => {
  const many: Finding[] = Array.from({ length: 5000 }, (_, i) =>
    finding({
      file: `supabase/migrations/${String(i).padStart(5, '0')}_change.sql`,
      line: i + 1,
      column: 1,
      message: `Dropping column "c${i}" of "t${i}" breaks the previous release: its queries still name the column.`,
      help: 'Contract in a later release, once the previous release no longer reads the column.',
      docs: 'https://github.com/rollback-ready/rollback-ready/blob/main/docs/rules/ban-drop-column.md',
    }),
  );
  const report = buildReport(many, GATES, 'error');

  it.each([
    ['a PR comment', COMMENT_MAX_BYTES],
    ['a small budget', 10_000],
  ])('stays under the byte limit for %s with 5,000 findings and says how many were left out', (_name, maxBytes) => {
    const markdown = formatMarkdown(report, { maxBytes });
    expect(Buffer.byteLength(markdown, 'utf8')).toBeLessThanOrEqual(maxBytes);
    const shown = markdown.split('\n').filter((l) => l.startsWith('- ❌')).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(5000);
    expect(markdown).toContain(`…and ${5000 - shown} more finding(s)`);
    expect(markdown).toContain('the JSON report has them all');
  });

  it('stays under the 1 MiB step-summary limit by default, in well under a second', () => {
    const started = performance.now();
    const markdown = formatMarkdown(report);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(Buffer.byteLength(markdown, 'utf8')).toBeLessThanOrEqual(1_000_000);
  });

  it('lists every finding and no "left out" note when they fit', () => {
    const markdown = formatMarkdown(buildReport(MIXED, GATES, 'error'));
    expect(markdown.split('\n').filter((l) => /^- (❌|⚠️|ℹ️)/.test(l))).toHaveLength(MIXED.length);
    expect(markdown).not.toContain('more finding(s)');
    expect(markdown.startsWith('## rollback-ready: ❌ blocked')).toBe(true);
  });
});
