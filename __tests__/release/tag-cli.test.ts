import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TempRepo } from '../support/git-repo.js';
import { semverRepo, todayUtc, runCli, releaseBundles, useBundles } from './support.js';

beforeAll(useBundles);
afterAll(releaseBundles);

const repos: TempRepo[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const keep = <T extends TempRepo>(repo: T): T => {
  repos.push(repo);
  return repo;
};

interface Report {
  verdict: string;
  findings: { rule: string; message: string }[];
  releaseId?: string;
  previousRelease?: string;
  bump?: string;
}
const json = (stdout: string) => JSON.parse(stdout) as Report;
const rules = (stdout: string) => json(stdout).findings.map((f) => f.rule);

describe('tag next (semver)', () => {
  it('prints just the next ID, so scripts can capture it', () => {
    const repo = keep(semverRepo(['v1.0.0', 'v1.1.0']));
    repo.commit('fix: rounding in totals');
    const result = runCli(['tag', 'next'], repo.dir);
    expect(result).toEqual({ status: 0, stdout: 'v1.1.1\n', stderr: '' });
  });

  it.each([
    ['feat: apple pay', 'v1.2.0', 'minor'],
    ['feat(api)!: drop v1 endpoints', 'v2.0.0', 'major'],
    ['fix: x\n\nBREAKING CHANGE: token format', 'v2.0.0', 'major'],
    ['docs: readme', 'v1.1.1', 'patch'],
  ])('reads Conventional Commits since the last release: %j → %s', (message, next, bump) => {
    const repo = keep(semverRepo(['v1.0.0', 'v1.1.0'], () => 'feat!: would be major if it were counted'));
    repo.commit('fix: small');
    repo.commit(message);
    const result = runCli(['tag', 'next', '--format', 'json'], repo.dir);
    expect(result.status).toBe(0);
    expect(json(result.stdout)).toEqual(
      expect.objectContaining({ verdict: 'pass', releaseId: next, previousRelease: 'v1.1.0', bump }),
    );
  });

  it('says so when HEAD already is a release instead of proposing a bump', () => {
    const repo = keep(semverRepo(['v1.0.0', 'v1.4.2']));
    const result = runCli(['tag', 'next'], repo.dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('HEAD is already release v1.4.2; nothing to tag\n');
    repo.commit('fix: after');
    expect(runCli(['tag', 'next'], repo.dir).stdout).toBe('v1.4.3\n');
  });

  it('takes --bump over the commits', () => {
    const repo = keep(semverRepo(['v1.0.0']));
    repo.commit('fix: small');
    expect(runCli(['tag', 'next', '--bump', 'major'], repo.dir).stdout).toBe('v2.0.0\n');
    expect(runCli(['tag', 'next', '--bump', 'minor'], repo.dir).stdout).toBe('v1.1.0\n');
  });

  it('starts at v1.0.0 and ignores tags that are not releases', () => {
    const repo = keep(new TempRepo());
    repo.commit('first');
    repo.tag('some-marker');
    repo.tag('v0.9.0-beta.1');
    expect(runCli(['tag', 'next'], repo.dir).stdout).toBe('v1.0.0\n');
  });

  it('ignores release tags off the release branch', () => {
    const repo = keep(semverRepo(['v1.0.0']));
    repo.branch('experiment');
    repo.commit('feat: experiment');
    repo.tag('v5.0.0');
    repo.checkout('main');
    repo.commit('fix: on main');
    expect(runCli(['tag', 'next'], repo.dir).stdout).toBe('v1.0.1\n');
  });

  it('will not hand out a name a tag off the branch already has (exit 2)', () => {
    const repo = keep(semverRepo(['v1.0.0']));
    repo.branch('hotfix');
    repo.commit('fix: hot');
    repo.tag('v1.0.1');
    repo.checkout('main');
    repo.commit('fix: on main');
    const result = runCli(['tag', 'next'], repo.dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^rollback-ready: the next release ID v1\.0\.1 is already a tag \(on [0-9a-f]{7}, off the release branch main; on hotfix\), so tag next will not propose it\./,
    );
    expect(result.stderr).not.toMatch(/delete/);
  });

  /** formbricks-shaped: unprefixed tags, releases cut on release/X.Y branches that never merge back. */
  function releaseBranchRepo(): TempRepo {
    const repo = keep(new TempRepo('rr-relbranch-'));
    repo.write('.github/rollback-ready.yml', "tagging:\n  prefix: ''\n");
    repo.commit('chore: start');
    repo.tag('1.0.0');
    repo.branch('release/1.1').commit('fix: cut 1.1');
    repo.tag('1.1.0');
    repo.commit('fix: patch 1.1');
    repo.tag('1.1.1');
    repo.checkout('main');
    repo.commit('feat: next thing on main');
    return repo;
  }

  it('on a release-branch flow, names the branch holding the clashing ID and the newest release (exit 2)', () => {
    const repo = releaseBranchRepo();
    const result = runCli(['tag', 'next'], repo.dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'the next release ID 1.1.0 is already a tag (on ',
    );
    expect(result.stderr).toContain('off the release branch main; on release/1.1), so tag next will not propose it.');
    expect(result.stderr).toContain(
      "This family's releases are tagged on other branches too: the newest, 1.1.1, is on release/1.1, while the latest on main is 1.0.0.",
    );
    expect(result.stderr).not.toMatch(/delete/);
  });

  it('proposes the next ID on the release branch when configured to release from it', () => {
    const repo = releaseBranchRepo();
    repo.checkout('release/1.1');
    repo.write('.github/rollback-ready.yml', "tagging:\n  prefix: ''\n  release-branch: release/1.1\n");
    repo.commit('fix: another patch');
    expect(runCli(['tag', 'next'], repo.dir)).toEqual({ status: 0, stdout: '1.1.2\n', stderr: '' });
  });

  it('says HEAD already is a release when it was tagged on a release branch, instead of proposing a bump', () => {
    const repo = releaseBranchRepo();
    const result = runCli(['tag', 'next', '--head', '1.1.1'], repo.dir);
    expect(result).toEqual({
      status: 0,
      stdout: 'HEAD is already release 1.1.1 (tagged off the release branch main); nothing to tag\n',
      stderr: '',
    });
  });

  it('rejects a bad --bump with the allowed values (exit 2)', () => {
    const repo = keep(semverRepo(['v1.0.0']));
    const result = runCli(['tag', 'next', '--bump', 'sideways'], repo.dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'rollback-ready: --bump: got "sideways"; allowed: auto, patch, minor, major\n',
    );
  });
});

describe('tag next (calver)', () => {
  const calver = (repo: TempRepo) => repo.write('.github/rollback-ready.yml', 'tagging:\n  scheme: calver\n');

  it('starts today at .1 after releases of earlier days', () => {
    const repo = keep(semverRepo([]));
    calver(repo).commit('config');
    repo.tag('prod-2020-01-01.4');
    repo.commit('fix: x');
    expect(runCli(['tag', 'next'], repo.dir).stdout).toBe(`prod-${todayUtc()}.1\n`);
  });

  it('counts on within the day, past same-day tags off the branch too', () => {
    const today = todayUtc();
    const repo = keep(semverRepo([]));
    calver(repo).commit('config');
    repo.tag(`prod-${today}.1`);
    repo.commit('fix: a');
    repo.tag(`prod-${today}.2`);
    repo.branch('side');
    repo.commit('fix: side');
    repo.tag(`prod-${today}.3`, false);
    repo.checkout('main');
    repo.commit('fix: b');
    const result = runCli(['tag', 'next', '--format', 'json'], repo.dir);
    expect(json(result.stdout)).toEqual(
      expect.objectContaining({ releaseId: `prod-${today}.4`, previousRelease: `prod-${today}.2` }),
    );
  });

  it('verifies the day counter order numerically (.10 after .9)', () => {
    const today = todayUtc();
    const repo = keep(semverRepo([]));
    calver(repo).commit('config');
    repo.tag(`prod-${today}.9`);
    repo.commit('fix: a');
    expect(runCli(['tag', 'verify', `prod-${today}.10`], repo.dir).status).toBe(0);
    const stale = runCli(['tag', 'verify', `prod-${today}.8`, '--format', 'json'], repo.dir);
    expect(stale.status).toBe(1);
    expect(rules(stale.stdout)).toEqual(['release-id-order']);
  });
});

describe('tag verify', () => {
  it('passes a proposed next ID on the release branch', () => {
    const repo = keep(semverRepo(['v1.0.0', 'v1.1.0']));
    repo.commit('feat: new');
    const result = runCli(['tag', 'verify', 'v1.2.0'], repo.dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^pass {2}tagging: v1\.2\.0 \(proposed for [0-9a-f]{7}, semver, branch main\): ok/,
    );
  });

  it('passes an existing annotated release tag, and checks the tags on HEAD when no name is given', () => {
    const repo = keep(semverRepo(['v1.0.0', 'v1.1.0']));
    expect(runCli(['tag', 'verify', 'v1.0.0'], repo.dir).status).toBe(0);
    const onHead = runCli(['tag', 'verify', '--format', 'json'], repo.dir);
    expect(onHead.status).toBe(0);
    expect(json(onHead.stdout).releaseId).toBe('v1.1.0');
  });

  it('is a usage error to verify nothing: HEAD has no release tag', () => {
    const repo = keep(semverRepo(['v1.0.0']));
    repo.commit('fix: untagged');
    const result = runCli(['tag', 'verify'], repo.dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/no release tag points at HEAD \([0-9a-f]{7}\); name the tag/);
  });

  it('fails a name that is not of the scheme, and a pre-release', () => {
    const repo = keep(semverRepo(['v1.0.0']));
    repo.commit('fix: x');
    const odd = runCli(['tag', 'verify', 'release-2', '--format', 'json'], repo.dir);
    expect(odd.status).toBe(1);
    expect(json(odd.stdout).findings).toEqual([
      expect.objectContaining({
        rule: 'release-id-scheme',
        message: 'release-2 is not a release ID of the semver with prefix "v" (v1.4.2) scheme.',
      }),
    ]);
    const rc = runCli(['tag', 'verify', 'v1.1.0-rc.1', '--format', 'json'], repo.dir);
    expect(rules(rc.stdout)).toEqual(['release-id-prerelease']);
  });

  it('fails an ID that is not after every earlier release', () => {
    const repo = keep(semverRepo(['v1.0.0', 'v1.1.0']));
    repo.commit('fix: x');
    const proposed = runCli(['tag', 'verify', 'v1.0.5', '--format', 'json'], repo.dir);
    expect(proposed.status).toBe(1);
    expect(json(proposed.stdout).findings[0]?.message).toBe(
      'v1.0.5 is not after v1.1.0, an earlier release on main; release IDs must only go up.',
    );
    repo.tag('v1.0.5');
    expect(rules(runCli(['tag', 'verify', 'v1.0.5', '--format', 'json'], repo.dir).stdout)).toEqual([
      'release-id-order',
    ]);
    // The earlier tags themselves stay valid: only releases before them count.
    expect(runCli(['tag', 'verify', 'v1.1.0'], repo.dir).status).toBe(0);
  });

  it('fails a tag off the release branch', () => {
    const repo = keep(semverRepo(['v1.0.0']));
    repo.branch('experiment');
    repo.commit('feat: experiment');
    repo.tag('v1.1.0');
    repo.checkout('main');
    const result = runCli(['tag', 'verify', 'v1.1.0', '--format', 'json'], repo.dir);
    expect(result.status).toBe(1);
    expect(json(result.stdout).findings).toEqual([
      expect.objectContaining({
        rule: 'tag-off-release-branch',
        message: expect.stringMatching(
          /^v1\.1\.0 points at [0-9a-f]{7}, which is not on the release branch main\.$/,
        ),
      }),
    ]);
    // A proposed name on a commit that is not on main fails the same way.
    repo.checkout('experiment');
    repo.commit('feat: more');
    expect(rules(runCli(['tag', 'verify', 'v1.2.0', '--format', 'json'], repo.dir).stdout)).toEqual([
      'tag-off-release-branch',
    ]);
  });

  it('uses a configured release branch', () => {
    const repo = keep(semverRepo(['v1.0.0']));
    repo.write('.github/rollback-ready.yml', 'tagging:\n  release-branch: production\n').commit('config');
    const missing = runCli(['tag', 'verify', 'v1.0.1', '--format', 'json'], repo.dir);
    expect(rules(missing.stdout)).toEqual(['release-branch-missing']);
    repo.git('branch', 'production');
    expect(runCli(['tag', 'verify', 'v1.0.1'], repo.dir).status).toBe(0);
    expect(runCli(['tag', 'verify', 'v1.0.1', '--release-branch', 'nope'], repo.dir).status).toBe(1);
  });

  it('finds the release branch as origin/main in a CI-style clone with HEAD detached at the tag', () => {
    const origin = keep(semverRepo(['v1.0.0', 'v1.1.0']));
    const clone = mkdtempSync(join(tmpdir(), 'rr-clone-'));
    dirs.push(clone);
    execFileSync('git', ['clone', '-q', origin.dir, clone]);
    execFileSync('git', ['checkout', '-q', '--detach', 'v1.1.0'], { cwd: clone });
    execFileSync('git', ['branch', '-q', '-D', 'main'], { cwd: clone });
    const result = runCli(['tag', 'verify', 'v1.1.0'], clone);
    expect(result.stdout).toContain('branch main): ok');
    expect(result.status).toBe(0);
  });

  it('fails a second release ID on the same commit', () => {
    const repo = keep(semverRepo(['v1.0.0', 'v1.1.0']));
    const result = runCli(['tag', 'verify', 'v1.1.1', '--format', 'json'], repo.dir);
    expect(result.status).toBe(1);
    expect(json(result.stdout).findings).toEqual([
      expect.objectContaining({
        rule: 'duplicate-release-id',
        message: expect.stringMatching(
          /^[0-9a-f]{7} is already released as v1\.1\.0; one commit gets one release ID\.$/,
        ),
      }),
    ]);
  });

  it('does not count a pre-release on the same commit as a duplicate', () => {
    const repo = keep(semverRepo(['v1.0.0']));
    repo.commit('feat: x');
    repo.tag('v1.1.0-rc.1');
    expect(runCli(['tag', 'verify', 'v1.1.0'], repo.dir).status).toBe(0);
  });

  it('fails a tag that is also the name of a branch (a lookalike branch v1.2.0 next to tag v1.2.0)', () => {
    const repo = keep(semverRepo(['v1.0.0', 'v1.1.0']));
    repo.commit('feat: x');
    repo.tag('v1.2.0');
    repo.git('branch', 'v1.2.0');
    const result = runCli(['tag', 'verify', 'v1.2.0', '--format', 'json'], repo.dir);
    expect(result.status).toBe(1);
    expect(json(result.stdout).findings).toEqual([
      expect.objectContaining({
        rule: 'tag-branch-confusion',
        message:
          'v1.2.0 is also the name of a branch (refs/heads/v1.2.0); git and GitHub may resolve it to the branch instead of the tag.',
      }),
    ]);
    // A branch merely containing the name is no confusion.
    repo.git('branch', '-D', 'v1.2.0');
    repo.git('branch', 'release/v1.2.0');
    expect(runCli(['tag', 'verify', 'v1.2.0'], repo.dir).status).toBe(0);
  });

  it('fails a lightweight tag only when annotated tags are required', () => {
    const repo = keep(semverRepo(['v1.0.0']));
    repo.commit('fix: x');
    repo.tag('v1.0.1', false);
    expect(runCli(['tag', 'verify', 'v1.0.1'], repo.dir).status).toBe(0);
    repo.write('.github/rollback-ready.yml', 'tagging:\n  require-annotated: true\n');
    const result = runCli(['tag', 'verify', 'v1.0.1', '--format', 'json'], repo.dir);
    expect(result.status).toBe(1);
    expect(rules(result.stdout)).toEqual(['lightweight-tag']);
  });

  it('reports every reason at once', () => {
    const repo = keep(semverRepo(['v1.0.0', 'v1.1.0']));
    repo.branch('side');
    repo.commit('feat: side');
    repo.tag('v1.0.5', false);
    repo.git('branch', 'v1.0.5');
    repo.write('.github/rollback-ready.yml', 'tagging:\n  require-annotated: true\n');
    const result = runCli(['tag', 'verify', 'v1.0.5', '--format', 'json'], repo.dir);
    expect(result.status).toBe(1);
    expect(rules(result.stdout).sort()).toEqual([
      'lightweight-tag',
      'release-id-order',
      'tag-branch-confusion',
      'tag-off-release-branch',
    ]);
  });

  it.each([
    ['v1.0.0;rm -rf /', 'it contains ";", which git or a shell treats specially'],
    ['v1..0', 'it contains "..", which git reads as a range'],
    ['v1.0.0\n', 'it contains a control character (a newline)'],
    ['$(touch pwned)', 'it contains "$", which git or a shell treats specially'],
    ['-v1.0.0', 'it starts with "-", which commands read as an option'],
  ])('refuses the name %j with exit 2 and one line', (name, reason) => {
    const repo = keep(semverRepo(['v1.0.0']));
    const result = runCli(['tag', 'verify', '--', name], repo.dir);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `rollback-ready: tag verify: ${JSON.stringify(name)} is not a valid tag name: ${reason}; use a name such as v1.4.2 or prod-2026-07-31.1\n`,
    );
  });

  it('is a usage error to pass an unknown subcommand or two names', () => {
    const repo = keep(semverRepo(['v1.0.0']));
    expect(runCli(['tag', 'push'], repo.dir).stderr).toMatch(
      /unknown tag command "push"; usage: rollback-ready tag next/,
    );
    expect(runCli(['tag', 'verify', 'v1.0.1', 'v1.0.2'], repo.dir).status).toBe(2);
    expect(runCli(['tag'], repo.dir).status).toBe(2);
  });
});
