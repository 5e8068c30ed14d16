/**
 * The README's promise, checked: a Vercel, Fly or Render repository runs `init`, pastes ids (the
 * platform's; the rollback-ready commit is pinned by init) and nothing else, and has a working
 * release and rollback: the written config validates, the workflows carry no other placeholder and
 * no script that does not exist, and after pasting the ids a release deploys and a rollback redeploys
 * its artifact against the platform fake.
 */
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { configSchema } from '../../src/config/schema.js';
import { startFakeRender, startFakeVercel } from '../helpers/fake-platforms/index.js';
import type { PlatformFake } from '../helpers/fake-platforms/index.js';
import { testBed } from './support.js';
import type { Bed } from './support.js';

jest.setTimeout(240_000);
let beds: Bed[] = [];
let fakes: PlatformFake[] = [];
afterEach(async () => {
  for (const f of fakes) expect(f.violations).toEqual([]);
  await Promise.all([...fakes.map((f) => f.close()), ...beds.map((b) => b.github.close())]);
  for (const b of beds) b.repo.remove();
  beds = [];
  fakes = [];
});

const CONFIG = '.github/rollback-ready.yml';
/** The rollback-ready commit init pins (a user passes the release's; init otherwise resolves its tag). */
const PIN = 'ab'.repeat(20);

/** A release repository with the platform's own file, set up by `init` (the config it writes replaces the bed's). */
async function initIn(
  files: Record<string, string>,
  env: NodeJS.ProcessEnv,
): Promise<{ bed: Bed; out: string }> {
  const bed = await testBed('', env);
  beds.push(bed);
  rmSync(join(bed.repo.dir, CONFIG)); // init writes its own
  for (const [path, content] of Object.entries(files)) bed.repo.write(path, content);
  const run = await bed.run(['init', '--tool-sha', PIN]);
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  return { bed, out: run.stdout };
}

function writtenWorkflows(bed: Bed): Record<string, string> {
  const dir = join(bed.repo.dir, '.github', 'workflows');
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

function assertOnlyIdsToPaste(bed: Bed): void {
  for (const [name, text] of Object.entries(writtenWorkflows(bed))) {
    const placeholders = [...text.replace(/^\s*#.*$/gm, '').matchAll(/<[a-z][a-z-]*>/g)].map((m) => m[0]);
    expect({ name, placeholders }).toEqual({ name, placeholders: [] });
    for (const m of text.matchAll(/rollback-ready\/rollback-ready[\w./-]*@(\S+)/g))
      expect({ name, ref: m[1] }).toEqual({ name, ref: PIN });
    expect({ name, script: /run:\s*\.\/scripts\//.test(text) }).toEqual({ name, script: false });
    expect({ name, paste: /PASTE/.test(text) }).toEqual({ name, paste: false });
  }
  expect(Object.keys(writtenWorkflows(bed)).sort()).toEqual(
    expect.arrayContaining(['deploy.yml', 'drill.yml', 'release.yml', 'rollback.yml']),
  );
}

const paste = (bed: Bed, from: RegExp, to: string) => {
  const file = join(bed.repo.dir, CONFIG);
  writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
  bed.repo.commit('paste the ids');
};

async function releaseAndRollBack(bed: Bed): Promise<void> {
  for (const tag of ['v1.1.0', 'v1.2.0']) {
    const d = await bed.json<{ deploymentId: number }>([
      'deploy',
      '--to',
      tag,
      '--sha',
      bed.sha[tag]!,
      '--env',
      'production',
    ]);
    expect({ tag, code: d.run.code, stderr: d.run.stderr }).toEqual({
      tag,
      code: 0,
      stderr: expect.any(String),
    });
    expect((await bed.run(['rollback', 'finish', '--deployment', String(d.body.deploymentId)])).code).toBe(0);
  }
  const plan = await bed.json<{ to: { release: string; sha: string } }>(['rollback', 'plan']);
  expect(plan.run.code).toBe(0);
  const rb = await bed.json<{ built: boolean }>([
    'deploy',
    '--kind',
    'rollback',
    '--to',
    plan.body.to.release,
    '--sha',
    plan.body.to.sha,
  ]);
  expect({ code: rb.run.code, built: rb.body.built }).toEqual({ code: 0, built: false });
}

describe('init → paste ids → a working release and rollback', () => {
  it('vercel (vercel.json, project not linked): paste the project id', async () => {
    const vercel = await startFakeVercel({ token: 'vt' });
    fakes.push(vercel);
    const { bed, out } = await initIn(
      { 'vercel.json': '{}' },
      { VERCEL_TOKEN: 'vt', VERCEL_API_URL: vercel.url },
    );
    expect(out).toMatch(/Paste into deploy\.environments\.production: the Vercel project id/);
    assertOnlyIdsToPaste(bed);
    paste(bed, /prj_PASTE_PROJECT_ID/, vercel.project);
    expect(configSchema.parse(parse(readFileSync(join(bed.repo.dir, CONFIG), 'utf8'))).deploy.target).toBe(
      'vercel',
    );
    for (const tag of ['v1.0.0', 'v1.1.0', 'v1.2.0']) vercel.build(bed.sha[tag]!, { live: tag === 'v1.0.0' });
    await releaseAndRollBack(bed);
  });

  it('render (render.yaml): paste the service id', async () => {
    const render = await startFakeRender({ token: 'rt' });
    fakes.push(render);
    const { bed, out } = await initIn(
      { 'render.yaml': 'services:\n  - type: web\n    name: app\n' },
      { RENDER_API_KEY: 'rt', RENDER_API_URL: render.url },
    );
    expect(out).toMatch(/Paste into deploy\.environments\.production: the Render service id/);
    assertOnlyIdsToPaste(bed);
    paste(bed, /srv-PASTE_SERVICE_ID/, render.service);
    await releaseAndRollBack(bed);
  });

  it('fly (fly.toml and a Dockerfile): nothing to paste; the release builds and pushes its own image', async () => {
    const { bed, out } = await initIn(
      { 'fly.toml': 'app = "my-app"\nprimary_region = "ams"\n', Dockerfile: 'FROM node:24\n' },
      {},
    );
    expect(out).not.toMatch(/Paste into/);
    assertOnlyIdsToPaste(bed);
    const config = configSchema.parse(parse(readFileSync(join(bed.repo.dir, CONFIG), 'utf8')));
    expect(config.deploy.environments.production).toEqual({
      app: 'my-app',
      image: 'registry.fly.io/my-app:{tag}',
      build: expect.stringMatching(
        /^docker build -t "\$ROLLBACK_READY_IMAGE" \. && .*docker push "\$ROLLBACK_READY_IMAGE"$/,
      ),
    });
  });
});
