import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Report } from '../../src/core/report.js';
import { snapshotBundles } from '../support/bundles.js';
import type { BundleSnapshot } from '../support/bundles.js';
import { TempRepo } from '../support/git-repo.js';
import { newSinceReleaseRepo } from './new-since-release-repo.js';

/**
 * Verdicts found wrong on real Prisma and Drizzle apps (papermark's delete-team and Conversation → Chat
 * migrations, a Drizzle widening), through the built CLI on real git repositories, as a user runs it.
 */

let bundles: BundleSnapshot;
const repos: TempRepo[] = [];
const track = (repo: TempRepo) => (repos.push(repo), repo);

beforeAll(async () => {
  bundles = await snapshotBundles();
}, 180_000);
afterAll(() => {
  repos.forEach((r) => r.remove());
  bundles?.remove();
});

function run(repo: TempRepo, args: string[]): { status: number | null; stdout: string } {
  const result = bundles.runCli(args, repo.dir);
  expect(result.stderr).not.toContain('internal error');
  return result;
}

function lintJson(repo: TempRepo, base: string): { status: number | null; report: Report } {
  const result = run(repo, ['lint', '--base', base, '--head', 'HEAD', '--format', 'json']);
  return { status: result.status, report: JSON.parse(result.stdout) };
}

const INIT = [
  'CREATE TABLE "User" ("id" TEXT NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));',
  'CREATE TABLE "Conversation" ("id" TEXT NOT NULL, "userId" TEXT NOT NULL, CONSTRAINT "Conversation_pkey" PRIMARY KEY ("id"));',
  'CREATE INDEX "Conversation_userId_idx" ON "Conversation"("userId");',
  'ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;',
].join('\n');

function prismaRepo(change: Record<string, string>): TempRepo {
  const repo = track(new TempRepo('rr-real-verdicts-'));
  repo.write('prisma/migrations/migration_lock.toml', 'provider = "postgresql"\n');
  repo.write('prisma/migrations/20260101000000_init/migration.sql', INIT);
  repo.commit('v1.0.0', '2026-01-01T00:00:00Z');
  repo.tag('v1.0.0');
  for (const [path, text] of Object.entries(change)) repo.write(path, text);
  repo.commit('change', '2026-01-02T00:00:00Z');
  repo.tag('v1.1.0');
  return repo;
}

describe('verdicts on real-app shapes, through the CLI', () => {
  it('blocks DROP NOT NULL when the same migration re-adds the foreign key ON DELETE SET NULL', () => {
    const path = 'prisma/migrations/20260201000000_owner_optional/migration.sql';
    const repo = prismaRepo({
      [path]: [
        'ALTER TABLE "Conversation" DROP CONSTRAINT "Conversation_userId_fkey";',
        'ALTER TABLE "Conversation" ALTER COLUMN "userId" DROP NOT NULL;',
        'ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE NOT VALID;',
      ].join('\n'),
    });
    const { status, report } = lintJson(repo, 'v1.0.0');
    expect(status).toBe(1);
    const finding = report.findings.find((f) => f.rule === 'ban-drop-not-null');
    expect(finding).toMatchObject({ severity: 'error', line: 2, class: 'contract' });
    expect(finding!.message).toContain('foreign key "Conversation_userId_fkey" ON DELETE SET NULL (line 3)');
  });

  it('classes index, constraint and sequence renames as expand in the rollback plan, not "check by hand"', () => {
    const path = 'prisma/migrations/20260201000000_rename_indexes/migration.sql';
    const repo = prismaRepo({
      [path]: [
        'ALTER INDEX "Conversation_userId_idx" RENAME TO "Conversation_owner_idx";',
        'ALTER INDEX "Conversation_pkey" RENAME TO "Conversation_pk";',
        'ALTER TABLE "Conversation" RENAME CONSTRAINT "Conversation_userId_fkey" TO "Conversation_owner_fkey";',
      ].join('\n'),
    });
    const plan = run(repo, ['rollback', 'plan', '--from', 'v1.1.0', '--to', 'v1.0.0']);
    expect(plan.status).toBe(0);
    expect(plan.stdout).toContain(`expand   ${path}`);
    expect(plan.stdout).not.toContain('rollback-schema-unknown');
  });

  it('does not call a table created since the live release "existing" or its tightening a contract change', () => {
    const repo = track(newSinceReleaseRepo());
    const { status, report } = lintJson(repo, 'main');
    const post = report.findings.filter(
      (f) => f.line !== undefined && f.line <= 5 && f.rule !== 'require-lock-timeout',
    );
    expect(post.map((f) => [f.rule, f.severity])).toEqual([
      ['setting-not-null', 'warning'],
      ['changing-column-type', 'warning'],
      ['ban-drop-default', 'notice'],
      ['ban-drop-constraint', 'notice'],
      ['ban-drop-column', 'notice'],
    ]);
    for (const f of post) expect(f.message).toContain('v1.0.0 never had');
    // Line 6 tightens "users", which v1.0.0 has: that block stands.
    expect(status).toBe(1);
    expect(report.findings.find((f) => f.line === 6 && f.rule === 'setting-not-null')?.severity).toBe(
      'error',
    );
  });

  it('passes a Drizzle varchar widening that the previous snapshot proves (the table is not in the SQL history)', () => {
    const repo = track(new TempRepo('rr-real-drizzle-'));
    const journal = (tags: string[]) =>
      JSON.stringify({
        version: '7',
        dialect: 'postgresql',
        entries: tags.map((tag, idx) => ({ idx, version: '7', when: idx, tag, breakpoints: true })),
      });
    repo.write(
      'drizzle/0000_init.sql',
      '-- introspected\n/*\nCREATE TABLE "teams" ("id" serial PRIMARY KEY, "name" varchar(100));\n*/\n',
    );
    repo.write('drizzle/meta/_journal.json', journal(['0000_init']));
    repo.write(
      'drizzle/meta/0000_snapshot.json',
      JSON.stringify({
        tables: {
          'public.teams': {
            name: 'teams',
            schema: '',
            columns: { name: { name: 'name', type: 'varchar(100)' } },
          },
        },
      }),
    );
    repo.commit('v1.0.0', '2026-01-01T00:00:00Z');
    repo.tag('v1.0.0');
    repo.write(
      'drizzle/0001_wider.sql',
      'ALTER TABLE "teams" ALTER COLUMN "name" SET DATA TYPE varchar(255);',
    );
    repo.write('drizzle/meta/_journal.json', journal(['0000_init', '0001_wider']));
    repo.commit('wider', '2026-01-02T00:00:00Z');
    const { status, report } = lintJson(repo, 'v1.0.0');
    expect(status).toBe(0);
    const finding = report.findings.find((f) => f.rule === 'changing-column-type');
    expect(finding).toMatchObject({ severity: 'notice', class: 'expand' });
    expect(finding!.message).toContain(
      'from varchar(100) to varchar(255) (its type in drizzle/meta/0000_snapshot.json)',
    );
  });

  it("does not parse umami's MySQL and ClickHouse migrations as Postgres: it says they were not checked", () => {
    const repo = track(new TempRepo('rr-real-multidb-'));
    repo.write('db/postgresql/migrations/migration_lock.toml', 'provider = "postgresql"\n');
    repo.write(
      'db/postgresql/migrations/01_init/migration.sql',
      'CREATE TABLE "website" ("id" UUID NOT NULL);',
    );
    repo.write('db/mysql/migrations/migration_lock.toml', 'provider = "mysql"\n');
    repo.write(
      'db/mysql/migrations/01_init/migration.sql',
      'CREATE TABLE `website` (`id` VARCHAR(36) NOT NULL);',
    );
    repo.commit('v1.0.0', '2026-01-01T00:00:00Z');
    repo.tag('v1.0.0');
    repo.write(
      'db/mysql/migrations/02_name/migration.sql',
      'ALTER TABLE `website` ADD COLUMN `name` VARCHAR(100);',
    );
    repo.write(
      'db/clickhouse/migrations/01_edit_keys.sql',
      'ALTER TABLE website_event MODIFY COLUMN x String CODEC(ZSTD(1));',
    );
    repo.write(
      'db/postgresql/migrations/02_name/migration.sql',
      'ALTER TABLE "website" ADD COLUMN "name" VARCHAR(100);',
    );
    repo.commit('name', '2026-01-02T00:00:00Z');
    const { status, report } = lintJson(repo, 'v1.0.0');
    expect(report.findings.map((f) => f.rule)).not.toContain('syntax-error');
    expect(status).toBe(0);
    const notices = report.findings.filter((f) => f.rule === 'other-database-migration');
    expect(notices.map((f) => [f.file, f.severity])).toEqual([
      ['db/clickhouse/migrations/01_edit_keys.sql', 'notice'],
      ['db/mysql/migrations/02_name/migration.sql', 'notice'],
    ]);
    expect(notices[1]!.message).toContain(
      'are for mysql, not Postgres (db/mysql/migrations/migration_lock.toml says provider = "mysql")',
    );
    expect(report.gates.find((g) => g.gate === 'migrations')?.summary).toContain(
      '1 migration file(s) checked',
    );
  });
});
