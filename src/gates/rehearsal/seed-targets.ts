import type { Node, RangeVar } from '@pgsql/types';
import type { ParsedFile } from '../../sql/model.js';
import { alterCommands, constraintOf, findNodes } from '../migrations/rules/ast.js';

/** A foreign key a new migration adds to an existing table: seeded rows must point at a real parent. */
export interface NewForeignKey {
  columns: string[];
  parent: string;
  parentColumns: string[];
}

/** What the new migrations touch, read from their statements before they run. */
export interface SeedTargets {
  /** Tables (`schema.table`) any new statement names. */
  tables: Set<string>;
  /** Per table, the column sets of unique indexes and constraints the new migrations add. */
  newUniques: Map<string, string[][]>;
  newForeignKeys: Map<string, NewForeignKey[]>;
}

/** `users` → `public.users`; the rehearsal database has the default search_path. */
export function tableKey(rel: Pick<RangeVar, 'schemaname' | 'relname'> | undefined): string | undefined {
  if (!rel?.relname) return undefined;
  return `${rel.schemaname || 'public'}.${rel.relname}`;
}

const names = (list: readonly Node[] | undefined): string[] =>
  (list ?? []).flatMap((n) => ('String' in n && n.String.sval ? [n.String.sval] : []));

export function seedTargets(files: readonly ParsedFile[]): SeedTargets {
  const targets: SeedTargets = { tables: new Set(), newUniques: new Map(), newForeignKeys: new Map() };
  const push = <T>(map: Map<string, T[]>, key: string, value: T) =>
    map.set(key, [...(map.get(key) ?? []), value]);
  for (const parsed of files) {
    for (const { node } of parsed.statements) {
      for (const rel of relationsIn(node)) {
        const key = tableKey(rel);
        if (key) targets.tables.add(key);
      }
      if ('IndexStmt' in node && node.IndexStmt.unique) {
        const table = tableKey(node.IndexStmt.relation);
        const columns = indexColumns(node.IndexStmt.indexParams ?? []);
        if (table && columns.length) push(targets.newUniques, table, columns);
      }
      const table = 'AlterTableStmt' in node ? tableKey(node.AlterTableStmt.relation) : undefined;
      if (!table) continue;
      for (const cmd of alterCommands(node)) {
        if (cmd.subtype !== 'AT_AddConstraint') continue;
        const constraint = constraintOf(cmd.def);
        if (!constraint) continue;
        if (
          (constraint.contype === 'CONSTR_UNIQUE' || constraint.contype === 'CONSTR_PRIMARY') &&
          constraint.keys?.length
        ) {
          push(targets.newUniques, table, names(constraint.keys));
        } else if (constraint.contype === 'CONSTR_FOREIGN') {
          const parent = tableKey(constraint.pktable);
          if (parent)
            push(targets.newForeignKeys, table, {
              columns: names(constraint.fk_attrs),
              parent,
              parentColumns: names(constraint.pk_attrs),
            });
        }
      }
    }
  }
  return targets;
}

/**
 * Every table reference in a statement. The AST embeds RangeVars unwrapped in fields such as
 * `relation` and wrapped (`{ RangeVar: … }`) in FROM lists; both carry `relname`.
 */
function relationsIn(root: unknown): RangeVar[] {
  const found: RangeVar[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    if (typeof (value as RangeVar).relname === 'string') found.push(value as RangeVar);
    for (const child of Object.values(value)) visit(child);
  };
  visit(root);
  return found;
}

/** Columns an index covers: plain columns, and those inside expressions (`lower(email)` → email). */
function indexColumns(params: readonly Node[]): string[] {
  const columns = new Set<string>();
  for (const param of params) {
    if (!('IndexElem' in param)) continue;
    const elem = param.IndexElem;
    if (elem.name) columns.add(elem.name);
    for (const ref of findNodes(elem.expr, 'ColumnRef')) {
      const last = names(ref.fields).pop();
      if (last) columns.add(last);
    }
  }
  return [...columns];
}
