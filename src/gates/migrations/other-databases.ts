import type { Finding } from '../../core/finding.js';
import { ruleDocsUrl } from '../../core/tool.js';

type ReadText = (path: string) => Promise<string | undefined>;

/** A folder whose migrations are written for another database than Postgres, and what says so. */
export interface OtherDatabase {
  folder: string;
  /** `mysql`, `ClickHouse` */
  engine: string;
  /** `db/mysql/migrations/migration_lock.toml says provider = "mysql"` */
  evidence: string;
}

/** Prisma providers whose SQL is Postgres's (CockroachDB speaks the Postgres dialect). */
const POSTGRES_PROVIDERS = new Set(['postgresql', 'postgres', 'cockroachdb']);

/** drizzle-kit journal dialects that are Postgres. */
const POSTGRES_DIALECTS = new Set(['postgresql', 'postgres', 'pg']);

/** A folder named after another engine (`db/clickhouse/migrations`, umami's ClickHouse schema). */
const ENGINE_FOLDERS: Record<string, string> = {
  clickhouse: 'ClickHouse',
  mysql: 'MySQL',
  mariadb: 'MariaDB',
  sqlite: 'SQLite',
  mssql: 'SQL Server',
  sqlserver: 'SQL Server',
  oracle: 'Oracle',
  duckdb: 'DuckDB',
  snowflake: 'Snowflake',
  bigquery: 'BigQuery',
};

/** Whether a folder of `path` is named after another engine than Postgres (`internal-packages/clickhouse/schema/…`). */
export function inOtherEngineFolder(path: string): boolean {
  const parts = path.split('/');
  return parts.some((p, i) => i < parts.length - 1 && ENGINE_FOLDERS[p.toLowerCase()] !== undefined);
}

const folderOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');

/**
 * Multi-database apps keep one migrations folder per engine (umami: `db/postgresql`, `db/mysql`,
 * `db/clickhouse`). Linting MySQL or ClickHouse SQL with the Postgres parser reports syntax errors
 * "the database would reject", which is false: these folders are recognised from what the tools wrote
 * (Prisma's `migration_lock.toml` provider, drizzle-kit's journal dialect) or from a folder named after
 * the engine, and their files are reported as not checked instead of being linted.
 */
export async function findOtherDatabaseFolders(
  paths: readonly string[],
  read: ReadText,
): Promise<OtherDatabase[]> {
  const found = new Map<string, OtherDatabase>();
  for (const path of paths) {
    if (path.includes('node_modules/')) continue;
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (name === 'migration_lock.toml') {
      const provider = /^\s*provider\s*=\s*"([^"]+)"/m.exec((await read(path)) ?? '')?.[1];
      if (provider && !POSTGRES_PROVIDERS.has(provider.toLowerCase()))
        found.set(folderOf(path), {
          folder: folderOf(path),
          engine: provider,
          evidence: `${path} says provider = "${provider}"`,
        });
    } else if (name === '_journal.json' && folderOf(path).endsWith('meta')) {
      const dialect = journalDialect(await read(path));
      const folder = folderOf(folderOf(path));
      if (dialect && !POSTGRES_DIALECTS.has(dialect.toLowerCase()))
        found.set(folder, { folder, engine: dialect, evidence: `${path} says "dialect": "${dialect}"` });
    } else if (name.endsWith('.sql')) {
      const parts = path.split('/');
      const at = parts.findIndex((p, i) => i < parts.length - 1 && ENGINE_FOLDERS[p.toLowerCase()]);
      if (at < 0) continue;
      const folder = parts.slice(0, at + 1).join('/');
      if (!found.has(folder))
        found.set(folder, {
          folder,
          engine: ENGINE_FOLDERS[parts[at]!.toLowerCase()]!,
          evidence: `its folder is named "${parts[at]}"`,
        });
    }
  }
  return [...found.values()];
}

/** The other-database folder that holds this path, if any: the nearest, so a lock file's word beats a folder name. */
export function otherDatabaseOf(
  path: string,
  folders: readonly OtherDatabase[] | undefined,
): OtherDatabase | undefined {
  let best: OtherDatabase | undefined;
  for (const f of folders ?? [])
    if (
      (f.folder === '' || path.startsWith(`${f.folder}/`)) &&
      f.folder.length >= (best?.folder.length ?? -1)
    )
      best = f;
  return best;
}

function journalDialect(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    const dialect = value && typeof value === 'object' ? (value as { dialect?: unknown }).dialect : undefined;
    return typeof dialect === 'string' ? dialect : undefined;
  } catch {
    return undefined;
  }
}

/** One notice per other-database folder the change touches: its files were not linted, and why. */
export function otherDatabaseNotices(
  files: readonly { path: string; database: OtherDatabase }[] | undefined,
): Finding[] {
  const byFolder = new Map<string, { database: OtherDatabase; paths: string[] }>();
  for (const { path, database } of files ?? []) {
    const entry = byFolder.get(database.folder) ?? { database, paths: [] };
    entry.paths.push(path);
    byFolder.set(database.folder, entry);
  }
  return [...byFolder.values()].map(({ database, paths }) => ({
    gate: 'migrations',
    rule: 'other-database-migration',
    severity: 'notice',
    file: paths[0]!,
    message: `Not checked: ${paths.length} changed migration file(s) in ${database.folder || 'the repository root'} are for ${database.engine}, not Postgres (${database.evidence}); the Postgres rules and parser do not apply to them.`,
    help: 'Nothing to change if this folder really belongs to another database. If it holds Postgres migrations, rename the folder or fix what names the other database, so they are checked.',
    docs: ruleDocsUrl('other-database-migration'),
  }));
}
