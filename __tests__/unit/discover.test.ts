import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import type { MigrationsConfig } from '../../src/gates/migrations/config.js';
import { discoverMigrations } from '../../src/gates/migrations/discover.js';
import { drizzleJournalFolders, drizzleMigrationIn } from '../../src/gates/migrations/layout-folders.js';
import { compareVersions } from '../../src/gates/migrations/layouts.js';

const config = (over: Partial<MigrationsConfig> = {}): MigrationsConfig => ({
  ...DEFAULT_CONFIG.migrations,
  ...over,
});
const noContent = async () => '';

describe('discoverMigrations', () => {
  it.each([
    ['supabase/migrations/20240101120000_init.sql', 'supabase', 'up'],
    ['apps/web/supabase/migrations/20240101120000_init.sql', 'supabase', 'up'],
    ['prisma/migrations/20240101120000_init/migration.sql', 'prisma', 'up'],
    ['drizzle/0000_init.sql', 'drizzle', 'up'],
    ['drizzle/20240101_init/migration.sql', 'drizzle', 'up'],
    ['src/main/resources/db/migration/V1_2__add_users.sql', 'flyway', 'up'],
    ['src/main/resources/db/migration/U1_2__add_users.sql', 'flyway', 'down'],
    ['db/migrations/000001_create_users.up.sql', 'golang-migrate', 'up'],
    ['db/migrations/000001_create_users.down.sql', 'golang-migrate', 'down'],
    ['migrations/001_init.sql', 'plain', 'up'],
    ['db/migrations/001_init.sql', 'plain', 'up'],
  ])('recognises %s as %s (%s)', async (path, layout, direction) => {
    const { files } = await discoverMigrations([path], config(), noContent);
    expect(files).toEqual([expect.objectContaining({ path, layout, direction })]);
  });

  it.each([
    'src/app/page.tsx',
    'node_modules/pkg/migrations/001.sql',
    'supabase/seed.sql',
    'prisma/schema.prisma',
    'docs/notes.sql',
    'drizzle/meta/_journal.json',
  ])('ignores %s', async (path) => {
    expect((await discoverMigrations([path], config(), noContent)).files).toEqual([]);
  });

  it('keys a Supabase migration by the timestamp the CLI records, not the name after it', async () => {
    const { files } = await discoverMigrations(
      ['supabase/migrations/20240910100924_add_sync_status.sql'],
      config(),
      noContent,
    );
    expect(files).toEqual([expect.objectContaining({ version: '20240910100924' })]);
  });

  it.each([
    'supabase/migrations/local_20240107152745_ollama.sql',
    'supabase/migrations/add_notes.sql',
    'apps/api/supabase/migrations/2024-05-12-initial.sql',
  ])('reports %s as skipped by the Supabase CLI, never as a migration of any layout', async (path) => {
    const { files, skipped } = await discoverMigrations([path], config(), noContent);
    expect(files).toEqual([]);
    expect(skipped).toEqual([
      expect.objectContaining({
        path,
        layout: 'supabase',
        why: expect.stringContaining('<timestamp>_<name>.sql'),
      }),
    ]);
  });

  it('leaves excluded and nested Supabase files alone', async () => {
    const { files, skipped } = await discoverMigrations(
      ['supabase/migrations/notes.sql', 'supabase/migrations/archive/old.sql'],
      config({ exclude: ['supabase/migrations/notes.sql'] }),
      noContent,
    );
    expect([files, skipped]).toEqual([[], []]);
  });

  it('tells dbmate files from plain ones by their migrate:up marker', async () => {
    const read = async (p: string) =>
      p.includes('dbmate')
        ? '-- migrate:up\nCREATE TABLE a (id int);\n-- migrate:down\nDROP TABLE a;'
        : 'CREATE TABLE b (id int);';
    const { files, layouts } = await discoverMigrations(
      ['db/migrations/20240101_dbmate.sql', 'db/migrations/20240102_plain.sql'],
      config(),
      read,
    );
    expect(files.map((f) => f.layout)).toEqual(['dbmate', 'plain']);
    expect(layouts.sort()).toEqual(['dbmate', 'plain']);
  });

  it('adds files matched by extra globs and drops excluded ones', async () => {
    const paths = [
      'database/changes/001_users.sql',
      'supabase/migrations/20240101_seed_big.sql',
      'supabase/migrations/20240102_x.sql',
    ];
    const { files } = await discoverMigrations(
      paths,
      config({ paths: ['database/changes/*.sql'], exclude: ['**/*seed*'] }),
      noContent,
    );
    expect(files.map((f) => f.path).sort()).toEqual([
      'database/changes/001_users.sql',
      'supabase/migrations/20240102_x.sql',
    ]);
  });

  it("with a configured layout only claims that layout's files", async () => {
    const { files } = await discoverMigrations(
      ['supabase/migrations/1_a.sql', 'migrations/2_b.up.sql'],
      config({ layout: 'golang-migrate' }),
      noContent,
    );
    expect(files.map((f) => [f.path, f.layout])).toEqual([['migrations/2_b.up.sql', 'golang-migrate']]);
  });

  it('orders files by version with numbers compared as numbers', async () => {
    const paths = ['db/migration/V1_10__c.sql', 'db/migration/V1_9__b.sql', 'db/migration/V1_1__a.sql'];
    const { files } = await discoverMigrations(paths, config(), noContent);
    expect(files.map((f) => f.version)).toEqual(['1.1', '1.9', '1.10']);
    expect(compareVersions('20240101000000', '20240101000001')).toBeLessThan(0);
  });

  it("finds drizzle-kit migrations in any folder its journal is in (the Next.js SaaS starter's lib/db/migrations)", async () => {
    const paths = [
      'lib/db/migrations/0000_soft_the_anarchist.sql',
      'lib/db/migrations/0001_brave_wolf.sql',
      'lib/db/migrations/meta/_journal.json',
      'lib/db/migrations/meta/0000_snapshot.json',
      'db/migrations/20240101_plain.sql',
      'node_modules/x/meta/_journal.json',
      'node_modules/x/0000_y.sql',
    ];
    const { files, layouts } = await discoverMigrations(paths, config(), noContent);
    expect(files.map((f) => [f.path, f.layout, f.version])).toEqual([
      ['lib/db/migrations/0000_soft_the_anarchist.sql', 'drizzle', '0000_soft_the_anarchist.sql'],
      ['lib/db/migrations/0001_brave_wolf.sql', 'drizzle', '0001_brave_wolf.sql'],
      ['db/migrations/20240101_plain.sql', 'plain', '20240101_plain.sql'],
    ]);
    expect(layouts).toEqual(['drizzle', 'plain']);
    // Only the changed file in hand (a PR check): the journal found in the whole tree still decides.
    const changed = ['lib/db/migrations/0001_brave_wolf.sql'];
    const folders = { prisma: [], drizzle: drizzleJournalFolders(paths) };
    expect((await discoverMigrations(changed, config(), noContent, folders)).files[0]).toMatchObject({
      layout: 'drizzle',
    });
    // A configured plain layout keeps its own reading.
    expect(
      (await discoverMigrations(paths, config({ layout: 'plain' }), noContent)).files.map((f) => f.layout),
    ).not.toContain('drizzle');
    // drizzle-kit v1's folder per migration.
    expect(drizzleMigrationIn('src/db/out/20250101_init/migration.sql', ['src/db/out'])).toBe(
      '20250101_init',
    );
    expect(drizzleMigrationIn('src/db/out/nested/deeper/migration.sql', ['src/db/out'])).toBeUndefined();
  });
});
