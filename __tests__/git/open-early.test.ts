import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { appendFileSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitFailedError, NotARepositoryError } from '../../src/git/errors.js';
import { GitCli } from '../../src/git/git.js';
import { TempRepo } from '../support/git-repo.js';

/**
 * `GitCli.open(cwd, { objects, worktree })` starts the run's cat-file and the work tree listing with
 * the lookup of the repository, from `cwd`. Their answers must be the ones the root would give.
 */
const repo = new TempRepo('rr-open-early-');
const links = mkdtempSync(join(tmpdir(), 'rr-open-link-'));
let head: string;

beforeAll(() => {
  repo.write('README.md', 'app\n').write('db/migrations/001_a.sql', 'select 1;\n');
  head = repo.commit('first');
  repo.write('db/migrations/002_b.sql', 'select 2;\n'); // untracked
});

afterAll(() => {
  repo.remove();
  rmSync(links, { recursive: true, force: true });
});

const EVERY_FILE = ['README.md', 'db/migrations/001_a.sql', 'db/migrations/002_b.sql'];

describe('GitCli.open with an early start', () => {
  it('at the root: the same answers as a plain open', async () => {
    const git = await GitCli.open(repo.dir, { objects: true, worktree: true });
    expect((await git.worktreeFiles()).sort()).toEqual(EVERY_FILE);
    expect(await git.resolveCommit('HEAD')).toBe(head);
    git.close();
  });

  it('from a subfolder: paths stay relative to the root, never to the folder it started in', async () => {
    const git = await GitCli.open(join(repo.dir, 'db', 'migrations'), { objects: true, worktree: true });
    expect((await git.worktreeFiles()).sort()).toEqual(EVERY_FILE);
    expect(await git.readFileAt('HEAD', 'db/migrations/001_a.sql')).toBe('select 1;\n');
    git.close();
  });

  it('through a symlink to the root: the same answers', async () => {
    const link = join(links, 'repo');
    symlinkSync(repo.dir, link);
    const git = await GitCli.open(link, { objects: true, worktree: true });
    expect((await git.worktreeFiles()).sort()).toEqual(EVERY_FILE);
    expect(await git.resolveCommit('HEAD')).toBe(head);
    git.close();
  });

  it('the early listing answers the first call only: a file written later is listed by the next', async () => {
    const git = await GitCli.open(repo.dir, { worktree: true });
    expect((await git.worktreeFiles()).sort()).toEqual(EVERY_FILE);
    repo.write('later.txt', 'x\n');
    try {
      expect(await git.worktreeFiles()).toContain('later.txt');
    } finally {
      rmSync(join(repo.dir, 'later.txt'));
    }
  });

  it('outside any repository: NotARepositoryError, whatever the early processes said', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rr-open-norepo-'));
    try {
      await expect(GitCli.open(dir, { objects: true, worktree: true })).rejects.toBeInstanceOf(
        NotARepositoryError,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('typed answers about remotes and tag names', () => {
  it('no such remote is undefined; a config git cannot read is a GitFailedError, never "no remote"', async () => {
    const broken = new TempRepo('rr-remote-');
    try {
      broken.git('remote', 'add', 'origin', 'https://example.com/app.git');
      const git = await GitCli.open(broken.dir);
      expect(await git.remoteUrl('origin')).toBe('https://example.com/app.git');
      expect(await git.remoteUrl('upstream')).toBeUndefined();
      appendFileSync(join(broken.dir, '.git', 'config'), '[[[\n');
      await expect(git.remoteUrl('origin')).rejects.toBeInstanceOf(GitFailedError);
    } finally {
      broken.remove();
    }
  });

  it("git's verdict on a tag name", async () => {
    const git = await GitCli.open(repo.dir);
    expect(await git.isValidTagRef('v1.2.3')).toBe(true);
    expect(await git.isValidTagRef('a..b')).toBe(false);
  });
});
