import type { Node, RangeVar } from '@pgsql/types';
import { relationKey } from '../sql/names.js';
import { parseSql, PgSyntaxError } from '../sql/pg-parser.js';

/**
 * What one SQL text in code names, read with the Postgres parser: the tables it reads, inserts into,
 * updates or deletes from, the columns it names (select lists, WHERE, JOIN … ON, SET, RETURNING; a bare
 * column only when its query has one table), and the columns each INSERT provides.
 */
export interface SqlReading {
  /** Per statement: the 0-based character offset where it starts, and what it names. */
  statements: {
    offset: number;
    tables: string[];
    columns: { table: string; column: string }[];
    inserts: { table: string; provides: string[] }[];
  }[];
}

interface Scope {
  /** alias or table name → table */
  names: Map<string, string>;
  tables: string[];
  parent?: Scope;
  ctes: Set<string>;
}

type Found = SqlReading['statements'][number];

/** The reading, or undefined when the text is no complete SQL (a fragment joined with other strings). */
export function readSql(sql: string): SqlReading | undefined {
  let parsed;
  try {
    parsed = parseSql(sql);
  } catch (error) {
    if (error instanceof PgSyntaxError) return undefined;
    throw error;
  }
  const bytes = Buffer.from(sql, 'utf8');
  const statements = (parsed.stmts ?? []).flatMap((raw) => {
    if (!raw.stmt) return [];
    const found: Found = {
      offset: bytes.subarray(0, raw.stmt_location ?? 0).toString('utf8').length,
      tables: [],
      columns: [],
      inserts: [],
    };
    walk(raw.stmt, undefined, found);
    return [found];
  });
  return { statements };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function lookup(scope: Scope | undefined, name: string): string | undefined {
  for (let s = scope; s; s = s.parent) {
    const table = s.names.get(name);
    if (table !== undefined) return table;
  }
  return undefined;
}

function addTable(scope: Scope, found: Found, rel: RangeVar): void {
  const table = relationKey(rel);
  if (!table) return;
  // a CTE's name is no table of the database
  for (let s: Scope | undefined = scope; s; s = s.parent) if (!rel.schemaname && s.ctes.has(table)) return;
  scope.tables.push(table);
  scope.names.set(table, table);
  if (rel.schemaname) scope.names.set(rel.relname!, table);
  if (rel.alias?.aliasname) scope.names.set(rel.alias.aliasname, table);
  if (!found.tables.includes(table)) found.tables.push(table);
}

function addColumn(found: Found, table: string, column: string): void {
  if (!found.columns.some((c) => c.table === table && c.column === column))
    found.columns.push({ table, column });
}

/** FROM items: tables (with aliases) into the scope; subqueries and join conditions walked. */
function fromItem(node: unknown, scope: Scope, found: Found, later: unknown[]): void {
  if (!isObject(node)) return;
  if ('RangeVar' in node) addTable(scope, found, node.RangeVar as RangeVar);
  else if ('JoinExpr' in node && isObject(node.JoinExpr)) {
    fromItem(node.JoinExpr.larg, scope, found, later);
    fromItem(node.JoinExpr.rarg, scope, found, later);
    later.push(node.JoinExpr.quals);
  } else later.push(node);
}

function newScope(parent: Scope | undefined): Scope {
  return { names: new Map(), tables: [], ctes: new Set(), ...(parent ? { parent } : {}) };
}

function walk(node: unknown, scope: Scope | undefined, found: Found): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, scope, found);
    return;
  }
  if (!isObject(node)) return;
  const n = node as Node;
  if ('SelectStmt' in n || 'InsertStmt' in n || 'UpdateStmt' in n || 'DeleteStmt' in n) {
    statement(n, scope, found);
    return;
  }
  if ('ColumnRef' in n) {
    const parts = (n.ColumnRef.fields ?? []).map((f) => ('String' in f ? f.String.sval : undefined));
    const column = parts.at(-1);
    if (!column) return; // `*` or `t.*`
    const qualifier = parts.length > 1 ? parts.slice(0, -1).filter(Boolean).join('.') : undefined;
    const table =
      qualifier !== undefined
        ? (lookup(scope, qualifier) ?? lookup(scope, qualifier.replace(/^public\./, '')))
        : scope?.tables.length === 1
          ? scope.tables[0]
          : undefined;
    if (table) addColumn(found, table, column);
    return;
  }
  for (const value of Object.values(node)) walk(value, scope, found);
}

function withClause(clause: unknown, scope: Scope, found: Found): void {
  if (!isObject(clause) || !Array.isArray(clause.ctes)) return;
  for (const cte of clause.ctes) {
    if (!isObject(cte) || !isObject(cte.CommonTableExpr)) continue;
    const name = cte.CommonTableExpr.ctename;
    if (typeof name === 'string') scope.ctes.add(name);
    walk(cte.CommonTableExpr.ctequery, scope, found);
  }
}

function statement(n: Node, outer: Scope | undefined, found: Found): void {
  const scope = newScope(outer);
  const later: unknown[] = [];
  if ('SelectStmt' in n) {
    const { fromClause, withClause: w, larg, rarg, ...rest } = n.SelectStmt;
    withClause(w, scope, found);
    // UNION / INTERSECT / EXCEPT: each side is a query of its own
    if (larg) statement({ SelectStmt: larg }, scope, found);
    if (rarg) statement({ SelectStmt: rarg }, scope, found);
    for (const item of fromClause ?? []) fromItem(item, scope, found, later);
    walk(later, scope, found);
    walk(rest, scope, found);
  } else if ('InsertStmt' in n) {
    const { relation, cols, withClause: w, selectStmt, ...rest } = n.InsertStmt;
    withClause(w, scope, found);
    walk(selectStmt, scope, found);
    if (!relation) return;
    addTable(scope, found, relation);
    const table = relationKey(relation);
    const provides = (cols ?? []).flatMap((c) =>
      'ResTarget' in c && c.ResTarget.name ? [c.ResTarget.name] : [],
    );
    provides.forEach((c) => addColumn(found, table, c));
    if (provides.length) found.inserts.push({ table, provides });
    walk(rest, scope, found);
  } else if ('UpdateStmt' in n) {
    const { relation, targetList, fromClause, withClause: w, ...rest } = n.UpdateStmt;
    withClause(w, scope, found);
    if (relation) addTable(scope, found, relation);
    const table = relationKey(relation);
    for (const t of targetList ?? [])
      if ('ResTarget' in t && t.ResTarget.name && table) addColumn(found, table, t.ResTarget.name);
    for (const item of fromClause ?? []) fromItem(item, scope, found, later);
    walk(later, scope, found);
    walk(
      (targetList ?? []).map((t) => ('ResTarget' in t ? t.ResTarget.val : undefined)),
      scope,
      found,
    );
    walk(rest, scope, found);
  } else if ('DeleteStmt' in n) {
    const { relation, usingClause, withClause: w, ...rest } = n.DeleteStmt;
    withClause(w, scope, found);
    if (relation) addTable(scope, found, relation);
    for (const item of usingClause ?? []) fromItem(item, scope, found, later);
    walk(later, scope, found);
    walk(rest, scope, found);
  }
}
