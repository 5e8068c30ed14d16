import type { Node } from '@pgsql/types';
import { qualifiedName, relationKey } from '../../../sql/names.js';
import type { ParsedStatement } from '../../../sql/model.js';
import type { Rule } from '../rule.js';
import type { ChangeObjects } from '../../../schema-model/change-objects.js';
import { alterCommands, constraintOf, dropTargetNames, isTableAlter } from './ast.js';

/** ALTER TABLE sub-commands that take a weaker lock than ACCESS EXCLUSIVE. */
const WEAK_ALTER = new Set([
  'AT_ValidateConstraint',
  'AT_SetStatistics',
  'AT_SetOptions',
  'AT_ResetOptions',
  'AT_SetRelOptions',
  'AT_ResetRelOptions',
  'AT_ClusterOn',
  'AT_DropCluster',
  'AT_AttachPartition',
  'AT_EnableTrig',
  'AT_EnableAlwaysTrig',
  'AT_EnableReplicaTrig',
  'AT_DisableTrig',
  'AT_EnableTrigAll',
  'AT_DisableTrigAll',
  'AT_EnableTrigUser',
  'AT_DisableTrigUser',
]);

function takesAccessExclusive(node: Node): boolean {
  return alterCommands(node).some((c) => {
    if (c.subtype === 'AT_AddConstraint') return constraintOf(c.def)?.contype !== 'CONSTR_FOREIGN'; // FKs take SHARE ROW EXCLUSIVE
    if (c.subtype === 'AT_DetachPartition')
      return !c.def || !('PartitionCmd' in c.def) || !c.def.PartitionCmd.concurrent;
    return !WEAK_ALTER.has(c.subtype ?? '');
  });
}

/** The statement kinds that can take an ACCESS EXCLUSIVE lock on a table (see accessExclusiveTarget). */
const LOCKING_KINDS = [
  'AlterTableStmt',
  'DropStmt',
  'TruncateStmt',
  'RenameStmt',
  'ClusterStmt',
  'VacuumStmt',
];

/** The existing table a statement locks ACCESS EXCLUSIVE, or undefined. */
function accessExclusiveTarget(statement: ParsedStatement, state: ChangeObjects): string | undefined {
  if (!LOCKING_KINDS.includes(statement.kind)) return undefined;
  const { node } = statement; // read only now: a statement's AST is parsed on first read
  const existing = (tables: string[]) => tables.find((t) => t && !state.isNewTable(t));
  if (isTableAlter(node) && 'AlterTableStmt' in node) {
    return takesAccessExclusive(node) ? existing([relationKey(node.AlterTableStmt.relation)]) : undefined;
  }
  if ('DropStmt' in node) {
    const names = dropTargetNames(node).map((parts) => qualifiedName(parts));
    if (node.DropStmt.removeType === 'OBJECT_TABLE') return existing(names);
    if (node.DropStmt.removeType === 'OBJECT_INDEX' && !node.DropStmt.concurrent) {
      const index = names.find((n) => n && !state.isNewIndex(n));
      return index ? `the table of index "${index}"` : undefined;
    }
    return undefined;
  }
  if ('TruncateStmt' in node) {
    return existing(
      (node.TruncateStmt.relations ?? []).map((r) => ('RangeVar' in r ? relationKey(r.RangeVar) : '')),
    );
  }
  if (
    'RenameStmt' in node &&
    ['OBJECT_TABLE', 'OBJECT_COLUMN', 'OBJECT_TABCONSTRAINT'].includes(node.RenameStmt.renameType ?? '')
  ) {
    return existing([relationKey(node.RenameStmt.relation)]);
  }
  if ('ClusterStmt' in node) return existing([relationKey(node.ClusterStmt.relation)]);
  if (
    'VacuumStmt' in node &&
    (node.VacuumStmt.options ?? []).some((o) => 'DefElem' in o && o.DefElem.defname === 'full')
  ) {
    return existing(
      (node.VacuumStmt.rels ?? []).map((r) =>
        'VacuumRelation' in r ? relationKey(r.VacuumRelation.relation) : '',
      ),
    );
  }
  return undefined;
}

/** `SET lock_timeout = 0` turns the timeout off. */
function isEnabled(setting: string | undefined): boolean {
  const value = setting?.match(/(?:=|\bto\b)\s*(.+?)\s*$/i)?.[1]?.replace(/^['"]|['"]$/g, '');
  return !!value && !/^0+\s*(us|ms|s|min|h|d)?$/i.test(value);
}

/** `SELECT set_config('lock_timeout', '2s', …)`, the function form of SET. */
const SET_CONFIG = /\bset_config\s*\(\s*'lock_timeout'\s*,\s*'(?!0+\s*(?:us|ms|s|min|h|d)?')/i;

export const requireLockTimeout: Rule = {
  id: 'require-lock-timeout',
  severity: 'warning',
  class: 'unknown',
  kinds: LOCKING_KINDS,
  summary:
    'A statement that takes an ACCESS EXCLUSIVE lock with no lock_timeout can queue every query on the table behind it.',
  check({ statement, state, previous, settings }) {
    if (isEnabled(settings.get('lock_timeout'))) return [];
    const target = accessExclusiveTarget(statement, state);
    if (!target) return [];
    // Once per file: the first such statement is where SET lock_timeout belongs. Checked after the
    // cheap test above, so a long file is not scanned backwards for every statement.
    if (previous.some((s) => SET_CONFIG.test(s.text) || accessExclusiveTarget(s, state))) return [];
    const table = target.startsWith('the table') ? target : `existing table "${target}"`;
    return [
      {
        message: `This statement takes an ACCESS EXCLUSIVE lock on ${table} and no lock_timeout is set earlier in the file: while it waits behind a long-running query, every read and write of the table queues behind it, which looks like an outage.`,
        help: "Start the migration with SET lock_timeout = '2s' (SET LOCAL inside a transaction) so it gives up instead of stalling traffic, and retry the deploy when it times out.",
        ...(target.startsWith('the table') ? {} : { locks: [target] }),
      },
    ];
  },
};
