import type { StatementHit } from '../engine.js';
import type { AffectedObject, RuleContext } from '../rule.js';
import { usesObject } from '../../../schema-sources/expectation.js';
import type { Expectation } from '../../../schema-sources/expectation.js';

/** What the fallback release was found to use, for judging contract statements. */
export interface FallbackEvidence {
  /** `v1.1.0`, as messages name it. */
  release: string;
  expectations: readonly Expectation[];
  /** The schema files read (`prisma/schema.prisma`); empty means there is no evidence of non-use. */
  sourceFiles: readonly string[];
}

function describe(o: AffectedObject): string {
  return o.column === undefined ? `table "${o.table}"` : `column "${o.column}" of "${o.table}"`;
}

/**
 * Expand/contract done right: a contract statement on tables or columns the fallback release no longer
 * uses cannot break a rollback to it. Such a hit becomes a notice that says so (its class stays
 * `contract`); a hit on an object the release still uses is left as it is. Without a schema source of
 * the fallback release nothing changes.
 */
export function refineContractHit(
  entry: StatementHit,
  ctx: RuleContext,
  evidence: FallbackEvidence,
): StatementHit {
  const affects = entry.rule.affects;
  if (!affects || !evidence.sourceFiles.length || (entry.hit.class ?? entry.rule.class) !== 'contract')
    return entry;
  const objects = affects(ctx);
  if (!objects.length || objects.some((o) => usesObject(evidence.expectations, o.table, o.column)))
    return entry;
  const names = objects.map(describe).join(', ');
  const checked =
    evidence.sourceFiles.slice(0, 3).join(', ') + (evidence.sourceFiles.length > 3 ? ', …' : '');
  const data = entry.rule.deletesData
    ? ' Its data is still deleted for good, so keep a recent backup if anyone might want it.'
    : '';
  return {
    rule: entry.rule,
    hit: {
      ...entry.hit,
      severity: 'notice',
      message: `Safe: ${evidence.release} no longer uses ${names} (expand/contract done right) — its schema source (${checked}) and code do not name it, so this cannot break a rollback to ${evidence.release}.${data}`,
      help: `Nothing to change. Without that evidence this would be: ${entry.hit.message}`,
    },
  };
}
