import { FLYWAY_RUNNER } from '../runners.js';
import { base, byGlobs } from './layout.js';
import type { Layout } from './layout.js';

const GLOBS = ['**/[VU][0-9]*__*.sql', '[VU][0-9]*__*.sql'];

/** Flyway: `V<version>__<name>.sql` up, `U<version>__<name>.sql` its undo, anywhere in the tree. */
export const FLYWAY: Layout = {
  id: 'flyway',
  name: 'Flyway',
  globs: GLOBS,
  match: byGlobs(GLOBS, (p) => {
    const m = /^([VU])([0-9][0-9._]*)__/.exec(base(p));
    if (!m) return undefined;
    return { direction: m[1] === 'U' ? 'down' : 'up', version: m[2]!.replace(/_/g, '.') };
  }),
  foundByPrismaFolders: false,
  sharesPlainFolders: false,
  runner: () => FLYWAY_RUNNER,
  down: {
    // `U<version>__*.sql` anywhere: Flyway matches undo migrations by version, not by folder.
    fileOf: (up, files) => files.find((f) => f.direction === 'down' && f.version === up.version),
    expected: (up) => `U${up.version.replace(/\./g, '_')}__*.sql`,
  },
  whenDeleted:
    'Flyway also refuses to migrate a database that applied it: its validation (on by default) fails with "Detected applied migration not resolved locally".',
  historyTable: `CREATE TABLE IF NOT EXISTS flyway_schema_history (
  installed_rank integer NOT NULL PRIMARY KEY, version varchar(50), description varchar(200) NOT NULL,
  type varchar(20) NOT NULL, script varchar(1000) NOT NULL, checksum integer,
  installed_by varchar(100) NOT NULL, installed_on timestamp NOT NULL DEFAULT now(),
  execution_time integer NOT NULL, success boolean NOT NULL);
CREATE INDEX IF NOT EXISTS flyway_schema_history_s_idx ON flyway_schema_history (success)`,
  assumesSupabasePlatform: false,
  outsideTransaction: () => ({
    why: 'Flyway runs this file in a transaction: it holds statements its parser runs in one (a file that mixes both is refused unless mixed=true)',
    how: `Move it into a migration file of its own holding only statements Flyway runs without a transaction (CREATE/DROP INDEX CONCURRENTLY, VACUUM); REINDEX … CONCURRENTLY is not on Flyway's list: run it by hand.`,
  }),
};
