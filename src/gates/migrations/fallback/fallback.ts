import type { Finding } from '../../../core/finding.js';
import type { GitRepo } from '../../../git/git.js';
import type { StatementHit, StatementReview } from '../engine.js';
import { docsUrl } from '../engine.js';
import type { TaggingConfig } from '../../tagging/config.js';
import { releasesIn, schemeFromConfig } from '../../../release/schemes.js';
import type { ObjectKey, ReplayedSchema, Touch } from '../../../schema-model/model.js';
import { statementKey } from '../../../schema-model/model.js';
import { compareWithFallback } from './compare.js';
import type { CompatHit, NewReleaseEnums } from './compare.js';
import { refineContractHit, refutedRenameGuess } from './refine.js';
import type { FallbackEvidence } from './refine.js';
import { COMPAT_RULES } from './rules.js';
import type { SinceRelease } from './since-release.js';
import { reviewTypeChanges } from './type-history.js';
import { refineNewSinceRelease } from './new-since-release.js';
import { refineKeyDuplicateDrop } from './key-duplicates.js';
import type { KeyDuplicate } from './key-duplicates.js';
import type { TypesBefore } from './drizzle-snapshot.js';
import { openExpectationStore, releaseExpectationsAt } from './expectation-store.js';
import type { ExpectationStore } from './expectation-store.js';
import type { ReleaseSources } from '../../../schema-sources/sources.js';

/** The release a rollback would return to. */
export interface FallbackRelease {
  /** Commit to read its code from. */
  ref: string;
  /** As messages name it: the tag, or `the base commit abc1234`. */
  label: string;
  tag?: string;
  /** The tag's date (tagger date, else the commit's), ISO 8601. */
  date?: string;
  /** Not in the base's history (tagged on a release branch): commits behind the base say nothing of its age. */
  forked?: boolean;
}

/**
 * The newest release tag (under the tagging scheme) that is an ancestor of the base, else the base
 * itself. Kept for callers outside the gates; the migrations gate and the rehearsal's fallback check
 * judge a change against ../previous-release.ts, which also sees releases tagged on release branches.
 */
export async function findLiveRelease(
  git: GitRepo,
  base: string,
  tagging: TaggingConfig,
): Promise<FallbackRelease> {
  const tags = await git.listTags();
  const byName = new Map(tags.map((t) => [t.name, t]));
  const releases = releasesIn(schemeFromConfig(tagging), [...byName.keys()], tagging['allow-prerelease']);
  for (const release of [...releases].reverse()) {
    const tag = byName.get(release.name)!;
    if (await git.isAncestor(tag.sha, base))
      return { ref: tag.sha, label: tag.name, tag: tag.name, ...(tag.date ? { date: tag.date } : {}) };
  }
  return { ref: base, label: `the base commit ${base.slice(0, 7)}` };
}

export interface FallbackCheckInput {
  git: GitRepo;
  /** A commit or tag of the fallback release; `rollback plan` passes its target. */
  fallbackRef: string;
  /** How messages name it (default: the ref). */
  fallbackLabel?: string;
  /** The schema after the change: the replayed migration history of the newer release. */
  schemaAfter: ReplayedSchema;
  /** Statements in these files are the change (default: every statement since the fallback release). */
  inChange?: (file: string) => boolean;
  /** `migrations.schema-sources`. */
  schemaSources?: readonly string[];
  /** Enum values the newer release's schema source declares, when it has one. */
  newRelease?: NewReleaseEnums;
  /** What the history says of objects relative to the fallback release (since-release.ts). */
  since?: SinceRelease;
  /** Column types before a migration known outside the SQL history (drizzle-snapshot.ts). */
  typesBefore?: TypesBefore;
  /** Unique indexes the change drops that only repeat their table's primary key (key-duplicates.ts). */
  keyDuplicates?: ReadonlyMap<string, KeyDuplicate>;
  /**
   * Where what the release's code expects is kept by tree id (expectation-store.ts; `rollback plan`
   * passes the one beside its replay cache). Default: the cache folder of docs/caching.md (none when
   * ROLLBACK_READY_CACHE=off); `null`: read the tree every time.
   */
  expectationStore?: ExpectationStore | null;
}

/** The part of a release's sources the comparison reads (a cache keeps this much, not the parsed schemas). */
export type FallbackSources = Pick<ReleaseSources, 'files' | 'expectations' | 'authoritative' | 'codeFiles'>;

export interface FallbackCompatibility {
  release: string;
  ref: string;
  sources: FallbackSources;
  /** No ORM schema or generated types: contract statements keep their verdict (SQL-string hits are still reported). */
  conservative: boolean;
  hits: CompatHit[];
  /** The hits as findings on their migration statements (what `rollback plan` reports). */
  findings: Finding[];
  /** For the migrations engine: adds the hits to their statements and marks contract statements proven safe. */
  review: StatementReview;
}

/**
 * Does the fallback release's code still work on the schema after the change? Reads what its tree
 * expects (Prisma, Drizzle, Supabase types, SQL strings) and compares it with the replayed schema.
 */
export async function checkFallbackCompatibility(input: FallbackCheckInput): Promise<FallbackCompatibility> {
  const release = input.fallbackLabel ?? input.fallbackRef;
  const store = input.expectationStore === undefined ? openExpectationStore() : input.expectationStore;
  const sources = await releaseExpectationsAt(
    input.git,
    input.fallbackRef,
    { ...(input.schemaSources ? { schemaSources: input.schemaSources } : {}) },
    store ?? undefined,
  );
  const hits = compareWithFallback({
    expectations: sources.expectations,
    schema: input.schemaAfter,
    release,
    ...(input.inChange ? { inChange: input.inChange } : {}),
    ...(input.newRelease ? { newRelease: input.newRelease } : {}),
  });
  const sourceFiles = sources.authoritative ? sources.files.map((f) => f.path) : [];
  return {
    release,
    ref: input.fallbackRef,
    sources,
    conservative: !sources.authoritative,
    hits,
    findings: hits.map(hitFinding),
    review: fallbackReview(hits, {
      release,
      expectations: sources.expectations,
      sourceFiles,
      touches: input.schemaAfter.touches,
      ...(input.since ? { since: input.since } : {}),
      ...(input.typesBefore ? { typesBefore: input.typesBefore } : {}),
      ...(input.keyDuplicates ? { keyDuplicates: input.keyDuplicates } : {}),
    }),
  };
}

function hitFinding(hit: CompatHit): Finding {
  return {
    gate: 'migrations',
    rule: hit.rule,
    severity: hit.severity,
    file: hit.at.file,
    line: hit.at.line,
    column: hit.at.column,
    message: hit.message,
    help: hit.help,
    docs: docsUrl(hit.rule),
    class: hit.class,
  };
}

/**
 * Per statement: refine its contract hits with the evidence, judge its type changes by the migration
 * history (`touches`, type-history.ts), say which hits are on a table the release never had
 * (new-since-release.ts), then add the compatibility hits made there.
 */
export function fallbackReview(
  hits: readonly CompatHit[],
  evidence: FallbackEvidence & {
    touches?: ReadonlyMap<ObjectKey, readonly Touch[]>;
    typesBefore?: TypesBefore;
    keyDuplicates?: ReadonlyMap<string, KeyDuplicate>;
  },
): StatementReview {
  const byStatement = new Map<string, CompatHit[]>();
  for (const hit of hits) {
    const key = statementKey(hit.at);
    const list = byStatement.get(key);
    if (list) list.push(hit);
    else byStatement.set(key, [hit]);
  }
  return (ruleHits, ctx) => {
    const contracts = ruleHits
      .filter((entry) => !refutedRenameGuess(entry, ctx, evidence))
      .map((entry) => refineContractHit(entry, ctx, evidence));
    const typed = evidence.touches
      ? reviewTypeChanges(contracts, ctx, evidence.touches, evidence.typesBefore)
      : contracts;
    const refined = refineKeyDuplicateDrop(
      typed.map((entry) => refineNewSinceRelease(entry, ctx, evidence)),
      ctx,
      evidence.keyDuplicates,
    );
    const key = statementKey({ file: ctx.file.path, line: ctx.statement.line, column: ctx.statement.column });
    const extra = (byStatement.get(key) ?? []).map((hit): StatementHit => ({
      rule: COMPAT_RULES[hit.rule],
      hit: { message: hit.message, help: hit.help, severity: hit.severity, class: hit.class },
    }));
    return [...refined, ...extra];
  };
}
