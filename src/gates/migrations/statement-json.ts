/**
 * libpg_query's parse tree kept as its JSON text, split per statement without parsing it, so each
 * statement's AST is parsed only when something looks at it.
 *
 * On a typical change a quarter of the tree's JSON is statements no rule and no SchemaState entry reads
 * (INSERT … VALUES seed data, COMMENT ON): 2,000 generated migrations spent ~80 ms of ~1 s in JSON.parse
 * for those alone. The split itself costs a few `indexOf` calls per statement.
 */
import type { Node } from '@pgsql/types';
import type { ParsedStatement } from './model.js';

/**
 * Where each statement is in one parse's JSON: `SPAN` numbers per statement, in order:
 * the node's first and past-the-end JSON offsets, then libpg_query's `stmt_location` and `stmt_len`
 * (byte offsets into the SQL; 0 when libpg_query left them out).
 */
export type StatementSpans = Int32Array<ArrayBuffer>;
export const SPAN = 4;

/** The parse of one SQL text: libpg_query's JSON and its statements' spans. */
export interface StatementJson {
  json: string;
  spans: StatementSpans;
}

const STMTS = ',"stmts":[';
const STMT = '{"stmt":';
const NEXT_STMT = ',{"stmt":';
const LOCATION = ',"stmt_location":';
const LENGTH = ',"stmt_len":';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

/**
 * Split libpg_query's JSON (`{"version":N,"stmts":[{"stmt":{Kind:{…}},"stmt_location":L,"stmt_len":N},…]}`)
 * into statement spans. Throws when the text is not of that shape: the parser's output format changed.
 *
 * `{"stmt":` marks each statement: `stmt` is a field of RawStmt alone, RawStmt appears only at the top of
 * a raw parse, and the text cannot occur inside a JSON string (whose quotes are all escaped). So the
 * statements are found with `indexOf`, and each one's tail (`,"stmt_location":L,"stmt_len":N}`) is read
 * backwards from where the next one starts, without scanning the node in between.
 */
export function splitStatementJson(json: string): StatementSpans {
  const list = json.indexOf(STMTS);
  if (list < 0) {
    if (/^\{"version":\d+\}$/.test(json)) return new Int32Array(0); // nothing but comments or blanks
    throw shapeError(json, 0);
  }
  const spans: number[] = [];
  let at = list + STMTS.length;
  if (at === json.length - 2 && json.endsWith(']}')) return new Int32Array(0);
  if (!json.startsWith(STMT, at)) throw shapeError(json, at);
  for (;;) {
    const nodeStart = at + STMT.length;
    const next = json.indexOf(NEXT_STMT, nodeStart);
    // The element ends at its closing brace: before `,{"stmt":` or before the list's closing `]}`.
    const close = next < 0 ? json.length - 3 : next - 1;
    if (json.charCodeAt(close) !== CLOSE_BRACE) throw shapeError(json, close);
    const [length, beforeLength] = readTail(json, close, LENGTH);
    const [location, end] = readTail(json, beforeLength, LOCATION);
    if (json.charCodeAt(nodeStart) !== OPEN_BRACE || json.charCodeAt(end - 1) !== CLOSE_BRACE)
      throw shapeError(json, nodeStart);
    spans.push(nodeStart, end, location, length);
    if (next < 0) break;
    at = next + 1;
  }
  if (!json.endsWith(']}')) throw shapeError(json, json.length - 2);
  return Int32Array.from(spans);
}

/** libpg_query's JSON with its statements' spans. */
export function statementJson(json: string): StatementJson {
  return { json, spans: splitStatementJson(json) };
}

/** The node type of the statement whose node starts at `nodeStart`: `{"AlterTableStmt":{…}}` → AlterTableStmt. */
export function kindAt(json: string, nodeStart: number): string {
  const end = json.indexOf('"', nodeStart + 2);
  return json.charCodeAt(nodeStart + 1) === QUOTE && end > 0 ? json.slice(nodeStart + 2, end) : 'Unknown';
}

/**
 * Read `,"key":123` ending just before `end`, backwards: [123, where it starts]. [0, end] when the text
 * before `end` is not that field (libpg_query leaves out a zero location or length).
 */
function readTail(json: string, end: number, key: string): [number, number] {
  let digits = end;
  while (digits > 0 && isDigit(json.charCodeAt(digits - 1))) digits--;
  if (digits === end || !json.startsWith(key, digits - key.length)) return [0, end];
  return [Number(json.slice(digits, end)), digits - key.length];
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function shapeError(json: string, at: number): Error {
  return new Error(
    `the Postgres parser's JSON is not in the expected shape at offset ${at} (near ${JSON.stringify(json.slice(at, at + 40))}); was libpg-query upgraded?`,
  );
}

/**
 * A parsed statement whose AST is parsed from its JSON on first use: rules, SchemaState and
 * classification read `kind` first, so the AST of a statement none of them needs is never built.
 */
export class JsonStatement implements ParsedStatement {
  private parsed: Node | undefined;

  constructor(
    private readonly json: string,
    private readonly nodeStart: number,
    private readonly nodeEnd: number,
    readonly kind: string,
    readonly text: string,
    readonly line: number,
    readonly column: number,
    readonly endLine: number,
    readonly inExplicitTransaction: boolean,
  ) {}

  get node(): Node {
    return (this.parsed ??= JSON.parse(this.json.slice(this.nodeStart, this.nodeEnd)) as Node);
  }

  fields(names: readonly string[]): Record<string, unknown> {
    if (!this.parsed) return readFields(this.json, this.nodeStart, this.kind, names);
    const inner = (this.parsed as unknown as Record<string, Record<string, unknown>>)[this.kind] ?? {};
    const picked: Record<string, unknown> = {};
    for (const name of names) if (Object.hasOwn(inner, name)) picked[name] = inner[name];
    return picked;
  }

  /** Plain data for JSON.stringify and test snapshots: the node, not the JSON it came from. */
  toJSON(): ParsedStatement {
    const { node, kind, text, line, column, endLine, inExplicitTransaction } = this;
    return { node, kind, text, line, column, endLine, inExplicitTransaction };
  }
}

/**
 * The named top-level fields of the node `{"<kind>":{…}}` that starts at `start`, parsed one by one; the
 * scan stops once all are found (the fields SchemaState wants come first in libpg_query's output).
 */
export function readFields(
  json: string,
  start: number,
  kind: string,
  names: readonly string[],
): Record<string, unknown> {
  const head = `{"${kind}":{`;
  if (!json.startsWith(head, start)) throw shapeError(json, start);
  const found: Record<string, unknown> = {};
  let wanted = names.length;
  let at = start + head.length;
  while (wanted > 0 && json.charCodeAt(at) === QUOTE) {
    const keyEnd = json.indexOf('"', at + 1); // libpg_query's field names are plain identifiers
    if (keyEnd < 0 || json.charCodeAt(keyEnd + 1) !== COLON) throw shapeError(json, at);
    const key = json.slice(at + 1, keyEnd);
    const valueEnd = endOfValue(json, keyEnd + 2);
    if (names.includes(key)) {
      found[key] = JSON.parse(json.slice(keyEnd + 2, valueEnd));
      wanted--;
    }
    at = valueEnd;
    if (json.charCodeAt(at) === COMMA) at++;
    else if (json.charCodeAt(at) !== CLOSE_BRACE) throw shapeError(json, at);
  }
  return found;
}

/** Past-the-end offset of the JSON value that starts at `start`. */
function endOfValue(json: string, start: number): number {
  const first = json.charCodeAt(start);
  if (first === QUOTE) return closingQuote(json, start) + 1;
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    // A number, true, false or null: up to the next comma or closing brace.
    let i = start;
    while (i < json.length && json.charCodeAt(i) !== COMMA && json.charCodeAt(i) !== CLOSE_BRACE) i++;
    if (i === start) throw shapeError(json, start);
    return i;
  }
  let depth = 0;
  for (let i = start; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === QUOTE) i = closingQuote(json, i);
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
    else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --depth === 0) return i + 1;
  }
  throw shapeError(json, start);
}

/** Offset of the quote that closes the string opening at `open` (a quote after an odd run of backslashes is escaped). */
function closingQuote(json: string, open: number): number {
  let end = json.indexOf('"', open + 1);
  while (end > 0 && json.charCodeAt(end - 1) === BACKSLASH) {
    let slashes = 1;
    while (json.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) break;
    end = json.indexOf('"', end + 1);
  }
  if (end < 0) throw shapeError(json, open);
  return end;
}
