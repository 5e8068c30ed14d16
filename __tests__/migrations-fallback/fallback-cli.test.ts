import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Report } from '../../src/core/report.js';
import { snapshotBundles } from '../support/bundles.js';
import type { BundleSnapshot } from '../support/bundles.js';
import type { TempRepo } from '../support/git-repo.js';
import {
  DRIZZLE_INIT,
  DRIZZLE_SCHEMA_V1,
  historyRepo,
  PRISMA_DROP_EMAIL,
  PRISMA_INIT,
  PRISMA_SCHEMA_V1,
  prismaWithoutEmail,
} from './repos.js';

/** The "Done when" scenarios through the built CLI, as a user runs `npx rollback-ready lint` on a feature branch. */

let bundles: BundleSnapshot;
const repos: TempRepo[] = [];
const track = (repo: TempRepo) => (repos.push(repo), repo);

// dist/ may be mid-rebuild by a concurrent `npm run build`: snapshotBundles waits up to two minutes for it.
beforeAll(async () => {
  bundles = await snapshotBundles();
}, 180_000);
afterAll(() => {
  repos.forEach((r) => r.remove());
  bundles?.remove();
});

const PRISMA_V1 = {
  'prisma/schema.prisma': PRISMA_SCHEMA_V1,
  'prisma/migrations/20260101000000_init/migration.sql': PRISMA_INIT,
};
const DROP_EMAIL = 'prisma/migrations/20260301000000_drop_email/migration.sql';

function lint(repo: TempRepo): {
  status: number | null;
  report: Report & { migrations?: { fallback?: Record<string, unknown> } };
} {
  const run = bundles.runCli(['lint', '--format', 'json'], repo.dir);
  expect(run.stderr).not.toContain('internal error');
  return { status: run.status, report: JSON.parse(run.stdout) };
}

describe('rollback-ready lint with the live release in mind', () => {
  it('blocks a drop of a column the live release still maps, naming the model, field and file:line', () => {
    const repo = track(
      historyRepo({
        v100: PRISMA_V1,
        feature: { 'prisma/schema.prisma': prismaWithoutEmail, [DROP_EMAIL]: PRISMA_DROP_EMAIL },
      }),
    );
    const { status, report } = lint(repo);
    expect(status).toBe(1);
    expect(report.verdict).toBe('block');
    const compat = report.findings.find((f) => f.rule === 'fallback-reads-missing-column');
    expect(compat).toMatchObject({ severity: 'error', file: DROP_EMAIL, line: 2, class: 'contract' });
    expect(compat?.message).toContain(
      'v1.1.0 still reads column "email" of "users" (prisma/schema.prisma:3: model User, field email)',
    );
    expect(compat?.docs).toMatch(/docs\/rules\/fallback-reads-missing-column\.md$/);
    expect(report.migrations?.fallback).toMatchObject({
      release: 'v1.1.0',
      sources: ['prisma/schema.prisma'],
      conservative: false,
    });
  });

  it('passes the same drop once a release removed the field: expand/contract done right', () => {
    const repo = track(
      historyRepo({
        v100: PRISMA_V1,
        v110: { 'prisma/schema.prisma': prismaWithoutEmail },
        feature: { [DROP_EMAIL]: PRISMA_DROP_EMAIL },
      }),
    );
    const { status, report } = lint(repo);
    expect(status).toBe(0);
    expect(report.verdict).toBe('pass');
    expect(report.findings.find((f) => f.rule === 'ban-drop-column')).toMatchObject({
      severity: 'notice',
      class: 'expand', // proven safe for v1.1.0: the one class decision (classify.ts statementClass)
    });
    expect(report.findings.find((f) => f.rule === 'ban-drop-column')?.message).toContain(
      'Safe: v1.1.0 no longer uses column "email" of "users"',
    );
  });

  it('passes a Drizzle drop once a release stopped declaring the column', () => {
    const v1 = { 'src/db/schema.ts': DRIZZLE_SCHEMA_V1, 'drizzle/0000_init.sql': DRIZZLE_INIT };
    const withoutAuthor = DRIZZLE_SCHEMA_V1.replace("  authorEmail: text('author_email'),\n", '');
    const drop = {
      'drizzle/0001_drop_author.sql': 'ALTER TABLE "notes" DROP COLUMN IF EXISTS "author_email";\n',
    };
    expect(lint(track(historyRepo({ v100: v1, feature: drop }))).status).toBe(1);
    expect(
      lint(track(historyRepo({ v100: v1, v110: { 'src/db/schema.ts': withoutAuthor }, feature: drop })))
        .status,
    ).toBe(0);
  });

  it('keeps the conservative verdict in a repository without any schema source', () => {
    const v1 = {
      'supabase/migrations/20260101000000_init.sql':
        'create table users (id bigint primary key, email text);\n',
    };
    const repo = track(
      historyRepo({
        v100: v1,
        feature: { 'supabase/migrations/20260301000000_drop.sql': 'alter table users drop column email;\n' },
      }),
    );
    const { status, report } = lint(repo);
    expect(status).toBe(1);
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual([
      'ban-drop-column',
    ]);
    expect(report.migrations?.fallback).toMatchObject({ release: 'v1.1.0', conservative: true });
  });
});

describe('rollback-ready rehearse --fallback TAG', () => {
  const v1 = {
    'migrations/001_init.sql': 'create table users (id bigint primary key, email text not null);\n',
    'scripts/smoke.sql': 'select id, email from users;\n',
    '.github/rollback-ready.yml':
      'rehearsal:\n  engine: local\n  fallback-check:\n    command: psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -q -f scripts/smoke.sql\n    timeout: 2m\n',
  };

  it('runs the fallback release against the real throwaway Postgres and blocks when it breaks', () => {
    const repo = track(
      historyRepo({
        v100: v1,
        feature: { 'migrations/002_drop_email.sql': 'alter table users drop column email;\n' },
      }),
    );
    const run = bundles.runCli(['rehearse', '--fallback', 'v1.1.0', '--format', 'json'], repo.dir);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    const failed = report.findings.find((f) => f.rule === 'fallback-check-failed');
    expect(failed?.message).toContain('column "email" does not exist');
    expect(report.gates.map((g) => [g.gate, g.status])).toContainEqual(['rehearsal', 'fail']);
  });

  it('passes when the fallback release still works', () => {
    const repo = track(
      historyRepo({
        v100: v1,
        feature: { 'migrations/002_nickname.sql': 'alter table users add column nickname text;\n' },
      }),
    );
    const run = bundles.runCli(['rehearse', '--fallback', 'v1.1.0', '--format', 'json'], repo.dir);
    expect(run.stderr).not.toContain('internal error');
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.gates.find((g) => g.summary.includes("v1.1.0's check"))?.summary).toContain('passed');
  });

  it('is a usage error without rehearsal.fallback-check', () => {
    const repo = track(
      historyRepo({ v100: { 'migrations/001_init.sql': 'create table t (a int);\n' }, feature: {} }),
    );
    const run = bundles.runCli(['rehearse', '--fallback', 'v1.1.0'], repo.dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--fallback needs rehearsal.fallback-check.command');
  });
});
