import picomatch from 'picomatch';
import type { Finding } from '../../core/finding.js';
import { ruleDocsUrl as docsUrl } from '../../core/tool.js';
import { inOtherEngineFolder } from './other-databases.js';

/**
 * SQL files a change adds or edits that no layout (and no `migrations.paths` glob) calls a migration:
 * `db/schema/002_drop.sql` run by a hand-rolled script would otherwise pass as "no database change".
 * Files that are SQL but plainly not migrations are left alone: seeds, tests (pgTAP), and query files
 * (sqlc, pgtyped). Everything else is said, as a warning whose fix is either way: name the folder in
 * `migrations.paths` (then it is linted) or in `migrations.exclude` (then it is known not to be one).
 */
const NOT_MIGRATIONS_GLOBS = [
  '**/seed.sql',
  '**/seed-*.sql',
  '**/seed_*.sql',
  '**/seeds/**',
  '**/{test,tests,__tests__,spec}/**',
  '**/*.{test,spec}.sql',
  '**/*_test.sql',
  '**/{queries,query}/**',
];

/**
 * Migrations written in code (knex, TypeORM, Sequelize, goose, Alembic, Rails) in a migrations folder:
 * this tool reads SQL only, so they are said, never taken as "no migration changed". Their tests are not.
 */
const CODE_MIGRATIONS_GLOBS = [
  '**/{migrations,migration}/**/*.{ts,mts,cts,js,mjs,cjs,py,rb,go}',
  '**/alembic/versions/*.py',
  '**/db/migrate/*.rb',
];
const CODE_MIGRATIONS_IGNORE = [
  '**/*.{test,spec}.*',
  '**/*_test.go',
  '**/{test,tests,__tests__}/**',
  '**/*.d.ts',
];

/**
 * Both matchers, compiled on first use: only a change's own files are asked (a PR check), and compiling
 * them when the module loaded was a few ms of every `lint FILE` (--cpu-prof), which never asks.
 */
let matchers: { notMigration: picomatch.Matcher; codeMigration: picomatch.Matcher } | undefined;
function otherSqlMatchers(): NonNullable<typeof matchers> {
  matchers ??= {
    notMigration: picomatch(NOT_MIGRATIONS_GLOBS, { dot: true }),
    codeMigration: picomatch(CODE_MIGRATIONS_GLOBS, { dot: true, ignore: CODE_MIGRATIONS_IGNORE }),
  };
  return matchers;
}

export interface UncheckedChange {
  path: string;
  /** SQL outside every migration folder, or a migration in a language this tool does not read. */
  kind: 'sql' | 'code';
}

/** Changed files that may change the database but that no layout lints (the gate's warnings). */
export function uncheckedChanges(
  changed: Iterable<string>,
  linted: readonly { path: string }[],
  exclude: readonly string[],
): UncheckedChange[] {
  const claimed = new Set(linted.map((f) => f.path));
  const excluded = exclude.length ? picomatch([...exclude]) : () => false;
  const out: UncheckedChange[] = [];
  for (const path of [...changed].sort()) {
    if (claimed.has(path) || excluded(path)) continue;
    if (path.endsWith('.sql')) {
      // Another engine's SQL (a `clickhouse/` folder) is no Postgres change to warn about.
      if (!otherSqlMatchers().notMigration(path) && !inOtherEngineFolder(path))
        out.push({ path, kind: 'sql' });
    } else if (otherSqlMatchers().codeMigration(path)) out.push({ path, kind: 'code' });
  }
  return out;
}

export function uncheckedChangeFinding(change: UncheckedChange): Finding {
  return change.kind === 'sql'
    ? sqlOutsideMigrationsFinding(change.path)
    : migrationNotSqlFinding(change.path);
}

function migrationNotSqlFinding(path: string): Finding {
  return {
    gate: 'migrations',
    rule: 'migration-not-sql',
    severity: 'warning',
    file: path,
    message:
      'This change adds or edits a migration written in code, which this tool cannot read (it lints SQL migrations): it was not checked, so nothing here judged whether the previous release can live with it.',
    help: "Have the migration tool print the SQL it runs (knex's and TypeORM's migration:show / --dry-run, Alembic's --sql, Rails' structure.sql) and lint that file by hand, or review the change by hand; if the file is not a migration, add it to migrations.exclude.",
    docs: docsUrl('migration-not-sql'),
  };
}

function sqlOutsideMigrationsFinding(path: string): Finding {
  return {
    gate: 'migrations',
    rule: 'sql-outside-migrations',
    severity: 'warning',
    file: path,
    message:
      'This change adds or edits a .sql file outside every migration folder, so it was not checked: if it runs against the production database, nothing here judged whether the previous release can live with it.',
    help: 'If it is a migration, add its folder to migrations.paths in .github/rollback-ready.yml (it is then linted like the others); if it is not, add it to migrations.exclude.',
    docs: docsUrl('sql-outside-migrations'),
  };
}
