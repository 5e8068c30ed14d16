import { describe, expect, it } from '@jest/globals';
import { MIGRATION_LAYOUTS } from '../../src/gates/migrations/config.js';
import type { MigrationLayoutId } from '../../src/gates/migrations/config.js';
import { AUTO_DETECT, LAYOUT, layoutById } from '../../src/gates/migrations/layouts.js';
import { prismaRunner, supabaseRunner } from '../../src/gates/migrations/runners.js';
import type { MigrationFile } from '../../src/sql/model.js';

/** The layout table: one object per layout id, and each behaviour the callers ask it for, per layout. */

const file = (
  layout: MigrationLayoutId,
  path: string,
  direction: 'up' | 'down' = 'up',
  version = path,
): MigrationFile => ({
  path,
  layout,
  direction,
  version,
});
const noVersions = { 'prisma-version': undefined, 'supabase-version': undefined };

describe('the layout table', () => {
  it('has an object for every layout id, filed under its own id', () => {
    expect(Object.keys(LAYOUT).sort()).toEqual([...MIGRATION_LAYOUTS].sort());
    for (const id of MIGRATION_LAYOUTS) {
      expect(LAYOUT[id].id).toBe(id);
      expect(layoutById(id)).toBe(LAYOUT[id]);
    }
  });

  it('auto-detects every layout by path except dbmate, which plain SQL hands over by its marker', () => {
    expect(AUTO_DETECT.map((l) => l.id)).toEqual([
      'prisma',
      'drizzle',
      'supabase',
      'flyway',
      'golang-migrate',
      'plain',
    ]);
    const byMarker = MIGRATION_LAYOUTS.filter((id) => !AUTO_DETECT.includes(LAYOUT[id]));
    expect(byMarker).toEqual(['dbmate']);
    expect(MIGRATION_LAYOUTS.filter((id) => LAYOUT[id].sharesPlainFolders).sort()).toEqual([
      'dbmate',
      'plain',
    ]);
    expect(MIGRATION_LAYOUTS.filter((id) => LAYOUT[id].foundByPrismaFolders)).toEqual(['prisma']);
  });

  it.each<[MigrationLayoutId, string, { direction: string; version: string } | undefined]>([
    [
      'prisma',
      'prisma/migrations/20240101_init/migration.sql',
      { direction: 'up', version: '20240101_init' },
    ],
    ['prisma', 'node_modules/x/prisma/migrations/1_a/migration.sql', undefined],
    ['drizzle', 'drizzle/0001_a.sql', { direction: 'up', version: '0001_a.sql' }],
    ['drizzle', 'drizzle/20240101_a/migration.sql', { direction: 'up', version: '20240101_a' }],
    [
      'supabase',
      'apps/web/supabase/migrations/20240101_a.sql',
      { direction: 'up', version: '20240101' },
    ],
    ['flyway', 'db/V1_10__a.sql', { direction: 'up', version: '1.10' }],
    ['flyway', 'db/U1_10__a.sql', { direction: 'down', version: '1.10' }],
    ['flyway', 'db/Vx__a.sql', undefined],
    ['golang-migrate', 'db/1_a.down.sql', { direction: 'down', version: '1_a' }],
    ['plain', 'db/migrations/001.sql', { direction: 'up', version: '001.sql' }],
    ['plain', 'docs/001.sql', undefined],
    // dbmate claims no path by itself: configured, every file given is one of its migrations.
    ['dbmate', 'anywhere/001.sql', { direction: 'up', version: '001.sql' }],
  ])('%s matches %s as %j', (id, path, match) => {
    expect(LAYOUT[id].match(path)).toEqual(match);
  });

  it.each<[MigrationLayoutId, string, string]>([
    ['prisma', 'Prisma (version not found in a lockfile or package.json)', 'implicit'],
    ['supabase', 'Supabase CLI (version not found in a lockfile or package.json)', 'per-file'],
    ['drizzle', 'Drizzle', 'per-file'],
    ['flyway', 'Flyway', 'flyway'],
    ['golang-migrate', 'golang-migrate', 'implicit'],
    ['dbmate', 'dbmate', 'per-file'],
    ['plain', 'plain SQL', 'none'],
  ])('%s is applied by its runner: %s, transaction %s', (id, label, transaction) => {
    const runner = LAYOUT[id].runner(noVersions);
    expect(runner.label).toBe(label);
    expect(runner.transaction).toBe(transaction);
  });

  it('reads the runner version only for Prisma and the Supabase CLI, from the package that holds the migrations', () => {
    expect(MIGRATION_LAYOUTS.filter((id) => LAYOUT[id].runnerVersion).sort()).toEqual(['prisma', 'supabase']);
    const prisma = LAYOUT.prisma.runnerVersion!;
    expect(prisma).toMatchObject({ runner: 'prisma', configKey: 'prisma-version' });
    expect(prisma.packageDir('prisma/migrations/1_a/migration.sql')).toBe('');
    expect(prisma.packageDir('apps/web/prisma/migrations/1_a/migration.sql')).toBe('apps/web/');
    expect(prisma.packageDir('packages/database/migration/1_a/migration.sql')).toBe('packages/database/');
    expect(prisma.packageDir('migration/1_a/migration.sql')).toBe('');
    const supabase = LAYOUT.supabase.runnerVersion!;
    expect(supabase).toMatchObject({ runner: 'supabase', configKey: 'supabase-version' });
    expect(supabase.packageDir('supabase/migrations/1.sql')).toBe('');
    expect(supabase.packageDir('apps/a/supabase/migrations/1.sql')).toBe('apps/a/');
  });

  it('has down migrations only for golang-migrate, Flyway and dbmate, each found where its tool looks', () => {
    expect(MIGRATION_LAYOUTS.filter((id) => LAYOUT[id].down).sort()).toEqual([
      'dbmate',
      'flyway',
      'golang-migrate',
    ]);

    const golangUp = file('golang-migrate', 'db/a/1_x.up.sql', 'up', '1_x');
    const golang = [
      file('golang-migrate', 'db/b/1_x.down.sql', 'down', '1_x'),
      file('golang-migrate', 'db/a/1_x.down.sql', 'down', '1_x'),
    ];
    expect(LAYOUT['golang-migrate'].down!.fileOf(golangUp, golang)).toBe(golang[1]);
    expect(LAYOUT['golang-migrate'].down!.fileOf(golangUp, golang.slice(0, 1))).toBeUndefined();
    expect(LAYOUT['golang-migrate'].down!.expected(golangUp)).toBe('1_x.down.sql');

    const flywayUp = file('flyway', 'db/V1_2__x.sql', 'up', '1.2');
    const flyway = [file('flyway', 'elsewhere/U1_2__x.sql', 'down', '1.2')];
    expect(LAYOUT.flyway.down!.fileOf(flywayUp, flyway)).toBe(flyway[0]);
    expect(LAYOUT.flyway.down!.fileOf(file('flyway', 'db/V1_3__y.sql', 'up', '1.3'), flyway)).toBeUndefined();
    expect(LAYOUT.flyway.down!.expected(flywayUp)).toBe('U1_2__*.sql');

    const dbmateUp = file('dbmate', 'db/migrations/1.sql');
    expect(LAYOUT.dbmate.down!.fileOf(dbmateUp, [])).toBe(dbmateUp);
    expect(LAYOUT.dbmate.down!.expected(dbmateUp)).toBe('a "-- migrate:down" section');
    expect(LAYOUT.dbmate.down!.sectionMarker!.test('-- migrate:up\nSELECT 1;\n-- migrate:down\n')).toBe(true);
    expect(MIGRATION_LAYOUTS.filter((id) => LAYOUT[id].down?.sectionMarker)).toEqual(['dbmate']);
  });

  it("names each runner's history table as the runner creates it", () => {
    const tables = MIGRATION_LAYOUTS.map((id) => [id, /TABLE IF NOT EXISTS (\S+)/.exec(LAYOUT[id].historyTable ?? '')?.[1]]);
    expect(Object.fromEntries(tables.filter(([, t]) => t))).toEqual({
      supabase: 'supabase_migrations.schema_migrations',
      flyway: 'flyway_schema_history',
      'golang-migrate': 'schema_migrations',
      dbmate: 'schema_migrations',
    });
  });

  it('asks for the Supabase platform stand-in only for Supabase migrations', () => {
    expect(MIGRATION_LAYOUTS.filter((id) => LAYOUT[id].assumesSupabasePlatform)).toEqual(['supabase']);
  });

  it.each<[MigrationLayoutId, RegExp, RegExp]>([
    [
      'prisma',
      /^Prisma 7\.0\.0 runs this file in a transaction$/,
      /alone in a migration file.*Prisma 7\.4\.0\+ sends each statement/,
    ],
    ['supabase', /one pipeline batch/, /Supabase CLI 2\.109\.0\+ runs CREATE INDEX CONCURRENTLY on its own/],
    ['drizzle', /drizzle-orm's migrator/, /run CREATE INDEX CONCURRENTLY IF NOT EXISTS outside Drizzle/],
    ['flyway', /Flyway runs this file in a transaction/, /only statements Flyway runs without a transaction/],
    [
      'golang-migrate',
      /^golang-migrate runs this file in a transaction$/,
      /^Put CREATE INDEX CONCURRENTLY IF NOT EXISTS alone/,
    ],
    ['dbmate', /unless it is marked transaction:false/, /`-- migrate:up transaction:false`/],
    [
      'plain',
      /^plain SQL runs this file in a transaction$/,
      /^Put CREATE INDEX CONCURRENTLY IF NOT EXISTS alone/,
    ],
  ])('%s says how to run a statement outside a transaction', (id, why, how) => {
    const runner =
      id === 'prisma' ? prismaRunner({ 'prisma-version': '7.0.0' }) : LAYOUT[id].runner(noVersions);
    const advice = LAYOUT[id].outsideTransaction(runner, 'CREATE INDEX CONCURRENTLY');
    expect(advice.why).toMatch(why);
    expect(advice.how).toMatch(how);
  });

  it('names the Supabase CLI release that runs DROP INDEX CONCURRENTLY on its own', () => {
    const advice = LAYOUT.supabase.outsideTransaction(supabaseRunner({}), 'DROP INDEX CONCURRENTLY');
    expect(advice.how).toMatch(/Supabase CLI 2\.112\.0\+ runs DROP INDEX CONCURRENTLY/);
  });

  it('gives dbmate the transaction:false advice for a section sent as one query', () => {
    const advice = LAYOUT.dbmate.outsideTransaction(
      { label: 'dbmate', send: 'one-query', transaction: 'implicit' },
      'DROP INDEX CONCURRENTLY',
    );
    expect(advice.why).toBe('dbmate sends the section as one query');
    expect(advice.how).toMatch(/Keep DROP INDEX CONCURRENTLY IF EXISTS alone in the up section/);
  });
});

describe('what the parser sees of a file, asked of its layout', () => {
  const dbmate =
    '-- migrate:up transaction:false\ncreate table a (id int);\n\n-- migrate:down\ndrop table a;\n';

  it('dbmate: the section of the direction read, the other blanked with its line breaks kept', () => {
    const up = LAYOUT.dbmate.parserSource!(dbmate, 'up');
    expect(up.source).toHaveLength(dbmate.length);
    expect(up.source).toContain('create table a');
    expect(up.source).not.toContain('drop table');
    expect(up.source.split('\n')).toHaveLength(dbmate.split('\n').length);
    expect(up.transactionDisabled).toBe(true);
    const down = LAYOUT.dbmate.parserSource!(dbmate, 'down');
    expect(down.source).toContain('drop table a');
    expect(down.source).not.toContain('create table');
    expect(down.transactionDisabled).toBe(false);
  });

  it('dbmate without its markers, and every other layout: the whole file', () => {
    expect(LAYOUT.dbmate.parserSource!('drop table a;\n', 'up')).toEqual({
      source: 'drop table a;\n',
      transactionDisabled: false,
    });
    const whole = MIGRATION_LAYOUTS.filter((id) => LAYOUT[id].parserSource === undefined);
    expect(whole.sort()).toEqual(MIGRATION_LAYOUTS.filter((id) => id !== 'dbmate').sort());
  });

  it('a file in the folders plain SQL shares is claimed by its text only by dbmate', () => {
    expect(LAYOUT.dbmate.claimsText!(dbmate)).toBe(true);
    expect(LAYOUT.dbmate.claimsText!('-- a comment\ncreate table a (id int);\n')).toBe(false);
    expect(MIGRATION_LAYOUTS.filter((id) => LAYOUT[id].claimsText)).toEqual(['dbmate']);
  });

  it('only Drizzle finds its migrations through drizzle-kit journals', () => {
    expect(MIGRATION_LAYOUTS.filter((id) => LAYOUT[id].foundByDrizzleJournals)).toEqual(['drizzle']);
  });
});
