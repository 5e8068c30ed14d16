import type { StatementHit } from '../engine.js';
import type { RuleContext } from '../rule.js';
import { relationKey } from '../../../sql/names.js';
import { isTableAlter } from '../rules/ast.js';
import type { FallbackEvidence } from './refine.js';

/**
 * What is left of each contract rule's hit once the release is known never to have had the table:
 * the lock, which matters only if the table already holds rows in production. DROP DEFAULT and DROP
 * CONSTRAINT only hold their lock for a catalog change, so nothing is left of them.
 */
const LOCK_LEFT: Record<string, string> = {
  'setting-not-null': 'SET NOT NULL takes an ACCESS EXCLUSIVE lock and scans every row',
  'changing-column-type': 'the type change takes an ACCESS EXCLUSIVE lock and may rewrite the table',
};

/**
 * A contract hit on a table the change's own history creates after the fallback release (merged, not
 * yet released): the release never reads or writes that table, so the hit's "breaks the previous
 * release" does not hold and neither does "existing table" as the release knows it. The hit says so
 * with where the table was created, is marked `safe` (the statement is not `contract`), and keeps only
 * the lock concern, as a warning, for a table that may already hold rows in production. Rules whose
 * whole concern is the release's use (`Rule.affects`) are judged by refineContractHit instead.
 */
export function refineNewSinceRelease(
  entry: StatementHit,
  ctx: RuleContext,
  evidence: FallbackEvidence,
): StatementHit {
  const { rule, hit } = entry;
  if (hit.locks?.length && (hit.class ?? rule.class) !== 'contract') return refineLock(entry, ctx, evidence);
  if (hit.safe || rule.affects || (hit.class ?? rule.class) !== 'contract' || !evidence.since) return entry;
  const { node } = ctx.statement;
  if (!('AlterTableStmt' in node) || !isTableAlter(node)) return entry;
  const table = relationKey(node.AlterTableStmt.relation);
  const at = { file: ctx.file.path, line: ctx.statement.line, column: ctx.statement.column };
  const origin = table ? evidence.since.createdSince(table, undefined, at) : undefined;
  if (!origin) return entry;
  const { release } = evidence;
  const why = `${release} never had table "${table}": it is created by ${origin.file}:${origin.line}, a migration ${release} did not include, so ${release} never reads or writes it and this cannot break a rollback to ${release}.`;
  const lock = LOCK_LEFT[rule.id];
  return {
    rule,
    hit: {
      ...hit,
      class: 'expand',
      safe: true,
      severity: lock ? 'warning' : 'notice',
      message: lock
        ? `Not a contract change: ${why} What is left is the lock: if that migration already ran in production ahead of a release, "${table}" holds rows and ${lock}; if both ship in the same deploy, the table is still empty.`
        : `Safe: ${why}`,
      help: lock
        ? `Nothing to change if "${table}" first ships with this release. If it already holds rows in production: ${hit.help ?? 'see the docs page'}`
        : `Nothing to change. Without that evidence this would be: ${hit.message}`,
    },
  };
}

const STEP_DOWN = { error: 'warning', warning: 'notice', notice: 'notice' } as const;

/**
 * A lock rule's hit (`RuleHit.locks`) on tables the fallback release never had: nothing that release
 * runs reads or writes them, so nothing it serves waits on the lock. Said in the words the contract
 * hits above use, with "existing table" dropped (the table exists in production only if the migration
 * that creates it already ran there ahead of a release), and a warning rather than a block: the lock
 * still lengthens the deploy when the table already holds rows (a lock_timeout warning, whose only concern
 * is queries queueing behind the lock, becomes a notice). A lock on any table the release has
 * (a foreign key's parent) keeps its verdict.
 */
function refineLock(entry: StatementHit, ctx: RuleContext, evidence: FallbackEvidence): StatementHit {
  const { hit } = entry;
  const tables = hit.locks ?? [];
  if (hit.safe || !evidence.since || !tables.length) return entry;
  const at = { file: ctx.file.path, line: ctx.statement.line, column: ctx.statement.column };
  const origins = tables.map((t) => evidence.since!.createdSince(t, undefined, at));
  if (origins.some((o) => !o)) return entry;
  const { release } = evidence;
  const names = tables.map((t) => `"${t}"`).join(' and ');
  const where = [...new Set(origins.map((o) => `${o!.file}:${o!.line}`))].join(', ');
  const said = tables.reduce(
    (message, t) => message.split(`existing table "${t}"`).join(`table "${t}"`),
    hit.message,
  );
  // One step down: a blocking lock becomes a warning, a lock_timeout warning a notice.
  const severity = STEP_DOWN[hit.severity ?? entry.rule.severity];
  return {
    rule: entry.rule,
    hit: {
      ...hit,
      severity,
      message: `Only a lock, on ${tables.length > 1 ? 'tables' : 'a table'} ${release} never had: ${names} ${tables.length > 1 ? 'are' : 'is'} created by ${where}, a migration ${release} did not include, so nothing ${release} runs reads or writes ${tables.length > 1 ? 'them' : 'it'} or waits on the lock. What follows holds only for the new release's own use of ${names}, and only if that migration already ran in production ahead of a release (then ${tables.length > 1 ? 'they hold' : 'it holds'} rows; if both ship in the same deploy, ${tables.length > 1 ? 'they are' : 'the table is'} still empty): ${said}`,
      help: `Nothing to change if ${names} first ${tables.length > 1 ? 'ship' : 'ships'} with this release. If ${tables.length > 1 ? 'they already hold' : 'it already holds'} rows in production: ${hit.help ?? 'see the docs page'}`,
    },
  };
}
