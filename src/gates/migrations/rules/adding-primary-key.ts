import type { Rule } from '../rule.js';
import { indexBuildsOnExistingTable } from './ast.js';

const HELP =
  'Make the columns NOT NULL safely first (CHECK … NOT VALID, VALIDATE, SET NOT NULL), run CREATE UNIQUE INDEX CONCURRENTLY in a migration of its own, then ADD CONSTRAINT … PRIMARY KEY USING INDEX.';

export const addingPrimaryKey: Rule = {
  id: 'adding-primary-key',
  severity: 'error',
  class: 'expand',
  kinds: ['AlterTableStmt'],
  summary:
    'ADD PRIMARY KEY builds its index and checks NOT NULL under an ACCESS EXCLUSIVE lock, and fails on duplicates or NULLs.',
  check({ statement, state }) {
    return indexBuildsOnExistingTable(statement.node, state, 'CONSTR_PRIMARY').map((build) =>
      build.via === 'constraint'
        ? {
            message: `Adding a primary key on ${build.columns || 'columns'} of existing table "${build.table}" builds its unique index and sets the columns NOT NULL under an ACCESS EXCLUSIVE lock: no reads or writes until the build and scan finish, and it fails on duplicates or NULLs.`,
            help: HELP,
            locks: [build.table],
          }
        : {
            message: `Adding column "${build.column}" as the PRIMARY KEY of existing table "${build.table}" fills and indexes every row under an ACCESS EXCLUSIVE lock: no reads or writes until it finishes.`,
            help: `Add "${build.column}" as a plain column, backfill it in batches, then follow the safe sequence: ${HELP}`,
            locks: [build.table],
          },
    );
  },
};
