import type { ChangeClass } from '../../core/finding.js';
import type { ParsedStatement } from '../../sql/model.js';
import { qualifiedName, relationKey } from '../../sql/names.js';
import { dropTargetNames } from './rules/ast.js';
import type { ChangeObjects } from '../../schema-model/change-objects.js';
import type { Rule, RuleHit } from './rule.js';

/** Statement kinds that only add: the previous release keeps working after them. */
const ADDITIVE = new Set([
  'CreateStmt',
  'CreateTableAsStmt',
  'IndexStmt',
  'CreateEnumStmt',
  'CompositeTypeStmt',
  'CreateDomainStmt',
  'CreateSeqStmt',
  'CreateSchemaStmt',
  'CreateExtensionStmt',
  'CreateFunctionStmt',
  'CreateTrigStmt',
  'CreatePolicyStmt',
  'ViewStmt',
  'CommentStmt',
  'GrantStmt',
  'GrantRoleStmt',
  'VariableSetStmt',
  'TransactionStmt',
  'InsertStmt',
  'SelectStmt',
  'DoStmt',
  'AlterEnumStmt',
  'AlterSeqStmt',
  'AlterOwnerStmt',
  'AlterDefaultPrivilegesStmt',
  'CreateRoleStmt',
  'RefreshMatViewStmt',
]);

/** ALTER TABLE sub-commands that only add or relax nothing the previous release relies on. */
const ADDITIVE_ALTER = new Set([
  'AT_AddColumn',
  'AT_AddConstraint',
  'AT_ValidateConstraint',
  'AT_ColumnDefault',
  'AT_AddIndex',
  'AT_AddIndexConstraint',
  'AT_EnableRowSecurity',
  'AT_ForceRowSecurity',
  'AT_SetStatistics',
  'AT_SetStorage',
  'AT_ChangeOwner',
  'AT_ReplicaIdentity',
  'AT_EnableTrig',
  'AT_AddIdentity',
  'AT_SetIdentity',
]);

/**
 * Renames of objects the previous release's queries never name, so it keeps working after them. Checked on
 * PostgreSQL 15: a column default or identity refers to its sequence by OID (nextval keeps working after
 * ALTER SEQUENCE … RENAME), and renaming a PRIMARY KEY/UNIQUE constraint's index renames the constraint
 * too (and RENAME CONSTRAINT renames its index): the one query that names either is
 * `ON CONFLICT ON CONSTRAINT name`, which neither Prisma nor Drizzle emits. Tables, columns, types,
 * schemas and enum values are renamed under their own contract rules.
 */
const INVISIBLE_RENAMES = new Set([
  'OBJECT_INDEX',
  'OBJECT_TABCONSTRAINT',
  'OBJECT_SEQUENCE',
  'OBJECT_TRIGGER',
  'OBJECT_POLICY',
  'OBJECT_STATISTIC_EXT',
]);

/**
 * A statement's class before rules speak: `expand` for what only adds (or renames what no query names),
 * `unknown` otherwise. A rule hit of class `contract` overrides it (see the engine).
 */
export function baseClass(statement: Pick<ParsedStatement, 'kind' | 'node'>): ChangeClass {
  if (ADDITIVE.has(statement.kind)) return 'expand';
  if (statement.kind === 'RenameStmt') {
    const { node } = statement;
    return 'RenameStmt' in node && INVISIBLE_RENAMES.has(node.RenameStmt.renameType ?? '')
      ? 'expand'
      : 'unknown';
  }
  if (statement.kind !== 'AlterTableStmt') return 'unknown';
  const { node } = statement; // read only now: a statement's AST is parsed on first read
  if ('AlterTableStmt' in node) {
    const cmds = node.AlterTableStmt.cmds ?? [];
    const additive = cmds.every(
      (c) => 'AlterTableCmd' in c && ADDITIVE_ALTER.has(c.AlterTableCmd.subtype ?? ''),
    );
    return cmds.length && additive ? 'expand' : 'unknown';
  }
  return 'unknown';
}

/**
 * Parts of a statement whose only concern is whether the fallback release still uses the object: when
 * the review proved that for every such hit (`RuleHit.safe`), nothing else in the statement is in doubt.
 */
const PROVABLE_ALTER = new Set([
  ...ADDITIVE_ALTER,
  'AT_DropColumn',
  'AT_DropNotNull',
  // Their rules also speak of locks, but a lock does not decide a class (lock rules are expand): once the
  // review proved the release never had the table (fallback/new-since-release.ts) or the type change only
  // widens (fallback/type-history.ts), nothing the release relies on is in doubt.
  'AT_SetNotNull',
  'AT_AlterColumnType',
  'AT_DropConstraint',
]);

function onlyProvableParts(statement: Pick<ParsedStatement, 'kind' | 'node'>): boolean {
  const { node } = statement;
  if ('AlterTableStmt' in node) {
    const cmds = node.AlterTableStmt.cmds ?? [];
    return (
      cmds.length > 0 &&
      cmds.every((c) => 'AlterTableCmd' in c && PROVABLE_ALTER.has(c.AlterTableCmd.subtype ?? ''))
    );
  }
  // DROP INDEX: proven safe only for an index that repeats the primary key (fallback/key-duplicates.ts).
  if ('DropStmt' in node)
    return (
      node.DropStmt.removeType === 'OBJECT_TABLE' ||
      (node.DropStmt.removeType === 'OBJECT_INDEX' && node.DropStmt.behavior !== 'DROP_CASCADE')
    );
  if ('RenameStmt' in node)
    return node.RenameStmt.renameType === 'OBJECT_COLUMN' || node.RenameStmt.renameType === 'OBJECT_TABLE';
  return false;
}

/**
 * A statement's class once its rule hits are reviewed — the one decision every output reads (the
 * finding's `class`, the file's class, the gate's summary, `rollback plan`'s `migrationsSince`):
 * - `contract` when a hit of class contract stands (not proven safe by the review);
 * - `expand` when the statement only adds, or when every hit about it was proven safe and it has no
 *   other part in doubt (a DROP COLUMN the fallback release does not use);
 * - `unknown` otherwise.
 */
export function statementClass(
  statement: Pick<ParsedStatement, 'kind' | 'node'>,
  hits: readonly { rule: Pick<Rule, 'class'>; hit: Pick<RuleHit, 'class' | 'safe'> }[],
  created: Pick<ChangeObjects, 'isNewTable' | 'isNewIndex' | 'isNewColumn'> = NOTHING_CREATED,
): ChangeClass {
  if (hits.some(({ rule, hit }) => !hit.safe && (hit.class ?? rule.class) === 'contract')) return 'contract';
  const base = baseClass(statement);
  if (base === 'expand') return base;
  // A backfill of columns this change added (UPDATE … SET "new" = … WHERE …): the previous release never
  // reads or writes them. A rule that leaves the class to the data (an UPDATE of every row) keeps it.
  if (backfillsOnlyNew(statement, created) && !hits.some(({ hit }) => hit.class === 'unknown'))
    return 'expand';
  // A table or index created earlier in the same change: the previous release never had it.
  const tables = tablesOf(statement);
  if (tables.length && tables.every((t) => created.isNewTable(t))) return 'expand';
  const indexes =
    'DropStmt' in statement.node && statement.node.DropStmt.removeType === 'OBJECT_INDEX'
      ? dropTargetNames(statement.node).map((parts) => qualifiedName(parts))
      : [];
  if (indexes.length && indexes.every((i) => created.isNewIndex(i))) return 'expand';
  if (!hits.some(({ hit }) => hit.safe)) return base;
  return onlyProvableParts(statement) ? 'expand' : base;
}

const NOTHING_CREATED = { isNewTable: () => false, isNewIndex: () => false, isNewColumn: () => false };

/** An UPDATE that sets only columns created earlier in this change (or rows of a table it created). */
function backfillsOnlyNew(
  statement: Pick<ParsedStatement, 'node'>,
  created: Pick<ChangeObjects, 'isNewColumn'>,
): boolean {
  const { node } = statement;
  if (!('UpdateStmt' in node)) return false;
  const update = node.UpdateStmt;
  const table = relationKey(update.relation);
  const targets = update.targetList ?? [];
  if (!table || !targets.length || update.withClause) return false;
  return targets.every(
    (t) => 'ResTarget' in t && !!t.ResTarget.name && created.isNewColumn(table, t.ResTarget.name),
  );
}

/** The tables an ALTER TABLE, DROP TABLE or table/column RENAME works on (none for other statements). */
function tablesOf(statement: Pick<ParsedStatement, 'node'>): string[] {
  const { node } = statement;
  if ('AlterTableStmt' in node)
    return (node.AlterTableStmt.objtype ?? 'OBJECT_TABLE') === 'OBJECT_TABLE'
      ? [relationKey(node.AlterTableStmt.relation)]
      : [];
  if ('DropStmt' in node && node.DropStmt.removeType === 'OBJECT_TABLE')
    return (node.DropStmt.objects ?? []).map((o) => qualifiedName('List' in o ? o.List.items : [o]));
  if (
    'RenameStmt' in node &&
    (node.RenameStmt.renameType === 'OBJECT_COLUMN' || node.RenameStmt.renameType === 'OBJECT_TABLE')
  )
    return [relationKey(node.RenameStmt.relation)];
  return [];
}

const RANK: Record<ChangeClass, number> = { expand: 0, unknown: 1, contract: 2 };

/** The worse of two classes: a file is as risky as its riskiest statement. */
export function worseClass(a: ChangeClass, b: ChangeClass): ChangeClass {
  return RANK[a] >= RANK[b] ? a : b;
}
