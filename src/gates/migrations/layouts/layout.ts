import picomatch from 'picomatch';
import type { MigrationLayoutId, MigrationsConfig } from '../config.js';
import type { Direction, MigrationFile } from '../../../sql/model.js';
import type { ParserSource } from '../../../sql/parse.js';
import type { RunnerModel } from '../runners.js';
import type { VersionedRunner } from '../runner-versions.js';

/**
 * Everything the tool knows about one migration layout (Supabase, Prisma, Drizzle, …), in one object:
 * which paths are its migrations, how its runner applies them, where its down migrations are and how to
 * run a statement outside a transaction with it. Callers ask the layout instead of testing its id; the
 * table in layouts.ts is typed by layout id, so a new id without its object does not compile.
 */
export interface Layout {
  id: MigrationLayoutId;
  /** Human name for messages ("Supabase"). */
  name: string;
  /** Globs relative to the repository root; `**\/` prefixes allow monorepos. */
  globs: string[];
  /** Direction and sort key from the path, or undefined when the path is not a migration of this layout. */
  match(path: string): LayoutMatch | undefined;
  /**
   * A `.sql` file in the layout's own folder that its runner passes over by name (the Supabase CLI runs
   * only `<digits>_<name>.sql`): why, so the file is reported instead of being judged or rehearsed as a
   * migration, or claimed by another layout. Asked before `match`.
   */
  skips?(path: string): SkippedName | undefined;
  /**
   * The runner's own test of a file name (golang-migrate's `source.Parse`, Flyway's ResourceNameParser):
   * a folder holding a migration it runs is the runner's folder, and another `.sql` file there (or below
   * it, when `recursive`) is one it never runs. layout-folders.ts finds the folders, discover.ts reports
   * the files as skipped instead of letting them pass as "outside every migration folder".
   */
  runnerNaming?: RunnerNaming;
  /**
   * The identity the runner records for the migration at `path`, direction included (golang-migrate's
   * version number, Flyway's normalised version): two files of one folder with the same key cannot both
   * run (duplicates.ts). Absent when names cannot collide (Prisma's folders, plain SQL's file names).
   */
  versionKey?(path: string): string | undefined;
  /** What the runner does with two files of one version, for the finding that reports them. */
  onDuplicate?: string;
  /** What the runner itself does once a migration it applied is gone from the folder (deleted.ts). */
  whenDeleted?: string;
  /**
   * The history table the runner creates before it runs the first migration, as it creates it: a
   * rehearsal creates it too, since migrations may use it (harbor's golang-migrate migrations add a
   * column to schema_migrations). Absent when the runner keeps no table in the database.
   */
  historyTable?: string;
  /**
   * Its files also live in any folder Prisma itself is pointed at (a `migration_lock.toml`,
   * `prisma.config.*` `migrations.path`, package.json `prisma.schema`: prisma-folders.ts).
   */
  foundByPrismaFolders: boolean;
  /** Its files also live in any folder a drizzle-kit journal (`meta/_journal.json`) names (layout-folders.ts). */
  foundByDrizzleJournals?: boolean;
  /**
   * Plain SQL and dbmate share their folders: a file there is dbmate's when the config says so or when it
   * holds dbmate's `-- migrate:up` marker, plain SQL otherwise.
   */
  sharesPlainFolders: boolean;
  /** In those shared folders, the file's text marks it as this layout's (dbmate's `-- migrate:up`). */
  claimsText?(text: string): boolean;
  /**
   * The SQL the parser sees of a file's text (BOM removed) for one direction, where the layout keeps
   * both directions in one file (dbmate's sections: the other one blanked, so positions stay true);
   * absent, the whole text. parse-migration.ts asks it for every file parsed.
   */
  parserSource?(text: string, section: Direction): ParserSource;
  /**
   * How the layout's runner applies a file: one query or statement by statement, in which transaction
   * (runners.ts). Prisma and the Supabase CLI changed this between releases: their version is read from
   * the repository's lockfile into the config (`migrations.prisma-version`, `migrations.supabase-version`).
   */
  runner(config: Pick<MigrationsConfig, 'prisma-version' | 'supabase-version'>): RunnerModel;
  /** Where that version is read from (runner-config.ts); absent when the runner's behaviour never changed. */
  runnerVersion?: RunnerVersionSource;
  /** The down migrations a rehearsal can apply; absent when the layout has none. */
  down?: DownMigrations;
  /**
   * Its migrations assume the Supabase platform (roles `anon`, `authenticated`, schemas `auth`,
   * `storage`): a rehearsal creates stand-ins for them before applying anything.
   */
  assumesSupabasePlatform: boolean;
  /**
   * Why a statement the file does not wrap in BEGIN … COMMIT still runs in a transaction with this
   * runner, and the one step that gets it out of one (rules/outside-transaction.ts).
   */
  outsideTransaction(runner: RunnerModel, operation: string): TransactionAdvice;
}

export interface SkippedName {
  /** Why the runner passes over it. */
  why: string;
  /** The one step that makes it run. */
  how: string;
}

export interface RunnerNaming {
  /** Whether the runner runs a file of this name (the name only, no folder). */
  runs(name: string): boolean;
  /** The runner reads the folders below too (Flyway's locations); golang-migrate reads one folder. */
  recursive: boolean;
  /**
   * Why a `.sql` file at `path` in its folder never runs, and the rename that makes it run; `runs`, the
   * names of the files it runs there, so the new name's version is one no other file has.
   */
  skipped(path: string, runs?: readonly string[]): SkippedName;
}

export interface LayoutMatch {
  direction: Direction;
  version: string;
}

export interface RunnerVersionSource {
  runner: VersionedRunner;
  configKey: 'prisma-version' | 'supabase-version';
  /** The folder whose package.json names the runner in a monorepo, for a migration at `path` ('' = root). */
  packageDir(path: string): string;
}

export interface DownMigrations {
  /**
   * Set when up and down are sections of one file (dbmate's `-- migrate:down`): the parser blanks the
   * other section, and a file that does not parse cannot be sent in part.
   */
  sectionMarker?: RegExp;
  /** The down migration of `up` among the layout's files, if there is one. */
  fileOf(up: MigrationFile, files: readonly MigrationFile[]): MigrationFile | undefined;
  /** What a missing down migration should be, for the finding that says it is missing. */
  expected(up: MigrationFile): string;
  /**
   * Set when the runner many teams use never runs down migrations (Flyway Community ignores U files):
   * why, so a missing one is a notice, not a warning asking for a file that would never run.
   */
  optional?: string;
}

export interface TransactionAdvice {
  why: string;
  /** How to run `operation` outside a transaction with this runner. */
  how: string;
}

export const base = (path: string) => path.slice(path.lastIndexOf('/') + 1);
export const parentDir = (path: string) => {
  const parts = path.split('/');
  return parts[parts.length - 2] ?? '';
};
export const up = (version: string): LayoutMatch => ({ direction: 'up', version });

/** A matcher: paths under node_modules or outside `globs` are not the layout's; others get `version(path)`. */
export function byGlobs(
  globs: readonly string[],
  version: (path: string) => LayoutMatch | undefined,
): (path: string) => LayoutMatch | undefined {
  // Each glob is compiled (a regex, about a millisecond) when first asked: discovery stops at the first
  // layout that matches, so `lint FILE` never builds most of them.
  const matchers: ((path: string) => boolean)[] = [];
  const matcher = (i: number) => (matchers[i] ??= picomatch(globs[i]!, { dot: false }));
  return (path) => {
    if (path.includes('node_modules/') || !globs.some((_, i) => matcher(i)(path))) return undefined;
    return version(path);
  };
}

/**
 * The version after the newest of `versions` (zero padding as wide as the widest), or undefined when
 * there is none or they are timestamps (a new one is a time, not the newest + 1).
 */
export function versionAfter(versions: readonly string[]): string | undefined {
  if (!versions.length || versions.some((v) => v.length >= 12)) return undefined;
  const newest = versions.reduce((max, v) => (BigInt(v) > max ? BigInt(v) : max), 0n);
  return String(newest + 1n).padStart(Math.max(...versions.map((v) => v.length)), '0');
}

/** The statement as it should be written to be re-runnable after a failed build. */
export function written(operation: string): string {
  if (operation.startsWith('CREATE')) return `${operation} IF NOT EXISTS`;
  if (operation.startsWith('DROP')) return `${operation} IF EXISTS`;
  return operation;
}

/** The rule that flags the statement written without CONCURRENTLY (the form a transaction allows). */
export function plainFormRule(operation: string): string | undefined {
  if (operation.startsWith('CREATE INDEX')) return 'require-concurrent-index-creation';
  if (operation.startsWith('DROP INDEX')) return 'require-concurrent-index-deletion';
  if (operation.startsWith('REINDEX')) return 'require-concurrent-reindex';
  return undefined;
}

/** The step that works with every runner that sends a one-statement file on its own. */
export function aloneInFile(operation: string): string {
  return `Put ${written(operation)} alone in a migration file of its own (no other statement, not even SET): a one-statement file runs outside any transaction.`;
}

/** Runners with nothing better to offer than a file of its own. */
export function aloneAdvice(runner: RunnerModel, operation: string): TransactionAdvice {
  return { why: `${runner.label} runs this file in a transaction`, how: aloneInFile(operation) };
}
