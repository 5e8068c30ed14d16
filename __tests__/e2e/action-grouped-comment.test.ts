import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync } from 'node:fs';
import type { Report } from '../../src/core/report.js';
import { startFakeGitHub } from '../helpers/fake-github/index.js';
import type { FakeGitHub } from '../helpers/fake-github/index.js';
import { runAction } from '../support/action.js';
import type { ActionRun } from '../support/action.js';
import { snapshotBundles } from '../support/bundles.js';
import type { BundleSnapshot } from '../support/bundles.js';
import { TempRepo } from '../support/git-repo.js';

const OWNER = 'octo-org';
const NAME = 'big-change';
const TOKEN = 'ghs_grouped0comment0test0token0AbCdEf123';
const TABLES = 120;

let fake: FakeGitHub;
let bundles: BundleSnapshot;
let repo: TempRepo;
let run: ActionRun;

/**
 * A large change: 120 tables, each losing three columns and gaining a NOT NULL one in a migration of
 * its own — 480 findings, 360 root causes, far more than a comment can hold.
 */
beforeAll(async () => {
  bundles = await snapshotBundles();
  fake = await startFakeGitHub({ token: TOKEN, owner: OWNER, repo: NAME });
  repo = new TempRepo('rr-grouped-');
  const init = Array.from({ length: TABLES }, (_, t) => `create table t${t} (id bigint primary key, a text, b text, c text);`);
  repo.write('supabase/migrations/20240101000000_init.sql', `${init.join('\n')}\n`);
  const baseSha = repo.commit('initial schema');
  repo.tag('v1.0.0');
  repo.branch('feature');
  for (let t = 0; t < TABLES; t++) {
    const file = `supabase/migrations/2024020100${String(t).padStart(4, '0')}_t${t}.sql`;
    repo.write(file, [`alter table t${t} drop column a;`, `alter table t${t} drop column b;`, `alter table t${t} drop column c;`, `alter table t${t} add column d int not null;`, ''].join('\n'));
  }
  const headSha = repo.commit('a large change', '2026-01-02T00:00:00Z');
  fake.state.repo(OWNER, NAME).addPull({ number: 9, head: { ref: 'feature', sha: headSha }, base: { ref: 'main', sha: baseSha } });
  run = await runAction({
    entry: bundles.action,
    workspace: repo.dir,
    repository: `${OWNER}/${NAME}`,
    apiUrl: fake.url,
    env: { GITHUB_RUN_ID: '4242' },
    event: {
      action: 'synchronize',
      number: 9,
      pull_request: {
        number: 9,
        body: '- **Release ID:** v1.1.0\n- **Change:** x\n- **Watch:** y\n- **Rollback:** v1.0.0\n- **Owner:** @octocat\n',
        base: { ref: 'main', sha: baseSha, repo: { full_name: `${OWNER}/${NAME}` } },
        head: { ref: 'feature', sha: headSha, repo: { full_name: `${OWNER}/${NAME}` } },
      },
      repository: { full_name: `${OWNER}/${NAME}`, default_branch: 'main' },
    },
    inputs: { 'github-token': TOKEN },
    timeoutMs: 120_000,
  });
}, 240_000);

afterAll(async () => {
  await fake?.close();
  bundles?.remove();
  repo?.remove();
  if (run) rmSync(run.runnerDir, { recursive: true, force: true });
});

describe('the action on a change with hundreds of findings', () => {
  it('groups them by root cause in the JSON report, keeping every finding', () => {
    expect(fake.violations).toEqual([]);
    const report = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as Report;
    const drops = report.findings.filter((f) => f.rule === 'ban-drop-column');
    expect(drops).toHaveLength(3 * TABLES);
    expect(run.outputs['findings-count']).toBe(String(report.findings.length));
    const dropGroups = report.groups!.filter((g) => g.rule === 'ban-drop-column');
    expect(dropGroups).toHaveLength(TABLES);
    expect(dropGroups[0]).toMatchObject({ object: 'table "t0"', count: 3, files: 1 });
    expect(new Set(drops.map((f) => f.group)).size).toBe(TABLES);
  });

  it('writes one annotation per root cause: ten per level name ten groups', () => {
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error ') && l.includes('file='));
    expect(errors).toHaveLength(10);
    expect(errors.filter((l) => l.includes('ban-drop-column'))[0]).toMatch(/The same problem on table "t\d+" 2 more time\(s\)/);
  });

  it('keeps the comment under GitHub\'s 65,536 characters: blocking groups first, the rest summarised with a link to the job summary', () => {
    const comments = fake.state.repo(OWNER, NAME).commentsOn(9).map((c) => c.body ?? '');
    expect({ comments: comments.length, log: run.stdout.split('\n').filter((l) => /pull request comment/.test(l)) }).toEqual({ comments: 1, log: [expect.stringContaining('pull request comment created')] });
    const body = comments[0]!;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/`ban-drop-column` \(contract\), 3 times on table \\"t\d+\\": /);
    expect(body).toMatch(/\n…and \d+ more finding\(s\) in \d+ entries \(\d+ error\(s\), \d+ warning\(s\), 0 notice\(s\): /);
    expect(body).toContain('[the job summary of this run](https://github.com/octo-org/big-change/actions/runs/4242) lists the rest');
    // The job summary (1 MiB) has room for every group.
    const summaryEntries = run.summary.split('\n').filter((l) => /^- (❌|⚠️|ℹ️)/.test(l));
    const report = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as Report;
    const singles = report.findings.filter((f) => !f.group).length;
    expect(summaryEntries).toHaveLength(report.groups!.length + singles);
    expect(run.summary).not.toMatch(/…and \d+ more finding/);
  });
});
