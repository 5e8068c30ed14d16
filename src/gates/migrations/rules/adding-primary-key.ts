import type { Constraint } from '@pgsql/types';
import { relationKey, stringValue } from '../names.js';
import type { Rule } from '../rule.js';
import { alterCommands, columnConstraints, columnDefOf, constraintOf, isTableAlter } from './ast.js';

const buildsIndex = (c: Constraint | undefined): c is Constraint =>
  c?.contype === 'CONSTR_PRIMARY' && !c.indexname;

const HELP =
  'Make the columns NOT NULL safely first (CHECK … NOT VALID, VALIDATE, SET NOT NULL), run CREATE UNIQUE INDEX CONCURRENTLY in a migration of its own, then ADD CONSTRAINT … PRIMARY KEY USING INDEX.';

export const addingPrimaryKey: Rule = {
  id: 'adding-primary-key',
  severity: 'error',
  class: 'expand',
  summary:
    'ADD PRIMARY KEY builds its index and checks NOT NULL under an ACCESS EXCLUSIVE lock, and fails on duplicates or NULLs.',
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
            message: `Adding a primary key on ${columns || 'columns'} of existing table "${table}" builds its unique index and sets the columns NOT NULL under an ACCESS EXCLUSIVE lock: no reads or writes until the build and scan finish, and it fails on duplicates or NULLs.`,
            help: HELP,
          },
        ];
      }
      const def = cmd.subtype === 'AT_AddColumn' ? columnDefOf(cmd) : undefined;
      if (!def?.colname || !columnConstraints(def).some(buildsIndex)) return [];
      return [
        {
          message: `Adding column "${def.colname}" as the PRIMARY KEY of existing table "${table}" fills and indexes every row under an ACCESS EXCLUSIVE lock: no reads or writes until it finishes.`,
          help: `Add "${def.colname}" as a plain column, backfill it in batches, then follow the safe sequence: ${HELP}`,
        },
      ];
    });
  },
};
