import { TempRepo } from '../support/git-repo.js';
import { PRISMA_INIT, PRISMA_SCHEMA_V1 } from './repos.js';

/**
 * A table created after the live release by a change merged since (not yet released), then tightened
 * by this change: the release never reads or writes it, so no hit may say it "breaks the previous
 * release" — the same evidence that makes dropping one of its columns safe.
 */
export const POST = [
  'CREATE TABLE "Post" ("id" TEXT NOT NULL, "title" TEXT, "n" INTEGER, "s" TEXT DEFAULT \'x\', "uid" TEXT,',
  '  CONSTRAINT "Post_pkey" PRIMARY KEY ("id"), CONSTRAINT "Post_n_check" CHECK ("n" > 0));',
].join('\n');
export const TIGHTEN = [
  'ALTER TABLE "Post" ALTER COLUMN "title" SET NOT NULL;',
  'ALTER TABLE "Post" ALTER COLUMN "n" SET DATA TYPE BIGINT;',
  'ALTER TABLE "Post" ALTER COLUMN "s" DROP DEFAULT;',
  'ALTER TABLE "Post" DROP CONSTRAINT "Post_n_check";',
  'ALTER TABLE "Post" DROP COLUMN "uid";',
  'ALTER TABLE "users" ALTER COLUMN "name" SET NOT NULL;',
].join('\n');
export const TIGHTEN_PATH = 'prisma/migrations/20260301000000_tighten/migration.sql';

/** v1.0.0 released; "Post" created on main after it (unreleased); the feature branch tightens it. */
export function newSinceReleaseRepo(): TempRepo {
  const repo = new TempRepo('rr-new-since-');
  repo.write('prisma/schema.prisma', PRISMA_SCHEMA_V1);
  repo.write('prisma/migrations/20260101000000_init/migration.sql', PRISMA_INIT);
  repo.commit('v1.0.0', '2026-01-01T00:00:00Z');
  repo.tag('v1.0.0');
  repo.write('prisma/migrations/20260201000000_post/migration.sql', POST);
  repo.commit('post table, merged, not released', '2026-01-02T00:00:00Z');
  repo.branch('feature');
  repo.write(TIGHTEN_PATH, TIGHTEN);
  repo.commit('tighten', '2026-01-03T00:00:00Z');
  return repo;
}

