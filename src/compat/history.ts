import type { GitRepo } from '../git/git.js';
import type { MigrationsConfig } from '../gates/migrations/config.js';
import { discoverMigrations } from '../gates/migrations/discover.js';
import type { ReadText } from '../gates/migrations/discover.js';
import type { MigrationFile, ParsedFile } from '../gates/migrations/model.js';
import { ensureParser, parseMigration } from '../gates/migrations/parse.js';
import { MAX_MIGRATION_BYTES } from '../gates/migrations/read-source.js';
import type { ReplayedSchema } from '../schema-model/model.js';
import { replayMigrations } from '../schema-model/replay.js';
import { gitTree } from './sources.js';
import type { TreeReader } from './sources.js';

/**
 * Replay a migration history in run order. Files already parsed (the change's own) are reused; files
 * that cannot be read or decoded are skipped (the migrations gate reports them).
 */
export async function replayHistory(
  files: readonly MigrationFile[],
  read: ReadText,
  alreadyParsed: readonly ParsedFile[] = [],
): Promise<ReplayedSchema> {
  await ensureParser();
  const parsed = new Map(alreadyParsed.map((p) => [p.file.path, p]));
  const ordered: ParsedFile[] = [];
  for (const file of files) {
    if (file.direction !== 'up') continue;
    const known = parsed.get(file.path);
    if (known) {
      ordered.push(known);
      parsed.delete(file.path);
      continue;
    }
    const text = await read(file.path);
    if (text !== undefined) ordered.push(parseMigration(file, text));
  }
  ordered.push(...parsed.values()); // explicit files outside the discovered layouts run last
  return replayMigrations(ordered);
}

/**
 * A read function over a tree that fetches all its SQL files at once when the tree can (one git process
 * instead of one per migration); other paths, and trees without batch reads, are read one by one.
 */
export async function sqlReader(tree: TreeReader, paths: readonly string[]): Promise<ReadText> {
  const sql = paths.filter((p) => p.endsWith('.sql'));
  const prefetched = tree.readMany ? await tree.readMany(sql, MAX_MIGRATION_BYTES) : undefined;
  return async (path) => {
    if (prefetched?.has(path)) return prefetched.get(path);
    if (prefetched && path.endsWith('.sql')) return undefined; // too large, binary or missing
    return tree.read(path);
  };
}

/**
 * The schema a release's whole migration history leaves behind, read from git at `ref`: what
 * `rollback plan` compares its target with (`checkFallbackCompatibility({ schemaAfter })`).
 */
export async function replayHistoryAt(
  git: GitRepo,
  ref: string,
  config: MigrationsConfig,
): Promise<ReplayedSchema> {
  const tree = gitTree(git, ref);
  const all = await tree.list();
  const read = await sqlReader(tree, all);
  const discovery = await discoverMigrations(all, config, read);
  return replayHistory(discovery.files, read);
}
