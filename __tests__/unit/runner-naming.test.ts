import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import type { MigrationsConfig } from '../../src/gates/migrations/config.js';
import { discoverMigrations } from '../../src/gates/migrations/discover.js';
import { skippedFileFindings } from '../../src/gates/migrations/skipped.js';

const config = (over: Partial<MigrationsConfig> = {}): MigrationsConfig => ({
  ...DEFAULT_CONFIG.migrations,
  ...over,
});
const noContent = async () => '';

/** Discovery of `changed` in a tree that also holds `tree` (the runner's folders are read from the whole tree). */
async function discover(
  changed: string[],
  tree: string[],
  read = noContent,
  over: Partial<MigrationsConfig> = {},
) {
  const { findLayoutFolders } = await import('../../src/gates/migrations/layout-folders.js');
  const folders = await findLayoutFolders([...tree, ...changed], read);
  return discoverMigrations(changed, config(over), read, folders);
}

const HARBOR = 'make/migrations/postgresql';
const FLYWAY = 'src/main/resources/db/migration';

describe('files a runner never runs by their name', () => {
  it.each([
    [`${HARBOR}/0010_replication_ng.sql`, 'golang-migrate'],
    [`${HARBOR}/notes.sql`, 'golang-migrate'],
    [`${FLYWAY}/V2_add_users.sql`, 'flyway'],
    [`${FLYWAY}/v2__add_users.sql`, 'flyway'],
    [`${FLYWAY}/add_users.sql`, 'flyway'],
    [`${FLYWAY}/postgres/fix.sql`, 'flyway'],
  ])('reports %s beside migrations its runner runs as skipped by %s', async (path, layout) => {
    const tree = [`${HARBOR}/0001_initial_schema.up.sql`, `${FLYWAY}/V1__init.sql`];
    const { files, skipped } = await discover([path], tree);
    expect(files).toEqual([]);
    expect(skipped).toEqual([expect.objectContaining({ path, layout })]);
  });

  it.each([
    `${FLYWAY}/R__views.sql`,
    `${FLYWAY}/afterMigrate.sql`,
    `${FLYWAY}/beforeEachMigrate__log.sql`,
    `${FLYWAY}/V1.1__more.sql`,
    `${FLYWAY}/U1__init.sql`,
    `${HARBOR}/0200_2.15_schema.up.sql`,
    `${HARBOR}/0200_2.15_schema.down.sql`,
  ])('leaves %s, which its runner runs, unskipped', async (path) => {
    const tree = [`${HARBOR}/0001_initial_schema.up.sql`, `${FLYWAY}/V1__init.sql`];
    const { skipped } = await discover([path], tree);
    expect(skipped).toEqual([]);
  });

  it('reads a .sql file in a folder no runner runs anything from as before (plain SQL)', async () => {
    const { files, skipped } = await discover(['db/migrations/seed.sql'], ['db/migrations/001_init.sql']);
    expect(skipped).toEqual([]);
    expect(files).toEqual([expect.objectContaining({ layout: 'plain' })]);
  });

  it('does not call a golang-migrate subfolder its folder (golang-migrate reads one folder)', async () => {
    const { skipped } = await discover([`${HARBOR}/old/notes.sql`], [`${HARBOR}/0001_initial_schema.up.sql`]);
    expect(skipped).toEqual([]);
  });

  it('reports .up.sql files without a version as skipped by golang-migrate, with no tree to look at', async () => {
    const { files, skipped } = await discoverMigrations(['db/add_users.up.sql'], config(), noContent);
    expect(files).toEqual([]);
    expect(skipped).toEqual([expect.objectContaining({ layout: 'golang-migrate' })]);
  });

  it('with another layout configured, no runner folder skips anything', async () => {
    const { skipped } = await discover(
      [`${HARBOR}/0010_replication_ng.sql`],
      [`${HARBOR}/0001_initial_schema.up.sql`],
      noContent,
      { layout: 'plain', paths: [`${HARBOR}/*.sql`] },
    );
    expect(skipped).toEqual([]);
  });

  it('reports a dbmate file (its marker) whose name does not start with its version', async () => {
    const read = async () => '-- migrate:up\ncreate table t (id int);\n-- migrate:down\ndrop table t;\n';
    const { files, skipped } = await discover(['db/migrations/add_t.sql'], [], read);
    expect(files).toEqual([]);
    expect(skipped).toEqual([expect.objectContaining({ layout: 'dbmate' })]);
    const ok = await discover(['db/migrations/20240101000000_add_t.sql'], [], read);
    expect(ok.files).toEqual([expect.objectContaining({ layout: 'dbmate' })]);
  });

  it('says a rename that golang-migrate runs, and where to move a file that is not meant to run', async () => {
    const path = `${HARBOR}/0010_replication_ng.sql`;
    const { skipped } = await discover([path], [`${HARBOR}/0001_initial_schema.up.sql`]);
    const [finding] = skippedFileFindings(skipped);
    expect(finding).toMatchObject({ rule: 'skipped-migration-file', severity: 'error', file: path });
    expect(finding!.message).toContain('golang-migrate migrations folder but never runs');
    expect(finding!.help).toContain('0010_replication_ng.up.sql');
    expect(finding!.help).toContain(`move it out of ${HARBOR}`);
  });

  it('names the Flyway folder to move a file out of, not only its subfolder', async () => {
    const path = `${FLYWAY}/data/fix.sql`;
    const { skipped } = await discover([path], [`${FLYWAY}/V1__init.sql`]);
    expect(skippedFileFindings(skipped)[0]!.help).toContain(`move it out of ${FLYWAY}.`);
  });

  it('suggests the two-underscore name for a Flyway file with one', async () => {
    const path = `${FLYWAY}/V2_add_users.sql`;
    const { skipped } = await discover([path], [`${FLYWAY}/V1__init.sql`]);
    expect(skippedFileFindings(skipped)[0]!.help).toContain('V2__add_users.sql');
  });
});

describe('a Flyway file at the repository root', () => {
  it('does not make every .sql file of the repository one Flyway passes over', async () => {
    const { skipped } = await discover(['db/queries/report.sql'], ['V1__init.sql']);
    expect(skipped).toEqual([]);
  });
});

describe('the rename a skipped file is advised takes a version no other file has', () => {
  it("keeps the file's own version when it is free", async () => {
    const path = `${FLYWAY}/V11_task_index_columns.sql`;
    const { skipped } = await discover([path], [`${FLYWAY}/V10__poll.sql`]);
    expect(skippedFileFindings(skipped)[0]!.help).toContain('rename it to V11__task_index_columns.sql.');
  });

  it('takes the version after the newest when its own is taken (conductor 05e7f727e: V11_ beside V11__locking)', async () => {
    const path = `${FLYWAY}/V11_task_index_columns.sql`;
    const { skipped } = await discover([path], [`${FLYWAY}/V10__poll.sql`, `${FLYWAY}/V11__locking.sql`]);
    expect(skippedFileFindings(skipped)[0]!.help).toContain('rename it to V12__task_index_columns.sql.');
  });

  it('pads a golang-migrate version like the folder does', async () => {
    const path = `${HARBOR}/0010_replication_ng.sql`;
    const tree = [`${HARBOR}/0001_initial_schema.up.sql`, `${HARBOR}/0010_1.9.0_schema.up.sql`];
    const { skipped } = await discover([path], tree);
    expect(skippedFileFindings(skipped)[0]!.help).toContain(
      'rename it to 0011_replication_ng.up.sql (with its 0011_replication_ng.down.sql beside it)',
    );
  });
});
