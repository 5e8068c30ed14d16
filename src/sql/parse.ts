import type { RawStmt } from '@pgsql/types';
import type { MigrationFile, ParseFailure, ParsedFile, ParsedStatement } from './model.js';
import { cachedParse } from './parse-cache.js';
import { loadParser, ParserNotLoadedError, parseSql, PgSyntaxError, scanSql } from './pg-parser.js';
import { SourcePositions } from './positions.js';

/** Load the WASM Postgres parser (imported and compiled on the first call). */
export function ensureParser(): Promise<void> {
  return loadParser();
}
const DBMATE_UP = /^--\s*migrate:up\b(.*)$/m;
const DBMATE_DOWN = /^--\s*migrate:down\b.*$/m;

/** dbmate keeps up and down in one file, marked by `-- migrate:up` / `-- migrate:down`. */
export function isDbmateFile(text: string): boolean {
  return DBMATE_UP.test(text);
}

/** The SQL the parser sees for a migration: without a BOM; for dbmate, with the other section blanked. */
export function migrationSource(
  file: MigrationFile,
  rawText: string,
  section: 'up' | 'down' = file.direction,
): { text: string; source: string; transactionDisabled: boolean } {
  const text = rawText.replace(/^\uFEFF/, '');
  if (file.layout === 'dbmate' && isDbmateFile(text)) {
    const blanked = blankOtherDbmateSection(text, section);
    return { text, source: blanked.text, transactionDisabled: blanked.transactionDisabled };
  }
  return { text, source: text, transactionDisabled: false };
}

/**
 * Parse one migration file with the real Postgres parser. Positions are exact (line/column of each
 * statement's first token). When the file does not parse, the statements around the error are still
 * returned, so one typo does not hide every other finding.
 *
 * The same SQL is parsed once per process (parse-cache.ts): the lint, the history replay and the
 * fallback checks of one run share the statements, which nothing may modify.
 */
export function parseMigration(
  file: MigrationFile,
  rawText: string,
  section: 'up' | 'down' = file.direction,
  options: { cache?: boolean } = {},
): ParsedFile {
  const { text, source, transactionDisabled } = migrationSource(file, rawText, section);
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
  migrationSource,
  parseSource,
  parseAll,
  toRaw,
  parseByChunks,
  failureAt,
  SourcePositions,
];

/** Replace the other dbmate section with spaces (keeping newlines) so byte positions stay true. */
function blankOtherDbmateSection(
  text: string,
  keep: 'up' | 'down',
): { text: string; transactionDisabled: boolean } {
  const up = DBMATE_UP.exec(text);
  const down = DBMATE_DOWN.exec(text);
  const upStart = up ? up.index : 0;
  const downStart = down ? down.index : text.length;
  const transactionDisabled =
    keep === 'up'
      ? /transaction\s*:\s*false/.test(up?.[1] ?? '')
      : /transaction\s*:\s*false/.test(down?.[0] ?? '');
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  if (keep === 'up') {
    return {
      text: blank(text.slice(0, upStart)) + text.slice(upStart, downStart) + blank(text.slice(downStart)),
      transactionDisabled,
    };
  }
  return { text: blank(text.slice(0, downStart)) + text.slice(downStart), transactionDisabled };
}
