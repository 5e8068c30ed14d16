import { SUPABASE_STANDALONE_DROP_INDEX_FROM, SUPABASE_STANDALONE_FROM, supabaseRunner } from '../runners.js';
import { base, byGlobs, up } from './layout.js';
import type { Layout } from './layout.js';

const GLOBS = ['supabase/migrations/*.sql', '**/supabase/migrations/*.sql'];

/** The Supabase CLI: `supabase/migrations/<timestamp>_<name>.sql`, up only, run on the Supabase platform. */
export const SUPABASE: Layout = {
  id: 'supabase',
  name: 'Supabase',
  globs: GLOBS,
  match: byGlobs(GLOBS, (p) => up(base(p))),
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
