/**
 * The Postgres parser (libpg_query compiled to WASM, from the libpg-query package), called directly.
 *
 * libpg-query's own `parseSync` copies strings in and out of WASM memory with byte-at-a-time JavaScript
 * loops. On 2,000 migrations that was ~80 ms of ~1.5 s; `TextEncoder.encodeInto`, `indexOf(0)` and
 * `TextDecoder` do the same work natively. The parse itself (the C parser and its JSON output) is the same
 * code, in the same module.
 */
import PgQueryModule from 'libpg-query/wasm/libpg-query.js';
import type { ParseResult } from '@pgsql/types';

/** The exports of libpg-query's emscripten module this file uses. */
interface PgQueryWasm {
  HEAPU8: Uint8Array;
  HEAPU32: Uint32Array;
  _malloc(size: number): number;
  _free(ptr: number): void;
  _wasm_parse_query_raw(query: number): number;
  _wasm_free_parse_result(result: number): void;
  _wasm_scan(query: number): number;
  _wasm_free_string(ptr: number): void;
}

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

const encoder = new TextEncoder();
const decoder = new TextDecoder();

let wasm: PgQueryWasm | undefined;
// Compiling starts on import, so it overlaps whatever else the process loads first.
const loading: Promise<void> = (PgQueryModule as () => Promise<PgQueryWasm>)().then((m) => {
  wasm = m;
});

/** Resolves once the parser can be called; the module is compiled once per thread. */
export function loadParser(): Promise<void> {
  return loading;
}

function loaded(): PgQueryWasm {
  if (!wasm) throw new Error('the Postgres parser is not loaded yet: await loadParser() first');
  return wasm;
}

/** Copy `text` into WASM memory as NUL-terminated UTF-8; the caller frees the pointer. */
function toWasm(m: PgQueryWasm, text: string): number {
  // UTF-8 needs at most 3 bytes per UTF-16 code unit.
  const capacity = text.length * 3 + 1;
  const ptr = m._malloc(capacity);
  if (!ptr) throw new Error(`the Postgres parser is out of memory (${capacity} bytes asked)`);
  const { written } = encoder.encodeInto(text, m.HEAPU8.subarray(ptr, ptr + capacity - 1));
  m.HEAPU8[ptr + written] = 0;
  return ptr;
}

/** Read a NUL-terminated UTF-8 string out of WASM memory. */
function fromWasm(m: PgQueryWasm, ptr: number): string {
  const heap = m.HEAPU8; // read after the call: the memory may have grown and replaced the view
  const end = heap.indexOf(0, ptr);
  return decoder.decode(heap.subarray(ptr, end < 0 ? heap.length : end));
}

/** Parse SQL into libpg_query's AST; throws PgSyntaxError when Postgres rejects it. */
export function parseSql(sql: string): ParseResult {
  return JSON.parse(parseSqlToJson(sql)) as ParseResult;
}

/** `parseSql` as libpg_query's JSON text, which can be sent to another thread as it is. */
export function parseSqlToJson(sql: string): string {
  return withSql(
    sql,
    (m, query) => m._wasm_parse_query_raw(query),
    (m, result) => {
      // struct PgQueryParseResult { char *parse_tree; char *stderr_buffer; PgQueryError *error; }
      const tree = m.HEAPU32[result >> 2]!;
      const error = m.HEAPU32[(result + 8) >> 2]!;
      if (error) {
        // struct PgQueryError { char *message; char *funcname; char *filename; int lineno; int cursorpos; ... }
        const messagePtr = m.HEAPU32[error >> 2]!;
        const cursor = m.HEAPU32[(error + 16) >> 2]!;
        throw new PgSyntaxError(
          messagePtr ? fromWasm(m, messagePtr) : 'syntax error',
          cursor > 0 ? cursor - 1 : undefined,
        );
      }
      if (!tree) throw new Error('the Postgres parser returned no parse tree');
      return fromWasm(m, tree);
    },
    (m, result) => m._wasm_free_parse_result(result),
  );
}

/** The Postgres scanner's tokens (byte offsets); throws when the text does not scan. */
export function scanSql(sql: string): ScanToken[] {
  return withSql(
    sql,
    (m, query) => m._wasm_scan(query),
    (m, result) => {
      const text = fromWasm(m, result);
      if (!text.startsWith('{')) throw new PgSyntaxError(text, undefined);
      return (JSON.parse(text) as { tokens?: ScanToken[] }).tokens ?? [];
    },
    (m, result) => m._wasm_free_string(result),
  );
}

/** Copy `sql` in, call the parser, read its result, and free both, whatever happens. */
function withSql<T>(
  sql: string,
  call: (m: PgQueryWasm, query: number) => number,
  read: (m: PgQueryWasm, result: number) => T,
  free: (m: PgQueryWasm, result: number) => void,
): T {
  const m = loaded();
  const query = toWasm(m, sql);
  let result = 0;
  try {
    result = call(m, query);
    if (!result) throw new Error('the Postgres parser is out of memory');
    return read(m, result);
  } finally {
    m._free(query);
    if (result) free(m, result);
  }
}
