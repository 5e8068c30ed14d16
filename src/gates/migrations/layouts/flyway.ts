import { FLYWAY_RUNNER } from '../runners.js';
import { base, byGlobs, versionAfter } from './layout.js';
import type { Layout, SkippedName } from './layout.js';

const GLOBS = ['**/[VU][0-9]*__*.sql', '[VU][0-9]*__*.sql'];
// ResourceNameParser: prefix, a version MigrationVersion accepts (numbers joined by `.` or `_`), `__`.
const VERSIONED = /^([VU])([0-9]+(?:[._][0-9]+)*)__.*\.sql$/i;
// Repeatable migrations, and SQL callbacks named after a Flyway event (`afterMigrate.sql`,
// `beforeEachMigrate__log.sql`): Flyway runs these too, so they are never "skipped".
const EVENTS =
  'beforeClean|afterClean|afterCleanError|beforeMigrate|beforeEachMigrate|beforeEachMigrateStatement|afterEachMigrateStatement|afterEachMigrateStatementError|afterEachMigrate|afterEachMigrateError|beforeRepeatables|afterVersioned|afterMigrateApplied|afterMigrate|afterMigrateError|beforeUndo|beforeEachUndo|beforeEachUndoStatement|afterEachUndoStatement|afterEachUndoStatementError|afterEachUndo|afterEachUndoError|afterUndo|afterUndoError|beforeValidate|afterValidate|afterValidateError|beforeBaseline|afterBaseline|afterBaselineError|beforeRepair|afterRepair|afterRepairError|beforeInfo|afterInfo|afterInfoError|afterMigrateOperationFinish|afterInfoOperationFinish|createSchema|beforeCreateSchema|beforeConnect|afterConnect';
const OTHERS_RUN = new RegExp(`^(?:R__.+|(?:${EVENTS})(?:__.*)?)\\.sql$`, 'i');

/** The prefix as Flyway compares it (case-sensitive `startsWith`), then the suffix (any case). */
function versioned(name: string): { prefix: 'V' | 'U'; version: string } | undefined {
  const m = VERSIONED.exec(name);
  return m && (name[0] === 'V' || name[0] === 'U') ? { prefix: name[0], version: m[2]! } : undefined;
}

/** MigrationVersion: `_` is `.`, each part a number, trailing zero parts dropped (`1.0` is `1`, `01` is `1`). */
function normalisedVersion(version: string): string {
  const parts = version.split(/[._]/).map((p) => BigInt(p).toString());
  while (parts.length > 1 && parts[parts.length - 1] === '0') parts.pop();
  return parts.join('.');
}

function skipped(path: string, runs: readonly string[] = []): SkippedName {
  const name = base(path);
  const m = /^[VvUu]?([0-9][0-9._]*?)_{1,}(.+)\.sql$/.exec(name);
  const description = (m ? m[2]! : name.replace(/\.sql$/i, '').replace(/^[^a-zA-Z]*/, '')) || 'description';
  const own = m?.[1]!.replace(/[._]+$/, '');
  const taken = runs.flatMap((n) => {
    const v = versioned(n);
    return v?.prefix === 'V' ? [v.version] : [];
  });
  // Its own version when no other migration has it, else the major version after the newest.
  const free = own && !taken.some((v) => normalisedVersion(v) === normalisedVersion(own)) ? own : undefined;
  const version = free ?? versionAfter(taken.map((v) => v.split(/[._]/)[0]!));
  return {
    why: 'Flyway runs only files named V<version>__<description>.sql (a capital V, the version, two underscores), R__<description>.sql or after a callback event; it passes over every other .sql file in its locations, logging only that some "were detected but not run"',
    how: version
      ? `rename it to V${version}__${description}.sql`
      : `rename it to V<version>__${description}.sql, the version after the newest migration's`,
  };
}

/** Flyway: `V<version>__<name>.sql` up, `U<version>__<name>.sql` its undo, anywhere in the tree. */
export const FLYWAY: Layout = {
  id: 'flyway',
  name: 'Flyway',
  globs: GLOBS,
  match: byGlobs(GLOBS, (p) => {
    const v = versioned(base(p));
    if (!v) return undefined;
    return { direction: v.prefix === 'U' ? 'down' : 'up', version: v.version.replace(/_/g, '.') };
  }),
  // `V1.a__x.sql`, `V1..2__x.sql`: Flyway's pattern at a glance, a version it cannot read.
  skips: (p) =>
    !p.includes('node_modules/') && /^[VU][0-9][^/]*__[^/]*\.sql$/.test(base(p)) && !versioned(base(p))
      ? skipped(p)
      : undefined,
  runnerNaming: {
    runs: (name) => versioned(name) !== undefined || OTHERS_RUN.test(name),
    recursive: true,
    skipped,
  },
  // Undo files are left out: Flyway Community never reads them.
  versionKey: (p) => {
    const v = versioned(base(p));
    return v?.prefix === 'V' ? normalisedVersion(v.version) : undefined;
  },
  onDuplicate:
    'Flyway refuses to migrate while two files share a version: it stops with "Found more than one migration with version"',
  foundByPrismaFolders: false,
  sharesPlainFolders: false,
  runner: () => FLYWAY_RUNNER,
  down: {
    // `U<version>__*.sql` anywhere: Flyway matches undo migrations by version, not by folder.
    fileOf: (up, files) => files.find((f) => f.direction === 'down' && f.version === up.version),
    expected: (up) => `U${up.version.replace(/\./g, '_')}__*.sql`,
    optional:
      'Flyway runs undo (U) migrations only in its paid Teams and Enterprise editions (`flyway undo`); Flyway Community ignores U files',
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
