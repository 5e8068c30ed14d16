import { afterEach, describe, expect, it } from '@jest/globals';
import type { TempRepo } from '../support/git-repo.js';
import { expectNothingLeftBehind, findingsOf, rehearse, repoWithChange } from './support.js';
import type { RehearseRun } from './support.js';

/** The rehearsal applies each file the way its runner sends it (src/gates/migrations/runners.ts). */
const LOCAL = ['--base', 'main', '--engine', 'local'];

let repo: TempRepo | undefined;
let run: RehearseRun | undefined;
afterEach(() => {
  if (run) expectNothingLeftBehind(run.serverDirs);
  repo?.remove();
  repo = undefined;
  run = undefined;
});

const PRISMA_BASE = {
  'prisma/migrations/20260101000000_init/migration.sql':
    '-- CreateTable\nCREATE TABLE "User" ("id" SERIAL NOT NULL, "email" TEXT NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));\n',
  'prisma/migrations/migration_lock.toml': 'provider = "postgresql"\n',
};
const INDEX = 'CREATE INDEX CONCURRENTLY IF NOT EXISTS "User_email_idx" ON "User"("email");\n';
const WITH_COLUMN = `-- AlterTable\nALTER TABLE "User" ADD COLUMN "nickname" TEXT;\n${INDEX}`;
const lock = (pkg: string, version: string) =>
  JSON.stringify({ lockfileVersion: 3, packages: { [`node_modules/${pkg}`]: { version } } });

describe('rehearse as the runner sends the file', () => {
  it('Prisma: a file whose only statement is CREATE INDEX CONCURRENTLY applies (one query, no transaction)', async () => {
    repo = repoWithChange(PRISMA_BASE, { 'prisma/migrations/20260201000000_email_idx/migration.sql': INDEX });
    run = await rehearse(repo, LOCAL);
    expect(findingsOf(run).filter((f) => f.severity === 'error')).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('Prisma 7.3.0: the same index after another statement fails in the implicit transaction, at its line', async () => {
    repo = repoWithChange(
      { ...PRISMA_BASE, 'package-lock.json': lock('prisma', '7.3.0') },
      { 'prisma/migrations/20260201000000_nickname/migration.sql': WITH_COLUMN },
    );
    run = await rehearse(repo, LOCAL);
    expect(run.code).toBe(1);
    const [failure] = findingsOf(run, 'migration-failed');
    expect(failure).toMatchObject({ file: 'prisma/migrations/20260201000000_nickname/migration.sql', line: 3 });
    expect(failure!.message).toMatch(/cannot run inside a transaction block/);
  });

  it('Prisma 7.4.0: each statement is sent on its own, so the same file applies', async () => {
    repo = repoWithChange(
      { ...PRISMA_BASE, 'package-lock.json': lock('prisma', '7.4.0') },
      { 'prisma/migrations/20260201000000_nickname/migration.sql': WITH_COLUMN },
    );
    run = await rehearse(repo, LOCAL);
    expect(findingsOf(run).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('Supabase CLI 2.109.0+ runs CONCURRENTLY outside the batch; an unknown CLI version does not', async () => {
    const base = { 'supabase/migrations/20260101000000_users.sql': 'create table public.users (id bigint primary key, email text);\n' };
    const change = {
      'supabase/migrations/20260201000000_email_idx.sql':
        'alter table public.users add column nickname text;\ncreate index concurrently if not exists users_email_idx on public.users (email);\n',
    };
    repo = repoWithChange(base, change);
    run = await rehearse(repo, LOCAL);
    expect(findingsOf(run, 'migration-failed')[0]).toMatchObject({ line: 2 });
    expectNothingLeftBehind(run.serverDirs);
    repo.remove();

    repo = repoWithChange({ ...base, 'package.json': JSON.stringify({ devDependencies: { supabase: '^2.109.0' } }) }, change);
    run = await rehearse(repo, LOCAL);
    expect(findingsOf(run).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('Drizzle: each breakpoint chunk is one query inside one transaction; a failure points at its statement', async () => {
    repo = repoWithChange(
      { 'drizzle/0000_init.sql': 'CREATE TABLE "items" ("id" serial PRIMARY KEY, "name" text);\n' },
      {
        'drizzle/0001_more.sql':
          'ALTER TABLE "items" ADD COLUMN "price" integer;\n--> statement-breakpoint\nINSERT INTO "items" ("name") VALUES (\'a\'), (\'a\');\nCREATE UNIQUE INDEX "items_name_key" ON "items" ("name");\n',
      },
    );
    run = await rehearse(repo, LOCAL);
    const [failure] = findingsOf(run, 'migration-failed');
    expect(failure).toMatchObject({ file: 'drizzle/0001_more.sql', line: 4 });
    expect(failure!.message).toMatch(/could not create unique index/);
  });
});
