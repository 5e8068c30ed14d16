import { afterEach, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  forgetSecrets,
  REDACTED,
  redactCredentials,
  redactSecrets,
  rememberSecret,
} from '../../src/core/redact.js';

// redact.ts skips text that cannot match (no "@", no "=") and runs the URL pattern only on lines holding
// an "@", for speed on large reports. The result must be exactly what the two patterns give over the
// whole text: the reference below is the plain form, as it was written before the shortcut.
const URL_USERINFO = /([a-z][a-z0-9+.-]*:\/\/?[^\s:/?#@]*):([^\s/?#]*)@/gi;
const PASSWORD_PARAMETER =
  /((?:^|[\s?&;,"'])(?:password|passwd|pwd|pass|sslpassword|secret|token|access_token|api[_-]?key)\s*=\s*)('[^']*'|"[^"]*"|[^\s&;,"']+)/gi;
const reference = (text: string) =>
  text
    .replace(URL_USERINFO, (_all, head: string, password: string) =>
      password ? `${head}:${REDACTED}@` : `${head}:@`,
    )
    .replace(PASSWORD_PARAMETER, (_all, head: string) => `${head}${REDACTED}`);

const piece = fc.oneof(
  fc.constantFrom(
    'postgres://',
    'jdbc:mysql://',
    'redis:/',
    'mongodb+srv://',
    'user',
    ':',
    'p@ss',
    'S3cret',
    '@',
    'db.example.com',
    '/',
    '?',
    '#',
    '\n',
    '\r\n',
    ' ',
    '\t',
    '\u2028',
    'password=',
    'PASSWORD = ',
    '&token=',
    ';pwd=',
    "'x y'",
    '"q\nr"',
    'a9',
    '9a',
    '.',
    '+',
    '-',
    '=',
    'é',
  ),
  fc.string({ unit: 'binary-ascii', maxLength: 4 }),
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

afterEach(() => forgetSecrets());

describe('redaction shortcuts give the result of the plain patterns', () => {
  it('redactCredentials equals both patterns applied to the whole text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(redactCredentials(t)).toBe(reference(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('a report-sized text with a few credentials among many lines', () => {
    const lines = Array.from({ length: 5000 }, (_, i) =>
      i % 997 === 0
        ? `  "message": "see postgres://app:S3cret@db:5432/x and ?password=hunter22 line ${i}",`
        : `  "docs": "https://example.com/docs/rules/rule-${i}.md",`,
    );
    const report = lines.join('\n');
    expect(redactCredentials(report)).toBe(reference(report));
    expect(redactCredentials(report)).not.toMatch(/S3cret|hunter22/);
  });

  it('a secret remembered after a redaction is used, longest first, by the next one', () => {
    rememberSecret('abcdef');
    expect(redactSecrets('x abcdefgh y')).toBe(`x ${REDACTED}gh y`);
    rememberSecret('abcdefgh');
    expect(redactSecrets('x abcdefgh y')).toBe(`x ${REDACTED} y`);
    forgetSecrets();
    expect(redactSecrets('x abcdefgh y')).toBe('x abcdefgh y');
    rememberSecret('zyxwvu');
    expect(redactSecrets('zyxwvu abcdef')).toBe(`${REDACTED} abcdef`);
  });
});
