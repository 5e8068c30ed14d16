import { afterEach, describe, expect, it } from '@jest/globals';
import { TempRepo } from '../support/git-repo.js';
import { cli } from './support.js';
import type { PlanJson } from './support.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
});

const MIGRATIONS = 'prisma/migrations';
const schema = (fields: string) => `model User {\n  id Int @id @default(autoincrement())\n${fields}}\n`;

/**
 * A Prisma expand/contract history: v1.0.0 maps User.email; v1.1.0 stops using it (schema only);
 * v1.2.0 drops the column. Rolling back to v1.1.0 is safe, to v1.0.0 is not.
 */
function prismaHistory(): TempRepo {
  const repo = new TempRepo('rr-plan-fallback-');
  repos.push(repo);
  repo.write(
    `${MIGRATIONS}/20260101000000_init/migration.sql`,
    'CREATE TABLE "User" ("id" SERIAL PRIMARY KEY, "email" TEXT);\n',
  );
  repo.write('prisma/schema.prisma', schema('  email String?\n'));
  repo.commit('feat: users', '2026-01-01T00:00:00Z');
  repo.tag('v1.0.0');
  repo.write('prisma/schema.prisma', schema(''));
  repo.commit('feat: stop using email', '2026-01-02T00:00:00Z');
  repo.tag('v1.1.0');
  repo.write(
    `${MIGRATIONS}/20260103000000_drop_email/migration.sql`,
    'ALTER TABLE "User" DROP COLUMN "email";\n',
  );
  repo.commit('feat!: drop email', '2026-01-03T00:00:00Z');
  repo.tag('v1.2.0');
  return repo;
}

describe("rollback plan judged against the target release's own code", () => {
  it('passes when the target no longer uses what a contract migration removed', async () => {
    const repo = prismaHistory();
    const run = await cli(['rollback', 'plan', '--to', 'v1.1.0', '--format', 'json'], repo.dir);
    const plan = JSON.parse(run.stdout) as PlanJson;
    expect(run.code).toBe(0);
    const drop = plan.migrationsSince.find((m) => m.file.includes('drop_email'));
    expect(drop?.class).toBe('expand'); // proven safe: the target keeps working after it
    expect(drop?.findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: 'ban-drop-column', severity: 'notice' })]),
    );
  });

  it('blocks when the target still maps the dropped column, naming where its code uses it', async () => {
    const repo = prismaHistory();
    const run = await cli(['rollback', 'plan', '--to', 'v1.0.0', '--format', 'json'], repo.dir);
    const plan = JSON.parse(run.stdout) as PlanJson;
    expect(run.code).toBe(1);
    const drop = plan.migrationsSince.find((m) => m.file.includes('drop_email'));
    const compat = drop?.findings.find((f) => f.rule === 'fallback-reads-missing-column');
    expect(compat?.severity).toBe('error');
    expect(compat?.message).toContain('prisma/schema.prisma:3');
  });
});
