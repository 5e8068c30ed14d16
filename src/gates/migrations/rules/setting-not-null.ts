import type { AlterTableCmd, Constraint } from '@pgsql/types';
import type { ParsedStatement } from '../../../sql/model.js';
import { relationKey, stringValue } from '../../../sql/names.js';
import type { Rule, RuleHit } from '../rule.js';
import { alterCommands, columnDefOf, columnDefault, constraintOf, isTableAlter } from './ast.js';

/** ALTER TABLE sub-commands on `table` in the statements before this one. */
function earlierCommands(previous: readonly ParsedStatement[], table: string): AlterTableCmd[] {
  return previous.flatMap((s) =>
    s.kind === 'AlterTableStmt' &&
    isTableAlter(s.node) &&
    'AlterTableStmt' in s.node &&
    relationKey(s.node.AlterTableStmt.relation) === table
      ? alterCommands(s.node)
      : [],
  );
}

/** `CHECK (column IS NOT NULL)`. */
function checksNotNull(c: Constraint | undefined, column: string): c is Constraint {
  const test =
    c?.contype === 'CONSTR_CHECK' && c.raw_expr && 'NullTest' in c.raw_expr ? c.raw_expr.NullTest : undefined;
  const ref = test?.arg && 'ColumnRef' in test.arg ? test.arg.ColumnRef.fields : undefined;
  return test?.nulltesttype === 'IS_NOT_NULL' && stringValue(ref?.[ref.length - 1]) === column;
}

/**
 * A validated `CHECK (column IS NOT NULL)` earlier in the file: added without NOT VALID, or validated by
 * VALIDATE CONSTRAINT. A VALIDATE of a constraint added by an earlier migration counts when its name mentions the column.
 */
function hasValidatedCheck(cmds: AlterTableCmd[], column: string): boolean {
  const checks = cmds.map((c) => constraintOf(c.def)).filter((c) => checksNotNull(c, column));
  if (checks.some((c) => !c.skip_validation)) return true;
  const added = new Set(cmds.flatMap((c) => constraintOf(c.def)?.conname ?? []));
  const notValid = new Set(checks.flatMap((c) => c.conname ?? []));
  return cmds.some(
    (c) =>
      c.subtype === 'AT_ValidateConstraint' &&
      !!c.name &&
      (notValid.has(c.name) || (!added.has(c.name) && c.name.includes(column))),
  );
}

function hasDefault(cmds: AlterTableCmd[], column: string): boolean {
  return cmds.some((c) => {
    if (c.subtype === 'AT_ColumnDefault') return c.name === column && !!c.def;
    const def = c.subtype === 'AT_AddColumn' ? columnDefOf(c) : undefined;
    return def?.colname === column && !!columnDefault(def);
  });
}

const HELP =
  'Once the previous release never writes NULL: add CHECK ("col" IS NOT NULL) NOT VALID in one migration; in a later one, VALIDATE CONSTRAINT it, then SET NOT NULL (Postgres 12+ skips the scan thanks to the validated check) and drop the check.';

export const settingNotNull: Rule = {
  id: 'setting-not-null',
  severity: 'error',
  class: 'contract',
  summary:
    'SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock, and the previous release’s writes of NULL start failing.',
  kinds: ['AlterTableStmt'],
  check({ statement, state, previous, pgVersion }) {
    if (!isTableAlter(statement.node) || !('AlterTableStmt' in statement.node)) return [];
    const table = relationKey(statement.node.AlterTableStmt.relation);
    if (state.isNewTable(table)) return [];
    const cmds = alterCommands(statement.node);
    // Only SET NOT NULL matters; look back through the file only then (a long file would go quadratic).
    if (!cmds.some((c) => c.subtype === 'AT_SetNotNull')) return [];
    const before = earlierCommands(previous, table);
    return cmds.flatMap((cmd): RuleHit[] => {
      const column = cmd.subtype === 'AT_SetNotNull' ? cmd.name : undefined;
      if (!column) return [];
      const scan = `takes an ACCESS EXCLUSIVE lock on existing table "${table}" and scans every row to check it: reads and writes wait for the whole scan`;
      if (hasValidatedCheck([...before, ...cmds], column)) {
        if (pgVersion >= 12) return [];
        return [
          {
            message: `Setting "${column}" of "${table}" to NOT NULL ${scan} — Postgres ${pgVersion} does not use the validated CHECK constraint to skip it (12+ does).`,
            help: 'On Postgres before 12 keep the validated CHECK (col IS NOT NULL) constraint instead of SET NOT NULL, or run SET NOT NULL in a quiet window.',
            class: 'expand',
          },
        ];
      }
      const addedHere = cmds.some((c) => c.subtype === 'AT_AddColumn' && columnDefOf(c)?.colname === column);
      if (addedHere || state.isNewColumn(table, column)) {
        const inline = `Declare "${column}" NOT NULL with a constant DEFAULT in its ADD COLUMN instead (instant on Postgres 11+)`;
        if (hasDefault([...before, ...cmds], column)) {
          return [
            {
              message: `Setting new column "${column}" of "${table}" to NOT NULL ${scan}.`,
              help: `${inline}.`,
              class: 'expand',
            },
          ];
        }
        return [
          {
            message: `Setting new column "${column}" of "${table}" to NOT NULL ${scan}. It has no DEFAULT, so the previous release's INSERTs, which do not name "${column}", fail.`,
            help: `${inline}, or tighten it in a later release once the previous release no longer inserts rows without it.`,
          },
        ];
      }
      return [
        {
          message: `Setting "${column}" of "${table}" to NOT NULL ${scan}. The previous release's writes that leave "${column}" NULL start failing too.`,
          help: HELP,
        },
      ];
    });
  },
};
