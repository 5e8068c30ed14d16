/**
 * The shipped workflow files, run job by job the way GitHub runs them (support/workflow-runner.ts)
 * against the fake GitHub and a platform fake, with the built CLI: the release's deploy.yml (backup
 * gate on production, then deploy → record → confirm), the rollback (plan → artifact redeploy → health
 * check → ledger), and the staging drill (plan → deploy --kind drill back and forward → checks), which
 * never touches production and records each leg once.
 */
import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { startFakeRender } from '../helpers/fake-platforms/index.js';
import type { FakeRender } from '../helpers/fake-platforms/index.js';
import { waitForBundles } from '../support/bundles.js';
import { ROOT } from '../support/cli.js';
import { installTool, runWorkflow, transcript } from '../support/workflow-runner.js';
import type { Machine } from '../support/workflow-runner.js';
import { GH_TOKEN, testBed } from './support.js';
import type { Bed } from './support.js';

jest.setTimeout(300_000);
beforeAll(() => waitForBundles());

let beds: Bed[] = [];
let fakes: FakeRender[] = [];
afterEach(async () => {
  for (const f of fakes) expect(f.violations).toEqual([]);
  for (const b of beds) expect(b.github.violations).toEqual([]);
  await Promise.all([...fakes.map((f) => f.close()), ...beds.map((b) => b.github.close())]);
  for (const b of beds) b.repo.remove();
  beds = [];
  fakes = [];
});

const CONFIG = `deploy:
  target: render
  timeout: 30
  environments:
    production: { service: srv-production }
    staging: { service: srv-staging }
`;

async function setUp(service: string): Promise<{ bed: Bed; render: FakeRender; machine: Machine }> {
  const render = await startFakeRender({ token: 'rt', service });
  fakes.push(render);
  const bed = await testBed(CONFIG, { RENDER_API_URL: render.url });
  beds.push(bed);
  installTool(bed.repo.dir);
  const machine: Machine = {
    workspace: bed.repo.dir,
    // The runner's environment has no GITHUB_TOKEN: the steps pass github.token through env: themselves.
    env: Object.fromEntries(Object.entries(bed.env).filter(([k]) => k !== 'GITHUB_TOKEN')),
    github: {
      ref: 'refs/heads/main',
      event_name: 'workflow_dispatch',
      event: { repository: { default_branch: 'main' } },
      token: GH_TOKEN,
      triggering_actor: 'alice',
      server_url: 'https://github.com',
      repository: 'octo-org/demo-app',
      run_id: '42',
    },
    vars: { HEALTH_URL: render.healthUrl, STAGING_HEALTH_URL: render.healthUrl },
    log: [],
  };
  return { bed, render, machine };
}

const workflow = (name: string) => `${ROOT}/workflows/${name}`;

/** What workflows/release.yml's deploy job does after tagging: call deploy.yml with the tag and its commit. */
async function release(
  bed: Bed,
  machine: Machine,
  tag: string,
  environment: string,
  extra: Record<string, unknown> = {},
) {
  return runWorkflow(
    workflow('deploy.yml'),
    { ref: tag, sha: bed.sha[tag], environment, 'health-url': machine.vars!.HEALTH_URL, ...extra },
    { DEPLOY_TOKEN: 'rt' },
    machine,
  );
}

describe('the shipped workflows, run job by job', () => {
  it('deploy.yml: a production release waits for the backup gate, which fails closed without evidence; nothing deploys', async () => {
    const { bed, render, machine } = await setUp('srv-production');
    const run = await release(bed, machine, 'v1.2.0', 'production');
    expect({ jobs: run.jobs, log: transcript(machine.log) }).toEqual({
      jobs: {
        backup: { result: 'failure', outputs: {} },
        deploy: { result: 'skipped', outputs: {} },
        confirm: { result: 'skipped', outputs: {} },
      },
      log: expect.stringMatching(/backup verify needs evidence/),
    });
    expect(render.requests).toHaveLength(0);
    expect(bed.ledger()).toHaveLength(0);
  });

  it('release → deploy → record → rollback (artifact redeploy, no build, no backup gate) → health → ledger', async () => {
    const { bed, render, machine } = await setUp('srv-production');
    machine.vars!.ROLLBACK_READY_REQUIRE_BACKUP = 'false';
    for (const tag of ['v1.1.0', 'v1.2.0']) {
      const run = await release(bed, machine, tag, 'production', { 'require-backup': false });
      expect({
        tag,
        result: run.result,
        log: run.result === 'success' ? '' : transcript(machine.log),
      }).toEqual({
        tag,
        result: 'success',
        log: '',
      });
      expect(run.jobs.backup!.result).toBe('skipped');
    }
    const builds = render.builds();
    machine.log = [];
    const rollback = await runWorkflow(
      workflow('rollback.yml'),
      { environment: 'production', reason: 'checkout errors' },
      { DEPLOY_TOKEN: 'rt' },
      machine,
    );
    expect({
      result: rollback.result,
      log: rollback.result === 'success' ? '' : transcript(machine.log),
    }).toEqual({
      result: 'success',
      log: '',
    });
    expect(render.builds()).toBe(builds);
    expect(render.requests.filter((r) => r.operationId === 'rollback-deploy')).toHaveLength(1);
    expect(machine.log.map((l) => l.step).join('\n')).not.toMatch(/backup/i);
    const ledger = bed.ledger();
    // GitHub marks earlier deployments of the environment inactive when a newer one succeeds.
    expect(ledger.map((d) => [d.ref, d.payload.kind, d.state])).toEqual([
      ['v1.1.0', 'rollback', 'success'],
      ['v1.2.0', 'deploy', 'inactive'],
      ['v1.1.0', 'deploy', 'inactive'],
    ]);
    expect(ledger[0]!.payload).toEqual(
      expect.objectContaining({
        built: false,
        artifact: ledger[2]!.payload.artifact,
        rolledBackFrom: 'v1.2.0',
      }),
    );
    expect(ledger[0]!.sha).toBe(bed.sha['v1.1.0']);
  });

  it('a failed platform deploy is recorded as failure, its reason reaches the log, and confirm still reports it', async () => {
    const { bed, render, machine } = await setUp('srv-production');
    render.failingBuilds.add(bed.sha['v1.2.0']!);
    const run = await release(bed, machine, 'v1.2.0', 'production', { 'require-backup': false });
    expect(run.jobs.deploy!.result).toBe('failure');
    expect(run.jobs.confirm!.result).not.toBe('skipped');
    expect(transcript(machine.log)).toMatch(
      /error: The deploy of v1\.2\.0 to production through render failed/,
    );
    expect(bed.ledger().map((d) => [d.ref, d.state])).toEqual([['v1.2.0', 'failure']]);
  });

  it('the staging drill: plan, deploy --kind drill back and forward through the target, each leg recorded once; production untouched', async () => {
    const { bed, render, machine } = await setUp('srv-staging');
    for (const tag of ['v1.1.0', 'v1.2.0'])
      expect((await release(bed, machine, tag, 'staging')).result).toBe('success');
    const builds = render.builds();
    machine.log = [];
    const drill = await runWorkflow(
      workflow('drill.yml'),
      { environment: 'staging' },
      { DEPLOY_TOKEN: 'rt' },
      machine,
    );
    expect({ result: drill.result, log: drill.result === 'success' ? '' : transcript(machine.log) }).toEqual({
      result: 'success',
      log: '',
    });
    // On the default branch the refuse job is skipped and every other job runs.
    expect(Object.fromEntries(Object.entries(drill.jobs).map(([name, j]) => [name, j.result]))).toEqual({
      refuse: 'skipped',
      start: 'success',
      'roll-back': 'success',
      'check-back': 'success',
      'roll-forward': 'success',
      'check-forward': 'success',
    });
    // Artifact redeploys only, all on the staging service; nothing built.
    expect(render.builds()).toBe(builds);
    expect(render.requests.every((r) => r.path.startsWith('/services/srv-staging'))).toBe(true);
    const ledger = bed.ledger();
    expect(ledger.map((d) => [d.environment, d.ref, d.payload.kind, d.state, d.payload.built])).toEqual([
      // A drill's success leaves the live release's deployment active (auto_inactive: false).
      ['staging', 'v1.2.0', 'drill', 'success', false],
      ['staging', 'v1.1.0', 'drill', 'success', false],
      ['staging', 'v1.2.0', 'deploy', 'success', true],
      ['staging', 'v1.1.0', 'deploy', 'inactive', true],
    ]);
    expect(ledger[1]!.payload.artifact).toEqual(ledger[3]!.payload.artifact);
    // Drills never count as what is live: staging is still on the release that was live.
    const status = await bed.run(['status', '--env', 'staging']);
    expect(status.stdout).toMatch(/staging.*v1\.2\.0/);
  });

  it('a drill dispatched on production stops at the plan: no platform call, no ledger entry', async () => {
    const { bed, render, machine } = await setUp('srv-production');
    const drill = await runWorkflow(
      workflow('drill.yml'),
      { environment: 'production' },
      { DEPLOY_TOKEN: 'rt' },
      machine,
    );
    expect(drill.jobs.start!.result).toBe('failure');
    expect(drill.jobs['roll-back']!.result).toBe('skipped');
    expect(drill.jobs['roll-forward']!.result).toBe('skipped');
    expect(transcript(machine.log)).toMatch(/never runs on production unless allow-production/);
    expect(render.requests).toHaveLength(0);
    expect(bed.ledger()).toHaveLength(0);
  });

  it('a rollback or a drill dispatched off the default branch (a tag named main) fails loudly in refuse: nothing else runs', async () => {
    const { bed, render, machine } = await setUp('srv-staging');
    machine.github = { ...machine.github, ref: 'refs/tags/main' };
    for (const [file, inputs] of [
      ['rollback.yml', { environment: 'staging', reason: 'drill', tag: '' }],
      ['drill.yml', { environment: 'staging' }],
    ] as const) {
      machine.log = [];
      const run = await runWorkflow(workflow(file), { ...inputs }, { DEPLOY_TOKEN: 'rt' }, machine);
      const results = Object.entries(run.jobs).map(([name, j]) => `${name}=${j.result}`);
      expect({ file, result: run.result, results }).toEqual({
        file,
        result: 'failure',
        results: Object.keys(run.jobs).map((name) => `${name}=${name === 'refuse' ? 'failure' : 'skipped'}`),
      });
      expect(transcript(machine.log)).toMatch(/runs from the default branch only; this run is on refs\/tags\/main/);
    }
    expect(render.requests).toHaveLength(0);
    expect(bed.ledger()).toHaveLength(0);
  });
});
