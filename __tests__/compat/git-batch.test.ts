import { afterAll, describe, expect, it } from '@jest/globals';
import { readBlobs } from '../../src/compat/git-batch.js';
import { blobText } from '../../src/compat/sources.js';
import { TempRepo } from '../support/git-repo.js';

const repo = new TempRepo('rr-batch-');
afterAll(() => repo.remove());

describe('readBlobs', () => {
  it('reads many files of a commit through one git process, leaving out missing, oversized and non-file paths', async () => {
    repo
      .write('a.ts', 'export const a = 1;\n')
      .write('dir/b.sql', 'select 1;\n')
      .write('big.txt', 'x'.repeat(5000))
      .write('bin.dat', Buffer.from([0, 1, 2]));
    const sha = repo.commit('files');
    const blobs = await readBlobs(
      repo.dir,
      sha,
      ['a.ts', 'missing.ts', 'dir/b.sql', 'big.txt', 'dir', 'bin.dat'],
      4096,
    );
    expect([...blobs.keys()]).toEqual(['a.ts', 'dir/b.sql', 'bin.dat']);
    expect(blobs.get('dir/b.sql')?.toString()).toBe('select 1;\n');
    expect(blobText(blobs.get('bin.dat')!)).toBeUndefined();
    expect(await readBlobs(repo.dir, sha, [], 10)).toEqual(new Map());
  });
});
