import { relationKey } from '../../../sql/names.js';
import type { Rule, RuleContext, RuleHit } from '../rule.js';
import { alterCommands, columnDefOf, isTableAlter } from './ast.js';

const SESSION_ONLY = new Set(['VariableSetStmt', 'VariableShowStmt', 'TransactionStmt']);

/** More than one statement that changes something: a failure part-way leaves the earlier ones applied. */
function canStopHalfWay({ previous, following }: RuleContext): boolean {
  return [...previous, ...following].some((s) => !SESSION_ONLY.has(s.kind));
}

const RERUN =
  'it runs outside a transaction, so if the migration fails after it, re-running the file fails here with "already exists"';

export const requireIfNotExists: Rule = {
  id: 'require-if-not-exists',
  severity: 'warning',
  class: 'expand',
  kinds: ['IndexStmt', 'CreateStmt', 'AlterTableStmt'],
  summary: 'Outside a transaction a migration can be half-applied; IF NOT EXISTS lets it be re-run.',
  check(ctx) {
    if (ctx.inTransaction) return [];
    const { node } = ctx.statement;
    if ('IndexStmt' in node) {
      const index = node.IndexStmt;
      if (index.if_not_exists || (!index.concurrent && !canStopHalfWay(ctx))) return [];
      const table = relationKey(index.relation);
      const kind = index.concurrent ? 'CREATE INDEX CONCURRENTLY' : 'CREATE INDEX';
      if (!index.idxname) {
        return [
          {
            message: `${kind} on "${table}" has no name, so it cannot say IF NOT EXISTS: ${index.concurrent ? 'after a failed build' : 'when the migration is re-run after a failure'} a re-run builds a second copy of the index.`,
            help: `Name the index and write ${kind} IF NOT EXISTS <name>.`,
          },
        ];
      }
      return [
        {
          message: index.concurrent
            ? `CREATE INDEX CONCURRENTLY "${index.idxname}" on "${table}" has no IF NOT EXISTS: a build that fails or is cancelled leaves an INVALID index behind, and re-running the migration then fails with "already exists".`
            : `CREATE INDEX "${index.idxname}" on "${table}" has no IF NOT EXISTS: ${RERUN}.`,
          help: index.concurrent
            ? 'Write CREATE INDEX CONCURRENTLY IF NOT EXISTS (and after a failed build, DROP INDEX CONCURRENTLY IF EXISTS the invalid index before re-running).'
            : 'Write CREATE INDEX IF NOT EXISTS so a re-run skips what already exists.',
        },
      ];
    }
    if (!canStopHalfWay(ctx)) return [];
    if ('CreateStmt' in node) {
      if (node.CreateStmt.if_not_exists) return [];
      return [
        {
          message: `CREATE TABLE "${relationKey(node.CreateStmt.relation)}" has no IF NOT EXISTS: ${RERUN}.`,
          help: 'Write CREATE TABLE IF NOT EXISTS, or run the file in a transaction.',
        },
      ];
    }
    if (!isTableAlter(node) || !('AlterTableStmt' in node)) return [];
    const table = relationKey(node.AlterTableStmt.relation);
    return alterCommands(node).flatMap((cmd): RuleHit[] => {
      const def = cmd.subtype === 'AT_AddColumn' && !cmd.missing_ok ? columnDefOf(cmd) : undefined;
      if (!def?.colname) return [];
      return [
        {
          message: `ADD COLUMN "${def.colname}" to "${table}" has no IF NOT EXISTS: ${RERUN}.`,
          help: 'Write ADD COLUMN IF NOT EXISTS, or run the file in a transaction.',
        },
      ];
    });
  },
};
