import { afterEach, describe, expect, it } from '@jest/globals';
import type { TempRepo } from '../support/git-repo.js';
import { expectNothingLeftBehind, findingsOf, rehearse, repoWithChange } from './support.js';
import type { RehearseRun } from './support.js';

const LOCAL = ['--base', 'main', '--engine', 'local'];

let repo: TempRepo | undefined;
let run: RehearseRun | undefined;
afterEach(() => {
  if (run) expectNothingLeftBehind(run.serverDirs);
  repo?.remove();
  repo = undefined;
  run = undefined;
});

const SUPABASE_BASE = {
  'supabase/migrations/20260101000000_profiles.sql': `create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  display_name text,
  bio text,
  created_at timestamptz default now()
);
alter table public.profiles enable row level security;
create policy "own profile" on public.profiles for select to authenticated using (auth.uid() = id);
grant select on public.profiles to anon, authenticated;
`,
};

describe('rehearse on the local PostgreSQL binaries', () => {
  it("catches SET NOT NULL on a column the seeded rows leave NULL, at the statement's file:line (Supabase)", async () => {
    repo = repoWithChange(SUPABASE_BASE, {
      'supabase/migrations/20260201000000_bio_required.sql': `-- every profile needs a bio now
-- (the app fills it in)
alter table public.profiles
  alter column bio set not null;
`,
    });
    run = await rehearse(repo, LOCAL);
    expect(run.code).toBe(1);
    expect(run.serverDirs).toHaveLength(1);
    const [failure, ...others] = findingsOf(run, 'migration-failed');
    expect(others).toEqual([]);
    expect(failure).toMatchObject({
      severity: 'error',
      file: 'supabase/migrations/20260201000000_bio_required.sql',
      line: 3,
    });
    expect(failure!.message).toContain('column "bio" of relation "profiles" contains null values');
    expect(failure!.message).toContain('Likely cause: existing rows hold NULL');
    expect(run.report.rehearsal).toMatchObject({
      ran: true,
      engine: 'local',
      serverVersion: expect.any(Number),
    });
    const seeded = run.report.rehearsal!.layouts![0]!.seeded;
    expect(seeded.find((s) => s.table === 'public.profiles')).toMatchObject({
      rows: 1,
      nullColumns: expect.arrayContaining(['bio']),
    });
    // The required foreign key to auth.users was satisfied by seeding the parent first.
    expect(seeded.map((s) => s.table)).toEqual(['auth.users', 'public.profiles']);
    expect(run.stderr).toMatch(/local PostgreSQL \d+\.\d+ .* running as (postgres|nobody)/);
  });

  it('catches a unique index over seeded duplicates (golang-migrate)', async () => {
    repo = repoWithChange(
      {
        'db/migrations/1_users.up.sql':
          'CREATE TABLE users (id bigserial PRIMARY KEY, email text NOT NULL, name text);\n',
        'db/migrations/1_users.down.sql': 'DROP TABLE users;\n',
      },
      {
        'db/migrations/2_unique_email.up.sql':
          "SET lock_timeout = '2s';\n\nCREATE UNIQUE INDEX users_email_key ON users (lower(email));\n",
        'db/migrations/2_unique_email.down.sql': 'DROP INDEX users_email_key;\n',
      },
    );
    run = await rehearse(repo, LOCAL);
    expect(run.code).toBe(1);
    const [failure] = findingsOf(run, 'migration-failed');
    expect(failure).toMatchObject({ file: 'db/migrations/2_unique_email.up.sql', line: 3 });
    expect(failure!.message).toMatch(/could not create unique index "users_email_key"/);
    expect(failure!.message).toContain('duplicate');
    expect(run.report.rehearsal!.layouts![0]!.seeded[0]).toMatchObject({
      table: 'public.users',
      rows: 2,
      duplicated: ['email'],
    });
  });

  it("applies migrations that use their runner's own history table, as the runner creates it first (harbor)", async () => {
    repo = repoWithChange(
      {
        // harbor's 0030_2.0.0_schema.up.sql; base migrations of the other runners do the same.
        'make/migrations/postgresql/0030_2.0.0_schema.up.sql':
          'ALTER TABLE schema_migrations ADD COLUMN data_version int;\n',
        'db/migration/V1__init.sql':
          'CREATE VIEW last_migration AS SELECT max(installed_rank) AS rank FROM flyway_schema_history WHERE success;\n',
      },
      {
        'make/migrations/postgresql/0040_2.1.0_schema.up.sql':
          'ALTER TABLE schema_migrations DROP COLUMN IF EXISTS data_version;\n',
        'make/migrations/postgresql/0040_2.1.0_schema.down.sql':
          'ALTER TABLE schema_migrations ADD COLUMN data_version int;\n',
        'db/migration/V2__audit.sql': 'CREATE TABLE audit (id bigint PRIMARY KEY);\n',
        'db/migration/U2__audit.sql': 'DROP TABLE audit;\n',
      },
    );
    run = await rehearse(repo, LOCAL);
    expect(findingsOf(run).filter((f) => f.severity !== 'notice')).toEqual([]);
    expect(run.code).toBe(0);
    const applied = run.report.rehearsal!.layouts!.flatMap((l) => l.files).filter((f) => f.phase === 'new');
    expect(applied.map((f) => f.status)).toEqual(['applied', 'applied']);
  });

  it('catches a down migration that does not undo its up, listing exactly what differs', async () => {
    repo = repoWithChange(
      {
        'db/migrations/1_users.up.sql':
          'CREATE TABLE users (id bigserial PRIMARY KEY, email text NOT NULL);\n',
        'db/migrations/1_users.down.sql': 'DROP TABLE users;\n',
      },
      {
        'db/migrations/2_nickname.up.sql':
          'ALTER TABLE users ADD COLUMN nickname text;\nCREATE INDEX users_nickname_idx ON users (nickname);\n',
        'db/migrations/2_nickname.down.sql': '-- undo\nDROP INDEX users_nickname_idx;\n',
        'db/migrations/3_status.up.sql':
          "CREATE TYPE status AS ENUM ('active', 'blocked');\nALTER TABLE users ADD COLUMN status status NOT NULL DEFAULT 'active';\n",
        'db/migrations/3_status.down.sql': 'ALTER TABLE users DROP COLUMN status;\nDROP TYPE status;\n',
      },
    );
    run = await rehearse(repo, LOCAL);
    expect(run.code).toBe(1);
    const mismatches = findingsOf(run, 'down-migration-mismatch');
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]).toMatchObject({
      severity: 'error',
      file: 'db/migrations/2_nickname.down.sql',
      line: 2,
    });
    expect(mismatches[0]!.message).toContain('does not undo db/migrations/2_nickname.up.sql');
    expect(mismatches[0]!.message).toContain('column public.users.nickname is still there (text NULL)');
    expect(mismatches[0]!.message).not.toContain('index');
    expect(run.report.rehearsal!.layouts![0]!.downsChecked).toBe(2);
    expect(findingsOf(run, 'migration-failed')).toEqual([]);
  });

  it('warns about an empty undo migration, says a missing one is optional (Flyway Community ignores U files), and passes (Flyway)', async () => {
    repo = repoWithChange(
      {
        'sql/V1__accounts.sql': 'CREATE TABLE accounts (id int PRIMARY KEY, plan text);\n',
        'sql/U1__accounts.sql': 'DROP TABLE accounts;\n',
      },
      {
        'sql/V2__add_region.sql': "ALTER TABLE accounts ADD COLUMN region text DEFAULT 'eu';\n",
        'sql/V3__add_notes.sql': 'ALTER TABLE accounts ADD COLUMN notes text;\n',
        'sql/U3__add_notes.sql': '-- nothing to undo?\n',
        'sql/V4__add_owner.sql':
          'ALTER TABLE accounts ADD COLUMN owner_email text;\nCREATE INDEX accounts_owner_idx ON accounts (owner_email);\n',
        'sql/U4__add_owner.sql':
          'DROP INDEX accounts_owner_idx;\nALTER TABLE accounts DROP COLUMN owner_email;\n',
      },
    );
    run = await rehearse(repo, LOCAL);
    expect(run.code).toBe(0);
    const missing = findingsOf(run, 'missing-down-migration');
    expect(missing.map((f) => [f.severity, f.file])).toEqual([
      ['warning', 'sql/U3__add_notes.sql'],
      ['notice', 'sql/V2__add_region.sql'],
    ]);
    expect(missing[0]!.message).toContain('has no statements');
    expect(missing[1]!.message).toContain('has no undo migration (U2__*.sql)');
    expect(missing[1]!.message).toContain('Flyway Community ignores U files');
    expect(missing[1]!.help).toContain('With Flyway Community there is nothing to write');
    expect(findingsOf(run).filter((f) => f.severity === 'error')).toEqual([]);
    // U4 undoes V4 exactly; the pass stops at V3, whose undo is empty, as `flyway undo` would.
    expect(run.report.rehearsal!.layouts![0]!.downsChecked).toBe(1);

    // With --base the policy is the base commit's (issue 17 E): the setting lands on main.
    repo.checkout('main').write('.github/rollback-ready.yml', 'rehearsal:\n  require-down: error\n');
    repo.commit('require down migrations');
    repo.checkout('pr');
    expectNothingLeftBehind(run.serverDirs);
    run = await rehearse(repo, LOCAL);
    expect(run.code).toBe(1);
    expect(findingsOf(run, 'missing-down-migration').map((f) => f.severity)).toEqual(['error', 'error']);
  });

  it('passes a clean change and reports its schema diff as expand/contract (dbmate)', async () => {
    repo = repoWithChange(
      {
        'db/migrations/20260101000000_posts.sql':
          '-- migrate:up\nCREATE TABLE posts (id serial PRIMARY KEY, title text NOT NULL, body text);\n\n-- migrate:down\nDROP TABLE posts;\n',
      },
      {
        'db/migrations/20260201000000_post_slug.sql': `-- migrate:up
ALTER TABLE posts ADD COLUMN slug text;
UPDATE posts SET slug = 'post-' || id WHERE slug IS NULL;
ALTER TABLE posts ALTER COLUMN slug SET NOT NULL;
CREATE INDEX posts_title_idx ON posts (title);
ALTER TABLE posts DROP COLUMN body;

-- migrate:down
ALTER TABLE posts ADD COLUMN body text;
DROP INDEX posts_title_idx;
ALTER TABLE posts DROP COLUMN slug;
`,
      },
    );
    run = await rehearse(repo, LOCAL);
    expect(findingsOf(run).filter((f) => f.severity !== 'notice')).toEqual([]);
    expect(run.code).toBe(0);
    const rehearsal = run.report.rehearsal!;
    expect(rehearsal.layouts![0]).toMatchObject({ layout: 'dbmate', outcome: 'passed', downsChecked: 1 });
    const changes = rehearsal.layouts![0]!.changes.map((c) => [c.class, c.description]);
    expect(changes).toEqual(
      expect.arrayContaining([
        // The previous release inserts posts without a slug: a required column without a default is a contract.
        ['contract', 'column public.posts.slug added (text NOT NULL)'],
        ['contract', 'column public.posts.body removed (was text NULL)'],
        [
          'expand',
          'index public.posts_title_idx added (CREATE INDEX posts_title_idx ON public.posts USING btree (title))',
        ],
      ]),
    );
    const [notice] = findingsOf(run, 'schema-changes');
    expect(notice!.message).toMatch(
      /^Schema changes base → head: contract \(the previous release may break\): .*column public\.posts\.(body|slug)/,
    );
    expect(rehearsal.timings).toMatchObject({
      startMs: expect.any(Number),
      applyMs: expect.any(Number),
      totalMs: expect.any(Number),
    });
  });

  it('applies the user seed file and reports where it fails', async () => {
    repo = repoWithChange(
      {
        'db/migrations/1_items.up.sql': 'CREATE TABLE items (id int PRIMARY KEY, sku text);\n',
        'db/migrations/1_items.down.sql': 'DROP TABLE items;\n',
      },
      {
        'db/seed.sql': "INSERT INTO items VALUES (1, 'A-1');\nINSERT INTO itemz VALUES (2, 'A-2');\n",
        'db/migrations/2_sku.up.sql':
          'ALTER TABLE items ADD CONSTRAINT items_sku_len CHECK (length(sku) > 2);\n',
        'db/migrations/2_sku.down.sql': 'ALTER TABLE items DROP CONSTRAINT items_sku_len;\n',
      },
    );
    run = await rehearse(repo, [...LOCAL, '--seed', 'db/seed.sql']);
    const [seedFailure] = findingsOf(run, 'seed-failed');
    expect(seedFailure).toMatchObject({ file: 'db/seed.sql', line: 2, severity: 'error' });
    expect(seedFailure!.message).toContain('relation "itemz" does not exist');
    expect(findingsOf(run, 'migration-failed')).toEqual([]);
  });

  it('skips an extension the server lacks with a notice and stops, without blocking, where it is needed', async () => {
    repo = repoWithChange(SUPABASE_BASE, {
      'supabase/migrations/20260201000000_embeddings.sql': `create extension if not exists "no_such_extension" with schema extensions;
create extension if not exists pgcrypto with schema extensions;
create table public.documents (id uuid primary key default gen_random_uuid(), body text);
`,
    });
    run = await rehearse(repo, LOCAL);
    expect(run.code).toBe(0);
    const skipped = findingsOf(run, 'extension-unavailable');
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ severity: 'notice', line: 1 });
    expect(run.report.rehearsal!.layouts![0]!.changes.map((c) => c.description)).toContain(
      'table public.documents added (2 columns: body, id)',
    );
  });

  it('stops at the time box and still removes the server', async () => {
    repo = repoWithChange(
      {
        'migrations/001_t.sql': 'CREATE TABLE t (id int);\n',
        '.github/rollback-ready.yml': 'rehearsal:\n  timeout: 3s\n',
      },
      { 'migrations/002_slow.sql': 'SELECT pg_sleep(30);\n' },
    );
    const started = Date.now();
    run = await rehearse(repo, LOCAL);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(run.code).toBe(1);
    expect(findingsOf(run).map((f) => f.rule)).toEqual(['rehearsal-timeout']);
  });

  it("places the server's error by its position in a file the parser cannot split (plain SQL)", async () => {
    repo = repoWithChange(
      { 'migrations/001_accounts.sql': 'CREATE TABLE accounts (id int PRIMARY KEY);\n' },
      {
        'migrations/002_broken.sql':
          'ALTER TABLE accounts ADD COLUMN plan text;\nALTER TABLE accounts ADD COLUMN seats intt;\nCREATE TABLE oops (;\n',
      },
    );
    run = await rehearse(repo, LOCAL);
    expect(run.code).toBe(1);
    const [failure] = findingsOf(run, 'migration-failed');
    // The server parses the whole file before running any of it, so the syntax error is what it reports first.
    expect(failure).toMatchObject({ file: 'migrations/002_broken.sql', line: 3, column: 20 });
    expect(failure!.message).toContain('syntax error at or near ";"');
  });

  it('runs under check only when rehearsal.enabled is true', async () => {
    repo = repoWithChange(SUPABASE_BASE, {
      'supabase/migrations/20260201000000_bio_required.sql':
        'alter table public.profiles alter column bio set not null;\n',
    });
    const off = await rehearse(repo, LOCAL, 'check');
    expect(off.report.gates.find((g) => g.gate === 'rehearsal')).toMatchObject({
      status: 'skipped',
      summary: expect.stringContaining('rehearsal.enabled'),
    });
    expect(off.serverDirs).toEqual([]);
    // With --base the policy is the base commit's (issue 17 E): the setting lands on main.
    repo.checkout('main').write('.github/rollback-ready.yml', 'rehearsal:\n  enabled: true\n');
    repo.commit('enable the rehearsal');
    repo.checkout('pr');
    run = await rehearse(repo, LOCAL, 'check');
    expect(run.report.gates.find((g) => g.gate === 'rehearsal')).toMatchObject({ status: 'fail' });
    expect(findingsOf(run, 'migration-failed')[0]).toMatchObject({
      file: 'supabase/migrations/20260201000000_bio_required.sql',
      line: 1,
    });
  });

  it("applies Supabase migrations that use the platform's default extensions without creating them (basejump)", async () => {
    repo = repoWithChange(SUPABASE_BASE, {
      // basejump-setup.sql and basejump-accounts.sql: pgcrypto and uuid-ossp are in schema extensions on
      // every Supabase project, and its roles' search_path names that schema.
      'supabase/migrations/20260201000000_tokens.sql': `create or replace function public.generate_token(length int) returns text as
$$ select encode(gen_random_bytes(length), 'base64') $$ language sql;
create table public.invitations (
  id uuid unique not null default extensions.uuid_generate_v4(),
  token text default public.generate_token(30)
);
set search_path = public;
create table public.teams (id uuid primary key default gen_random_uuid());
`,
      'supabase/migrations/20260202000000_more.sql': `create table public.keys (k text default gen_random_bytes(4)::text);
`,
    });
    run = await rehearse(repo, LOCAL);
    expect(findingsOf(run).filter((f) => f.severity !== 'notice')).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.report.rehearsal!.layouts![0]!.files.filter((f) => f.phase === 'new')).toEqual([
      expect.objectContaining({ status: 'applied' }),
      expect.objectContaining({ status: 'applied' }),
    ]);
  });

  it('skips without starting a server when no migration is new', async () => {
    repo = repoWithChange(SUPABASE_BASE, { 'src/app.ts': 'export {};\n' });
    run = await rehearse(repo, LOCAL);
    expect(run.code).toBe(0);
    expect(run.serverDirs).toEqual([]);
    expect(run.report.gates).toEqual([
      { gate: 'rehearsal', status: 'skipped', summary: 'no new migrations to rehearse' },
    ]);
  });
});
