import type { Rule } from '../rule.js';
import { indexBuildsOnExistingTable } from './ast.js';

export const disallowedUniqueConstraint: Rule = {
  id: 'disallowed-unique-constraint',
  severity: 'error',
  class: 'expand',
  kinds: ['AlterTableStmt'],
  summary:
    'ADD CONSTRAINT … UNIQUE builds its index under an ACCESS EXCLUSIVE lock and fails on existing duplicates.',
  check({ statement, state }) {
    return indexBuildsOnExistingTable(statement.node, state, 'CONSTR_UNIQUE').map((build) =>
      build.via === 'constraint'
        ? {
            message: `Adding UNIQUE constraint${build.constraint.conname ? ` "${build.constraint.conname}"` : ''} on ${build.columns || 'columns'} of existing table "${build.table}" builds its index under an ACCESS EXCLUSIVE lock (no reads or writes until the build finishes), and fails if existing rows hold duplicates.`,
            help: 'Run CREATE UNIQUE INDEX CONCURRENTLY in a migration of its own, then ADD CONSTRAINT … UNIQUE USING INDEX, which is instant.',
            locks: [build.table],
          }
        : {
            message: `Adding column "${build.column}" with an inline UNIQUE to existing table "${build.table}" builds a unique index over every row under an ACCESS EXCLUSIVE lock: no reads or writes until the build finishes.`,
            help: `Add "${build.column}" without UNIQUE, then CREATE UNIQUE INDEX CONCURRENTLY in a migration of its own and ADD CONSTRAINT … UNIQUE USING INDEX.`,
            locks: [build.table],
          },
    );
  },
};
