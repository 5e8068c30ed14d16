import { randomBytes } from 'node:crypto';
import { registerCleanup } from './cleanup.js';
import type { Database } from './database.js';
import { DatabaseUnavailableError, redactUrl } from './database.js';
import { connectPg, majorOf } from './pg-client.js';
import type { PgSession } from './pg-client.js';

/** Every scratch database we create starts with this, so a leftover is recognisable as ours. */
export const SCRATCH_PREFIX = 'rr_rehearsal_';

/**
 * A fresh scratch database on the server the user named (e.g. a Postgres service container). The
 * database in the URL is only used to run CREATE/DROP DATABASE; existing databases are never touched.
 */
export async function openUrlDatabase(url: string): Promise<Database> {
  const started = Date.now();
  const shown = redactUrl(url);
  let admin: PgSession;
  try {
    admin = await connectPg({ connectionString: url });
  } catch (error) {
    throw new DatabaseUnavailableError(
      `cannot connect to database-url ${shown}: ${(error as Error).message}`,
    );
  }
  const name = `${SCRATCH_PREFIX}${randomBytes(6).toString('hex')}`;
  let session: PgSession | undefined;
  let unregister = () => {};
  const drop = async () => {
    await session?.end();
    await admin
      .exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      .catch(() => admin.exec(`DROP DATABASE IF EXISTS ${name}`));
  };
  try {
    const [{ server_version: version } = { server_version: '' }] = await admin.query<{
      server_version: string;
    }>('SHOW server_version');
    await admin.exec(`CREATE DATABASE ${name}`);
    unregister = registerCleanup({
      async: async () => {
        await drop().catch(() => {});
        await admin.end();
      },
      // Nothing synchronous can drop a database; the name prefix marks a leftover as ours.
      sync: () => {},
    });
    const target = new URL(url);
    target.pathname = `/${name}`;
    session = await connectPg({ connectionString: target.toString() });
    const major = majorOf(version);
    const s = session;
    let closed: Promise<void> | undefined;
    return {
      kind: 'database-url',
      label: `PostgreSQL ${version} (database-url)`,
      majorVersion: major,
      startupMs: Date.now() - started,
      describe: () => `the database-url server (PostgreSQL ${version}, ${shown}), scratch database ${name}`,
      exec: (sql) => s.exec(sql),
      query: (sql, params) => s.query(sql, params),
      close() {
        closed ??= (async () => {
          try {
            await drop();
          } finally {
            await admin.end();
            unregister();
          }
        })();
        return closed;
      },
    };
  } catch (error) {
    await drop().catch(() => {});
    await admin.end();
    unregister();
    if (error instanceof DatabaseUnavailableError) throw error;
    throw new DatabaseUnavailableError(
      `cannot create a scratch database on database-url ${shown}: ${(error as Error).message}`,
    );
  }
}
