import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { silentLogger } from '../../src/core/gate.js';
import { HELPER_SCHEMA } from '../../src/db/apply-role.js';
import { openLocal } from '../../src/db/connect.js';
import type { LocalDatabase } from '../../src/db/connect.js';
import { findPostgresBinaries } from '../../src/db/find-binaries.js';
import { MARKER_VARIABLE } from '../../src/db/leftovers.js';
import { startLocalServer } from '../../src/db/local-server.js';
import { connectPg } from '../../src/db/pg-client.js';
import { expectNothingLeftBehind } from './support.js';

const MARKER = `/tmp/rr-apply-role-${process.pid}`;
let db: LocalDatabase;

beforeAll(async () => {
  const binaries = await findPostgresBinaries();
  if (!binaries) throw new Error('the PostgreSQL binaries are missing; .ci/run installs them');
  // A runner's secret in the CLI's environment must not reach the server.
  process.env.GITHUB_TOKEN = 'ghs_sentinel_token_value';
  try {
    db = await openLocal(binaries);
  } finally {
    delete process.env.GITHUB_TOKEN;
  }
  void silentLogger;
});

afterAll(async () => {
  await db?.close();
  rmSync(MARKER, { force: true });
  if (db) expectNothingLeftBehind([db.server.dir]);
});

const refused = async (sql: string) => {
  const error = (await db.exec(sql).then(
    () => undefined,
    (e: unknown) => e,
  )) as { code?: string; message?: string } | undefined;
  return error?.code;
};

describe('the role that applies untrusted SQL on a local server', () => {
  it('cannot run programs, read or write server files, or become anyone else', async () => {
    expect(await refused(`COPY (SELECT 1) TO PROGRAM 'touch ${MARKER}'`)).toBe('42501');
    expect(existsSync(MARKER)).toBe(false);
    expect(await refused(`SELECT pg_read_file('/etc/hostname')`)).toBe('42501');
    expect(await refused(`COPY (SELECT 1) TO '${MARKER}'`)).toBe('42501');
    expect(await refused(`SELECT lo_import('/etc/hostname')`)).toBe('42501');
    expect(await refused(`SET ROLE ${db.server.superuser}`)).toBe('42501');
    expect(await refused(`CREATE ROLE intruder SUPERUSER`)).toBe('42501');
    expect(await refused(`ALTER ROLE postgres SUPERUSER`)).toBe('42501');
    expect(await refused(`GRANT pg_execute_server_program TO postgres`)).toBe('42501');
    expect(await refused(`CREATE EXTENSION dblink`)).toBe('42501');
    expect(existsSync(MARKER)).toBe(false);
    const [me] = await db.query<{ user: string; superuser: boolean }>(
      'SELECT current_user AS user, rolsuper AS superuser FROM pg_roles WHERE rolname = current_user',
    );
    expect(me).toEqual({ user: 'postgres', superuser: false });
  });

  it('can do what real migrations do: schemas, trusted extensions, ownership, grants, policies', async () => {
    await db.setup('CREATE ROLE app_reader NOLOGIN; GRANT app_reader TO postgres');
    await db.exec(`CREATE SCHEMA app;
      CREATE EXTENSION IF NOT EXISTS pgcrypto;
      CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA app;
      CREATE TABLE app.items (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), owner text);
      ALTER TABLE app.items OWNER TO postgres;
      ALTER TABLE app.items ENABLE ROW LEVEL SECURITY;
      CREATE POLICY mine ON app.items FOR SELECT TO app_reader USING (owner = current_user);
      GRANT SELECT ON app.items TO app_reader;
      GRANT USAGE, CREATE ON SCHEMA app TO app_reader;
      ALTER TABLE app.items OWNER TO app_reader;`);
    const [row] = await db.query<{ id: string }>('SELECT app.uuid_generate_v4()::text AS id');
    expect(row!.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gets a harmless untrusted extension from the helper, in a fresh schema, and owns it; never a dangerous one', async () => {
    await db.exec('CREATE SCHEMA extensions');
    await db.query(`SELECT ${HELPER_SCHEMA}.create_extension('pg_stat_statements', 'extensions')`);
    const [ext] = await db.query<{ schema: string; owner: string }>(
      `SELECT extnamespace::regnamespace::text AS schema, extowner::regrole::text AS owner FROM pg_extension WHERE extname = 'pg_stat_statements'`,
    );
    expect(ext).toEqual({ schema: 'extensions', owner: 'postgres' });
    await db.exec('DROP EXTENSION pg_stat_statements'); // as a down migration would
    for (const dangerous of ['dblink', 'postgres_fdw', 'file_fdw', 'adminpack'])
      await expect(
        db.query(`SELECT ${HELPER_SCHEMA}.create_extension($1, 'public')`, [dangerous]),
      ).rejects.toMatchObject({ code: '42501' });
    // A schema planted where the helper stages the script makes it refuse, not run in it.
    await db.exec('CREATE SCHEMA rollback_ready_extension_stage');
    await expect(
      db.query(`SELECT ${HELPER_SCHEMA}.create_extension('pgrowlocks', 'public')`),
    ).rejects.toMatchObject({ code: '42P06' });
    await db.exec('DROP SCHEMA rollback_ready_extension_stage');
  });

  it('runs the server with a scrubbed environment: no runner secrets in /proc/<pid>/environ', () => {
    const environ = readFileSync(`/proc/${db.server.pid}/environ`, 'utf8').split('\0').filter(Boolean);
    const names = environ.map((e) => e.split('=')[0]).sort();
    expect(names).toEqual(['LANG', 'LC_ALL', 'PATH', MARKER_VARIABLE, 'TZ']);
    expect(environ.join('\n')).not.toContain('ghs_sentinel_token_value');
  });
});

describe('stopping a server', () => {
  it('is bounded while a client holds a connection busy, and kills processes that left its group', async () => {
    const binaries = (await findPostgresBinaries())!;
    const server = await startLocalServer(binaries);
    const client = await connectPg({
      host: server.socketDir,
      port: server.port,
      user: 'postgres',
      database: 'postgres',
    });
    const busy = client.exec('SELECT pg_sleep(600)').catch(() => {});
    // What a program started by the server would look like after setsid: another group, the marker kept.
    const stray = spawn('sleep', ['600'], {
      detached: true,
      stdio: 'ignore',
      env: { PATH: process.env.PATH, [MARKER_VARIABLE]: server.dir },
    });
    const strayExit = new Promise((resolve) => stray.once('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = Date.now();
    await server.stop();
    expect(Date.now() - started).toBeLessThan(8_000);
    await expect(strayExit).resolves.toBeNull();
    await busy;
    await client.end();
    expectNothingLeftBehind([server.dir]);
  });
});
