import type { Direction } from '../../../sql/model.js';
import { GOLANG_MIGRATE_RUNNER } from '../runners.js';
import { aloneAdvice, base, byGlobs, versionAfter } from './layout.js';
import type { Layout, SkippedName } from './layout.js';

const GLOBS = ['**/*.up.sql', '**/*.down.sql', '*.up.sql', '*.down.sql'];
const folder = (p: string) => p.slice(0, p.lastIndexOf('/') + 1);
// golang-migrate's source.Regex (source/parse.go): its iofs/file drivers pass over any other name.
const RUNS = /^([0-9]+)_(.*)\.(down|up)\.(.*)$/;
const UINT64_MAX = 18446744073709551615n;

/** The version golang-migrate records (a uint64: `001` and `1` are one version), or undefined when it skips the name. */
function versionOf(name: string): { version: bigint; direction: Direction } | undefined {
  const m = RUNS.exec(name);
  if (!m) return undefined;
  const version = BigInt(m[1]!);
  return version > UINT64_MAX ? undefined : { version, direction: m[3] as Direction };
}

function skipped(path: string, runs: readonly string[] = []): SkippedName {
  const name = base(path);
  const m = /^(.*?)(\.(up|down))?\.sql$/.exec(name);
  const stem = (m?.[1] ?? name).replace(/^[0-9]*[_-]?/, '') || 'name';
  const digits = /^[0-9]+/.exec(name)?.[0];
  const direction = m?.[3] ?? 'up';
  const versions = runs.flatMap((n) => /^[0-9]+(?=_)/.exec(n) ?? []);
  const taken = new Set(versions.map((v) => BigInt(v)));
  // Its own number when no other migration has it, else the one after the newest.
  const version = digits && !taken.has(BigInt(digits)) ? digits : versionAfter(versions);
  return {
    why: 'golang-migrate runs only files named <version>_<name>.up.sql or <version>_<name>.down.sql (digits, an underscore, a name, .up or .down) and passes over every other file in its folder',
    how: version
      ? `rename it to ${version}_${stem}.${direction}.sql${direction === 'up' ? ` (with its ${version}_${stem}.down.sql beside it)` : ''}`
      : `rename it to <version>_${stem}.${direction}.sql, the version after the newest migration's (as \`migrate create -ext sql\` names files)`,
  };
}

/** golang-migrate: `<version>_<name>.up.sql` with its `.down.sql` in the same folder. */
export const GOLANG_MIGRATE: Layout = {
  id: 'golang-migrate',
  name: 'golang-migrate',
  globs: GLOBS,
  match: byGlobs(GLOBS, (p) => {
    const m = /^(.*)\.(up|down)\.sql$/.exec(base(p));
    return m ? { direction: m[2] as Direction, version: m[1]! } : undefined;
  }),
  // `.up.sql`/`.down.sql` named as golang-migrate would never run them (`add_users.up.sql`).
  skips: (p) => (/\.(up|down)\.sql$/.test(p) && !versionOf(base(p)) ? skipped(p) : undefined),
  runnerNaming: { runs: (name) => versionOf(name) !== undefined, recursive: false, skipped },
  versionKey: (p) => {
    const v = versionOf(base(p));
    return v && `${v.direction} ${v.version}`;
  },
  onDuplicate:
    'golang-migrate refuses to run any migration of this folder while two files share a version and direction: it stops with "duplicate migration file"',
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
