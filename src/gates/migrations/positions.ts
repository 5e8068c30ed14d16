/**
 * The Postgres parser reports statement positions as UTF-8 byte offsets; editors, GitHub and SARIF
 * want 1-based lines and columns in characters. This maps one to the other.
 */
export class SourcePositions {
  private readonly bytes: Buffer;
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    this.bytes = Buffer.from(text, 'utf8');
    for (let i = this.bytes.indexOf(0x0a); i >= 0; i = this.bytes.indexOf(0x0a, i + 1))
      this.lineStarts.push(i + 1);
  }

  get byteLength(): number {
    return this.bytes.length;
  }

  /** The text between two byte offsets. */
  slice(startByte: number, endByte: number): string {
    return this.bytes.subarray(startByte, endByte).toString('utf8');
  }

  /** 1-based line and column (in code points) of a byte offset. */
  at(byteOffset: number): { line: number; column: number } {
    const offset = Math.max(0, Math.min(byteOffset, this.bytes.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = this.lineStarts[lo]!;
    return { line: lo + 1, column: codePoints(this.bytes, lineStart, offset) + 1 };
  }

  /** Byte offset of a character (UTF-16 index) offset, as the parser's error cursor reports. */
  byteOfCharIndex(charIndex: number): number {
    return Buffer.byteLength(this.text.slice(0, Math.max(0, charIndex)), 'utf8');
  }

  /** Skip whitespace and comments from a byte offset, so a position points at the statement's first token. */
  skipTrivia(byteOffset: number): number {
    let i = byteOffset;
    const b = this.bytes;
    while (i < b.length) {
      const c = b[i]!;
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c) i++;
      else if (c === 0x2d && b[i + 1] === 0x2d) {
        while (i < b.length && b[i] !== 0x0a) i++;
      } else if (c === 0x2f && b[i + 1] === 0x2a) {
        // Block comments nest in Postgres.
        let depth = 0;
        while (i < b.length) {
          if (b[i] === 0x2f && b[i + 1] === 0x2a) {
            depth++;
            i += 2;
          } else if (b[i] === 0x2a && b[i + 1] === 0x2f) {
            depth--;
            i += 2;
            if (depth === 0) break;
          } else i++;
        }
      } else break;
    }
    return i;
  }
}

/** The number of code points in a UTF-8 byte range: every byte that does not continue a sequence starts one. */
function codePoints(bytes: Uint8Array, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) if ((bytes[i]! & 0xc0) !== 0x80) count++;
  return count;
}
