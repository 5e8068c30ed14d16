import { afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import type { Settings } from '../../src/config/settings.js';
import { silentLogger } from '../../src/core/gate.js';
import { createFallbackCheckGate } from '../../src/gates/rehearsal/fallback/fallback-gate.js';
import { fallbackCheckConfigSchema } from '../../src/gates/rehearsal/fallback/fallback-check-config.js';
import { GitCli } from '../../src/git/git.js';
import { releasesAround } from '../../src/release/release-before.js';
import { runMigrationsGate } from '../migrations-fallback/repos.js';
import { TempRepo } from '../support/git-repo.js';

const repos: TempRepo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.remove()));

const INIT = 'supabase/migrations/20260101000000_init.sql';
const HOTFIX = 'supabase/migrations/20260215000000_hotfix.sql';

function newRepo(): TempRepo {
  const repo = new TempRepo('rr-release-around-');
  repos.push(repo);
  return repo;
}

async function around(repo: TempRepo, base: string, head: string, naming = {}) {
  const git = await GitCli.open(repo.dir);
  const sha = async (ref: string) => (await git.resolveCommit(ref))!;
  return releasesAround(git, {
    base: await sha(base),
    head: await sha(head),
    naming: { ...DEFAULT_CONFIG.tagging, ...naming },
  });
}

describe('releasesAround: the releases a change may be judged against', () => {
  it('finds the newest release on a branch forked from the base history, and the older one in it', async () => {
    const repo = newRepo();
    repo.write(INIT, 'select 1;\n').commit('init');
    repo.tag('v1.0.0');
    const fork = repo.write('a.txt', 'a\n').commit('work', '2026-01-02T00:00:00Z');
    repo.branch('release-1.1').write('VERSION', '1.1.0\n').commit('release', '2026-01-03T00:00:00Z');
    repo.tag('v1.1.0').tag('v1.2.0-rc.1');
    repo.checkout('main').write('b.txt', 'b\n').commit('more', '2026-01-04T00:00:00Z');
    repo.branch('feature').write('c.txt', 'c\n').commit('change', '2026-01-05T00:00:00Z');
    const found = await around(repo, 'main', 'feature');
    expect(found).toMatchObject({
      inBase: { name: 'v1.0.0' },
      newest: { name: 'v1.1.0' },
      relation: 'forked',
      forkPoint: fork,
      ofTheChange: [],
    });
  });

  it('sees a release tagged after the base (the branch is behind) and passes over the change’s own tags', async () => {
    const repo = newRepo();
    repo.write(INIT, 'select 1;\n').commit('init');
    repo.tag('v1.0.0');
    repo.branch('feature').write('c.txt', 'c\n').commit('change 1', '2026-01-02T00:00:00Z');
    repo.tag('v3.0.0'); // inside the change
    repo.write('c.txt', 'cc\n').commit('change 2', '2026-01-03T00:00:00Z');
    repo.tag('v4.0.0'); // on the change
    repo.checkout('main').write('m.txt', 'm\n').commit('main moves on', '2026-01-04T00:00:00Z');
    repo.tag('v2.0.0');
    const found = await around(repo, 'feature~2', 'feature');
    expect(found).toMatchObject({
      inBase: { name: 'v1.0.0' },
      newest: { name: 'v2.0.0' },
      relation: 'after-base',
      ofTheChange: ['v4.0.0', 'v3.0.0'],
    });
  });

  it('ignores a release-named tag on an unrelated history and counts tags of other families', async () => {
    const repo = newRepo();
    repo.write(INIT, 'select 1;\n').commit('init');
    repo.tag('v1.0.0').tag('5.3.4');
    repo.git('checkout', '-q', '--orphan', 'docs');
    repo.git('rm', '-q', '-rf', '.');
    repo.write('index.html', 'docs\n').commit('docs', '2026-01-02T00:00:00Z');
    repo.tag('v9.0.0');
    repo.checkout('main');
    const found = await around(repo, 'main', 'main');
    expect(found).toMatchObject({ newest: { name: 'v1.0.0' }, relation: 'in-base' });
    expect(found.otherTags).toEqual({ count: 1, example: '5.3.4' });
    const other = await around(repo, 'main', 'main', { prefix: '' });
    expect(other).toMatchObject({ newest: { name: '5.3.4' }, relation: 'in-base' });
  });
});

/** v1.0.0 on main; release-1.1 forks, gets a release commit (and `hotfix`), v1.1.0; main makes `later` commits; a feature adds a migration. */
function releaseBranchRepo(options: { hotfix?: boolean; later?: number } = {}): TempRepo {
  const repo = newRepo();
  repo.write(INIT, 'create table notes (id bigint primary key);\n').commit('init', '2026-01-01T00:00:00Z');
  repo.tag('v1.0.0');
  repo.branch('release-1.1').write('VERSION', '1.1.0\n');
  if (options.hotfix) repo.write(HOTFIX, 'alter table notes add column pinned boolean;\n');
  repo.commit('release 1.1.0', '2026-08-01T00:00:00Z');
  execFileSync('git', ['tag', '-a', 'v1.1.0', '-m', 'v1.1.0'], {
    cwd: repo.dir,
    env: { ...process.env, GIT_COMMITTER_DATE: '2026-08-01T00:00:00Z' },
  });
  repo.checkout('main');
  for (let i = 0; i < (options.later ?? 1); i++)
    repo.write('notes.txt', `${i}\n`).commit(`work ${i}`, '2026-08-10T00:00:00Z');
  repo
    .branch('feature')
    .write('supabase/migrations/20260901000000_tags.sql', 'create table tags (id bigint);\n');
  repo.commit('feature', '2026-08-20T00:00:00Z');
  return repo;
}

describe('the release before the change in the gates that compare with it', () => {
  it('does not call a recent release on a release branch stale by the commits main made since the fork', async () => {
    const repo = releaseBranchRepo({ later: 4 });
    const outcome = await runMigrationsGate(repo, { 'previous-release-max-commits': 3 });
    expect(outcome.findings.filter((f) => f.rule === 'stale-previous-release')).toEqual([]);
    expect(
      (outcome.data as { migrations: { fallback: { release: string } } }).migrations.fallback.release,
    ).toBe('v1.1.0');
  });

  it('the rehearsal’s fallback check does not run against an unclear release, and says why', async () => {
    const repo = releaseBranchRepo({ hotfix: true });
    const git = await GitCli.open(repo.dir);
    const head = (await git.resolveCommit('HEAD'))!;
    const base = (await git.mergeBase('main', head))!;
    const settings: Settings = {
      run: { cwd: repo.dir, head: 'HEAD', format: 'json', failOn: 'error', files: [] },
      config: {
        ...DEFAULT_CONFIG,
        rehearsal: {
          ...DEFAULT_CONFIG.rehearsal,
          'fallback-check': fallbackCheckConfigSchema.parse({ command: 'exit 3' }),
        },
      },
    };
    const outcome = await createFallbackCheckGate().run({
      settings,
      git,
      base,
      head,
      worktree: false,
      log: silentLogger,
    });
    expect(outcome.findings).toEqual([
      expect.objectContaining({
        gate: 'rehearsal',
        rule: 'previous-release-unclear',
        severity: 'error',
        message: expect.stringContaining(HOTFIX),
      }),
    ]);
    expect(outcome.summary).toContain('its check was not run');
  });
});
