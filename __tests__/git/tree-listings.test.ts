import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { GitCli } from '../../src/git/git.js';
import type { GitRepo, TreeEntry } from '../../src/git/git.js';
import { changedPathsBetween, rememberTreeListings } from '../../src/git/tree-listings.js';
import { TempRepo } from '../support/git-repo.js';

const repo = new TempRepo('rr-treelist-');
const sha: Record<string, string> = {};
let git: GitCli;

beforeAll(async () => {
  repo
    .write('keep.sql', 'select 1;\n')
    .write('edit.sql', 'select 2;\n')
    .write('gone.sql', 'select 3;\n')
    .write('old/move.sql', 'create table moved (id int, a text, b text, c text);\n')
    .write('run.sh', 'echo hi\n');
  sha.older = repo.commit('older', '2026-01-01T00:00:00Z');
  repo.write('edit.sql', 'select 22;\n').write('new.sql', 'select 4;\n');
  repo.git('rm', '-q', 'gone.sql');
  repo.git('mv', 'old/move.sql', 'new-place.sql');
  chmodSync(join(repo.dir, 'run.sh'), 0o755); // a mode change only
  sha.newer = repo.commit('newer', '2026-01-02T00:00:00Z');
  git = await GitCli.open(repo.dir);
});
afterAll(() => repo.remove());

describe('changedPathsBetween', () => {
  it('names the paths git diff -M --diff-filter=ACMRT names (added, changed, moved, mode), not deleted ones', async () => {
    const fromDiff = (await git.changedFiles(sha.older!, sha.newer!)).map((c) => c.path).sort();
    const fromTrees = [
      ...changedPathsBetween(await git.listTreeAt(sha.older!), await git.listTreeAt(sha.newer!)),
    ].sort();
    expect(fromTrees).toEqual(fromDiff);
    expect(fromTrees).toEqual(['edit.sql', 'new-place.sql', 'new.sql', 'run.sh']);
  });

  it('is empty between a tree and itself', async () => {
    const tree = await git.listTreeAt(sha.newer!);
    expect(changedPathsBetween(tree, tree).size).toBe(0);
  });
});

describe('rememberTreeListings', () => {
  it('lists each (ref, folder) once and passes every other question to the repository', async () => {
    const calls: string[] = [];
    const counting = new Proxy(git, {
      get(target, property) {
        const value = Reflect.get(target, property, target) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push(String(property));
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    }) as GitRepo;
    const memo = rememberTreeListings(counting);
    const [a, b] = await Promise.all([memo.listTreeAt(sha.newer!), memo.listTreeAt(sha.newer!)]);
    expect(a).toBe(b);
    expect((await memo.listTreeAt(sha.newer!, 'old')).length).toBe(0);
    await memo.listTreeAt(sha.older!);
    expect(calls).toEqual(['listTreeAt', 'listTreeAt', 'listTreeAt']);
    expect(memo.root).toBe(git.root);
    expect(await memo.readFileAt(sha.newer!, 'new.sql')).toBe('select 4;\n');
    expect(calls.at(-1)).toBe('readFileAt');
  });

  it('does not remember a failure: asked again, git is asked again', async () => {
    let attempts = 0;
    const failing = {
      listTreeAt: (): Promise<TreeEntry[]> => {
        attempts++;
        return Promise.reject(new Error('no such commit'));
      },
    } as unknown as GitRepo;
    const memo = rememberTreeListings(failing);
    await expect(memo.listTreeAt('x')).rejects.toThrow('no such commit');
    await expect(memo.listTreeAt('x')).rejects.toThrow('no such commit');
    expect(attempts).toBe(2);
  });
});
