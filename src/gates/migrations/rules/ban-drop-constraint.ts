import { qualifiedName, relationKey } from '../../../sql/names.js';
import type { ParsedStatement } from '../../../sql/model.js';
import type { Rule, RuleHit } from '../rule.js';
import { alterCommands, constraintOf, dropTargetNames, isTableAlter, nodeOf } from './ast.js';

/** The constraint's kind and what the previous release loses, guessed from Postgres, Prisma and Drizzle naming. */
const KINDS: { pattern: RegExp; kind: string; loss: string }[] = [
  {
    pattern: /(_fkey|_fk)$|^fk_/,
    kind: 'foreign key',
    loss: 'rows pointing at missing parents (orphans) appear and its ON DELETE behaviour stops, and re-adding the foreign key on rollback fails on those orphans',
  },
  {
    pattern: /_pkey$|^pk_/,
    kind: 'primary key',
    loss: 'its ON CONFLICT (…) upserts fail, duplicate ids can appear, and on a published table (Supabase Realtime, logical replication) UPDATEs and DELETEs fail for want of a replica identity',
  },
  {
    pattern: /(_key|_unique|_uniq|_excl)$|^(uq|uk|ux)_/,
    kind: 'unique constraint',
    loss: 'its ON CONFLICT (…) upserts fail with "there is no unique or exclusion constraint matching the ON CONFLICT specification", and duplicates appear that make re-adding it on rollback fail',
  },
  {
    pattern: /(_check|_chk)$|^(ck|chk)_/,
    kind: 'check constraint',
    loss: 'values it never expects get written, and re-adding the check on rollback fails on them',
  },
  { pattern: /_not_null$/, kind: 'not-null constraint', loss: 'it reads NULLs it never expects' },
];

const GENERAL = {
  kind: 'constraint',
  loss: 'the references, uniqueness or values it guaranteed stop holding, rows it would reject get written, ON CONFLICT upserts that target it fail, and re-adding it on rollback fails on those rows',
};

const SUFFIX = /_(fkey|fk|pkey|key|unique|uniq|excl|check|chk|not_null)$/;

/** `orders_user_id_fkey` on `orders` → `user_id`: the column a Postgres/Prisma-named constraint is on. */
function columnOfName(relname: string, name: string): string | undefined {
  if (!name.startsWith(`${relname}_`) || !SUFFIX.test(name)) return undefined;
  return name.slice(relname.length + 1).replace(SUFFIX, '') || undefined;
}

function addedConstraints(statement: ParsedStatement, table: string): string[] {
  if (statement.kind !== 'AlterTableStmt') return [];
  const { node } = statement; // read only now: a statement's AST is parsed on first read
  if (!('AlterTableStmt' in node) || relationKey(node.AlterTableStmt.relation) !== table) return [];
  return alterCommands(node).flatMap((c) =>
    c.subtype === 'AT_AddConstraint' ? [constraintOf(c.def)?.conname ?? ''] : [],
  );
}

function renamedConstraint(statement: ParsedStatement, table: string): string[] {
  const r = nodeOf(statement, 'RenameStmt');
  return r && r.renameType === 'OBJECT_TABCONSTRAINT' && relationKey(r.relation) === table && r.newname
    ? [r.newname]
    : [];
}

/** Columns and tables a later statement drops anyway (Prisma drops a column's or table's foreign keys first). */
function droppedLater(
  statements: readonly ParsedStatement[],
  table: string,
): { tables: Set<string>; columns: Set<string> } {
  const tables = new Set<string>();
  const columns = new Set<string>();
  for (const statement of statements) {
    if (statement.kind !== 'DropStmt' && statement.kind !== 'AlterTableStmt') continue;
    const { node } = statement; // read only now: a statement's AST is parsed on first read
    if ('DropStmt' in node && node.DropStmt.removeType === 'OBJECT_TABLE')
      dropTargetNames(node).forEach((p) => tables.add(qualifiedName(p)));
    if ('AlterTableStmt' in node && relationKey(node.AlterTableStmt.relation) === table) {
      alterCommands(node).forEach((c) => c.subtype === 'AT_DropColumn' && c.name && columns.add(c.name));
    }
  }
  return { tables, columns };
}

/**
 * `<table>_<column>_not_null` dropped after SET NOT NULL on that column earlier in the file: the column's
 * own NOT NULL now enforces what the check did (the setting-not-null recipe's last step).
 */
function replacedByNotNull(
  name: string,
  relname: string,
  table: string,
  earlier: readonly ParsedStatement[],
): boolean {
  if (!/_not_null$/i.test(name)) return false;
  const column = columnOfName(relname, name);
  return earlier.some((s) => {
    if (s.kind !== 'AlterTableStmt' || !('AlterTableStmt' in s.node)) return false;
    if (relationKey(s.node.AlterTableStmt.relation) !== table) return false;
    return alterCommands(s.node).some((c) => c.subtype === 'AT_SetNotNull' && (!column || c.name === column));
  });
}

export const banDropConstraint: Rule = {
  id: 'ban-drop-constraint',
  severity: 'error',
  class: 'contract',
  summary:
    'Dropping a constraint takes away a guarantee the previous release relies on (foreign key, unique, primary key, check).',
  kinds: ['AlterTableStmt'],
  check({ statement, state, previous, following }) {
    const { node } = statement;
    if (!('AlterTableStmt' in node) || !isTableAlter(node)) return [];
    const rel = node.AlterTableStmt.relation;
    const table = relationKey(rel);
    if (!table || state.isNewTable(table)) return [];
    if (!alterCommands(node).some((c) => c.subtype === 'AT_DropConstraint')) return [];
    const later = [statement, ...following];
    const readded = new Set(
      later.flatMap((s) => [...addedConstraints(s, table), ...renamedConstraint(s, table)]),
    );
    const createdEarlier = new Set(previous.flatMap((s) => addedConstraints(s, table)));
    const dropped = droppedLater(later, table);
    if (dropped.tables.has(table)) return [];
    return alterCommands(node)
      .filter(
        (c) =>
          c.subtype === 'AT_DropConstraint' && c.name && !readded.has(c.name) && !createdEarlier.has(c.name),
      )
      .filter((c) => {
        const column = columnOfName(rel?.relname ?? '', c.name!);
        return !column || (!state.isNewColumn(table, column) && !dropped.columns.has(column));
      })
      .filter((c) => !replacedByNotNull(c.name!, rel?.relname ?? '', table, [...previous, statement]))
      .map((c): RuleHit => {
        const name = c.name!;
        const { kind, loss } = KINDS.find((k) => k.pattern.test(name.toLowerCase())) ?? GENERAL;
        if (kind === 'foreign key')
          // The previous release's queries run the same without it: losing it is a data-quality risk
          // (orphans that stop a rollback from re-adding it), not a broken release.
          return {
            message: `Dropping foreign key "${name}" on "${table}" does not break the previous release's queries, but from now on ${loss}.`,
            help: `Keep "${name}" until the contract release if a rollback may need it back; to change it (e.g. its ON DELETE), drop and re-add it in the same migration, adding it NOT VALID and then VALIDATE CONSTRAINT.`,
            severity: 'warning',
            class: 'expand',
          };
        return {
          message: `Dropping ${kind} "${name}" on "${table}" breaks the previous release, which relies on it: ${loss}.`,
          help: `Keep "${name}" until the contract release, once the rollback target no longer relies on it; to change it (e.g. its ON DELETE), drop and re-add "${name}" in the same migration, adding a foreign key or check NOT VALID and then VALIDATE CONSTRAINT.`,
        };
      });
  },
};
