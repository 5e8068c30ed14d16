import { afterEach, describe, expect, it } from '@jest/globals';
import type { TempRepo } from '../support/git-repo.js';
import { addDropColumn, cli, MIGRATIONS, releaseRepo } from './support.js';
import type { PlanJson } from './support.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
});
function setup() {
  const made = releaseRepo();
  repos.push(made.repo);
  return made;
}
const json = (stdout: string) => JSON.parse(stdout) as PlanJson;

describe('rollback plan on real git histories (no token: release tags stand in for the ledger)', () => {
  it('an expand-only history passes, targets the release before the live one, and says data is not undone', async () => {
    const { repo, sha } = setup();
    const run = await cli(['rollback', 'plan', '--format', 'json'], repo.dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const plan = json(run.stdout);
    expect(plan).toEqual(
      expect.objectContaining({
        verdict: 'pass',
        from: { release: 'v1.2.0', sha: sha['v1.2.0'] },
        to: { release: 'v1.1.0', sha: sha['v1.1.0'] },
        sources: { from: 'tags', to: 'tags' },
        migrationsSince: [
          { file: `${MIGRATIONS}/20260103000000_orders.sql`, class: 'expand', findings: expect.any(Array) },
        ],
      }),
    );
    expect(plan.dataNote).toMatch(/does not undo data/);
    const text = await cli(['rollback', 'plan', '--to', 'v1.0.0'], repo.dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/live: {3}v1\.2\.0/);
    expect(text.stdout).toMatch(/expand +supabase\/migrations\/20260102000000_email\.sql/);
    expect(text.stdout).toMatch(/does not undo data/);
  });

  it('blocks when a column was dropped since the target, naming the file', async () => {
    const { repo, sha } = setup();
    addDropColumn(repo, sha);
    const run = await cli(['rollback', 'plan', '--to', 'v1.1.0', '--format', 'json'], repo.dir);
    expect(run.code).toBe(1);
    const plan = json(run.stdout);
    expect(plan.verdict).toBe('block');
    expect(plan.from.release).toBe('v1.3.0');
    const drop = plan.migrationsSince.find((m) => m.file.endsWith('_drop_name.sql'));
    expect(drop?.class).toBe('contract');
    expect(plan.findings).toEqual([
      expect.objectContaining({
        rule: 'rollback-schema-contract',
        severity: 'error',
        file: `${MIGRATIONS}/20260104000000_drop_name.sql`,
      }),
    ]);
  });

  it('passes with --allow-schema-risk and records the reason in the JSON', async () => {
    const { repo, sha } = setup();
    addDropColumn(repo, sha);
    const reason = 'v1.2.0 never reads users.name (checked by @alice)';
    const run = await cli(
      ['rollback', 'plan', '--to', 'v1.2.0', '--allow-schema-risk', reason, '--format', 'json'],
      repo.dir,
    );
    expect(run.code).toBe(0);
    const plan = json(run.stdout);
    expect(plan.schemaRisk).toEqual({
      accepted: true,
      reason,
      files: [`${MIGRATIONS}/20260104000000_drop_name.sql`],
    });
    expect(plan.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['rollback-schema-risk-accepted', 'warning'],
    ]);
  });

  it('refuses a target that is not earlier than the live release (exit 1)', async () => {
    const { repo } = setup();
    const run = await cli(
      ['rollback', 'plan', '--from', 'v1.1.0', '--to', 'v1.2.0', '--format', 'json'],
      repo.dir,
    );
    expect(run.code).toBe(1);
    expect(json(run.stdout).findings.map((f) => f.rule)).toEqual(['rollback-target-not-earlier']);
  });

  it('refuses a target tagged off the release branch (exit 1)', async () => {
    const { repo } = setup();
    repo.branch('experiment');
    repo.commit('wip');
    repo.tag('v1.1.1');
    repo.checkout('main');
    const run = await cli(
      ['rollback', 'plan', '--from', 'v1.2.0', '--to', 'v1.1.1', '--format', 'json'],
      repo.dir,
    );
    expect(run.code).toBe(1);
    expect(json(run.stdout).findings.map((f) => f.rule)).toEqual(['tag-off-release-branch']);
  });

  it('refuses a tag that has a lookalike branch of the same name (exit 2), and a branch that is no tag', async () => {
    const { repo } = setup();
    repo.git('branch', 'v1.1.0', 'v1.0.0');
    const both = await cli(['rollback', 'plan', '--to', 'v1.1.0'], repo.dir);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/both a tag and a branch/);
    repo.git('branch', 'v1.0.5', 'v1.0.0');
    const branchOnly = await cli(['rollback', 'plan', '--to', 'v1.0.5'], repo.dir);
    expect(branchOnly.code).toBe(2);
    expect(branchOnly.stderr).toMatch(/no tag "v1\.0\.5" \(only a branch refs\/heads\/v1\.0\.5/);
    // The default target skips nothing silently either: the ledger-free target v1.1.0 is refused too.
    expect((await cli(['rollback', 'plan'], repo.dir)).code).toBe(2);
  });

  it.each(['v1.0.0;id', 'v1..0', '$(x)', '-v1.0.0', 'v1.0.0\nid', 'release-1'])(
    'refuses the name %j before any git call (exit 2)',
    async (name) => {
      const { repo } = setup();
      const run = await cli(['rollback', 'plan', `--to=${name}`], repo.dir);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    },
  );

  it('says so when there is nothing to roll back to', async () => {
    const { repo } = setup();
    const run = await cli(['rollback', 'plan', '--from', 'v1.0.0', '--format', 'json'], repo.dir);
    expect(run.code).toBe(1);
    expect(json(run.stdout).findings.map((f) => f.rule)).toEqual(['rollback-no-target']);
  });

  it('rejects unknown subcommands and flags of another subcommand (exit 2), and documents itself in --help', async () => {
    const { repo } = setup();
    expect((await cli(['rollback'], repo.dir)).code).toBe(2);
    expect((await cli(['rollback', 'undo'], repo.dir)).code).toBe(2);
    expect((await cli(['rollback', 'plan', '--deployment', '3'], repo.dir)).code).toBe(2);
    expect((await cli(['rollback', 'plan', '--from', 'v1.2.0', '--env', 'production'], repo.dir)).code).toBe(
      2,
    );
    const help = await cli(['rollback', '--help'], repo.dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/rollback plan \[--to TAG\]/);
    expect(help.stdout).toMatch(/--health-url URL/);
  });
});
