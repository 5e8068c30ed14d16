import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { Finding } from '../../src/core/finding.js';
import {
  sinceRelease,
  migrationName,
  ranByRelease,
} from '../../src/gates/migrations/fallback/since-release.js';
import { ensureParser } from '../../src/sql/parse.js';
import { parseMigration } from '../../src/gates/migrations/layouts/parse-migration.js';
import { replayMigrations } from '../../src/schema-model/replay.js';
import type { TempRepo } from '../support/git-repo.js';
import { runMigrationsGate } from './repos.js';
import { M, RENAME_SLUG, unreleasedTableRepo } from './since-release-repos.js';

/**
 * "Breaks the previous release" only when that release has the object: a table or column created by a
 * migration the release did not run (merged after it, or in the same change) is not the release's.
 */

const repos: TempRepo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.remove()));
const track = (repo: TempRepo) => (repos.push(repo), repo);
beforeAll(() => ensureParser());

const byRule = (findings: readonly Finding[], rule: string) => findings.filter((f) => f.rule === rule);
const blocking = (findings: readonly Finding[]) => findings.filter((f) => f.severity === 'error');

describe('a table the previous release never had', () => {
  it('dropping and renaming its columns is safe for the release, and no finding says it breaks it', async () => {
    const repo = track(
      unreleasedTableRepo({
        [`${M}/20260103000000_alter/migration.sql`]: `${RENAME_SLUG}ALTER TABLE "Team" RENAME COLUMN "name" TO "title";\nDROP TABLE "Team";\n`,
      }),
    );
    const outcome = await runMigrationsGate(repo);
    expect(blocking(outcome.findings)).toEqual([]);
    for (const f of outcome.findings) expect(f.message).not.toMatch(/previous release|no longer uses/);
    const drop = byRule(outcome.findings, 'ban-drop-column')[0];
    expect(drop).toMatchObject({ severity: 'notice', line: 2 });
    expect(drop?.message).toContain('v1.0.0 never had column "slug" of "Team"');
    expect(drop?.message).toContain(`created by ${M}/20260102000000_team/migration.sql:2`);
    expect(byRule(outcome.findings, 'ban-drop-table')[0]?.message).toContain('v1.0.0 never had table "Team"');
    // The rename guess is refuted by the same evidence: no "looks like a rename" next to "Safe".
    expect(byRule(outcome.findings, 'drop-add-rename')).toEqual([]);
    expect(outcome.summary).not.toMatch(/contract|breaks/);
  });

  it('the same without any schema source: the migration history alone is the evidence', async () => {
    const repo = track(
      unreleasedTableRepo({ [`${M}/20260103000000_alter/migration.sql`]: RENAME_SLUG }, false),
    );
    const outcome = await runMigrationsGate(repo);
    expect(blocking(outcome.findings)).toEqual([]);
    expect(byRule(outcome.findings, 'ban-drop-column')[0]?.message).toContain(
      'v1.0.0 never had column "slug"',
    );
    expect(byRule(outcome.findings, 'drop-add-rename')).toEqual([]);
  });

  it('a table the release has still blocks, and the rename guess agrees with the drop', async () => {
    const repo = track(
      unreleasedTableRepo(
        {
          [`${M}/20260103000000_alter/migration.sql`]:
            'ALTER TABLE "users" DROP COLUMN "email",\nADD COLUMN "mail" TEXT;\n',
        },
        false,
      ),
    );
    const outcome = await runMigrationsGate(repo);
    expect(byRule(outcome.findings, 'ban-drop-column')[0]?.severity).toBe('error');
    expect(byRule(outcome.findings, 'drop-add-rename')[0]?.severity).toBe('error');
    expect(outcome.findings.some((f) => /^Safe/.test(f.message))).toBe(false);
    expect(outcome.summary).toContain('1 contract (breaks the previous release)');
  });

  it("a table the release renamed away is still the release's table under its new name", async () => {
    const repo = track(
      unreleasedTableRepo(
        {
          [`${M}/20260103000000_rename/migration.sql`]: 'ALTER TABLE "users" RENAME TO "accounts";\n',
          [`${M}/20260104000000_drop/migration.sql`]: 'ALTER TABLE "accounts" DROP COLUMN "email";\n',
        },
        false,
      ),
    );
    const outcome = await runMigrationsGate(repo);
    expect(byRule(outcome.findings, 'ban-drop-column')[0]?.severity).toBe('error');
  });
});

describe('a table renamed in the change', () => {
  it('a drop under the new name is judged by the name the release uses: never "Safe" next to the rename error', async () => {
    const repo = track(
      unreleasedTableRepo({
        [`${M}/20260103000000_accounts/migration.sql`]:
          'ALTER TABLE "users" RENAME TO "accounts";\nALTER TABLE "accounts" DROP COLUMN "email";\n',
      }),
    );
    const outcome = await runMigrationsGate(repo);
    expect(byRule(outcome.findings, 'fallback-reads-missing-table')[0]?.severity).toBe('error');
    expect(byRule(outcome.findings, 'ban-drop-column')[0]?.severity).toBe('error');
    expect(outcome.findings.some((f) => /^Safe/.test(f.message))).toBe(false);
  });
});

describe('a Prisma change that adds a table and alters it in a later migration of the same change', () => {
  it('is expand: the release never had the table, so no file is unknown or contract', async () => {
    const repo = track(
      unreleasedTableRepo({
        [`${M}/20260103000000_org/migration.sql`]:
          'CREATE TABLE "Org" ("id" SERIAL NOT NULL, "name" TEXT NOT NULL, "slug" TEXT, CONSTRAINT "Org_pkey" PRIMARY KEY ("id"));\nCREATE UNIQUE INDEX "Org_slug_key" ON "Org"("slug");\n',
        [`${M}/20260104000000_org_alter/migration.sql`]:
          '-- DropIndex\nDROP INDEX "Org_slug_key";\n-- AlterTable\nALTER TABLE "Org" DROP COLUMN "slug",\nADD COLUMN     "handle" TEXT NOT NULL;\nALTER TABLE "Org" ALTER COLUMN "name" DROP NOT NULL;\n',
      }),
    );
    const outcome = await runMigrationsGate(repo);
    expect(blocking(outcome.findings)).toEqual([]);
    const files = (outcome.data as { migrations: { files: { class: string }[] } }).migrations.files;
    expect(files.map((f) => f.class)).toEqual(['expand', 'expand']);
    expect(outcome.summary).toContain('all expand-safe');
  });
});

describe('since-release helpers', () => {
  it('a migration moved to another folder is the one the release ran (by content or by name)', () => {
    const release = [
      { path: 'prisma/migrations/1_init/migration.sql', oid: 'aaa' },
      { path: 'prisma/migrations/2_team/migration.sql', oid: 'bbb' },
    ];
    const later = new Set([
      'packages/database/migrations/1_init/migration.sql',
      'packages/database/migrations/renamed/migration.sql',
      'packages/database/migrations/3_new/migration.sql',
    ]);
    const ran = ranByRelease(release, later);
    expect(ran({ path: 'packages/database/migrations/1_init/migration.sql' })).toBe(true);
    expect(ran({ path: 'packages/database/migrations/renamed/migration.sql', oid: 'bbb' })).toBe(true);
    expect(ran({ path: 'packages/database/migrations/3_new/migration.sql', oid: 'ccc' })).toBe(false);
    expect(migrationName('supabase/migrations/20260101_x.sql')).toBe('20260101_x.sql');
  });

  it('a copy in a second folder, while the release file stays, is a new migration', () => {
    const ran = ranByRelease(
      [{ path: 'db1/migrations/001_init.sql', oid: 'aaa' }],
      new Set(['db1/migrations/001_init.sql', 'db2/migrations/001_init.sql']),
    );
    expect(ran({ path: 'db2/migrations/001_init.sql', oid: 'aaa' })).toBe(false);
  });

  it('follows renames back to the statement that created the object', () => {
    const file = (path: string, text: string) =>
      parseMigration({ path, layout: 'plain', direction: 'up', version: path }, text);
    const schema = replayMigrations([
      file('m/1.sql', 'create table a (id int, x text);'),
      file(
        'm/2.sql',
        'alter table a rename to b;\nalter table b rename column x to y;\nalter table b add column z text;',
      ),
    ]);
    const since = sinceRelease(schema, (f) => f === 'm/1.sql');
    const at = { file: 'm/3.sql', line: 1, column: 1 };
    expect(since.createdSince('b', undefined, at)).toBeUndefined();
    expect(since.createdSince('b', 'y', at)).toBeUndefined();
    expect(since.createdSince('b', 'z', at)).toEqual({ file: 'm/2.sql', line: 3, column: 1 });
    expect(since.createdSince('never', undefined, at)).toBeUndefined();
    // What the release may call it: every name it had before.
    expect(since.namesBefore('b', 'y', at)).toEqual([
      { table: 'b', column: 'y' },
      { table: 'b', column: 'x' },
      { table: 'a', column: 'x' },
    ]);
    expect(since.namesBefore('b', undefined, at)).toEqual([{ table: 'b' }, { table: 'a' }]);
  });
});
