import type { ParsedStatement } from '../../../sql/model.js';
import { relationKey, stringValue, typeNameText } from '../../../sql/names.js';
import { normalizeType } from '../../../schema-model/types.js';
import { alterCommands, columnDefOf, findNodes, nodeOf } from './ast.js';

/*
 * What the same migration does around a DROP COLUMN, read from its SQL: whether it adds the column
 * again under the same name (a type change done as DROP + ADD), and where it copied the values first.
 * ban-drop-column and drop-add-rename tell one story from these, so they never disagree.
 */

/** A column added to `table` by a statement: its name, its type as written, and the statement's line. */
export interface AddedColumn {
  name: string;
  /** As written (`int4` for INTEGER): what drop-add-rename names. */
  type: string;
  /** As people write it (`integer`, `varchar(20)`). */
  readable: string;
  line: number;
}

/** The columns a statement adds to `table` (none for another table or another statement). */
export function addedColumns(statement: ParsedStatement, table: string): AddedColumn[] {
  const alter = nodeOf(statement, 'AlterTableStmt');
  if (!alter || relationKey(alter.relation) !== table) return [];
  return alterCommands(statement.node).flatMap((c) => {
    const def = c.subtype === 'AT_AddColumn' ? columnDefOf(c) : undefined;
    if (!def?.colname) return [];
    const type = typeNameText(def.typeName);
    return [{ name: def.colname, type, readable: normalizeType(def.typeName) || type, line: statement.line }];
  });
}

/**
 * `column` added again to `table` by the dropping statement itself (Prisma's `DROP COLUMN "x", ADD
 * COLUMN "x" INTEGER`) or a later one of the file: the old column's values are gone, not converted.
 */
export function readdedColumn(
  table: string,
  column: string,
  statement: ParsedStatement,
  following: readonly ParsedStatement[],
): AddedColumn | undefined {
  for (const s of [statement, ...following]) {
    const again = addedColumns(s, table).find((a) => a.name === column);
    if (again) return again;
  }
  return undefined;
}

/**
 * Columns of `table` that an UPDATE before the drop fills from `column` (`SET email = user_id`): its
 * values were moved there, not lost.
 */
export function copiedInto(table: string, column: string, previous: readonly ParsedStatement[]): string[] {
  const targets = new Set<string>();
  for (const s of previous) {
    const update = nodeOf(s, 'UpdateStmt');
    if (!update || relationKey(update.relation) !== table) continue;
    for (const t of update.targetList ?? []) {
      if (!('ResTarget' in t) || !t.ResTarget.name || t.ResTarget.name === column) continue;
      const reads = findNodes(t.ResTarget.val, 'ColumnRef').some((ref) => {
        const fields = ref.fields ?? [];
        return stringValue(fields[fields.length - 1]) === column;
      });
      if (reads) targets.add(t.ResTarget.name);
    }
  }
  return [...targets];
}
