import type { ColumnShape, SchemaSnapshot, TableShape } from './schema-snapshot.js';

export type ObjectKind =
  | 'schema'
  | 'extension'
  | 'table'
  | 'column'
  | 'row security'
  | 'view'
  | 'sequence'
  | 'index'
  | 'constraint'
  | 'enum'
  | 'type'
  | 'function'
  | 'trigger'
  | 'policy';

/** One way two snapshots differ, precise enough to act on. */
export interface SchemaDifference {
  kind: ObjectKind;
  /** `public.users`, `public.users.email`, `public.f(integer)`. */
  object: string;
  change: 'added' | 'removed' | 'changed';
  /** For a changed column: which property. */
  aspect?: 'type' | 'nullability' | 'default' | 'identity' | 'generated' | 'kind';
  /** The object's definition before and after (absent when it did not exist on that side). */
  before?: string;
  after?: string;
}

/**
 * Every difference from `a` to `b`. Columns, indexes and constraints of a table that exists on only one
 * side are folded into that table's entry, so a dropped table is one difference, not fifty.
 */
export function diffSnapshots(a: SchemaSnapshot, b: SchemaSnapshot): SchemaDifference[] {
  const out: SchemaDifference[] = [];
  diffSet('schema', a.schemas, b.schemas, out);
  diffSet('extension', a.extensions, b.extensions, out);
  for (const name of union(a.tables, b.tables)) {
    const before = a.tables[name];
    const after = b.tables[name];
    if (!before || !after) {
      out.push({
        kind: 'table',
        object: name,
        change: before ? 'removed' : 'added',
        ...side('before', before && tableText(before)),
        ...side('after', after && tableText(after)),
      });
      continue;
    }
    diffTable(name, before, after, out);
  }
  // Objects on a table that exists on one side only are part of that table's difference.
  const tableOnBothSides = (table: string | undefined) =>
    !table || (table in a.tables && table in b.tables) || !(table in a.tables || table in b.tables);
  const onBothSides = (key: string) => tableOnBothSides(tableOf(key));
  diffRecord('view', a.views, b.views, out);
  diffRecord('sequence', a.sequences, b.sequences, out);
  diffRecord('index', a.indexes, b.indexes, out, (_key, def) => tableOnBothSides(indexTable(def)));
  diffRecord('constraint', a.constraints, b.constraints, out, onBothSides);
  diffRecord(
    'enum',
    mapValues(a.enums, (l) => l.join(', ')),
    mapValues(b.enums, (l) => l.join(', ')),
    out,
  );
  diffRecord('type', a.types, b.types, out);
  diffRecord('function', a.functions, b.functions, out);
  diffRecord('trigger', a.triggers, b.triggers, out, onBothSides);
  diffRecord('policy', a.policies, b.policies, out, onBothSides);
  return out;
}

function diffTable(name: string, before: TableShape, after: TableShape, out: SchemaDifference[]): void {
  if (before.kind !== after.kind)
    out.push({
      kind: 'table',
      object: name,
      change: 'changed',
      aspect: 'kind',
      before: before.kind,
      after: after.kind,
    });
  const rls = (t: TableShape) =>
    t.rowSecurity ? (t.forceRowSecurity ? 'enabled, forced' : 'enabled') : 'disabled';
  if (rls(before) !== rls(after))
    out.push({
      kind: 'row security',
      object: name,
      change: 'changed',
      before: rls(before),
      after: rls(after),
    });
  for (const column of union(before.columns, after.columns)) {
    const x = before.columns[column];
    const y = after.columns[column];
    const object = `${name}.${column}`;
    if (!x || !y) {
      out.push({
        kind: 'column',
        object,
        change: x ? 'removed' : 'added',
        ...side('before', x && columnText(x)),
        ...side('after', y && columnText(y)),
      });
      continue;
    }
    if (x.type !== y.type)
      out.push({ kind: 'column', object, change: 'changed', aspect: 'type', before: x.type, after: y.type });
    if (x.notNull !== y.notNull) {
      out.push({
        kind: 'column',
        object,
        change: 'changed',
        aspect: 'nullability',
        before: nullability(x),
        after: nullability(y),
      });
    }
    for (const aspect of ['default', 'identity', 'generated'] as const) {
      if (x[aspect] !== y[aspect])
        out.push({
          kind: 'column',
          object,
          change: 'changed',
          aspect,
          ...side('before', x[aspect]),
          ...side('after', y[aspect]),
        });
    }
  }
}

function diffSet(
  kind: ObjectKind,
  a: readonly string[],
  b: readonly string[],
  out: SchemaDifference[],
): void {
  for (const name of a) if (!b.includes(name)) out.push({ kind, object: name, change: 'removed' });
  for (const name of b) if (!a.includes(name)) out.push({ kind, object: name, change: 'added' });
}

function diffRecord(
  kind: ObjectKind,
  a: Record<string, string>,
  b: Record<string, string>,
  out: SchemaDifference[],
  include: (key: string, definition: string) => boolean = () => true,
): void {
  for (const key of union(a, b)) {
    const x = a[key];
    const y = b[key];
    if (x === y || !include(key, (x ?? y)!)) continue;
    out.push({
      kind,
      object: key,
      change: x === undefined ? 'added' : y === undefined ? 'removed' : 'changed',
      ...side('before', x),
      ...side('after', y),
    });
  }
}

/** One line a person can read: "column public.users.email: NULL → NOT NULL". */
export function describeDifference(d: SchemaDifference): string {
  const what = `${d.kind} ${d.object}`;
  if (d.change === 'added') return `${what} added${d.after && !isLong(d.after) ? ` (${d.after})` : ''}`;
  if (d.change === 'removed')
    return `${what} removed${d.before && !isLong(d.before) ? ` (was ${d.before})` : ''}`;
  const aspect = d.aspect ? ` ${d.aspect}` : '';
  if (isLong(d.before) || isLong(d.after)) return `${what}:${aspect} definition differs`;
  return `${what}:${aspect} ${d.before ?? 'none'} → ${d.after ?? 'none'}`;
}

function isLong(text: string | undefined): boolean {
  return text !== undefined && (text.length > 160 || text.includes('\n'));
}

function columnText(c: ColumnShape): string {
  const parts = [c.type, nullability(c)];
  if (c.default) parts.push(`DEFAULT ${c.default}`);
  if (c.identity) parts.push(`GENERATED ${c.identity.toUpperCase()} AS IDENTITY`);
  if (c.generated) parts.push(`GENERATED ALWAYS AS (${c.generated})`);
  return parts.join(' ');
}

function tableText(t: TableShape): string {
  const count = Object.keys(t.columns).length;
  return `${count} column${count === 1 ? '' : 's'}: ${Object.keys(t.columns).join(', ')}`;
}

const nullability = (c: ColumnShape) => (c.notNull ? 'NOT NULL' : 'NULL');

function side(name: 'before' | 'after', value: string | undefined): Partial<SchemaDifference> {
  return value === undefined ? {} : { [name]: value };
}

function union(a: object, b: object): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}

function mapValues<T, U>(record: Record<string, T>, f: (v: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));
}

/** `public.users.users_pkey` → `public.users`. */
function tableOf(key: string): string | undefined {
  const parts = key.split('.');
  return parts.length >= 3 ? parts.slice(0, -1).join('.') : undefined;
}

/** The table an index is on, from its definition: `CREATE INDEX i ON public.users USING btree (…)`. */
function indexTable(definition: string): string | undefined {
  const match = / ON (?:ONLY )?([^\s(]+) USING /.exec(definition);
  return match ? match[1]!.replace(/"/g, '') : undefined;
}
