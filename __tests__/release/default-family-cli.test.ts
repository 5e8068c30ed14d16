/**
 * Without a config file, release tags are read as v1.4.2. On a repository that releases under another
 * name (hopp's 2026.6.0 over a v3.0.1 of 2022; midday's midday-v0.5.0 and no v tag), the commands that
 * answer "which release" refuse the guess with exit 2 instead of answering from the wrong releases, and
 * the advice they give (init) makes them answer right.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { TempRepo } from '../support/git-repo.js';
import { releaseBundles, runCli, useBundles } from './support.js';

beforeAll(useBundles);
afterAll(releaseBundles);

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
});

/** hopp's shape: v-tags until 2022, then unprefixed YYYY.M.N releases. */
function hoppLike(): TempRepo {
  const r = new TempRepo('rr-family-');
  repos.push(r);
  r.write('a.txt', '1\n').commit('feat: first', '2022-09-01T10:00:00Z');
  r.tag('v3.0.0', false);
  r.write('a.txt', '2\n').commit('fix: old', '2022-10-05T10:00:00Z');
  r.tag('v3.0.1', false);
  r.write('a.txt', '3\n').commit('feat: new scheme', '2026-05-01T10:00:00Z');
  r.tag('2026.5.0', false);
  r.write('a.txt', '4\n').commit('feat: latest', '2026-06-30T10:00:00Z');
  r.tag('2026.6.0', false);
  r.write('a.txt', '5\n').commit('fix: after', '2026-07-02T10:00:00Z');
  return r;
}

const COMMANDS = [
  ['tag', 'next'],
  ['tag', 'verify', '2026.6.0'],
  ['status'],
  ['rollback', 'plan'],
  ['notes', 'draft'],
];

describe('release tags of another family than the default, with no config file', () => {
  it.each(COMMANDS.map((c) => [c.join(' '), c]))(
    '%s: exit 2 naming the family the repository releases under',
    (name, args) => {
      const r = hoppLike();
      const run = runCli(args as string[], r.dir);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        `rollback-ready: ${(name as string).replace(' 2026.6.0', '')}: no config file, so release tags are read as v1.4.2, whose newest is v3.0.1 of 2022-10-05; but this repository's newest releases are 2026.6.0 (semver prefix "", 2 release tag(s), newest 2026-06-30). Run "rollback-ready init" (it writes the tag family it finds to .github/rollback-ready.yml), or set tagging.prefix (or tagging.scheme) there\n`,
      );
    },
  );

  it('after init (the advice), the same commands answer from the right releases', () => {
    const r = hoppLike();
    expect(runCli(['init'], r.dir).status).toBe(0);
    expect(runCli(['tag', 'next'], r.dir)).toEqual({ status: 0, stdout: '2026.6.1\n', stderr: '' });
    expect(runCli(['status'], r.dir).stdout).toMatch(/^production is on 2026\.6\.0 /);
    expect(runCli(['tag', 'verify', '2026.6.0'], r.dir).status).toBe(0);
  });

  it('no v-tag at all while another family releases (midday): exit 2, not "first release v1.0.0"', () => {
    const r = new TempRepo('rr-family-');
    repos.push(r);
    r.write('a.txt', '1\n').commit('feat: x', '2026-02-01T10:00:00Z');
    r.tag('midday-v0.5.0', false);
    r.write('a.txt', '2\n').commit('feat: y', '2026-02-09T10:00:00Z');
    const run = runCli(['tag', 'next'], r.dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      "read as v1.4.2, of which there are none; but this repository's newest releases are midday-v0.5.0",
    );
  });

  it('a v-family still releasing within a year (a monorepo app tagging newer) is not second-guessed; nor a configured prefix', () => {
    const r = new TempRepo('rr-family-');
    repos.push(r);
    r.write('a.txt', '1\n').commit('feat: web', '2026-05-18T10:00:00Z');
    r.tag('v2.30.0', false);
    r.write('a.txt', '2\n').commit('feat: desktop', '2026-08-17T10:00:00Z');
    r.tag('desktop-v0.1.4', false);
    expect(runCli(['tag', 'next'], r.dir)).toEqual({ status: 0, stdout: 'v2.31.0\n', stderr: '' });
    const h = hoppLike();
    h.write('.github/rollback-ready.yml', 'tagging:\n  prefix: v\n').commit('chore: config');
    expect(runCli(['tag', 'next'], h.dir)).toEqual({ status: 0, stdout: 'v3.1.0\n', stderr: '' });
  });
});
