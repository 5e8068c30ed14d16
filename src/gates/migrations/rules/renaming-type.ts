import { qualifiedName, relationKey } from '../../../sql/names.js';
import type { ParsedStatement } from '../../../sql/model.js';
import type { Rule } from '../rule.js';
import { nodeOf } from './ast.js';

/** `ALTER TYPE old RENAME TO new` as [old, new] (new in old's schema). */
function typeRename(statement: ParsedStatement): [string, string] | undefined {
  const rename = nodeOf(statement, 'RenameStmt');
  if (!rename || rename.renameType !== 'OBJECT_TYPE' || !rename.newname || !rename.object) return undefined;
  const old = qualifiedName('List' in rename.object ? (rename.object.List.items ?? []) : [rename.object]);
  const schema = old.includes('.') ? `${old.slice(0, old.lastIndexOf('.'))}.` : '';
  return [old, `${schema}${rename.newname}`];
}

/**
 * Prisma changes an enum's values by renaming `Role` to `Role_old` and a new `Role_new` to `Role`: the name
 * the previous release casts to exists again once the file ran, so that rename breaks nothing.
 */
function nameTakenBack(name: string, statements: readonly ParsedStatement[]): boolean {
  return statements.some((s) => typeRename(s)?.[1] === name);
}

/** ALTER TYPE … RENAME TO / RENAME ATTRIBUTE / SET SCHEMA of a type that existed before the change. */
export const renamingType: Rule = {
  id: 'renaming-type',
  severity: 'error',
  class: 'contract',
  summary:
    'Renaming a type or one of its attributes, or moving it to another schema, breaks the previous release, which still names the old one.',
  kinds: ['RenameStmt', 'AlterObjectSchemaStmt'],
  check({ statement, state, following }) {
    const renamed = typeRename(statement);
    if (renamed) {
      const [old, to] = renamed;
      if (state.isNewType(old) || nameTakenBack(old, following)) return [];
      return [
        {
          message: `Renaming type "${old}" to "${to}" breaks the previous release: its casts to "${old}" (Prisma casts every enum value it writes) and functions that name it fail, after the migration and after a rollback.`,
          help: `Keep "${old}"; create the new type beside it if the name must change, move columns over in later releases, and drop "${old}" once the rollback target no longer uses it.`,
        },
      ];
    }
    const rename = nodeOf(statement, 'RenameStmt');
    if (rename?.renameType === 'OBJECT_ATTRIBUTE' && rename.subname && rename.newname) {
      const type = relationKey(rename.relation);
      if (state.isNewType(type)) return [];
      return [
        {
          message: `Renaming attribute "${rename.subname}" of type "${type}" to "${rename.newname}" breaks the previous release: its queries that read (value)."${rename.subname}" fail, after the migration and after a rollback.`,
          help: `Add the new attribute beside the old one (ALTER TYPE ${type} ADD ATTRIBUTE …), move code to it, and drop "${rename.subname}" once the rollback target no longer uses it.`,
        },
      ];
    }
    const moved = nodeOf(statement, 'AlterObjectSchemaStmt');
    if (
      moved &&
      (moved.objectType === 'OBJECT_TYPE' || moved.objectType === 'OBJECT_DOMAIN') &&
      moved.object
    ) {
      const name = qualifiedName('List' in moved.object ? (moved.object.List.items ?? []) : [moved.object]);
      if (!name || state.isNewType(name)) return [];
      const kind = moved.objectType === 'OBJECT_DOMAIN' ? 'domain' : 'type';
      return [
        {
          message: `Moving ${kind} "${name}" to schema "${moved.newschema}" breaks the previous release: its casts to "${name}" stop resolving, after the migration and after a rollback.`,
          help: `Keep "${name}" where it is; if it must move, create it in "${moved.newschema}" beside the old one and switch columns over release by release.`,
        },
      ];
    }
    return [];
  },
};
