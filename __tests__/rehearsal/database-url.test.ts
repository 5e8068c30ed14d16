import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { findPostgresBinaries } from '../../src/db/find-binaries.js';
import { startLocalServer } from '../../src/db/local-server.js';
import type { LocalServer } from '../../src/db/local-server.js';
import { connectPg } from '../../src/db/pg-client.js';
import type { PgSession } from '../../src/db/pg-client.js';
import { findingsOf, expectNothingLeftBehind, rehearse, repoWithChange } from './support.js';

// A server standing in for the user's (e.g. a service container), with a database of their own.
let server: LocalServer;
let admin: PgSession;
let url: string;

beforeAll(async () => {
  const binaries = await findPostgresBinaries();
  if (!binaries) throw new Error('the PostgreSQL binaries are missing; .ci/run installs them');
  server = await startLocalServer(binaries);
  admin = await connectPg({
    host: server.socketDir,
    port: server.port,
    user: 'postgres',
    database: 'postgres',
  });
  await admin.exec('CREATE DATABASE app');
  url = `postgresql://postgres:s3cret-pw@localhost/app?host=${encodeURIComponent(server.socketDir)}&port=${server.port}`;
});

afterAll(async () => {
  await admin?.end();
  await server?.stop();
  if (server) expectNothingLeftBehind([server.dir]);
});

describe('rehearse with database-url', () => {
  it('rehearses in a scratch database it then drops, never touching existing ones or printing the password', async () => {
    const repo = repoWithChange(
      {
        'db/migrations/1_users.up.sql': 'CREATE TABLE users (id int PRIMARY KEY, email text);\n',
        'db/migrations/1_users.down.sql': 'DROP TABLE users;\n',
      },
      {
        'db/migrations/2_email.up.sql': 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;\n',
        'db/migrations/2_email.down.sql': 'ALTER TABLE users ALTER COLUMN email DROP NOT NULL;\n',
      },
    );
    try {
      const run = await rehearse(repo, ['--base', 'main', '--database-url', url]);
      expect(run.code).toBe(1);
      expect(run.report.rehearsal).toMatchObject({
        engine: 'database-url',
        server: expect.stringMatching(/scratch database rr_rehearsal_[0-9a-f]+/),
      });
      expect(findingsOf(run, 'migration-failed')[0]).toMatchObject({
        file: 'db/migrations/2_email.up.sql',
        line: 1,
      });
      const everything = JSON.stringify(run.report) + run.stderr;
      expect(everything).not.toContain('s3cret-pw');
      expect(everything).toContain('***');
      expect(run.serverDirs).toEqual([]);
    } finally {
      repo.remove();
    }
    const databases = await admin.query<{ datname: string }>('SELECT datname FROM pg_database ORDER BY 1');
    expect(databases.map((d) => d.datname)).toEqual(['app', 'postgres', 'template0', 'template1']);
  });

  it('reports a server it cannot reach as a finding that says what to do', async () => {
    const repo = repoWithChange({}, { 'db/migrations/1_users.up.sql': 'CREATE TABLE users (id int);\n' });
    try {
      const run = await rehearse(repo, [
        '--base',
        'main',
        '--database-url',
        'postgresql://postgres:pw@localhost/app?host=/nonexistent-socket-dir',
      ]);
      expect(run.code).toBe(1);
      const [finding] = findingsOf(run, 'database-unavailable');
      expect(finding!.message).toMatch(
        /^Cannot rehearse the migrations: cannot connect to database-url postgresql:\/\/postgres:\*\*\*@localhost\/app/,
      );
      expect(run.report.gates[0]).toMatchObject({
        status: 'fail',
        summary: 'could not rehearse: database unavailable',
      });
    } finally {
      repo.remove();
    }
  });

  const NOT_SUPERUSER = `DO $$ BEGIN
  IF (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user)
     OR pg_has_role(current_user, 'pg_execute_server_program', 'MEMBER') THEN
    RAISE EXCEPTION 'applied as a privileged role: %', current_user;
  END IF;
END $$;
`;
  const urlFor = (user: string) =>
    `postgresql://${user}@localhost/app?host=${encodeURIComponent(server.socketDir)}&port=${server.port}`;

  it('never applies as the superuser in the URL: a role made for the run applies, and is dropped after', async () => {
    const repo = repoWithChange({}, { 'migrations/001_check.sql': NOT_SUPERUSER });
    try {
      const run = await rehearse(repo, ['--base', 'main', '--database-url', url]);
      expect(findingsOf(run).filter((f) => f.severity === 'error')).toEqual([]);
      expect(run.code).toBe(0);
      expect(run.report.rehearsal!.server).toMatch(
        /applied as the unprivileged role rr_rehearsal_[0-9a-f]+$/,
      );
    } finally {
      repo.remove();
    }
    const roles = await admin.query<{ rolname: string }>(
      "SELECT rolname FROM pg_roles WHERE rolname LIKE 'rr\\_rehearsal\\_%'",
    );
    expect(roles).toEqual([]);
  });

  it('applies as the URL role itself when it is unprivileged', async () => {
    await admin.exec('CREATE ROLE app_owner LOGIN CREATEDB');
    const repo = repoWithChange({}, { 'migrations/001_check.sql': NOT_SUPERUSER });
    try {
      const run = await rehearse(repo, ['--base', 'main', '--database-url', urlFor('app_owner')]);
      expect(run.code).toBe(0);
      expect(run.report.rehearsal!.server).toMatch(/applied as the unprivileged role app_owner$/);
    } finally {
      repo.remove();
      await admin.exec('DROP ROLE app_owner');
    }
  });

  it('refuses, saying why and what to pass, when the URL role reaches server files and cannot make a role', async () => {
    await admin.exec('CREATE ROLE filer LOGIN CREATEDB; GRANT pg_read_server_files TO filer');
    const repo = repoWithChange({}, { 'migrations/001_t.sql': 'CREATE TABLE t (id int);\n' });
    try {
      const run = await rehearse(repo, ['--base', 'main', '--database-url', urlFor('filer')]);
      expect(run.code).toBe(1);
      const [refused] = findingsOf(run, 'database-unavailable');
      expect(refused!.message).toContain('role filer is a member of pg_read_server_files');
      expect(refused!.message).toContain('it cannot create one');
      expect(refused!.message).toContain('Pass a database-url for a role that is not a superuser');
      expect(run.report.rehearsal!.layouts ?? []).toEqual([]);
    } finally {
      repo.remove();
      await admin.exec('DROP ROLE filer');
    }
  });
});
