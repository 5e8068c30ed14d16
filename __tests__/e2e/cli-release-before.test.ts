import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import type { Report } from '../../src/core/report.js';
import { snapshotBundles } from '../support/bundles.js';
import type { BundleSnapshot } from '../support/bundles.js';
import type { Spawned } from '../support/cli.js';
import { TempRepo } from '../support/git-repo.js';

/**
 * Which release a change is judged against, on the two shapes real repositories have: releases tagged
 * on main, and releases tagged on release branches forked from main (harbor: v2.15.2 on release-2.15.0,
 * with main's fixes cherry-picked to it; formbricks: 5.3.4 on release/5.3), where the newest tag in
 * main's history is years old. Every check that compares with "the release" uses the same one.
 */
const DIR = 'supabase/migrations';
const INIT = `${DIR}/20260101000000_init.sql`;
const STATUS = `${DIR}/20260201000000_status.sql`;
const NOTES = `${DIR}/20260301000000_notes.sql`;
const HOTFIX = `${DIR}/20260215000000_hotfix.sql`;
const SQL: Record<string, string> = {
  [INIT]: 'create table notes (id bigint primary key, body text);\n',
  [STATUS]: 'alter table notes add column status text;\n',
  [NOTES]: 'create index notes_body on notes (body);\n',
  [HOTFIX]: 'alter table notes add column pinned boolean;\n',
};

let bundles: BundleSnapshot;
const repos: TempRepo[] = [];
const report = (run: Spawned) => JSON.parse(run.stdout) as Report & { migrations?: Record<string, unknown> };
const findings = (run: Spawned, rule: string) => report(run).findings.filter((f) => f.rule === rule);
const summary = (run: Spawned) => report(run).gates.find((g) => g.gate === 'migrations')!.summary;
const previous = (run: Spawned) => report(run).migrations?.previousRelease as Record<string, unknown>;

function newRepo(): TempRepo {
  const repo = new TempRepo('rr-release-before-');
  repos.push(repo);
  return repo;
}

/** An annotated tag dated as released (the order tags were made in matters to "newest by date" code). */
function tagAt(repo: TempRepo, name: string, date: string): void {
  execFileSync('git', ['tag', '-a', name, '-m', name], {
    cwd: repo.dir,
    env: { ...process.env, GIT_COMMITTER_DATE: date },
  });
}

function add(repo: TempRepo, path: string, date: string): string {
  repo.write(path, SQL[path]!);
  return repo.commit(`add ${path}`, date);
}

const lint = (repo: TempRepo, base = 'main', head = 'feature') =>
  bundles.runCli(['lint', '--base', base, '--head', head, '--format', 'json'], repo.dir);

/**
 * main: INIT (v1.0.0, tagged on main long ago); release-1.1 forks from main and is tagged v1.1.0;
 * STATUS is merged on main and cherry-picked to release-1.1, tagged v1.1.1; NOTES is merged on main
 * only (for the next release). `hotfix` also writes HOTFIX on release-1.1 alone before v1.1.1.
 */
function releaseBranchRepo(options: { hotfix?: boolean; config?: string } = {}): TempRepo {
  const repo = newRepo();
  add(repo, INIT, '2026-01-01T00:00:00Z');
  tagAt(repo, 'v1.0.0', '2026-01-01T00:00:00Z');
  repo.write('README.md', 'app\n').commit('work', '2026-01-10T00:00:00Z');
  repo.branch('release-1.1');
  // The release commit (a version bump) is the release branch's own, as harbor's and formbricks' are.
  repo.write('VERSION', '1.1.0\n').commit('release 1.1.0', '2026-01-11T00:00:00Z');
  tagAt(repo, 'v1.1.0', '2026-01-11T00:00:00Z');
  repo.checkout('main');
  const status = add(repo, STATUS, '2026-02-01T00:00:00Z');
  repo.checkout('release-1.1');
  execFileSync('git', ['cherry-pick', '-x', status], {
    cwd: repo.dir,
    env: { ...process.env, GIT_COMMITTER_DATE: '2026-02-02T00:00:00Z' },
    stdio: 'ignore',
  });
  if (options.hotfix) add(repo, HOTFIX, '2026-02-15T00:00:00Z');
  tagAt(repo, 'v1.1.1', '2026-02-16T00:00:00Z');
  repo.checkout('main');
  add(repo, NOTES, '2026-03-01T00:00:00Z');
  if (options.config)
    repo.write('.github/rollback-ready.yml', options.config).commit('config', '2026-03-02T00:00:00Z');
  repo.branch('feature');
  return repo;
}

beforeAll(async () => {
  bundles = await snapshotBundles();
});

afterAll(() => {
  for (const repo of repos) repo.remove();
  bundles?.remove();
});

describe('lint: the release before the change, with releases tagged on main', () => {
  it('judges against the newest release in the base history and says so', () => {
    const repo = newRepo();
    add(repo, INIT, '2026-01-01T00:00:00Z');
    tagAt(repo, 'v1.0.0', '2026-01-01T00:00:00Z');
    add(repo, STATUS, '2026-02-01T00:00:00Z');
    tagAt(repo, 'v1.1.0', '2026-02-01T00:00:00Z');
    repo.branch('feature').git('rm', '-q', STATUS);
    repo.commit('drop status', '2026-03-01T00:00:00Z');
    const run = lint(repo);
    expect(run.status).toBe(1);
    expect(findings(run, 'deleted-shipped-migration').map((f) => [f.file, f.severity])).toEqual([
      [STATUS, 'error'],
    ]);
    expect(previous(run)).toMatchObject({ kind: 'release', tag: 'v1.1.0', forked: false });
    expect(summary(run)).toContain("judged against v1.1.0, the newest release in the base's history");
  });

  it('never judges against a release tagged on the change itself (edited-shipped-migration)', () => {
    const repo = newRepo();
    add(repo, INIT, '2026-01-01T00:00:00Z');
    tagAt(repo, 'v1.0.0', '2026-01-01T00:00:00Z');
    add(repo, STATUS, '2026-02-01T00:00:00Z');
    repo.branch('feature').write(STATUS, "alter table notes add column status text not null default '';\n");
    repo.commit('edit status', '2026-03-01T00:00:00Z');
    // The release that ships the change, tagged on it: it has the edited file, but it is no release before it.
    tagAt(repo, 'v2.0.0', '2026-03-02T00:00:00Z');
    const run = lint(repo);
    const edited = findings(run, 'edited-shipped-migration');
    expect(edited.map((f) => [f.file, f.severity])).toEqual([[STATUS, 'warning']]);
    expect(edited[0]!.message).toContain('in no release yet (v1.0.0 does not have it)');
    expect(previous(run)).toMatchObject({ tag: 'v1.0.0' });
    expect(summary(run)).toContain('not v2.0.0, tagged on or after this change');
  });
});

describe('lint: the release before the change, with releases tagged on release branches', () => {
  it('judges against the newest release on a release branch, with the cherry-picked migration as shipped', () => {
    const repo = releaseBranchRepo();
    repo.git('rm', '-q', STATUS);
    repo.write(NOTES, 'create index notes_body2 on notes (body);\n');
    repo.commit('drop status, edit notes', '2026-03-05T00:00:00Z');
    const run = lint(repo);
    expect(run.status).toBe(1);
    // v1.1.1 ran STATUS (cherry-picked): deleting it breaks production. v1.0.0, in main's history, lacks it.
    const deleted = findings(run, 'deleted-shipped-migration');
    expect(deleted.map((f) => [f.file, f.severity])).toEqual([[STATUS, 'error']]);
    expect(deleted[0]!.message).toContain('already shipped');
    // NOTES is merged on main only: v1.1.1 does not have it.
    const edited = findings(run, 'edited-shipped-migration');
    expect(edited.map((f) => [f.file, f.severity])).toEqual([[NOTES, 'warning']]);
    expect(edited[0]!.message).toContain('in no release yet (v1.1.1 does not have it)');
    expect(previous(run)).toMatchObject({ kind: 'release', tag: 'v1.1.1', forked: true });
    expect(summary(run)).toContain('judged against v1.1.1, the newest release: tagged on release-1.1');
    expect(summary(run)).toContain("v1.0.0, the newest in the base's history, is older");
    expect(findings(run, 'previous-release-unclear')).toEqual([]);
  });

  it('blocks, naming the migration, when the newest release ran one the change does not have', () => {
    const repo = releaseBranchRepo({ hotfix: true });
    repo.write(`${DIR}/20260401000000_tags.sql`, 'create table tags (id bigint primary key);\n');
    repo.commit('add tags', '2026-04-01T00:00:00Z');
    const run = lint(repo);
    expect(run.status).toBe(1);
    const unclear = findings(run, 'previous-release-unclear');
    expect(unclear).toHaveLength(1);
    expect(unclear[0]!.severity).toBe('error');
    expect(unclear[0]!.message).toContain('the newest release, v1.1.1, is tagged on release-1.1');
    expect(unclear[0]!.message).toContain(HOTFIX);
    expect(unclear[0]!.message).toContain("The newest release in the base's history, v1.0.0, is older");
    expect(unclear[0]!.help).toContain(`Bring ${HOTFIX} into this branch's history`);
    expect(previous(run)).toMatchObject({ kind: 'unclear' });
    expect(summary(run)).toContain('the release before the change is unclear');
  });

  it('passes once the release branch migration is brought into main, as the finding advises', () => {
    const repo = releaseBranchRepo({ hotfix: true });
    repo.write(HOTFIX, SQL[HOTFIX]!).commit('bring the hotfix migration into main', '2026-03-10T00:00:00Z');
    repo.write(`${DIR}/20260401000000_tags.sql`, 'create table tags (id bigint primary key);\n');
    repo.commit('add tags', '2026-04-01T00:00:00Z');
    const run = lint(repo);
    expect(findings(run, 'previous-release-unclear')).toEqual([]);
    expect(previous(run)).toMatchObject({ kind: 'release', tag: 'v1.1.1', forked: true });
    expect(run.status).toBe(0);
  });

  it('keeps to tagging.release-branch when it is set: a tag elsewhere is no release', () => {
    const repo = releaseBranchRepo({ hotfix: true, config: 'tagging:\n  release-branch: main\n' });
    repo.git('rm', '-q', STATUS);
    repo.commit('drop status', '2026-03-05T00:00:00Z');
    const run = lint(repo);
    expect(findings(run, 'previous-release-unclear')).toEqual([]);
    expect(previous(run)).toMatchObject({ kind: 'release', tag: 'v1.0.0', forked: false });
    expect(findings(run, 'deleted-shipped-migration').map((f) => f.severity)).toEqual(['warning']);
  });
});
