import type { Node } from '@pgsql/types';
import type { StatementHit } from '../engine.js';
import { qualifiedName, relationKey } from '../names.js';
import type { RuleContext } from '../rule.js';
import { usesObject } from '../../../schema-sources/expectation.js';
import type { Expectation } from '../../../schema-sources/expectation.js';

/** What the fallback release was found to use, for judging contract statements. */
export interface FallbackEvidence {
  /** `v1.1.0`, as messages name it. */
  release: string;
  expectations: readonly Expectation[];
  /** The schema files read (`prisma/schema.prisma`); empty means there is no evidence of non-use. */
  sourceFiles: readonly string[];
}

interface DbObject {
  table: string;
  column?: string;
}

type ObjectsOf = (node: Node, ctx: RuleContext) => DbObject[];

const droppedColumns: ObjectsOf = (node, { state }) => {
  if (!('AlterTableStmt' in node)) return [];
  const table = relationKey(node.AlterTableStmt.relation);
  return (node.AlterTableStmt.cmds ?? []).flatMap((c) =>
    'AlterTableCmd' in c &&
    c.AlterTableCmd.subtype === 'AT_DropColumn' &&
    c.AlterTableCmd.name &&
    !state.isNewColumn(table, c.AlterTableCmd.name)
      ? [{ table, column: c.AlterTableCmd.name }]
      : [],
  );
};

const nullableColumns: ObjectsOf = (node, { state }) => {
  if (!('AlterTableStmt' in node)) return [];
  const table = relationKey(node.AlterTableStmt.relation);
  return (node.AlterTableStmt.cmds ?? []).flatMap((c) =>
    'AlterTableCmd' in c &&
    c.AlterTableCmd.subtype === 'AT_DropNotNull' &&
    c.AlterTableCmd.name &&
    !state.isNewColumn(table, c.AlterTableCmd.name)
      ? [{ table, column: c.AlterTableCmd.name }]
      : [],
  );
};

const droppedTables: ObjectsOf = (node, { state }) => {
  if (!('DropStmt' in node) || node.DropStmt.removeType !== 'OBJECT_TABLE') return [];
  return (node.DropStmt.objects ?? [])
    .map((o) => qualifiedName('List' in o ? o.List.items : [o]))
    .filter((table) => table && !state.isNewTable(table))
    .map((table) => ({ table }));
};

const renamedColumn: ObjectsOf = (node) =>
  'RenameStmt' in node && node.RenameStmt.renameType === 'OBJECT_COLUMN' && node.RenameStmt.subname
    ? [{ table: relationKey(node.RenameStmt.relation), column: node.RenameStmt.subname }]
    : [];

const renamedTable: ObjectsOf = (node) =>
  'RenameStmt' in node && node.RenameStmt.renameType === 'OBJECT_TABLE'
    ? [{ table: relationKey(node.RenameStmt.relation) }]
    : [];

/**
 * Contract rules whose whole concern is that the previous release still uses a table or column. Rules
 * that also warn about locks, rewrites or defaults (setting-not-null, changing-column-type,
 * ban-drop-default, drop-add-rename) keep their verdict: non-use does not make those safe.
 */
const OBJECTS_OF: Readonly<Record<string, ObjectsOf>> = {
  'ban-drop-column': droppedColumns,
  'ban-drop-table': droppedTables,
  'renaming-column': renamedColumn,
  'renaming-table': renamedTable,
  'ban-drop-not-null': nullableColumns,
};

const DELETES_DATA = new Set(['ban-drop-column', 'ban-drop-table']);

function describe(o: DbObject): string {
  return o.column === undefined ? `table "${o.table}"` : `column "${o.column}" of "${o.table}"`;
}

/**
 * Expand/contract done right: a contract statement on tables or columns the fallback release no longer
 * uses cannot break a rollback to it. Such a hit becomes a notice that says so (its class stays
 * `contract`); a hit on an object the release still uses is left as it is. Without a schema source of
 * the fallback release nothing changes.
 */
export function refineContractHit(
  entry: StatementHit,
  ctx: RuleContext,
  evidence: FallbackEvidence,
): StatementHit {
  const objectsOf = OBJECTS_OF[entry.rule.id];
  if (!objectsOf || !evidence.sourceFiles.length || (entry.hit.class ?? entry.rule.class) !== 'contract')
    return entry;
  const objects = objectsOf(ctx.statement.node, ctx);
  if (!objects.length || objects.some((o) => usesObject(evidence.expectations, o.table, o.column)))
    return entry;
  const names = objects.map(describe).join(', ');
  const checked =
    evidence.sourceFiles.slice(0, 3).join(', ') + (evidence.sourceFiles.length > 3 ? ', …' : '');
  const data = DELETES_DATA.has(entry.rule.id)
    ? ' Its data is still deleted for good, so keep a recent backup if anyone might want it.'
    : '';
  return {
    rule: entry.rule,
    hit: {
      ...entry.hit,
      severity: 'notice',
      message: `Safe: ${evidence.release} no longer uses ${names} (expand/contract done right) — its schema source (${checked}) and code do not name it, so this cannot break a rollback to ${evidence.release}.${data}`,
      help: `Nothing to change. Without that evidence this would be: ${entry.hit.message}`,
    },
  };
}
