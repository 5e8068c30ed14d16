/**
 * release → deploy → record → rollback (artifact redeploy, no build) → health check → ledger, per
 * target, through the CLI against a fake GitHub and the platform's fake (both checked against the
 * published API descriptions). Plus: a staging drill that never touches production, and a tag moved
 * after approval.
 */
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFakeFly, startFakeRender, startFakeVercel } from '../helpers/fake-platforms/index.js';
import type { PlatformFake } from '../helpers/fake-platforms/index.js';
import { testBed } from './support.js';
import type { Bed } from './support.js';

jest.setTimeout(240_000); // a shared CI machine: the fake GitHub loads its 70 MB description once per file
let beds: Bed[] = [];
let fakes: PlatformFake[] = [];
afterEach(async () => {
  for (const f of fakes) expect(f.violations).toEqual([]);
  for (const b of beds) expect(b.github.violations).toEqual([]);
  await Promise.all([...fakes.map((f) => f.close()), ...beds.map((b) => b.github.close())]);
  for (const b of beds) b.repo.remove();
  beds = [];
  fakes = [];
});

interface DeployJson {
  verdict: string;
  deploymentId: number;
  artifact?: { target: string; id: string };
  built?: boolean;
  findings: { rule: string; severity: string; message: string }[];
}

/** Release v1.1.0 then v1.2.0, then roll back to v1.1.0 as the workflows do; returns the ledger's artifacts. */
async function releaseThenRollBack(bed: Bed, healthUrl: string | undefined, builds: () => number) {
  const artifacts: Record<string, string> = {};
  for (const tag of ['v1.1.0', 'v1.2.0']) {
    const { run, body } = await bed.json<DeployJson>([
      'deploy',
      '--to',
      tag,
      '--sha',
      bed.sha[tag]!,
      '--env',
      'production',
    ]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    artifacts[tag] = body.artifact!.id;
    const fin = await bed.run([
      'rollback',
      'finish',
      '--deployment',
      String(body.deploymentId),
      ...(healthUrl ? ['--health-url', healthUrl, '--retries', '0'] : []),
    ]);
    expect(fin.code).toBe(0);
  }
  // The plan pins the commit; the deploy step redeploys the recorded artifact of exactly that commit.
  const plan = await bed.json<{ to: { release: string; sha: string }; verdict: string }>([
    'rollback',
    'plan',
    '--env',
    'production',
  ]);
  expect(plan.body.to).toEqual({ release: 'v1.1.0', sha: bed.sha['v1.1.0'] });
  const before = builds();
  const { run, body } = await bed.json<DeployJson>([
    'deploy',
    '--kind',
    'rollback',
    '--to',
    plan.body.to.release,
    '--sha',
    plan.body.to.sha,
    '--env',
    'production',
    '--reason',
    'errors',
  ]);
  expect(run.code).toBe(0);
  expect(body.built).toBe(false);
  expect(body.artifact!.id).toBe(artifacts['v1.1.0']);
  expect(builds()).toBe(before);
  const fin = await bed.run([
    'rollback',
    'finish',
    '--deployment',
    String(body.deploymentId),
    ...(healthUrl ? ['--health-url', healthUrl, '--retries', '0'] : []),
  ]);
  expect(fin.code).toBe(0);
  expect(fin.stdout).toMatch(/Rolled back .*v1\.2\.0.*v1\.1\.0/);
  const ledger = bed.ledger();
  expect(ledger[0]).toEqual(
    expect.objectContaining({
      ref: 'v1.1.0',
      sha: bed.sha['v1.1.0'],
      state: 'success',
      payload: expect.objectContaining({
        kind: 'rollback',
        rolledBackFrom: 'v1.2.0',
        built: false,
        artifact: expect.objectContaining({ id: artifacts['v1.1.0'] }),
      }),
    }),
  );
  return artifacts;
}

const yaml = (target: string, production: string, staging = '') =>
  `deploy:\n  target: ${target}\n  timeout: 30\n  environments:\n    production: { ${production} }\n${staging ? `    staging: { ${staging} }\n` : ''}`;

describe('deploy and roll back through each target', () => {
  it('vercel: promotes the release build, then promotes the recorded deployment back', async () => {
    const vercel = await startFakeVercel({ token: 'vt' });
    fakes.push(vercel);
    const bed = await testBed(yaml('vercel', `project: ${vercel.project}`), {
      VERCEL_TOKEN: 'vt',
      VERCEL_API_URL: vercel.url,
    });
    beds.push(bed);
    for (const tag of ['v1.0.0', 'v1.1.0', 'v1.2.0']) vercel.build(bed.sha[tag]!, { live: tag === 'v1.0.0' });
    await releaseThenRollBack(bed, vercel.healthUrl, () => vercel.builds());
    const status = await bed.run(['status', '--env', 'production']);
    expect(status.stdout).toMatch(/live on vercel: Vercel deployment dpl_\w+ .*→ release v1\.1\.0/);
  });

  it('fly: updates the machines to the release image, then back to the recorded digest', async () => {
    const fly = await startFakeFly({ token: 'ft' });
    fakes.push(fly);
    const bed = await testBed(yaml('fly', `app: ${fly.app}, image: "registry.fly.io/${fly.app}:{tag}"`), {
      FLY_API_TOKEN: 'ft',
      FLY_API_URL: fly.url,
    });
    beds.push(bed);
    for (const tag of ['v1.0.0', 'v1.1.0', 'v1.2.0']) fly.push(tag, bed.sha[tag]!);
    const artifacts = await releaseThenRollBack(bed, fly.healthUrl, () => fly.pushes());
    expect(artifacts['v1.1.0']).toMatch(/@sha256:/);
  });

  it('render: deploys the exact commit, then rolls back to the recorded deploy', async () => {
    const render = await startFakeRender({ token: 'rt' });
    fakes.push(render);
    const bed = await testBed(yaml('render', `service: ${render.service}`), {
      RENDER_API_KEY: 'rt',
      RENDER_API_URL: render.url,
    });
    beds.push(bed);
    await releaseThenRollBack(bed, render.healthUrl, () => render.builds());
    const rollback = render.requests.filter((r) => r.operationId === 'rollback-deploy');
    expect(rollback).toHaveLength(1);
  });

  it('script: the command is told deploy or rollback, the artifact, and to skip migrations', async () => {
    const log = join(process.cwd(), `.tmp-script-${process.pid}.log`);
    const bed = await testBed(yaml('script', 'command: "sh deploy.sh"'), {});
    beds.push(bed);
    bed.repo.write(
      'deploy.sh',
      `echo "$ROLLBACK_READY_ACTION $ROLLBACK_READY_RELEASE $ROLLBACK_READY_SKIP_MIGRATIONS [$ROLLBACK_READY_ARTIFACT]" >> '${log}'\n[ "$ROLLBACK_READY_ACTION" = deploy ] && echo "rollback-ready-artifact=build-$ROLLBACK_READY_COMMIT"\nexit 0\n`,
    );
    let calls = 0;
    await releaseThenRollBack(bed, undefined, () => calls);
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    calls = lines.length;
    expect(lines).toEqual([
      'deploy v1.1.0 0 []',
      'deploy v1.2.0 0 []',
      `rollback v1.1.0 1 [build-${bed.sha['v1.1.0']}]`,
    ]);
  });
});

describe('safety', () => {
  it('a drill refuses production unless allowed, and a staging drill touches only staging', async () => {
    const render = await startFakeRender({ token: 'rt', service: 'srv-staging' });
    fakes.push(render);
    const bed = await testBed(yaml('render', 'service: srv-production', 'service: srv-staging'), {
      RENDER_API_KEY: 'rt',
      RENDER_API_URL: render.url,
    });
    beds.push(bed);
    const refused = await bed.run(['deploy', '--kind', 'drill', '--to', 'v1.1.0', '--env', 'production']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/a drill never deploys to production/);
    expect(render.requests).toHaveLength(0);
    const staged = await bed.json<DeployJson>(['deploy', '--to', 'v1.2.0', '--env', 'staging']);
    expect(staged.run.code).toBe(0);
    expect(
      (await bed.run(['rollback', 'finish', '--deployment', String(staged.body.deploymentId)])).code,
    ).toBe(0);
    const drill = await bed.json<DeployJson>([
      'deploy',
      '--kind',
      'drill',
      '--to',
      'v1.1.0',
      '--env',
      'staging',
    ]);
    expect(drill.run.code).toBe(0);
    expect(render.requests.every((r) => r.path.startsWith('/services/srv-staging'))).toBe(true);
    expect(bed.ledger().map((d) => d.environment)).toEqual(['staging', 'staging']);
    // A drill's success does not retire the deployment that says what is live (drills never count).
    const fin = await bed.run(['rollback', 'finish', '--deployment', String(drill.body.deploymentId)]);
    expect(fin.code).toBe(0);
    expect(bed.ledger().map((d) => [d.payload.kind, d.state])).toEqual([
      ['drill', 'success'],
      ['deploy', 'success'],
    ]);
    const status = await bed.json<{ environments: { environment: string; current?: { release: string } }[] }>([
      'status',
      '--env',
      'staging',
    ]);
    expect(status.body.environments[0]!.current?.release).toBe('v1.2.0');
  });

  it('refuses a tag that moved after approval, deploying nothing', async () => {
    const render = await startFakeRender({ token: 'rt' });
    fakes.push(render);
    const bed = await testBed(yaml('render', `service: ${render.service}`), {
      RENDER_API_KEY: 'rt',
      RENDER_API_URL: render.url,
    });
    beds.push(bed);
    const { run, body } = await bed.json<DeployJson>([
      'deploy',
      '--to',
      'v1.2.0',
      '--sha',
      bed.sha['v1.1.0']!,
    ]);
    expect(run.code).toBe(1);
    expect(body.findings.map((f) => f.rule)).toEqual(['tag-moved']);
    expect(render.requests).toHaveLength(0);
    expect(bed.ledger()).toHaveLength(0);
  });

  it('status and the plan read what the platform runs and report an untagged auto-deploy as drift', async () => {
    const render = await startFakeRender({ token: 'rt' });
    fakes.push(render);
    const bed = await testBed(yaml('render', `service: ${render.service}`), {
      RENDER_API_KEY: 'rt',
      RENDER_API_URL: render.url,
    });
    beds.push(bed);
    for (const tag of ['v1.1.0', 'v1.2.0']) {
      const { body } = await bed.json<DeployJson>(['deploy', '--to', tag]);
      await bed.run(['rollback', 'finish', '--deployment', String(body.deploymentId)]);
    }
    const clean = await bed.json<{ platform: { release: string }; findings: unknown[] }>([
      'rollback',
      'plan',
    ]);
    expect(clean.body.platform.release).toBe('v1.2.0');
    expect(clean.body.findings).toEqual([]);
    render.autoDeploy = 'yes';
    render.autoDeployPush('c'.repeat(40));
    const status = await bed.run(['status', '--env', 'production']);
    expect(status.stdout).toMatch(
      /live on render: Render deploy dep-\w+ .*commit cccccccccccc, which is NO release tag/,
    );
    expect(status.stdout).toMatch(/warning: render deploys pushes to production by itself/);
    const plan = await bed.json<{ findings: { rule: string }[] }>(['rollback', 'plan']);
    expect(plan.body.findings.map((f) => f.rule).sort()).toEqual(['auto-deploy-on', 'live-drift']);
  });

  it('records a failed platform deploy as failure, never as known-good', async () => {
    const render = await startFakeRender({ token: 'rt' });
    fakes.push(render);
    const bed = await testBed(yaml('render', `service: ${render.service}`), {
      RENDER_API_KEY: 'rt',
      RENDER_API_URL: render.url,
    });
    beds.push(bed);
    render.failingBuilds.add(bed.sha['v1.2.0']!);
    const { run, body } = await bed.json<DeployJson>(['deploy', '--to', 'v1.2.0']);
    expect(run.code).toBe(1);
    expect(body.findings[0]).toEqual(expect.objectContaining({ rule: 'deploy-failed' }));
    expect(bed.ledger()[0]).toEqual(expect.objectContaining({ ref: 'v1.2.0', state: 'failure' }));
  });
});
