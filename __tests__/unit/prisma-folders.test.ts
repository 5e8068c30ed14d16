import { describe, expect, it } from '@jest/globals';
import { loadCodeParser } from '../../src/schema-sources/ts-scanner.js';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { UsageError } from '../../src/core/errors.js';
import { discoverMigrations } from '../../src/gates/migrations/discover.js';
import { prismaConfigMigrationsFolder } from '../../src/gates/migrations/prisma-config.js';
import { findPrismaFolders } from '../../src/gates/migrations/prisma-folders.js';

// The code parser loads on first need (ts-scanner.ts): these tests call its readers directly.
await loadCodeParser();

const reader = (files: Record<string, string>) => async (path: string) => files[path];

describe('prisma.config migrations folder, read from its tokens', () => {
  it.each([
    [
      'export default defineConfig({ schema: "db/schema.prisma", migrations: { path: "db/changes" } })',
      'db/changes',
    ],
    [
      "export default { migrations: { path: './sql/migrate', seed: 'tsx seed.ts' } } satisfies PrismaConfig",
      'sql/migrate',
    ],
    ['export default defineConfig({ migrations: { path: path.join("db", "migrations") } })', 'db/migrations'],
    ['export default defineConfig({ migrations: { path: path.resolve(__dirname, "db/m") } })', 'db/m'],
    ['const config = { migrations: { path: `pg/migrations` } };\nexport default config;', 'pg/migrations'],
    ['module.exports = { migrations: { /* moved */ path: "x/migrations" } }', 'x/migrations'],
    [
      'export default defineConfig({ schema: "./schema", datasource: { url: env("U") } })',
      'schema/migrations',
    ],
    ['export default defineConfig({ schema: "prisma/app.prisma" })', 'prisma/migrations'],
  ])('%s → %s', (source, folder) => {
    expect(prismaConfigMigrationsFolder(source)).toMatchObject({ kind: 'path', path: folder });
  });

  it.each([
    ['export default defineConfig({ migrations: { path: process.env.MIGRATIONS_DIR } })', 'migrations.path'],
    ['export default defineConfig({ migrations: { path: `${base}/migrations` } })', 'migrations.path'],
    ['export default defineConfig({ ...shared })', 'migrations'],
    ['export default defineConfig({ migrations })', 'migrations'],
    ['export default makeConfig()', 'export default'],
    ["export default defineConfig({ migrations: { path: 'db/migrations' } ", 'export default'],
  ])('refuses to guess: %s', (source, key) => {
    expect(prismaConfigMigrationsFolder(source)).toMatchObject({ kind: 'unreadable', key });
  });

  it('says absent when neither migrations nor schema is set (Prisma defaults apply)', () => {
    expect(
      prismaConfigMigrationsFolder('export default defineConfig({ datasource: { url: env("U") } })'),
    ).toEqual({
      kind: 'absent',
    });
  });
});

describe('findPrismaFolders', () => {
  it('takes every folder with a migration_lock.toml, outside node_modules', async () => {
    const paths = [
      'packages/database/migration/migration_lock.toml',
      'packages/database/migration/20250101000000_init/migration.sql',
      'node_modules/pkg/migrations/migration_lock.toml',
    ];
    expect(await findPrismaFolders(paths, reader({}))).toEqual(['packages/database/migration']);
  });

  it('resolves prisma.config.ts migrations.path from the config file’s folder', async () => {
    const paths = ['apps/api/prisma.config.ts', 'apps/api/db/changes/20250101_a/migration.sql'];
    const read = reader({
      'apps/api/prisma.config.ts': 'export default defineConfig({ migrations: { path: "./db/changes" } })',
    });
    expect(await findPrismaFolders(paths, read)).toEqual(['apps/api/db/changes']);
  });

  it('takes the folder next to the package.json prisma.schema', async () => {
    const paths = ['web/package.json', 'web/database/schema.prisma', 'package.json'];
    const read = reader({
      'web/package.json': JSON.stringify({ name: 'web', prisma: { schema: 'database/schema.prisma' } }),
      'package.json': JSON.stringify({ name: 'root' }),
    });
    expect(await findPrismaFolders(paths, read)).toEqual(['web/database/migrations']);
  });

  it('refuses (exit 2) an unreadable config when nothing else shows where the migrations are', async () => {
    const paths = ['prisma.config.ts', 'db/x/migration.sql'];
    const read = reader({
      'prisma.config.ts': 'export default defineConfig({ migrations: { path: dir() } })',
    });
    await expect(findPrismaFolders(paths, read)).rejects.toThrow(UsageError);
    await expect(findPrismaFolders(paths, read)).rejects.toThrow(
      /prisma\.config\.ts: `migrations\.path` is not a plain string.*migrations\.paths/,
    );
    // A lock file, or migrations.paths in the config, says it instead.
    await expect(findPrismaFolders([...paths, 'db/migration_lock.toml'], read)).resolves.toEqual(['db']);
    await expect(findPrismaFolders(paths, read, ['db/*/migration.sql'])).resolves.toEqual([]);
  });

  it('never follows a folder out of the repository', async () => {
    const read = reader({ 'prisma.config.ts': 'export default { migrations: { path: "../elsewhere" } }' });
    await expect(findPrismaFolders(['prisma.config.ts'], read)).rejects.toThrow(/outside the repository/);
  });
});

describe('discoverMigrations with Prisma folders elsewhere', () => {
  const paths = [
    'packages/database/migration/migration_lock.toml',
    'packages/database/migration/20250101000000_init/migration.sql',
    'packages/database/migration/20250102000000_backfill/migration.ts',
    'packages/database/migration/20250103000000_add_index/migration.sql',
  ];

  it('finds formbricks-style migrations (singular `migration/`) as Prisma, in order', async () => {
    const { files, layouts } = await discoverMigrations(paths, DEFAULT_CONFIG.migrations, reader({}));
    expect(files.map((f) => [f.path, f.layout, f.version])).toEqual([
      ['packages/database/migration/20250101000000_init/migration.sql', 'prisma', '20250101000000_init'],
      [
        'packages/database/migration/20250103000000_add_index/migration.sql',
        'prisma',
        '20250103000000_add_index',
      ],
    ]);
    expect(layouts).toEqual(['prisma']);
  });

  it('uses the folders given when the paths are only the changed files', async () => {
    const changed = [paths[3]!];
    expect((await discoverMigrations(changed, DEFAULT_CONFIG.migrations, reader({}))).files).toEqual([]);
    const { files } = await discoverMigrations(changed, DEFAULT_CONFIG.migrations, reader({}), {
      prisma: ['packages/database/migration'],
      drizzle: [],
    });
    expect(files).toEqual([
      expect.objectContaining({ layout: 'prisma', version: '20250103000000_add_index' }),
    ]);
  });
});

describe('rehearse plans the same Prisma folder', () => {
  it('applies the base migrations and the added one from packages/database/migration', async () => {
    const { TempRepo } = await import('../support/git-repo.js');
    const { GitCli } = await import('../../src/git/git.js');
    const { planRehearsal } = await import('../../src/gates/rehearsal/plan.js');
    const { silentLogger } = await import('../../src/core/gate.js');
    const repo = new TempRepo('rr-prisma-rehearse-');
    try {
      const folder = 'packages/database/migration';
      repo.write(`${folder}/migration_lock.toml`, 'provider = "postgresql"\n');
      repo.write(
        `${folder}/20250101000000_init/migration.sql`,
        'CREATE TABLE "Survey" ("id" TEXT PRIMARY KEY);\n',
      );
      repo.commit('init');
      repo.branch('feature');
      repo.write(
        `${folder}/20250201000000_add/migration.sql`,
        'ALTER TABLE "Survey" ADD COLUMN "note" TEXT;\n',
      );
      repo.commit('add');
      const git = await GitCli.open(repo.dir);
      const head = (await git.resolveCommit('HEAD'))!;
      const base = (await git.resolveCommit('main'))!;
      const plan = await planRehearsal({
        settings: {
          run: { cwd: repo.dir, head: 'HEAD', format: 'json', failOn: 'error', files: [] },
          config: DEFAULT_CONFIG,
        },
        git,
        base,
        head,
        worktree: false,
        log: silentLogger,
      });
      expect(
        plan.layouts.map((l) => [l.layout, l.base.map((f) => f.file.path), l.added.map((f) => f.file.path)]),
      ).toEqual([
        [
          'prisma',
          [`${folder}/20250101000000_init/migration.sql`],
          [`${folder}/20250201000000_add/migration.sql`],
        ],
      ]);
    } finally {
      repo.remove();
    }
  });
});
