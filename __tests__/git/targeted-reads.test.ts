import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { symlinkSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { GitCli } from '../../src/git/git.js';
import { parseTaggedListing } from '../../src/git/worktree-listing.js';
import { TempRepo } from '../support/git-repo.js';

// `lint FILE` asks git about a few paths, not the whole tree: which of them the base holds (filesAt),
// which the index holds (indexedPaths), how they changed (changedFiles naming them), and the work
// tree's files in one listing. Each answer must be the one the whole listing or diff gives.
const repo = new TempRepo('rr-targeted-');
let base: string;
let git: GitCli;

beforeAll(async () => {
  repo
    .write('root.sql', 'select 1;\n')
    .write('db/migrations/001_a.sql', 'create table a ();\n')
    .write('db/migrations/002_b.sql', 'create table b ();\n')
    .write('db/migrations/003_gone.sql', 'create table gone ();\n')
    .write('db/migrations/004_moved.sql', 'create table moved (id bigint, note text, created timestamptz);\n')
    .write('db/migrations/*.sql', 'a file whose name is a glob\n')
    .write('db/file-not-folder', 'a file\n')
    .write('sp ace/ünï.sql', 'select 2;\n')
    .write('1:colon.sql', 'select 3;\n');
  symlinkSync('root.sql', join(repo.dir, 'link.sql'));
  repo.git('add', '-A');
  repo.git('update-index', '--add', '--cacheinfo', `160000,${'1'.repeat(40)},vendor/lib`);
  repo.git('commit', '-q', '-m', 'base');
  base = repo.git('rev-parse', 'HEAD').trim();
  // The work tree since the base: an edit, a deletion, a rename, a staged new file, an intent-to-add
  // file, an untracked file and an ignored one.
  repo.write('db/migrations/002_b.sql', 'create table b (id bigint);\n');
  unlinkSync(join(repo.dir, 'db/migrations/003_gone.sql'));
  repo.git('mv', 'db/migrations/004_moved.sql', 'db/migrations/005_renamed.sql');
  repo
    .write('db/migrations/006_staged.sql', 'create table staged ();\n')
    .git('add', 'db/migrations/006_staged.sql');
  repo
    .write('db/migrations/007_intent.sql', 'create table intent ();\n')
    .git('add', '-N', 'db/migrations/007_intent.sql');
  repo.write('db/migrations/008_untracked.sql', 'create table untracked ();\n');
  repo.write('.gitignore', '*.log\n').write('debug.log', 'ignored\n');
  git = await GitCli.open(repo.dir);
});
afterAll(() => {
  git?.close();
  repo.remove();
});

const ASKED = [
  'root.sql',
  'link.sql',
  'vendor/lib',
  'db/migrations/001_a.sql',
  'db/migrations/002_b.sql',
  'db/migrations/003_gone.sql',
  'db/migrations/005_renamed.sql',
  'db/migrations/008_untracked.sql',
  'db/migrations/*.sql',
  'db/migrations', // a folder, not a file
  'db/file-not-folder/x.sql', // under a file
  'no/such/folder.sql',
  'sp ace/ünï.sql',
  '1:colon.sql',
];

describe('filesAt', () => {
  it('answers what the whole listing of the commit answers, for each kind of path', async () => {
    const listed = new Set(await git.listFilesAt(base));
    const expected = ASKED.filter((path) => listed.has(path));
    expect([...(await git.filesAt(base, ASKED))].sort()).toEqual(expected.sort());
    expect(expected).toEqual(
      expect.arrayContaining(['link.sql', 'vendor/lib', 'sp ace/ünï.sql', '1:colon.sql']),
    );
    expect(expected).not.toContain('db/migrations');
  });

  it('says a ref that is not here is missing, as the listing does', async () => {
    await expect(git.filesAt('no-such-ref', ['root.sql'])).rejects.toThrow(/not in this clone/);
  });
});

describe('indexedPaths', () => {
  it('holds tracked, staged and intent-to-add paths; not untracked, deleted-from-index or unknown ones', async () => {
    repo.git('rm', '-q', '--cached', 'root.sql');
    try {
      const fresh = await GitCli.open(repo.dir);
      try {
        const indexed = await fresh.indexedPaths([
          'db/migrations/001_a.sql',
          'db/migrations/006_staged.sql',
          'db/migrations/007_intent.sql',
          'db/migrations/008_untracked.sql',
          'root.sql',
          '1:colon.sql',
          'no/such.sql',
        ]);
        expect([...indexed].sort()).toEqual(
          [
            '1:colon.sql',
            'db/migrations/001_a.sql',
            'db/migrations/006_staged.sql',
            'db/migrations/007_intent.sql',
          ].sort(),
        );
      } finally {
        fresh.close();
      }
    } finally {
      repo.git('add', 'root.sql');
    }
  });
});

describe('changedFiles naming paths', () => {
  it('gives each path on the base the entry the whole diff gives it, and nothing for untracked ones', async () => {
    const whole = await git.changedFiles(base);
    const onBase = [...(await git.filesAt(base, ASKED))];
    const named = await git.changedFiles(base, undefined, [...onBase, 'db/migrations/008_untracked.sql']);
    expect(named).toEqual(whole.filter((c) => onBase.includes(c.path)));
    expect(named.map((c) => c.path)).toEqual(['db/migrations/002_b.sql']);
    // The rename is seen only by the whole diff: its old path is outside the named ones.
    expect(whole).toContainEqual({
      path: 'db/migrations/005_renamed.sql',
      status: 'renamed',
      from: 'db/migrations/004_moved.sql',
    });
  });

  it('reads a file named like a glob as that file only', async () => {
    repo.write('db/migrations/*.sql', 'edited\n');
    try {
      expect(await git.changedFiles(base, undefined, ['db/migrations/*.sql'])).toEqual([
        { path: 'db/migrations/*.sql', status: 'modified' },
      ]);
    } finally {
      repo.git('checkout', '-q', base, '--', 'db/migrations/*.sql');
    }
  });

  it('asks nothing for no paths', async () => {
    expect(await git.changedFiles('no-such-ref', undefined, [])).toEqual([]);
  });
});

describe('mergeBase', () => {
  it('answers two names of one commit with that commit, and others as git merge-base does', async () => {
    expect(await git.mergeBase('main', base)).toBe(base);
    expect(await git.mergeBase('HEAD', 'main')).toBe(base);
    await expect(git.mergeBase('no-such-ref', base)).rejects.toThrow(/not in this clone|no-such-ref/);
  });
});

describe('worktreeFiles', () => {
  it('lists what the cached+others listing minus the deleted listing lists, in its order', async () => {
    const split = (out: string) => out.split('\0').filter(Boolean);
    const gone = new Set(split(repo.git('ls-files', '-z', '--deleted')));
    const expected = [
      ...new Set(
        split(repo.git('ls-files', '-z', '--cached', '--others', '--exclude-standard')).filter(
          (p) => !gone.has(p),
        ),
      ),
    ];
    const files = await git.worktreeFiles();
    expect(files).toEqual(expected);
    expect(files).toContain('db/migrations/008_untracked.sql');
    expect(files).not.toContain('db/migrations/003_gone.sql');
    expect(files).not.toContain('debug.log');
  });

  it('keeps an unmerged path once, and drops one deleted from the disk', () => {
    expect(parseTaggedListing('M x.sql\0M x.sql\0H y.sql\0R y.sql\0? z.sql\0S s.sql\0')).toEqual([
      'x.sql',
      'z.sql',
      's.sql',
    ]);
  });

  it('refuses a listing entry it was not written for, instead of guessing', () => {
    expect(() => parseTaggedListing('K killed.sql\0')).toThrow(/unexpected listing entry/);
    expect(() => parseTaggedListing('Hno-space\0')).toThrow(/unexpected listing entry/);
  });
});
