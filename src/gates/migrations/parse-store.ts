import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { readEntryText, writeEntryText } from '../../core/content-files.js';
import { TOOL_VERSION } from '../../core/tool.js';
import { PARSER_VERSION, replayCacheDir } from '../../schema-model/replay-cache.js';
import type { MigrationFile, ParsedFile, ParsedStatement, ParseFailure } from '../../sql/model.js';
import { ensureParser, PARSE_CODE } from '../../sql/parse.js';
import { migrationSource, parseMigration } from './layouts/parse-migration.js';
import type { ParsedSource } from '../../sql/parse-cache.js';
import { rememberParse } from '../../sql/parse-cache.js';
import { InvalidEntry, list, nat, obj, payloadSha256, str } from '../../core/entry-fields.js';

/**
 * Parses of migration SQL kept on disk by content, next to the replayed histories (replay-cache.ts):
 * one entry per set of files a run parses together (the migrations since a rollback target, a pull
 * request's changed files), keyed by the exact text the parser saw. A run whose every file is stored
 * never loads the WASM parser at all (its import and compile cost more CPU than the rest of a small run).
 *
 * The parser's output is JSON (libpg-query's `parseSync` is `JSON.parse` of the C library's output), so
 * writing it out and reading it back gives the same statements: the verdicts of a warm run are those of
 * a cold one (tested on the labelled corpus). Entries are checked like replay entries: embedded key,
 * SHA-256 of the payload, and the shape of every field; anything else is ignored and rebuilt.
 */
export interface ParseStore {
  readonly dir: string;
  get(key: string, count: number): ParsedSource[] | undefined;
  set(key: string, parsed: readonly ParsedSource[]): void;
  /** `set` with each parse already `JSON.stringify`'d (`lint FILES…` lets each AST go once linted). */
  setSerialised(key: string, parsed: readonly string[]): void;
}

/** Bump when parse.ts or positions.ts change what a parse produces. */
export const PARSE_FORMAT = 1;
const MAX_ENTRY_BYTES = 256 * 1024 * 1024;

let codeFingerprint: string | undefined;
function parseCode(): string {
  codeFingerprint ??= createHash('sha256')
    .update(PARSE_CODE.map((f) => String(f)).join('\0'))
    .digest('hex');
  return codeFingerprint;
}

/** The key of one set of parser inputs, in order. */
export function parseStoreKey(sources: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update(`${TOOL_VERSION}\0${PARSER_VERSION}\0${PARSE_FORMAT}\0${parseCode()}\0${sources.length}\0`);
  for (const source of sources) hash.update(`${Buffer.byteLength(source)}\0`).update(source);
  return hash.digest('hex');
}

/** The store under the cache folder of docs/caching.md, or undefined when caching is off. */
export function openParseStore(env: NodeJS.ProcessEnv = process.env): ParseStore | undefined {
  const root = replayCacheDir(env);
  return root ? new DiskParseStore(join(root, `parse-v${PARSE_FORMAT}`)) : undefined;
}

/** The store next to a replay cache (`<root>/replay-v1` → `<root>/parse-v1`): one setting decides both. */
export function parseStoreBeside(cache: { readonly dir: string }): ParseStore {
  return new DiskParseStore(join(dirname(cache.dir), `parse-v${PARSE_FORMAT}`));
}

/**
 * Parse these migrations (each as its direction runs): from `store` when the same texts were parsed
 * together before, else with the parser, which is loaded only then, and stored for the next run. Either
 * way the parses join the process's parse cache (parse-cache.ts), so a later `parseMigration` of the same
 * text does not parse it again.
 */
export async function parseMigrations(
  items: readonly { file: MigrationFile; text: string }[],
  store: ParseStore | undefined,
): Promise<ParsedFile[]> {
  if (!items.length) return [];
  const inputs = items.map(({ file, text }) => ({ file, ...migrationSource(file, text) }));
  const key = store ? parseStoreKey(inputs.map((i) => i.source)) : '';
  const stored = store?.get(key, inputs.length);
  if (stored) {
    const files = inputs.map(({ file, text, source, transactionDisabled }, i) => {
      const { statements, errors } = rememberParse(source, stored[i]!);
      return { file, text, statements, errors, transactionDisabled };
    });
    // A rule re-parses DO bodies while linting (constraint-missing-not-valid): have the parser ready.
    if (files.some((f) => f.statements.some((s) => s.kind === 'DoStmt'))) await ensureParser();
    return files;
  }
  await ensureParser();
  const files = items.map(({ file, text }) => parseMigration(file, text));
  store?.set(
    key,
    files.map(({ statements, errors }) => ({ statements, errors })),
  );
  return files;
}

class DiskParseStore implements ParseStore {
  constructor(readonly dir: string) {}

  get(key: string, count: number): ParsedSource[] | undefined {
    const text = readEntryText(this.dir, key, MAX_ENTRY_BYTES);
    if (text === undefined) return undefined;
    const parsed = decodeParseEntry(text, key);
    return parsed && parsed.length === count ? parsed : undefined;
  }

  /** Best effort: a read-only or full disk costs the next run time, never this run's verdict. */
  set(key: string, parsed: readonly ParsedSource[]): void {
    writeEntryText(this.dir, key, encodeParseEntry(key, parsed));
  }

  setSerialised(key: string, parsed: readonly string[]): void {
    writeEntryText(this.dir, key, encodePayload(key, `[${parsed.join(',')}]`));
  }
}

export function encodeParseEntry(key: string, parsed: readonly ParsedSource[]): string {
  return encodePayload(key, JSON.stringify(parsed));
}

/** `payload` is the JSON of the parses in order: `[` + each parse's JSON joined by `,` + `]` is that JSON. */
function encodePayload(key: string, payload: string): string {
  return JSON.stringify({ key, sha256: payloadSha256(payload), payload });
}

/** The entry's parses, or undefined for anything but a well-formed entry written under this key. */
export function decodeParseEntry(text: string, key: string): ParsedSource[] | undefined {
  try {
    const entry = JSON.parse(text) as { key?: unknown; sha256?: unknown; payload?: unknown };
    if (
      entry.key !== key ||
      typeof entry.payload !== 'string' ||
      entry.sha256 !== payloadSha256(entry.payload)
    )
      return undefined;
    const raw: unknown = JSON.parse(entry.payload);
    if (!Array.isArray(raw)) return undefined;
    return raw.map(readSource);
  } catch {
    return undefined;
  }
}

/** Field by field, in the order parse.ts builds them (statements serialise as they always have). */
function readSource(raw: unknown): ParsedSource {
  const s = obj(raw);
  const statements = list(s.statements).map((item): ParsedStatement => {
    const st = obj(item);
    const node = obj(st.node) as unknown as ParsedStatement['node'];
    const kind = str(st.kind);
    if (kind !== (Object.keys(node)[0] ?? 'Unknown')) throw new InvalidEntry();
    if (typeof st.inExplicitTransaction !== 'boolean') throw new InvalidEntry();
    return {
      node,
      kind,
      text: str(st.text),
      line: nat(st.line),
      column: nat(st.column),
      endLine: nat(st.endLine),
      inExplicitTransaction: st.inExplicitTransaction,
    };
  });
  const errors = list(s.errors).map((item): ParseFailure => {
    const e = obj(item);
    return { message: str(e.message), line: nat(e.line), column: nat(e.column) };
  });
  return { statements, errors };
}
