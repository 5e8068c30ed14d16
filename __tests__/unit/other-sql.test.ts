import { describe, expect, it } from '@jest/globals';
import { sqlOutsideMigrations, sqlOutsideMigrationsFinding } from '../../src/gates/migrations/other-sql.js';
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
    ];
    expect(sqlOutsideMigrations(changed, [], [])).toEqual([]);
  });

  it('leaves what migrations.exclude names alone', () => {
    expect(sqlOutsideMigrations(['db/schema/a.sql', 'db/other/b.sql'], [], ['db/schema/**'])).toEqual([
      'db/other/b.sql',
    ]);
  });

  it('is a warning whose advice names both ways out', () => {
    const f = sqlOutsideMigrationsFinding('db/schema/a.sql');
    expect(f).toMatchObject({ rule: 'sql-outside-migrations', severity: 'warning', file: 'db/schema/a.sql' });
    expect(f.help).toContain('migrations.paths');
    expect(f.help).toContain('migrations.exclude');
    expect(f.docs).toMatch(/docs\/rules\/sql-outside-migrations\.md$/);
  });
});
