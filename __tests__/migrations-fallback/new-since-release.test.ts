import { afterAll, describe, expect, it } from '@jest/globals';
import { TempRepo } from '../support/git-repo.js';
import { PRISMA_INIT, PRISMA_SCHEMA_V1, runMigrationsGate } from './repos.js';

/**
 * A table created after the live release by a change merged since (not yet released), then tightened
 * by this change: the release never reads or writes it, so no hit may say it "breaks the previous
 * release" — the same evidence that makes dropping one of its columns safe.
 */
const POST = [
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
const TIGHTEN_PATH = 'prisma/migrations/20260301000000_tighten/migration.sql';

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

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.remove()));

describe('contract rules on a table created since the live release', () => {
  it('say the release never had it, keep only the lock, and do not make the statement contract', async () => {
    const repo = newSinceReleaseRepo();
    repos.push(repo);
    const outcome = await runMigrationsGate(repo);
    const at = (line: number) => outcome.findings.filter((f) => f.line === line && f.rule !== 'require-lock-timeout');
    const origin = 'created by prisma/migrations/20260201000000_post/migration.sql:1, a migration v1.0.0 did not include';
    for (const [line, rule, severity] of [
      [1, 'setting-not-null', 'warning'],
      [2, 'changing-column-type', 'warning'],
      [3, 'ban-drop-default', 'notice'],
      [4, 'ban-drop-constraint', 'notice'],
      [5, 'ban-drop-column', 'notice'],
    ] as const) {
      const [finding, ...more] = at(line);
      expect(more).toEqual([]);
      expect(finding).toMatchObject({ rule, severity, class: 'expand' });
      expect(finding!.message).toContain(`v1.0.0 never had`);
      expect(finding!.message).toContain(origin);
      expect(finding!.message).not.toMatch(/breaks the previous release|existing table/);
    }
    expect(at(1)[0]!.message).toContain('SET NOT NULL takes an ACCESS EXCLUSIVE lock and scans every row');
    // A table the release has keeps its verdict.
    expect(at(6)[0]).toMatchObject({ rule: 'setting-not-null', severity: 'error', class: 'contract' });
  });
});
