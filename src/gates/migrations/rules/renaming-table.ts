import { relationKey } from '../../../sql/names.js';
import type { ParsedStatement } from '../../../sql/model.js';
import type { Rule } from '../rule.js';
import { renamedTable } from './affected-objects.js';
import { nodeOf } from './ast.js';

export const renamingTable: Rule = {
  id: 'renaming-table',
  severity: 'error',
  class: 'contract',
  summary:
    'Renaming a table breaks the previous release, which still queries the old name (unless a view keeps it).',
  kinds: ['RenameStmt', 'AlterObjectSchemaStmt'],
  affects: renamedTable,
  check({ statement, state, previous, following }) {
    const { node } = statement;
    const move = nodeOf(statement, 'AlterObjectSchemaStmt');
    if (move) {
      // ALTER TABLE … SET SCHEMA moves the table away from the name the previous release queries.
      if (move.objectType !== 'OBJECT_TABLE' || !move.newschema) return [];
      const table = relationKey(move.relation);
      if (!table || state.isNewTable(table)) return [];
      if ([...previous, ...following].some((s) => createsViewNamed(s, table))) return [];
      const moved = sqlName(`${move.newschema}.${move.relation?.relname ?? ''}`);
      return [
        {
          message: `Moving table "${table}" to schema "${move.newschema}" breaks the previous release: every query it makes on "${table}" fails after the migration, and after a rollback.`,
          help: `Keep the old name working in the same migration: CREATE VIEW ${sqlName(table)} AS SELECT * FROM ${moved}; (a simple view is updatable), and drop the view in a later release.`,
        },
      ];
    }
    if (!('RenameStmt' in node)) return [];
    const r = node.RenameStmt;
    if (r.renameType !== 'OBJECT_TABLE' || !r.newname) return [];
    const table = relationKey(r.relation);
    if (!table || state.isNewTable(table)) return [];
    // A view under the old name keeps the previous release's queries (and simple writes) working.
    if ([...previous, ...following].some((s) => createsViewNamed(s, table))) return [];
    return [
      {
        message: `Renaming table "${table}" to "${r.newname}" breaks the previous release: every query it makes on "${table}" fails after the migration, and after a rollback.`,
        help: `Keep the old name working in the same migration: CREATE VIEW ${sqlName(table)} AS SELECT * FROM ${sqlName(renamedKey(table, r.newname))}; (a simple view is updatable), and drop the view in a later release.`,
      },
    ];
  },
};

/**
 * A table key (`Conversation`, `app.users`) as SQL that names exactly it: quoted, so a mixed-case Prisma
 * name is not folded to lower case and the advised view is the one this rule looks for.
 */
function sqlName(key: string): string {
  return key
    .split('.')
    .map((part) => `"${part.replace(/"/g, '""')}"`)
    .join('.');
}

/** RENAME TO keeps the table in its schema. */
function renamedKey(table: string, newname: string): string {
  const dot = table.lastIndexOf('.');
  return dot < 0 ? newname : `${table.slice(0, dot + 1)}${newname}`;
}

function createsViewNamed(statement: ParsedStatement, key: string): boolean {
  return 'ViewStmt' in statement.node && relationKey(statement.node.ViewStmt.view) === key;
}
