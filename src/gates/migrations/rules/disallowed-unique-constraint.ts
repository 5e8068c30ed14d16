import type { Constraint } from '@pgsql/types';
import { relationKey, stringValue } from '../names.js';
import type { Rule } from '../rule.js';
import { alterCommands, columnConstraints, columnDefOf, constraintOf, isTableAlter } from './ast.js';

const buildsIndex = (c: Constraint | undefined): c is Constraint =>
  c?.contype === 'CONSTR_UNIQUE' && !c.indexname;

export const disallowedUniqueConstraint: Rule = {
  id: 'disallowed-unique-constraint',
  severity: 'error',
  class: 'expand',
  summary:
    'ADD CONSTRAINT … UNIQUE builds its index under an ACCESS EXCLUSIVE lock and fails on existing duplicates.',
  check({ statement, state }) {
    const { node } = statement;
    if (!isTableAlter(node) || !('AlterTableStmt' in node)) return [];
    const table = relationKey(node.AlterTableStmt.relation);
    if (state.isNewTable(table)) return [];
    return alterCommands(node).flatMap((cmd) => {
      if (cmd.subtype === 'AT_AddConstraint') {
        const c = constraintOf(cmd.def);
        if (!buildsIndex(c)) return [];
        const columns = (c.keys ?? []).map((k) => `"${stringValue(k)}"`).join(', ');
        return [
          {
            message: `Adding UNIQUE constraint${c.conname ? ` "${c.conname}"` : ''} on ${columns || 'columns'} of existing table "${table}" builds its index under an ACCESS EXCLUSIVE lock (no reads or writes until the build finishes), and fails if existing rows hold duplicates.`,
            help: 'Run CREATE UNIQUE INDEX CONCURRENTLY in a migration of its own, then ADD CONSTRAINT … UNIQUE USING INDEX, which is instant.',
          },
        ];
      }
      const def = cmd.subtype === 'AT_AddColumn' ? columnDefOf(cmd) : undefined;
      if (!def?.colname || !columnConstraints(def).some(buildsIndex)) return [];
      return [
        {
          message: `Adding column "${def.colname}" with an inline UNIQUE to existing table "${table}" builds a unique index over every row under an ACCESS EXCLUSIVE lock: no reads or writes until the build finishes.`,
          help: `Add "${def.colname}" without UNIQUE, then CREATE UNIQUE INDEX CONCURRENTLY in a migration of its own and ADD CONSTRAINT … UNIQUE USING INDEX.`,
        },
      ];
    });
  },
};
