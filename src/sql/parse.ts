import type { RawStmt } from '@pgsql/types';
import type { MigrationFile, ParseFailure, ParsedFile, ParsedStatement } from './model.js';
import { cachedParse } from './parse-cache.js';
import { loadParser, ParserNotLoadedError, parseSql, PgSyntaxError, scanSql } from './pg-parser.js';
import { SourcePositions } from './positions.js';

/** Load the WASM Postgres parser (imported and compiled on the first call). */
export function ensureParser(): Promise<void> {
  return loadParser();
}
/**
 * A migration's text as the parser reads it: `text` is the file without a BOM, `source` the SQL parsed
 * (the same, or with parts blanked so positions stay true), as its layout says (Layout.parserSource,
 * asked by gates/migrations/layouts/parse-migration.ts: this layer knows no layout).
 */
export interface MigrationSource extends ParserSource {
  text: string;
}

/** The SQL the parser sees of a file for one direction, and whether that part runs outside a transaction. */
export interface ParserSource {
  source: string;
  /** The file asks its runner not to wrap it in a transaction (dbmate's `transaction:false`). */
  transactionDisabled: boolean;
}

/**
 * Parse one migration file with the real Postgres parser. Positions are exact (line/column of each
 * statement's first token). When the file does not parse, the statements around the error are still
 * returned, so one typo does not hide every other finding.
 *
 * The same SQL is parsed once per process (parse-cache.ts): the lint, the history replay and the
 * fallback checks of one run share the statements, which nothing may modify.
 */
export function parseMigrationSource(
  file: MigrationFile,
  { text, source, transactionDisabled }: MigrationSource,
  options: { cache?: boolean } = {},
): ParsedFile {
  const { statements, errors } = cachedParse(source, parseSource, options);
  return { file, text, statements, errors, transactionDisabled };
}

/** The statements of the SQL the parser sees, and where parts of it did not parse. */
export function parseSource(source: string): { statements: ParsedStatement[]; errors: ParseFailure[] } {
  const positions = new SourcePositions(source);
  const { raws, errors } = parseAll(source, positions);
  const statements: ParsedStatement[] = [];
  let inTransaction = false;
  for (const raw of raws) {
    const start = positions.skipTrivia(raw.start);
    const node = raw.stmt;
    const kind = Object.keys(node)[0] ?? 'Unknown';
    const begin = positions.at(start);
    const finish = positions.at(Math.max(start, raw.end - 1));
    // Key order as before, so that the statements serialise as they always have.
    statements.push({
      node,
      kind,
      text: positions.slice(start, raw.end).trim(),
      line: begin.line,
      column: begin.column,
      endLine: finish.line,
      inExplicitTransaction: inTransaction && kind !== 'TransactionStmt',
    });
    if ('TransactionStmt' in node) {
      const txKind = node.TransactionStmt.kind;
      if (txKind === 'TRANS_STMT_BEGIN' || txKind === 'TRANS_STMT_START') inTransaction = true;
      else if (txKind === 'TRANS_STMT_COMMIT' || txKind === 'TRANS_STMT_ROLLBACK') inTransaction = false;
    }
  }
  return { statements, errors };
}

/** One statement of a parse: its node, and its byte offsets in the source. */
interface RawStatement {
  stmt: NonNullable<RawStmt['stmt']>;
  start: number;
  end: number;
}

function parseAll(
  source: string,
  positions: SourcePositions,
): { raws: RawStatement[]; errors: ParseFailure[] } {
  let stmts: RawStmt[];
  try {
    stmts = parseSql(source).stmts ?? [];
  } catch (error) {
    if (error instanceof ParserNotLoadedError) throw error; // a caller's bug, not a property of the SQL
    return parseByChunks(source, positions, error);
  }
  return { raws: toRaw(stmts, 0, positions.byteLength), errors: [] };
}

function toRaw(stmts: readonly RawStmt[], offset: number, limit: number): RawStatement[] {
  const raws: RawStatement[] = [];
  for (const { stmt, stmt_location, stmt_len } of stmts) {
    if (!stmt) continue;
    const start = offset + (stmt_location ?? 0);
    raws.push({ stmt, start, end: stmt_len ? start + stmt_len : limit });
  }
  return raws;
}

/** Split at top-level semicolons with the Postgres scanner, parse each piece, report the pieces that fail. */
function parseByChunks(
  source: string,
  positions: SourcePositions,
  firstError: unknown,
): { raws: RawStatement[]; errors: ParseFailure[] } {
  let boundaries: number[];
  try {
    boundaries = scanSql(source)
      .filter((t) => t.text === ';')
      .map((t) => t.end);
  } catch (error) {
    if (error instanceof ParserNotLoadedError) throw error;
    return { raws: [], errors: [failureAt(positions, 0, firstError)] };
  }
  const raws: RawStatement[] = [];
  const errors: ParseFailure[] = [];
  let chunkStart = 0;
  for (const end of [...boundaries, positions.byteLength]) {
    if (end <= chunkStart) continue;
    const chunk = positions.slice(chunkStart, end);
    if (chunk.trim() === '' || positions.skipTrivia(chunkStart) >= end) {
      chunkStart = end;
      continue;
    }
    let stmts: RawStmt[] | undefined;
    try {
      stmts = parseSql(chunk).stmts ?? [];
    } catch (error) {
      errors.push(failureAt(new SourcePositions(chunk), chunkStart, error, positions));
    }
    if (stmts) raws.push(...toRaw(stmts, chunkStart, end));
    chunkStart = end;
  }
  if (errors.length === 0) errors.push(failureAt(positions, 0, firstError));
  return { raws, errors };
}

function failureAt(
  local: SourcePositions,
  chunkStartByte: number,
  error: unknown,
  whole: SourcePositions = local,
): ParseFailure {
  const message = error instanceof Error ? error.message : String(error);
  const cursor = error instanceof PgSyntaxError ? error.cursorPosition : undefined;
  const byte =
    cursor !== undefined && cursor >= 0
      ? chunkStartByte + local.byteOfCharIndex(cursor)
      : chunkStartByte + local.skipTrivia(0);
  const { line, column } = whole.at(byte);
  return { message, line, column };
}

/** The code a parse's result depends on: part of the disk store's key (parse-store.ts). */
export const PARSE_CODE: readonly object[] = [
  parseSource,
  parseAll,
  toRaw,
  parseByChunks,
  failureAt,
  SourcePositions,
];
