/**
 * The CLI writes a large report in pieces of whole lines (writeSafeOutput) and redacts a report's
 * strings without copying what holds no secret (redactDeep). Both must give exactly the bytes of the
 * one-string path: safeOutput over the whole text, and a full copy.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  forgetSecrets,
  REDACTED,
  redactDeep,
  redactsPieceByPiece,
  rememberSecret,
} from '../../src/core/redact.js';
import { buildReport } from '../../src/core/report.js';
import type { Report } from '../../src/core/report.js';
import { formatReport, formatReportPieces } from '../../src/report/format.js';
import { safeJson, safeOutput, writeSafeOutput } from '../../src/report/safe-text.js';

const written = (text: string | readonly string[], chunk: number, color = false): string[] => {
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

describe('writeSafeOutput of a text in parts', () => {
  const parts = fc.array(hostile, { maxLength: 8 });

  it('writes exactly what safeOutput gives for the parts joined, at any piece size', () => {
    rememberSecret('S3cretValue');
    fc.assert(
      fc.property(parts, fc.integer({ min: 1, max: 12 }), (text, chunk) => {
        expect(written(text, chunk).join('')).toBe(safeOutput(text.join('')));
      }),
      { numRuns: 3000 },
    );
  });

  it('writes clean parts piece by piece, each ending at a line feed', () => {
    const text = ['{\n  "a": 1,', '\n  "b": "x"\n', '}', '\n'];
    expect(written(text, 4)).toEqual(['{\n', '  "a": 1,\n  "b": "x"\n', '}\n']);
  });

  it('disarms a `::` that begins a part and a piece', () => {
    const text = ['ok\n', '::error::x\n', '  ::warning::y ##[z]\n'];
    const pieces = written(text, 3);
    expect(pieces).toEqual(['ok\n', ':\u200B:error::x\n', '  :\u200B:warning::y #\u200B#[z]\n']);
  });

  it('redacts over the whole text when a secret or a password= value may run across a cut', () => {
    rememberSecret('S3cretValue');
    // A remembered secret split between two parts (no line feed in it): each piece is whole lines.
    expect(written(['a S3cret', 'Value b\n', 'c\n'], 2).join('')).toBe(`a ${REDACTED} b\nc\n`);
    // A password whose value is on the next line, in the next part.
    const pw = ['x\n', 'host=db password=\n', '  hunter22 next\n'];
    expect(written(pw, 2).join('')).toBe(safeOutput(pw.join('')));
    expect(written(pw, 2).join('')).not.toContain('hunter22');
    // A quoted value that runs over three lines.
    const quoted = ["token='a\n", 'b\n', "c' d\n"];
    expect(written(quoted, 1).join('')).toBe(`token=${REDACTED} d\n`);
    // A secret with a line feed in it.
    rememberSecret('line1\nline2');
    expect(written(['x line1\n', 'line2 y\n'], 1).join('')).toBe(`x ${REDACTED} y\n`);
  });

  it('redactsPieceByPiece says no only where a cut could change what is redacted', () => {
    expect(redactsPieceByPiece(['a=b\n', 'c = d\n', 'https://x@y\n'])).toBe(true);
    expect(redactsPieceByPiece(['a\n', '  = b\n'])).toBe(false);
    expect(redactsPieceByPiece(['x password=\n', 'y\n'])).toBe(false);
    expect(redactsPieceByPiece(['x\n', 'API-KEY =1\n'])).toBe(false);
    rememberSecret('two\nlines');
    expect(redactsPieceByPiece(['a\n'])).toBe(false);
  });
});

describe('JSON and SARIF in pieces', () => {
  const big = (n: number, text: string): Report =>
    buildReport(
      Array.from({ length: n }, (_, i) => ({
        gate: 'migrations' as const,
        rule: `rule-${i % 3}`,
        severity: 'error' as const,
        file: `m/${i}.sql`,
        line: i + 1,
        message: `${text} ${i}`,
        ...(i % 2 ? { object: `table "t${i % 5}"` } : {}),
      })),
      [{ gate: 'migrations', status: 'fail', summary: text }],
      'error',
      { migrations: { files: Array.from({ length: 300 }, (_, i) => `m/${i}.sql`) } },
    );

  it.each([
    ['plain text', 'Renaming column "a" breaks the previous release'],
    ['hostile text', '::error::x ##[y] \u202E\u2028\u0085 password=hunter22 postgres://a:b@c/d'],
  ])('the pieces join to the text one JSON.stringify gives (%s)', (_name, text) => {
    const report = big(700, text);
    const pieces = formatReportPieces(report, 'json', { color: false });
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.join('')).toBe(safeJson(JSON.stringify(redactDeep(report), null, 2) + '\n'));
    expect(formatReport(report, 'json', { color: false })).toBe(pieces.join(''));
    const sarif = formatReportPieces(report, 'sarif', { color: false });
    expect(sarif.length).toBeGreaterThan(5);
    expect(JSON.parse(sarif.join(''))).toHaveProperty('runs.0.results.699');
    expect(written(pieces, 1000).join('')).toBe(safeOutput(pieces.join('')));
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
