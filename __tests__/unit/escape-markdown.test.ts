import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import type { Finding } from '../../src/core/finding.js';
import { buildReport } from '../../src/core/report.js';
import { escapeMarkdown, inlineCode } from '../../src/report/escape-markdown.js';
import { formatMarkdown } from '../../src/report/markdown.js';

const RUNS = { numRuns: 200 };
const ZWSP = '\u200B';

/** Text an attacker controls: PR bodies, file names, SQL comments, tag names. */
const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<!-- rollback-ready:report -->',
  '@octocat',
  'cc @org/team please',
  'fixes #123',
  'GH-7 and #1',
  '```\nrm -rf /\n```',
  '`inline` code',
  '[link](javascript:alert(1))',
  '![x](https://evil.example/pixel.png)',
  '&#64;user &#x40;user &commat;user',
  '&lt;b&gt;',
  'line one\r\nline two\rline three\nline four',
  '| a | b |\n|---|---|',
  '**bold** _em_ ~~strike~~',
  '\\@octocat \\#1 \\`',
  '@@@###```<<<>>>',
];

/** Mix payload fragments, Markdown metacharacters and arbitrary unicode. */
const hostileText = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...PAYLOADS),
        fc.constantFrom('@', '#', '`', '<', '>', '\\', '\n', '\r', '&', '|', '[', ']', '(', ')', '*', '_', ZWSP),
        fc.string({ unit: 'binary-ascii', maxLength: 6 }),
        fc.integer({ min: 0, max: 9999 }).map(String),
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join('')),
);

/** Every rule an escaped piece of text must satisfy to be inert on GitHub; returns the broken ones. */
function problemsOf(escaped: string): string[] {
  const problems: string[] = [];
  if (/[<>]/.test(escaped)) problems.push('raw < or >');
  if (/@(?!\u200B)/.test(escaped)) problems.push('@ not followed by a zero-width space');
  if (/@\w/.test(escaped)) problems.push('live @mention');
  if (/#\d/.test(escaped)) problems.push('live #123 link');
  if (/(^|[^\\])(\\\\)*`/.test(escaped)) problems.push('unescaped backtick');
  if (/[\r\n]/.test(escaped)) problems.push('newline');
  if (/&(?!amp;|lt;|gt;)/.test(escaped)) problems.push('raw HTML entity');
  return problems;
}

describe('escapeMarkdown', () => {
  it.each(PAYLOADS)('makes %j inert', (payload) => {
    expect(problemsOf(escapeMarkdown(payload))).toEqual([]);
  });

  it('keeps ordinary words readable', () => {
    expect(escapeMarkdown('Dropping column email of users')).toBe('Dropping column email of users');
  });

  it('puts a zero-width space between @ and the name, and between # and the number', () => {
    expect(escapeMarkdown('@octocat')).toBe(`@${ZWSP}octocat`);
    expect(escapeMarkdown('#123')).toBe(`\\#${ZWSP}123`);
  });

  it('never leaves raw HTML, a live @mention or #123, an unescaped backtick or a newline, for any string', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(problemsOf(escapeMarkdown(text))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('escapes every backtick with a backslash', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const escaped = escapeMarkdown(text);
        for (let i = escaped.indexOf('`'); i !== -1; i = escaped.indexOf('`', i + 1)) {
          expect(escaped[i - 1]).toBe('\\');
        }
      }),
      RUNS,
    );
  });
});

describe('inlineCode', () => {
  it('has exactly two backticks (the delimiters) and no newline, for any string', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const code = inlineCode(text);
        expect(code.split('`')).toHaveLength(3);
        expect(code.startsWith('`') && code.endsWith('`')).toBe(true);
        expect(code).not.toMatch(/[\r\n]/);
        expect(code).not.toMatch(/@(?!\u200B)/);
      }),
      RUNS,
    );
  });
});

describe('formatMarkdown with user-controlled text', () => {
  const benign: Finding = {
    gate: 'migrations',
    rule: 'ban-drop-column',
    severity: 'error',
    file: 'supabase/migrations/1_a.sql',
    line: 1,
    message: 'benign',
    help: 'benign',
  };
  const render = (text: string) =>
    formatMarkdown(
      buildReport([{ ...benign, message: text, help: `Instead: ${text}`, file: `supabase/migrations/${text}.sql` }], [{ gate: 'migrations', status: 'fail', summary: text }], 'error'),
    );
  const baseline = render('benign');

  it('escapes messages, help and gate summaries, keeps file paths in code spans, and keeps the document shape', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const markdown = render(text);
        const lines = markdown.split('\n');
        // Hostile text cannot add lines, rows, headings or list items.
        expect(lines).toHaveLength(baseline.split('\n').length);

        const row = lines.find((l) => l.startsWith('| `migrations` |'));
        expect(row).toBeDefined();
        const cell = row!.slice('| `migrations` | ❌ fail | '.length, -' |'.length);
        expect(cell).toBe(escapeMarkdown(text));
        expect(problemsOf(cell)).toEqual([]);
        // The cell is the last of three: no unescaped pipe inside it.
        expect(cell).not.toMatch(/(^|[^\\])(\\\\)*\|/);

        const item = lines.find((l) => l.startsWith('- ❌ **error** `ban-drop-column` at `'));
        expect(item).toBeDefined();
        const message = item!.slice(item!.indexOf('`: ') + 3);
        expect(message).toBe(escapeMarkdown(text));
        expect(problemsOf(message)).toEqual([]);
        const where = item!.slice(item!.indexOf(' at ') + 4, item!.indexOf('`: ') + 1);
        expect(where.split('`')).toHaveLength(3);

        const help = lines.find((l) => l.startsWith('  - How to fix: '));
        expect(problemsOf(help!.slice('  - How to fix: '.length))).toEqual([]);
      }),
      RUNS,
    );
  });

  it.each(PAYLOADS.filter((p) => /[<>@#`&\n]/.test(p)))('never shows %j verbatim', (payload) => {
    const markdown = render(payload);
    const withoutCodeSpans = markdown.replace(/`[^`\n]*`/g, '``');
    expect(withoutCodeSpans).not.toContain(payload);
    expect(withoutCodeSpans.replace(/<\/?sub>/g, '')).not.toMatch(/[<>]|@\w|#\d/);
  });
});
