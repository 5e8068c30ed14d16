import picomatch from 'picomatch';
import type { Finding } from '../../core/finding.js';
import type { MigrationFile } from '../../sql/model.js';
import { ruleDocsUrl as docsUrl } from '../../core/tool.js';

/**
 * SQL files a change adds or edits that no layout (and no `migrations.paths` glob) calls a migration:
 * `db/schema/002_drop.sql` run by a hand-rolled script would otherwise pass as "no database change".
 * Files that are SQL but plainly not migrations are left alone: seeds, tests (pgTAP), and query files
 * (sqlc, pgtyped). Everything else is said, as a warning whose fix is either way: name the folder in
 * `migrations.paths` (then it is linted) or in `migrations.exclude` (then it is known not to be one).
 */
const NOT_MIGRATIONS = picomatch(
  [
    '**/seed.sql',
    '**/seed-*.sql',
    '**/seed_*.sql',
    '**/seeds/**',
    '**/{test,tests,__tests__,spec}/**',
    '**/*.{test,spec}.sql',
    '**/*_test.sql',
    '**/{queries,query}/**',
  ],
  { dot: true },
);

export function sqlOutsideMigrations(
  changed: Iterable<string>,
  linted: readonly MigrationFile[],
  exclude: readonly string[],
): string[] {
  const claimed = new Set(linted.map((f) => f.path));
  const excluded = exclude.length ? picomatch([...exclude]) : () => false;
  return [...changed]
    .filter((p) => p.endsWith('.sql') && !claimed.has(p) && !excluded(p) && !NOT_MIGRATIONS(p))
    .sort();
}

export function sqlOutsideMigrationsFinding(path: string): Finding {
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
