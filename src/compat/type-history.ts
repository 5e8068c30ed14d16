import type { StatementHit } from '../gates/migrations/engine.js';
import type { RuleContext } from '../gates/migrations/rule.js';
import { columnObjectKey } from '../schema-model/model.js';
import type { ObjectKey, Touch } from '../schema-model/model.js';
import { onlyWidens } from '../schema-model/types.js';

/**
 * A type change judged by the column's type before it, as the replayed migration history has it.
 *
 * On its own, `changing-column-type` cannot tell `varchar(256)` → `varchar(1000)` (the catalog alone
 * changes) from `text` → `varchar(1000)` (a rewrite that fails on longer values): the current type is
 * not in the migration. When the change is checked against its base, the history knows it. A change
 * that only widens becomes a notice that says so; any other keeps its verdict and names the type it had.
 */
export function refineTypeChange(
  entry: StatementHit,
  ctx: RuleContext,
  touches: ReadonlyMap<ObjectKey, readonly Touch[]>,
): StatementHit {
  const column = entry.hit.column;
  if (entry.rule.id !== 'changing-column-type' || !column) return entry;
  const { file, statement } = ctx;
  const retype = touches
    .get(columnObjectKey(column.table, column.name))
    ?.find(
      (t) =>
        t.kind === 'alter-type' &&
        t.at.file === file.path &&
        t.at.line === statement.line &&
        t.at.column === statement.column,
    );
  if (!retype?.from || !retype.to) return entry;
  const { from, to } = retype;
  const where = `column "${column.name}" of "${column.table}"`;
  if (!onlyWidens(from, to)) {
    return {
      rule: entry.rule,
      hit: { ...entry.hit, message: `${entry.hit.message} The migration history has ${where} as ${from}.` },
    };
  }
  return {
    rule: entry.rule,
    hit: {
      ...entry.hit,
      severity: 'notice',
      class: 'expand',
      message: `Safe: this only widens ${where} from ${from} to ${to} (its type in the migration history): Postgres changes the catalog without rewriting or scanning the table, and every value the previous release writes still fits.`,
      help: `Nothing to change. Without the history this would be: ${entry.hit.message}`,
    },
  };
}
