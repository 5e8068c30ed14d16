import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MissingRefError } from '../../src/git/errors.js';
import { addTempWorktree, WorktreeLeftError } from '../../src/git/worktree.js';
import { TempRepo } from '../support/git-repo.js';

// The temporary worktree both the rehearsal's fallback check and a rollback's build use (src/git/worktree.ts).
const repo = new TempRepo('rr-worktree-');
let first: string;

const registered = () =>
  repo
    .git('worktree', 'list', '--porcelain')
    .split('\n')
    .filter((l) => l.startsWith('worktree '));

beforeAll(() => {
  repo.write('app.txt', 'v1\n');
  first = repo.commit('v1');
  repo.tag('v1.0.0');
  repo.write('app.txt', 'v2\n');
  repo.commit('v2');
});
afterAll(() => repo.remove());

describe('addTempWorktree', () => {
  it('checks out the commit in a temporary folder, leaving the work tree alone, and removes it all', async () => {
    const worktree = await addTempWorktree(repo.dir, 'v1.0.0', { prefix: 'rr-wt-test-', name: 'release' });
    expect(worktree.dir.endsWith('/release')).toBe(true);
    expect(readFileSync(join(worktree.dir, 'app.txt'), 'utf8')).toBe('v1\n');
    expect(repo.git('rev-parse', 'HEAD').trim()).not.toBe(first);
    expect(readFileSync(join(repo.dir, 'app.txt'), 'utf8')).toBe('v2\n');
    expect(registered()).toHaveLength(2);
    await worktree.remove();
    await worktree.remove(); // twice is fine
    expect(existsSync(dirname(worktree.dir))).toBe(false);
    expect(registered()).toHaveLength(1);
  });

  it('a ref that is not in the clone is a MissingRefError, and nothing is left behind', async () => {
    const before = registered();
    const error = await addTempWorktree(repo.dir, 'v9.9.9', { prefix: 'rr-wt-test-' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MissingRefError);
    expect(registered()).toEqual(before);
  });

  it('registers a last-resort clean-up while it exists, and unregisters it on removal', async () => {
    const cleanups: { sync(): void }[] = [];
    let unregistered = 0;
    const worktree = await addTempWorktree(repo.dir, first, {
      prefix: 'rr-wt-test-',
      onExit: (cleanup) => {
        cleanups.push(cleanup);
        return () => unregistered++;
      },
    });
    expect(cleanups).toHaveLength(1);
    // At exit (nothing async runs) the folder goes and git forgets it.
    cleanups[0]!.sync();
    expect(existsSync(worktree.dir)).toBe(false);
    expect(registered()).toHaveLength(1);
    await worktree.remove();
    expect(unregistered).toBe(1);
  });

  it('when git can neither remove nor prune it, the folder still goes and the error says what to run', async () => {
    const doomed = new TempRepo('rr-worktree-gone-');
    doomed.write('a.txt', 'a\n');
    doomed.commit('a');
    const worktree = await addTempWorktree(doomed.dir, 'HEAD', { prefix: 'rr-wt-test-' });
    rmSync(join(doomed.dir, '.git'), { recursive: true, force: true }); // the repository is gone
    const error = await worktree.remove().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorktreeLeftError);
    expect((error as Error).message).toMatch(
      /could not be removed from the repository .*; run git worktree prune there/,
    );
    expect(existsSync(dirname(worktree.dir))).toBe(false);
    doomed.remove();
  });
});
