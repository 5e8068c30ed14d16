import { afterAll, describe, expect, it } from '@jest/globals';
import type { TempRepo } from '../support/git-repo.js';
import { historyRepo, runMigrationsGate } from './repos.js';

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.remove()));

/** umami 17_remove_duplicate_key: Prisma's `@unique` on an `@id` left a unique index beside each primary key. */
const INIT = [
  'CREATE TABLE "session" ("session_id" UUID NOT NULL, "hits" INTEGER, CONSTRAINT "session_pkey" PRIMARY KEY ("session_id"));',
  'CREATE UNIQUE INDEX "session_session_id_key" ON "session"("session_id");',
  'CREATE TABLE "link" ("link_id" UUID NOT NULL PRIMARY KEY, "slug" TEXT NOT NULL);',
  'CREATE UNIQUE INDEX "link_slug_key" ON "link"("slug");',
  'CREATE UNIQUE INDEX "link_link_id_key" ON "link"("link_id") WHERE "slug" IS NOT NULL;',
  '',
].join('\n');
const DROP = 'prisma/migrations/20260301000000_remove_duplicate_key/migration.sql';

async function lint(feature: string) {
  const repo = historyRepo({
    v100: { 'prisma/migrations/20260101000000_init/migration.sql': INIT },
    feature: { [DROP]: feature },
  });
  repos.push(repo);
  return (await runMigrationsGate(repo)).findings.filter((f) => f.file === DROP);
}

describe('dropping a unique index that repeats the primary key', () => {
  it('says the previous release loses nothing and is expand; the lock keeps its verdict', async () => {
    const findings = await lint('SET lock_timeout = \'2s\';\nDROP INDEX "session_session_id_key";\n');
    expect(findings.map((f) => [f.rule, f.severity, f.class])).toEqual([
      ['require-concurrent-index-deletion', 'error', 'expand'],
    ]);
    expect(findings[0]!.message).toContain(
      'The previous release loses nothing it relies on: "session_session_id_key" only repeats the primary key "session_pkey" of "session" on ("session_id"), which keeps those values unique and still answers its ON CONFLICT ("session_id")',
    );
  });

  it.each([
    ['a unique index on other columns', 'DROP INDEX "link_slug_key";'],
    ['a partial unique index on the key columns', 'DROP INDEX "link_link_id_key";'],
    [
      'an index whose key the change drops first',
      'ALTER TABLE "session" DROP CONSTRAINT "session_pkey";\nDROP INDEX "session_session_id_key";',
    ],
    ['CASCADE', 'DROP INDEX "session_session_id_key" CASCADE;'],
  ])('stays unknown for %s', async (_name, sql) => {
    const findings = await lint(`SET lock_timeout = '2s';\n${sql}\n`);
    const drop = findings.find((f) => f.rule === 'require-concurrent-index-deletion')!;
    expect(drop.class).not.toBe('expand');
    expect(drop.message).not.toContain('loses nothing');
  });
});
