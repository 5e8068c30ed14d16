import { afterAll, describe, expect, it } from '@jest/globals';
import { TempRepo } from '../support/git-repo.js';
import { runMigrationsGate } from '../migrations-fallback/repos.js';

const INIT = 'prisma/migrations/20260101000000_init/migration.sql';
const BOARDS = 'prisma/migrations/20260201000000_boards/migration.sql';

/** v1.0.0 has INIT; BOARDS is merged on main after it (umami's 16_boards before v3.1.0); the feature edits one of them. */
function repoEditing(path: string): TempRepo {
  const repo = new TempRepo('rr-edited-unreleased-');
  repo.write('prisma/migrations/migration_lock.toml', 'provider = "postgresql"\n');
  repo.write(INIT, 'CREATE TABLE "website" ("id" UUID NOT NULL);\n');
  repo.commit('v1.0.0', '2026-01-01T00:00:00Z');
  repo.tag('v1.0.0');
  repo.write(BOARDS, 'CREATE TABLE "board" ("id" UUID NOT NULL);\n');
  repo.commit('boards', '2026-01-02T00:00:00Z');
  repo.branch('feature');
  repo.write(path, 'CREATE TABLE IF NOT EXISTS "x" ("id" UUID NOT NULL);\n');
  repo.commit('edit', '2026-01-03T00:00:00Z');
  return repo;
}

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.remove()));

describe('edited-shipped-migration and the release tags', () => {
  it('an edit of a migration merged after the newest release is a warning that says production has not run it', async () => {
    const repo = repoEditing(BOARDS);
    repos.push(repo);
    const finding = (await runMigrationsGate(repo)).findings.find((f) => f.rule === 'edited-shipped-migration');
    expect(finding).toMatchObject({ severity: 'warning', file: BOARDS, line: 1 });
    expect(finding!.message).toContain('in no release yet (v1.0.0 does not have it)');
    expect(finding!.message).not.toContain('already shipped');
  });

  it('an edit of a released migration stays an error', async () => {
    const repo = repoEditing(INIT);
    repos.push(repo);
    const finding = (await runMigrationsGate(repo)).findings.find((f) => f.rule === 'edited-shipped-migration');
    expect(finding).toMatchObject({ severity: 'error', file: INIT });
    expect(finding!.message).toContain('already shipped');
  });
});
