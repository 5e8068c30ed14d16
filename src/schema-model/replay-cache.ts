import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { contentCacheDir } from '../core/cache-folder.js';
import { readEntryText, writeEntryText } from '../core/content-files.js';
import { TOOL_VERSION } from '../core/tool.js';
import { alterColumn, changeColumn } from './alter-column.js';
import { columnFromDef } from './columns.js';
import { alterEnum, createEnum } from './enums.js';
import type { ColumnModel, EnumModel, ReplayedSchema, TableModel, Touch, TouchKind } from './model.js';
import { SchemaReplay } from './replay.js';
import { renameColumn, renameEnum, renameObject, renameRelation } from './renames.js';
import { TouchRecorder } from './touch-recorder.js';
import { normalizeType } from './types.js';
import { InvalidEntry, list, nat, obj, payloadSha256, str } from '../core/entry-fields.js';

/**
 * The replayed schema of a migration history, kept on disk by content: the key is a hash of every
 * input the replay reads (each migration's path, layout, direction and git blob id, in run order) plus
 * the tool, parser and format versions. A history that differs in one byte has another key, so an
 * entry written for one content can never answer for another; an entry that fails its checksum or
 * its shape check is ignored and rebuilt, never trusted.
 *
 * Where: `ROLLBACK_READY_CACHE_DIR`, else `$XDG_CACHE_HOME/rollback-ready`, else
 * `~/.cache/rollback-ready`. `ROLLBACK_READY_CACHE=off` turns it off. docs/caching.md shows the
 * `actions/cache` step that keeps it between CI runs.
 */
export interface ReplayCache {
  readonly dir: string;
  get(key: string): ReplayedSchema | undefined;
  set(key: string, schema: ReplayedSchema): void;
}

/** Bump when the replay (src/schema-model/replay.ts) or this format changes what it produces. */
export const REPLAY_FORMAT = 1;
/** The Postgres parser the ASTs come from (package.json pins it; a test keeps the two equal). */
export const PARSER_VERSION = 'libpg-query@18.1.5';
/** Entries larger than this are not read (a replayed schema of thousands of tables is far smaller). */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

export interface ReplayInput {
  path: string;
  layout: string;
  direction: string;
  /** Git blob id of the file's content (or a hash of the text when it is not from git). */
  oid: string;
}

/**
 * The replay's own code is part of the key too: an edit to it (in development, before REPLAY_FORMAT is
 * bumped) must never be answered by entries the old code wrote.
 */
let codeFingerprint: string | undefined;
function replayCode(): string {
  codeFingerprint ??= createHash('sha256')
    .update(
      [
        SchemaReplay,
        TouchRecorder,
        alterColumn,
        changeColumn,
        createEnum,
        alterEnum,
        renameObject,
        renameRelation,
        renameColumn,
        renameEnum,
        columnFromDef,
        normalizeType,
      ]
        .map((f) => f.toString())
        .join('\0'),
    )
    .digest('hex');
  return codeFingerprint;
}

export function replayCacheKey(files: readonly ReplayInput[]): string {
  const hash = createHash('sha256');
  hash.update(`${TOOL_VERSION}\0${PARSER_VERSION}\0${REPLAY_FORMAT}\0${replayCode()}\0`);
  for (const f of files) hash.update(`${f.path}\0${f.layout}\0${f.direction}\0${f.oid}\n`);
  return hash.digest('hex');
}

/** The cache folder for this environment, or undefined when caching is off or there is no home. */
export const replayCacheDir = contentCacheDir;

export function openReplayCache(env: NodeJS.ProcessEnv = process.env): ReplayCache | undefined {
  const root = replayCacheDir(env);
  return root ? new DiskReplayCache(join(root, `replay-v${REPLAY_FORMAT}`)) : undefined;
}

class DiskReplayCache implements ReplayCache {
  constructor(readonly dir: string) {}

  get(key: string): ReplayedSchema | undefined {
    const text = readEntryText(this.dir, key, MAX_ENTRY_BYTES);
    if (text === undefined) return undefined;
    return decodeEntry(text, key);
  }

  /** Best effort: a read-only or full disk costs the next run time, never this run's verdict. */
  set(key: string, schema: ReplayedSchema): void {
    writeEntryText(this.dir, key, encodeEntry(key, schema));
  }
}

export function encodeEntry(key: string, schema: ReplayedSchema): string {
  const payload = JSON.stringify({
    // Map keys are written next to the values: a rename may leave a key that differs from the name.
    tables: [...schema.model.tables].map(([key, t]) => [
      key,
      { name: t.name, kind: t.kind, opaque: t.opaque, columns: [...t.columns] },
    ]),
    enums: [...schema.model.enums],
    touches: [...schema.touches],
    files: schema.files,
    statements: schema.statements,
  });
  return JSON.stringify({ key, sha256: payloadSha256(payload), payload });
}

/** The entry's schema, or undefined for anything but a well-formed entry written under this key. */
export function decodeEntry(text: string, key: string): ReplayedSchema | undefined {
  try {
    const entry = JSON.parse(text) as { key?: unknown; sha256?: unknown; payload?: unknown };
    if (
      entry.key !== key ||
      typeof entry.payload !== 'string' ||
      entry.sha256 !== payloadSha256(entry.payload)
    )
      return undefined;
    return readPayload(JSON.parse(entry.payload));
  } catch {
    return undefined;
  }
}

const TOUCH_KINDS = new Set<TouchKind>([
  'create',
  'drop',
  'rename-away',
  'rename-to',
  'alter-type',
  'set-not-null',
  'drop-not-null',
  'set-default',
  'drop-default',
  'drop-identity',
  'add-value',
  'rename-value',
]);

/** Rebuild the schema field by field (only known fields, checked types): nothing else is carried over. */
function readPayload(raw: unknown): ReplayedSchema {
  const p = obj(raw);
  const tables = new Map<string, TableModel>();
  for (const pair of list(p.tables)) {
    const [tableKey, rawTable] = list(pair);
    const t = obj(rawTable);
    const kind = t.kind === 'view' ? 'view' : t.kind === 'table' ? 'table' : undefined;
    if (!kind || typeof t.opaque !== 'boolean') throw new InvalidEntry();
    const columns = new Map<string, ColumnModel>();
    for (const columnPair of list(t.columns)) {
      const [columnKey, rawColumn] = list(columnPair);
      const c = obj(rawColumn);
      if (typeof c.notNull !== 'boolean' || typeof c.hasDefault !== 'boolean') throw new InvalidEntry();
      if (c.generated !== undefined && c.generated !== 'identity' && c.generated !== 'stored')
        throw new InvalidEntry();
      const column: ColumnModel = {
        name: str(c.name),
        type: str(c.type),
        notNull: c.notNull,
        hasDefault: c.hasDefault,
      };
      if (c.generated) column.generated = c.generated;
      columns.set(str(columnKey), column);
    }
    tables.set(str(tableKey), { name: str(t.name), kind, opaque: t.opaque, columns });
  }
  const enums = new Map<string, EnumModel>();
  for (const pair of list(p.enums)) {
    const [enumKey, rawEnum] = list(pair);
    const e = obj(rawEnum);
    enums.set(str(enumKey), { name: str(e.name), values: list(e.values).map(str) });
  }
  const touches = new Map<string, Touch[]>();
  for (const pair of list(p.touches)) {
    const [key, entries] = list(pair);
    touches.set(str(key), list(entries).map(readTouch));
  }
  return { model: { tables, enums }, touches, files: nat(p.files), statements: nat(p.statements) };
}

function readTouch(raw: unknown): Touch {
  const t = obj(raw);
  const at = obj(t.at);
  if (!TOUCH_KINDS.has(t.kind as TouchKind)) throw new InvalidEntry();
  const touch: Touch = {
    kind: t.kind as TouchKind,
    at: { file: str(at.file), line: nat(at.line), column: nat(at.column) },
  };
  if (t.from !== undefined) touch.from = str(t.from);
  if (t.to !== undefined) touch.to = str(t.to);
  if (t.madeRequired !== undefined) {
    if (typeof t.madeRequired !== 'boolean') throw new InvalidEntry();
    touch.madeRequired = t.madeRequired;
  }
  return touch;
}
