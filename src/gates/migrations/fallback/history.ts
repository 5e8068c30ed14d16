import { createHash } from 'node:crypto';
import type { GitRepo } from '../../../git/git.js';
import type { MigrationsConfig } from '../config.js';
import { discoverMigrations } from '../discover.js';
import type { Discovery, ReadText } from '../discover.js';
import type { MigrationFile, ParsedFile } from '../../../sql/model.js';
import { ensureParser } from '../../../sql/parse.js';
import { parseMigration } from '../layouts/parse-migration.js';
import { parseMigrations } from '../parse-store.js';
import type { ParseStore } from '../parse-store.js';
import { decodeSource, MAX_MIGRATION_BYTES, tooLargeProblem } from '../read-source.js';
import type { SourceText } from '../read-source.js';
import type { ReplayedSchema } from '../../../schema-model/model.js';
import { replayCacheKey } from '../../../schema-model/replay-cache.js';
import type { ReplayCache } from '../../../schema-model/replay-cache.js';
import { replayMigrations } from '../../../schema-model/replay.js';
import type { TreeReader } from '../../../schema-sources/sources.js';

/**
 * Replay a migration history in run order. Files already parsed (the change's own) are reused; files
 * that cannot be read or decoded are skipped (the migrations gate reports them). With a `cache`, the
 * same history (same paths, layouts, directions and texts, in the same order) is answered from disk
 * and nothing is parsed: a PR check costs the same at any length of history.
 */
export async function replayHistory(
  files: readonly MigrationFile[],
  read: ReadText,
  alreadyParsed: readonly ParsedFile[] = [],
  cache?: ReplayCache,
): Promise<ReplayedSchema> {
  const parsed = new Map(alreadyParsed.map((p) => [p.file.path, p]));
  const ordered: ({ file: MigrationFile; text: string } | ParsedFile)[] = [];
  for (const file of files) {
    if (file.direction !== 'up') continue;
    const known = parsed.get(file.path);
    if (known) {
      ordered.push(known);
      parsed.delete(file.path);
      continue;
    }
    const text = await read(file.path);
    if (text !== undefined) ordered.push({ file, text });
  }
  ordered.push(...parsed.values()); // explicit files outside the discovered layouts run last
  const key = cache
    ? replayCacheKey(
        ordered.map(({ file, text }) => ({
          path: file.path,
          layout: file.layout,
          direction: file.direction,
          // Not a git blob id: the work tree's files have none. The text the parser would see decides.
          oid: `sha256:${createHash('sha256')
            .update(text.replace(/^\uFEFF/, ''))
            .digest('hex')}`,
        })),
      )
    : '';
  const cached = cache?.get(key);
  if (cached) return cached;
  if (ordered.some((o) => !('statements' in o))) await ensureParser();
  const schema = replayMigrations(
    ordered.map((o) => ('statements' in o ? o : parseMigration(o.file, o.text))),
  );
  cache?.set(key, schema);
  return schema;
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
 * A release's migrations as git has them at one commit: listed with their blob ids, every SQL file
 * read in one batch (two git processes in all), discovered once. Parsing is left to the caller, so
 * each file is parsed at most once per run whoever needs it.
 */
export interface MigrationTree {
  ref: string;
  discovery: Discovery;
  /** Up migrations in run order. */
  up: MigrationFile[];
  /** The file's content id: its git blob id. */
  oid(path: string): string | undefined;
  /** Text, or why it cannot be SQL (too large, binary, not UTF-8); undefined when not in the tree. */
  source(path: string): SourceText | undefined;
}

export async function readMigrationTree(
  git: GitRepo,
  ref: string,
  config: MigrationsConfig,
): Promise<MigrationTree> {
  const entries = await git.listTreeAt(ref);
  const sql = entries.filter((e) => e.type === 'blob' && e.path.endsWith('.sql'));
  const oids = new Map(sql.map((e) => [e.path, e.oid]));
  const blobs = await git.readBlobsByOid(sql, MAX_MIGRATION_BYTES);
  const sources = new Map<string, SourceText>();
  for (const [path, oid] of oids) {
    const blob = blobs.get(oid);
    if (!blob) continue;
    sources.set(path, 'bytes' in blob ? decodeSource(blob.bytes) : { problem: tooLargeProblem(blob.size) });
  }
  const text = (path: string) => {
    const source = sources.get(path);
    return source && 'text' in source ? source.text : undefined;
  };
  const discovery = await discoverMigrations(
    entries.map((e) => e.path),
    config,
    // SQL comes from the batch; the few other files discovery asks for (prisma.config.*, package.json) one by one.
    async (path) => (path.endsWith('.sql') ? text(path) : git.readFileAt(ref, path)),
  );
  return {
    ref,
    discovery,
    up: discovery.files.filter((f) => f.direction === 'up'),
    oid: (path) => oids.get(path),
    source: (path) => sources.get(path),
  };
}

/**
 * Parse these files of the tree, each once: files already in `parsed` are kept, readable ones are
 * added; unreadable ones are left out (the caller reports them). With a `store`, files parsed together
 * before are read from disk and the parser is not loaded (parse-store.ts).
 */
export async function parseTreeFiles(
  tree: MigrationTree,
  files: readonly MigrationFile[],
  parsed: Map<string, ParsedFile>,
  store?: ParseStore,
): Promise<void> {
  const missing = files.flatMap((file) => {
    const source = parsed.has(file.path) ? undefined : tree.source(file.path);
    return source && 'text' in source ? [{ file, text: source.text }] : [];
  });
  for (const p of await parseMigrations(missing, store)) parsed.set(p.file.path, p);
}

/**
 * The schema the tree's whole migration history leaves behind. Answered from `cache` when the same
 * history (same files, same contents) was replayed before; otherwise the missing files are parsed into
 * `parsed` (shared with the caller's lint), replayed, and the result is stored.
 */
export async function replayTree(
  tree: MigrationTree,
  parsed: Map<string, ParsedFile>,
  cache?: ReplayCache,
): Promise<ReplayedSchema> {
  const readable = tree.up.filter((f) => {
    const source = tree.source(f.path);
    return source && 'text' in source;
  });
  const key = replayCacheKey(
    readable.map((f) => ({
      path: f.path,
      layout: f.layout,
      direction: f.direction,
      oid: tree.oid(f.path)!, // every readable file came from a blob of the tree
    })),
  );
  const cached = cache?.get(key);
  if (cached) return cached;
  await parseTreeFiles(tree, readable, parsed);
  const schema = replayMigrations(readable.flatMap((f) => parsed.get(f.path) ?? []));
  cache?.set(key, schema);
  return schema;
}

/**
 * The schema a release's whole migration history leaves behind, read from git at `ref`: what
 * `rollback plan` compares its target with (`checkFallbackCompatibility({ schemaAfter })`).
 */
export async function replayHistoryAt(
  git: GitRepo,
  ref: string,
  config: MigrationsConfig,
  cache?: ReplayCache,
): Promise<ReplayedSchema> {
  return replayTree(await readMigrationTree(git, ref, config), new Map(), cache);
}
