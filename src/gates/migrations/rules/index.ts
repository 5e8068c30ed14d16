import { COMPAT_RULE_IDS } from '../fallback/rule-ids.js';
import type { Rule } from '../rule.js';
import { banDropColumn } from './ban-drop-column.js';
import { requireConcurrentIndexCreation } from './require-concurrent-index-creation.js';
// imports: removals and renames
import { banDropDatabase } from './ban-drop-database.js';
import { banDropFunction } from './ban-drop-function.js';
import { banDropNotNull } from './ban-drop-not-null.js';
import { banDropRole } from './ban-drop-role.js';
import { banDropSchema } from './ban-drop-schema.js';
import { banDropSequence } from './ban-drop-sequence.js';
import { banDropTable } from './ban-drop-table.js';
import { banDropTrigger } from './ban-drop-trigger.js';
import { banDropType } from './ban-drop-type.js';
import { banDropView } from './ban-drop-view.js';
import { banTruncate } from './ban-truncate.js';
import { dropAddRename } from './drop-add-rename.js';
import { enableRlsWithoutPolicy } from './enable-rls-without-policy.js';
import { renamingColumn } from './renaming-column.js';
import { renamingEnumValue } from './renaming-enum-value.js';
import { renamingSchema } from './renaming-schema.js';
import { renamingTable } from './renaming-table.js';
import { renamingType } from './renaming-type.js';
import { detachingPartition } from './detaching-partition.js';
import { unboundedDataChange } from './unbounded-data-change.js';
// imports: locks and tightening
import { addingExclusionConstraint } from './adding-exclusion-constraint.js';
import { addingPrimaryKey } from './adding-primary-key.js';
import { addingRequiredField } from './adding-required-field.js';
import { addingTableRewritingColumn } from './adding-table-rewriting-column.js';
import { addingVolatileDefault } from './adding-volatile-default.js';
import { banConcurrentIndexInTransaction } from './ban-concurrent-index-in-transaction.js';
import { changingColumnType } from './changing-column-type.js';
import { constraintMissingNotValid } from './constraint-missing-not-valid.js';
import { disallowedUniqueConstraint } from './disallowed-unique-constraint.js';
import { requireConcurrentIndexDeletion } from './require-concurrent-index-deletion.js';
import { requireConcurrentReindex } from './require-concurrent-reindex.js';
import { requireIfNotExists } from './require-if-not-exists.js';
import { requireLockTimeout } from './require-lock-timeout.js';
import { rewritingTable } from './rewriting-table.js';
import { settingNotNull } from './setting-not-null.js';
// imports: grants, policies, constraints and defaults
import { banDropConstraint } from './ban-drop-constraint.js';
import { banDropDefault } from './ban-drop-default.js';
import { banDropPolicy } from './ban-drop-policy.js';
import { banRevoke } from './ban-revoke.js';

/** Every statement rule, one file each; docs/rules/<id>.md documents each. */
export const RULES: readonly Rule[] = [
  banDropColumn,
  requireConcurrentIndexCreation,
  // rules: removals and renames
  banDropTable,
  banDropSchema,
  banDropDatabase,
  renamingColumn,
  renamingTable,
  renamingSchema,
  renamingEnumValue,
  banDropFunction,
  banDropTrigger,
  banDropView,
  banDropType,
  renamingType,
  banDropSequence,
  banDropRole,
  detachingPartition,
  banTruncate,
  unboundedDataChange,
  enableRlsWithoutPolicy,
  dropAddRename,
  banDropNotNull,
  // rules: locks and tightening
  addingRequiredField,
  settingNotNull,
  changingColumnType,
  addingVolatileDefault,
  addingTableRewritingColumn,
  requireConcurrentIndexDeletion,
  requireConcurrentReindex,
  banConcurrentIndexInTransaction,
  constraintMissingNotValid,
  disallowedUniqueConstraint,
  addingPrimaryKey,
  addingExclusionConstraint,
  rewritingTable,
  requireLockTimeout,
  requireIfNotExists,
  // rules: grants, policies, constraints and defaults
  banDropConstraint,
  banDropPolicy,
  banRevoke,
  banDropDefault,
];

/** Rules reported by the engine itself rather than by statement checks. */
export const META_RULE_IDS = [
  'syntax-error',
  'invalid-ignore',
  'unused-ignore',
  'edited-shipped-migration',
  'deleted-shipped-migration',
  'skipped-migration-file',
  'duplicate-migration-version',
  'unreadable-file',
  'sql-outside-migrations',
  'migration-not-sql',
  // the fallback release's code against the replayed schema (../fallback)
  ...COMPAT_RULE_IDS,
] as const;
