import { afterAll, describe, expect, it } from '@jest/globals';
import { TempRepo } from '../support/git-repo.js';
import { runMigrationsGate } from './repos.js';

/**
 * drizzle-kit after `introspect`: the first migration holds the schema only as a comment, so the SQL
 * history never creates "users"; meta/0000_snapshot.json has its columns' types.
 */
const INTROSPECTED = [
  '-- Current sql file was generated after introspecting the database',
  '-- If you want to run this migration please uncomment this code before executing migrations',
  '/*',
  'CREATE TABLE "users" ("id" serial PRIMARY KEY NOT NULL, "name" varchar(256), "bio" text);',
  '*/',
].join('\n');

const snapshot = (name: string) =>
  JSON.stringify({
    version: '7',
    dialect: 'postgresql',
    tables: {
      'public.users': {
        name: 'users',
        schema: '',
        columns: {
          id: { name: 'id', type: 'serial', primaryKey: true, notNull: true },
          name: { name: 'name', type: name, primaryKey: false, notNull: false },
          bio: { name: 'bio', type: 'text', primaryKey: false, notNull: false },
        },
      },
    },
  });

const journal = (tags: string[]) =>
  JSON.stringify({
    version: '7',
    dialect: 'postgresql',
    entries: tags.map((tag, idx) => ({
      idx,
      version: '7',
      when: 1726443359662 + idx,
      tag,
      breakpoints: true,
    })),
  });

const CHANGE = 'drizzle/0001_change.sql';

function repoWith(change: string, options: { snapshot?: string } = {}): TempRepo {
  const repo = new TempRepo('rr-drizzle-snap-');
  repo.write('drizzle/0000_init.sql', INTROSPECTED);
  repo.write('drizzle/meta/_journal.json', journal(['0000_init']));
  if (options.snapshot !== undefined) repo.write('drizzle/meta/0000_snapshot.json', options.snapshot);
  repo.commit('v1.0.0', '2026-01-01T00:00:00Z');
  repo.tag('v1.0.0');
  repo.branch('feature');
  repo.write(CHANGE, change);
  repo.write('drizzle/meta/_journal.json', journal(['0000_init', '0001_change']));
  repo.commit('change', '2026-01-02T00:00:00Z');
  return repo;
}

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.remove()));

async function typeFinding(change: string, options: { snapshot?: string } = {}) {
  const repo = repoWith(change, options);
  repos.push(repo);
  const outcome = await runMigrationsGate(repo);
  const found = outcome.findings.filter((f) => f.rule === 'changing-column-type');
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe("a Drizzle type change judged by the previous migration's snapshot", () => {
  it('passes a widening the snapshot proves, naming the snapshot', async () => {
    const f = await typeFinding('ALTER TABLE "users" ALTER COLUMN "name" SET DATA TYPE varchar(1000);', {
      snapshot: snapshot('varchar(256)'),
    });
    expect(f).toMatchObject({ severity: 'notice', class: 'expand', file: CHANGE });
    expect(f.message).toContain(
      'from varchar(256) to varchar(1000) (its type in drizzle/meta/0000_snapshot.json)',
    );
  });

  it('blocks a narrowing, with the type the snapshot has', async () => {
    const f = await typeFinding('ALTER TABLE "users" ALTER COLUMN "name" SET DATA TYPE varchar(100);', {
      snapshot: snapshot('varchar(256)'),
    });
    expect(f).toMatchObject({ severity: 'error' });
    expect(f.message).toContain(
      'drizzle/meta/0000_snapshot.json has column "name" of "users" as varchar(256).',
    );
  });

  it('finds the rewrite the rule let pass as a widening (integer → text)', async () => {
    const f = await typeFinding('ALTER TABLE "users" ALTER COLUMN "name" SET DATA TYPE text;', {
      snapshot: snapshot('integer'),
    });
    expect(f).toMatchObject({ severity: 'error', class: 'contract' });
    expect(f.message).toContain(
      'from integer (its type in drizzle/meta/0000_snapshot.json) to text rewrites',
    );
  });

  it.each([
    ['no snapshot', undefined],
    ['an unreadable snapshot', '{ not json'],
    ['a snapshot whose type is not a type', snapshot('varchar(256)); DROP TABLE users; --')],
  ])('says plainly that the old type is unknown, and keeps the block, with %s', async (_name, snap) => {
    const f = await typeFinding(
      'ALTER TABLE "users" ALTER COLUMN "name" SET DATA TYPE varchar(1000);',
      snap === undefined ? {} : { snapshot: snap },
    );
    expect(f).toMatchObject({ severity: 'error' });
    expect(f.message).toContain(
      'The current type of column "name" of "users" is in neither this migration nor the migration history nor drizzle-kit\'s snapshots, so the direction of the change is unknown',
    );
  });
});
