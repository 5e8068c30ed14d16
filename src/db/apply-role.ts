import type { PgSession } from './pg-client.js';

/**
 * A pull request's SQL (migrations, seeds, a dump under restore check) is hostile: as a superuser,
 * `COPY … TO PROGRAM` runs a shell on the CI machine and `pg_read_file` reads the runner's files. It is
 * applied only as a role that is not a superuser, cannot create roles (before PostgreSQL 16 CREATEROLE
 * can grant itself the roles below) and is not a member of the roles that reach the server's files
 * and programs. The superuser is kept for setup the tool itself writes.
 */
export const SERVER_ACCESS_ROLES = [
  'pg_execute_server_program',
  'pg_read_server_files',
  'pg_write_server_files',
] as const;

/**
 * On a throwaway local server the bootstrap superuser gets this name, so the role that applies the
 * migrations can be called `postgres`: Supabase and pg_dump output say `OWNER TO postgres`, and on
 * Supabase `postgres` is not a superuser either.
 */
export const LOCAL_SUPERUSER = 'rollback_ready_admin';
export const LOCAL_APPLY_ROLE = 'postgres';

/** Schema of the setup helpers; owned by the superuser, left out of schema snapshots. */
export const HELPER_SCHEMA = 'rollback_ready_rehearsal';

/**
 * Extensions that are not "trusted" (only a superuser may create them) but give no access to the
 * server's files, programs or network. When a migration asks for one, the rehearsal creates it on the
 * migration's behalf through a helper (see EXTENSION_HELPER). dblink, postgres_fdw, file_fdw, adminpack,
 * untrusted languages (plpython3u, plperlu) and the like are deliberately absent.
 */
export const SUPERUSER_EXTENSIONS = [
  'pg_stat_statements',
  'pg_buffercache',
  'pgstattuple',
  'pgrowlocks',
  'pg_visibility',
  'pg_freespacemap',
  'pg_prewarm',
  'amcheck',
  'moddatetime',
  'autoinc',
  'insert_username',
  'refint',
  'intagg',
  'bloom',
  'vector',
  'hypopg',
  'pg_hashids',
] as const;

type Sql = Pick<PgSession, 'exec' | 'query'>;

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** Why `role` must not apply untrusted SQL, or undefined when it may. */
export async function privilegeProblem(session: Sql, role?: string): Promise<string | undefined> {
  const [row] = await session.query<{
    name: string;
    superuser: boolean;
    createrole: boolean;
    server_access: string[];
  }>(
    `SELECT r.rolname AS name, r.rolsuper AS superuser, r.rolcreaterole AS createrole,
       ARRAY(SELECT b.rolname::text FROM pg_roles b
             WHERE b.rolname = ANY ($2::text[]) AND pg_has_role(r.oid, b.oid, 'MEMBER')) AS server_access
     FROM pg_roles r WHERE r.rolname = coalesce($1, current_user)`,
    [role ?? null, [...SERVER_ACCESS_ROLES]],
  );
  if (!row) return `role ${role ?? '(current)'} does not exist`;
  if (row.superuser) return `role ${row.name} is a superuser`;
  if (row.createrole) return `role ${row.name} has CREATEROLE (it could grant itself server file access)`;
  if (row.server_access.length) return `role ${row.name} is a member of ${row.server_access.join(', ')}`;
  return undefined;
}

/**
 * As the superuser, connected to `database`: create the apply role (unless it exists), give it the
 * database and its public schema (so ordinary DDL, trusted extensions, GRANT and ALTER … OWNER work),
 * and install the extension helper.
 */
export async function prepareApplyRole(
  admin: Sql,
  options: { role: string; database: string; password?: string; create: boolean; helper?: boolean },
): Promise<void> {
  const { role, database } = options;
  const statements: string[] = [];
  if (options.create)
    statements.push(
      `CREATE ROLE ${ident(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS${
        options.password ? ` PASSWORD ${literal(options.password)}` : ''
      }`,
    );
  statements.push(
    `ALTER DATABASE ${ident(database)} OWNER TO ${ident(role)}`,
    `ALTER SCHEMA public OWNER TO ${ident(role)}`,
  );
  // Only a superuser can create the extensions the helper is for.
  if (options.helper !== false)
    statements.push(
      `CREATE SCHEMA ${HELPER_SCHEMA}`,
      `REVOKE ALL ON SCHEMA ${HELPER_SCHEMA} FROM PUBLIC`,
      `GRANT USAGE ON SCHEMA ${HELPER_SCHEMA} TO ${ident(role)}`,
      extensionHelper(role),
      `REVOKE ALL ON FUNCTION ${HELPER_SCHEMA}.create_extension(text, text) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION ${HELPER_SCHEMA}.create_extension(text, text) TO ${ident(role)}`,
    );
  await admin.exec(statements.join(';\n'));
}

/**
 * `create_extension(name, schema)`: for an extension on SUPERUSER_EXTENSIONS only, runs its script as
 * the superuser in a fresh schema nobody else has touched (so objects a migration planted cannot
 * hijack the script), moves it to the schema asked for (no code runs), and hands the extension to the
 * apply role, exactly as PostgreSQL does for trusted extensions (the objects stay the superuser's).
 */
function extensionHelper(role: string): string {
  const allowed = SUPERUSER_EXTENSIONS.map(literal).join(', ');
  return `CREATE FUNCTION ${HELPER_SCHEMA}.create_extension(ext text, target text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $helper$
DECLARE
  control record;
BEGIN
  IF NOT (ext = ANY (ARRAY[${allowed}])) THEN
    RAISE EXCEPTION 'extension "%" is not one the rehearsal creates for a migration', ext USING ERRCODE = '42501';
  END IF;
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = ext) THEN RETURN; END IF;
  SELECT v.relocatable, v.requires INTO control
    FROM pg_available_extensions a JOIN pg_available_extension_versions v ON v.name = a.name AND v.version = a.default_version
    WHERE a.name = ext;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'extension "%" is not available on this server', ext USING ERRCODE = '58P01';
  END IF;
  IF NOT control.relocatable OR control.requires IS NOT NULL THEN
    RAISE EXCEPTION 'extension "%" is not relocatable or needs other extensions, so the rehearsal does not create it', ext USING ERRCODE = '42501';
  END IF;
  CREATE SCHEMA rollback_ready_extension_stage;
  EXECUTE format('CREATE EXTENSION %I SCHEMA rollback_ready_extension_stage', ext);
  EXECUTE format('ALTER EXTENSION %I SET SCHEMA %I', ext, target);
  DROP SCHEMA rollback_ready_extension_stage;
  UPDATE pg_extension SET extowner = ${literal(role)}::regrole WHERE extname = ext;
END
$helper$`;
}
