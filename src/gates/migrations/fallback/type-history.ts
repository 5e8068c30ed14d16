import type { StatementHit } from '../engine.js';
import { relationKey } from '../../../sql/names.js';
import type { RuleContext } from '../rule.js';
import { alterCommands } from '../rules/ast.js';
import { changingColumnType } from '../rules/changing-column-type.js';
import { columnObjectKey } from '../../../schema-model/model.js';
import type { ObjectKey, Touch } from '../../../schema-model/model.js';
import { onlyWidens, splitType } from '../../../schema-model/types.js';
import type { TypesBefore } from './drizzle-snapshot.js';

/**
 * Type changes judged by each column's type before them, as the replayed migration history has it.
 *
 * On its own, `changing-column-type` cannot tell `varchar(256)` → `varchar(1000)` (the catalog alone
 * changes) from `text` → `varchar(1000)` (a rewrite that fails on longer values), nor `varchar(50)` →
 * `text` (catalog only, so it passes) from `integer` → `text` (a rewrite): the current type is not in
 * the migration. When the change is checked against its base, the history knows it:
 * - a hit on a change that only widens becomes a notice that says so;
 * - any other hit keeps its verdict and names the type the column had;
 * - a change the rule let pass as a widening, but that the history shows is not one, gets the rule's hit.
 */
export function reviewTypeChanges(
  ruleHits: readonly StatementHit[],
  ctx: RuleContext,
  touches: ReadonlyMap<ObjectKey, readonly Touch[]>,
  typesBefore: TypesBefore = NOTHING_KNOWN,
): StatementHit[] {
  const reviewed = ruleHits.map((entry) => refineTypeChange(entry, ctx, touches, typesBefore));
  const { node } = ctx.statement;
  if (ctx.statement.kind !== 'AlterTableStmt' || !('AlterTableStmt' in node)) return reviewed;
  const table = relationKey(node.AlterTableStmt.relation);
  for (const cmd of alterCommands(node)) {
    if (cmd.subtype !== 'AT_AlterColumnType' || !cmd.name || ctx.state.isNewColumn(table, cmd.name)) continue;
    const name = cmd.name;
    const judged = ruleHits.some(
      ({ rule, hit }) =>
        rule.id === changingColumnType.id && hit.column?.table === table && hit.column.name === name,
    );
    const retype = judged ? undefined : typeChange(touches, table, name, ctx, typesBefore);
    if (!retype?.from || retype.from === retype.to || catalogOnly(retype.from, retype.to)) continue;
    reviewed.push({
      rule: changingColumnType,
      hit: missedRewrite(table, name, { ...retype, from: retype.from }),
    });
  }
  return reviewed;
}

/** A `changing-column-type` hit refined by the type its column had before the statement. */
export function refineTypeChange(
  entry: StatementHit,
  ctx: RuleContext,
  touches: ReadonlyMap<ObjectKey, readonly Touch[]>,
  typesBefore: TypesBefore = NOTHING_KNOWN,
): StatementHit {
  const column = entry.hit.column;
  if (entry.rule.id !== changingColumnType.id || !column || column.anyTypeBefore) return entry;
  const retype = typeChange(touches, column.table, column.name, ctx, typesBefore);
  if (!retype) return entry;
  const where = `column "${column.name}" of "${column.table}"`;
  if (!retype.from) {
    // The rule could not tell widening from narrowing, and neither can the evidence: say so, keep the verdict.
    if (entry.hit.class !== 'unknown') return entry;
    const looked =
      ctx.file.layout === 'drizzle'
        ? "the migration history nor drizzle-kit's snapshots"
        : 'the migration history';
    return {
      rule: entry.rule,
      hit: {
        ...entry.hit,
        message: `${entry.hit.message} The current type of ${where} is in neither this migration nor ${looked}, so the direction of the change is unknown and it is judged as a possible narrowing.`,
      },
    };
  }
  const { from, to, source } = retype;
  if (!onlyWidens(from, to)) {
    return {
      rule: entry.rule,
      hit: { ...entry.hit, message: `${entry.hit.message} ${capital(source)} has ${where} as ${from}.` },
    };
  }
  return {
    rule: entry.rule,
    hit: {
      ...entry.hit,
      severity: 'notice',
      class: 'expand',
      safe: true,
      message: `Safe: this only widens ${where} from ${from} to ${to} (its type in ${source}): Postgres changes the catalog without rewriting or scanning the table, and every value the previous release writes still fits.`,
      help: `Nothing to change. Without ${source} this would be: ${entry.hit.message}`,
    },
  };
}

const NOTHING_KNOWN: TypesBefore = () => undefined;

/** `the migration history` starts a sentence capitalised; a file path as it is. */
const capital = (s: string) => (s.startsWith('the ') ? `T${s.slice(1)}` : s);

/**
 * The column's type before and after this statement, and where the "before" comes from: the replayed
 * history when it knows the column; else, when nothing earlier in the history touched the column (its
 * table was created outside the SQL history), the type an earlier change recorded or drizzle-kit's
 * snapshot. `from` is absent when nothing knows it.
 */
function typeChange(
  touches: ReadonlyMap<ObjectKey, readonly Touch[]>,
  table: string,
  column: string,
  ctx: RuleContext,
  typesBefore: TypesBefore,
): { from?: string; to: string; source: string } | undefined {
  const retype = retypeAt(touches, table, column, ctx);
  if (!retype?.to) return undefined;
  const history = 'the migration history';
  if (retype.from) return { from: retype.from, to: retype.to, source: history };
  const list = touches.get(columnObjectKey(table, column)) ?? [];
  const earlier = list.slice(0, list.indexOf(retype));
  const last = earlier.at(-1);
  if (last)
    return last.kind === 'alter-type' && last.to
      ? { from: last.to, to: retype.to, source: history }
      : { to: retype.to, source: history };
  const snapshot = typesBefore(ctx.file.path, table, column);
  return snapshot
    ? { from: snapshot.type, to: retype.to, source: snapshot.source }
    : { to: retype.to, source: history };
}

/** The alter-type touch this very statement made on the column, if the history recorded one. */
function retypeAt(
  touches: ReadonlyMap<ObjectKey, readonly Touch[]>,
  table: string,
  column: string,
  { file, statement }: RuleContext,
): Touch | undefined {
  return touches
    .get(columnObjectKey(table, column))
    ?.find(
      (t) =>
        t.kind === 'alter-type' &&
        t.at.file === file.path &&
        t.at.line === statement.line &&
        t.at.column === statement.column,
    );
}

/**
 * Changes Postgres makes without a rewrite that the rule lets pass: widenings, and timestamp →
 * timestamptz (the rule passes it only with a UTC session on Postgres 12+, where it is catalog-only).
 */
function catalogOnly(from: string, to: string): boolean {
  if (onlyWidens(from, to)) return true;
  const [a, b] = [splitType(from), splitType(to)];
  return a.base === 'timestamp' && b.base === 'timestamptz' && a.array === b.array;
}

function missedRewrite(
  table: string,
  column: string,
  { from, to, source }: { from: string; to: string; source: string },
) {
  return {
    message: `Changing the type of column "${column}" of existing table "${table}" from ${from} (its type in ${source}) to ${to} rewrites the whole table and its indexes under an ACCESS EXCLUSIVE lock (no reads or writes until it finishes), and the previous release reads and writes the old type.`,
    help: `Add a new ${to} column, dual-write and backfill it in batches, switch reads in a release, and drop the old column once the previous release no longer uses it.`,
    column: { table, name: column },
  };
}
