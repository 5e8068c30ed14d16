import { afterAll, describe, expect, it } from '@jest/globals';
import { TempRepo } from '../support/git-repo.js';
import { POST } from './new-since-release-repo.js';
import { PRISMA_INIT, PRISMA_SCHEMA_V1, runMigrationsGate } from './repos.js';

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.remove()));

const POST_PATH = 'prisma/migrations/20260201000000_post/migration.sql';
const LOCKS_PATH = 'prisma/migrations/20260301000000_locks/migration.sql';

/** v1.0.0 released; "Post" created on main after it (unreleased); the feature branch locks it and others. */
function locksRepo(feature: string): TempRepo {
  const repo = new TempRepo('rr-locks-new-');
  repos.push(repo);
  repo.write('prisma/schema.prisma', PRISMA_SCHEMA_V1);
  repo.write('prisma/migrations/20260101000000_init/migration.sql', PRISMA_INIT);
  repo.commit('v1.0.0', '2026-01-01T00:00:00Z');
  repo.tag('v1.0.0');
  repo.write(POST_PATH, POST);
  repo.commit('post table, merged, not released', '2026-01-02T00:00:00Z');
  repo.branch('feature');
  repo.write(LOCKS_PATH, feature);
  repo.commit('locks', '2026-01-03T00:00:00Z');
  return repo;
}

describe('lock rules on a table created since the live release', () => {
  it('say the release never had the table, drop "existing", and warn instead of blocking', async () => {
    const repo = locksRepo(
      [
        "SET lock_timeout = '2s';",
        'CREATE INDEX "Post_title_idx" ON "Post"("title");',
        'ALTER TABLE "Post" ADD CONSTRAINT "Post_uid_key" UNIQUE ("uid");',
        'ALTER TABLE "Post" ADD COLUMN "k" TEXT DEFAULT gen_random_uuid()::text;',
        'ALTER TABLE "Post" ADD CONSTRAINT "Post_n_pos" CHECK ("n" >= 0);',
      ].join('\n'),
    );
    const { findings } = await runMigrationsGate(repo);
    const origin = `created by ${POST_PATH}:1, a migration v1.0.0 did not include`;
    for (const [line, rule] of [
      [2, 'require-concurrent-index-creation'],
      [3, 'disallowed-unique-constraint'],
      [4, 'adding-volatile-default'],
      [5, 'constraint-missing-not-valid'],
    ] as const) {
      const hits = findings.filter((f) => f.line === line);
      expect(hits.map((f) => [f.rule, f.severity])).toEqual([[rule, 'warning']]);
      const [hit] = hits;
      expect(hit!.message).toContain('a table v1.0.0 never had');
      expect(hit!.message).toContain(origin);
      expect(hit!.message).not.toContain('existing table');
      // The lock itself is still described, and the advice is the rule's own safe sequence.
      expect(hit!.message).toMatch(/ACCESS EXCLUSIVE|blocks all writes/);
      expect(hit!.help).toMatch(
        /^Nothing to change if "Post" first ships with this release\. If it already holds rows in production: /,
      );
    }
  });

  it('read the history for a change that only builds an index (no ALTER TABLE)', async () => {
    const repo = locksRepo('CREATE INDEX "Post_title_idx" ON "Post"("title");\n');
    const { findings } = await runMigrationsGate(repo);
    const [hit, ...more] = findings.filter((f) => f.file === LOCKS_PATH);
    expect(more).toEqual([]);
    expect(hit).toMatchObject({ rule: 'require-concurrent-index-creation', severity: 'warning' });
    expect(hit!.message).toContain('a table v1.0.0 never had');
  });

  it('make the lock_timeout warning a notice: no query of the release queues behind the lock', async () => {
    const repo = locksRepo('ALTER TABLE "Post" ADD COLUMN "x" TEXT;\n');
    const { findings } = await runMigrationsGate(repo);
    const hit = findings.find((f) => f.file === LOCKS_PATH && f.rule === 'require-lock-timeout')!;
    expect(hit.severity).toBe('notice');
    expect(hit.message).toContain('What follows holds only for the new release\'s own use of "Post"');
    expect(hit.message).not.toContain('existing table');
  });

  it('keep the verdict on a table the release has, also when the locked table is new', async () => {
    const repo = locksRepo(
      [
        "SET lock_timeout = '2s';",
        'CREATE INDEX "users_name_idx" ON "users"("name");',
        'ALTER TABLE "Post" ADD COLUMN "owner" INTEGER REFERENCES "users"("id");',
      ].join('\n'),
    );
    const { findings } = await runMigrationsGate(repo);
    const index = findings.find((f) => f.line === 2)!;
    expect(index).toMatchObject({ rule: 'require-concurrent-index-creation', severity: 'error' });
    expect(index.message).toContain('existing table "users"');
    // The foreign key's scan also blocks writes to "users", which the release writes: still an error.
    const fk = findings.find((f) => f.line === 3 && f.rule === 'constraint-missing-not-valid')!;
    expect(fk.severity).toBe('error');
    expect(fk.message).not.toContain('never had');
  });

  it('say nothing about a table this change creates itself', async () => {
    const repo = locksRepo(
      [
        'CREATE TABLE "Tag" ("id" TEXT NOT NULL, "name" TEXT);',
        'CREATE INDEX "Tag_name_idx" ON "Tag"("name");',
      ].join('\n'),
    );
    const { findings } = await runMigrationsGate(repo);
    expect(findings.filter((f) => f.file === LOCKS_PATH && f.line === 2)).toEqual([]);
  });
});
