/** The one check for paths read or written on a pull request's behalf: inside the checkout, or exit 2. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../src/core/errors.js';
import type { GateContext } from '../../src/gates/gate.js';
import { readHeadSource } from '../../src/gates/migrations/read-source.js';
import { resolveInsideRepo, writablePathInsideRepo } from '../../src/git/inside-repo.js';

let root: string;
let outside: string;

beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'rr-inside-')));
  outside = realpathSync(mkdtempSync(join(tmpdir(), 'rr-outside-')));
  writeFileSync(join(outside, 'secret'), 'x');
  mkdirSync(join(root, 'db'));
  writeFileSync(join(root, 'db', 'a.sql'), 'select 1;');
  symlinkSync(join(root, 'db', 'a.sql'), join(root, 'inner-link.sql'));
  symlinkSync(join(outside, 'secret'), join(root, 'db', 'out.sql'));
  symlinkSync(outside, join(root, 'out-dir'));
  symlinkSync(join(root, 'missing'), join(root, 'dangling.sql'));
  symlinkSync(join(root, 'loop-b'), join(root, 'loop-a'));
  symlinkSync(join(root, 'loop-a'), join(root, 'loop-b'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('resolveInsideRepo', () => {
  it.each([
    ['db/a.sql', { real: 'db/a.sql' }],
    ['inner-link.sql', { real: 'db/a.sql' }],
    ['db/new.sql', { missing: true }],
    ['new-folder/new.sql', { missing: true }],
  ])('accepts %s', (path, expected) => {
    const got = resolveInsideRepo(root, path, 'test');
    expect(got).toEqual('real' in expected ? { real: join(root, expected.real) } : expected);
  });

  it.each([
    ['../escape.sql', 'outside the repository'],
    ['db/../../escape.sql', 'outside the repository'],
    ['/etc/passwd', 'outside the repository'],
    ['db/out.sql', 'outside the repository'],
    ['out-dir/secret', 'outside the repository'],
    ['out-dir/not-there', 'outside the repository'],
    ['dangling.sql', 'does not exist'],
    ['loop-a', 'symlink loop'],
  ])('refuses %s with a usage error naming it', (path, why) => {
    let error: unknown;
    try {
      resolveInsideRepo(root, path, 'rehearsal.seed');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain('rehearsal.seed');
    expect((error as Error).message).toContain(path);
    expect((error as Error).message).toContain(why);
  });
});

describe('writablePathInsideRepo', () => {
  it('refuses to write through any symlink, even one that stays inside', () => {
    expect(() => writablePathInsideRepo(root, 'inner-link.sql')).toThrow(/symlink/);
    expect(() => writablePathInsideRepo(root, 'dangling.sql')).toThrow(/symlink/);
    expect(() => writablePathInsideRepo(root, 'out-dir/new.yml')).toThrow(/outside the repository/);
    expect(writablePathInsideRepo(root, '.github/new.yml')).toBe(join(root, '.github/new.yml'));
  });
});

describe('readHeadSource from the work tree (migrations, the seed) reads only inside the checkout', () => {
  const ctx = () => ({ git: { root } as GateContext['git'], head: 'HEAD', worktree: true });

  it('follows a symlink that stays inside', async () => {
    expect(await readHeadSource(ctx(), 'inner-link.sql')).toEqual({ text: 'select 1;' });
  });

  it.each(['db/out.sql', 'out-dir/secret', '../escape.sql'])('refuses %s with exit 2 (a usage error)', async (path) => {
    await expect(readHeadSource(ctx(), path)).rejects.toBeInstanceOf(UsageError);
  });

  it('still reports a missing file as missing', async () => {
    expect(await readHeadSource(ctx(), 'db/none.sql')).toBeUndefined();
  });
});
