import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../src/core/finding.js';
import { distinguishingDetails, groupFindings } from '../../src/core/group.js';
import { buildReport } from '../../src/core/report.js';
import type { GateSummary } from '../../src/core/report.js';
import { statementObject } from '../../src/gates/migrations/statement-object.js';
import { ensureParser, parseSource } from '../../src/sql/parse.js';
import { planAnnotations } from '../../src/report/annotations.js';
import { formatJson } from '../../src/report/json.js';
import { COMMENT_MAX_BYTES, formatMarkdown } from '../../src/report/markdown.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatText } from '../../src/report/text.js';
import { lintFiles } from '../support/lint-sql.js';

const GATES: GateSummary[] = [{ gate: 'migrations', status: 'fail', summary: 'Prisma layout' }];

/** A change as large changes are: twelve migration files, each adding a required column and an index to User. */
function bigChange(files = 12): { path: string; sql: string; layout: 'prisma' }[] {
  return Array.from({ length: files }, (_, i) => ({
    path: `prisma/migrations/2024020100${String(i).padStart(4, '0')}_m${i}/migration.sql`,
    layout: 'prisma' as const,
    sql: [
      `ALTER TABLE "User" ADD COLUMN "c${i}" integer NOT NULL;`,
      `ALTER TABLE "Team" DROP COLUMN "x${i}";`,
      `CREATE INDEX "Post_v${i}_idx" ON "Post" ("v${i}");`,
    ].join('\n'),
  }));
}

async function bigReport(files = 12) {
  const linted = await lintFiles(bigChange(files));
  return buildReport(
    linted.flatMap((l) => l.findings),
    GATES,
    'error',
  );
}

describe('statementObject: the object a statement acts on', () => {
  it.each([
    ['ALTER TABLE "User" ADD COLUMN a int', 'table "User"'],
    ['ALTER TABLE app.users DROP COLUMN a', 'table "app.users"'],
    ['CREATE INDEX i ON public.posts (a)', 'table "posts"'],
    ['ALTER INDEX i RENAME TO j', 'index "i"'],
    ['DROP TABLE users', 'table "users"'],
    ['DROP TABLE a, b', undefined],
    ['ALTER TYPE "Role" ADD VALUE \'x\'', 'type "Role"'],
    ['ALTER TABLE users RENAME COLUMN a TO b', 'table "users"'],
    ['TRUNCATE audit', 'table "audit"'],
    ['ALTER DOMAIN d ADD CONSTRAINT c CHECK (VALUE > 0)', 'domain "d"'],
    ["SET lock_timeout = '2s'", undefined],
  ])('%s → %s', async (sql, object) => {
    await ensureParser();
    const [statement] = parseSource(sql).statements;
    expect(statementObject(statement!)).toBe(object);
  });
});

describe('groupFindings: one finding per root cause', () => {
  it('turns a large change into one group per (rule, object), keeping every finding and location', async () => {
    const report = await bigReport();
    const byRule = new Map<string, number>();
    for (const f of report.findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
    expect(report.findings.length).toBeGreaterThanOrEqual(36);
    // Every repeated rule on one object is one group; each finding names its group.
    expect(report.findings.every((f) => f.group)).toBe(true);
    const groups = report.groups!;
    expect(groups.length).toBe(byRule.size);
    const drop = groups.find((g) => g.rule === 'ban-drop-column')!;
    expect(drop).toMatchObject({ object: 'table "Team"', count: 12, files: 12, severity: 'error' });
    expect(drop.locations.map((l) => l.detail)).toEqual(Array.from({ length: 12 }, (_, i) => `"x${i}"`));
    expect(drop.locations[0]).toMatchObject({
      file: 'prisma/migrations/20240201000000_m0/migration.sql',
      line: 2,
      column: 1,
    });
    const required = groups.find((g) => g.rule === 'adding-required-field')!;
    expect(required.object).toBe('table "User"');
    expect(report.findings.filter((f) => f.group === required.id)).toHaveLength(12);
  });

  it('keeps findings on different objects apart, and merges identical messages without an object', () => {
    const f = (o: Partial<Finding>): Finding => ({
      gate: 'migrations',
      rule: 'ban-drop-column',
      severity: 'error',
      message: 'm',
      ...o,
    });
    const { groups, items, findings } = groupFindings([
      f({ object: 'table "a"', file: 'x.sql', line: 1, message: 'Dropping column "p" of "a"' }),
      f({ object: 'table "b"', file: 'x.sql', line: 2, message: 'Dropping column "q" of "b"' }),
      f({ gate: 'notes', rule: 'note-missing', file: 'n.md', line: 1, message: 'No note.' }),
      f({ gate: 'notes', rule: 'note-missing', file: 'm.md', line: 1, message: 'No note.' }),
      f({
        object: 'table "a"',
        file: 'y.sql',
        line: 1,
        severity: 'warning',
        message: 'Dropping column "r" of "a"',
      }),
    ]);
    expect(groups.map((g) => [g.rule, g.count, g.locations.map((l) => l.file)])).toEqual([
      ['note-missing', 2, ['m.md', 'n.md']],
    ]);
    expect(groups[0]!.locations.every((l) => l.detail === undefined)).toBe(true);
    expect(items).toHaveLength(4);
    expect(findings.filter((x) => x.group)).toHaveLength(2);
  });

  it('says what sets each occurrence apart: the varying quoted names, else the whole message', () => {
    expect(distinguishingDetails(['Add "c1" to "User"', 'Add "c2" to "User"'])).toEqual(['"c1"', '"c2"']);
    expect(distinguishingDetails(['same', 'same'])).toEqual([undefined, undefined]);
    expect(
      distinguishingDetails([
        'Change "v" to bigint; history has it as integer.',
        'Change "v" to bigint; history has it as bigint.',
      ]),
    ).toEqual(['integer', 'bigint']);
    expect(distinguishingDetails(['Add "c1" now', 'Drop "c1" later'])).toEqual([
      'Add "c1" now',
      'Drop "c1" later',
    ]);
    expect(distinguishingDetails(['One thing.', 'Quite another thing.'])).toEqual([
      'One thing.',
      'Quite another thing.',
    ]);
    // Neighbouring words that vary read as one phrase; phrases apart are listed (hoppscotch's grouped
    // require-if-not-exists showed `ADD, COLUMN, "slug", to`).
    const tail =
      'has no IF NOT EXISTS: it runs outside a transaction, so if the migration fails after it, re-running the file fails here.';
    expect(
      distinguishingDetails([
        `ADD COLUMN "slug" to "PublishedDocs" ${tail}`,
        `CREATE INDEX "PublishedDocs_collectionID_idx" on "PublishedDocs" ${tail}`,
      ]),
    ).toEqual(['ADD COLUMN "slug" to', 'CREATE INDEX "PublishedDocs_collectionID_idx" on']);
    expect(
      distinguishingDetails([
        'Add "c1" to "t1" now, without a default value.',
        'Add "c2" to "t2" now, without a default value.',
      ]),
    ).toEqual(['"c1", "t1"', '"c2", "t2"']);
  });

  it('leaves a report without repeated root causes exactly as before (no groups field, no group ids)', () => {
    const report = buildReport(
      [{ gate: 'config', rule: 'x', severity: 'notice', message: 'once' }],
      [],
      'error',
    );
    expect(Object.keys(JSON.parse(formatJson(report)) as object)).toEqual([
      'schemaVersion',
      'tool',
      'verdict',
      'findings',
      'gates',
    ]);
    expect(report.findings[0]).not.toHaveProperty('group');
  });
});

describe('every format shows a group once', () => {
  it('text: one entry per group, with every place and what differs there', async () => {
    const text = formatText(await bigReport(), { color: false });
    expect(text.match(/error {2}ban-drop-column/g)).toHaveLength(1);
    expect(text).toContain('error  ban-drop-column [contract]  12 times on table "Team", in 12 files');
    expect(text).toContain('  at: prisma/migrations/20240201000000_m0/migration.sql:2:1  "x0"');
    expect(text).toContain('      prisma/migrations/20240201000011_m11/migration.sql:2:1  "x11"');
  });

  it('markdown: one entry per group, places capped at ten', async () => {
    const markdown = formatMarkdown(await bigReport());
    const entries = markdown.split('\n').filter((l) => /^- (❌|⚠️|ℹ️)/.test(l));
    expect(entries.length).toBe((await bigReport()).groups!.length);
    const drop = entries.find((l) => l.includes('`ban-drop-column`'))!;
    expect(drop).toContain('12 times on table \\"Team\\" in 12 files');
    expect(markdown).toContain('and 2 more (the JSON report lists every one)');
  });

  it('annotations: one per group, at its first place, naming the others', async () => {
    const plan = planAnnotations((await bigReport()).findings);
    const drop = plan.annotations.filter((a) => a.title === 'rollback-ready ban-drop-column');
    expect(drop).toHaveLength(1);
    expect(drop[0]).toMatchObject({
      file: 'prisma/migrations/20240201000000_m0/migration.sql',
      startLine: 2,
    });
    expect(drop[0]!.message).toContain(
      'The same problem on table "Team" 11 more time(s): prisma/migrations/20240201000001_m1/migration.sql:2:1 ("x1")',
    );
    expect(plan.omitted).toBe(0);
  });

  it('SARIF and JSON keep every location and carry the group', async () => {
    const report = await bigReport();
    const sarif = JSON.parse(formatSarif(report)) as {
      runs: {
        results: { properties: { group?: string } }[];
        properties: { groups: { id: string; count: number }[] };
      }[];
    };
    expect(sarif.runs[0]!.results).toHaveLength(report.findings.length);
    expect(sarif.runs[0]!.results.every((r) => r.properties.group)).toBe(true);
    expect(sarif.runs[0]!.properties.groups.reduce((n, g) => n + g.count, 0)).toBe(report.findings.length);
    const json = JSON.parse(formatJson(report)) as {
      groups: { locations: unknown[] }[];
      findings: { group: string }[];
    };
    expect(json.groups.reduce((n, g) => n + g.locations.length, 0)).toBe(json.findings.length);
  });
});

describe("the PR comment within GitHub's 65,536-character limit", () => {
  /** Hundreds of root causes: 300 tables each losing columns (errors) and 300 lock warnings. */
  function hundreds(): Finding[] {
    const out: Finding[] = [];
    for (let t = 0; t < 300; t++) {
      for (const sev of ['warning', 'error'] as const) {
        for (let c = 0; c < 2; c++) {
          out.push({
            gate: 'migrations',
            rule: sev === 'error' ? 'ban-drop-column' : 'require-lock-timeout',
            severity: sev,
            object: `table "t${t}"`,
            file: `supabase/migrations/${String(t).padStart(4, '0')}_change.sql`,
            line: c * 2 + (sev === 'error' ? 2 : 1),
            message: `Dropping column "c${c}" of "t${t}" breaks the previous release: its queries still name the column, and a rollback cannot bring the data back.`,
            help: 'Contract in a later release: first ship a release that no longer reads or writes the column.',
            docs: 'https://github.com/rollback-ready/rollback-ready/blob/main/docs/rules/ban-drop-column.md',
          });
        }
      }
    }
    return out;
  }

  it('shows blocking groups first and summarises the rest with counts and where the full list is', () => {
    const report = buildReport(hundreds(), GATES, 'error');
    expect(report.findings).toHaveLength(1200);
    expect(report.groups).toHaveLength(600);
    const markdown = formatMarkdown(report, {
      maxBytes: COMMENT_MAX_BYTES,
      fullReport: 'the job summary lists the rest',
    });
    expect(markdown.length).toBeLessThanOrEqual(65_536);
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(COMMENT_MAX_BYTES);
    const entries = markdown.split('\n').filter((l) => /^- (❌|⚠️)/.test(l));
    // Every shown entry is an error group until the errors run out: blocking first.
    const firstWarning = entries.findIndex((l) => l.startsWith('- ⚠️'));
    expect(
      entries
        .slice(0, firstWarning === -1 ? entries.length : firstWarning)
        .every((l) => l.startsWith('- ❌')),
    ).toBe(true);
    expect(entries.length).toBeGreaterThan(10);
    const shownErrors = entries.filter((l) => l.startsWith('- ❌')).length;
    const left = 600 - entries.length;
    const leftErrors = (300 - shownErrors) * 2;
    expect(markdown).toContain(
      `…and ${left * 2} more finding(s) in ${left} entries (${leftErrors} error(s), 600 warning(s), 0 notice(s): \`require-lock-timeout\` ×600, \`ban-drop-column\` ×${leftErrors})`,
    );
    expect(markdown).toContain('the job summary lists the rest.');
  });
});
