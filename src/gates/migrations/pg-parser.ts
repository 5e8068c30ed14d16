/**
 * The Postgres parser: libpg_query compiled to WASM, through the libpg-query package's public API.
 * The module starts compiling when this file is imported; `loadParser()` waits for it once per process.
 */
import { loadModule, parseSync, scanSync, SqlError } from 'libpg-query';
import type { ParseResult } from '@pgsql/types';

/** A statement the parser rejects: Postgres's message and where it stopped. */
export class PgSyntaxError extends Error {
  /** 0-based character index into the parsed text, when Postgres reported one. */
  readonly cursorPosition: number | undefined;

  constructor(message: string, cursorPosition: number | undefined) {
    super(message);
    this.name = 'PgSyntaxError';
    this.cursorPosition = cursorPosition;
  }
}

export interface ScanToken {
  start: number;
  end: number;
  text: string;
}

/** Resolves once the parser can be called. */
export function loadParser(): Promise<void> {
  return loadModule();
}

/**
 * Parse SQL into libpg_query's AST; throws PgSyntaxError when Postgres rejects it. Empty text is no
 * statements (libpg-query refuses an empty string rather than parse it).
 */
export function parseSql(sql: string): ParseResult {
  if (sql === '') return { version: 0, stmts: [] };
  try {
    return parseSync(sql);
  } catch (error) {
    if (!(error instanceof SqlError)) throw error;
    // libpg-query reports "no position" as 0, like a syntax error at the first character: either way
    // the error is placed at the first token.
    const cursor = error.sqlDetails?.cursorPosition;
    throw new PgSyntaxError(error.message, cursor ? cursor : undefined);
  }
}

/** The Postgres scanner's tokens (byte offsets); throws when the text does not scan. */
export function scanSql(sql: string): ScanToken[] {
  return sql === '' ? [] : (scanSync(sql).tokens ?? []);
}
