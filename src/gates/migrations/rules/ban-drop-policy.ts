import { qualifiedName, relationKey } from '../../../sql/names.js';
import type { Rule } from '../rule.js';
import { alterCommands, dropTargetNames, nodeOf } from './ast.js';

export const banDropPolicy: Rule = {
  id: 'ban-drop-policy',
  severity: 'error',
  class: 'contract',
  summary:
    'Dropping a row level security policy silently hides rows from, or rejects writes by, the roles the previous release uses.',
  kinds: ['DropStmt'],
  check({ statement, state, previous, following }) {
    const { node } = statement;
    if (!('DropStmt' in node) || node.DropStmt.removeType !== 'OBJECT_POLICY') return [];
    const file = [...previous, ...following];
    // DROP POLICY … ; CREATE POLICY … ON the same table later in the file is a replace (names often change with it).
    const recreatedOn = new Set(
      following.flatMap((s) => {
        const policy = nodeOf(s, 'CreatePolicyStmt');
        return policy ? [relationKey(policy.table)] : [];
      }),
    );
    const createdEarlier = new Set(
      previous.flatMap((s) => {
        const policy = nodeOf(s, 'CreatePolicyStmt');
        return policy ? [`${relationKey(policy.table)}:${policy.policy_name}`] : [];
      }),
    );
    // Policies do nothing on a table whose RLS the file turns off, or that it drops (ban-drop-table's concern).
    const unprotected = new Set(
      file.flatMap((s) => {
        if (s.kind === 'DropStmt' && 'DropStmt' in s.node && s.node.DropStmt.removeType === 'OBJECT_TABLE')
          return dropTargetNames(s.node).map((p) => qualifiedName(p));
        if (s.kind !== 'AlterTableStmt' || !('AlterTableStmt' in s.node)) return [];
        const off = alterCommands(s.node).some((c) => c.subtype === 'AT_DisableRowSecurity');
        return off ? [relationKey(s.node.AlterTableStmt.relation)] : [];
      }),
    );
    return dropTargetNames(node)
      .map((parts) => ({ table: qualifiedName(parts.slice(0, -1)), policy: qualifiedName(parts.slice(-1)) }))
      .filter(
        ({ table, policy }) =>
          policy &&
          !state.isNewTable(table) &&
          !recreatedOn.has(table) &&
          !createdEarlier.has(`${table}:${policy}`) &&
          !unprotected.has(table),
      )
      .map(({ table, policy }) => ({
        message: `Dropping policy "${policy}" on "${table}" silently changes what the previous release can do: with row level security on, the rows only this policy allowed become invisible to its roles and their writes are rejected, so Supabase's anon and authenticated requests get empty results (no error) or RLS violations, after the migration and after a rollback.`,
        help: `Replace it in the same migration (DROP POLICY and CREATE POLICY on "${table}" in one file, or ALTER POLICY to change its USING / WITH CHECK), or drop it in a later release once the rollback target no longer relies on it.`,
      }));
  },
};
