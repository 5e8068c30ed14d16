/**
 * Whole documents, not single cells: a job summary or PR comment built from any findings whose text
 * comes from users (PR bodies, file names, SQL, tags) has no raw HTML, no live @mention or issue
 * link (#123, GH-123), no code fence or line of its own, and stays within GitHub's size limits.
 * (Cell-level escaping is in __tests__/unit/escape-markdown.test.ts.)
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Finding, Severity } from '../../src/core/finding.js';
import { groupFindings } from '../../src/core/group.js';
import { buildReport } from '../../src/core/report.js';
import type { GateSummary } from '../../src/core/report.js';
import { checkNote } from '../../src/gates/notes/check-note.js';
import { parseNote } from '../../src/gates/notes/parse-note.js';
import { COMMENT_MARKER } from '../../src/github/sticky-comment.js';
import { semverScheme } from '../../src/release/semver.js';
import { COMMENT_MAX_BYTES, SUMMARY_MAX_BYTES, formatMarkdown } from '../../src/report/markdown.js';
import { liveProblems } from './support/markdown-checks.js';

/** GitHub rejects a comment body over 65,536 characters; a step summary over 1 MiB. */
const GITHUB_COMMENT_LIMIT = 65_536;
const GITHUB_SUMMARY_LIMIT = 1024 * 1024;

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<details open><summary>x</summary>',
  '<!-- rollback-ready:report -->',
  '@octocat',
  'cc @org/team please',
  '@​already-zero-width',
  'fixes #123',
  'octo/repo#1 and GH-7 and gh-8',
  '```\nrm -rf /\n```',
  '~~~\ncode\n~~~',
  '    indented code',
  '`inline` code',
  '[link](javascript:alert(1))',
  '![x](https://evil.example/pixel.png)',
  '&#64;user &#x40;user &commat;user &#35;1',
  '| a | b |\n|---|---|',
  '# heading\n## heading',
  '- list\n* list\n1. list',
  '> quote',
  '\\@octocat \\#1 \\`',
  '@@@###```<<<>>>',
  'line one\r\nline two\rline three\u2028four\u0085five',
  '\u0000\u0007\u001b[31mred',
  '\u202Eevil\u202C',
];

const hostileText = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...PAYLOADS),
        fc.constantFrom('@', '#', '`', '<', '>', '\\', '\n', '\r', '&', '|', '[', ']', '(', ')', '*', '_', '~', '-', 'GH', '\u200B', ' '),
        fc.string({ unit: 'binary-ascii', maxLength: 6 }),
        fc.integer({ min: 0, max: 9999 }).map(String),
      ),
      { maxLength: 14 },
    )
    .map((parts) => parts.join('')),
);

const RULES = ['ban-drop-column', 'note-field-missing', 'unreadable-file', 'syntax-error'];
const SEVERITIES: Severity[] = ['error', 'warning', 'notice'];

const finding = fc.record({
  rule: fc.constantFrom(...RULES),
  severity: fc.constantFrom(...SEVERITIES),
  file: fc.option(hostileText, { nil: undefined }),
  line: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: undefined }),
  message: hostileText,
  help: fc.option(hostileText, { nil: undefined }),
});

function report(findings: Omit<Finding, 'gate'>[], summaries: string[]) {
  const gates: GateSummary[] = summaries.map((summary, i) => ({ gate: (['migrations', 'notes', 'tagging'] as const)[i % 3]!, status: 'fail', summary }));
  return buildReport(
    findings.map((f) => ({ gate: 'migrations', ...Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) }) as Finding),
    gates,
    'error',
  );
}

describe('Markdown reports built from user text', () => {
  it('have no raw HTML, live mention, issue link, code fence or line of their own (summary and comment)', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 25 }), fc.array(hostileText, { maxLength: 3 }), (findings, summaries) => {
        const r = report(findings, summaries);
        for (const maxBytes of [SUMMARY_MAX_BYTES, COMMENT_MAX_BYTES]) {
          expect(liveProblems(formatMarkdown(r, { maxBytes }))).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('stay within GitHub limits however many and however long the findings (and say what was left out)', () => {
    const long = fc.tuple(fc.constantFrom(...PAYLOADS), fc.integer({ min: 1, max: 400 })).map(([p, n]) => p.repeat(n));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4000 }), long, long, (count, message, summary) => {
        const findings = Array.from({ length: count }, (_, i) => ({ rule: RULES[i % RULES.length]!, severity: SEVERITIES[i % 3]!, file: `db/${message.slice(0, 50)}.sql`, line: i + 1, message }));
        const r = report(findings, [summary]);
        const summaryDoc = formatMarkdown(r, { maxBytes: SUMMARY_MAX_BYTES });
        const comment = `${COMMENT_MARKER}\n${formatMarkdown(r, { maxBytes: COMMENT_MAX_BYTES })}`;
        expect(Buffer.byteLength(summaryDoc)).toBeLessThanOrEqual(GITHUB_SUMMARY_LIMIT);
        expect(Buffer.byteLength(comment)).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
        // Findings with one root cause (same rule, same message) are one entry: count entries, not findings.
        const entries = groupFindings(r.findings).items;
        for (const doc of [summaryDoc, comment.slice(COMMENT_MARKER.length + 1)]) {
          const shown = (doc.match(/^- (❌|⚠️|ℹ️) /gm) ?? []).length;
          if (shown < entries.length) {
            const left = entries.length - shown;
            expect(doc).toMatch(new RegExp(`…and \\d+ more finding\\(s\\) in ${left} entr(y|ies)|…truncated`));
          }
          expect(liveProblems(doc)).toEqual([]);
        }
      }),
      { numRuns: 12 },
    );
  });

  it('stay inert when the findings come from a hostile release note (PR body → parser → checks → Markdown)', () => {
    const scheme = semverScheme('v');
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 5, maxLength: 5 }), hostileText, (values, noise) => {
        const [id, change, watch, rollback, owner] = values as [string, string, string, string, string];
        const body = [noise, `Release ID: ${id}`, `**Change:** ${change}`, '### Watch', watch, `| Rollback | ${rollback} |`, `- Owner: ${owner}`].join('\n');
        const findings = checkNote(parseNote(body), { scheme, allowPrerelease: false, knownGood: { releaseId: 'v1.0.0', source: 'tags' } });
        const r = buildReport(findings, [{ gate: 'notes', status: findings.length ? 'fail' : 'pass', summary: `pull request: Release ID ${id}` }], 'error');
        expect(liveProblems(formatMarkdown(r, { maxBytes: COMMENT_MAX_BYTES }))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('the checker itself catches what it is for', () => {
    expect(liveProblems('## rollback-ready: x\n<img src=x>')).not.toEqual([]);
    expect(liveProblems('## rollback-ready: @octocat')).not.toEqual([]);
    expect(liveProblems('## rollback-ready: GH-12')).not.toEqual([]);
    expect(liveProblems('## rollback-ready: \\#1')).not.toEqual([]);
    expect(liveProblems('```')).not.toEqual([]);
    expect(liveProblems('## rollback-ready: `@octocat #1 <b>`')).toEqual([]);
  });
});
