import { afterAll, describe, expect, it } from '@jest/globals';
import { checkFallbackCompatibility, findLiveRelease } from '../../src/gates/migrations/fallback/fallback.js';
import { replayHistoryAt } from '../../src/gates/migrations/fallback/history.js';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import type { Finding } from '../../src/core/finding.js';
import { GitCli } from '../../src/git/git.js';
import { TempRepo } from '../support/git-repo.js';
import {
  DRIZZLE_INIT,
  DRIZZLE_SCHEMA_V1,
  historyRepo,
  PRISMA_DROP_EMAIL,
  PRISMA_INIT,
  PRISMA_SCHEMA_V1,
  prismaWithoutEmail,
  runMigrationsGate,
  SUPABASE_INIT,
  SUPABASE_TYPES,
  supabaseCode,
} from './repos.js';

const repos: TempRepo[] = [];
const track = (repo: TempRepo) => (repos.push(repo), repo);
afterAll(() => repos.forEach((r) => r.remove()));

const PRISMA_V1 = {
  'prisma/schema.prisma': PRISMA_SCHEMA_V1,
  'prisma/migrations/20260101000000_init/migration.sql': PRISMA_INIT,
};
const DROP_EMAIL = 'prisma/migrations/20260301000000_drop_email/migration.sql';

const byRule = (findings: readonly Finding[], rule: string) => findings.filter((f) => f.rule === rule);
const blocking = (findings: readonly Finding[]) =>
  findings.filter((f) => f.severity === 'error').map((f) => f.rule);

describe('Prisma: the live release against the new schema', () => {
  it('dropping a column the live release still maps blocks, naming the model, field and file:line', async () => {
    const repo = track(
      historyRepo({
        v100: PRISMA_V1,
        feature: { 'prisma/schema.prisma': prismaWithoutEmail, [DROP_EMAIL]: PRISMA_DROP_EMAIL },
      }),
    );
    const outcome = await runMigrationsGate(repo);
    const [compat] = byRule(outcome.findings, 'fallback-reads-missing-column');
    expect(compat).toMatchObject({ severity: 'error', file: DROP_EMAIL, line: 2, class: 'contract' });
    expect(compat!.message).toContain(
      'v1.1.0 still reads column "email" of "users" (prisma/schema.prisma:3: model User, field email)',
    );
    expect(byRule(outcome.findings, 'ban-drop-column')[0]?.severity).toBe('error');
    expect(outcome.data?.migrations).toMatchObject({
      fallback: { release: 'v1.1.0', sources: ['prisma/schema.prisma'], conservative: false },
    });
    expect(outcome.summary).toContain('checked against what v1.1.0 uses (prisma/schema.prisma)');
  });

  it('the same drop after a release that removed the field passes, reported as expand/contract done right', async () => {
    const repo = track(
      historyRepo({
        v100: PRISMA_V1,
        v110: { 'prisma/schema.prisma': prismaWithoutEmail },
        feature: { [DROP_EMAIL]: PRISMA_DROP_EMAIL },
      }),
    );
    const outcome = await runMigrationsGate(repo);
    expect(blocking(outcome.findings)).toEqual([]);
    const [drop] = byRule(outcome.findings, 'ban-drop-column');
    // Proven safe: the release keeps working after it, so the statement is expand (classify.ts statementClass).
    expect(drop).toMatchObject({ severity: 'notice', class: 'expand', file: DROP_EMAIL, line: 2 });
    expect(drop!.message).toMatch(
      /^Safe: v1\.1\.0 no longer uses column "email" of "users" \(expand\/contract done right\)/,
    );
    expect(byRule(outcome.findings, 'fallback-reads-missing-column')).toEqual([]);
  });

  it('a new NOT NULL column without a default blocks: the live release inserts without it', async () => {
    const schema = PRISMA_SCHEMA_V1.replace('  name  String?\n', '  name  String?\n  plan  String\n');
    const migration = 'prisma/migrations/20260301000000_plan/migration.sql';
    const repo = track(
      historyRepo({
        v100: PRISMA_V1,
        feature: {
          'prisma/schema.prisma': schema,
          [migration]: '-- AlterTable\nALTER TABLE "users" ADD COLUMN "plan" TEXT NOT NULL;\n',
        },
      }),
    );
    const outcome = await runMigrationsGate(repo);
    const [compat] = byRule(outcome.findings, 'fallback-insert-not-null');
    expect(compat).toMatchObject({ severity: 'error', file: migration, line: 2 });
    expect(compat!.message).toContain(
      'v1.1.0 inserts into "users" without "plan" (prisma/schema.prisma:1: model User)',
    );
  });

  it('an enum value added and written by the new release is reported for the live release', async () => {
    const schema = PRISMA_SCHEMA_V1.replace('  ADMIN\n', '  ADMIN\n  OWNER\n');
    const migration = 'prisma/migrations/20260301000000_owner/migration.sql';
    const repo = track(
      historyRepo({
        v100: PRISMA_V1,
        feature: {
          'prisma/schema.prisma': schema,
          [migration]: '-- AlterEnum\nALTER TYPE "Role" ADD VALUE \'OWNER\';\n',
        },
      }),
    );
    const outcome = await runMigrationsGate(repo);
    const [compat] = byRule(outcome.findings, 'fallback-unknown-enum-value');
    expect(compat).toMatchObject({ severity: 'warning', file: migration, line: 2 });
    expect(compat!.message).toContain(
      "v1.1.0 does not know value 'OWNER' of enum \"Role\" (prisma/schema.prisma:10: enum Role lists 'MEMBER', 'ADMIN')",
    );
    expect(compat!.message).toContain('the new release writes (prisma/schema.prisma:13)');
    expect(compat!.message).toContain('Prisma rejects enum values its schema does not list');
  });

  it('ignore comments accept the new rule ids, and an ignore they use is not reported unused', async () => {
    const sql =
      '-- rollback-ready-ignore ban-drop-column, fallback-reads-missing-column: the email login is gone for good (PR #9)\nALTER TABLE "users" DROP COLUMN "email";\n';
    const repo = track(historyRepo({ v100: PRISMA_V1, feature: { [DROP_EMAIL]: sql } }));
    const outcome = await runMigrationsGate(repo);
    expect(outcome.findings.map((f) => f.rule).filter((r) => r !== 'require-lock-timeout')).toEqual([]);
  });

  it('migrations.fallback-aware: false keeps the statement rules only', async () => {
    const repo = track(
      historyRepo({
        v100: PRISMA_V1,
        v110: { 'prisma/schema.prisma': prismaWithoutEmail },
        feature: { [DROP_EMAIL]: PRISMA_DROP_EMAIL },
      }),
    );
    const outcome = await runMigrationsGate(repo, { 'fallback-aware': false });
    expect(blocking(outcome.findings)).toEqual(['ban-drop-column']);
    expect(outcome.data?.migrations).toMatchObject({
      fallback: { skipped: 'migrations.fallback-aware is false' },
    });
  });
});

describe('Drizzle: pgTable definitions of the live release', () => {
  const v1 = { 'src/db/schema.ts': DRIZZLE_SCHEMA_V1, 'drizzle/0000_init.sql': DRIZZLE_INIT };
  const drop = {
    'drizzle/0001_drop_author.sql': 'ALTER TABLE "notes" DROP COLUMN IF EXISTS "author_email";\n',
  };

  it('dropping a column it still declares blocks, with the pgTable column and file:line', async () => {
    const repo = track(historyRepo({ v100: v1, feature: drop }));
    const outcome = await runMigrationsGate(repo);
    const [compat] = byRule(outcome.findings, 'fallback-reads-missing-column');
    expect(compat).toMatchObject({ severity: 'error', file: 'drizzle/0001_drop_author.sql', line: 1 });
    expect(compat!.message).toContain('(src/db/schema.ts:6: pgTable "notes", column authorEmail)');
  });

  it('passes once a release stopped declaring it', async () => {
    const withoutAuthor = DRIZZLE_SCHEMA_V1.replace("  authorEmail: text('author_email'),\n", '');
    const repo = track(historyRepo({ v100: v1, v110: { 'src/db/schema.ts': withoutAuthor }, feature: drop }));
    const outcome = await runMigrationsGate(repo);
    expect(blocking(outcome.findings)).toEqual([]);
    expect(byRule(outcome.findings, 'ban-drop-column')[0]?.message).toContain(
      'Safe: v1.1.0 no longer uses column "author_email" of "notes"',
    );
  });

  it('finds schema files through drizzle.config.ts', async () => {
    const moved = {
      'drizzle.config.ts': "export default { schema: './lib/tables.ts', dialect: 'postgresql' };\n",
      'lib/tables.ts': DRIZZLE_SCHEMA_V1,
      'drizzle/0000_init.sql': DRIZZLE_INIT,
    };
    const repo = track(historyRepo({ v100: moved, feature: drop }));
    const outcome = await runMigrationsGate(repo);
    expect(byRule(outcome.findings, 'fallback-reads-missing-column')[0]?.message).toContain(
      '(lib/tables.ts:6:',
    );
  });
});

describe('Supabase: generated types and the code that uses them', () => {
  const v1 = {
    'supabase/migrations/20260101000000_init.sql': SUPABASE_INIT,
    'src/lib/database.types.ts': SUPABASE_TYPES,
    'src/notes.ts': supabaseCode('id, body, author_email'),
  };
  const drop = {
    'supabase/migrations/20260301000000_drop_author.sql': 'alter table notes drop column author_email;\n',
  };

  it('dropping a column the live release selects blocks, pointing at the code', async () => {
    const repo = track(historyRepo({ v100: v1, feature: drop }));
    const outcome = await runMigrationsGate(repo);
    const [compat] = byRule(outcome.findings, 'fallback-reads-missing-column');
    expect(compat).toMatchObject({ severity: 'error', line: 1 });
    expect(compat!.message).toContain(
      'src/notes.ts:7: uses "author_email" of "notes" (Row type at src/lib/database.types.ts:8)',
    );
  });

  it('passes once the live release stopped using it, though its generated types still list the column', async () => {
    const repo = track(
      historyRepo({ v100: v1, v110: { 'src/notes.ts': supabaseCode('id, body') }, feature: drop }),
    );
    const outcome = await runMigrationsGate(repo);
    expect(blocking(outcome.findings)).toEqual([]);
    expect(byRule(outcome.findings, 'ban-drop-column')[0]?.severity).toBe('notice');
  });

  it('a new NOT NULL column blocks: the generated Insert type does not have it', async () => {
    const repo = track(
      historyRepo({
        v100: v1,
        feature: {
          'supabase/migrations/20260301000000_slug.sql': 'alter table notes add column slug text not null;\n',
        },
      }),
    );
    const outcome = await runMigrationsGate(repo);
    const [compat] = byRule(outcome.findings, 'fallback-insert-not-null');
    expect(compat?.severity).toBe('error');
    expect(compat!.message).toContain('v1.1.0 inserts into "notes" without "slug"');
    expect(compat!.message).toContain('requires only body');
  });
});

describe('a repository without any schema source', () => {
  it('keeps the conservative verdict', async () => {
    const v1 = {
      'migrations/001_init.sql': 'create table users (id bigint primary key, email text);\n',
      'src/index.js': 'console.log("hello");\n',
    };
    const repo = track(
      historyRepo({
        v100: v1,
        feature: { 'migrations/002_drop_email.sql': 'alter table users drop column email;\n' },
      }),
    );
    const outcome = await runMigrationsGate(repo);
    expect(blocking(outcome.findings)).toEqual(['ban-drop-column']);
    expect(outcome.findings.some((f) => f.rule.startsWith('fallback-'))).toBe(false);
    expect(outcome.data?.migrations).toMatchObject({
      fallback: { release: 'v1.1.0', sources: [], conservative: true },
    });
    expect(outcome.summary).toContain(
      'v1.1.0 has no schema source to compare with, so contract statements keep their verdict',
    );
  });

  it('SQL strings in its code still add warnings with their location, without changing the verdict', async () => {
    const v1 = {
      'migrations/001_init.sql': 'create table users (id bigint primary key, email text);\n',
      'src/users.js':
        'export const find = (db, id) =>\n  db.query("select id, email from users where id = $1", [id]);\n',
    };
    const repo = track(
      historyRepo({
        v100: v1,
        feature: { 'migrations/002_drop_email.sql': 'alter table users drop column email;\n' },
      }),
    );
    const outcome = await runMigrationsGate(repo);
    expect(blocking(outcome.findings)).toEqual(['ban-drop-column']);
    const [compat] = byRule(outcome.findings, 'fallback-reads-missing-column');
    expect(compat).toMatchObject({ severity: 'warning' });
    expect(compat!.message).toContain('src/users.js:2: SQL "select id, email from users where id = $1"');
  });
});

describe('the live release and the rollback-plan entry point', () => {
  it('is the newest release tag that is an ancestor of the base, else the base itself', async () => {
    const repo = track(historyRepo({ v100: PRISMA_V1, feature: {} }));
    repo.checkout('main');
    repo.write('README.md', 'unreleased\n').commit('after v1.1.0', '2026-01-04T00:00:00Z');
    repo.tag('v2.0.0-rc.1'); // a pre-release is not the live release
    const git = await GitCli.open(repo.dir);
    const base = (await git.resolveCommit('main'))!;
    expect(await findLiveRelease(git, base, DEFAULT_CONFIG.tagging)).toMatchObject({
      label: 'v1.1.0',
      tag: 'v1.1.0',
    });
    const v100 = (await git.resolveCommit('v1.0.0'))!;
    expect(await findLiveRelease(git, v100, DEFAULT_CONFIG.tagging)).toMatchObject({ label: 'v1.0.0' });

    const untagged = track(new TempRepo('rr-compat-'));
    const sha = untagged.write('a.txt', 'a').commit('only');
    expect(await findLiveRelease(await GitCli.open(untagged.dir), sha, DEFAULT_CONFIG.tagging)).toEqual({
      ref: sha,
      label: `the base commit ${sha.slice(0, 7)}`,
    });
  });

  it('checkFallbackCompatibility compares an explicit target with every migration since it (rollback plan)', async () => {
    const repo = track(
      historyRepo({
        v100: PRISMA_V1,
        feature: { 'prisma/schema.prisma': prismaWithoutEmail, [DROP_EMAIL]: PRISMA_DROP_EMAIL },
      }),
    );
    const git = await GitCli.open(repo.dir);
    const schemaAfter = await replayHistoryAt(git, 'feature', DEFAULT_CONFIG.migrations);
    expect(schemaAfter.files).toBe(2);
    const result = await checkFallbackCompatibility({
      git,
      fallbackRef: 'v1.0.0',
      fallbackLabel: 'v1.0.0',
      schemaAfter,
    });
    expect(result.conservative).toBe(false);
    expect(result.findings.map((f) => [f.rule, f.file, f.line])).toEqual([
      ['fallback-reads-missing-column', DROP_EMAIL, 2],
    ]);
    expect(result.findings[0]!.message).toContain('v1.0.0 still reads column "email" of "users"');
  });
});
