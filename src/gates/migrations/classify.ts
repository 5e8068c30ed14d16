import type { ChangeClass } from '../../core/finding.js';
import type { ParsedStatement } from './model.js';

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
 * A statement's class before rules speak: `expand` for what only adds, `unknown` otherwise. A rule
 * hit of class `contract` overrides it (see the engine).
 */
export function baseClass(statement: Pick<ParsedStatement, 'kind' | 'node'>): ChangeClass {
  if (ADDITIVE.has(statement.kind)) return 'expand';
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

const RANK: Record<ChangeClass, number> = { expand: 0, unknown: 1, contract: 2 };

/** The worse of two classes: a file is as risky as its riskiest statement. */
export function worseClass(a: ChangeClass, b: ChangeClass): ChangeClass {
  return RANK[a] >= RANK[b] ? a : b;
}
