import { DBMATE_RUNNER } from '../runners.js';
import { base, up, written } from './layout.js';
import type { Layout, SkippedName } from './layout.js';
import type { Direction } from '../../../sql/model.js';
import type { ParserSource } from '../../../sql/parse.js';

const UP = /^--\s*migrate:up\b(.*)$/m;
const DOWN = /^--\s*migrate:down\b.*$/m;
// dbmate's migrationFileRegexp (pkg/dbmate/db.go): the leading digits are the version it records.
const RUNS = /^([0-9]+).*\.sql$/;

function skipped(path: string): SkippedName {
  const name = base(path);
  return {
    why: 'dbmate runs only files whose name starts with their version (<version>_<name>.sql, digits first) and passes over every other file in its folder',
    how: `rename it to <timestamp>_${name.replace(/^[^a-zA-Z]*/, '') || 'name.sql'} with a UTC timestamp (YYYYMMDDHHMMSS) after the newest migration's, as \`dbmate new\` names files`,
  };
}

/**
 * dbmate: up and down as sections of one file (`-- migrate:up`, `-- migrate:down`). It shares plain's
 * folders; its files are recognised by their marker (discover.ts), so it claims no path by itself: once
 * configured (`migrations.layout: dbmate`), every .sql file given is one of its migrations.
 */
export const DBMATE: Layout = {
  id: 'dbmate',
  name: 'dbmate',
  globs: ['db/migrations/*.sql', '**/db/migrations/*.sql', 'migrations/*.sql', '**/migrations/*.sql'],
  match: (p) => up(base(p)),
  foundByPrismaFolders: false,
  sharesPlainFolders: true,
  claimsText: (text) => UP.test(text),
  // Asked by discover.ts once a file is known to be dbmate's (its marker, or the configured layout):
  // dbmate shares plain's folders, so no folder is dbmate's by its names alone.
  runnerNaming: { runs: (name) => RUNS.test(name), recursive: false, skipped },
  versionKey: (p) => RUNS.exec(base(p))?.[1],
  onDuplicate:
    'dbmate records each version once (schema_migrations.version is its primary key): a database that already ran one of the files counts the other as applied and never runs it, without a word, and on a fresh database the second stops with a duplicate key error',
  parserSource: (text, section) =>
    UP.test(text) ? blankOtherSection(text, section) : { source: text, transactionDisabled: false },
  runner: () => DBMATE_RUNNER,
  down: {
    sectionMarker: /^--\s*migrate:down\b/m,
    fileOf: (up) => up,
    expected: () => 'a "-- migrate:down" section',
  },
  historyTable: 'CREATE TABLE IF NOT EXISTS schema_migrations (version varchar(128) PRIMARY KEY)',
  assumesSupabasePlatform: false,
  outsideTransaction: (runner, operation) =>
    runner.transaction === 'implicit'
      ? {
          why: 'dbmate sends the section as one query',
          how: `Keep ${written(operation)} alone in the up section of a migration whose first line is \`-- migrate:up transaction:false\`: dbmate sends the whole section as one query.`,
        }
      : {
          why: 'dbmate runs each migration in a transaction unless it is marked transaction:false',
          how: `Move it to a migration of its own whose first line is \`-- migrate:up transaction:false\`, with ${written(operation)} alone in that section.`,
        },
};

/**
 * The section of a file marked `-- migrate:up` … `-- migrate:down` that runs in `keep`, the rest replaced
 * with spaces (newlines kept) so line and column stay true; `transaction:false` on its marker line.
 */
function blankOtherSection(text: string, keep: Direction): ParserSource {
  const up = UP.exec(text);
  const down = DOWN.exec(text);
  const upStart = up ? up.index : 0;
  const downStart = down ? down.index : text.length;
  const transactionDisabled =
    keep === 'up'
      ? /transaction\s*:\s*false/.test(up?.[1] ?? '')
      : /transaction\s*:\s*false/.test(down?.[0] ?? '');
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  if (keep === 'up') {
    return {
      source: blank(text.slice(0, upStart)) + text.slice(upStart, downStart) + blank(text.slice(downStart)),
      transactionDisabled,
    };
  }
  return { source: blank(text.slice(0, downStart)) + text.slice(downStart), transactionDisabled };
}
