import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BatchCommandUnsupported, CatFileSession } from '../../src/git/batch.js';
import { openObjectReader, readBlobsAt } from '../../src/git/cat-file.js';
import { GitFailedError } from '../../src/git/errors.js';
import { GitCli } from '../../src/git/git.js';
import { TempRepo } from '../support/git-repo.js';

// One long-running `git cat-file --batch-command` answers every object question of a run (src/git/batch.ts).
const repo = new TempRepo('rr-batch-');
const big = Buffer.alloc(300_000, 'abcdefghij\n');
let head: string;
const sessions: CatFileSession[] = [];

function session(options?: ConstructorParameters<typeof CatFileSession>[1]): CatFileSession {
  const s = new CatFileSession(repo.dir, options);
  sessions.push(s);
  return s;
}

const gitOid = (spec: string) => repo.git('rev-parse', spec).trim();

beforeAll(() => {
  repo
    .write('a.txt', 'alpha\n')
    .write('empty.txt', '')
    .write('big.bin', big)
    .write('sp ace/ü.txt', 'spaced\n');
  head = repo.commit('first');
});
afterAll(() => {
  sessions.forEach((s) => s.close());
  repo.remove();
});

describe('CatFileSession', () => {
  it('answers info and contents in order, for missing names too', async () => {
    const s = session();
    const infos = await s.info([
      `${head}:a.txt`,
      `${head}:nope`,
      `${head}^{tree}`,
      `${head}:sp ace/ü.txt`,
      'HEAD',
    ]);
    expect(infos.map((i) => i?.type)).toEqual(['blob', undefined, 'tree', 'blob', 'commit']);
    expect(infos[0]).toEqual({ oid: gitOid(`${head}:a.txt`), type: 'blob', size: 6 });
    expect(infos[4]!.oid).toBe(head);
    const [a, spaced] = await s.contents([infos[0]!, infos[3]!]);
    expect(a!.toString()).toBe('alpha\n');
    expect(spaced!.toString()).toBe('spaced\n');
  });

  it('reads an empty blob and one larger than a pipe chunk, byte for byte', async () => {
    const s = session();
    const infos = await s.info([`${head}:empty.txt`, `${head}:big.bin`]);
    const [empty, large] = await s.contents(infos.map((i) => i!));
    expect(empty!.length).toBe(0);
    expect(large!.equals(big)).toBe(true);
  });

  it('keeps concurrent requests apart (pipelined, answered in order)', async () => {
    const s = session();
    const names = ['a.txt', 'empty.txt', 'big.bin', 'sp ace/ü.txt'];
    const rounds = await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        const name = names[i % names.length]!;
        const [info] = await s.info([`${head}:${name}`]);
        const [bytes] = await s.contents([info!]);
        return { name, size: bytes!.length };
      }),
    );
    for (const { name, size } of rounds)
      expect(size).toBe(
        name === 'big.bin' ? big.length : name === 'a.txt' ? 6 : name === 'empty.txt' ? 0 : 7,
      );
  });

  it('refuses a name with a line break instead of asking a different question', () => {
    expect(() => session().info(['HEAD\ncontents HEAD'])).toThrow(GitFailedError);
  });

  it('a contents answer out of step with what was sized is a GitFailedError, and the next request starts afresh', async () => {
    const s = session();
    const [info] = await s.info([`${head}:a.txt`]);
    await expect(s.contents([{ ...info!, size: 99 }])).rejects.toThrow(GitFailedError);
    const [again] = await s.info([`${head}:a.txt`]);
    expect(again).toEqual(info);
  });

  it('a git that dies or is not in a repository fails the request with a GitFailedError', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'rr-batch-outside-'));
    try {
      const s = new CatFileSession(outside);
      sessions.push(s);
      await expect(s.info(['HEAD'])).rejects.toThrow(GitFailedError);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('time-boxes a request: a git that never answers is stopped', async () => {
    // `hash-object --stdin` answers only at the end of its input, which never comes.
    const s = session({ args: ['hash-object', '--stdin'], timeoutMs: 300 });
    await expect(s.info(['HEAD'])).rejects.toThrow(/timed out/);
  });

  it('an idle session holds no reference on the event loop', async () => {
    const processes = () => process.getActiveResourcesInfo().filter((r) => r === 'ProcessWrap').length;
    const before = processes();
    const s = session();
    const pending = s.info(['HEAD']);
    expect(processes()).toBe(before + 1);
    await pending;
    expect(processes()).toBe(before);
  });

  it('a git without --batch-command says so, and the object reader falls back to one process per batch', async () => {
    const old = session({ args: ['cat-file', '--batch-command-that-does-not-exist'] });
    await expect(old.info(['HEAD'])).rejects.toThrow(BatchCommandUnsupported);
    const reader = openObjectReader(repo.dir, { args: ['cat-file', '--batch-command-that-does-not-exist'] });
    try {
      const blobs = await readBlobsAt(reader, head, ['a.txt', 'big.bin', 'nope'], 1000);
      expect([...blobs.keys()].sort()).toEqual(['a.txt', 'big.bin']);
      const a = blobs.get('a.txt');
      expect(a && 'bytes' in a && a.bytes.toString()).toBe('alpha\n');
      expect(blobs.get('big.bin')).toEqual(expect.objectContaining({ tooLarge: true, size: big.length }));
    } finally {
      reader.close();
    }
  });
});

describe('GitCli through the session', () => {
  it('resolves commits and trees without a process each, and says undefined for what is not a commit', async () => {
    const git = await GitCli.open(repo.dir);
    try {
      repo.git('tag', 'tree-tag', `${head}^{tree}`);
      expect(await git.resolveCommit('HEAD')).toBe(head);
      expect(await git.resolveCommit('main')).toBe(head);
      expect(await git.resolveCommit('no-such-branch')).toBeUndefined();
      expect(await git.resolveCommit('tree-tag')).toBeUndefined();
      expect(await git.resolveCommit('HEAD\nHEAD')).toBeUndefined();
      expect(await git.treeId('HEAD')).toBe(gitOid('HEAD^{tree}'));
      expect(await git.treeId('tree-tag')).toBeUndefined();
    } finally {
      git.close();
    }
  });

  it('finds the default branch from one listing: origin/HEAD first, then main or master', async () => {
    const clone = mkdtempSync(join(tmpdir(), 'rr-batch-clone-'));
    try {
      repo.git('branch', '-f', 'trunk', head);
      execFileSync('git', ['clone', '-q', repo.dir, clone]);
      execFileSync('git', ['remote', 'set-head', 'origin', 'trunk'], { cwd: clone });
      const cloned = await GitCli.open(clone);
      expect(await cloned.defaultBranch()).toBe('trunk');
      cloned.close();
      execFileSync('git', ['remote', 'set-head', 'origin', '--delete'], { cwd: clone });
      const withoutHead = await GitCli.open(clone);
      expect(await withoutHead.defaultBranch()).toBe('main'); // origin/main exists
      withoutHead.close();
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});
