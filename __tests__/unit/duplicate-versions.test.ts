import { describe, expect, it } from '@jest/globals';
import type { ChangedFile } from '../../src/git/git.js';
import { drizzleJournalFindings } from '../../src/gates/migrations/drizzle-journal.js';
import { duplicateVersionFindings } from '../../src/gates/migrations/duplicates.js';
import type { MigrationFile } from '../../src/sql/model.js';

const added = (...paths: string[]) =>
  new Map<string, ChangedFile>(paths.map((path) => [path, { path, status: 'added' }]));
const file = (
  path: string,
  layout: MigrationFile['layout'],
  direction: 'up' | 'down' = 'up',
): MigrationFile => ({
  path,
  layout,
  direction,
  version: path,
});

describe('duplicate-migration-version', () => {
  it.each([
    ['golang-migrate', 'db/migrations/001_a.up.sql', 'db/migrations/001_b.up.sql'],
    ['golang-migrate', 'db/migrations/001_a.up.sql', 'db/migrations/1_b.up.sql'],
    ['golang-migrate', 'db/migrations/001_a.down.sql', 'db/migrations/001_b.down.sql'],
    ['flyway', 'db/migration/V2__a.sql', 'db/migration/V2__b.sql'],
    ['flyway', 'db/migration/V2__a.sql', 'db/migration/V2.0__b.sql'],
    ['flyway', 'db/migration/V1_1__a.sql', 'db/migration/V1.1__b.sql'],
    ['supabase', 'supabase/migrations/20240101000000_a.sql', 'supabase/migrations/20240101000000_b.sql'],
    ['dbmate', 'db/migrations/20240101000000_a.sql', 'db/migrations/20240101000000_b.sql'],
  ] as const)('%s: blocks %s added beside %s', (layout, existing, path) => {
    const direction = path.endsWith('.down.sql') ? 'down' : 'up';
    const findings = duplicateVersionFindings([file(path, layout, direction)], added(path), [existing, path]);
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'duplicate-migration-version', severity: 'error', file: path }),
    ]);
    expect(findings[0]!.message).toContain(existing.slice(existing.lastIndexOf('/') + 1));
  });

  it.each([
    ['golang-migrate', 'db/migrations/001_a.up.sql', 'db/migrations/001_a.down.sql'],
    ['golang-migrate', 'db/migrations/001_a.up.sql', 'other/001_b.up.sql'],
    ['flyway', 'db/migration/V2__a.sql', 'db/migration/V2.1__b.sql'],
    ['flyway', 'db/migration/U2__a.sql', 'db/migration/V2__a.sql'],
    ['supabase', 'supabase/migrations/20240101000000_a.sql', 'supabase/migrations/20240101000001_b.sql'],
    [
      'prisma',
      'prisma/migrations/20240101000000_a/migration.sql',
      'prisma/migrations/20240101000000_b/migration.sql',
    ],
  ] as const)('%s: %s and %s are different versions', (layout, existing, path) => {
    const direction = path.endsWith('.down.sql') ? 'down' : 'up';
    expect(duplicateVersionFindings([file(path, layout, direction)], added(path), [existing, path])).toEqual(
      [],
    );
  });

  it('does not blame a change that only edits one of a pair already in the base', () => {
    const path = 'db/migration/V2__b.sql';
    const changes = new Map<string, ChangedFile>([[path, { path, status: 'modified' }]]);
    expect(
      duplicateVersionFindings([file(path, 'flyway')], changes, ['db/migration/V2__a.sql', path]),
    ).toEqual([]);
  });

  it('advises the version after the newest, zero padding kept, and the rename passes', () => {
    const tree = [
      'db/migrations/000011_x.up.sql',
      'db/migrations/000012_a.up.sql',
      'db/migrations/000012_b.up.sql',
    ];
    const [finding] = duplicateVersionFindings([file(tree[2]!, 'golang-migrate')], added(tree[2]!), tree);
    expect(finding!.help).toContain('000013_b.up.sql');
    const renamed = 'db/migrations/000013_b.up.sql';
    expect(
      duplicateVersionFindings([file(renamed, 'golang-migrate')], added(renamed), [
        ...tree.slice(0, 2),
        renamed,
      ]),
    ).toEqual([]);
  });

  it('advises a Flyway file the next major version', () => {
    const tree = ['db/migration/V1__a.sql', 'db/migration/V2__b.sql', 'db/migration/V2__c.sql'];
    const [finding] = duplicateVersionFindings([file(tree[2]!, 'flyway')], added(tree[2]!), tree);
    expect(finding!.help).toContain('V3__c.sql');
  });
});

describe('drizzle-kit journal entries drizzle-orm would never run', () => {
  const journal = (entries: [string, number][]) =>
    JSON.stringify(
      {
        version: '7',
        dialect: 'postgresql',
        entries: entries.map(([tag, when], idx) => ({ idx, version: '7', when, tag, breakpoints: true })),
      },
      null,
      2,
    );
  const PATH = 'drizzle/meta/_journal.json';
  const run = (base: string | undefined, head: string) =>
    drizzleJournalFindings(
      [PATH],
      async () => head,
      async () => base,
    );

  it('blocks an added entry older than one before it, on the line of its tag', async () => {
    const base = journal([
      ['0000_init', 1000],
      ['0001_b', 3000],
    ]);
    const head = journal([
      ['0000_init', 1000],
      ['0001_b', 3000],
      ['0002_a', 2000],
    ]);
    const findings = await run(base, head);
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'duplicate-migration-version', severity: 'error', file: PATH }),
    ]);
    expect(findings[0]!.message).toContain('0001_b never runs 0002_a');
    expect(head.split('\n')[findings[0]!.line! - 1]).toContain('"0002_a"');
  });

  it('blocks an added entry with the same time as the one before it', async () => {
    const head = journal([
      ['0000_init', 1000],
      ['0001_a', 1000],
    ]);
    expect(await run(journal([['0000_init', 1000]]), head)).toHaveLength(1);
  });

  it('blocks a tag listed twice', async () => {
    const head = journal([
      ['0000_init', 1000],
      ['0000_init', 2000],
    ]);
    const findings = await run(journal([]), head);
    expect(findings[0]!.message).toContain('lists 0000_init twice');
  });

  it('passes entries in order, and leaves old disorder in the base alone', async () => {
    expect(
      await run(
        journal([['0000_init', 1000]]),
        journal([
          ['0000_init', 1000],
          ['0001_a', 2000],
        ]),
      ),
    ).toEqual([]);
    const old = journal([
      ['0000_init', 3000],
      ['0001_a', 2000],
    ]);
    expect(await run(old, old)).toEqual([]);
  });
});
