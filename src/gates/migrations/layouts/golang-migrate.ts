import type { Direction } from '../../../sql/model.js';
import { GOLANG_MIGRATE_RUNNER } from '../runners.js';
import { aloneAdvice, base, byGlobs } from './layout.js';
import type { Layout } from './layout.js';

const GLOBS = ['**/*.up.sql', '**/*.down.sql', '*.up.sql', '*.down.sql'];
const folder = (p: string) => p.slice(0, p.lastIndexOf('/') + 1);

/** golang-migrate: `<version>_<name>.up.sql` with its `.down.sql` in the same folder. */
export const GOLANG_MIGRATE: Layout = {
  id: 'golang-migrate',
  name: 'golang-migrate',
  globs: GLOBS,
  match: byGlobs(GLOBS, (p) => {
    const m = /^(.*)\.(up|down)\.sql$/.exec(base(p));
    return m ? { direction: m[2] as Direction, version: m[1]! } : undefined;
  }),
  foundByPrismaFolders: false,
  sharesPlainFolders: false,
  runner: () => GOLANG_MIGRATE_RUNNER,
  down: {
    fileOf: (up, files) =>
      files.find(
        (f) => f.direction === 'down' && f.version === up.version && folder(f.path) === folder(up.path),
      ),
    expected: (up) => base(up.path).replace(/\.up\.sql$/, '.down.sql'),
  },
  whenDeleted:
    'golang-migrate also stops with "no migration found for version …" on a database whose recorded version is the deleted file, and cannot migrate down past it.',
  // The postgres driver's ensureVersionTable, in the first schema of the search_path.
  historyTable:
    'CREATE TABLE IF NOT EXISTS schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL)',
  assumesSupabasePlatform: false,
  outsideTransaction: aloneAdvice,
};
