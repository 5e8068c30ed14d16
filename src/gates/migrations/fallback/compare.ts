import type { ChangeClass, Severity } from '../../../core/finding.js';
import { columnObjectKey, enumKey, isRemoval, isRequired, tableKey } from '../../../schema-model/model.js';
import type { ReplayedSchema, StatementRef, Touch } from '../../../schema-model/model.js';
import { lengthLimit, typeFamily } from '../../../schema-model/types.js';
import { decodes } from '../../../schema-sources/declared-types.js';
import { isAuthoritative, where } from '../../../schema-sources/expectation.js';
import type { Expectation } from '../../../schema-sources/expectation.js';
import type { CompatRuleId } from './rule-ids.js';

/**
 * The fallback release's expectations against the schema this change leaves behind: each statement of
 * the change that removes, tightens or retypes something the fallback release still uses is a hit.
 * Pure: the expectations and the replayed history come in, hits go out.
 */

export interface CompatHit {
  rule: CompatRuleId;
  severity: Severity;
  class: ChangeClass;
  /** The migration statement that makes the change. */
  at: StatementRef;
  /** `column "notes"."author_email"`, for summaries and de-duplication. */
  object: string;
  message: string;
  help: string;
  /** The code locations the message cites. */
  uses: { file: string; line: number }[];
}

export interface NewReleaseEnums {
  /** Enum → value → where the new release's schema source declares it. */
  enums: ReadonlyMap<string, ReadonlyMap<string, { file: string; line: number }>>;
}

export interface CompareInput {
  expectations: readonly Expectation[];
  schema: ReplayedSchema;
  /** The fallback release as messages name it: `v1.1.0`. */
  release: string;
  /** Statements in files this returns true for belong to the change (default: every statement). */
  inChange?: (file: string) => boolean;
  /** What the new release's own schema source declares, when it has one. */
  newRelease?: NewReleaseEnums;
}

const MAX_CITED = 3;

function cite(exps: readonly Expectation[]): {
  text: string;
  uses: { file: string; line: number }[];
  severity: Severity;
} {
  const ranked = [...exps].sort(
    (a, b) =>
      Number(isAuthoritative(b.source)) - Number(isAuthoritative(a.source)) ||
      a.file.localeCompare(b.file) ||
      a.line - b.line,
  );
  const unique = ranked.filter(
    (e, i) => ranked.findIndex((o) => o.file === e.file && o.line === e.line) === i,
  );
  const shown = unique.slice(0, MAX_CITED);
  const more = unique.length - shown.length;
  const text =
    shown.map((e) => `${where(e)}: ${e.detail}`).join('; ') + (more > 0 ? `; and ${more} more` : '');
  return {
    text,
    uses: shown.map((e) => ({ file: e.file, line: e.line })),
    severity: exps.some((e) => isAuthoritative(e.source)) ? 'error' : 'warning',
  };
}

/** `the base commit abc1234` starts a sentence capitalised; a tag such as `v1.1.0` is kept as written. */
const capital = (s: string) => (s.startsWith('the ') ? `T${s.slice(1)}` : s);

export function compareWithFallback(input: CompareInput): CompatHit[] {
  const { expectations, schema, release } = input;
  const inChange = input.inChange ?? (() => true);
  const R = capital(release);
  const hits = new Map<string, CompatHit>();
  const add = (hit: CompatHit) => {
    const key = `${hit.rule}|${hit.object}|${hit.at.file}:${hit.at.line}:${hit.at.column}`;
    if (!hits.has(key)) hits.set(key, hit);
  };
  const touches = (key: string): readonly Touch[] => schema.touches.get(key) ?? [];
  const changed = (key: string) => touches(key).filter((t) => inChange(t.at.file));
  /** The object's last touch, when it removes the object and is part of the change. */
  const removedHere = (key: string) => {
    const last = touches(key).at(-1);
    return last && isRemoval(last) && inChange(last.at.file) ? last : undefined;
  };
  const how = (t: Touch) => (t.kind === 'rename-away' ? `renames to "${t.to}"` : 'drops');

  const byTable = new Map<string, Expectation[]>();
  for (const e of expectations) {
    if (e.kind === 'knows-enum') continue;
    const list = byTable.get(e.table);
    if (list) list.push(e);
    else byTable.set(e.table, [e]);
  }

  for (const [table, exps] of byTable) {
    const tableGone = removedHere(tableKey(table));
    if (tableGone) {
      const c = cite(exps.filter((e) => e.kind === 'reads'));
      add({
        rule: 'fallback-reads-missing-table',
        severity: c.severity,
        class: c.severity === 'error' ? 'contract' : 'unknown',
        at: tableGone.at,
        object: `table "${table}"`,
        message: `${R} still uses table "${table}" (${c.text}), which this migration ${how(tableGone)}: every query ${release} makes on it fails after the migration, and after a rollback to ${release}.`,
        help: `Expand/contract: first ship a release that no longer uses "${table}" (remove it from the schema source and the queries), then ${tableGone.kind === 'rename-away' ? 'rename' : 'drop'} it once that release is the rollback target.`,
        uses: c.uses,
      });
      continue;
    }
    const columns = new Map<string, Expectation[]>();
    for (const e of exps) {
      if (e.column === undefined) continue;
      const list = columns.get(e.column);
      if (list) list.push(e);
      else columns.set(e.column, [e]);
    }
    for (const [column, colExps] of columns) {
      const key = columnObjectKey(table, column);
      const gone = removedHere(key);
      const reads = colExps.filter((e) => e.kind === 'reads');
      if (gone && reads.length) {
        const c = cite(reads);
        add({
          rule: 'fallback-reads-missing-column',
          severity: c.severity,
          class: c.severity === 'error' ? 'contract' : 'unknown',
          at: gone.at,
          object: `column "${table}"."${column}"`,
          message: `${R} still reads column "${column}" of "${table}" (${c.text}), which this migration ${how(gone)}: its queries on "${table}" fail after the migration, and after a rollback to ${release}.`,
          help: `Expand/contract: first ship a release that no longer reads or writes "${column}" (remove it from the schema source), then ${gone.kind === 'rename-away' ? 'rename' : 'drop'} it once that release is the rollback target.`,
          uses: c.uses,
        });
        continue;
      }
      const typeHit = typeChange(table, column, colExps, changed(key), schema, release);
      if (typeHit) add(typeHit);
    }
    insertHits(table, exps, schema, changed, release).forEach(add);
  }
  enumHits(expectations, schema, changed, release, input.newRelease).forEach(add);
  return [...hits.values()];
}

function typeChange(
  table: string,
  column: string,
  exps: readonly Expectation[],
  changes: readonly Touch[],
  schema: ReplayedSchema,
  release: string,
): CompatHit | undefined {
  const retypes = changes.filter((t) => t.kind === 'alter-type');
  const last = retypes.at(-1);
  const from = retypes[0]?.from;
  const to = schema.model.tables.get(table)?.columns.get(column)?.type ?? last?.to;
  if (!last || !from || !to || from === to) return undefined;
  const enums = new Set(schema.model.enums.keys());
  const [oldFamily, newFamily] = [typeFamily(from, enums), typeFamily(to, enums)];
  const declared = exps.filter((e) => e.kind === 'decodes-type' && e.declared);
  const breaking = declared.length
    ? declared.filter((e) => decodes(e.declared!, oldFamily) && !decodes(e.declared!, newFamily))
    : oldFamily !== newFamily
      ? exps.filter((e) => e.kind === 'reads')
      : [];
  const R = capital(release);
  const object = `column "${table}"."${column}"`;
  if (breaking.length) {
    const c = cite(breaking);
    const as = breaking[0]!.declared ? ` as ${breaking[0]!.declared.text}` : '';
    return {
      rule: 'fallback-type-changed',
      severity: c.severity,
      class: c.severity === 'error' ? 'contract' : 'unknown',
      at: last.at,
      object,
      message: `${R} decodes column "${column}" of "${table}"${as} (${c.text}), but this migration changes it from ${from} to ${to}: after a rollback, ${release} cannot read the values the new type holds.`,
      help: `Expand/contract: add a new column of type ${to}, write both and backfill, move reads to it in one release, and drop "${column}" once that release is the rollback target.`,
      uses: c.uses,
    };
  }
  const [oldLimit, newLimit] = [lengthLimit(from), lengthLimit(to)];
  if (oldFamily === newFamily && newLimit !== undefined && (oldLimit === undefined || newLimit < oldLimit)) {
    const c = cite(exps.filter((e) => e.kind === 'reads'));
    if (!c.uses.length) return undefined;
    return {
      rule: 'fallback-type-changed',
      severity: c.severity,
      class: c.severity === 'error' ? 'contract' : 'unknown',
      at: last.at,
      object,
      message: `${R} writes column "${column}" of "${table}" (${c.text}), and this migration narrows it from ${from} to ${to}: values longer than ${newLimit} characters that ${release} writes are rejected after a rollback.`,
      help: 'Enforce the limit with a CHECK constraint added NOT VALID and validated later, once the rollback target never writes longer values; keep the wider type.',
      uses: c.uses,
    };
  }
  return undefined;
}

function insertHits(
  table: string,
  exps: readonly Expectation[],
  schema: ReplayedSchema,
  changed: (key: string) => readonly Touch[],
  release: string,
): CompatHit[] {
  const model = schema.model.tables.get(table);
  const inserts = exps.filter((e) => e.kind === 'inserts-without');
  if (!model || model.opaque || model.kind !== 'table' || !inserts.length) return [];
  const hits: CompatHit[] = [];
  for (const column of model.columns.values()) {
    if (!isRequired(column)) continue;
    const tightened = changed(columnObjectKey(table, column.name))
      .filter((t) => t.madeRequired)
      .at(-1);
    if (!tightened) continue;
    const omitting = inserts.filter((e) =>
      e.column !== undefined ? e.column === column.name : !e.provides?.includes(column.name),
    );
    if (!omitting.length) continue;
    const c = cite(omitting);
    hits.push({
      rule: 'fallback-insert-not-null',
      severity: c.severity,
      class: c.severity === 'error' ? 'contract' : 'unknown',
      at: tightened.at,
      object: `column "${table}"."${column.name}"`,
      message: `${capital(release)} inserts into "${table}" without "${column.name}" (${c.text}), and this migration makes "${column.name}" required (NOT NULL without a default): those INSERTs fail with a not-null violation after the migration, and after a rollback to ${release}.`,
      help: `Add "${column.name}" as nullable or with a DEFAULT, backfill it, and set NOT NULL in a later release, once the rollback target always writes it.`,
      uses: c.uses,
    });
  }
  return hits;
}

function enumHits(
  expectations: readonly Expectation[],
  schema: ReplayedSchema,
  changed: (key: string) => readonly Touch[],
  release: string,
  newRelease: NewReleaseEnums | undefined,
): CompatHit[] {
  const hits: CompatHit[] = [];
  for (const e of expectations) {
    if (e.kind !== 'knows-enum' || !e.values) continue;
    const current = schema.model.enums.get(e.table);
    for (const t of changed(enumKey(e.table))) {
      const value = t.kind === 'add-value' || t.kind === 'rename-value' ? t.to : undefined;
      if (value === undefined || e.values.includes(value) || (current && !current.values.includes(value)))
        continue;
      const declaredByNew = newRelease?.enums.get(e.table);
      if (declaredByNew && !declaredByNew.has(value)) continue; // the new release's code cannot write it yet
      const writer = declaredByNew?.get(value);
      const consequence =
        e.source === 'prisma'
          ? `every query of ${release} that reads such a row fails (Prisma rejects enum values its schema does not list)`
          : `${release} reads a value its code does not handle`;
      hits.push({
        rule: 'fallback-unknown-enum-value',
        severity: 'warning',
        class: 'unknown',
        at: t.at,
        object: `enum "${e.table}" value '${value}'`,
        message: `${capital(release)} does not know value '${value}' of enum "${e.table}" (${where(e)}: ${e.detail} lists ${e.values.map((v) => `'${v}'`).join(', ') || 'nothing'}), which this migration adds${writer ? ` and the new release writes (${where(writer)})` : ''}: once a row holds '${value}', ${consequence} after a rollback.`,
        help: `Ship it in two releases: first one that knows '${value}' (add it to the enum in code) but does not write it yet, then the one that writes it; that way the rollback target can read every row.`,
        uses: [{ file: e.file, line: e.line }],
      });
    }
  }
  return hits;
}
