import type { Logger } from '../core/gate.js';
import { interrupted } from './cleanup.js';
import type { Database, EngineChoice } from './database.js';
import { DatabaseUnavailableError } from './database.js';
import { findPostgresBinaries } from './find-binaries.js';
import type { PostgresBinaries } from './find-binaries.js';
import { startLocalServer } from './local-server.js';
import type { LocalServer } from './local-server.js';
import { LOCAL_APPLY_ROLE, LOCAL_SUPERUSER, prepareApplyRole, privilegeProblem } from './apply-role.js';
import { connectPg, majorOf } from './pg-client.js';
import type { PgSession } from './pg-client.js';
import { openPglite } from './pglite-server.js';
import { openUrlDatabase } from './url-database.js';

export type { Database, DatabaseKind, EngineChoice } from './database.js';

/** A database on a local cluster; the server is exposed for callers that hand its socket to a command. */
export type LocalDatabase = Database & { readonly server: LocalServer };

export interface OpenDatabaseOptions {
  /** An explicit server (never taken from DATABASE_URL implicitly); wins over `engine`. */
  databaseUrl?: string;
  engine: EngineChoice;
  /** Prefer binaries of this major version when several are installed (production's version). */
  preferMajor?: number;
  log: Logger;
  /** Test hook: where binaries are looked up. */
  findBinaries?: (preferMajor?: number) => Promise<PostgresBinaries | undefined>;
}

const INSTALL_HINT =
  "install PostgreSQL (e.g. `sudo apt-get install postgresql`; GitHub's Ubuntu runners have it), " +
  'or pass database-url (e.g. a Postgres service container), or install the npm package @electric-sql/pglite';

/**
 * A throwaway database, from the first source that works: `database-url` when given; else a local
 * server from the machine's PostgreSQL binaries; else the embedded PGlite. `engine` pins one source.
 * The caller must `close()` it (in `finally`); signals and process exit are covered too.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const { log } = options;
  if (options.databaseUrl) {
    if (options.engine !== 'auto') log.info(`database-url is set, so engine "${options.engine}" is not used`);
    return openUrlDatabase(options.databaseUrl);
  }
  const find = options.findBinaries ?? findPostgresBinaries;
  if (options.engine === 'pglite') return openPglite();

  const binaries = await find(options.preferMajor);
  if (options.engine === 'local') {
    if (!binaries)
      throw new DatabaseUnavailableError(
        `engine "local" needs the PostgreSQL binaries initdb and postgres, found neither on PATH nor under /usr/lib/postgresql/*/bin; ${INSTALL_HINT}`,
      );
    return openLocal(binaries);
  }

  const reasons: string[] = [];
  if (binaries) {
    try {
      return await openLocal(binaries);
    } catch (error) {
      if (interrupted()) throw error; // Ctrl-C while starting: no fallback, just stop
      reasons.push((error as Error).message);
      log.warn(`${(error as Error).message}\nfalling back to the embedded PGlite`);
    }
  } else {
    reasons.push('no PostgreSQL binaries (initdb, postgres) on PATH or under /usr/lib/postgresql/*/bin');
  }
  try {
    return await openPglite();
  } catch (error) {
    reasons.push((error as Error).message);
    throw new DatabaseUnavailableError(
      `no Postgres to rehearse on: ${reasons.join('; ')}. To fix: ${INSTALL_HINT}`,
    );
  }
}

/**
 * A cluster from the local binaries, connected over its unix socket twice: as its superuser for the
 * tool's own setup, and as the unprivileged role `postgres` that owns the database for everything else.
 */
export async function openLocal(binaries: PostgresBinaries): Promise<LocalDatabase> {
  const started = Date.now();
  let server;
  try {
    server = await startLocalServer(binaries, { superuser: LOCAL_SUPERUSER });
  } catch (error) {
    throw new DatabaseUnavailableError(
      `the local PostgreSQL ${binaries.version} (${binaries.binDir}) did not start: ${(error as Error).message}`,
    );
  }
  let admin: PgSession | undefined;
  let session: PgSession | undefined;
  try {
    const socket = { host: server.socketDir, port: server.port, database: 'postgres' };
    admin = await connectPg({ ...socket, user: server.superuser });
    await prepareApplyRole(admin, { role: LOCAL_APPLY_ROLE, database: 'postgres', create: true });
    session = await connectPg({ ...socket, user: LOCAL_APPLY_ROLE });
    const problem = await privilegeProblem(session);
    if (problem) throw new Error(`refusing to apply migrations: ${problem}`);
    const s = server;
    const [a, apply] = [admin, session];
    let closed: Promise<void> | undefined;
    return {
      server: s,
      kind: 'local',
      label: `local PostgreSQL ${binaries.version}`,
      majorVersion: majorOf(binaries.version),
      startupMs: Date.now() - started,
      applyRole: LOCAL_APPLY_ROLE,
      describe: () =>
        `a local PostgreSQL ${binaries.version} (${binaries.binDir}) running as ${s.runsAs} in ${s.dir}, migrations applied as the unprivileged role ${LOCAL_APPLY_ROLE}`,
      exec: (sql) => apply.exec(sql),
      query: (sql, params) => apply.query(sql, params),
      setup: (sql) => a.exec(sql),
      close() {
        closed ??= (async () => {
          await Promise.all([apply.end(), a.end()]);
          await s.stop();
        })();
        return closed;
      },
    };
  } catch (error) {
    await Promise.all([session?.end(), admin?.end()]);
    await server.stop();
    throw new DatabaseUnavailableError(
      `cannot prepare the local PostgreSQL ${binaries.version}: ${(error as Error).message}`,
    );
  }
}
