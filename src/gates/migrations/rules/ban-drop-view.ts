import { qualifiedName, relationKey } from '../../../sql/names.js';
import type { ParsedStatement } from '../../../sql/model.js';
import type { Rule } from '../rule.js';
import { dropTargetNames } from './ast.js';

const KINDS: Record<string, string> = { OBJECT_VIEW: 'view', OBJECT_MATVIEW: 'materialized view' };

export const banDropView: Rule = {
  id: 'ban-drop-view',
  severity: 'error',
  class: 'contract',
  summary: 'Dropping a view or materialized view breaks the previous release, which still queries it.',
  kinds: ['DropStmt'],
  check({ statement, state, following }) {
    const { node } = statement;
    if (!('DropStmt' in node)) return [];
    const kind = KINDS[node.DropStmt.removeType ?? ''];
    if (!kind) return [];
    // DROP VIEW then CREATE VIEW of the same name later in the file is a replace (e.g. to remove a column).
    const recreated = new Set(following.map(createdViewName).filter((name) => name));
    const cascade = node.DropStmt.behavior === 'DROP_CASCADE';
    return (
      dropTargetNames(node)
        .map((parts) => qualifiedName(parts))
        // ChangeObjects counts a materialized view as a table too (CREATE MATERIALIZED VIEW is a CreateTableAsStmt).
        .filter((name) => name && !state.isNewView(name) && !state.isNewTable(name) && !recreated.has(name))
        .map((name) => ({
          message:
            `Dropping ${kind} "${name}" breaks the previous release: every query it makes on "${name}" fails, after the migration and after a rollback` +
            `${cascade ? '; CASCADE also drops the views built on it' : ''}.`,
          help: `Redefine it in place (CREATE OR REPLACE VIEW, or DROP and CREATE "${name}" in the same migration), or drop it in a later release once the rollback target no longer queries it.`,
        }))
    );
  },
};

function createdViewName(statement: ParsedStatement): string {
  if (statement.kind !== 'ViewStmt' && statement.kind !== 'CreateTableAsStmt') return '';
  const { node } = statement; // read only now: a statement's AST is parsed on first read
  if ('ViewStmt' in node) return relationKey(node.ViewStmt.view);
  if ('CreateTableAsStmt' in node && node.CreateTableAsStmt.objtype === 'OBJECT_MATVIEW')
    return relationKey(node.CreateTableAsStmt.into?.rel);
  return '';
}
