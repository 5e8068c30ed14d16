import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitCli } from '../../src/git/git.js';
import { MissingRefError, NotARepositoryError, ShallowCloneError } from '../../src/git/errors.js';
import { runProcess } from '../../src/git/process.js';
import { TempRepo } from '../support/git-repo.js';

const repo = new TempRepo('rr-gitlayer-');
const shallowDir = mkdtempSync(join(tmpdir(), 'rr-shallow-'));
const sha: Record<string, string> = {};
let git: GitCli;
let shallow: GitCli;

beforeAll(async () => {
  repo.write('a.ts', 'export const a = 1;\n').write('dir/b.sql', 'select 1;\n');
  sha.first = repo.commit('first', '2026-01-01T00:00:00Z');
  repo.write('big.txt', 'x'.repeat(5000)).write('bin.dat', Buffer.from([0, 1, 2]));
  sha.second = repo.commit('second', '2026-01-02T00:00:00Z');
  repo.git('checkout', '-q', '-b', 'side', sha.first);
  repo.write('side.txt', 'side\n');
  sha.side = repo.commit('side', '2026-01-03T00:00:00Z');
  repo.git('checkout', '-q', 'main');
  repo.write('c.txt', 'c\n');
  sha.third = repo.commit('third', '2026-01-04T00:00:00Z');
  repo.git('tag', 'blob-tag', `${sha.first}:a.ts`);
  repo.git('tag', 'v1', sha.first!);
  git = await GitCli.open(repo.dir);
  execFileSync('git', [
    'clone',
    '-q',
    '--depth',
    '1',
    '--no-single-branch',
    `file://${repo.dir}`,
    shallowDir,
  ]);
  execFileSync('git', ['fetch', '-q', '--depth', '1', 'origin', 'refs/tags/v1:refs/tags/v1'], {
    cwd: shallowDir,
  });
  shallow = await GitCli.open(shallowDir);
});

afterAll(() => {
  repo.remove();
  rmSync(shallowDir, { recursive: true, force: true });
});

describe('batch reads (git cat-file)', () => {
  it('reads many files of a commit in one batch, leaving out missing paths and folders, sizing oversized ones', async () => {
    const blobs = await git.readBlobs(
      sha.second!,
      ['a.ts', 'missing.ts', 'dir/b.sql', 'big.txt', 'dir', 'bin.dat'],
      4096,
    );
    expect([...blobs.keys()].sort()).toEqual(['a.ts', 'big.txt', 'bin.dat', 'dir/b.sql']);
    const sql = blobs.get('dir/b.sql');
    expect(sql && 'bytes' in sql && sql.bytes.toString()).toBe('select 1;\n');
    expect(blobs.get('big.txt')).toEqual(expect.objectContaining({ tooLarge: true, size: 5000 }));
    expect(await git.readBlobs(sha.second!, [], 10)).toEqual(new Map());
  });

  it('reads blobs by id from a tree listing, with sizes known up front', async () => {
    const entries = await git.listTreeAt(sha.second!);
    expect(entries.map((e) => e.path).sort()).toEqual(['a.ts', 'big.txt', 'bin.dat', 'dir/b.sql']);
    expect(entries.find((e) => e.path === 'big.txt')).toEqual(
      expect.objectContaining({ type: 'blob', mode: '100644', size: 5000 }),
    );
    const blobs = await git.readBlobsByOid(entries, 100);
    const a = entries.find((e) => e.path === 'a.ts')!;
    const read = blobs.get(a.oid);
    expect(read && 'bytes' in read && read.bytes.toString()).toBe('export const a = 1;\n');
    expect(blobs.get(entries.find((e) => e.path === 'big.txt')!.oid)).toEqual(
      expect.objectContaining({ tooLarge: true }),
    );
    // Plain ids are size-checked first; an id that is not here is left out.
    const byId = await git.readBlobsByOid([a.oid, 'f'.repeat(40)], 100);
    expect([...byId.keys()]).toEqual([a.oid]);
  });

  it('says a ref is missing instead of answering "no such file"', async () => {
    await expect(git.readBlobs('no-such-ref', ['a.ts'], 100)).rejects.toBeInstanceOf(MissingRefError);
    await expect(git.readFileAt('no-such-ref', 'a.ts')).rejects.toBeInstanceOf(MissingRefError);
    await expect(git.readBlobs('blob-tag', ['a.ts'], 100)).rejects.toThrow(/names a blob, not a commit/);
    expect(await git.readFileAt(sha.second!, 'missing.ts')).toBeUndefined();
  });
});

describe('typed errors', () => {
  it('a folder outside git is NotARepositoryError', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rr-norepo-'));
    try {
      await expect(GitCli.open(dir)).rejects.toBeInstanceOf(NotARepositoryError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a diff against a ref that is not here is MissingRefError, not an empty change', async () => {
    await expect(git.changedFiles('f'.repeat(40), sha.third!)).rejects.toBeInstanceOf(MissingRefError);
    await expect(git.listFilesAt('nope')).rejects.toBeInstanceOf(MissingRefError);
  });

  it('answers ancestry in a full clone, and refuses a "no" in a shallow one', async () => {
    expect(await git.isAncestor(sha.first!, sha.third!)).toBe(true);
    expect(await git.isAncestor(sha.side!, sha.third!)).toBe(false);
    expect(await git.isShallow()).toBe(false);
    expect(await shallow.isShallow()).toBe(true);
    // The shallow clone has only the tips: whether side's commit comes before main's cannot be known.
    const side = await shallow.resolveCommit('origin/side');
    expect(side).toBe(sha.side);
    await expect(shallow.isAncestor(side!, sha.third!)).rejects.toBeInstanceOf(ShallowCloneError);
    await expect(shallow.mergeBase(side!, sha.third!)).rejects.toBeInstanceOf(ShallowCloneError);
    expect(await git.mergeBase(sha.side!, sha.third!)).toBe(sha.first);
  });

  it('lists tags on a branch, and refuses to call a tag off the branch in a shallow clone', async () => {
    expect([...(await git.tagsReachableFrom(sha.third!))].sort()).toEqual(['v1']);
    await expect(shallow.tagsReachableFrom(sha.third!)).rejects.toBeInstanceOf(ShallowCloneError);
  });

  it('a missing ref resolves to undefined (an answer), not an exception', async () => {
    expect(await git.resolveCommit('no-such-ref')).toBeUndefined();
    expect(await git.resolveCommit('blob-tag')).toBeUndefined();
    expect(await git.resolveCommit('main')).toBe(sha.third);
  });

  it('finds branches by exact name from one listing', async () => {
    expect(await git.branchesNamed('side')).toEqual(['refs/heads/side']);
    expect(await git.branchesNamed('sid')).toEqual([]);
    expect(await shallow.branchesNamed('side')).toEqual(['refs/remotes/origin/side']);
  });
});

describe('runProcess', () => {
  it('passes arguments without a shell', async () => {
    const run = await runProcess('printf', ['%s', '$(echo hi); `id`'], { cwd: tmpdir() });
    expect(run.stdout.toString()).toBe('$(echo hi); `id`');
  });

  it('keeps at most maxStdout bytes and stops the process', async () => {
    const run = await runProcess('yes', [], { cwd: tmpdir(), maxStdout: 1000 });
    expect(run.truncated).toBe(true);
    expect(run.stdout.length).toBe(1000);
  });

  it('stops a process that runs past its timeout', async () => {
    const started = Date.now();
    const run = await runProcess('sleep', ['30'], { cwd: tmpdir(), timeoutMs: 200 });
    expect(run.timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a program that does not exist is a start error', async () => {
    await expect(runProcess('rr-no-such-program', [], { cwd: tmpdir() })).rejects.toThrow(
      /could not be started: ENOENT/,
    );
  });
});
