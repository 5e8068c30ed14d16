import { afterEach, describe, expect, it } from '@jest/globals';
import type { TempRepo } from '../support/git-repo.js';
import { TempRepo as Repo } from '../support/git-repo.js';
import { PRISMA_INIT, PRISMA_SCHEMA_V1, runMigrationsGate } from './repos.js';

const repos: TempRepo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.remove()));

/** main: release v2.1.0 on `releasedOn`, then `later` commits up to `baseDate`; a feature adds a migration. */
function repoWithRelease(releasedOn: string, later: number, baseDate: string): TempRepo {
  const repo = new Repo('rr-stale-');
  repos.push(repo);
  repo.write('prisma/schema.prisma', PRISMA_SCHEMA_V1);
  repo.write('prisma/migrations/20230101000000_init/migration.sql', PRISMA_INIT);
  repo.commit('release', releasedOn);
  repo.tag('v2.1.0', false);
  // Another family's newer tag is never the previous release.
  for (let i = 0; i < later; i++) {
    repo.write('notes.txt', `${i}\n`).commit(`work ${i}`, baseDate);
    if (i === 0) repo.tag('v.docker.9.9.9', false);
  }
  repo.branch('feature');
  repo.write(
    'prisma/migrations/20260901000000_add_nick/migration.sql',
    'ALTER TABLE "User" ADD COLUMN "nick" TEXT;\n',
  );
  repo.commit('feature', baseDate);
  return repo;
}

const stale = (findings: { rule: string; message: string }[]) =>
  findings.filter((f) => f.rule === 'stale-previous-release');

describe('stale-previous-release', () => {
  it('warns when the previous release is many commits behind the base, naming it, its date and the distance', async () => {
    const repo = repoWithRelease('2026-08-01T00:00:00Z', 4, '2026-08-20T00:00:00Z');
    const outcome = await runMigrationsGate(repo, { 'previous-release-max-commits': 3 });
    expect(stale(outcome.findings)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining(
          "The previous release is v2.1.0 from 2026-08-01, 4 commit(s) behind this PR's base (19 days older): is this the release you would roll back to?",
        ),
        docs: expect.stringMatching(/rules\/stale-previous-release\.md$/),
      }),
    ]);
  });

  it('warns by default when the release is months older than the base', async () => {
    const repo = repoWithRelease('2023-09-06T12:00:00Z', 2, '2026-08-20T00:00:00Z');
    const outcome = await runMigrationsGate(repo);
    expect(stale(outcome.findings)[0]?.message).toContain(
      "The previous release is v2.1.0 from 2023-09-06, 2 commit(s) behind this PR's base (1,078 days older)",
    );
  });

  it('says nothing when the previous release is recent and close', async () => {
    const repo = repoWithRelease('2026-08-01T00:00:00Z', 4, '2026-08-20T00:00:00Z');
    const outcome = await runMigrationsGate(repo);
    expect(stale(outcome.findings)).toEqual([]);
  });
});
