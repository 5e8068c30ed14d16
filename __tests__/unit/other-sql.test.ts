import { describe, expect, it } from '@jest/globals';
import { uncheckedChangeFinding, uncheckedChanges } from '../../src/gates/migrations/other-sql.js';

const sqlOutsideMigrations = (changed: string[], linted: MigrationFile[], exclude: string[]) =>
  uncheckedChanges(changed, linted, exclude)
    .filter((c) => c.kind === 'sql')
    .map((c) => c.path);
import type { MigrationFile } from '../../src/sql/model.js';

const migration = (path: string): MigrationFile => ({
  path,
  layout: 'supabase',
  direction: 'up',
  version: '1',
});

describe('sqlOutsideMigrations: changed SQL that no layout calls a migration', () => {
  it('names .sql files outside the migrations, sorted, and nothing else', () => {
    const changed = [
      'db/schema/002_drop.sql',
      'supabase/migrations/20240101000000_a.sql',
      'sql/patches/fix.sql',
      'src/app.ts',
      'README.md',
    ];
    expect(
      sqlOutsideMigrations(changed, [migration('supabase/migrations/20240101000000_a.sql')], []),
    ).toEqual(['db/schema/002_drop.sql', 'sql/patches/fix.sql']);
  });

  it('leaves seeds, tests and query files alone', () => {
    const changed = [
      'supabase/seed.sql',
      'db/seeds/users.sql',
      'prisma/seed-dev.sql',
      'supabase/tests/rls.test.sql',
      'packages/db/src/test/helpers/setup.sql',
      'db/auth_test.sql',
      'internal/db/queries/users.sql',
      'db/query/posts.sql',
      'internal-packages/clickhouse/schema/003_create_task_runs.sql',
    ];
    expect(sqlOutsideMigrations(changed, [], [])).toEqual([]);
  });

  it('leaves what migrations.exclude names alone', () => {
    expect(sqlOutsideMigrations(['db/schema/a.sql', 'db/other/b.sql'], [], ['db/schema/**'])).toEqual([
      'db/other/b.sql',
    ]);
  });

  it('is a warning whose advice names both ways out', () => {
    const f = uncheckedChangeFinding({ path: 'db/schema/a.sql', kind: 'sql' });
    expect(f).toMatchObject({ rule: 'sql-outside-migrations', severity: 'warning', file: 'db/schema/a.sql' });
    expect(f.help).toContain('migrations.paths');
    expect(f.help).toContain('migrations.exclude');
    expect(f.docs).toMatch(/docs\/rules\/sql-outside-migrations\.md$/);
  });
});

describe('uncheckedChanges: migrations written in code', () => {
  it('names knex, TypeORM, goose, Alembic and Rails migrations, not their tests or the SQL ones', () => {
    const changed = [
      'migrations/20240101_add_users.js',
      'src/database/migrations/1700000000000-AddBio.ts',
      'db/migrations/00002_add_index.go',
      'alembic/versions/3f2a_add_bio.py',
      'db/migrate/20240101000000_add_bio.rb',
      'src/database/migrations/__tests__/runner.test.ts',
      'db/migrations/00002_add_index_test.go',
      'src/migrations/types.d.ts',
      'src/app.ts',
      'prisma/migrations/migration_lock.toml',
      'drizzle/meta/_journal.json',
    ];
    expect(uncheckedChanges(changed, [], [])).toEqual([
      { path: 'alembic/versions/3f2a_add_bio.py', kind: 'code' },
      { path: 'db/migrate/20240101000000_add_bio.rb', kind: 'code' },
      { path: 'db/migrations/00002_add_index.go', kind: 'code' },
      { path: 'migrations/20240101_add_users.js', kind: 'code' },
      { path: 'src/database/migrations/1700000000000-AddBio.ts', kind: 'code' },
    ]);
  });

  it('is a warning with its own rule id, whose advice includes migrations.exclude', () => {
    const f = uncheckedChangeFinding({ path: 'migrations/1_a.js', kind: 'code' });
    expect(f).toMatchObject({ rule: 'migration-not-sql', severity: 'warning', file: 'migrations/1_a.js' });
    expect(f.help).toContain('migrations.exclude');
    expect(uncheckedChanges(['migrations/1_a.js'], [], ['migrations/*.js'])).toEqual([]);
  });
});
