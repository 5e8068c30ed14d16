import { COMPAT_RULE_IDS } from '../gates/migrations/fallback/rule-ids.js';
import type { Finding } from '../core/finding.js';
import type { StatementHit, StatementReview } from '../gates/migrations/engine.js';

/**
 * How `rollback plan` reads the migrations applied since its target. The question is only whether the
 * target's code runs on today's schema; how those migrations ran (locks, rewrites, concurrency,
 * transactions) was the concern of deploys that are over, and is no reason to refuse a rollback.
 */

const COMPAT: ReadonlySet<string> = new Set(COMPAT_RULE_IDS);

/**
 * Rules whose whole concern is how a statement runs, not what it leaves behind. Rules of class `expand`
 * are of this kind by definition (they never change the contract); these two are `unknown` because they
 * apply to any statement.
 */
const DEPLOY_TIME: ReadonlySet<string> = new Set([
  'require-lock-timeout',
  'ban-concurrent-index-in-transaction',
]);

/** Findings about ignore comments: a pull request's hygiene, and often about the rules left out here. */
export const IGNORE_HYGIENE: ReadonlySet<string> = new Set(['unused-ignore', 'invalid-ignore']);

export const isFallbackFinding = (f: Pick<Finding, 'rule'>): boolean => COMPAT.has(f.rule);

const classOf = ({ rule, hit }: StatementHit) => hit.class ?? rule.class;

export function isDeployTime(entry: StatementHit): boolean {
  if (COMPAT.has(entry.rule.id)) return false;
  return classOf(entry) === 'expand' || DEPLOY_TIME.has(entry.rule.id);
}

/**
 * The review a plan lints with: the target's own evidence first (when there is a fallback review), then
 * deploy-time hits left out, and contract hits that a blocking fallback finding on the same statement
 * already explains left out too (one finding per root cause: the one that cites the target's code).
 */
export function forRollback(fallback?: StatementReview): StatementReview {
  return (hits, ctx) => {
    const kept = (fallback ? fallback(hits, ctx) : hits).filter((h) => !isDeployTime(h));
    const explained = kept.some(
      (h) => COMPAT.has(h.rule.id) && (h.hit.severity ?? h.rule.severity) === 'error',
    );
    if (!explained) return kept;
    return kept.filter((h) => COMPAT.has(h.rule.id) || h.hit.safe || classOf(h) !== 'contract');
  };
}
