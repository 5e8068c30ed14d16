import { randomBytes } from 'node:crypto';
import { registerCleanup } from './cleanup.js';
import type { Database } from './database.js';
import { DatabaseUnavailableError, redactUrl } from './database.js';
import { connectPg, majorOf } from './pg-client.js';
import type { PgSession } from './pg-client.js';
import { prepareApplyRole, privilegeProblem } from './apply-role.js';

/** Every scratch database we create starts with this, so a leftover is recognisable as ours. */
export const SCRATCH_PREFIX = 'rr_rehearsal_';

/**
 * A fresh scratch database on the server the user named (e.g. a Postgres service container). The
 * database in the URL is only used to run CREATE/DROP DATABASE; existing databases are never touched.
 * The pull request's SQL runs as the URL's role only when that role is unprivileged; otherwise as a
 * role made for this run (dropped afterwards), and when none can be made the rehearsal refuses.
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
  const suffix = randomBytes(6).toString('hex');
  const name = `${SCRATCH_PREFIX}${suffix}`;
  let role: string | undefined;
  let setup: PgSession | undefined;
  let session: PgSession | undefined;
  let unregister = () => {};
  const drop = async () => {
    await Promise.all([session?.end(), setup?.end()]);
    await admin
      .exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      .catch(() => admin.exec(`DROP DATABASE IF EXISTS ${name}`));
    if (role) await admin.exec(`DROP ROLE IF EXISTS ${role}`);
  };
  try {
    const [{ server_version: version } = { server_version: '' }] = await admin.query<{
      server_version: string;
    }>('SHOW server_version');
    const [{ user, superuser } = { user: '', superuser: false }] = await admin.query<{
      user: string;
      superuser: boolean;
    }>('SELECT current_user AS user, rolsuper AS superuser FROM pg_roles WHERE rolname = current_user');
    const problem = await privilegeProblem(admin);
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
    if (problem) {
      const password = randomBytes(18).toString('base64url');
      role = `${SCRATCH_PREFIX}${suffix}`;
      await admin
        .exec(
          `CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '${password}'`,
        )
        .catch((error: Error) => {
          role = undefined;
          throw refusal(shown, problem, `it cannot create one (${error.message})`);
        });
      // A CREATEROLE user must be a member to hand the database over.
      if (!superuser) await admin.exec(`GRANT ${role} TO "${user.replace(/"/g, '""')}"`);
      await admin.exec(`CREATE DATABASE ${name} OWNER ${role}`);
      setup = await connectPg({ connectionString: target.toString() });
      await prepareApplyRole(setup, { role, database: name, create: false, helper: superuser });
      const asRole = new URL(target);
      asRole.username = role;
      asRole.password = password;
      session = await connectPg({ connectionString: asRole.toString() }).catch((error: Error) => {
        throw refusal(shown, problem, `it created ${role} but cannot log in as it (${error.message})`);
      });
    } else {
      await admin.exec(`CREATE DATABASE ${name}`);
      session = await connectPg({ connectionString: target.toString() });
      setup = session;
    }
    const stillPrivileged = await privilegeProblem(session);
    if (stillPrivileged) throw refusal(shown, stillPrivileged, 'the role it logged in as is privileged');
    const major = majorOf(version);
    const [s, a] = [session, setup];
    const applyRole = role ?? user;
    let closed: Promise<void> | undefined;
    return {
      kind: 'database-url',
      label: `PostgreSQL ${version} (database-url)`,
      majorVersion: major,
      startupMs: Date.now() - started,
      applyRole,
      describe: () =>
        `the database-url server (PostgreSQL ${version}, ${shown}), scratch database ${name}, migrations applied as the unprivileged role ${applyRole}`,
      exec: (sql) => s.exec(sql),
      query: (sql, params) => s.query(sql, params),
      setup: (sql) => a.exec(sql),
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

/** Never silently apply as a privileged role: say why, and what URL to pass instead. */
function refusal(shown: string, problem: string, why: string): DatabaseUnavailableError {
  return new DatabaseUnavailableError(
    `database-url ${shown} logs in as a privileged role (${problem}); the rehearsal applies a pull request's SQL only as an unprivileged role, and ${why}. Pass a database-url for a role that is not a superuser and has CREATEDB (docs/rehearsal.md)`,
  );
}
