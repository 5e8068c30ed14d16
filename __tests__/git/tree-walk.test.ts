import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { openObjectReader } from '../../src/git/cat-file.js';
import { GitCli } from '../../src/git/git.js';
import type { TreeEntry } from '../../src/git/git.js';
import { walkTree } from '../../src/git/tree-walk.js';
import { TempRepo } from '../support/git-repo.js';

// A whole tree is listed from tree objects through the run's cat-file (src/git/tree-walk.ts): the same
// entries, in the same order, with the same modes and sizes as `git ls-tree -r --long`.
const repo = new TempRepo('rr-tree-walk-');
let head: string;

/** What git itself lists. */
function lsTree(ref: string): TreeEntry[] {
  return repo
    .git('ls-tree', '-r', '-z', '--long', ref)
    .split('\0')
    .filter(Boolean)
    .map((record) => {
      const m = /^(\d{6}) (blob|commit) ([0-9a-f]+) +(\d+|-)\t([\s\S]+)$/.exec(record)!;
      return {
        path: m[5]!,
        oid: m[3]!,
        type: m[2] as TreeEntry['type'],
        mode: m[1]!,
        size: m[4] === '-' ? 0 : Number(m[4]),
      };
    });
}

beforeAll(() => {
  repo
    .write('a.b', 'dot\n')
    .write('a/inner.txt', 'inner\n')
    .write('a-b', 'dash\n')
    .write('deep/er/est/file.sql', 'select 1;\n')
    .write('deep/er/other.ts', 'export {};\n')
    .write('same1/x.txt', 'same\n')
    .write('same2/x.txt', 'same\n') // the same subtree twice
    .write('sp ace/ünï cödé.txt', 'unicode\n')
    .write('empty.txt', '')
    .write('run.sh', '#!/bin/sh\n');
  chmodSync(join(repo.dir, 'run.sh'), 0o755);
  symlinkSync('a.b', join(repo.dir, 'link'));
  repo.git('add', '-A');
  // A submodule (gitlink) entry, without fetching any submodule.
  repo.git('update-index', '--add', '--cacheinfo', `160000,${'1'.repeat(40)},vendor/lib`);
  repo.git('commit', '-q', '-m', 'tree'); // not repo.commit: its `add -A` would drop the gitlink
  head = repo.git('rev-parse', 'HEAD').trim();
});
afterAll(() => repo.remove());

describe('walkTree', () => {
  it('lists what git ls-tree -r --long lists, in its order', async () => {
    const reader = openObjectReader(repo.dir);
    try {
      const [root] = await reader.info([`${head}^{tree}`]);
      const walked = await walkTree(reader, root!);
      expect(walked).toEqual(lsTree(head));
      expect(walked!.map((e) => e.mode)).toEqual(
        expect.arrayContaining(['100755', '120000', '160000', '100644']),
      );
    } finally {
      reader.close();
    }
  });

  it('GitCli lists a commit and a folder of it as git does', async () => {
    const git = await GitCli.open(repo.dir);
    try {
      expect(await git.listTreeAt(head)).toEqual(lsTree(head));
      expect(await git.listTreeAt('HEAD')).toEqual(lsTree('HEAD'));
      expect((await git.listTreeAt(head, 'deep')).map((e) => e.path)).toEqual([
        'deep/er/est/file.sql',
        'deep/er/other.ts',
      ]);
      expect(await git.submodulePaths(head)).toEqual(['vendor/lib']);
      await expect(git.listTreeAt('no-such-ref')).rejects.toThrow(/not in this clone/);
    } finally {
      git.close();
    }
  });
});
