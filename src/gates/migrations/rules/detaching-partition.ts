import type { Rule, RuleHit } from '../rule.js';
import { alterCommands } from './ast.js';
import { relationKey } from '../../../sql/names.js';

/** ALTER TABLE parent DETACH PARTITION child (docs/ddl-audit.md). */
export const detachingPartition: Rule = {
  id: 'detaching-partition',
  severity: 'warning',
  // Whether hidden rows break the previous release depends on whether it reads them: unknown, a warning.
  class: 'unknown',
  summary:
    "Detaching a partition hides its rows from the previous release's queries of the parent; without CONCURRENTLY it locks the parent against reads and writes.",
  kinds: ['AlterTableStmt'],
  check({ statement, state, pgVersion }) {
    const { node } = statement;
    if (!('AlterTableStmt' in node)) return [];
    const parent = relationKey(node.AlterTableStmt.relation);
    if (state.isNewTable(parent)) return [];
    return alterCommands(node)
      .filter((cmd) => cmd.subtype === 'AT_DetachPartition')
      .flatMap((cmd): RuleHit[] => {
        const part = cmd.def && 'PartitionCmd' in cmd.def ? cmd.def.PartitionCmd : undefined;
        const child = relationKey(part?.name);
        const rows: RuleHit = {
          message: `The previous release's queries of "${parent}" stop seeing the rows of "${child}" (they stay in "${child}", no longer part of "${parent}"), after the migration and after a rollback.`,
          help: `Detach only partitions whose rows no release you may roll back to reads through "${parent}" (retention), or attach it again (ALTER TABLE ${parent} ATTACH PARTITION …) before rolling back.`,
        };
        if (part?.concurrent) return [rows];
        // The lock is a deploy-time problem of its own: an error, separate from the rows' warning.
        return [
          rows,
          {
            severity: 'error',
            message: `Detaching "${child}" without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on "${parent}", blocking every read and write of it until the transaction ends.`,
            help:
              pgVersion >= 14
                ? 'Use DETACH PARTITION … CONCURRENTLY (PostgreSQL 14+) in a migration file that holds only that statement, for a runner that does not wrap it in a transaction; it takes only SHARE UPDATE EXCLUSIVE.'
                : 'On PostgreSQL 14+ DETACH PARTITION … CONCURRENTLY takes only SHARE UPDATE EXCLUSIVE; before that, detach at a quiet time with a short lock_timeout.',
          },
        ];
      });
  },
};
