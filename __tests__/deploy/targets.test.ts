/**
 * Each deploy target against its platform's loopback fake (which checks every call against the
 * platform's published API description): deploy a release, read what is live, redeploy the recorded
 * artifact of an earlier release without a build.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { deployConfigSchema } from '../../src/deploy/config.js';
import { openTarget } from '../../src/deploy/open.js';
import type { DeployTarget } from '../../src/deploy/target.js';
import { startFakeFly, startFakeRender, startFakeVercel } from '../helpers/fake-platforms/index.js';
import type { PlatformFake } from '../helpers/fake-platforms/index.js';

const A = { tag: 'v1.0.0', sha: 'a'.repeat(40) };
const B = { tag: 'v1.1.0', sha: 'b'.repeat(40) };
const open: PlatformFake[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((f) => f.close()));
});

function target(config: unknown, env: NodeJS.ProcessEnv, environment = 'production'): DeployTarget {
  const t = openTarget({
    config: deployConfigSchema.parse(config),
    environment,
    cwd: process.cwd(),
    env,
    pollMs: 1,
  });
  if (!t) throw new Error('no target');
  return t;
}

describe('vercel target', () => {
  it('promotes the build of the exact commit, and a rollback promotes the recorded deployment without a build', async () => {
    const fake = await startFakeVercel({ token: 'vt' });
    open.push(fake);
    const a = fake.build(A.sha, { live: true });
    fake.build(B.sha);
    const t = target(
      { target: 'vercel', environments: { production: { project: fake.project } } },
      { VERCEL_TOKEN: 'vt', VERCEL_API_URL: fake.url },
    );
    const deployed = await t.deploy(B, 'deploy');
    expect(deployed.built).toBe(false);
    expect(fake.production()).toBe(deployed.artifact.id);
    expect(await t.live()).toEqual({ artifact: deployed.artifact, sha: B.sha });
    const builds = fake.builds();
    const back = await t.redeploy({ target: 'vercel', id: a }, A, 'rollback');
    expect(back.artifact.id).toBe(a);
    expect(fake.builds()).toBe(builds);
    expect((await t.live()).sha).toBe(A.sha);
    expect(fake.violations).toEqual([]);
  });

  it('fails plainly when Vercel never built the commit', async () => {
    const fake = await startFakeVercel({ token: 'vt' });
    open.push(fake);
    const t = target(
      { target: 'vercel', environments: { production: { project: fake.project } } },
      { VERCEL_TOKEN: 'vt', VERCEL_API_URL: fake.url },
    );
    await expect(t.deploy(B, 'deploy')).rejects.toThrow(/no production deployment of commit bbbbbbbbbbbb/);
  });

  it('names a wrong token', async () => {
    const fake = await startFakeVercel({ token: 'vt' });
    open.push(fake);
    const t = target(
      { target: 'vercel', environments: { production: { project: fake.project } } },
      { VERCEL_TOKEN: 'nope', VERCEL_API_URL: fake.url },
    );
    await expect(t.live()).rejects.toThrow(/answered 401.*token/);
  });
});

describe('fly target', () => {
  it('updates every machine to the release image, records the digest, and redeploys a digest without a push', async () => {
    const fake = await startFakeFly({ token: 'ft', machines: 3 });
    open.push(fake);
    const aRef = fake.push('v1.0.0', A.sha);
    fake.push('v1.1.0', B.sha);
    const t = target(
      {
        target: 'fly',
        environments: { production: { app: fake.app, image: `registry.fly.io/${fake.app}:{tag}` } },
      },
      { FLY_API_TOKEN: 'ft', FLY_API_URL: fake.url },
    );
    const deployed = await t.deploy(B, 'deploy');
    expect(deployed.artifact.id).toMatch(/^registry\.fly\.io\/fake-app@sha256:[0-9a-f]{64}$/);
    expect(await t.live()).toEqual({ artifact: deployed.artifact, sha: B.sha });
    const pushes = fake.pushes();
    await t.redeploy({ target: 'fly', id: aRef }, A, 'rollback');
    expect(fake.pushes()).toBe(pushes);
    expect(await t.live()).toEqual({ artifact: { target: 'fly', id: aRef }, sha: A.sha });
    expect(fake.machines.every((m) => m.metadata.rollback_ready_release === 'v1.0.0')).toBe(true);
    expect(fake.violations).toEqual([]);
  });

  it('refuses a recorded artifact that is not a digest', async () => {
    const fake = await startFakeFly({ token: 'ft' });
    open.push(fake);
    const t = target(
      { target: 'fly', environments: { production: { app: fake.app } } },
      { FLY_API_TOKEN: 'ft', FLY_API_URL: fake.url },
    );
    await expect(
      t.redeploy({ target: 'fly', id: 'registry.fly.io/fake-app:latest' }, A, 'rollback'),
    ).rejects.toThrow(/not an image digest/);
    expect(fake.requests).toEqual([]);
  });
});

describe('render target', () => {
  it('deploys the exact commit, rolls back to the recorded deploy without a build, and says auto-deploy is on', async () => {
    const fake = await startFakeRender({ token: 'rt' });
    open.push(fake);
    const t = target(
      { target: 'render', environments: { production: { service: fake.service } } },
      { RENDER_API_KEY: 'rt', RENDER_API_URL: fake.url },
    );
    const first = await t.deploy(A, 'deploy');
    expect(first.built).toBe(true);
    await t.deploy(B, 'deploy');
    fake.autoDeploy = 'yes';
    const builds = fake.builds();
    const back = await t.redeploy(first.artifact, A, 'rollback');
    expect(fake.builds()).toBe(builds);
    expect(back.notes.join()).toMatch(/auto-deploy is on/);
    const live = await t.live();
    expect(live.sha).toBe(A.sha);
    expect(live.autoDeploy).toBe(true);
    expect(fake.violations).toEqual([]);
  });

  it('reports a failed build', async () => {
    const fake = await startFakeRender({ token: 'rt' });
    open.push(fake);
    fake.failingBuilds.add(B.sha);
    const t = target(
      { target: 'render', environments: { production: { service: fake.service } } },
      { RENDER_API_KEY: 'rt', RENDER_API_URL: fake.url },
    );
    await expect(t.deploy(B, 'deploy')).rejects.toThrow(/ended build_failed/);
  });
});

describe('container target', () => {
  const digest = `ghcr.io/o/app@sha256:${'1'.repeat(64)}`;
  it('deploys the release image, records the digest the command announces, and hands the digest back on rollback', async () => {
    const command = `echo "$ROLLBACK_READY_ACTION $ROLLBACK_READY_IMAGE $ROLLBACK_READY_SKIP_MIGRATIONS" >&2; [ "$ROLLBACK_READY_ACTION" = deploy ] && echo rollback-ready-artifact=${digest}; true`;
    const t = target(
      { target: 'container', environments: { production: { command, image: 'ghcr.io/o/app:{tag}' } } },
      {},
    );
    const deployed = await t.deploy(B, 'deploy');
    expect(deployed.artifact).toEqual({ target: 'container', id: digest });
    const back = await t.redeploy(deployed.artifact, B, 'rollback');
    expect(back).toEqual(expect.objectContaining({ artifact: deployed.artifact, built: false }));
  });

  it('fails when the deploy says no digest, and names the exit code of a failing command', async () => {
    const silent = target(
      {
        target: 'container',
        environments: { production: { command: 'true', image: 'ghcr.io/o/app:{tag}' } },
      },
      {},
    );
    await expect(silent.deploy(B, 'deploy')).rejects.toThrow(/did not say which digest/);
    const failing = target(
      {
        target: 'container',
        environments: { production: { command: 'echo boom >&2; exit 3', image: 'ghcr.io/o/app:{tag}' } },
      },
      {},
    );
    await expect(failing.deploy(B, 'deploy')).rejects.toThrow(/exited 3: boom/);
  });
});

describe('config', () => {
  it('needs the id its target uses for every environment, and a token from the environment', () => {
    const bad = deployConfigSchema.safeParse({ target: 'fly', environments: { staging: { project: 'x' } } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['environments', 'staging', 'app']);
    expect(() =>
      target({ target: 'render', environments: { production: { service: 'srv-1' } } }, {}),
    ).toThrow(/RENDER_API_KEY/);
    expect(() =>
      target(
        { target: 'render', environments: { production: { service: 'srv-1' } } },
        { RENDER_API_KEY: 'k' },
        'staging',
      ),
    ).toThrow(/no "staging"/);
  });
});
