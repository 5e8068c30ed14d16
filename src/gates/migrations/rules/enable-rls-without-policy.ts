import { relationKey } from '../../../sql/names.js';
import type { Rule } from '../rule.js';
import { alterCommands, nodeOf } from './ast.js';

export const enableRlsWithoutPolicy: Rule = {
  id: 'enable-rls-without-policy',
  severity: 'error',
  class: 'contract',
  summary:
    'Enabling row level security on an existing table with no policy hides every row from every role that is not the owner or BYPASSRLS.',
  kinds: ['AlterTableStmt'],
  check({ statement, state, previous, following }) {
    const { node } = statement;
    if (!('AlterTableStmt' in node)) return [];
    const table = relationKey(node.AlterTableStmt.relation);
    if (!table || state.isNewTable(table)) return [];
    if (!alterCommands(node).some((c) => c.subtype === 'AT_EnableRowSecurity')) return [];
    const hasPolicy = [...previous, ...following].some((s) => {
      const policy = nodeOf(s, 'CreatePolicyStmt');
      return !!policy && relationKey(policy.table) === table;
    });
    if (hasPolicy || state.hasNewPolicy(table)) return [];
    return [
      {
        message: `Enabling row level security on "${table}" with no CREATE POLICY for it in this migration makes every row invisible to non-owner roles (Supabase's anon and authenticated): the previous release's reads return nothing and its writes fail.`,
        help: `Create the policies for "${table}" in the same migration as ENABLE ROW LEVEL SECURITY (CREATE POLICY … ON ${table} …), so the table is never enabled without them.`,
      },
    ];
  },
};
