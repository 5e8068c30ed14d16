import { UsageError } from '../../core/errors.js';
import { loadCodeParser } from '../../schema-sources/ts-scanner.js';
import { joinPath, prismaConfigMigrationsFolder } from './prisma-config.js';

type ReadText = (path: string) => Promise<string | undefined>;

/** Where Prisma looks for its config: `prisma.config.*` in a package, or `.config/prisma.*`. */
const CONFIG_FILE = /(?:^|\/)(?:prisma\.config|\.config\/prisma)\.(?:ts|mts|cts|js|mjs|cjs)$/;

const folderOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * The folders that hold Prisma migrations (`<folder>/<name>/migration.sql`) besides the usual
 * `prisma/migrations`: every folder with a `migration_lock.toml` (Prisma writes one into each migrations
 * folder), the `migrations.path` of each `prisma.config.*`, and the folder next to the schema that a
 * package.json `prisma.schema` names. Formbricks keeps them in `packages/database/migration/`.
 *
 * A config whose migrations folder cannot be read from its text stops the run (exit 2) unless a
 * `migration_lock.toml` already shows where the migrations are or `migrations.paths` is configured:
 * otherwise migrations could sit in a folder nobody checks and the gate would pass on nothing.
 */
export async function findPrismaFolders(
  paths: readonly string[],
  read: ReadText,
  configuredPaths: readonly string[] = [],
): Promise<string[]> {
  const locked = new Set<string>();
  const configured = new Set<string>();
  const configs: string[] = [];
  const schemas: string[] = [];
  const packages: string[] = [];
  for (const path of paths) {
    if (path.includes('node_modules/')) continue;
    const name = nameOf(path);
    if (name === 'migration_lock.toml') locked.add(folderOf(path));
    else if (CONFIG_FILE.test(path)) configs.push(path);
    else if (name.endsWith('.prisma')) schemas.push(path);
    else if (name === 'package.json') packages.push(path);
  }
  // The package.json `prisma` key (before prisma.config existed) matters only above a schema file.
  const schemaOwners = packages.filter((p) =>
    schemas.some((s) => s.startsWith(folderOf(p) ? `${folderOf(p)}/` : '')),
  );
  if (!configs.length && !schemaOwners.length) return [...locked].sort();
  // The code reader (@babel/parser, the CLI's largest module) is loaded only here, in a repository
  // that has a Prisma config or schema owner to read.
  await loadCodeParser();
  const problems: string[] = [];
  for (const config of configs) {
    const text = await read(config);
    const dir = folderOf(config).replace(/\/?\.config$/, '');
    const found = text === undefined ? undefined : prismaConfigMigrationsFolder(text);
    if (!found) problems.push(`${config}: could not be read`);
    else if (found.kind === 'unreadable') problems.push(`${config}: \`${found.key}\` is ${found.why}`);
    else if (found.kind === 'path') addInside(configured, joinPath(dir, found.path), config, problems);
  }
  for (const pkg of schemaOwners) {
    const schema = packageSchema(await read(pkg));
    if (schema === undefined) continue;
    const folder = schema.endsWith('.prisma')
      ? folderOf(joinPath(folderOf(pkg), schema))
      : joinPath(folderOf(pkg), schema);
    addInside(configured, joinPath(folder, 'migrations'), pkg, problems);
  }
  if (problems.length && !locked.size && !configuredPaths.length) {
    throw new UsageError(
      `${problems[0]}, so where its Prisma migrations are is unknown. Write \`migrations: { path: "…" }\` as a plain string there, or set \`migrations.paths\` (e.g. "db/migrations/*/migration.sql") and \`migrations.layout: prisma\` in .github/rollback-ready.yml.`,
    );
  }
  return [...new Set([...locked, ...configured])].sort();
}

/** A folder that leads out of the repository is no folder of it: said, not followed. */
function addInside(out: Set<string>, folder: string, source: string, problems: string[]): void {
  if (folder.startsWith('..'))
    problems.push(`${source}: its migrations folder ${folder} is outside the repository`);
  else out.add(folder);
}

function packageSchema(text: string | undefined): string | undefined {
  if (!text) return undefined;
  try {
    const json = JSON.parse(text) as { prisma?: { schema?: unknown } };
    const schema = json?.prisma?.schema;
    return typeof schema === 'string' ? schema : undefined;
  } catch {
    return undefined; // a broken package.json is npm's error to report, not a migrations folder
  }
}

/** `<folder>/<name>/migration.sql` for one of these folders: the migration's name, else undefined. */
export function prismaMigrationIn(path: string, folders: readonly string[]): string | undefined {
  if (!folders.length || nameOf(path) !== 'migration.sql') return undefined;
  const migration = folderOf(path);
  const parent = folderOf(migration);
  return folders.includes(parent) && migration !== parent ? nameOf(migration) : undefined;
}
