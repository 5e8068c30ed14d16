/**
 * The Postgres parser: libpg_query compiled to WASM, through the libpg-query package's public API.
 * The package is imported on first `loadParser()`, not with this file: importing it starts compiling
 * its WASM (a few hundred ms of CPU), which a run that finds every parse in the content cache
 * (parse-store.ts) never needs.
 */
import type { ParseResult } from '@pgsql/types';
import type * as LibPgQueryModule from 'libpg-query';

type LibPgQuery = typeof LibPgQueryModule;

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

/**
 * The parser was called before `loadParser()` resolved: a bug in the caller, never a property of the SQL,
 * so code that treats a parse failure as "not SQL" must let it through rather than read it as a verdict.
 */
export class ParserNotLoadedError extends Error {
  constructor() {
    super('the Postgres parser was used before it was loaded (await loadParser() first)');
    this.name = 'ParserNotLoadedError';
  }
}

export interface ScanToken {
  start: number;
  end: number;
  text: string;
}

let lib: LibPgQuery | undefined;
let loading: Promise<void> | undefined;

/** Resolves once the parser can be called; the first call imports and compiles it. */
export function loadParser(): Promise<void> {
  loading ??= import('libpg-query').then(async (module) => {
    await module.loadModule();
    lib = module;
  });
  return loading;
}

/** Whether the parser has been loaded in this process (tests, and the content cache's promise to skip it). */
export function parserLoaded(): boolean {
  return lib !== undefined;
}

function loaded(): LibPgQuery {
  if (!lib) throw new ParserNotLoadedError();
  return lib;
}

/**
 * Parse SQL into libpg_query's AST; throws PgSyntaxError when Postgres rejects it. Empty text is no
 * statements (libpg-query refuses an empty string rather than parse it).
 */
export function parseSql(sql: string): ParseResult {
  if (sql === '') return { version: 0, stmts: [] };
  const pg = loaded();
  try {
    return pg.parseSync(sql);
  } catch (error) {
    if (!(error instanceof pg.SqlError)) throw error;
    // libpg-query reports "no position" as 0, like a syntax error at the first character: either way
    // the error is placed at the first token.
    const cursor = error.sqlDetails?.cursorPosition;
    throw new PgSyntaxError(error.message, cursor ? cursor : undefined);
  }
}

/** The Postgres scanner's tokens (byte offsets); throws when the text does not scan. */
export function scanSql(sql: string): ScanToken[] {
  return sql === '' ? [] : (loaded().scanSync(sql).tokens ?? []);
}

/**
 * A PL/pgSQL body (a DO block or CREATE FUNCTION … LANGUAGE plpgsql) through libpg-query's PL/pgSQL
 * parser, as its JSON tree; throws when it does not parse.
 */
export function parsePlPgSql(sql: string): unknown {
  return loaded().parsePlPgSQLSync(sql);
}
