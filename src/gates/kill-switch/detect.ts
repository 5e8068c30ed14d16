/** Which changed files put a pull request in a risky area, by path and by what the added lines call. Pure. */
import type { AddedLine } from '../../git/git.js';
import type { AreaSpec } from './areas.js';
import { firstMatchingGlob } from './areas.js';

export interface AreaHit {
  area: string;
  title: string;
  /** Why, for the message: `path **\/payments/**`, `calls new Stripe(`. */
  reasons: string[];
}

export interface RiskyFile {
  file: string;
  /** 1-based line of the first added line that matched, else the first added line of the file. */
  line?: number;
  areas: AreaHit[];
}

/** Tables and columns this change's migrations add: code that writes to them is a new data write. */
export interface NewSchema {
  tables: Set<string>;
  columns: Set<string>;
}

const CREATE_TABLE =
  /\bcreate\s+(?:unlogged\s+)?table\s+(?:if\s+not\s+exists\s+)?((?:"[^"]+"|\w+)(?:\s*\.\s*(?:"[^"]+"|\w+))?)/gi;
const ADD_COLUMN =
  /\balter\s+table\s+(?:if\s+exists\s+)?(?:only\s+)?(?:"[^"]+"|\w+)(?:\s*\.\s*(?:"[^"]+"|\w+))?\s+add\s+(?:column\s+)?(?:if\s+not\s+exists\s+)?("[^"]+"|\w+)/gi;
/** Writes in Supabase/Prisma/Drizzle/knex/SQL strings. */
const WRITE_CALL =
  /\.(?:insert|upsert|update|create|createMany|insertMany)\s*\(|\binsert\s+into\b|\bupdate\s+["\w]+\s+set\b/i;
const COMMENT_LINE = /^\s*(?:\/\/|\/\*|\*|#|--)/;

/** Identifier as code spells it in any case style: `note_audit`, `noteAudit`, `NoteAudit` → `noteaudit`. */
export function normalizeIdentifier(name: string): string {
  return name.replace(/"/g, '').toLowerCase().replace(/_/g, '');
}

function lastPart(qualified: string): string {
  return qualified.split('.').pop()!.trim();
}

/** Tables and columns created by added SQL lines. */
export function newSchemaFrom(added: ReadonlyMap<string, readonly AddedLine[]>): NewSchema {
  const schema: NewSchema = { tables: new Set(), columns: new Set() };
  for (const [file, lines] of added) {
    if (!/\.sql$/i.test(file)) continue;
    const text = lines.map((l) => l.text).join('\n');
    for (const m of text.matchAll(CREATE_TABLE)) schema.tables.add(normalizeIdentifier(lastPart(m[1]!)));
    for (const m of text.matchAll(ADD_COLUMN)) {
      const column = normalizeIdentifier(m[1]!);
      if (!['constraint', 'primary', 'unique', 'foreign', 'check'].includes(column))
        schema.columns.add(column);
    }
  }
  return schema;
}

function writesNewSchema(text: string, schema: NewSchema): string | undefined {
  if (!WRITE_CALL.test(text)) return undefined;
  for (const token of text.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []) {
    const id = normalizeIdentifier(token);
    if (schema.tables.has(id)) return `writes to table ${token}, added by this change's migrations`;
    if (schema.columns.has(id)) return `writes column ${token}, added by this change's migrations`;
  }
  return undefined;
}

export interface DetectInput {
  /** Changed files (new paths), repository-relative. */
  files: readonly string[];
  added: ReadonlyMap<string, readonly AddedLine[]>;
  areas: readonly AreaSpec[];
  /** Never risky: tests, docs, the manifest. */
  excluded: (path: string) => boolean;
  schema: NewSchema;
}

const MAX_REASONS = 3;

export function detectRisk(input: DetectInput): RiskyFile[] {
  const risky: RiskyFile[] = [];
  for (const file of input.files) {
    if (input.excluded(file) || /\.sql$/i.test(file)) continue;
    const lines = input.added.get(file) ?? [];
    const hits = new Map<string, AreaHit>();
    let firstLine: number | undefined;
    const hit = (area: { name: string; title: string }, reason: string, line?: number) => {
      const entry = hits.get(area.name) ?? { area: area.name, title: area.title, reasons: [] };
      if (entry.reasons.length < MAX_REASONS && !entry.reasons.includes(reason)) entry.reasons.push(reason);
      hits.set(area.name, entry);
      if (line !== undefined && (firstLine === undefined || line < firstLine)) firstLine = line;
    };
    for (const area of input.areas) {
      const glob = firstMatchingGlob(area.paths, file);
      if (glob) hit(area, `path ${glob}`);
    }
    for (const { line, text } of lines) {
      if (COMMENT_LINE.test(text) || !text.trim()) continue;
      for (const area of input.areas) {
        const call = area.calls.find((c) => c.test(text));
        if (call) hit(area, `calls ${call.label}`, line);
      }
      const write = writesNewSchema(text, input.schema);
      if (write) hit({ name: 'data-writes', title: 'new data writes' }, write, line);
    }
    if (!hits.size) continue;
    const line = firstLine ?? lines[0]?.line;
    risky.push({ file, ...(line !== undefined ? { line } : {}), areas: [...hits.values()] });
  }
  return risky;
}

/** Does a flag key appear, as a whole word, on an added line of code? Returns where. */
export function findKeyInAdded(
  key: string,
  added: ReadonlyMap<string, readonly AddedLine[]>,
  excluded: (path: string) => boolean,
): { file: string; line: number } | undefined {
  for (const [file, lines] of added) {
    if (excluded(file)) continue;
    for (const { line, text } of lines) {
      let from = 0;
      for (;;) {
        const at = text.indexOf(key, from);
        if (at < 0) break;
        const before = text[at - 1] ?? '';
        const after = text[at + key.length] ?? '';
        if (!/[A-Za-z0-9_-]/.test(before) && !/[A-Za-z0-9_-]/.test(after)) return { file, line };
        from = at + 1;
      }
    }
  }
  return undefined;
}

export type KillSwitchValue =
  | { kind: 'missing'; placeholder: boolean }
  | { kind: 'none'; reason: string }
  | { kind: 'flags'; keys: string[] };

const KEY = /^[A-Za-z0-9_][A-Za-z0-9_.:/-]{0,127}$/;

/** Read the note's `Kill switch:` value: flag keys, `none: <reason>`, or nothing usable. */
export function parseKillSwitchValue(
  value: string | undefined,
  isPlaceholder: (v: string) => boolean,
): KillSwitchValue {
  const v = (value ?? '').trim();
  if (!v || isPlaceholder(v)) return { kind: 'missing', placeholder: v !== '' };
  const none = /^none\b[\s:—–-]*(.*)$/i.exec(v);
  if (none) return { kind: 'none', reason: none[1]!.replace(/^\((.*)\)$/, '$1').trim() };
  const quoted = [...v.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.trim());
  const candidates = quoted.length
    ? quoted
    : v
        .split(/[,;]|\s+and\s+/)
        .map((part) => part.trim().split(/\s+/)[0] ?? '')
        .map((token) => token.replace(/^["'(]+|["').:]+$/g, ''));
  const keys = [...new Set(candidates.filter((k) => KEY.test(k)))];
  return keys.length ? { kind: 'flags', keys } : { kind: 'missing', placeholder: true };
}
