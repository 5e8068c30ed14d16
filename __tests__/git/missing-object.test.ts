import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { gitFailure, GitFailedError, MissingObjectError } from '../../src/git/errors.js';
import { GitCli } from '../../src/git/git.js';
import { nameMissingObject } from '../../src/git/missing-object.js';
import { TempRepo } from '../support/git-repo.js';

const OID = 'dde905fd07e8c48c2472817b813d06c439321c0e';
const repos: TempRepo[] = [];
afterAll(() => {
  for (const repo of repos) repo.remove();
});

describe('a blob the clone lacks', () => {
  it.each([
    `fatal: unable to read ${OID}`,
    `fatal: could not fetch ${OID} from promisor remote`,
    `error: unable to read sha1 file of db/1_a.up.sql (${OID})`,
    `fatal: missing blob object '${OID}'`,
  ])('is a MissingObjectError, not "git failed": %s', (stderr) => {
    const error = gitFailure(['diff', 'a', 'b'], stderr, '/repo');
    expect(error).toBeInstanceOf(MissingObjectError);
    expect((error as MissingObjectError).oid).toBe(OID);
    expect(error.message).toContain('fetch-depth: 0');
  });

  it('leaves other failures as they were', () => {
    expect(gitFailure(['diff'], 'fatal: something else', '/repo')).toBeInstanceOf(GitFailedError);
  });

  it('names the file and the commit once its blob is gone from a real repository (git diff: "unable to read")', async () => {
    const repo = new TempRepo('rr-missing-object-');
    repos.push(repo);
    repo.write('db/migrations/1_a.up.sql', 'create table a (id int);\n').commit('base');
    repo.write('db/migrations/1_a.up.sql', 'create table a (id bigint);\n');
    const head = repo.commit('head', '2026-01-02T00:00:00Z');
    const oid = repo.git('rev-parse', 'HEAD:db/migrations/1_a.up.sql').trim();
    rmSync(join(repo.dir, '.git', 'objects', oid.slice(0, 2), oid.slice(2)));
    const git = await GitCli.open(repo.dir);
    try {
      const thrown = await git.diffAddedLines('HEAD^', 'HEAD').then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(thrown).toBeInstanceOf(MissingObjectError);
      const named = await nameMissingObject(thrown);
      expect(named).toBeInstanceOf(MissingObjectError);
      expect((named as MissingObjectError).message).toMatch(
        new RegExp(`^db/migrations/1_a\\.up\\.sql at commit ${head.slice(0, 12)} cannot be read: `),
      );
      expect((named as MissingObjectError).message).not.toContain('\n');
    } finally {
      git.close();
    }
  });

  it('keeps the file in a listing of the tree (left out, it would look deleted)', async () => {
    const repo = new TempRepo('rr-missing-listing-');
    repos.push(repo);
    repo
      .write('db/migrations/1_a.up.sql', 'create table a (id int);\n')
      .write('db/migrations/2_b.up.sql', 'select 1;\n');
    repo.commit('one');
    const oid = repo.git('rev-parse', 'HEAD:db/migrations/2_b.up.sql').trim();
    rmSync(join(repo.dir, '.git', 'objects', oid.slice(0, 2), oid.slice(2)));
    const git = await GitCli.open(repo.dir);
    try {
      expect(await git.listFilesAt('HEAD')).toEqual(['db/migrations/1_a.up.sql', 'db/migrations/2_b.up.sql']);
      expect(await git.readFileAt('HEAD', 'db/migrations/2_b.up.sql')).toBeUndefined();
    } finally {
      git.close();
    }
  });
});
