import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { readEntryText, writeEntryText } from '../core/content-files.js';
import { TOOL_VERSION } from '../core/tool.js';
import type { FallbackSources } from '../gates/migrations/fallback/fallback.js';
import type { GitRepo, TreeEntry } from '../git/git.js';
import { PARSER_VERSION } from '../schema-model/replay-cache.js';
import {
  prismaDeclaredType,
  drizzleDeclaredType,
  supabaseDeclaredType,
} from '../schema-sources/declared-types.js';
import { drizzleExpectations, parseDrizzleSchema } from '../schema-sources/drizzle-schema.js';
import type { Expectation, ExpectationKind, ExpectationSource } from '../schema-sources/expectation.js';
import { parsePrismaSchema, prismaExpectations } from '../schema-sources/prisma-schema.js';
import { readSql } from '../schema-sources/sql-in-code.js';
import { postgrestColumns, scanSqlStrings, sqlName, sqlUsages } from '../schema-sources/sql-strings.js';
import { parseSupabaseTypes, supabaseExpectations } from '../schema-sources/supabase-types.js';
import { matchingClose, splitTopLevel, tokenize } from '../schema-sources/ts-scanner.js';
import { drizzleConfigGlobs, gitTree, LIMITS, readReleaseExpectations } from '../schema-sources/sources.js';
import type { SchemaSourceKind } from '../schema-sources/sources.js';

/**
 * What the rollback target's code expects of the database (src/schema-sources: its ORM schema,
 * generated types and SQL in code), kept on disk by the content of the target's tree, next to the
 * replayed histories (docs/caching.md). Reading it parses every code file of the release; a plan to
 * the same target (or to any release with the same files) then parses none.
 *
 * The key is a hash of every input the reading sees: each file of the tree (path, mode, git blob id),
 * the `schema-sources` globs, the tool, code-parser and SQL-parser versions, the format and the reading
 * code itself. Entries are checked like replay entries (embedded key, SHA-256 of the payload, every
 * field's type); anything else is ignored and read again. The comparison with the schema is never
 * cached: every plan compares again.
 */
export interface TargetSourcesStore {
  readonly dir: string;
  get(key: string): FallbackSources | undefined;
  set(key: string, sources: FallbackSources): void;
}

/** Bump when what src/schema-sources reads (or this format) changes. */
export const SOURCES_FORMAT = 1;
/** The code parser behind ts-scanner.ts (package.json pins it; a test keeps the two equal). */
export const CODE_PARSER_VERSION = '@babel/parser@7.29.15';
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

/** The reading code is part of the key: an edit to it (before SOURCES_FORMAT is bumped) gets new entries. */
let codeFingerprint: string | undefined;
function readingCode(): string {
  codeFingerprint ??= createHash('sha256')
    .update(
      [
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
      ]
        .map((f) => f.toString())
        .concat(JSON.stringify(LIMITS))
        .join('\0'),
    )
    .digest('hex');
  return codeFingerprint;
}

/** The key of a tree's sources: its listing (files only, as the reading lists them) and the globs. */
export function targetSourcesKey(entries: readonly TreeEntry[], schemaSources?: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update(
    `${TOOL_VERSION}\0${CODE_PARSER_VERSION}\0${PARSER_VERSION}\0${SOURCES_FORMAT}\0${readingCode()}\0`,
  );
  hash.update(`${JSON.stringify(schemaSources ?? null)}\0`);
  for (const e of entries) if (e.type === 'blob') hash.update(`${e.path}\0${e.mode}\0${e.oid}\n`);
  return hash.digest('hex');
}

/** The store next to a replay cache (`<root>/replay-v1` → `<root>/sources-v1`): one setting decides all. */
export function targetSourcesBeside(cache: { readonly dir: string }): TargetSourcesStore {
  return new DiskSourcesStore(join(dirname(cache.dir), `sources-v${SOURCES_FORMAT}`));
}

/**
 * What the code at `ref` expects: from `store` when a tree with the same files was read before, else
 * read from git (and stored). Reading errors propagate: the caller decides what an unread target means.
 */
export async function readTargetSources(
  git: GitRepo,
  ref: string,
  schemaSources: readonly string[] | undefined,
  store?: TargetSourcesStore,
): Promise<FallbackSources> {
  const key = store ? targetSourcesKey(await git.listTreeAt(ref), schemaSources) : '';
  const stored = store?.get(key);
  if (stored) return stored;
  const read = await readReleaseExpectations(gitTree(git, ref), schemaSources ? { schemaSources } : {});
  const sources: FallbackSources = {
    files: read.files,
    expectations: read.expectations,
    authoritative: read.authoritative,
    codeFiles: read.codeFiles,
  };
  store?.set(key, sources);
  return sources;
}

class DiskSourcesStore implements TargetSourcesStore {
  constructor(readonly dir: string) {}

  get(key: string): FallbackSources | undefined {
    const text = readEntryText(this.dir, key, MAX_ENTRY_BYTES);
    return text === undefined ? undefined : decodeSourcesEntry(text, key);
  }

  /** Best effort: a read-only or full disk costs the next run time, never this run's verdict. */
  set(key: string, sources: FallbackSources): void {
    writeEntryText(this.dir, key, encodeSourcesEntry(key, sources));
  }
}

export function encodeSourcesEntry(key: string, sources: FallbackSources): string {
  const payload = JSON.stringify(sources);
  return JSON.stringify({ key, sha256: sha256(payload), payload });
}

/** The entry's sources, or undefined for anything but a well-formed entry written under this key. */
export function decodeSourcesEntry(text: string, key: string): FallbackSources | undefined {
  try {
    const entry = JSON.parse(text) as { key?: unknown; sha256?: unknown; payload?: unknown };
    if (entry.key !== key || typeof entry.payload !== 'string' || entry.sha256 !== sha256(entry.payload))
      return undefined;
    return readPayload(JSON.parse(entry.payload));
  } catch {
    return undefined;
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

class Invalid extends Error {}

function obj(v: unknown): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Invalid();
  return v as Record<string, unknown>;
}
function list(v: unknown): unknown[] {
  if (!Array.isArray(v)) throw new Invalid();
  return v;
}
function str(v: unknown): string {
  if (typeof v !== 'string') throw new Invalid();
  return v;
}
function nat(v: unknown): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new Invalid();
  return v;
}
function oneOf<T extends string>(v: unknown, allowed: ReadonlySet<T>): T {
  if (!allowed.has(v as T)) throw new Invalid();
  return v as T;
}

const SOURCE_KINDS = new Set<SchemaSourceKind>(['prisma', 'drizzle', 'supabase-types']);
const KINDS = new Set<ExpectationKind>(['reads', 'inserts-without', 'decodes-type', 'knows-enum']);
const SOURCES = new Set<ExpectationSource>(['prisma', 'drizzle', 'supabase-types', 'sql']);

/** Rebuild the sources field by field (only known fields, checked types), in the order they were read. */
function readPayload(raw: unknown): FallbackSources {
  const p = obj(raw);
  if (typeof p.authoritative !== 'boolean') throw new Invalid();
  return {
    files: list(p.files).map((f) => {
      const file = obj(f);
      return { path: str(file.path), kind: oneOf(file.kind, SOURCE_KINDS) };
    }),
    expectations: list(p.expectations).map(readExpectation),
    authoritative: p.authoritative,
    codeFiles: nat(p.codeFiles),
  };
}

function readExpectation(raw: unknown): Expectation {
  const e = obj(raw);
  const out: Expectation = {
    kind: oneOf(e.kind, KINDS),
    table: str(e.table),
    ...(e.column !== undefined ? { column: str(e.column) } : {}),
    detail: str(e.detail),
    file: str(e.file),
    line: nat(e.line),
    source: oneOf(e.source, SOURCES),
  };
  if (e.declared !== undefined) {
    const d = obj(e.declared);
    out.declared = { text: str(d.text), families: list(d.families).map(str) };
  }
  if (e.provides !== undefined) out.provides = list(e.provides).map(str);
  if (e.values !== undefined) out.values = list(e.values).map(str);
  return out;
}
