import { existsSync, rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from '@jest/globals';
import type { TempRepo } from '../support/git-repo.js';
import { expectNothingLeftBehind, findingsOf, rehearse, repoWithChange } from './support.js';
import type { RehearseRun } from './support.js';

const LOCAL = ['--base', 'main', '--engine', 'local'];
const MARKER = `/tmp/rr-fail-closed-${process.pid}`;

let repo: TempRepo | undefined;
let run: RehearseRun | undefined;
afterEach(() => {
  if (run) expectNothingLeftBehind(run.serverDirs);
  repo?.remove();
  repo = undefined;
  run = undefined;
  rmSync(MARKER, { force: true });
});

const SUPABASE_BASE = {
  'supabase/migrations/20260101000000_profiles.sql': `create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  display_name text,
  updated_at timestamptz default now()
);
alter table public.profiles enable row level security;
`,
};

describe('untrusted SQL in a rehearsal', () => {
  it('never runs COPY ... TO PROGRAM: the statement is refused, named at file:line, and blocks', async () => {
    repo = repoWithChange(
      { 'migrations/001_t.sql': 'CREATE TABLE t (id int);\n' },
      {
        'migrations/002_shell.sql': `CREATE TABLE t2 (id int);\nCOPY (SELECT 1) TO PROGRAM 'touch ${MARKER}';\n`,
      },
    );
    run = await rehearse(repo, LOCAL);
    expect(existsSync(MARKER)).toBe(false);
    expect(run.code).toBe(1);
    expect(run.report.verdict).toBe('block');
    const [refused] = findingsOf(run, 'statement-not-permitted');
    expect(refused).toMatchObject({ file: 'migrations/002_shell.sql', line: 2, severity: 'error' });
    expect(refused!.message).toContain('`COPY (SELECT 1) TO PROGRAM');
    expect(refused!.message).toContain('unprivileged role postgres');
    expect(run.report.rehearsal!.server).toContain('applied as the unprivileged role postgres');
  });

  it('applies real Supabase migrations as the unprivileged role: owner, grants, policies, allowed extensions', async () => {
    repo = repoWithChange(SUPABASE_BASE, {
      'supabase/migrations/20260201000000_touch.sql': `create extension if not exists moddatetime schema extensions;
create extension if not exists pg_stat_statements with schema extensions;
create extension if not exists dblink;
alter table public.profiles add column bio text;
alter table public.profiles owner to postgres;
create trigger profiles_touch before update on public.profiles
  for each row execute procedure extensions.moddatetime (updated_at);
create policy "own profile" on public.profiles for select to authenticated using (auth.uid() = id);
grant select on public.profiles to anon, authenticated;
`,
      'supabase/migrations/20260202000000_remote.sql': `select dblink_connect('host=/tmp');\n`,
    });
    run = await rehearse(repo, LOCAL);
    expect(findingsOf(run).filter((f) => f.severity === 'error')).toEqual([]);
    expect(run.code).toBe(0);
    const skipped = findingsOf(run, 'extension-unavailable');
    expect(skipped.map((f) => [f.severity, f.line])).toEqual([
      ['notice', 3],
      ['warning', 1],
    ]);
    expect(skipped[0]!.message).toMatch(/^Extension "dblink" could not be created: only a superuser/);
    expect(skipped[1]!.message).toContain('uses extension "dblink"');
    const files = run.report.rehearsal!.layouts![0]!.files.filter((f) => f.phase === 'new');
    expect(files.map((f) => f.status)).toEqual(['applied', 'failed']);
  });

  it('does not excuse an error that has nothing to do with a missing extension (the stand-in lacks a column)', async () => {
    repo = repoWithChange(SUPABASE_BASE, {
      'supabase/migrations/20260201000000_anon.sql': `create extension if not exists "no_such_extension";
create view public.anonymous_users as select id from auth.users where is_anonymous;
`,
    });
    run = await rehearse(repo, LOCAL);
    expect(run.code).toBe(1);
    const [failed] = findingsOf(run, 'migration-failed');
    expect(failed).toMatchObject({ line: 2, severity: 'error' });
    expect(failed!.message).toContain('column "is_anonymous" does not exist');
    expect(findingsOf(run, 'extension-unavailable').map((f) => f.severity)).toEqual(['notice']);
  });
});

describe('a rehearsal that proved nothing', () => {
  it('blocks when the base fails, naming the real error', async () => {
    repo = repoWithChange(
      { 'supabase/migrations/20260101000000_anon.sql': 'create index on auth.users (is_anonymous);\n' },
      { 'supabase/migrations/20260201000000_more.sql': 'create table public.notes (id int);\n' },
    );
    run = await rehearse(repo, LOCAL);
    expect(run.code).toBe(1);
    const [nothing] = findingsOf(run, 'nothing-rehearsed');
    expect(nothing!.severity).toBe('error');
    expect(nothing!.message).toMatch(/^None of the 1 new Supabase migration\(s\) was rehearsed/);
    expect(nothing!.message).toContain(
      'a base migration failed at supabase/migrations/20260101000000_anon.sql:1',
    );
    expect(nothing!.message).toContain('column "is_anonymous" does not exist');
    expect(nothing!.message).not.toMatch(/extension/);
  });

  it('blocks when every statement of the new migrations was skipped', async () => {
    repo = repoWithChange(
      { 'migrations/001_t.sql': 'CREATE TABLE t (id int);\n' },
      { 'migrations/002_ext.sql': 'CREATE EXTENSION IF NOT EXISTS no_such_extension;\n' },
    );
    run = await rehearse(repo, LOCAL);
    expect(run.code).toBe(1);
    expect(findingsOf(run).map((f) => [f.rule, f.severity])).toEqual(
      expect.arrayContaining([
        ['extension-unavailable', 'notice'],
        ['nothing-rehearsed', 'error'],
      ]),
    );
    expect(findingsOf(run, 'nothing-rehearsed')[0]!.message).toContain('every statement was skipped');
  });
});

describe('what the report must say', () => {
  it('names a table the schema would not let it seed, and a server major other than production', async () => {
    repo = repoWithChange(
      {
        'migrations/001_items.sql':
          "CREATE TABLE items (id int PRIMARY KEY, code text NOT NULL CHECK (code ~ '^[A-Z]{3}$'));\n",
        '.github/rollback-ready.yml': 'migrations:\n  pg-version: 13\n',
      },
      { 'migrations/002_note.sql': 'ALTER TABLE items ALTER COLUMN code SET NOT NULL;\n' },
    );
    run = await rehearse(repo, LOCAL);
    const [notSeeded] = findingsOf(run, 'table-not-seeded');
    expect(notSeeded).toMatchObject({ severity: 'warning' });
    expect(notSeeded!.message).toMatch(
      /could not put a row into public\.items .*ran on an empty public\.items/,
    );
    const [version] = findingsOf(run, 'server-version-mismatch');
    expect(version!.message).toMatch(/ran on PostgreSQL \d+ .*production runs PostgreSQL 13/);
  });
});
