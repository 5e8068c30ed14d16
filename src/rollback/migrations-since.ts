import type { ChangeClass, Finding } from '../core/finding.js';
import { checkFallbackCompatibility } from '../gates/migrations/fallback/fallback.js';
import { parseTreeFiles, readMigrationTree, replayTree } from '../gates/migrations/fallback/history.js';
import type { MigrationTree } from '../gates/migrations/fallback/history.js';
import { errorMessage } from '../core/errors.js';
import type { Logger } from '../core/gate.js';
import type { GitRepo } from '../git/git.js';
import { changedPathsBetween, rememberTreeListings } from '../git/tree-listings.js';
import type { MigrationsConfig } from '../gates/migrations/config.js';
import { docsUrl, lintParsedFiles } from '../gates/migrations/engine.js';
import type { StatementReview } from '../gates/migrations/engine.js';
import type { ParsedFile } from '../sql/model.js';
import { parseStoreBeside } from '../gates/migrations/parse-store.js';
import { expectationStoreBeside } from '../gates/migrations/fallback/expectation-store.js';
import type { ReplayCache } from '../schema-model/replay-cache.js';
import {
  sinceRelease,
  migrationIdentitiesAt,
  ranByRelease,
} from '../gates/migrations/fallback/since-release.js';
import { forRollback, IGNORE_HYGIENE } from './plan-review.js';

/** One migration applied between the rollback target and the live release, as the migrations gate classes it. */
export interface MigrationSince {
  file: string;
  class: ChangeClass;
  findings: Finding[];
}

/**
 * Migrations added or changed from `older` to `newer` (up migrations only: down files undo, they are
 * not applied on deploy), in run order, each classified by the migrations gate's engine over one
 * shared schema state. Read from git at `newer`, never from the work tree.
 *
 * All of them are judged, however many: the tree at `newer` is listed and its SQL read in one batch,
 * each file is parsed once (the lint and the history replay share the parse), and the replayed
 * schema and the parses come from the content-keyed cache when the same history was replayed and the
 * same files parsed before (then the parser is not even loaded). Each tree is listed once (its
 * migrations, its code and the difference between the two all come from that listing), and what the
 * target's code expects comes from the same cache folder, by its git tree id (expectation-store.ts).
 */
export async function migrationsSince(
  repo: GitRepo,
  older: string,
  newer: string,
  config: MigrationsConfig,
  options: { fallbackLabel?: string; log?: Logger; cache?: ReplayCache } = {},
): Promise<MigrationSince[]> {
  if (older === newer) return [];
  const git = rememberTreeListings(repo);
  const [olderEntries, newerEntries, tree, olderFiles] = await Promise.all([
    git.listTreeAt(older),
    git.listTreeAt(newer),
    readMigrationTree(git, newer, config),
    migrationIdentitiesAt(git, older, config),
  ]);
  const changedPaths = changedPathsBetween(olderEntries, newerEntries);
  // A migration the target already ran is not applied since, wherever it lives now: a file moved to
  // another folder (same content, or the same migration name) is the same migration, not a new one.
  const ranByTarget = ranByRelease(olderFiles, new Set(tree.up.map((f) => f.path)));
  const ran = (path: string) => ranByTarget({ path, ...(tree.oid(path) ? { oid: tree.oid(path)! } : {}) });
  const files = tree.up.filter((f) => changedPaths.has(f.path) && !ran(f.path));
  if (!files.length) return [];
  const parsed = new Map<string, ParsedFile>();
  await parseTreeFiles(tree, files, parsed, options.cache ? parseStoreBeside(options.cache) : undefined);
  const out: MigrationSince[] = [];
  const since: ParsedFile[] = [];
  for (const file of files) {
    const done = parsed.get(file.path);
    if (done) {
      since.push(done);
      continue;
    }
    const source = tree.source(file.path);
    out.push({
      file: file.path,
      class: 'unknown',
      findings: [
        {
          gate: 'migrations',
          rule: 'unreadable-file',
          severity: 'error',
          file: file.path,
          message: `Cannot classify this migration: ${source && 'problem' in source ? source.problem : 'it could not be read from git'}.`,
          docs: docsUrl('unreadable-file'),
        },
      ],
    });
  }
  const fallback = await fallbackReviewFor(git, older, tree, parsed, config, since, ran, options);
  const review = forRollback(fallback);
  for (const linted of lintParsedFiles(since, { config, review })) {
    // Ignore-comment hygiene is a pull request's business; many ignores name deploy-time rules left out here.
    const findings = linted.findings.filter((f) => !IGNORE_HYGIENE.has(f.rule));
    out.push({ file: linted.file.path, class: linted.class, findings });
  }
  const order = new Map(files.map((f, i) => [f.path, i]));
  return out.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
}

/**
 * What the rollback target's own code still uses, compared with the schema the live release leaves
 * (src/gates/migrations/fallback, reading src/schema-sources): a contract step the target no longer needs is safe, one it still needs blocks. Without
 * a readable schema source, or on any error, the verdicts stay conservative.
 */
async function fallbackReviewFor(
  git: GitRepo,
  older: string,
  tree: MigrationTree,
  parsedFiles: Map<string, ParsedFile>,
  config: MigrationsConfig,
  since: readonly ParsedFile[],
  ranByTarget: (file: string) => boolean,
  options: { fallbackLabel?: string; log?: Logger; cache?: ReplayCache },
): Promise<StatementReview | undefined> {
  if (!config['fallback-aware'] || !since.length) return undefined;
  try {
    const inChange = new Set(since.map((p) => p.file.path));
    const schemaAfter = await replayTree(tree, parsedFiles, options.cache);
    const schemaSources = config['schema-sources'];
    const compat = await checkFallbackCompatibility({
      git,
      fallbackRef: older,
      // The PR check's store, by the target's tree id: a plan to the release a PR check compared with
      // (or any commit of the same tree) reads none of its code. No cache given: read every time.
      expectationStore: options.cache ? expectationStoreBeside(options.cache) : null,
      ...(options.fallbackLabel ? { fallbackLabel: options.fallbackLabel } : {}),
      schemaAfter,
      inChange: (file) => inChange.has(file),
      since: sinceRelease(schemaAfter, ranByTarget),
      ...(schemaSources ? { schemaSources } : {}),
    });
    return compat.review;
  } catch (error) {
    options.log?.warn(`could not compare with the rollback target's code: ${errorMessage(error)}`);
    return undefined;
  }
}
