import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { discoverMigrations } from '../../src/gates/migrations/discover.js';

/** umami's tree: Prisma for Postgres and MySQL side by side, ClickHouse SQL, and a Drizzle SQLite app. */
const TREE: Record<string, string> = {
  'db/postgresql/migrations/migration_lock.toml': 'provider = "postgresql"\n',
  'db/postgresql/migrations/01_init/migration.sql': 'CREATE TABLE a (id int);',
  'db/mysql/migrations/migration_lock.toml': '# Please do not edit\nprovider = "mysql"\n',
  'db/mysql/migrations/01_init/migration.sql': 'CREATE TABLE `a` (`id` int);',
  'db/mysql/schema.sql': 'CREATE TABLE `a` (`id` int);',
  'db/clickhouse/migrations/01_edit_keys.sql': 'ALTER TABLE e MODIFY COLUMN x String CODEC(ZSTD);',
  'apps/status/drizzle/meta/_journal.json': JSON.stringify({ version: '6', dialect: 'sqlite', entries: [] }),
  'apps/status/drizzle/0000_init.sql': 'CREATE TABLE `page` (`id` integer);',
  'apps/api/drizzle/meta/_journal.json': JSON.stringify({ version: '7', dialect: 'postgresql', entries: [] }),
  'apps/api/drizzle/0000_init.sql': 'CREATE TABLE page (id int);',
};

const read = async (path: string) => TREE[path];

describe('migrations of another database', () => {
  it('are left out of discovery and said, with the evidence', async () => {
    const found = await discoverMigrations(Object.keys(TREE), DEFAULT_CONFIG.migrations, read);
    expect(found.files.map((f) => [f.path, f.layout])).toEqual([
      ['apps/api/drizzle/0000_init.sql', 'drizzle'],
      ['db/postgresql/migrations/01_init/migration.sql', 'prisma'],
    ]);
    expect(
      found.otherDatabase?.map(({ path, database }) => [path, database.engine, database.evidence]),
    ).toEqual([
      [
        'db/mysql/migrations/01_init/migration.sql',
        'mysql',
        'db/mysql/migrations/migration_lock.toml says provider = "mysql"',
      ],
      ['db/clickhouse/migrations/01_edit_keys.sql', 'ClickHouse', 'its folder is named "clickhouse"'],
      [
        'apps/status/drizzle/0000_init.sql',
        'sqlite',
        'apps/status/drizzle/meta/_journal.json says "dialect": "sqlite"',
      ],
    ]);
  });

  it('a Postgres folder that only mentions another engine in a file name is still checked', async () => {
    const tree = ['supabase/migrations/20240101000000_mysql_import.sql', 'migrations/001_from_sqlite.sql'];
    const found = await discoverMigrations(tree, DEFAULT_CONFIG.migrations, async () => 'SELECT 1;');
    expect(found.files).toHaveLength(2);
    expect(found.otherDatabase).toBeUndefined();
  });
});
