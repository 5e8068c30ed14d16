import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Report } from '../../src/core/report.js';
import { snapshotBundles } from '../support/bundles.js';
import type { BundleSnapshot } from '../support/bundles.js';
import type { Spawned } from '../support/cli.js';
import { TempRepo } from '../support/git-repo.js';

/**
 * papermark 38869ff6 in two files: one migration drops NOT NULL on "Document"."ownerId", the next
 * re-adds its foreign key ON DELETE SET NULL, which writes the NULLs. In one file that is an error;
 * split over two files of the same pull request it was a warning. The built CLI on a real repository.
 */
const INIT = 'supabase/migrations/20240101000000_init.sql';
const DROP = 'supabase/migrations/20240201000000_owner_nullable.sql';
const FK = 'supabase/migrations/20240201000001_owner_set_null.sql';

let bundles: BundleSnapshot;
let repo: TempRepo;
const cli = (args: string[]): Spawned => bundles.runCli(args, repo.dir);
const findings = (run: Spawned) => (JSON.parse(run.stdout) as Report).findings;

beforeAll(async () => {
  bundles = await snapshotBundles();
  repo = new TempRepo('rr-null-writes-');
  repo.write(
    INIT,
    [
      'create table "User" (id text primary key);',
      'create table "Document" (id text primary key, "ownerId" text not null);',
      'alter table "Document" add constraint "Document_ownerId_fkey" foreign key ("ownerId") references "User"(id) not valid;',
      '',
    ].join('\n'),
  );
  repo.commit('main');
  repo.branch('feature');
  repo.write(
    DROP,
    'set lock_timeout = \'2s\';\nalter table "Document" drop constraint "Document_ownerId_fkey";\nalter table "Document" alter column "ownerId" drop not null;\n',
  );
  repo.write(
    FK,
    'set lock_timeout = \'2s\';\nalter table "Document" add constraint "Document_ownerId_fkey" foreign key ("ownerId") references "User"(id) on delete set null not valid;\n',
  );
  repo.commit('feature');
});

afterAll(() => {
  repo?.remove();
  bundles?.remove();
});

describe('DROP NOT NULL, and NULL writes in a later migration of the same change', () => {
  it('blocks on the DROP NOT NULL, naming the migration that writes the NULLs', () => {
    const run = cli(['lint', '--base', 'main', '--head', 'HEAD', '--format', 'json']);
    expect(run.status).toBe(1);
    const drop = findings(run).find((f) => f.rule === 'ban-drop-not-null');
    expect(drop).toMatchObject({ severity: 'error', file: DROP, line: 3 });
    expect(drop!.message).toContain(
      `a later migration of this change makes NULLs appear there: foreign key "Document_ownerId_fkey" ON DELETE SET NULL (${FK}:2)`,
    );
  });

  it('gives the same verdict for the files named on the command line', () => {
    const run = cli(['lint', DROP, FK, '--format', 'json']);
    expect(run.status).toBe(1);
    expect(findings(run).find((f) => f.rule === 'ban-drop-not-null')).toMatchObject({
      severity: 'error',
      file: DROP,
    });
  });

  it('its advice passes: the DROP NOT NULL alone is a warning', () => {
    repo.git('rm', '-q', FK);
    repo.commit('ship the foreign key in a later release');
    const run = cli(['lint', '--base', 'main', '--head', 'HEAD', '--format', 'json']);
    expect(run.status).toBe(0);
    expect(findings(run).find((f) => f.rule === 'ban-drop-not-null')).toMatchObject({ severity: 'warning' });
  });
});
