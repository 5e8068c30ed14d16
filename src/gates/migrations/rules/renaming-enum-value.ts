import { qualifiedName } from '../../../sql/names.js';
import type { Rule } from '../rule.js';

export const renamingEnumValue: Rule = {
  id: 'renaming-enum-value',
  severity: 'error',
  class: 'contract',
  summary:
    'Renaming an enum value breaks the previous release, which still writes and filters on the old label.',
  kinds: ['AlterEnumStmt'],
  check({ statement, state }) {
    const { node } = statement;
    if (!('AlterEnumStmt' in node)) return [];
    const e = node.AlterEnumStmt;
    if (e.oldVal === undefined || e.newVal === undefined) return [];
    const type = qualifiedName(e.typeName);
    if (state.isNewType(type)) return [];
    return [
      {
        message: `Renaming value '${e.oldVal}' of enum "${type}" to '${e.newVal}' breaks the previous release: every query that writes or filters on '${e.oldVal}' fails with "invalid input value for enum", after the migration and after a rollback.`,
        help: `Add the new label instead (ALTER TYPE ${type} ADD VALUE IF NOT EXISTS '${e.newVal}'), migrate rows and code to it, and stop writing '${e.oldVal}'; enum values cannot be dropped, so never rename one in place.`,
      },
    ];
  },
};
