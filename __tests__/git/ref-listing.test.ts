import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GitCli } from '../../src/git/git.js';
import { parseRefListing, readRefListing } from '../../src/git/ref-listing.js';
import { ReleaseGitCli } from '../../src/release/release-git.js';
import { TempRepo } from '../support/git-repo.js';

// One for-each-ref for every tag and branch must answer exactly what the per-question git calls answer.

const repo = new TempRepo('rr-reflist-');
const sha: Record<string, string> = {};
let git: GitCli;

beforeAll(async () => {
  repo.write('a.sql', 'select 1;\n');
  sha.first = repo.commit('first', '2026-01-01T00:00:00Z');
  repo.tag('v1.0.0'); // annotated
  repo.write('b.sql', 'select 2;\n');
  sha.second = repo.commit('second', '2026-01-02T00:00:00Z');
  repo.tag('v1.1.0', false); // lightweight
  repo.git('tag', 'tree-tag', `${sha.second}^{tree}`);
  repo.git('tag', 'blob-tag', `${sha.first}:a.sql`);
  repo.git('tag', '-a', 'nested', '-m', 'a tag of a tag', 'v1.0.0');
  repo.git('branch', 'release/1', sha.first!);
  repo.git('branch', 'v1.0.0', sha.first!); // a lookalike branch
  // A remote's branches and its HEAD, as a clone has them.
  repo.git('update-ref', 'refs/remotes/origin/trunk', sha.second!);
  repo.git('update-ref', 'refs/remotes/origin/v1.0.0', sha.first!);
  repo.git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/trunk');
  git = await GitCli.open(repo.dir);
});
afterAll(() => repo.remove());

describe('readRefListing', () => {
  it('lists the tags as GitCli.listTags does: commits peeled, kinds, dates, order', async () => {
    const listing = await readRefListing(repo.dir);
    expect(listing.tags).toEqual(await git.listTags());
    expect(listing.tags.map((t) => t.name)).toEqual(['blob-tag', 'nested', 'tree-tag', 'v1.0.0', 'v1.1.0']);
    expect(listing.tags.find((t) => t.name === 'v1.0.0')).toEqual(
      expect.objectContaining({ sha: sha.first, annotated: true }),
    );
    expect(listing.tags.find((t) => t.name === 'nested')?.notACommit).toBe('tag');
  });

  it('lists every branch with its commit, and where origin/HEAD points', async () => {
    const listing = await readRefListing(repo.dir);
    expect(Object.fromEntries(listing.branches)).toEqual({
      'refs/heads/main': sha.second,
      'refs/heads/release/1': sha.first,
      'refs/heads/v1.0.0': sha.first,
      'refs/remotes/origin/HEAD': sha.second,
      'refs/remotes/origin/trunk': sha.second,
      'refs/remotes/origin/v1.0.0': sha.first,
    });
    expect(listing.originHead).toBe('trunk');
  });

  it('leaves a branch that holds no plain commit for git to resolve, and skips lines it cannot read', () => {
    const tagObject = 'd'.repeat(40);
    const out = [
      ['refs/heads/odd', 'tag', tagObject, 'commit', 'e'.repeat(40), '', '', '', ''].join('\0'),
      ['refs/remotes/origin/HEAD', 'commit', 'f'.repeat(40), '', '', '', '', '', 'refs/heads/elsewhere'].join(
        '\0',
      ),
      'garbage',
      '',
    ].join('\n');
    const listing = parseRefListing(out);
    expect([...listing.branches]).toEqual([
      ['refs/heads/odd', undefined],
      ['refs/remotes/origin/HEAD', 'f'.repeat(40)],
    ]);
    expect(listing.originHead).toBeUndefined(); // not one of origin's branches
    expect(listing.tags).toEqual([]);
  });
});

describe('ReleaseGitCli.listed answers from the listing what ReleaseGitCli.from asks git', () => {
  it('tags, the release branch (configured and default), lookalike branches and the history', async () => {
    const asked = ReleaseGitCli.from(git);
    const listed = await ReleaseGitCli.listed(git);
    expect(await listed.listTags()).toEqual(await asked.listTags());
    for (const configured of [undefined, 'main', 'release/1', 'trunk', 'missing'])
      expect(await listed.releaseBranch(configured)).toEqual(await asked.releaseBranch(configured));
    expect(await listed.releaseBranch()).toEqual({ name: 'trunk', tips: [sha.second] });
    for (const name of ['v1.0.0', 'v1.1.0', 'trunk', 'HEAD', 'release/1', 'v1.0.0.', 'v1*'])
      expect(await listed.branchesNamed(name)).toEqual(await asked.branchesNamed(name));
    expect(await listed.branchesNamed('v1.0.0')).toEqual(['refs/heads/v1.0.0', 'refs/remotes/origin/v1.0.0']);
  });

  it('without origin/HEAD, falls back to main as GitRepo.defaultBranch does', async () => {
    const bare = new TempRepo('rr-reflist-nohead-');
    try {
      bare.commit('only');
      const g = await GitCli.open(bare.dir);
      const listed = await ReleaseGitCli.listed(g);
      expect(await listed.releaseBranch()).toEqual(await ReleaseGitCli.from(g).releaseBranch());
      expect((await listed.releaseBranch())?.name).toBe('main');
    } finally {
      bare.remove();
    }
  });
});
