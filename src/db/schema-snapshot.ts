import type { Database } from './database.js';

export { describeDifference, diffSnapshots } from './snapshot-diff.js';
export type { SchemaDifference } from './snapshot-diff.js';

export interface ColumnShape {
  /** `format_type`: "character varying(20)", "integer[]", "public.mood". */
  type: string;
  notNull: boolean;
  default?: string;
  /** `always` or `by default` for identity columns. */
  identity?: string;
  /** The expression of a generated column. */
  generated?: string;
}

export interface TableShape {
  /** `table`, `partitioned table` or `foreign table`. */
  kind: string;
  rowSecurity: boolean;
  forceRowSecurity: boolean;
  columns: Record<string, ColumnShape>;
}

/**
 * What a migration can change about a schema, as plain sorted data so two snapshots compare exactly.
 * Keys are `schema.object` (`schema.table.object` for what lives on a table); values are the server's
 * own canonical text (pg_get_indexdef, pg_get_constraintdef, …). System schemas and objects that belong
 * to an extension are left out; column order is not compared (it does not matter to applications).
 */
export interface SchemaSnapshot {
  schemas: string[];
  extensions: string[];
  tables: Record<string, TableShape>;
  views: Record<string, string>;
  sequences: Record<string, string>;
  indexes: Record<string, string>;
  constraints: Record<string, string>;
  enums: Record<string, string[]>;
  /** Domains and composite types. */
  types: Record<string, string>;
  functions: Record<string, string>;
  triggers: Record<string, string>;
  policies: Record<string, string>;
}

/** One round trip: every category as one JSON document (works on PostgreSQL 12+ and PGlite). */
const SNAPSHOT_SQL = `
WITH ns AS (
  SELECT oid, nspname FROM pg_namespace
  WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
    AND nspname NOT LIKE 'pg\\_temp\\_%' AND nspname NOT LIKE 'pg\\_toast\\_temp\\_%'
), ext AS (
  SELECT classid, objid FROM pg_depend WHERE deptype = 'e'
), rel AS (
  SELECT c.oid, c.relname, c.relkind, c.relrowsecurity, c.relforcerowsecurity, n.nspname
  FROM pg_class c JOIN ns n ON n.oid = c.relnamespace
  WHERE NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_class'::regclass AND ext.objid = c.oid)
)
SELECT json_build_object(
  'schemas', (SELECT coalesce(json_agg(nspname ORDER BY nspname), '[]') FROM ns
    WHERE NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_namespace'::regclass AND ext.objid = ns.oid)),
  'extensions', (SELECT coalesce(json_agg(extname ORDER BY extname), '[]') FROM pg_extension WHERE extname <> 'plpgsql'),
  'tables', (SELECT coalesce(json_object_agg(r.nspname || '.' || r.relname, json_build_object(
      'kind', CASE r.relkind WHEN 'p' THEN 'partitioned table' WHEN 'f' THEN 'foreign table' ELSE 'table' END,
      'rowSecurity', r.relrowsecurity,
      'forceRowSecurity', r.relforcerowsecurity,
      'columns', (SELECT coalesce(json_object_agg(a.attname, json_build_object(
          'type', format_type(a.atttypid, a.atttypmod),
          'notNull', a.attnotnull,
          'default', CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END,
          'identity', CASE a.attidentity WHEN 'a' THEN 'always' WHEN 'd' THEN 'by default' END,
          'generated', CASE WHEN a.attgenerated <> '' THEN pg_get_expr(d.adbin, d.adrelid) END)), '{}')
        FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped))), '{}')
    FROM rel r WHERE r.relkind IN ('r', 'p', 'f')),
  'views', (SELECT coalesce(json_object_agg(r.nspname || '.' || r.relname,
      CASE r.relkind WHEN 'm' THEN 'materialized view: ' ELSE 'view: ' END || pg_get_viewdef(r.oid, true)), '{}')
    FROM rel r WHERE r.relkind IN ('v', 'm')),
  'sequences', (SELECT coalesce(json_object_agg(r.nspname || '.' || r.relname, format('%s increment %s start %s min %s max %s%s',
      format_type(s.seqtypid, NULL), s.seqincrement, s.seqstart, s.seqmin, s.seqmax, CASE WHEN s.seqcycle THEN ' cycle' ELSE '' END)), '{}')
    FROM rel r JOIN pg_sequence s ON s.seqrelid = r.oid
    WHERE r.relkind = 'S' AND NOT EXISTS (SELECT 1 FROM pg_depend d
      WHERE d.classid = 'pg_class'::regclass AND d.objid = r.oid AND d.deptype IN ('a', 'i') AND d.refobjsubid > 0)),
  'indexes', (SELECT coalesce(json_object_agg(r.nspname || '.' || r.relname, pg_get_indexdef(i.indexrelid)), '{}')
    FROM pg_index i JOIN rel r ON r.oid = i.indexrelid
    WHERE NOT EXISTS (SELECT 1 FROM pg_constraint con
      WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x'))),
  'constraints', (SELECT coalesce(json_object_agg(r.nspname || '.' || r.relname || '.' || con.conname, pg_get_constraintdef(con.oid)), '{}')
    FROM pg_constraint con JOIN rel r ON r.oid = con.conrelid WHERE con.contype <> 'n'),
  'enums', (SELECT coalesce(json_object_agg(k, labels), '{}') FROM (
      SELECT n.nspname || '.' || t.typname AS k, json_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN ns n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid
      WHERE NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_type'::regclass AND ext.objid = t.oid)
      GROUP BY 1) en),
  'types', (SELECT coalesce(json_object_agg(n.nspname || '.' || t.typname, CASE t.typtype
      WHEN 'd' THEN format('domain %s%s%s%s', format_type(t.typbasetype, t.typtypmod),
        CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END,
        coalesce(' DEFAULT ' || t.typdefault, ''),
        coalesce((SELECT ' ' || string_agg(con.conname || ' ' || pg_get_constraintdef(con.oid), ' ' ORDER BY con.conname)
          FROM pg_constraint con WHERE con.contypid = t.oid), ''))
      ELSE format('composite (%s)', (SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
          FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped)) END), '{}')
    FROM pg_type t JOIN ns n ON n.oid = t.typnamespace
    WHERE (t.typtype = 'd' OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))
      AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_type'::regclass AND ext.objid = t.oid)),
  'functions', (SELECT coalesce(json_object_agg(n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
      CASE WHEN p.prokind = 'a' THEN 'aggregate' ELSE pg_get_functiondef(p.oid) END), '{}')
    FROM pg_proc p JOIN ns n ON n.oid = p.pronamespace
    WHERE NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_proc'::regclass AND ext.objid = p.oid)),
  'triggers', (SELECT coalesce(json_object_agg(r.nspname || '.' || r.relname || '.' || t.tgname, pg_get_triggerdef(t.oid)), '{}')
    FROM pg_trigger t JOIN rel r ON r.oid = t.tgrelid WHERE NOT t.tgisinternal),
  'policies', (SELECT coalesce(json_object_agg(p.schemaname || '.' || p.tablename || '.' || p.policyname,
      concat(p.permissive, ' FOR ', p.cmd, ' TO ', array_to_string(p.roles, ', '),
        ' USING (' || p.qual || ')', ' WITH CHECK (' || p.with_check || ')')), '{}')
    FROM pg_policies p JOIN ns n ON n.nspname = p.schemaname)
)::text AS snapshot`;

/** Read the schema of the current database as a normalised, exactly comparable snapshot. */
export async function takeSnapshot(db: Pick<Database, 'query'>): Promise<SchemaSnapshot> {
  const [row] = await db.query<{ snapshot: string }>(SNAPSHOT_SQL);
  const raw = JSON.parse(row?.snapshot ?? '{}') as Record<string, unknown>;
  const tables: Record<string, TableShape> = {};
  for (const [name, value] of sortedEntries(raw.tables)) {
    const t = value as {
      kind: string;
      rowSecurity: boolean;
      forceRowSecurity: boolean;
      columns: Record<string, Record<string, unknown>>;
    };
    const columns: Record<string, ColumnShape> = {};
    for (const [column, c] of sortedEntries(t.columns)) {
      const shape = c as {
        type: string;
        notNull: boolean;
        default?: string | null;
        identity?: string | null;
        generated?: string | null;
      };
      columns[column] = {
        type: shape.type,
        notNull: shape.notNull,
        ...(shape.default ? { default: shape.default } : {}),
        ...(shape.identity ? { identity: shape.identity } : {}),
        ...(shape.generated ? { generated: shape.generated } : {}),
      };
    }
    tables[name] = {
      kind: t.kind,
      rowSecurity: t.rowSecurity,
      forceRowSecurity: t.forceRowSecurity,
      columns,
    };
  }
  return {
    schemas: [...((raw.schemas as string[]) ?? [])].sort(),
    extensions: [...((raw.extensions as string[]) ?? [])].sort(),
    tables,
    views: sortedRecord<string>(raw.views),
    sequences: sortedRecord<string>(raw.sequences),
    indexes: sortedRecord<string>(raw.indexes),
    constraints: sortedRecord<string>(raw.constraints),
    enums: sortedRecord<string[]>(raw.enums),
    types: sortedRecord<string>(raw.types),
    functions: sortedRecord<string>(raw.functions),
    triggers: sortedRecord<string>(raw.triggers),
    policies: sortedRecord<string>(raw.policies),
  };
}

function sortedEntries(value: unknown): [string, unknown][] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function sortedRecord<T>(value: unknown): Record<string, T> {
  return Object.fromEntries(sortedEntries(value)) as Record<string, T>;
}
