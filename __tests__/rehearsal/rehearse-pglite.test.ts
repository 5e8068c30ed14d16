import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from '@jest/globals';
import { openPglite } from '../../src/db/pglite-server.js';
import type { TempRepo } from '../support/git-repo.js';
import { findingsOf, rehearse, repoWithChange } from './support.js';

// PGlite takes several seconds to start on a small machine: a few tests cover what differs (the driver,
// the engine selection, the report), the local-server tests cover the rest.
const PGLITE = ['--base', 'main', '--engine', 'pglite'];

let repo: TempRepo | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

describe('rehearse on the embedded PGlite', () => {
  it('catches SET NOT NULL over seeded NULLs in Supabase migrations that use auth.users and auth.uid()', async () => {
    repo = repoWithChange(
      {
        'supabase/migrations/20260101000000_todos.sql': `create table public.todos (
  id bigint generated always as identity primary key,
  user_id uuid not null references auth.users (id),
  title text not null,
  due_on date
);
alter table public.todos enable row level security;
create policy "own todos" on public.todos for all to authenticated using (auth.uid() = user_id);
`,
      },
      {
        'supabase/migrations/20260301000000_due_required.sql': `create index todos_user_idx on public.todos (user_id);

alter table public.todos alter column due_on set not null;
`,
      },
    );
    const run = await rehearse(repo, PGLITE);
    expect(run.code).toBe(1);
    expect(run.report.rehearsal).toMatchObject({
      engine: 'pglite',
      server: expect.stringContaining('PGlite'),
    });
    const [failure] = findingsOf(run, 'migration-failed');
    expect(failure).toMatchObject({ file: 'supabase/migrations/20260301000000_due_required.sql', line: 3 });
    expect(failure!.message).toContain('column "due_on" of relation "todos" contains null values');
    expect(failure!.message).toContain('PGlite');
    expect(run.serverDirs).toEqual([]);
  });

  it('passes a clean golang-migrate change and checks its down migration', async () => {
    repo = repoWithChange(
      {
        'migrations/1_users.up.sql': 'CREATE TABLE users (id serial PRIMARY KEY, email text);\n',
        'migrations/1_users.down.sql': 'DROP TABLE users;\n',
      },
      {
        'migrations/2_orders.up.sql':
          'CREATE TABLE orders (id serial PRIMARY KEY, user_id int NOT NULL REFERENCES users (id));\nCREATE INDEX orders_user_idx ON orders (user_id);\n',
        'migrations/2_orders.down.sql': 'DROP TABLE orders;\n',
      },
    );
    const run = await rehearse(repo, PGLITE);
    // PGlite is PostgreSQL 17+, production (migrations.pg-version, 15 by default) is not: a warning.
    expect(
      findingsOf(run)
        .filter((f) => f.severity !== 'notice')
        .map((f) => f.rule),
    ).toEqual(['server-version-mismatch']);
    expect(run.code).toBe(0);
    expect(run.report.rehearsal!.layouts![0]).toMatchObject({ outcome: 'passed', downsChecked: 1 });
    expect(run.report.rehearsal!.layouts![0]!.changes.map((c) => c.description)).toEqual([
      'table public.orders added (2 columns: id, user_id)',
    ]);
  });
});

describe('the embedded PGlite, in a worker thread', () => {
  it('stops a statement that never yields at rehearsal.timeout', async () => {
    repo = repoWithChange(
      // On the base: with --base the policy is the base commit's (issue 17 E).
      { 'migrations/001_t.sql': 'CREATE TABLE t (id int);\n', '.github/rollback-ready.yml': 'rehearsal:\n  timeout: 45s\n' },
      { 'migrations/002_spin.sql': 'DO $$ BEGIN LOOP END LOOP; END $$;\n' },
    );
    const started = Date.now();
    const run = await rehearse(repo, PGLITE);
    expect(Date.now() - started).toBeLessThan(150_000);
    expect(run.code).toBe(1);
    expect(findingsOf(run, 'rehearsal-timeout')).toHaveLength(1);
  }, 200_000);

  it('has no processes and no host files to reach: COPY TO PROGRAM and pg_read_file find nothing of the runner', async () => {
    const marker = `/tmp/rr-pglite-${process.pid}`;
    const db = await openPglite();
    try {
      const hostname = readFileSync('/etc/hostname', 'utf8');
      const read = await db.query<{ text: string }>(`SELECT pg_read_file('/etc/hostname') AS text`).then(
        (rows) => rows[0]?.text,
        (error: Error) => error.message,
      );
      expect(read).toMatch(/could not open file/);
      expect(read).not.toBe(hostname);
      // PGlite cannot start a process: the statement does nothing (and no shell runs).
      await db.exec(`COPY (SELECT 1) TO PROGRAM 'touch ${marker}'`).catch(() => {});
    } finally {
      await db.close();
    }
    expect(existsSync(marker)).toBe(false);
  }, 120_000);
});
