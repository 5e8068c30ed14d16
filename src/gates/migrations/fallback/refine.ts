import type { StatementHit } from '../engine.js';
import type { AffectedObject, RuleContext } from '../rule.js';
import { usesObject } from '../../../schema-sources/expectation.js';
import type { Expectation } from '../../../schema-sources/expectation.js';
import type { SinceRelease } from './since-release.js';

/** What the fallback release was found to use, for judging contract statements. */
export interface FallbackEvidence {
  /** `v1.1.0`, as messages name it. */
  release: string;
  expectations: readonly Expectation[];
  /** The schema files read (`prisma/schema.prisma`); empty means there is no evidence of non-use. */
  sourceFiles: readonly string[];
  /**
   * What the history says of an object relative to the release (since-release.ts): where it was created
   * after it (then the release never had it, whatever its schema source says or lacks), and every name
   * it had since. Absent: nothing is known about it.
   */
  since?: SinceRelease;
}

function describe(o: AffectedObject): string {
  return o.column === undefined ? `table "${o.table}"` : `column "${o.column}" of "${o.table}"`;
}

/** Rules whose hit says the dropped column is really being renamed: refuted by the same evidence. */
const RENAME_GUESS = 'drop-add-rename';

/** Why an object cannot matter to the release: it never had it, or its code no longer names it. */
type Verdict = { kind: 'new'; origin: { file: string; line: number } } | { kind: 'unused' };

function judge(o: AffectedObject, ctx: RuleContext, evidence: FallbackEvidence): Verdict | undefined {
  const at = { file: ctx.file.path, line: ctx.statement.line, column: ctx.statement.column };
  // Whatever the release's code names, under any name the object had since, it may use: no verdict.
  const names = evidence.since?.namesBefore(o.table, o.column, at) ?? [o];
  if (names.some((n) => usesObject(evidence.expectations, n.table, n.column))) return undefined;
  const origin = evidence.since?.createdSince(o.table, o.column, at);
  if (origin) return { kind: 'new', origin };
  return evidence.sourceFiles.length ? { kind: 'unused' } : undefined;
}

/**
 * A `drop-add-rename` guess about a column the fallback release cannot be using (it never had it, or no
 * longer names it) is refuted by the same evidence that makes the drop safe: the review leaves it out,
 * and the notice on the drop says what happens to the data. So "looks like a rename" and "Safe" never
 * stand on the same statement.
 */
export function refutedRenameGuess(
  entry: StatementHit,
  ctx: RuleContext,
  evidence: FallbackEvidence,
): boolean {
  const column = entry.hit.column;
  return (
    entry.rule.id === RENAME_GUESS &&
    !!column &&
    !!judge({ table: column.table, column: column.name }, ctx, evidence)
  );
}

/**
 * Expand/contract done right: a contract statement on tables or columns the fallback release does not
 * use — it never had them (created after it), or its schema source and code no longer name them — cannot
 * break a rollback to it. Such a hit becomes a notice that says which, marked `safe` (so the statement
 * is not `contract`); a hit on an object the release still uses is left as it is. Without evidence
 * nothing changes.
 */
export function refineContractHit(
  entry: StatementHit,
  ctx: RuleContext,
  evidence: FallbackEvidence,
): StatementHit {
  if (entry.hit.safe || (entry.hit.class ?? entry.rule.class) !== 'contract') return entry;
  const objects = entry.rule.affects ? entry.rule.affects(ctx) : [];
  const verdicts = objects.map((o) => judge(o, ctx, evidence));
  if (!objects.length || verdicts.some((v) => !v)) return entry;
  const release = evidence.release;
  const fresh = objects.filter((_, i) => verdicts[i]!.kind === 'new');
  const unused = objects.filter((_, i) => verdicts[i]!.kind === 'unused');
  const origins = [
    ...new Set(verdicts.flatMap((v) => (v!.kind === 'new' ? [`${v!.origin.file}:${v!.origin.line}`] : []))),
  ];
  const checked =
    evidence.sourceFiles.slice(0, 3).join(', ') + (evidence.sourceFiles.length > 3 ? ', …' : '');
  const parts = [
    ...(unused.length
      ? [
          `${release} no longer uses ${unused.map(describe).join(', ')} (expand/contract done right) — its schema source (${checked}) and code do not name it`,
        ]
      : []),
    ...(fresh.length
      ? [
          `${release} never had ${fresh.map(describe).join(', ')}: it is created by ${origins.join(', ')}, a migration ${release} did not include`,
        ]
      : []),
  ];
  const data = entry.rule.deletesData
    ? ' Its data is still deleted for good, so keep a recent backup if anyone might want it.'
    : '';
  return {
    rule: entry.rule,
    hit: {
      ...entry.hit,
      severity: 'notice',
      safe: true,
      message: `Safe: ${parts.join('; and ')}, so this cannot break a rollback to ${release}.${data}`,
      help: `Nothing to change. Without that evidence this would be: ${entry.hit.message}`,
    },
  };
}
