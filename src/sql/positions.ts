/**
 * The Postgres parser reports statement positions as UTF-8 byte offsets; editors, GitHub and SARIF
 * want 1-based lines and columns in characters. This maps one to the other.
 *
 * Most migrations are ASCII, where a byte offset is a character offset: those are read straight from
 * the string, without encoding it to UTF-8 or decoding each statement's text back (on 2,000 files,
 * ~30 ms of the linting thread). Text with other characters goes through its UTF-8 bytes.
 */
export class SourcePositions {
  /** Its UTF-8 bytes, when the text is not ASCII. */
  private readonly bytes: Buffer | undefined;
  private readonly lineStarts: number[] = [0];
  readonly byteLength: number;

  constructor(readonly text: string) {
    this.byteLength = Buffer.byteLength(text, 'utf8');
    if (this.byteLength === text.length) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) this.lineStarts.push(i + 1);
    this.bytes = bytes;
  }

  /** The text between two byte offsets. */
  slice(startByte: number, endByte: number): string {
    return this.bytes
      ? this.bytes.subarray(startByte, endByte).toString('utf8')
      : this.text.slice(startByte, endByte);
  }

  /** 1-based line and column (in code points) of a byte offset. */
  at(byteOffset: number): { line: number; column: number } {
    const offset = Math.max(0, Math.min(byteOffset, this.byteLength));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = this.lineStarts[lo]!;
    const column = this.bytes ? codePoints(this.bytes, lineStart, offset) : offset - lineStart;
    return { line: lo + 1, column: column + 1 };
  }

  /** Byte offset of a character (UTF-16 index) offset, as the parser's error cursor reports. */
  byteOfCharIndex(charIndex: number): number {
    return Buffer.byteLength(this.text.slice(0, Math.max(0, charIndex)), 'utf8');
  }

  /** Skip whitespace and comments from a byte offset, so a position points at the statement's first token. */
  skipTrivia(byteOffset: number): number {
    // Every byte this looks for is ASCII, and in UTF-8 no byte of another character is: on ASCII text
    // the string's char codes are its bytes.
    const { bytes, text, byteLength: end } = this;
    const b = bytes ? (i: number) => bytes[i] : (i: number) => text.charCodeAt(i);
    let i = byteOffset;
    while (i < end) {
      const c = b(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c) i++;
      else if (c === 0x2d && b(i + 1) === 0x2d) {
        while (i < end && b(i) !== 0x0a) i++;
      } else if (c === 0x2f && b(i + 1) === 0x2a) {
        // Block comments nest in Postgres.
        let depth = 0;
        while (i < end) {
          if (b(i) === 0x2f && b(i + 1) === 0x2a) {
            depth++;
            i += 2;
          } else if (b(i) === 0x2a && b(i + 1) === 0x2f) {
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
