import { qualifiedName, relationKey } from '../../../sql/names.js';
import type { Rule } from '../rule.js';
import { dropTargetNames, nodeOf } from './ast.js';

export const banDropTrigger: Rule = {
  id: 'ban-drop-trigger',
  severity: 'error',
  class: 'contract',
  summary:
    'Dropping a trigger removes behaviour the previous release relies on (timestamps, audit rows, derived or synced columns).',
  kinds: ['DropStmt'],
  check({ statement, state, following }) {
    const { node } = statement;
    if (!('DropStmt' in node) || node.DropStmt.removeType !== 'OBJECT_TRIGGER') return [];
    // DROP TRIGGER IF EXISTS … ; CREATE TRIGGER … of the same name on the same table is a replace.
    const recreated = new Set(
      following.flatMap((s) => {
        const trigger = nodeOf(s, 'CreateTrigStmt');
        return trigger?.trigname ? [`${relationKey(trigger.relation)}:${trigger.trigname}`] : [];
      }),
    );
    return dropTargetNames(node)
      .map((parts) => ({ table: qualifiedName(parts.slice(0, -1)), trigger: qualifiedName(parts.slice(-1)) }))
      .filter(
        ({ table, trigger }) =>
          trigger &&
          !state.isNewTrigger(table, trigger) &&
          !state.isNewTable(table) &&
          !recreated.has(`${table}:${trigger}`),
      )
      .map(({ table, trigger }) => ({
        message: `Dropping trigger "${trigger}" on "${table}" breaks the previous release: it still relies on what the trigger does (timestamps, audit rows, derived or synced columns), and rows written without it stay wrong after a rollback.`,
        help: `Replace it in place (CREATE OR REPLACE TRIGGER, or DROP and CREATE "${trigger}" in the same migration), or drop it in a later release once the rollback target no longer depends on it.`,
      }));
  },
};
