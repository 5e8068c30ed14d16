import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { readEntryText, writeEntryText } from '../../../core/content-files.js';
import { TOOL_VERSION } from '../../../core/tool.js';
import type { GitRepo } from '../../../git/git.js';
import { PARSER_VERSION, replayCacheDir } from '../../../schema-model/replay-cache.js';
import {
  decodes,
  drizzleDeclaredType,
  prismaDeclaredType,
  supabaseDeclaredType,
} from '../../../schema-sources/declared-types.js';
import { drizzleExpectations, parseDrizzleSchema } from '../../../schema-sources/drizzle-schema.js';
import type { Expectation, ExpectationKind, ExpectationSource } from '../../../schema-sources/expectation.js';
import { parsePrismaSchema, prismaExpectations } from '../../../schema-sources/prisma-schema.js';
import { readSql } from '../../../schema-sources/sql-in-code.js';
import { postgrestColumns, scanSqlStrings, sqlName, sqlUsages } from '../../../schema-sources/sql-strings.js';
import { parseSupabaseTypes, supabaseExpectations } from '../../../schema-sources/supabase-types.js';
import { matchingClose, splitTopLevel, tokenize } from '../../../schema-sources/ts-scanner.js';
import {
  drizzleConfigGlobs,
  gitTree,
  LIMITS,
  readReleaseExpectations,
} from '../../../schema-sources/sources.js';
import type { ReadOptions, ReleaseSources, SchemaSourceKind } from '../../../schema-sources/sources.js';
import { InvalidEntry, bool, list, nat, obj, oneOf, payloadSha256, str } from '../../../core/entry-fields.js';

/**
 * What a release's code expects of the database (schema-sources' reading of its Prisma schema, Drizzle
 * tables, Supabase types and SQL in code), kept on disk by the git tree id of the release: every PR
 * check until the next release compares with the same tree, and reading it (a code parser over every
 * source file, the Postgres parser over the SQL found) is most of a warm run's work. `rollback plan`
 * reads its target through the same store: one entry per tree, whichever command wrote it.
 *
 * Kept next to the replayed histories and parses (docs/caching.md), with the same checks on read:
 * embedded key, SHA-256 of the payload, and the type of every field; anything else is ignored and read
 * again. Only what the comparison uses is stored, never the parsed schema files themselves.
 */
export type ReleaseExpectations = Pick<
  ReleaseSources,
  'files' | 'expectations' | 'authoritative' | 'codeFiles' | 'truncated' | 'unparsed'
>;

export interface ExpectationStore {
  readonly dir: string;
  get(key: string): ReleaseExpectations | undefined;
  set(key: string, value: ReleaseExpectations): void;
}

/** Bump when schema-sources change what they read from a tree. */
export const EXPECTATION_FORMAT = 1;
/**
 * The code parser behind ts-scanner.ts: its code is not hashed with the readers', so its version is in
 * the key (a test keeps it equal to package.json's pin).
 */
export const CODE_PARSER_VERSION = '@babel/parser@7.29.15';
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

/** The readers' own code is part of the key: an edit to them must never be answered by old entries. */
const READER_CODE: readonly object[] = [
  readReleaseExpectations,
  drizzleConfigGlobs,
  parsePrismaSchema,
  prismaExpectations,
  parseDrizzleSchema,
  drizzleExpectations,
  parseSupabaseTypes,
  supabaseExpectations,
  scanSqlStrings,
  sqlUsages,
  sqlName,
  postgrestColumns,
  readSql,
  tokenize,
  matchingClose,
  splitTopLevel,
  prismaDeclaredType,
  drizzleDeclaredType,
  supabaseDeclaredType,
  decodes,
];
let codeFingerprint: string | undefined;
function readerCode(): string {
  codeFingerprint ??= createHash('sha256')
    .update(READER_CODE.map((f) => String(f)).join('\0'))
    .digest('hex');
  return codeFingerprint;
}

/** The key of one tree read with these options: the tree id names every path and byte the readers see. */
export function expectationStoreKey(treeId: string, options: ReadOptions = {}): string {
  return createHash('sha256')
    .update(
      `${TOOL_VERSION}\0${CODE_PARSER_VERSION}\0${PARSER_VERSION}\0${EXPECTATION_FORMAT}\0${readerCode()}\0`,
    )
    .update(`${JSON.stringify(LIMITS)}\0${JSON.stringify(options.schemaSources ?? null)}\0`)
    .update(`${options.scanCode !== false}\0${treeId}`)
    .digest('hex');
}

/** The store under the cache folder of docs/caching.md, or undefined when caching is off. */
export function openExpectationStore(env: NodeJS.ProcessEnv = process.env): ExpectationStore | undefined {
  const root = replayCacheDir(env);
  return root ? new DiskExpectationStore(join(root, `expect-v${EXPECTATION_FORMAT}`)) : undefined;
}

/** The store next to a replay cache (`<root>/replay-v1` → `<root>/expect-v1`): one setting decides all. */
export function expectationStoreBeside(cache: { readonly dir: string }): ExpectationStore {
  return new DiskExpectationStore(join(dirname(cache.dir), `expect-v${EXPECTATION_FORMAT}`));
}

/**
 * What the release at `ref` expects: from `store` when its tree was read before, else read from git and
 * stored. Without a store, or when git cannot name the tree, it is read every time.
 */
export async function releaseExpectationsAt(
  git: GitRepo,
  ref: string,
  options: ReadOptions,
  store: ExpectationStore | undefined,
): Promise<ReleaseExpectations> {
  const treeId = store && git.treeId ? await git.treeId(ref) : undefined;
  const key = treeId ? expectationStoreKey(treeId, options) : undefined;
  const stored = key ? store!.get(key) : undefined;
  if (stored) return stored;
  const sources = await readReleaseExpectations(gitTree(git, ref), options);
  const read: ReleaseExpectations = {
    files: sources.files,
    expectations: sources.expectations,
    authoritative: sources.authoritative,
    codeFiles: sources.codeFiles,
    truncated: sources.truncated,
    unparsed: sources.unparsed,
  };
  if (key) store!.set(key, read);
  return read;
}

class DiskExpectationStore implements ExpectationStore {
  constructor(readonly dir: string) {}

  get(key: string): ReleaseExpectations | undefined {
    const text = readEntryText(this.dir, key, MAX_ENTRY_BYTES);
    return text === undefined ? undefined : decodeExpectationEntry(text, key);
  }

  /** Best effort: a read-only or full disk costs the next run time, never this run's verdict. */
  set(key: string, value: ReleaseExpectations): void {
    writeEntryText(this.dir, key, encodeExpectationEntry(key, value));
  }
}

/**
 * `{"key","sha256"}` on the first line, the payload after it: the payload (a large release's entry is
 * a megabyte) is parsed once, not first as an escaped string inside another document.
 */
export function encodeExpectationEntry(key: string, value: ReleaseExpectations): string {
  const payload = JSON.stringify(value);
  return `${JSON.stringify({ key, sha256: payloadSha256(payload) })}\n${payload}`;
}

/** The entry's expectations, or undefined for anything but a well-formed entry written under this key. */
export function decodeExpectationEntry(text: string, key: string): ReleaseExpectations | undefined {
  try {
    const eol = text.indexOf('\n');
    if (eol === -1) return undefined;
    const header = JSON.parse(text.slice(0, eol)) as { key?: unknown; sha256?: unknown };
    const payload = text.slice(eol + 1);
    if (header.key !== key || header.sha256 !== payloadSha256(payload)) return undefined;
    return readPayload(JSON.parse(payload));
  } catch {
    return undefined;
  }
}

const FILE_KINDS: readonly SchemaSourceKind[] = ['prisma', 'drizzle', 'supabase-types'];
const KINDS: readonly ExpectationKind[] = ['reads', 'inserts-without', 'decodes-type', 'knows-enum'];
const SOURCES: readonly ExpectationSource[] = ['prisma', 'drizzle', 'supabase-types', 'sql'];

/** Field by field (only known fields, checked types), in the order the readers build them. */
function readPayload(raw: unknown): ReleaseExpectations {
  const p = obj(raw);
  return {
    files: list(p.files).map((item) => {
      const f = obj(item);
      return { path: str(f.path), kind: oneOf(f.kind, FILE_KINDS) };
    }),
    expectations: list(p.expectations).map(readExpectation),
    authoritative: bool(p.authoritative),
    codeFiles: nat(p.codeFiles),
    truncated: bool(p.truncated),
    unparsed: list(p.unparsed).map((item) => {
      const u = obj(item);
      return { path: str(u.path), reason: str(u.reason) };
    }),
  };
}

/** Each known field checked, kept in the order it was written (a stored answer serialises as a fresh one). */
function readExpectation(raw: unknown): Expectation {
  const e = obj(raw);
  const out: Record<string, unknown> = {};
  let required = 0;
  for (const field in e) {
    const value = e[field];
    if (value === undefined) continue;
    switch (field) {
      case 'kind':
        out.kind = oneOf(value, KINDS);
        required++;
        break;
      case 'source':
        out.source = oneOf(value, SOURCES);
        required++;
        break;
      case 'table':
      case 'detail':
      case 'file':
        out[field] = str(value);
        required++;
        break;
      case 'line':
        out.line = nat(value);
        required++;
        break;
      case 'column':
        out.column = str(value);
        break;
      case 'declared': {
        const d = obj(value);
        out.declared = { text: str(d.text), families: strings(d.families) };
        break;
      }
      case 'provides':
      case 'values':
        out[field] = strings(value);
        break;
      default: // unknown fields are dropped
    }
  }
  if (required !== 6) throw new InvalidEntry();
  return out as unknown as Expectation;
}

function strings(v: unknown): string[] {
  const items = list(v);
  for (const item of items) str(item);
  return items as string[];
}
