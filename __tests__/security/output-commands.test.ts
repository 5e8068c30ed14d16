/**
 * Untrusted text never becomes a workflow command, a terminal escape or a leak, in any format.
 * The GitHub runner reads a line as a command when it starts with `::` once leading white space is
 * trimmed, and reads `##[command]` anywhere in a line; it splits lines at CR as well as LF. These
 * properties hold for arbitrary strings in every Finding field and gate summary.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import * as core from '@actions/core';
import fc from 'fast-check';
import type { Finding, Severity } from '../../src/core/finding.js';
import { forgetSecrets, redactCredentials, redactSecrets, rememberSecret } from '../../src/core/redact.js';
import { buildReport } from '../../src/core/report.js';
import type { Report } from '../../src/core/report.js';
import { planAnnotations } from '../../src/report/annotations.js';
import { formatReport } from '../../src/report/format.js';
import { safeOutput } from '../../src/report/safe-text.js';

const PAYLOADS = [
  '::error::pwned',
  '\n::error file=x::pwned',
  'a\r::add-mask::secret',
  '  \t::set-output name=verdict::pass',
  '\u2028::warning::ls',
  '\u00a0::notice::nbsp',
  '\u3000::stop-commands::tok',
  'x ##[error]legacy anywhere',
  '##[set-env name=A;]b',
  '\u001b[2J\u001b]0;title\u0007',
  '\u009b31m',
  '\u202Eevil\u202C \u2066iso\u2069',
  '\u0085::error::nel',
  'line\r\n::group::g',
];

const hostile = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...PAYLOADS),
        fc.constantFrom(':', '::', '#', '##[', '[', '\n', '\r', ' ', '\t', '\u001b', '\u2028', '\u200B', '\u00a0'),
        fc.string({ unit: 'binary-ascii', maxLength: 5 }),
      ),
      { maxLength: 10 },
    )
    .map((parts) => parts.join('')),
);

const finding = fc.record(
  {
    severity: fc.constantFrom<Severity>('error', 'warning', 'notice'),
    rule: hostile,
    message: hostile,
    help: hostile,
    file: hostile,
    line: fc.integer({ min: 1, max: 9999 }),
    docs: hostile,
  },
  { requiredKeys: ['severity', 'rule', 'message'] },
).map((f): Finding => ({ gate: 'migrations', ...f }));

const report = fc
  .tuple(fc.array(finding, { maxLength: 6 }), hostile)
  .map(([findings, summary]): Report =>
    buildReport(findings, [{ gate: 'migrations', status: 'fail', summary }], 'error'),
  );

/** .NET's Char.IsWhiteSpace, which the runner's TrimStart uses (a superset of what JS \s lacks: none). */
const RUNNER_TRIM = /^[\s\u0085\u180E]*/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** Problems a runner or terminal would act on, in text written to a step's output. */
function commandProblems(text: string): string[] {
  const problems: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.replace(RUNNER_TRIM, '').startsWith('::')) problems.push(`command line: ${JSON.stringify(line)}`);
    if (line.includes('##[')) problems.push(`legacy command: ${JSON.stringify(line)}`);
    if (CONTROL.test(line)) problems.push(`control character: ${JSON.stringify(line)}`);
  }
  return problems;
}

describe('output written for the runner and the terminal', () => {
  it('text and markdown reports, once written, carry no command line, ##[ or control character', () => {
    fc.assert(
      fc.property(report, (r) => {
        for (const format of ['text', 'markdown'] as const) {
          expect(commandProblems(safeOutput(formatReport(r, format, { color: false })))).toEqual([]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('the text formatter alone already keeps each field on lines of its own finding, without escapes', () => {
    fc.assert(
      fc.property(report, (r) => {
        const text = formatReport(r, 'text', { color: false });
        // eslint-disable-next-line no-control-regex
        expect(text).not.toMatch(/[\u001b\r\u009b]/);
      }),
      { numRuns: 200 },
    );
  });

  it('json and sarif stay valid JSON with the same data, and no printed line acts', () => {
    fc.assert(
      fc.property(report, (r) => {
        for (const format of ['json', 'sarif'] as const) {
          const out = formatReport(r, format, { color: false });
          expect(commandProblems(out)).toEqual([]);
          const parsed = JSON.parse(out) as Report;
          if (format === 'json') expect(parsed.findings).toEqual(JSON.parse(JSON.stringify(r.findings)));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('annotations, as @actions/core writes them, are one command line each with no control character', () => {
    const written: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      fc.assert(
        fc.property(report, (r) => {
          written.length = 0;
          for (const a of planAnnotations(r.findings).annotations) {
            core.error(a.message, { title: a.title, ...(a.file ? { file: a.file } : {}) });
          }
          const lines = written.join('').split(/\r\n|\r|\n/).filter(Boolean);
          expect(lines.length).toBe(planAnnotations(r.findings).annotations.length);
          for (const line of lines) {
            expect(line.startsWith('::error ')).toBe(true);
            expect(CONTROL.test(line)).toBe(false);
            expect(line.includes('##[')).toBe(false);
          }
        }),
        { numRuns: 150 },
      );
    } finally {
      process.stdout.write = write;
    }
  });

  it('keeps our own colours on a terminal and drops every other escape', () => {
    const painted = '\u001b[31merror\u001b[39m  x \u001b[2Jclear \u001b]0;t\u0007';
    expect(safeOutput(painted, { color: true })).toBe('\u001b[31merror\u001b[39m  x [2Jclear ]0;t');
    expect(safeOutput(painted)).toBe('[31merror[39m  x [2Jclear ]0;t');
  });
});

describe('secrets in output', () => {
  afterEach(() => forgetSecrets());

  const password = fc.stringMatching(/^[A-Za-z0-9!$%*+~_.-]{6,24}$/);
  const scheme = fc.constantFrom(
    'postgres://',
    'postgresql://',
    'mysql://',
    'mariadb://',
    'jdbc:postgresql://',
    'jdbc:mysql://',
    'redis://',
    'rediss://',
    'mongodb+srv://',
    'amqp://',
    'sqlserver://',
  );

  it('redacts the password of any URL-shaped secret, whatever its scheme', () => {
    fc.assert(
      fc.property(scheme, password, (s, pw) => {
        const text = `could not connect to ${s}app:${pw}@db.example.com:5432/app?sslmode=require: refused`;
        const out = safeOutput(text);
        expect(out).not.toContain(`:${pw}@`);
        expect(out).toContain(`${s}app:***@db.example.com`);
      }),
    );
  });

  it.each([
    ['jdbc:postgresql://db:5432/app?user=app&password=hunter22&ssl=true', 'hunter22'],
    ['jdbc:sqlserver://db:1433;databaseName=app;user=sa;password=hunter22;', 'hunter22'],
    ["host=db user=app password='hunter 22' dbname=app", 'hunter 22'],
    ['postgres://app:p@ss@word@db/app', 'p@ss@word'],
    ['https://x-access-token:ghs_abcdefghijklmnop@github.com/o/r.git', 'ghs_abcdefghijklmnop'],
    ['GET /repos/o/r?access_token=ghs_abcdefghijklmnop', 'ghs_abcdefghijklmnop'],
  ])('redacts %s', (text, secret) => {
    expect(redactCredentials(text)).not.toContain(secret);
  });

  it('masks a remembered token wherever an error message echoes it, encoded or not', () => {
    rememberSecret('ghs_SENTINELtokenValue123');
    rememberSecret('postgres://app:pa%20ss%2Fword@db/app');
    const echoed = 'HttpError: Bad credentials - {"authorization":"token ghs_SENTINELtokenValue123"} pa%20ss%2Fword and pa ss/word';
    const out = redactSecrets(echoed);
    expect(out).not.toMatch(/SENTINEL|pa ss|pa%20ss/);
  });
});
