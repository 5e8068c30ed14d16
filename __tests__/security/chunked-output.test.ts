/**
 * The CLI writes a large report in pieces of whole lines (writeSafeOutput) and redacts a report's
 * strings without copying what holds no secret (redactDeep). Both must give exactly the bytes of the
 * one-string path: safeOutput over the whole text, and a full copy.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { forgetSecrets, REDACTED, redactDeep, rememberSecret } from '../../src/core/redact.js';
import { safeOutput, writeSafeOutput } from '../../src/report/safe-text.js';

const written = (text: string, chunk: number, color = false): string[] => {
  const pieces: string[] = [];
  writeSafeOutput(text, (c) => pieces.push(c), { chunk, color });
  return pieces;
};

const piece = fc.oneof(
  fc.constantFrom(
    '\n',
    '\r\n',
    '\r',
    '\u2028',
    '\u2029',
    '::',
    ':',
    '::error::x',
    '  ::warning::y',
    '\u200B::',
    '##[',
    '#',
    '[',
    '\u001b[31m',
    '\u0085',
    '\u202E',
    '\uFEFF',
    ' ',
    '\t',
    'S3cretValue',
    'postgres://app:hunter22@db/x',
    'password=',
    'password\n= x',
    "token='a\nb'",
    '&pwd=p',
    '=',
    '@',
  ),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const hostile = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

afterEach(() => forgetSecrets());

describe('writeSafeOutput', () => {
  it('writes exactly what safeOutput gives for the whole text, at any piece size', () => {
    rememberSecret('S3cretValue');
    fc.assert(
      fc.property(hostile, fc.integer({ min: 1, max: 12 }), (text, chunk) => {
        expect(written(text, chunk).join('')).toBe(safeOutput(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('cuts only after a line feed, and a short text is one write', () => {
    const text = 'a\nbb\nccc\ndddd';
    expect(written(text, 2)).toEqual(['a\n', 'bb\n', 'ccc\n', 'dddd']);
    expect(written(text, 1 << 20)).toEqual([text]);
    expect(written('', 4)).toEqual(['']);
  });

  it('disarms `::` at the start of a piece and `##[` inside one', () => {
    const text = 'first line\n::error::pwned\n  ::add-mask::x\nok ##[set-env]\n';
    const pieces = written(text, 4);
    expect(pieces[1]).toBe(':\u200B:error::pwned\n');
    expect(pieces.join('')).toBe(safeOutput(text));
    expect(pieces.join('')).not.toMatch(/^\s*::|##\[/m);
  });

  it('redacts a remembered secret that straddles a cut, and a password whose value is on the next piece', () => {
    rememberSecret('abc\ndefSECRET');
    const text = `${'x'.repeat(10)}\nabc\ndefSECRET tail\nhost=db password=\n  hunter22 next\n`;
    const out = written(text, 3).join('');
    expect(out).toBe(safeOutput(text));
    expect(out).not.toContain('SECRET');
    expect(out).not.toContain('hunter22');
    expect(out).toContain(REDACTED);
  });

  it('keeps colours in one write, as safeOutput does', () => {
    const painted = '\u001b[31merror\u001b[39m\n::x\n';
    expect(written(painted, 2, true)).toEqual([safeOutput(painted, { color: true })]);
  });
});

describe('redactDeep', () => {
  it('returns a report with nothing to redact as it is, without a copy', () => {
    const report = { findings: [{ message: 'ok', line: 3, extra: [1, 'two', null] }], verdict: 'pass' };
    expect(redactDeep(report)).toBe(report);
  });

  it('copies the objects on the path to a redacted string and shares the rest', () => {
    rememberSecret('hunter22secret');
    const clean = { message: 'nothing here' };
    const report = { findings: [clean, { message: 'pw hunter22secret', line: 1 }], tool: { name: 't' } };
    const out = redactDeep(report);
    expect(out).not.toBe(report);
    expect(out.findings[0]).toBe(clean);
    expect(out.tool).toBe(report.tool);
    expect(out.findings[1]).toEqual({ message: `pw ${REDACTED}`, line: 1 });
    expect(report.findings[1]!.message).toBe('pw hunter22secret');
    expect(JSON.stringify(out)).toBe(JSON.stringify(report).replace('hunter22secret', REDACTED));
  });

  it('still turns an object that is not plain data into a plain copy of its fields', () => {
    class Box {
      constructor(readonly value: string) {}
    }
    const box = new Box('v');
    const out = redactDeep({ box, when: new Date(0) });
    expect(out.box).not.toBe(box);
    expect(Object.getPrototypeOf(out.box)).toBe(Object.prototype);
    expect(out.box).toEqual({ value: 'v' });
    expect(JSON.stringify(out)).toBe('{"box":{"value":"v"},"when":{}}');
  });

  it('gives the JSON a full copy gives, for any JSON-like value', () => {
    rememberSecret('S3cretValue');
    const fullCopy = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(fullCopy)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fullCopy(x)]))
          : v;
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, withSecret) => {
        const v = withSecret ? { s: 'a S3cretValue b', value } : value;
        expect(JSON.stringify(redactDeep(v))).toBe(
          JSON.stringify(fullCopy(v)).replaceAll('S3cretValue', REDACTED),
        );
      }),
      { numRuns: 500 },
    );
  });
});
