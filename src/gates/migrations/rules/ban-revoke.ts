import type { GrantStmt, Node } from '@pgsql/types';
import { qualifiedName, relationKey, stringValue } from '../../../sql/names.js';
import type { Rule } from '../rule.js';
import { dropTargetNames, nodeOf } from './ast.js';
import type { ChangeObjects } from '../../../schema-model/change-objects.js';

const KINDS: Record<string, string> = {
  OBJECT_TABLE: 'table',
  OBJECT_SEQUENCE: 'sequence',
  OBJECT_FUNCTION: 'function',
  OBJECT_PROCEDURE: 'procedure',
  OBJECT_ROUTINE: 'routine',
  OBJECT_SCHEMA: 'schema',
};

/** Privileges applications do not use: revoking only these (a common Supabase hardening) breaks nothing. */
const UNUSED_PRIVILEGES = new Set(['truncate', 'references', 'trigger', 'maintain']);

const SUPABASE_ROLES = new Set(['anon', 'authenticated', 'service_role']);

function objectName(obj: Node): string {
  if ('RangeVar' in obj) return relationKey(obj.RangeVar);
  if ('ObjectWithArgs' in obj) return qualifiedName(obj.ObjectWithArgs.objname);
  return stringValue(obj) ?? '';
}

/** A sequence of a table created in this change (`orders_id_seq` for a serial or identity column). */
function isNewSequence(name: string, state: ChangeObjects, created: ReadonlySet<string>): boolean {
  if (created.has(name)) return true;
  const parts = name.replace(/_seq$/, '').split('_');
  return parts.some((_, i) => i > 0 && state.isNewTable(parts.slice(0, i).join('_')));
}

function isNewObject(
  grant: GrantStmt,
  name: string,
  state: ChangeObjects,
  sequences: ReadonlySet<string>,
): boolean {
  if (grant.targtype === 'ACL_TARGET_ALL_IN_SCHEMA' || grant.objtype === 'OBJECT_SCHEMA')
    return state.isNewSchema(name);
  if (grant.objtype === 'OBJECT_TABLE') return state.isNewTable(name) || state.isNewView(name);
  if (grant.objtype === 'OBJECT_SEQUENCE') return isNewSequence(name, state, sequences);
  return state.isNewFunction(name);
}

function granteeNames(grant: GrantStmt): string[] {
  return (grant.grantees ?? []).flatMap((g) => {
    if (!('RoleSpec' in g)) return [];
    const r = g.RoleSpec;
    if (r.roletype === 'ROLESPEC_PUBLIC') return ['PUBLIC'];
    if (r.roletype === 'ROLESPEC_CSTRING') return [r.rolename ?? ''];
    return [r.roletype === 'ROLESPEC_CURRENT_USER' ? 'CURRENT_USER' : 'SESSION_USER'];
  });
}

/** `kind:object:grantee` for each privilege a GRANT gives back. */
function grantKeys(grant: GrantStmt): string[] {
  const objects = (grant.objects ?? []).map(objectName);
  return objects.flatMap((o) =>
    granteeNames(grant).map((g) => `${grant.targtype}:${grant.objtype}:${o}:${g}`),
  );
}

export const banRevoke: Rule = {
  id: 'ban-revoke',
  severity: 'error',
  class: 'contract',
  summary:
    'Revoking a privilege from a role the previous release connects as makes its queries fail with "permission denied".',
  kinds: ['GrantStmt'],
  check({ statement, state, previous, following }) {
    const { node } = statement;
    if (!('GrantStmt' in node)) return [];
    const grant = node.GrantStmt;
    const kind = KINDS[grant.objtype ?? ''];
    // REVOKE GRANT OPTION FOR keeps the privilege itself.
    if (grant.is_grant || grant.grant_option || !kind) return [];
    const privileges = (grant.privileges ?? []).flatMap((p) =>
      'AccessPriv' in p ? [p.AccessPriv.priv_name ?? ''] : [],
    );
    if (privileges.length && privileges.every((p) => UNUSED_PRIVILEGES.has(p))) return [];
    // REVOKE ALL … then GRANT … back to the same role later in the file resets the privileges.
    const regranted = new Set(
      following.flatMap((s) => {
        const grant = nodeOf(s, 'GrantStmt');
        return grant?.is_grant ? grantKeys(grant) : [];
      }),
    );
    const sequences = new Set(
      previous.flatMap((s) => {
        const sequence = nodeOf(s, 'CreateSeqStmt');
        return sequence ? [relationKey(sequence.sequence)] : [];
      }),
    );
    // Supabase's `db diff` revokes every privilege on a table before dropping it: the drop is the story
    // (ban-drop-table), and the previous release's queries fail for want of the table, not of a privilege.
    const droppedLater =
      grant.objtype === 'OBJECT_TABLE' && grant.targtype !== 'ACL_TARGET_ALL_IN_SCHEMA'
        ? new Set(
            following.flatMap((s) => {
              const drop = nodeOf(s, 'DropStmt');
              return drop?.removeType === 'OBJECT_TABLE'
                ? dropTargetNames(s.node).map((p) => qualifiedName(p))
                : [];
            }),
          )
        : new Set<string>();
    const grantees = granteeNames(grant);
    const allIn = grant.targtype === 'ACL_TARGET_ALL_IN_SCHEMA';
    const what = privileges.length ? privileges.map((p) => p.toUpperCase()).join(', ') : 'ALL';
    return (grant.objects ?? [])
      .map(objectName)
      .filter((name) => name && !isNewObject(grant, name, state, sequences) && !droppedLater.has(name))
      .flatMap((name) => {
        const lost = grantees.filter(
          (g) => !regranted.has(`${grant.targtype}:${grant.objtype}:${name}:${g}`),
        );
        if (!lost.length) return [];
        const target = allIn ? `every ${kind} in schema "${name}"` : `${kind} "${name}"`;
        const roles = lost
          .map((g) => (g === 'PUBLIC' ? 'PUBLIC (every role without a grant of its own)' : `"${g}"`))
          .join(', ');
        const supabase = lost.some((g) => SUPABASE_ROLES.has(g))
          ? ' On Supabase, anon and authenticated are the roles every PostgREST / supabase-js request runs as, and service_role the server-side key.'
          : '';
        return [
          {
            message: `Revoking ${what} on ${target} from ${roles} breaks the previous release wherever it connects as ${lost.length > 1 ? 'one of those roles' : 'that role'}: its queries fail with "permission denied", after the migration and after a rollback.${supabase}`,
            help: 'Revoke in a later release, once the rollback target no longer uses the privilege; to narrow access now, replace it in the same migration (REVOKE then GRANT the privileges that stay).',
          },
        ];
      });
  },
};
