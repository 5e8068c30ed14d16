/**
 * A rollback whose release has no recorded artifact builds the exact commit the plan approved, never
 * the checkout the workflow runs in: Vercel is asked to build that commit from git; script and container
 * run the team's build command in a worktree at that commit; without a way to build, it refuses.
 */
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeFly, startFakeVercel } from '../helpers/fake-platforms/index.js';
import type { PlatformFake } from '../helpers/fake-platforms/index.js';
import { testBed } from './support.js';
import type { Bed } from './support.js';

jest.setTimeout(240_000);
let beds: Bed[] = [];
let fakes: PlatformFake[] = [];
let dirs: string[] = [];
afterEach(async () => {
  for (const f of fakes) expect(f.violations).toEqual([]);
  for (const b of beds) expect(b.github.violations).toEqual([]);
  await Promise.all([...fakes.map((f) => f.close()), ...beds.map((b) => b.github.close())]);
  for (const b of beds) b.repo.remove();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  beds = [];
  fakes = [];
  dirs = [];
});

interface DeployJson {
  deploymentId: number;
  artifact?: { id: string };
  built?: boolean;
  findings: { rule: string; message: string }[];
}

const rollbackTo = (bed: Bed, tag: string) =>
  bed.json<DeployJson>([
    'deploy',
    '--kind',
    'rollback',
    '--to',
    tag,
    '--sha',
    bed.sha[tag]!,
    '--env',
    'production',
  ]);

describe('rollback without a recorded artifact', () => {
  it('vercel: no build of the commit left, so Vercel builds exactly that commit from git, then it is promoted', async () => {
    const vercel = await startFakeVercel({ token: 'vt' });
    fakes.push(vercel);
    const bed = await testBed(
      `deploy:\n  target: vercel\n  timeout: 30\n  environments:\n    production: { project: ${vercel.project} }\n`,
      {
        VERCEL_TOKEN: 'vt',
        VERCEL_API_URL: vercel.url,
      },
    );
    beds.push(bed);
    vercel.build(bed.sha['v1.2.0']!, { live: true });
    const plan = await bed.run(['rollback', 'plan', '--to', 'v1.1.0']);
    expect(plan.stdout).toMatch(
      /no recorded artifact for v1\.1\.0 on vercel: .*asks Vercel to build that commit from git/,
    );
    const { run, body } = await rollbackTo(bed, 'v1.1.0');
    expect({ code: run.code, findings: body.findings }).toEqual({ code: 0, findings: [] });
    expect(vercel.gitBuilds).toEqual([
      { org: 'octo-org', repo: 'demo-app', ref: 'v1.1.0', sha: bed.sha['v1.1.0'] },
    ]);
    expect(body.built).toBe(true);
    expect(vercel.production()).toBe(body.artifact!.id);
    expect(bed.ledger()[0]!.payload).toEqual(expect.objectContaining({ built: true, kind: 'rollback' }));
  });

  it('vercel: a production build of the commit that is still there is promoted, nothing built', async () => {
    const vercel = await startFakeVercel({ token: 'vt' });
    fakes.push(vercel);
    const bed = await testBed(
      `deploy:\n  target: vercel\n  timeout: 30\n  environments:\n    production: { project: ${vercel.project} }\n`,
      {
        VERCEL_TOKEN: 'vt',
        VERCEL_API_URL: vercel.url,
      },
    );
    beds.push(bed);
    const old = vercel.build(bed.sha['v1.1.0']!);
    vercel.build(bed.sha['v1.2.0']!, { live: true });
    const { run, body } = await rollbackTo(bed, 'v1.1.0');
    expect(run.code).toBe(0);
    expect(body.artifact!.id).toBe(old);
    expect(body.built).toBe(false);
    expect(vercel.gitBuilds).toEqual([]);
  });

  it('script: the build command runs at the approved commit in its own worktree, then the deploy command gets that tree', async () => {
    const out = mkdtempSync(join(tmpdir(), 'rr-fallback-'));
    dirs.push(out);
    const bed = await testBed(
      [
        'deploy:',
        '  target: script',
        '  environments:',
        '    production:',
        `      build: "git rev-parse HEAD > '${out}/built' && ls supabase/migrations > '${out}/files' && echo rollback-ready-artifact=tree-$ROLLBACK_READY_COMMIT"`,
        `      command: "echo \\"$ROLLBACK_READY_ACTION $ROLLBACK_READY_ARTIFACT\\" > '${out}/deployed' && [ \\"$(git -C \\"$ROLLBACK_READY_SOURCE_DIR\\" rev-parse HEAD)\\" = \\"$ROLLBACK_READY_COMMIT\\" ]"`,
        '',
      ].join('\n'),
      {},
    );
    beds.push(bed);
    const { run, body } = await rollbackTo(bed, 'v1.1.0');
    expect({ code: run.code, findings: body.findings }).toEqual({ code: 0, findings: [] });
    expect(readFileSync(join(out, 'built'), 'utf8').trim()).toBe(bed.sha['v1.1.0']);
    // v1.1.0's tree, not the checkout's (which has v1.2.0's third migration).
    expect(readFileSync(join(out, 'files'), 'utf8').trim().split('\n')).toHaveLength(2);
    expect(readFileSync(join(out, 'deployed'), 'utf8').trim()).toBe(`rollback tree-${bed.sha['v1.1.0']}`);
    expect(body.built).toBe(true);
    expect(body.artifact!.id).toBe(`tree-${bed.sha['v1.1.0']}`);
  });

  it('script without a build command refuses, naming what to add, and runs nothing', async () => {
    const out = mkdtempSync(join(tmpdir(), 'rr-fallback-'));
    dirs.push(out);
    const bed = await testBed(
      `deploy:\n  target: script\n  environments:\n    production: { command: "touch '${out}/ran'" }\n`,
      {},
    );
    beds.push(bed);
    const { run, body } = await rollbackTo(bed, 'v1.1.0');
    expect(run.code).toBe(1);
    expect(body.findings.map((f) => f.rule)).toEqual(['deploy-failed']);
    expect(body.findings[0]!.message).toMatch(/deploy\.environments\.production\.build is not set/);
    expect(() => readFileSync(join(out, 'ran'))).toThrow();
    expect(bed.ledger()[0]).toEqual(expect.objectContaining({ ref: 'v1.1.0', state: 'failure' }));
  });

  it('fly: the build command runs at the approved commit (it pushes the image), then the machines run it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'rr-fallback-'));
    dirs.push(out);
    const fly = await startFakeFly({ token: 'ft' });
    fakes.push(fly);
    const bed = await testBed(
      [
        'deploy:',
        '  target: fly',
        '  timeout: 30',
        '  environments:',
        '    production:',
        `      app: ${fly.app}`,
        `      image: "registry.fly.io/${fly.app}:{tag}"`,
        `      build: 'echo "$ROLLBACK_READY_IMAGE $(git rev-parse HEAD)" > ${out}/built'`,
        '',
      ].join('\n'),
      { FLY_API_TOKEN: 'ft', FLY_API_URL: fly.url },
    );
    beds.push(bed);
    fly.push('v1.1.0', bed.sha['v1.1.0']!); // what the build pushed
    const { run, body } = await rollbackTo(bed, 'v1.1.0');
    expect({ code: run.code, findings: body.findings }).toEqual({ code: 0, findings: [] });
    expect(readFileSync(join(out, 'built'), 'utf8').trim()).toBe(
      `registry.fly.io/${fly.app}:v1.1.0 ${bed.sha['v1.1.0']}`,
    );
    expect(body.built).toBe(true);
    expect(body.artifact!.id).toMatch(/@sha256:[0-9a-f]{64}$/);
  });

  it('container: the build at the commit announces the digest the deploy command is handed', async () => {
    const out = mkdtempSync(join(tmpdir(), 'rr-fallback-'));
    dirs.push(out);
    const digest = `ghcr.io/o/app@sha256:${'a'.repeat(64)}`;
    const bed = await testBed(
      [
        'deploy:',
        '  target: container',
        '  environments:',
        '    production:',
        `      build: "echo rollback-ready-artifact=${digest}"`,
        `      command: "echo $ROLLBACK_READY_IMAGE > '${out}/image'"`,
        '',
      ].join('\n'),
      {},
    );
    beds.push(bed);
    const { run, body } = await rollbackTo(bed, 'v1.1.0');
    expect(run.code).toBe(0);
    expect(readFileSync(join(out, 'image'), 'utf8').trim()).toBe(digest);
    expect(body.artifact!.id).toBe(digest);
    expect(body.built).toBe(true);
  });
});
