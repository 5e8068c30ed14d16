import { createHash } from 'node:crypto';
import type { GitRepo } from '../../git/git.js';
import type { MigrationsConfig } from './config.js';
import { discoverMigrations } from './discover.js';

/*
 * Which migrations a tree has, as a runner records them (path, migration name, content): how the fallback
 * review tells what a release ran, and how the release before a change is checked against the change.
 */

/** A migration file as two trees are compared: where it is and what it holds (its git blob id). */
export interface MigrationIdentity {
  path: string;
  oid?: string;
}

/** The name a runner records a migration under: the folder of a `migration.sql` (Prisma, Drizzle), else the file name. */
export function migrationName(path: string): string {
  const parts = path.split('/');
  const base = parts[parts.length - 1]!;
  return base === 'migration.sql' && parts.length > 1 ? parts[parts.length - 2]! : base;
}

/**
 * Which files of a later tree the release already ran: the same path; or, for a release migration
 * that is no longer at its path (moved to another folder), the same content or the same migration name.
 */
export function ranByRelease(
  release: readonly MigrationIdentity[],
  laterPaths: ReadonlySet<string>,
): (file: MigrationIdentity) => boolean {
  const paths = new Set(release.map((f) => f.path));
  const moved = release.filter((f) => !laterPaths.has(f.path));
  const oids = new Set(moved.flatMap((f) => (f.oid ? [f.oid] : [])));
  const names = new Set(moved.map((f) => migrationName(f.path)));
  return (file) =>
    paths.has(file.path) || (!!file.oid && oids.has(file.oid)) || names.has(migrationName(file.path));
}

/** The up migrations of the tree at `ref`, with their blob ids: one git process, plus the few config files discovery reads. */
export async function migrationIdentitiesAt(
  git: GitRepo,
  ref: string,
  config: MigrationsConfig,
): Promise<MigrationIdentity[]> {
  const entries = (await git.listTreeAt(ref)).filter((e) => e.type === 'blob');
  const oids = new Map(entries.map((e) => [e.path, e.oid]));
  // Every path, as discovery needs them (migration_lock.toml, prisma.config.*, package.json name Prisma
  // folders), and those few files read; SQL is not read: a plain file cannot be told from a dbmate one
  // without it, and both keep their path, which is all this needs.
  const discovery = await discoverMigrations([...oids.keys()], config, async (path) =>
    path.endsWith('.sql') ? undefined : git.readFileAt(ref, path),
  );
  return discovery.files
    .filter((f) => f.direction === 'up')
    .map((f) => ({ path: f.path, ...(oids.has(f.path) ? { oid: oids.get(f.path)! } : {}) }));
}

/** The git blob id of a text, as `git hash-object` computes it (SHA-1, or SHA-256 in a repository that uses it). */
export function blobOid(text: string, likeOid?: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash(likeOid?.length === 64 ? 'sha256' : 'sha1')
    .update(`blob ${bytes.length}\0`)
    .update(bytes)
    .digest('hex');
}
