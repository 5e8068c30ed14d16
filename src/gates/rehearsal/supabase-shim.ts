import type { Database } from '../../db/database.js';
import { setSessionDefaults } from './apply.js';

/**
 * The parts of a Supabase project's database that its migrations take for granted: the API roles, the
 * `auth` schema with `auth.users` and the JWT helpers, the `extensions` schema, Storage's tables and the
 * Realtime publication. Minimal stand-ins, created only where missing (a real Supabase database given as
 * database-url already has them), so real Supabase migrations apply. Applied before the base migrations,
 * so it is in both schema snapshots and never shows up as a difference.
 */
const SHIM_STATEMENTS: readonly string[] = [
  `DO $shim$
DECLARE r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['anon', 'authenticated', 'service_role', 'supabase_admin', 'authenticator', 'supabase_auth_admin', 'supabase_storage_admin'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', r);
    END IF;
  END LOOP;
END
$shim$`,
  `CREATE SCHEMA IF NOT EXISTS extensions`,
  // Every Supabase project starts with these in schema extensions, which its roles' search_path names:
  // migrations call gen_random_bytes() or extensions.uuid_generate_v4() without creating them (basejump).
  `DO $shim$
DECLARE e text;
BEGIN
  FOREACH e IN ARRAY ARRAY['uuid-ossp', 'pgcrypto'] LOOP
    IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = e)
       AND NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = e) THEN
      EXECUTE format('CREATE EXTENSION %I WITH SCHEMA extensions', e);
    END IF;
  END LOOP;
END
$shim$`,
  `CREATE SCHEMA IF NOT EXISTS auth`,
  `CREATE TABLE IF NOT EXISTS auth.users (
  id uuid PRIMARY KEY,
  email text,
  phone text,
  role text,
  aud text,
  raw_user_meta_data jsonb,
  raw_app_meta_data jsonb,
  email_confirmed_at timestamptz,
  last_sign_in_at timestamptz,
  created_at timestamptz DEFAULT now(),
  updated_at timestamptz DEFAULT now()
)`,
  `CREATE OR REPLACE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT nullif(coalesce(current_setting('request.jwt.claim.sub', true), nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub'), '')::uuid $$`,
  `CREATE OR REPLACE FUNCTION auth.role() RETURNS text LANGUAGE sql STABLE AS
  $$ SELECT nullif(coalesce(current_setting('request.jwt.claim.role', true), nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role'), '')::text $$`,
  `CREATE OR REPLACE FUNCTION auth.jwt() RETURNS jsonb LANGUAGE sql STABLE AS
  $$ SELECT coalesce(nullif(current_setting('request.jwt.claims', true), ''), '{}')::jsonb $$`,
  `CREATE OR REPLACE FUNCTION auth.email() RETURNS text LANGUAGE sql STABLE AS
  $$ SELECT auth.jwt() ->> 'email' $$`,
  `CREATE SCHEMA IF NOT EXISTS storage`,
  `CREATE TABLE IF NOT EXISTS storage.buckets (
  id text PRIMARY KEY,
  name text NOT NULL,
  owner uuid,
  public boolean DEFAULT false,
  file_size_limit bigint,
  allowed_mime_types text[],
  created_at timestamptz DEFAULT now(),
  updated_at timestamptz DEFAULT now()
)`,
  `CREATE TABLE IF NOT EXISTS storage.objects (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  bucket_id text REFERENCES storage.buckets (id),
  name text,
  owner uuid,
  metadata jsonb,
  created_at timestamptz DEFAULT now(),
  updated_at timestamptz DEFAULT now()
)`,
  `CREATE OR REPLACE FUNCTION storage.foldername(name text) RETURNS text[] LANGUAGE sql IMMUTABLE AS
  $$ SELECT (string_to_array(name, '/'))[1:array_length(string_to_array(name, '/'), 1) - 1] $$`,
  `CREATE OR REPLACE FUNCTION storage.filename(name text) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT (string_to_array(name, '/'))[array_length(string_to_array(name, '/'), 1)] $$`,
  `CREATE OR REPLACE FUNCTION storage.extension(name text) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT reverse(split_part(reverse(name), '.', 1)) $$`,
  `DO $shim$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_publication WHERE pubname = 'supabase_realtime') THEN
    CREATE PUBLICATION supabase_realtime;
  END IF;
END
$shim$`,
  `GRANT USAGE ON SCHEMA public, auth, storage, extensions TO anon, authenticated, service_role`,
];

/**
 * What makes the stand-in usable by the unprivileged role that applies the migrations, as `postgres` can
 * use them on Supabase: it owns the stand-in's schemas and tables (policies, triggers and grants on
 * auth.users and storage.objects are common), and is a member of the API roles (`ALTER … OWNER TO
 * authenticated`, `SET ROLE authenticated` in seeds), but only of those that are harmless: never of a
 * superuser or a role that reaches the server's files and programs (on a database-url server the
 * roles may already exist with other rights).
 */
function handOver(role: string): string[] {
  const r = `"${role.replace(/"/g, '""')}"`;
  return [
    `DO $shim$
DECLARE name text;
BEGIN
  FOR name IN SELECT rolname FROM pg_roles
    WHERE rolname = ANY (ARRAY['anon', 'authenticated', 'service_role', 'authenticator', 'supabase_auth_admin', 'supabase_storage_admin'])
      AND NOT rolsuper AND NOT rolcreaterole AND rolname <> ${literal(role)}
      AND NOT EXISTS (SELECT 1 FROM pg_roles d WHERE d.rolname IN ('pg_execute_server_program', 'pg_read_server_files', 'pg_write_server_files')
                      AND pg_has_role(pg_roles.oid, d.oid, 'MEMBER'))
  LOOP
    EXECUTE format('GRANT %I TO %I', name, ${literal(role)});
  END LOOP;
END
$shim$`,
    `ALTER SCHEMA auth OWNER TO ${r}`,
    `ALTER SCHEMA storage OWNER TO ${r}`,
    `ALTER SCHEMA extensions OWNER TO ${r}`,
    `ALTER TABLE auth.users OWNER TO ${r}`,
    `ALTER TABLE storage.buckets OWNER TO ${r}`,
    `ALTER TABLE storage.objects OWNER TO ${r}`,
  ];
}

function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * Create the shim, as the privileged setup role, and hand it to the apply role; returns what could not
 * be done (e.g. roles without CREATEROLE on a database-url server). One round trip normally;
 * statement by statement when something fails.
 */
export async function applySupabaseShim(db: Database): Promise<string[]> {
  const statements = [...SHIM_STATEMENTS, ...(db.applyRole ? handOver(db.applyRole) : [])];
  const problems: string[] = [];
  try {
    await db.setup(statements.join(';\n'));
  } catch {
    for (const statement of statements) {
      await db.setup(statement).catch((error: Error) => problems.push(error.message));
    }
  }
  // Supabase's roles log in with this search_path, so unqualified extension functions resolve.
  await setSessionDefaults(db, SUPABASE_SEARCH_PATH).catch((error: Error) => problems.push(error.message));
  return problems;
}

const SUPABASE_SEARCH_PATH = `SET search_path = "$user", public, extensions`;
