import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startFakeGitHub } from '../helpers/fake-github/index.js';
import type { FakeGitHub } from '../helpers/fake-github/index.js';
import type { TempRepo } from '../support/git-repo.js';
import { addDropColumn, cli, MIGRATIONS, releaseRepo } from './support.js';
import type { PlanJson } from './support.js';

const TOKEN = 'ghs_ledgertest';
let fake: FakeGitHub;
let repo: TempRepo;
let sha: Record<string, string>;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  fake = await startFakeGitHub({ token: TOKEN });
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  ({ repo, sha } = releaseRepo());
  addDropColumn(repo, sha);
  const state = fake.state.repo();
  state.deployments.length = 0;
  state.statuses.clear();
  for (const [tag, commit] of Object.entries(sha)) state.setRef(tag, commit);
  fake.clearLogs();
  env = { GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: 'octo-org/demo-app', GITHUB_API_URL: fake.url };
});
afterEach(() => {
  expect(fake.violations).toEqual([]);
  repo.remove();
});

const record = (args: string[]) => cli(['rollback', 'record', '--actor', 'alice', ...args], repo.dir, env);
const finish = (args: string[]) => cli(['rollback', 'finish', ...args], repo.dir, env);

/** Seed a finished deployment through the real commands: record then finish. */
async function deployed(
  tag: string,
  kind = 'deploy',
  from?: string,
  environment = 'production',
): Promise<number> {
  const run = await record([
    '--kind',
    kind,
    '--to',
    tag,
    '--env',
    environment,
    ...(from ? ['--from', from] : []),
  ]);
  expect(run).toEqual(expect.objectContaining({ code: 0, stderr: '' }));
  const id = Number(run.stdout.trim());
  expect((await finish(['--deployment', String(id), '--state', 'success'])).code).toBe(0);
  return id;
}

describe('rollback record / finish against the fake GitHub API', () => {
  it('creates a deployment of the tag with auto_merge false, no required contexts and our payload, then in_progress → success', async () => {
    const run = await record([
      '--kind',
      'rollback',
      '--to',
      'v1.2.0',
      '--from',
      'v1.3.0',
      '--env',
      'production',
      '--reason',
      'checkout 500s',
      '--log-url',
      'https://github.com/octo-org/demo-app/actions/runs/1',
    ]);
    expect(run.code).toBe(0);
    const id = Number(run.stdout.trim());
    const [create] = fake.requestsFor('repos/create-deployment');
    expect(create!.body).toEqual({
      ref: 'v1.2.0',
      environment: 'production',
      auto_merge: false,
      required_contexts: [],
      transient_environment: false,
      production_environment: true,
      description: 'rollback v1.3.0 → v1.2.0 by alice: checkout 500s',
      payload: {
        releaseId: 'v1.2.0',
        previousRelease: 'v1.3.0',
        kind: 'rollback',
        actor: 'alice',
        reason: 'checkout 500s',
        migrations: [`${MIGRATIONS}/20260104000000_drop_name.sql`],
        rolledBackFrom: 'v1.3.0',
      },
    });
    const state = fake.state.repo();
    expect(state.deployments[0]!.sha).toBe(sha['v1.2.0']);
    expect(state.statusesOf(id).map((s) => s.state)).toEqual(['in_progress']);
    expect(state.statusesOf(id)[0]!.log_url).toBe('https://github.com/octo-org/demo-app/actions/runs/1');

    const done = await finish([
      '--deployment',
      String(id),
      '--state',
      'success',
      '--started-at',
      new Date(Date.now() - 60_000).toISOString(),
    ]);
    expect(done.code).toBe(0);
    expect(state.statusesOf(id).map((s) => s.state)).toEqual(['success', 'in_progress']);
    expect(done.stdout).toMatch(/^## ✅ Rolled back `production`: `v1\.3\.0` → `v1\.2\.0`/);
    expect(done.stdout).toMatch(/\*\*Who:\*\* `alice`/);
    expect(done.stdout).toMatch(/\*\*Why:\*\* checkout 500s/);
    expect(done.stdout).toMatch(/identify \d+s, redeploy \d+s, confirm \d+s/);
    expect(done.stdout).toMatch(/does not undo data/);
  });

  it('a staging deployment is not production_environment', async () => {
    await deployed('v1.2.0', 'drill', 'v1.3.0', 'staging');
    expect(fake.requestsFor('repos/create-deployment')[0]!.body).toEqual(
      expect.objectContaining({ environment: 'staging', production_environment: false }),
    );
  });

  it('refuses a second deployment while one is in progress in the same environment, naming it (exit 1)', async () => {
    const first = await record(['--kind', 'rollback', '--to', 'v1.2.0', '--from', 'v1.3.0']);
    expect(first.code).toBe(0);
    const second = await record([
      '--kind',
      'rollback',
      '--to',
      'v1.1.0',
      '--from',
      'v1.3.0',
      '--format',
      'json',
    ]);
    expect(second.code).toBe(1);
    const report = JSON.parse(second.stdout) as { findings: { rule: string; message: string }[] };
    expect(report.findings).toEqual([expect.objectContaining({ rule: 'rollback-in-progress' })]);
    expect(report.findings[0]!.message).toContain(`deployment ${first.stdout.trim()}`);
    expect(fake.requestsFor('repos/create-deployment')).toHaveLength(1);
    // Another environment is not blocked; a finished one no longer blocks.
    expect((await record(['--kind', 'drill', '--to', 'v1.1.0', '--env', 'staging'])).code).toBe(0);
    await finish(['--deployment', first.stdout.trim(), '--state', 'failure']);
    expect((await record(['--kind', 'rollback', '--to', 'v1.1.0', '--from', 'v1.3.0'])).code).toBe(0);
  });

  it('does not wait for a run older than the window (abandoned)', async () => {
    fake.state.repo().addDeployment({
      ref: 'v1.2.0',
      environment: 'production',
      created_at: new Date(Date.now() - 3 * 3600_000).toISOString(),
    });
    expect((await record(['--kind', 'deploy', '--to', 'v1.3.0'])).code).toBe(0);
  });

  it('needs a token to write, and validates names before any API call (exit 2)', async () => {
    const noToken = await cli(['rollback', 'record', '--to', 'v1.2.0'], repo.dir, {});
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toMatch(/GITHUB_TOKEN/);
    for (const bad of [
      ['--to', 'v1.2.0;id'],
      ['--to', 'v1.2.0', '--env', 'prod$(x)'],
      ['--to', 'v1.2.0', '--kind', 'yolo'],
      ['--to', 'v9.9.9'],
    ]) {
      expect((await record(bad)).code).toBe(2);
    }
    expect(fake.requestsFor('repos/create-deployment')).toHaveLength(0);
  });
});

describe('the ledger drives rollback plan and status', () => {
  it('plan takes the live release from the ledger and skips a release rolled back from', async () => {
    await deployed('v1.1.0');
    await deployed('v1.2.0', 'deploy', 'v1.1.0');
    await deployed('v1.3.0', 'deploy', 'v1.2.0');
    // v1.3.0 went bad: roll back to v1.2.0; then v1.2.0 turns out bad too.
    await deployed('v1.2.0', 'rollback', 'v1.3.0');
    const plan = await cli(
      ['rollback', 'plan', '--format', 'json', '--allow-schema-risk', 'drill'],
      repo.dir,
      env,
    );
    const parsed = JSON.parse(plan.stdout) as PlanJson;
    expect(parsed.from).toEqual({ release: 'v1.2.0', sha: sha['v1.2.0'] });
    expect(parsed.to).toEqual({ release: 'v1.1.0', sha: sha['v1.1.0'] });
    expect(parsed.sources).toEqual({ from: 'ledger', to: 'ledger' });
    expect(plan.code).toBe(0);
  });

  it('status answers in one line per environment, then known-good, rollback target and history', async () => {
    await deployed('v1.1.0');
    await deployed('v1.2.0', 'deploy', 'v1.1.0');
    await deployed('v1.1.0', 'drill', 'v1.2.0', 'staging');
    const run = await cli(['status'], repo.dir, env);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(
      /^production is on v1\.2\.0 since \d{4}-\d\d-\d\d \d\d:\d\d UTC \(deployed by @alice\)$/,
    );
    expect(run.stdout).toMatch(/last known-good: v1\.2\.0\n {2}rollback target: v1\.1\.0/);
    expect(run.stdout).toMatch(/deploy +v1\.2\.0 +success {2}@alice/);
    expect(run.stdout).toMatch(/^staging: no successful deployment recorded$/m); // drills never count as live

    const one = await cli(['status', '--env', 'production', '--format', 'json'], repo.dir, env);
    const report = JSON.parse(one.stdout) as {
      environments: {
        environment: string;
        current: { release: string; actor: string };
        history: unknown[];
      }[];
    };
    expect(report.environments).toHaveLength(1);
    expect(report.environments[0]).toEqual(
      expect.objectContaining({
        environment: 'production',
        current: expect.objectContaining({ release: 'v1.2.0', actor: 'alice' }),
      }),
    );
    expect(report.environments[0]!.history).toHaveLength(2);
  });

  it('status falls back to release tags without a token', async () => {
    const run = await cli(['status'], repo.dir, {});
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^production is on v1\.3\.0 latest release tag, tagged /);
    expect(run.stdout).toMatch(/no GITHUB_TOKEN/);
    expect(run.stdout).toMatch(/rollback target: v1\.2\.0/);
  });
});

describe('rollback finish: the health check', () => {
  let server: Server;
  let base: string;
  let hits = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      hits += 1;
      if (req.url === '/ok') res.writeHead(200).end('ok');
      else if (req.url === '/broken') res.writeHead(500).end('boom');
      else if (req.url === '/redirect') res.writeHead(302, { location: '/ok' }).end();
      // /hang: never answers; the check's timeout must end it.
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  async function started(): Promise<string> {
    const run = await record(['--kind', 'rollback', '--to', 'v1.2.0', '--from', 'v1.3.0']);
    expect(run.code).toBe(0);
    return run.stdout.trim();
  }

  it('200: success', async () => {
    const id = await started();
    const run = await finish([
      '--deployment',
      id,
      '--state',
      'success',
      '--health-url',
      `${base}/ok`,
      '--retries',
      '0',
    ]);
    expect(run.code).toBe(0);
    expect(fake.state.repo().statusesOf(Number(id))[0]!.state).toBe('success');
    expect(run.stdout).toMatch(/health check .*passed after 1 attempt/);
  });

  it('500: failure status, an error finding, and the failure at the top of the summary', async () => {
    const id = await started();
    hits = 0;
    const run = await finish([
      '--deployment',
      id,
      '--state',
      'success',
      '--health-url',
      `${base}/broken`,
      '--retries',
      '2',
      '--interval',
      '10ms',
    ]);
    expect(run.code).toBe(1);
    expect(hits).toBe(3);
    expect(fake.state.repo().statusesOf(Number(id))[0]!.state).toBe('failure');
    expect(run.stdout.split('\n')[0]).toMatch(/^## ❌ Health check FAILED/);
    const json = await finish([
      '--deployment',
      id,
      '--state',
      'success',
      '--health-url',
      `${base}/broken`,
      '--retries',
      '0',
      '--format',
      'json',
    ]);
    expect((JSON.parse(json.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule)).toEqual(
      ['health-check-failed'],
    );
  });

  it('a redirect is not healthy, and a hung server is cut off by the timeout', async () => {
    const id = await started();
    expect(
      (await finish(['--deployment', id, '--health-url', `${base}/redirect`, '--retries', '0'])).code,
    ).toBe(1);
    const t0 = Date.now();
    const run = await finish([
      '--deployment',
      id,
      '--health-url',
      `${base}/hang`,
      '--retries',
      '1',
      '--timeout',
      '300ms',
      '--interval',
      '0s',
    ]);
    expect(run.code).toBe(1);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(run.stdout).toMatch(/no answer within 300 ms/);
  });

  it('a failed deploy step is recorded as failure without a health check', async () => {
    const id = await started();
    hits = 0;
    const run = await finish(['--deployment', id, '--state', 'failure', '--health-url', `${base}/ok`]);
    expect(run.code).toBe(1);
    expect(hits).toBe(0);
    expect(fake.state.repo().statusesOf(Number(id))[0]!.state).toBe('failure');
  });

  it('rejects bad flags before anything is written (exit 2)', async () => {
    for (const bad of [
      ['--deployment', 'x'],
      ['--deployment', '1', '--state', 'inactive'],
      ['--deployment', '1', '--health-url', 'file:///etc/passwd'],
      ['--deployment', '1', '--health-url', `${base}/ok`, '--retries', '1000'],
      ['--deployment', '1', '--health-url', `${base}/ok`, '--timeout', 'forever'],
    ]) {
      expect((await finish(bad)).code).toBe(2);
    }
    expect(fake.requestsFor('repos/create-deployment-status')).toHaveLength(0);
  });
});
