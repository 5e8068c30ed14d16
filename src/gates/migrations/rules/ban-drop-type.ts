import { qualifiedName } from '../../../sql/names.js';
import type { ParsedStatement } from '../../../sql/model.js';
import type { Rule } from '../rule.js';
import { dropTargetNames, nodeOf } from './ast.js';

const KINDS: Record<string, string> = { OBJECT_TYPE: 'type', OBJECT_DOMAIN: 'domain' };

/** The type a later statement of the file creates again (Prisma recreates an enum to change its values). */
function createdTypeName(statement: ParsedStatement): string {
  const { node } = statement;
  if ('CreateEnumStmt' in node) return qualifiedName(node.CreateEnumStmt.typeName ?? []);
  if ('CreateDomainStmt' in node) return qualifiedName(node.CreateDomainStmt.domainname ?? []);
  if ('CompositeTypeStmt' in node) {
    const r = node.CompositeTypeStmt.typevar;
    return r?.relname ? (r.schemaname ? `${r.schemaname}.${r.relname}` : r.relname) : '';
  }
  return '';
}

/** `ALTER TYPE old RENAME TO new` as [old, new], schema-qualified like dropTargetNames' names. */
function typeRename(statement: ParsedStatement): [string, string] | undefined {
  const rename = nodeOf(statement, 'RenameStmt');
  if (!rename || rename.renameType !== 'OBJECT_TYPE' || !rename.newname || !rename.object) return undefined;
  const parts = 'List' in rename.object ? (rename.object.List.items ?? []) : [rename.object];
  const old = qualifiedName(parts);
  const schema = old.includes('.') ? `${old.slice(0, old.lastIndexOf('.'))}.` : '';
  return [old, `${schema}${rename.newname}`];
}

/**
 * Prisma changes an enum's values by building `Role_new`, renaming `Role` to `Role_old`, `Role_new` to
 * `Role`, and dropping `Role_old`: the name the previous release casts to is there all along.
 */
function replacedUnderItsName(name: string, statements: readonly ParsedStatement[]): boolean {
  const renames = statements.flatMap((s) =>
    s.kind === 'RenameStmt' ? [typeRename(s)].filter((r) => r !== undefined) : [],
  );
  const original = renames.find(([, to]) => to === name)?.[0];
  return original !== undefined && renames.some(([, to]) => to === original);
}

/** DROP TYPE / DROP DOMAIN of a type that existed before the change (docs/ddl-audit.md). */
export const banDropType: Rule = {
  id: 'ban-drop-type',
  severity: 'error',
  class: 'contract',
  summary: 'Dropping a type or domain breaks the previous release, which still casts its values to it.',
  kinds: ['DropStmt'],
  check({ statement, state, previous, following }) {
    const { node } = statement;
    if (!('DropStmt' in node)) return [];
    const kind = KINDS[node.DropStmt.removeType ?? ''];
    if (!kind) return [];
    const recreated = new Set(
      following
        .filter((s) => ['CreateEnumStmt', 'CreateDomainStmt', 'CompositeTypeStmt'].includes(s.kind))
        .map(createdTypeName),
    );
    const cascade = node.DropStmt.behavior === 'DROP_CASCADE';
    return dropTargetNames(node)
      .map((parts) => qualifiedName(parts))
      .filter((name) => name && !state.isNewType(name) && !recreated.has(name))
      .filter((name) => !replacedUnderItsName(name, [...previous, ...following]))
      .map((name) => ({
        message:
          `Dropping ${kind} "${name}" breaks the previous release: its queries that cast to "${name}" (Prisma casts every enum value it writes) fail, after the migration and after a rollback` +
          `${cascade ? '; CASCADE also drops every column of that type, with its data' : ''}.`,
        help: `Keep "${name}" until the contract release, once the rollback target no longer uses it; to change an enum, add values with ALTER TYPE … ADD VALUE instead of recreating it.`,
      }));
  },
};
