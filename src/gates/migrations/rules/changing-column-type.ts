import type { ColumnDef, Node } from '@pgsql/types';
import { readableTypeName } from '../../../schema-model/types.js';
import { relationKey, stringValue, typeNameText } from '../../../sql/names.js';
import type { Rule, RuleContext, RuleHit } from '../rule.js';
import { alterCommands, columnDefOf, isTableAlter, typeBaseName, typeModifiers } from './ast.js';

/**
 * Targets that only widen what a column of the same family already holds, so Postgres changes the
 * catalog without a rewrite: varchar(n) → varchar / text, numeric(p,s) → numeric, cidr → inet,
 * bit varying(n) → bit varying. (The column's current type is not in the migration; when the change is
 * checked against its base, fallback/type-history.ts reads it from the migration history.)
 */
function isUnboundedWidening(target: string, mods: number[]): boolean {
  if (target === 'text' || target === 'inet') return true;
  return BOUNDED.has(target) && mods.length === 0;
}

/** Bounded targets: metadata-only when they widen the current type, a rewrite that can fail when they narrow it. */
const BOUNDED = new Set(['varchar', 'numeric', 'varbit']);

/** `USING "col"` or `USING "col"::target` changes nothing Postgres would not do by itself. */
function trivialUsing(using: Node | undefined, column: string): boolean {
  if (!using) return true;
  const expr = 'TypeCast' in using ? using.TypeCast.arg : using;
  const fields = expr && 'ColumnRef' in expr ? (expr.ColumnRef.fields ?? []) : [];
  return fields.length > 0 && stringValue(fields[fields.length - 1]) === column;
}

const UTC_NAMES = new Set([
  'utc',
  'gmt',
  'uct',
  'zulu',
  'universal',
  'etc/utc',
  'etc/gmt',
  'etc/uct',
  'etc/universal',
  'etc/zulu',
  '0',
  '+00',
  '+00:00',
]);

/** The value of `SET timezone = 'UTC'` / `SET TIME ZONE 'UTC'`, as the engine kept its text. */
function isUtc(setting: string | undefined): boolean {
  const value = setting?.match(/(?:=|\bto\b|\bzone\b)\s*(.+?)\s*$/i)?.[1];
  return !!value && UTC_NAMES.has(value.replace(/^['"]|['"]$/g, '').toLowerCase());
}

function assess(ctx: RuleContext, table: string, column: string, def: ColumnDef): RuleHit | undefined {
  const target = typeBaseName(def.typeName);
  const mods = typeModifiers(def.typeName);
  const array = !!def.typeName?.arrayBounds?.length;
  const text = typeNameText(def.typeName).replace(/^(int2|int4|int8|float4|float8|bool)\b/, readableTypeName);
  const where = `column "${column}" of existing table "${table}"`;
  if (!trivialUsing(def.raw_default, column)) {
    return {
      message: `Changing the type of ${where} to ${text} with a USING expression rewrites the whole table under an ACCESS EXCLUSIVE lock (no reads or writes until it finishes), and the previous release reads and writes the old type.`,
      help: `Add a new ${text} column, dual-write and backfill it in batches, switch reads in a release, and drop the old column once the previous release no longer uses it.`,
      column: { table, name: column, anyTypeBefore: true },
    };
  }
  if (!array && isUnboundedWidening(target, mods)) return undefined;
  if (!array && target === 'timestamptz') {
    if (ctx.pgVersion >= 12 && isUtc(ctx.settings.get('timezone'))) return undefined;
    return {
      message: `Changing ${where} to ${text} rewrites the whole table under an ACCESS EXCLUSIVE lock unless it converts timestamp to timestamptz with the session TimeZone set to UTC on Postgres 12+; existing values are reinterpreted in the session time zone.`,
      help: "If the column is timestamp and holds UTC, run SET timezone = 'UTC' earlier in this migration (Postgres 12+ then skips the rewrite); otherwise add a new column and backfill it in batches.",
      class: 'unknown',
    };
  }
  if (!array && BOUNDED.has(target)) {
    const widening =
      target === 'numeric' ? `numeric(p,${mods[1] ?? 0}) with a smaller p` : `shorter ${target}`;
    return {
      message: `Changing ${where} to ${text}: if this narrows the current type or changes its family (text → ${text}), Postgres rewrites the whole table under an ACCESS EXCLUSIVE lock and fails on values that no longer fit, which the previous release keeps writing; only widening a ${widening} is metadata-only.`,
      help: `If the current type is a ${widening}, this only widens: say so in an ignore comment. To narrow, enforce the limit with a CHECK constraint NOT VALID, VALIDATE it in a later migration, and keep the check instead of changing the type.`,
      class: 'unknown',
    };
  }
  return {
    message: `Changing the type of ${where} to ${text} rewrites the whole table and its indexes under an ACCESS EXCLUSIVE lock (no reads or writes until it finishes), and the previous release reads and writes the old type.`,
    help: `Add a new ${text} column, dual-write and backfill it in batches, switch reads in a release, and drop the old column once the previous release no longer uses it.`,
  };
}

export const changingColumnType: Rule = {
  id: 'changing-column-type',
  severity: 'error',
  class: 'contract',
  summary:
    'ALTER COLUMN … TYPE rewrites the table under an ACCESS EXCLUSIVE lock, and the previous release may not handle the new type.',
  kinds: ['AlterTableStmt'],
  check(ctx) {
    const { node } = ctx.statement;
    if (!isTableAlter(node) || !('AlterTableStmt' in node)) return [];
    const table = relationKey(node.AlterTableStmt.relation);
    return alterCommands(node).flatMap((cmd): RuleHit[] => {
      const def = cmd.subtype === 'AT_AlterColumnType' ? columnDefOf(cmd) : undefined;
      if (!def || !cmd.name || ctx.state.isNewTable(table)) return [];
      // A column added earlier in this change still sits in a table full of rows: the type change
      // rewrites all of them. The previous release does not use the column, so it is no contract change.
      if (ctx.state.isNewColumn(table, cmd.name)) {
        const hit = assess(ctx, table, cmd.name, def);
        return hit
          ? [
              {
                ...hit,
                message: hit.message.replace(
                  `column "${cmd.name}"`,
                  `column "${cmd.name}" (added earlier in this change)`,
                ),
                class: 'expand',
              },
            ]
          : [];
      }
      const hit = assess(ctx, table, cmd.name, def);
      return hit ? [{ column: { table, name: cmd.name }, ...hit }] : [];
    });
  },
};
