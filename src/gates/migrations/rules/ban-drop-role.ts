import type { Node } from '@pgsql/types';
import type { Rule } from '../rule.js';

function roleNames(roles: readonly Node[] | undefined): string[] {
  return (roles ?? []).flatMap((r) =>
    'RoleSpec' in r ? [r.RoleSpec.rolename ?? r.RoleSpec.roletype?.replace(/^ROLESPEC_/, '') ?? ''] : [],
  );
}

/** DROP ROLE and DROP OWNED BY for roles that existed before the change (docs/ddl-audit.md). */
export const banDropRole: Rule = {
  id: 'ban-drop-role',
  severity: 'error',
  class: 'contract',
  summary:
    'Dropping a role, or everything a role owns, breaks the previous release when it connects as that role or uses those objects.',
  kinds: ['DropRoleStmt', 'DropOwnedStmt'],
  check({ statement, state }) {
    const { node } = statement;
    if ('DropRoleStmt' in node) {
      return roleNames(node.DropRoleStmt.roles)
        .filter((role) => role && !state.isNewRole(role))
        .map((role) => ({
          message: `Dropping role "${role}" breaks the previous release if it connects or sets its role as "${role}": after the migration and after a rollback it cannot log in, and grants to it are gone.`,
          help: `Move the application to its new role first and keep "${role}" (NOLOGIN once unused) until the contract release, once the rollback target no longer uses it.`,
        }));
    }
    if ('DropOwnedStmt' in node) {
      return roleNames(node.DropOwnedStmt.roles)
        .filter((role) => role && !state.isNewRole(role))
        .map((role) => ({
          message: `DROP OWNED BY "${role}" drops every table, view, function, type and sequence "${role}" owns in this database, with their data, and revokes its grants: the previous release breaks on every one it uses, and a rollback cannot bring the data back.`,
          help: `REASSIGN OWNED BY "${role}" TO another role first, then retire the objects one at a time, each in a release after the code stopped using it.`,
        }));
    }
    return [];
  },
};
