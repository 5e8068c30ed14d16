import { qualifiedName } from '../../../sql/names.js';
import type { Rule } from '../rule.js';
import { dropTargetNames } from './ast.js';

/** DROP SEQUENCE of a sequence that existed before the change (docs/ddl-audit.md). */
export const banDropSequence: Rule = {
  id: 'ban-drop-sequence',
  severity: 'error',
  class: 'contract',
  summary:
    'Dropping a sequence breaks the previous release where it calls nextval on it, or (with CASCADE) inserts rows that need its default.',
  kinds: ['DropStmt'],
  check({ statement, state }) {
    const { node } = statement;
    if (!('DropStmt' in node) || node.DropStmt.removeType !== 'OBJECT_SEQUENCE') return [];
    const cascade = node.DropStmt.behavior === 'DROP_CASCADE';
    return dropTargetNames(node)
      .map((parts) => qualifiedName(parts))
      .filter((name) => name && !state.isNewSequence(name))
      .map((name) => ({
        message:
          `Dropping sequence "${name}" breaks the previous release: its nextval('${name}') calls fail, after the migration and after a rollback` +
          (cascade
            ? '; CASCADE also drops every column default that draws from it, so its inserts that leave the id out fail.'
            : ' (without CASCADE the drop fails while a column default still uses it, stopping the deploy).'),
        help: `Keep "${name}" until the contract release, once the rollback target no longer uses it; then drop it without CASCADE.`,
      }));
  },
};
