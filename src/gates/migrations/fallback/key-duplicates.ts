import type { AlterTableStmt, CreateStmt, IndexStmt, Node } from '@pgsql/types';
import type { MigrationFile, ParsedFile, ParsedStatement } from '../../../sql/model.js';
import { qualifiedName, relationKey, stringValue } from '../../../sql/names.js';
import { ensureParser } from '../../../sql/parse.js';
import type { ReadText } from '../discover.js';
import type { StatementHit } from '../engine.js';
import type { RuleContext } from '../rule.js';
import { parseMigration } from '../layouts/parse-migration.js';
import { alterCommands, columnConstraints, constraintOf, dropTargetNames } from '../rules/ast.js';

/**
 * Unique indexes that only repeat their table's primary key (umami's `"session_session_id_key"` on
 * `session_id` beside `"session_pkey"`, from a Prisma `@unique` on an `@id`). Dropping one takes nothing
 * the previous release relies on: checked on PostgreSQL 15, the primary key keeps the values unique and
 * answers `ON CONFLICT (session_id)` (in any column order), and an index is no constraint, so no
 * `ON CONFLICT ON CONSTRAINT` can name it. Read from the history before the change, only when the change
 * drops an index, and only from the files that name one of them or a primary key.
 */
export interface KeyDuplicate {
  table: string;
  columns: readonly string[];
  /** The primary key's constraint name. */
  key: string;
}

interface IndexShape {
  table: string;
  columns: string[];
  /** UNIQUE over plain columns, without WHERE, expressions, opclasses or collations. */
  plainUnique: boolean;
}

/** Indexes the change drops with DROP INDEX (not CASCADE, which would also drop what depends on them). */
export function droppedIndexes(changed: readonly ParsedFile[]): string[] {
  return changed.flatMap((f) =>
    f.file.direction === 'up'
      ? f.statements.flatMap((s) => {
          if (s.kind !== 'DropStmt' || !('DropStmt' in s.node)) return [];
          const drop = s.node.DropStmt;
          if (drop.removeType !== 'OBJECT_INDEX' || drop.behavior === 'DROP_CASCADE') return [];
          return dropTargetNames(s.node).map((parts) => qualifiedName(parts));
        })
      : [],
  );
}

export async function keyDuplicates(
  history: readonly MigrationFile[],
  read: ReadText,
  changed: readonly ParsedFile[],
): Promise<Map<string, KeyDuplicate>> {
  const dropped = droppedIndexes(changed);
  const found = new Map<string, KeyDuplicate>();
  if (!dropped.length) return found;
  const inChange = new Set(changed.map((f) => f.file.path));
  const needles = [...dropped.map((n) => n.toLowerCase()), 'primary key'];
  const model = new KeyModel();
  for (const file of history) {
    if (file.direction !== 'up' || inChange.has(file.path)) continue;
    const text = await read(file.path);
    if (text === undefined || !needles.some((n) => text.toLowerCase().includes(n))) continue;
    await ensureParser();
    for (const s of parseMigration(file, text, 'up', { cache: false }).statements) model.apply(s);
  }
  const changedStatements = changed.flatMap((f) => f.statements);
  for (const name of dropped) {
    const index = model.indexes.get(name);
    const key = index && model.keys.get(index.table);
    if (!index?.plainUnique || !key || key.name === name || !sameSet(index.columns, key.columns)) continue;
    if (changedStatements.some((s) => loosensKey(s, index.table, key))) continue;
    found.set(name, { table: index.table, columns: key.columns, key: key.name });
  }
  return found;
}

/** Just enough of the schema: each index's shape and each table's primary key, in history order. */
class KeyModel {
  readonly indexes = new Map<string, IndexShape>();
  readonly keys = new Map<string, { name: string; columns: string[] }>();

  apply(s: ParsedStatement): void {
    const { node } = s;
    if ('IndexStmt' in node) return this.index(node.IndexStmt);
    if ('CreateStmt' in node) return this.table(node.CreateStmt);
    if ('AlterTableStmt' in node) return this.alter(node.AlterTableStmt);
    if ('DropStmt' in node) {
      const names = dropTargetNames(node).map((parts) => qualifiedName(parts));
      if (node.DropStmt.removeType === 'OBJECT_INDEX') names.forEach((n) => this.indexes.delete(n));
      if (node.DropStmt.removeType === 'OBJECT_TABLE') names.forEach((n) => this.forgetTable(n));
    }
    // Renames (index, table, column) are not followed: what was renamed is then not found, which keeps
    // today's "unknown" rather than guessing.
    if ('RenameStmt' in node) this.forgetTable(relationKey(node.RenameStmt.relation));
  }

  private index(n: IndexStmt): void {
    if (!n.idxname) return;
    const schema =
      n.relation?.schemaname && n.relation.schemaname !== 'public' ? `${n.relation.schemaname}.` : '';
    const elems = (n.indexParams ?? []).map((p) => ('IndexElem' in p ? p.IndexElem : undefined));
    const plain = elems.every((e) => !!e?.name && !e.expr && !e.opclass?.length && !e.collation?.length);
    this.indexes.set(schema + n.idxname, {
      table: relationKey(n.relation),
      columns: elems.flatMap((e) => (e?.name ? [e.name] : [])),
      plainUnique: !!n.unique && plain && !n.whereClause,
    });
  }

  private table(s: CreateStmt): void {
    const table = relationKey(s.relation);
    this.forgetTable(table);
    for (const element of s.tableElts ?? []) {
      if ('Constraint' in element) this.primaryKey(table, element.Constraint, s.relation?.relname);
      if ('ColumnDef' in element)
        for (const c of columnConstraints(element.ColumnDef))
          if (c.contype === 'CONSTR_PRIMARY' && element.ColumnDef.colname)
            this.keys.set(table, {
              name: c.conname ?? `${s.relation?.relname ?? table}_pkey`,
              columns: [element.ColumnDef.colname],
            });
    }
  }

  private alter(s: AlterTableStmt): void {
    const table = relationKey(s.relation);
    for (const cmd of alterCommands({ AlterTableStmt: s } as Node)) {
      if (cmd.subtype === 'AT_AddConstraint')
        this.primaryKey(table, constraintOf(cmd.def), s.relation?.relname);
      if (cmd.subtype === 'AT_DropConstraint' && cmd.name === this.keys.get(table)?.name)
        this.keys.delete(table);
      if (cmd.subtype === 'AT_DropColumn' && this.keys.get(table)?.columns.includes(cmd.name ?? ''))
        this.keys.delete(table);
    }
  }

  private primaryKey(table: string, c: ReturnType<typeof constraintOf>, relname: string | undefined): void {
    if (c?.contype !== 'CONSTR_PRIMARY') return;
    const columns = c.indexname
      ? (this.indexes.get(c.indexname)?.columns ?? [])
      : (c.keys ?? []).flatMap((k) => stringValue(k) ?? []);
    if (c.indexname) this.indexes.delete(c.indexname); // it becomes the key's own index
    if (columns.length)
      this.keys.set(table, { name: c.conname ?? c.indexname ?? `${relname ?? table}_pkey`, columns });
  }

  private forgetTable(table: string): void {
    this.keys.delete(table);
    for (const [name, index] of this.indexes) if (index.table === table) this.indexes.delete(name);
  }
}

/** A statement of the change that drops, retypes or rewrites the key (or its columns) the index repeats. */
function loosensKey(s: ParsedStatement, table: string, key: { name: string; columns: string[] }): boolean {
  if (s.kind === 'DropStmt') return droppedTable(s, table);
  if (s.kind === 'RenameStmt')
    return 'RenameStmt' in s.node && relationKey(s.node.RenameStmt.relation) === table;
  if (s.kind !== 'AlterTableStmt' || !('AlterTableStmt' in s.node)) return false;
  if (relationKey(s.node.AlterTableStmt.relation) !== table) return false;
  return alterCommands(s.node).some(
    (c) =>
      (c.subtype === 'AT_DropConstraint' && c.name === key.name) ||
      ((c.subtype === 'AT_DropColumn' || c.subtype === 'AT_AlterColumnType') &&
        key.columns.includes(c.name ?? '')),
  );
}

function droppedTable(s: ParsedStatement, table: string): boolean {
  if (!('DropStmt' in s.node) || s.node.DropStmt.removeType !== 'OBJECT_TABLE') return false;
  return dropTargetNames(s.node).some((parts) => qualifiedName(parts) === table);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x)) && new Set(a).size === a.length;
}

/**
 * The hits on a DROP INDEX of key duplicates only (its lock, its lock_timeout) say what is known: the
 * previous release loses nothing, so they are marked `safe` and the statement is `expand`
 * (classify.ts). The lock itself keeps its verdict.
 */
export function refineKeyDuplicateDrop(
  hits: StatementHit[],
  ctx: RuleContext,
  duplicates: ReadonlyMap<string, KeyDuplicate> | undefined,
): StatementHit[] {
  if (!duplicates?.size || !hits.length || ctx.statement.kind !== 'DropStmt') return hits;
  const names = droppedIndexes([{ file: ctx.file, statements: [ctx.statement] } as unknown as ParsedFile]);
  if (!names.length || !names.every((n) => duplicates.has(n))) return hits;
  const said = names
    .map((n) => {
      const d = duplicates.get(n)!;
      const columns = d.columns.map((c) => `"${c}"`).join(', ');
      return `"${n}" only repeats the primary key "${d.key}" of "${d.table}" on (${columns}), which keeps those values unique and still answers its ON CONFLICT (${columns})`;
    })
    .join('; ');
  const known = ` The previous release loses nothing it relies on: ${said}; an index is no constraint, so no ON CONFLICT ON CONSTRAINT names it.`;
  return hits.map(({ rule, hit }) => ({ rule, hit: { ...hit, safe: true, message: hit.message + known } }));
}
