import type { Node, RangeVar, TypeName } from '@pgsql/types';

/**
 * Canonical object names so `public.users`, `users` and `"users"` compare equal. The parser already
 * folds unquoted identifiers to lower case; the default schema `public` is dropped.
 */
export function relationKey(rel: RangeVar | undefined): string {
  if (!rel?.relname) return '';
  const schema = rel.schemaname && rel.schemaname !== 'public' ? `${rel.schemaname}.` : '';
  return `${schema}${rel.relname}`;
}

/** Qualified names given as a list of String nodes (DROP objects, type names). */
export function qualifiedName(parts: readonly Node[] | undefined): string {
  const names = (parts ?? []).map(stringValue).filter((s): s is string => s !== undefined);
  if (names.length > 1 && names[0] === 'public') names.shift();
  return names.join('.');
}

export function stringValue(node: Node | undefined): string | undefined {
  if (node && 'String' in node) return node.String.sval;
  return undefined;
}

export function columnKey(table: string, column: string): string {
  return `${table}.${column}`;
}

/** `pg_catalog.int4` → `int4`, `varchar(20)` keeps its modifiers as text for messages. */
export function typeNameText(type: TypeName | undefined): string {
  if (!type) return '';
  const parts = (type.names ?? []).map(stringValue).filter((s): s is string => s !== undefined);
  const name = parts[parts.length - 1] ?? '';
  const mods = (type.typmods ?? [])
    .map((m) => {
      if ('A_Const' in m) return m.A_Const.ival?.ival ?? 0;
      return undefined;
    })
    .filter((m) => m !== undefined);
  const array = type.arrayBounds?.length ? '[]' : '';
  return `${name}${mods.length ? `(${mods.join(',')})` : ''}${array}`;
}
