import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { errorMessage } from '../../../core/errors.js';
import type { Finding } from '../../../core/finding.js';
import type { GateContext } from '../../gate.js';
import { discoverMigrations } from '../discover.js';
import type { ReadText } from '../discover.js';
import type { StatementReview } from '../engine.js';
import type { MigrationFile, ParsedFile } from '../../../sql/model.js';
import { readHeadSource } from '../read-source.js';
import { openReplayCache } from '../../../schema-model/replay-cache.js';
import { replayMigrations, touchesSchema } from '../../../schema-model/replay.js';
import type { NewReleaseEnums } from './compare.js';
import { checkFallbackCompatibility } from './fallback.js';
import { comparedRelease, previousRelease } from '../previous-release.js';
import type { PreviousRelease } from '../previous-release.js';
import { blobOid, sinceRelease, migrationIdentitiesAt, ranByRelease } from './since-release.js';
import type { MigrationIdentity } from './since-release.js';
import { staleBaselineFinding } from './stale-baseline.js';
import { drizzleTypesBefore } from './drizzle-snapshot.js';
import { keyDuplicates } from './key-duplicates.js';
import { replayHistory, sqlReader } from './history.js';
import { gitTree, readReleaseExpectations } from '../../../schema-sources/sources.js';
import type { ReleaseSources, TreeReader } from '../../../schema-sources/sources.js';

/** What the migrations report says about the fallback check (`migrations.fallback` in the JSON report). */
export interface FallbackData {
  /** The release compared with, when the check ran. */
  release?: string;
  /** Schema files of that release that were read. */
  sources: string[];
  codeFiles: number;
  /** No schema source: contract statements keep their verdict. */
  conservative: boolean;
  /** Compatibility findings made (before ignore comments). */
  findings: number;
  /** Why the check did not run. */
  skipped?: string;
}

export interface PreparedReview {
  review?: StatementReview;
  data: FallbackData;
  /** Findings about the comparison itself (a previous release far behind the base). */
  findings?: Finding[];
}

const skipped = (why: string): PreparedReview => ({
  data: { sources: [], codeFiles: 0, conservative: true, findings: 0, skipped: why },
});

/** The change's tree: the work tree with untracked files for local runs, else the head commit. */
export function changeTree(ctx: GateContext): TreeReader {
  return ctx.worktree ? worktreeTree(ctx) : gitTree(ctx.git, ctx.head);
}

/** The work tree with untracked files, read as the migrations gate reads it (local runs). */
function worktreeTree(ctx: GateContext): TreeReader {
  return {
    async list() {
      const tracked = await ctx.git.listFilesAt(ctx.head);
      const all = [...new Set([...tracked, ...(await ctx.git.untrackedFiles())])];
      return all.filter((p) => existsSync(join(ctx.git.root, p)));
    },
    async read(path) {
      const source = await readHeadSource(ctx, path);
      return source && 'text' in source ? source.text : undefined;
    },
  };
}

/** Enum values the new release's schema source declares, with where. */
export function declaredEnums(sources: ReleaseSources): NewReleaseEnums {
  const enums = new Map<string, Map<string, { file: string; line: number }>>();
  const put = (name: string, value: string, file: string, line: number) => {
    const values = enums.get(name) ?? new Map<string, { file: string; line: number }>();
    if (!values.has(value)) values.set(value, { file, line });
    enums.set(name, values);
  };
  for (const s of sources.prisma)
    for (const e of s.enums) for (const v of e.values) put(e.dbName, v.dbName, s.file, v.line);
  for (const s of sources.drizzle)
    for (const e of s.enums) for (const v of e.values) put(e.name, v, s.file, e.line);
  for (const s of sources.supabase)
    for (const e of s.enums) for (const v of e.values) put(e.name, v, s.file, e.line);
  return { enums };
}

/**
 * Prepare the migrations gate's fallback review: find the live release, read what its code expects,
 * replay the change's migration history and compare. Skipped (today's behaviour) when turned off or
 * when there is no base to find the live release from.
 */
export async function prepareFallbackReview(
  ctx: GateContext,
  changed: readonly ParsedFile[],
  /** The gate's one choice of the release before the change (default: asked here, the same answer). */
  previousAt: (base: string) => Promise<PreviousRelease> = (base) => previousRelease(ctx, base),
): Promise<PreparedReview> {
  try {
    return await prepare(ctx, changed, previousAt);
  } catch (error) {
    // The check only adds evidence; without it the gate keeps today's verdicts.
    const why = `could not compare with the live release: ${errorMessage(error)}`;
    ctx.log.warn(why);
    return skipped(why);
  }
}

async function prepare(
  ctx: GateContext,
  changed: readonly ParsedFile[],
  previousAt: (base: string) => Promise<PreviousRelease>,
): Promise<PreparedReview> {
  const config = ctx.settings.config.migrations;
  if (!config['fallback-aware']) return skipped('migrations.fallback-aware is false');
  if (!ctx.base) return skipped('no base commit to find the live release from');
  const previous = await previousAt(ctx.base);
  // Compared with a guess, "new since the release" could excuse a drop: contract statements keep their verdict.
  if (previous.kind === 'unclear')
    return skipped('the release before the change is unclear (see previous-release-unclear)');
  const fallback = comparedRelease(previous, ctx.base);
  const stale = await staleBaselineFinding(ctx.git, fallback, ctx.base, {
    maxCommits: config['previous-release-max-commits'],
    maxDays: config['previous-release-max-days'],
  });
  const tree = changeTree(ctx);
  // Every compatibility hit and history judgement is about an object a statement of the change touches,
  // or a table it locks that the release may never have had (a migration merged since it, not released,
  // created it). When no statement can, the history is not parsed or replayed: it would find nothing.
  const listed = touchesSchema(changed) || locksTables(changed) ? await listHistory(ctx, tree) : undefined;
  const ranAsked = listed && migrationIdentitiesAt(ctx.git, fallback.ref, config);
  const ran = ranAsked && (await ranByLiveRelease(await ranAsked, listed.files, listed.read));
  const needed = touchesSchema(changed) || (!!ran && unreleasedBefore(listed!.files, changed, ran));
  const history =
    listed && needed
      ? { ...listed, schema: await replayHistory(listed.files, listed.read, changed, openReplayCache()) }
      : undefined;
  const schemaAfter = history?.schema ?? replayMigrations([]);
  // Which tables and columns the live release never had: created by a migration it did not run.
  const since = history && ran ? sinceRelease(schemaAfter, ran) : undefined;
  const inChange = new Set(changed.map((p) => p.file.path));
  const addsEnumValues = [...schemaAfter.touches.values()].some((list) =>
    list.some((t) => t.kind === 'add-value' && inChange.has(t.at.file)),
  );
  const schemaSources = config['schema-sources'];
  const newRelease = addsEnumValues
    ? declaredEnums(
        await readReleaseExpectations(tree, {
          scanCode: false,
          ...(schemaSources ? { schemaSources } : {}),
        }),
      )
    : undefined;
  const result = await checkFallbackCompatibility({
    git: ctx.git,
    fallbackRef: fallback.ref,
    fallbackLabel: fallback.label,
    schemaAfter,
    inChange: (file) => inChange.has(file),
    ...(schemaSources ? { schemaSources } : {}),
    ...(newRelease && newRelease.enums.size ? { newRelease } : {}),
    ...(since ? { since } : {}),
    ...(history ? { typesBefore: await drizzleTypesBefore(tree, changed) } : {}),
    ...(history ? { keyDuplicates: await keyDuplicates(history.files, history.read, changed) } : {}),
  });
  ctx.log.debug(
    `fallback check against ${fallback.label}: ${result.sources.files.map((f) => f.path).join(', ') || 'no schema source'}, ` +
      `${result.sources.codeFiles} code file(s), ${result.sources.expectations.length} expectation(s), ${result.hits.length} hit(s)`,
  );
  return {
    ...(stale ? { findings: [stale] } : {}),
    review: result.review,
    data: {
      release: fallback.label,
      sources: result.sources.files.map((f) => f.path),
      codeFiles: result.sources.codeFiles,
      conservative: result.conservative,
      findings: result.hits.length,
    },
  };
}

/** Statements besides ALTER TABLE that lock a table a lock rule names (`RuleHit.locks`). */
const LOCKING_KINDS = new Set(['IndexStmt', 'ClusterStmt', 'VacuumStmt', 'ReindexStmt']);

function locksTables(files: readonly ParsedFile[]): boolean {
  return files.some((f) => f.statements.some((s) => LOCKING_KINDS.has(s.kind)));
}

/** A migration before the change that the release did not run: only then can a table be new since it. */
function unreleasedBefore(
  files: readonly MigrationFile[],
  changed: readonly ParsedFile[],
  ran: (file: string) => boolean,
): boolean {
  const inChange = new Set(changed.map((p) => p.file.path));
  return files.some((f) => f.direction === 'up' && !inChange.has(f.path) && !ran(f.path));
}

/** The change's whole migration history (not only the changed files the selection reads), listed, not parsed. */
async function listHistory(
  ctx: GateContext,
  tree: TreeReader,
): Promise<{ files: readonly MigrationFile[]; read: ReadText }> {
  const all = await tree.list();
  const read = await sqlReader(tree, all);
  const history = await discoverMigrations(all, ctx.settings.config.migrations, read);
  return { files: history.files, read };
}

/**
 * Which of the change's migration files the live release ran: by path, or by content or migration name
 * when the release's file was moved to another folder since (read and hashed only then).
 */
async function ranByLiveRelease(
  release: readonly MigrationIdentity[],
  files: readonly MigrationFile[],
  read: ReadText,
): Promise<(file: string) => boolean> {
  const later = new Set(files.map((f) => f.path));
  const ran = ranByRelease(release, later);
  const anyMoved = release.some((f) => !later.has(f.path));
  const releasePaths = new Set(release.map((f) => f.path));
  const answers = new Map<string, boolean>();
  for (const file of files) {
    if (releasePaths.has(file.path) || !anyMoved) continue;
    const text = await read(file.path);
    const oid = text === undefined ? undefined : blobOid(text, release[0]?.oid);
    answers.set(file.path, ran({ path: file.path, ...(oid ? { oid } : {}) }));
  }
  return (path) => answers.get(path) ?? ran({ path });
}

/** A clause for the gate's summary line. */
export function fallbackSummary(data: FallbackData): string {
  if (data.skipped || !data.release) return '';
  if (data.conservative)
    return `; ${data.release} has no schema source to compare with, so contract statements keep their verdict`;
  return `; checked against what ${data.release} uses (${data.sources.join(', ')})`;
}
