import type { ChangeClass, Finding } from '../core/finding.js';
import { checkFallbackCompatibility } from '../compat/fallback.js';
import { replayHistoryAt } from '../compat/history.js';
import { errorMessage } from '../core/errors.js';
import type { Logger } from '../core/gate.js';
import type { GitRepo } from '../git/git.js';
import type { MigrationsConfig } from '../gates/migrations/config.js';
import { discoverMigrations } from '../gates/migrations/discover.js';
import { docsUrl, lintParsedFiles } from '../gates/migrations/engine.js';
import type { StatementReview } from '../gates/migrations/engine.js';
import type { ParsedFile } from '../gates/migrations/model.js';
import { ensureParser, parseMigration } from '../gates/migrations/parse.js';
import { decodeSource, MAX_MIGRATION_BYTES } from '../gates/migrations/read-source.js';

/** One migration applied between the rollback target and the live release, as the migrations gate classes it. */
export interface MigrationSince {
  file: string;
  class: ChangeClass;
  findings: Finding[];
}

/** At most this many migrations are classified (a rollback across more is not a rollback). */
const MAX_MIGRATIONS = 500;

/**
 * Migrations added or changed from `older` to `newer` (up migrations only: down files undo, they are
 * not applied on deploy), in run order, each classified by the migrations gate's engine over one
 * shared schema state. Read from git at `newer`, never from the work tree.
 */
export async function migrationsSince(
  git: GitRepo,
  older: string,
  newer: string,
  config: MigrationsConfig,
  options: { fallbackLabel?: string; log?: Logger } = {},
): Promise<MigrationSince[]> {
  if (older === newer) return [];
  const changed = await git.changedFiles(older, newer);
  const texts = new Map<string, { text: string } | { problem: string }>();
  const read = async (path: string) => {
    if (!texts.has(path)) {
      const bytes = await git.readBytesCapped(newer, path, MAX_MIGRATION_BYTES);
      if (bytes === undefined) return undefined;
      texts.set(
        path,
        'tooLarge' in bytes
          ? { problem: `the file is ${bytes.size} bytes, over the migration size limit` }
          : decodeSource(bytes.bytes),
      );
    }
    const source = texts.get(path)!;
    return 'text' in source ? source.text : undefined;
  };
  const discovery = await discoverMigrations(
    changed.map((c) => c.path),
    config,
    read,
  );
  const files = discovery.files.filter((f) => f.direction === 'up').slice(0, MAX_MIGRATIONS);
  if (!files.length) return [];
  await ensureParser();
  const out: MigrationSince[] = [];
  const parsed: ParsedFile[] = [];
  const order: string[] = [];
  for (const file of files) {
    await read(file.path);
    const source = texts.get(file.path);
    if (!source || 'problem' in source) {
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
      order.push(file.path);
      continue;
    }
    parsed.push(parseMigration(file, source.text));
    order.push(file.path);
  }
  const review = await fallbackReviewFor(git, older, newer, config, parsed, options);
  for (const linted of lintParsedFiles(parsed, { config, ...(review ? { review } : {}) })) {
    out.push({ file: linted.file.path, class: linted.class, findings: linted.findings });
  }
  return out.sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file));
}

/**
 * What the rollback target's own code still uses, compared with the schema the live release leaves
 * (src/compat): a contract step the target no longer needs is safe, one it still needs blocks. Without
 * a readable schema source, or on any error, the verdicts stay conservative.
 */
async function fallbackReviewFor(
  git: GitRepo,
  older: string,
  newer: string,
  config: MigrationsConfig,
  parsed: readonly ParsedFile[],
  options: { fallbackLabel?: string; log?: Logger },
): Promise<StatementReview | undefined> {
  if (!config['fallback-aware'] || !parsed.length) return undefined;
  try {
    const inChange = new Set(parsed.map((p) => p.file.path));
    const compat = await checkFallbackCompatibility({
      git,
      fallbackRef: older,
      ...(options.fallbackLabel ? { fallbackLabel: options.fallbackLabel } : {}),
      schemaAfter: await replayHistoryAt(git, newer, config),
      inChange: (file) => inChange.has(file),
      ...(config['schema-sources'] ? { schemaSources: config['schema-sources'] } : {}),
    });
    return compat.review;
  } catch (error) {
    options.log?.warn(`could not compare with the rollback target's code: ${errorMessage(error)}`);
    return undefined;
  }
}
