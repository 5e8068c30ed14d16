import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { SourcePositions } from '../../src/sql/positions.js';

/** The same answers computed the slow, obvious way, from the UTF-8 bytes. */
const reference = {
  at(text: string, byte: number): { line: number; column: number } {
    const before = Buffer.from(text, 'utf8').subarray(0, byte).toString('utf8');
    const lines = before.split('\n');
    return { line: lines.length, column: [...lines.at(-1)!].length + 1 };
  },
  slice(text: string, from: number, to: number): string {
    return Buffer.from(text, 'utf8').subarray(from, to).toString('utf8');
  },
  skipTrivia(text: string, byte: number): number {
    const b = Buffer.from(text, 'utf8');
    let i = byte;
    for (;;) {
      const rest = b.subarray(i).toString('latin1');
      const m = /^(?:[ \t\n\r\f]+|--[^\n]*)/.exec(rest);
      if (m) {
        i += m[0].length;
        continue;
      }
      if (!rest.startsWith('/*')) return i;
      let depth = 0;
      let j = 0;
      while (j < rest.length) {
        if (rest.startsWith('/*', j)) {
          depth++;
          j += 2;
        } else if (rest.startsWith('*/', j)) {
          depth--;
          j += 2;
          if (depth === 0) break;
        } else j++;
      }
      i += j;
    }
  },
};

const pieces = (extra: string[]) =>
  fc
    .array(
      fc.constantFrom('a', 'b', ' ', '\n', '\t', '-', '/', '*', ';', '--', '/*', '*/', '\r\n', ...extra),
      { maxLength: 40 },
    )
    .map((p) => p.join(''));

describe('SourcePositions', () => {
  it.each([
    ['ASCII text (read from the string)', pieces([])],
    ['text with other characters (read from its UTF-8 bytes)', pieces(['é', '🚀', 'ß', '中'])],
  ])('maps byte offsets like the UTF-8 bytes say: %s', (_name, texts) => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        const p = new SourcePositions(text);
        const bytes = Buffer.byteLength(text, 'utf8');
        expect(p.byteLength).toBe(bytes);
        // Offsets at character boundaries, as the parser reports them.
        const boundaries = [0];
        for (const ch of text) boundaries.push(boundaries.at(-1)! + Buffer.byteLength(ch, 'utf8'));
        const from = boundaries[a % boundaries.length]!;
        const to = Math.max(from, boundaries[b % boundaries.length]!);
        expect(p.at(from)).toEqual(reference.at(text, from));
        expect(p.slice(from, to)).toBe(reference.slice(text, from, to));
        expect(p.skipTrivia(from)).toBe(reference.skipTrivia(text, from));
      }),
      { numRuns: 500 },
    );
  });

  it('counts columns in code points and clamps offsets past the end', () => {
    const p = new SourcePositions('select 1;\n  -- é\n  🚀 x');
    expect(p.at(Buffer.byteLength('select 1;\n  -- é\n  🚀 '))).toEqual({ line: 3, column: 5 });
    expect(p.at(10_000)).toEqual({ line: 3, column: 6 });
    expect(new SourcePositions('ab\ncd').at(10_000)).toEqual({ line: 2, column: 3 });
  });
});
