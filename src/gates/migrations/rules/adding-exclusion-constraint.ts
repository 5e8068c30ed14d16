import { relationKey } from '../../../sql/names.js';
import type { Rule } from '../rule.js';
import { alterCommands, constraintOf, isTableAlter } from './ast.js';

/** ADD CONSTRAINT … EXCLUDE on an existing table: no NOT VALID and no CONCURRENTLY form exist for it. */
export const addingExclusionConstraint: Rule = {
  id: 'adding-exclusion-constraint',
  severity: 'error',
  class: 'contract',
  summary:
    'ADD CONSTRAINT … EXCLUDE builds its index under an ACCESS EXCLUSIVE lock, and starts rejecting writes the previous release makes.',
  kinds: ['AlterTableStmt'],
  check({ statement, state }) {
    const { node } = statement;
    if (!isTableAlter(node) || !('AlterTableStmt' in node)) return [];
    const table = relationKey(node.AlterTableStmt.relation);
    if (state.isNewTable(table)) return [];
    return alterCommands(node)
      .filter((c) => c.subtype === 'AT_AddConstraint' && constraintOf(c.def)?.contype === 'CONSTR_EXCLUSION')
      .map((c) => {
        const name = constraintOf(c.def)?.conname;
        return {
          message: `Adding exclusion constraint${name ? ` "${name}"` : ''} to existing table "${table}" builds its index while holding an ACCESS EXCLUSIVE lock (no reads or writes until it is built), fails on rows that already overlap, and then rejects the previous release's writes that overlap.`,
          help: 'Exclusion constraints have no NOT VALID or CONCURRENTLY form: add it to a new table, or in a maintenance window once the previous release never writes overlapping rows; until then enforce the rule in the application.',
          locks: [table],
        };
      });
  },
};
