import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { decodeSource } from '../../src/gates/migrations/read-source.js';

// decodeSource checks UTF-8 with node:buffer's isUtf8 and decodes with toString, for speed; what it
// returns must be what a fatal TextDecoder (its former implementation) gives for the same bytes.
const fatal = new TextDecoder('utf-8', { fatal: true });
const reference = (bytes: Buffer) => {
  if (bytes.includes(0)) return 'problem';
  try {
    return fatal.decode(bytes);
  } catch {
    return 'problem';
  }
};

const piece = fc.oneof(
  fc.constantFrom(
    [0xef, 0xbb, 0xbf], // BOM
    [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf],
    [0xc3, 0xa9], // é
    [0xe2, 0x80, 0xa8], // U+2028
    [0xf0, 0x9f, 0x98, 0x80], // an emoji
    [0xed, 0xa0, 0x80], // an encoded surrogate
    [0xc0, 0xaf], // overlong
    [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
    [0x80],
    [0xc3],
    [0xff],
    [0x0d, 0x0a],
  ),
  fc.uint8Array({ maxLength: 6 }).map((a) => [...a]),
  fc.string({ maxLength: 6 }).map((s) => [...Buffer.from(s, 'utf8')]),
);

describe('decodeSource', () => {
  it('gives the text a fatal TextDecoder gives, or a problem exactly when it throws', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const bytes = Buffer.from(pieces.flat());
        const got = decodeSource(bytes);
        expect('text' in got ? got.text : 'problem').toBe(reference(bytes));
      }),
      { numRuns: 5000 },
    );
  });

  it('drops one leading BOM, as the decoder does, and keeps a second', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    expect(decodeSource(Buffer.concat([bom, Buffer.from('SELECT 1;')]))).toEqual({ text: 'SELECT 1;' });
    expect(decodeSource(Buffer.concat([bom, bom, Buffer.from('x')]))).toEqual({ text: '\uFEFFx' });
  });
});
