import type { MigrationFile, ParseFailure, ParsedFile, ParsedStatement } from './model.js';
import { loadParser, parseSqlToJson, PgSyntaxError, scanSql } from './pg-wasm.js';
import { SourcePositions } from './positions.js';
import { JsonStatement, kindAt, SPAN, statementJson } from './statement-json.js';
import type { StatementJson } from './statement-json.js';

/** Load the WASM Postgres parser once per thread (it starts compiling when pg-wasm.ts is imported). */
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
 * `tree` is the parse of `migrationSource(…).source` when another thread already made it (parse-ahead.ts).
 * Each statement's AST is parsed from the parser's JSON when first read (statement-json.ts).
 */
export function parseMigration(
  file: MigrationFile,
  rawText: string,
  section: 'up' | 'down' = file.direction,
  tree?: StatementJson,
): ParsedFile {
  const { text, source, transactionDisabled } = migrationSource(file, rawText, section);
  const positions = new SourcePositions(source);
  const { raws, errors } = tree
    ? { raws: toRaw(tree, 0, positions.byteLength), errors: [] }
    : parseAll(source, positions);
  const statements: ParsedStatement[] = [];
  let inTransaction = false;
  for (const raw of raws) {
    const start = positions.skipTrivia(raw.start);
    const end = raw.end;
    const kind = kindAt(raw.json, raw.nodeStart);
    const begin = positions.at(start);
    const finish = positions.at(Math.max(start, end - 1));
    const statement = new JsonStatement(
      raw.json,
      raw.nodeStart,
      raw.nodeEnd,
      kind,
      positions.slice(start, end).trim(),
      begin.line,
      begin.column,
      finish.line,
      inTransaction && kind !== 'TransactionStmt',
    );
    if (kind === 'TransactionStmt') {
      const txKind = (statement.node as { TransactionStmt: { kind?: string } }).TransactionStmt.kind;
      if (txKind === 'TRANS_STMT_BEGIN' || txKind === 'TRANS_STMT_START') inTransaction = true;
      else if (txKind === 'TRANS_STMT_COMMIT' || txKind === 'TRANS_STMT_ROLLBACK') inTransaction = false;
    }
    statements.push(statement);
  }
  return { file, text, statements, errors, transactionDisabled };
}

/** One statement of a parse: its node's place in the parser's JSON, and its byte offsets in the source. */
interface RawStatement {
  json: string;
  nodeStart: number;
  nodeEnd: number;
  start: number;
  end: number;
}

/** The parse of `sql` as JSON text split per statement; throws PgSyntaxError when Postgres rejects it. */
export function parseStatementJson(sql: string): StatementJson {
  return statementJson(parseSqlToJson(sql));
}

function parseAll(
  source: string,
  positions: SourcePositions,
): { raws: RawStatement[]; errors: ParseFailure[] } {
  let json: string;
  try {
    json = parseSqlToJson(source);
  } catch (error) {
    return parseByChunks(source, positions, error);
  }
  return { raws: toRaw(statementJson(json), 0, positions.byteLength), errors: [] };
}

function toRaw({ json, spans }: StatementJson, offset: number, limit: number): RawStatement[] {
  const raws: RawStatement[] = [];
  for (let i = 0; i < spans.length; i += SPAN) {
    const start = offset + spans[i + 2]!;
    const length = spans[i + 3]!;
    raws.push({
      json,
      nodeStart: spans[i]!,
      nodeEnd: spans[i + 1]!,
      start,
      end: length ? start + length : limit,
    });
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
  } catch {
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
    let json: string | undefined;
    try {
      json = parseSqlToJson(chunk);
    } catch (error) {
      errors.push(failureAt(new SourcePositions(chunk), chunkStart, error, positions));
    }
    if (json !== undefined) raws.push(...toRaw(statementJson(json), chunkStart, end));
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
