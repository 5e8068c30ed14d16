import { redactSecrets, redactsPieceByPiece } from '../core/redact.js';

/**
 * Text from a pull request (SQL, file names, notes, command output) must not act on the machine that
 * shows it. The GitHub runner reads every line of a step's output: a line that starts with `::` after
 * leading spaces (`::error::`, `::add-mask::`, `::stop-commands::`) and a `##[command]` anywhere in a line
 * are workflow commands; it splits lines at CR as well as LF. A terminal obeys ESC and C1 sequences, and
 * bidi overrides make text read differently from what it is. Every output sink goes through here.
 */

// C0 controls except tab and newline, DEL, C1 (U+0085 NEL and U+009B CSI included), the bidi marks,
// embeddings, overrides and isolates, and the BOM that some tools read as a line start.
const CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const LINE_BREAKS = /\r\n|[\r\u2028\u2029]/g;
const ZERO_WIDTH_SPACE = '\u200B';
/** `::` at the start of a line once the runner has trimmed it (it trims Unicode white space). */
const COMMAND_LINE_START = /^([\s\u200B]*):(?=:)/gm;
/** The legacy `##[command]` form, recognised anywhere in a line. */
const LEGACY_COMMAND = /##\[/g;
/** The colours text.ts paints with, when writing to a terminal; any other escape is removed. */
// eslint-disable-next-line no-control-regex
const OWN_SGR = /\u001b\[(?:1|2|22|31|32|33|36|39)m/g;

/** Untrusted text with control characters removed and every line break made a plain LF. */
export function cleanText(text: string): string {
  return text.replace(LINE_BREAKS, '\n').replace(CONTROL, '');
}

/** Untrusted text for a place that holds one line (a title, a file name): line breaks become spaces. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/\s*\n\s*/g, ' ');
}

/** Make lines inert for the runner: a zero-width space breaks `::` at a line start and every `##[`. */
export function disarmCommands(text: string): string {
  return text
    .replace(COMMAND_LINE_START, `$1:${ZERO_WIDTH_SPACE}`)
    .replace(LEGACY_COMMAND, `#${ZERO_WIDTH_SPACE}#[`);
}

/**
 * The last step before text reaches stdout, stderr or the action's log: secrets redacted, control
 * characters removed (except our own colours when `color`), lines disarmed.
 */
export function safeOutput(text: string, options: { color?: boolean } = {}): string {
  const redacted = redactSecrets(text);
  if (!options.color) return cleanLines(redacted);
  let clean = '';
  let last = 0;
  for (const m of redacted.matchAll(OWN_SGR)) {
    clean += cleanText(redacted.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return disarmCommands(clean + cleanText(redacted.slice(last)));
}

/**
 * What cleanText or disarmCommands would change: a control or bidi character, a line break other than
 * LF, `##[`, or `::` at a line start after white space. Text without any (nearly every line of a
 * report) is passed on as it is, after one scan instead of four.
 */
const NEEDS_CLEANING =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029\uFEFF]|##\[|^[\s\u200B]*::/m;

/** cleanText then disarmCommands, skipped when the one scan finds nothing they would change. */
function cleanLines(text: string): string {
  return NEEDS_CLEANING.test(text) ? disarmCommands(cleanText(text)) : text;
}

/** Lines are cleaned and written about this many characters at a time (see writeSafeOutput). */
export const OUTPUT_CHUNK = 1 << 20;

/**
 * safeOutput for a stream: the same bytes, written in pieces of whole lines. Cleaning and disarming
 * look at one line at a time (CR, U+2028 and U+2029 are each one line break, and every piece ends at
 * an LF), so a piece is cleaned on its own. Secrets are redacted piece by piece when that gives what
 * the whole text gives (redactsPieceByPiece: nothing to redact spans a line feed), else over the whole
 * text first. A 20 MB report is then never copied whole again, nor encoded into one 20 MB buffer.
 * `text` may come in parts (prettyJsonPieces); they are read as their concatenation.
 */
export function writeSafeOutput(
  text: string | readonly string[],
  write: (chunk: string) => unknown,
  options: { color?: boolean; chunk?: number } = {},
): void {
  const size = Math.max(1, options.chunk ?? OUTPUT_CHUNK);
  if (options.color) {
    write(safeOutput(typeof text === 'string' ? text : text.join(''), options));
    return;
  }
  if (typeof text !== 'string') {
    const lines = wholeLines(text, size);
    if (redactsPieceByPiece(lines)) {
      for (const piece of lines) write(cleanLines(redactSecrets(piece)));
      return;
    }
    text = lines.join('');
  }
  const redacted = redactSecrets(text);
  let start = 0;
  do {
    const newline = redacted.indexOf('\n', start + size - 1);
    const end = newline < 0 ? redacted.length : newline + 1;
    write(cleanLines(redacted.slice(start, end)));
    start = end;
  } while (start < redacted.length);
}

/**
 * Parts joined into pieces of at least `size` characters that end at a line feed (but the last). A
 * large part that ends a line, after a piece that does, is a piece of its own: joining it to others
 * would copy it again.
 */
function wholeLines(parts: readonly string[], size: number): string[] {
  const large = Math.min(size, LARGE_PART);
  const pieces: string[] = [];
  let pending = '';
  for (const part of parts) {
    if (part.length >= large && part.endsWith('\n') && (!pending || pending.endsWith('\n'))) {
      if (pending) pieces.push(pending);
      pieces.push(part);
      pending = '';
      continue;
    }
    pending += part;
    if (pending.length < size) continue;
    const cut = pending.lastIndexOf('\n');
    if (cut < 0) continue;
    pieces.push(pending.slice(0, cut + 1));
    pending = pending.slice(cut + 1);
  }
  if (pending || !pieces.length) pieces.push(pending);
  return pieces;
}
const LARGE_PART = 1 << 14;

const JSON_UNSAFE = /[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]|##\[/;

/**
 * JSON that stays the same data but cannot act when printed: JSON.stringify already escapes C0, so
 * escape what it leaves raw (C1, bidi, line separators) and the `[` of `##[` as \u escapes.
 */
export function safeJson(json: string): string {
  // The one scan finds nothing in nearly every report: no second pass, no copy.
  if (!JSON_UNSAFE.test(json)) return json;
  return json
    .replace(
      /[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    )
    .replace(/##\[/g, '##\\u005b');
}
