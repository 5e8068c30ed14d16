import { relationKey } from '../../../sql/names.js';
import type { Rule, RuleHit } from '../rule.js';
import { nullableColumns } from './affected-objects.js';
import { alterCommands } from './ast.js';
import { nullWritesBy, nullWritesInto } from './null-writes.js';
import type { NullWrite } from './null-writes.js';

export const banDropNotNull: Rule = {
  id: 'ban-drop-not-null',
  severity: 'warning',
  class: 'contract',
  summary:
    'Dropping NOT NULL lets the new release write NULLs the previous release does not expect, and makes the column hard to tighten again.',
  kinds: ['AlterTableStmt'],
  affects: nullableColumns,
  check({ statement, state, previous, following }) {
    const { node } = statement;
    if (!('AlterTableStmt' in node)) return [];
    const table = relationKey(node.AlterTableStmt.relation);
    return alterCommands(node)
      .filter((c) => c.subtype === 'AT_DropNotNull' && c.name && !state.isNewColumn(table, c.name))
      .map((c): RuleHit => {
        // Alone, DROP NOT NULL is the usual first step of expand/contract: nothing writes NULL yet. When
        // the same migration makes NULLs appear, the previous release meets them after a rollback.
        const writes = nullWritesInto(table, c.name!, statement, previous, following);
        return writes.length ? writesNull(table, c.name!, writes) : dropOnly(table, c.name!);
      });
  },
  // A later migration of the same change that writes NULLs there is the same story as one in this file.
  laterInChange(hit, later, file) {
    if (!hit.column || hit.severity === 'error') return undefined;
    const { table, name } = hit.column;
    const writes = nullWritesBy(later, table, name).map((w) => ({ ...w, file: file.path }));
    return writes.length ? writesNull(table, name, writes) : undefined;
  },
};

function dropOnly(table: string, column: string): RuleHit {
  return {
    message: `Dropping NOT NULL on "${table}"."${column}" lets the new release write NULLs that the previous release does not expect (its types say the value is always set), and once NULLs exist, restoring SET NOT NULL on rollback fails.`,
    help: 'Keep the column NOT NULL and write a sentinel or default value instead, or add a new nullable column and move to it (expand/contract).',
    column: { table, name: column },
  };
}

function writesNull(table: string, column: string, writes: readonly NullWrite[]): RuleHit {
  const how = writes.map((w) => `${w.how} (${w.file ? `${w.file}:` : 'line '}${w.line})`).join(', ');
  const who = writes.some((w) => w.file) ? 'a later migration of this change' : 'this migration itself';
  return {
    severity: 'error',
    message: `Dropping NOT NULL on "${table}"."${column}", and ${who} makes NULLs appear there: ${how}. The previous release's types say the value is always set, so after a rollback it meets rows it cannot read as it expects, and SET NOT NULL cannot be restored while they exist.`,
    help: `Ship DROP NOT NULL alone first (nothing writes NULL yet, so it does not block), and add the ${writes[0]!.how} in a later release, once the release you would roll back to handles NULL in "${column}".`,
    column: { table, name: column },
  };
}
