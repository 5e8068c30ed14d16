import { SUPABASE_STANDALONE_DROP_INDEX_FROM, SUPABASE_STANDALONE_FROM, supabaseRunner } from '../runners.js';
import { base, byGlobs, up } from './layout.js';
import type { Layout } from './layout.js';

const GLOBS = ['supabase/migrations/*.sql', '**/supabase/migrations/*.sql'];
// The CLI's own pattern (`migrateFilePattern` in supabase/cli): the digits are the version it records.
const NAME = /^([0-9]+)_.*\.sql$/;
const inFolder = byGlobs(GLOBS, () => up(''));

/** The Supabase CLI: `supabase/migrations/<timestamp>_<name>.sql`, up only, run on the Supabase platform. */
export const SUPABASE: Layout = {
  id: 'supabase',
  name: 'Supabase',
  globs: GLOBS,
  match: byGlobs(GLOBS, (p) => {
    const m = NAME.exec(base(p));
    return m ? up(m[1]!) : undefined;
  }),
  skips: (p) =>
    inFolder(p) && !NAME.test(base(p))
      ? {
          why: 'the Supabase CLI skips it, as only files named <timestamp>_<name>.sql (digits, an underscore, a name) are migrations',
          how: `rename it to <timestamp>_${base(p).replace(/^[^a-zA-Z]*/, '') || 'name.sql'} with a UTC timestamp (YYYYMMDDHHMMSS) after the newest migration's, as \`supabase migration new\` names files`,
        }
      : undefined,
  versionKey: (p) => NAME.exec(base(p))?.[1],
  onDuplicate:
    'the Supabase CLI records each version once (supabase_migrations.schema_migrations, version its primary key): `supabase db push` stops at the second file with "duplicate key value violates unique constraint", after the first ran',
  whenDeleted:
    'The Supabase CLI also refuses to push to a database whose history holds a version that is not in the folder ("Remote migration versions not found in local migrations directory").',
  foundByPrismaFolders: false,
  sharesPlainFolders: false,
  runner: supabaseRunner,
  runnerVersion: {
    runner: 'supabase',
    configKey: 'supabase-version',
    // The folder that holds `supabase/`: its package.json names the CLI in a monorepo.
    packageDir: (path) => {
      const at = path.lastIndexOf('supabase/');
      return at > 0 ? path.slice(0, at) : '';
    },
  },
  historyTable: `CREATE SCHEMA IF NOT EXISTS supabase_migrations;
CREATE TABLE IF NOT EXISTS supabase_migrations.schema_migrations (version text NOT NULL PRIMARY KEY, statements text[], name text)`,
  assumesSupabasePlatform: true,
  outsideTransaction: (runner, operation) => {
    const from = operation.startsWith('DROP')
      ? SUPABASE_STANDALONE_DROP_INDEX_FROM
      : SUPABASE_STANDALONE_FROM;
    return {
      why: `${runner.label} sends every statement of a file, and the history insert, as one pipeline batch, which Postgres runs as one implicit transaction`,
      how: `Supabase CLI ${from}+ runs ${operation} on its own, outside the file's transaction: pin "supabase": "^${from}" in package.json devDependencies, apply migrations with that CLI (npx supabase db push), and keep the lockfile committed so this check sees the version (or set migrations.supabase-version). Otherwise run the statement by hand (psql) outside the migrations folder.`,
    };
  },
};
