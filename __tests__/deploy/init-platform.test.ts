import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { configSchema } from '../../src/config/schema.js';
import { configText, planInit } from '../../src/init/plan.js';
import { detectPlatform } from '../../src/init/platform.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'rr-platform-'));
  dirs.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}
const config = (root: string) =>
  configSchema.parse(
    parse(
      configText({
        layouts: [],
        migrationFiles: 0,
        scheme: 'semver',
        releaseTags: 0,
        platform: detectPlatform(root),
      }),
    ),
  );

describe('init detects the deploy platform and writes a valid deploy group', () => {
  it.each<[string, Record<string, string>, string, Record<string, string>]>([
    [
      'a linked Vercel project',
      { '.vercel/project.json': '{"projectId":"prj_abc","orgId":"team_xyz"}', 'vercel.json': '{}' },
      'vercel',
      { project: 'prj_abc', team: 'team_xyz' },
    ],
    ['vercel.json without a link', { 'vercel.json': '{}' }, 'vercel', { project: 'prj_PASTE_PROJECT_ID' }],
    [
      'fly.toml',
      { 'fly.toml': 'app = "my-app"\nprimary_region = "ams"\n' },
      'fly',
      { app: 'my-app', image: 'registry.fly.io/my-app:{tag}' },
    ],
    [
      'render.yaml',
      { 'render.yaml': 'services:\n  - type: web\n    name: app\n' },
      'render',
      { service: 'srv-PASTE_SERVICE_ID' },
    ],
    [
      'a Dockerfile',
      { Dockerfile: 'FROM node:24\n' },
      'container',
      { image: 'ghcr.io/owner/app:{tag}', command: './scripts/deploy-image.sh' },
    ],
  ])('%s', (_name, files, target, production) => {
    const c = config(tree(files));
    expect(c.deploy.target).toBe(target);
    expect(c.deploy.environments.production).toEqual(production);
  });

  it('no platform: target none, still a valid config', () => {
    expect(config(tree({ 'package.json': '{}' })).deploy).toEqual({
      target: 'none',
      environments: {},
      timeout: 900,
    });
  });

  it('an existing deploy workflow is kept with how to connect it, not a --force', () => {
    const root = tree({ '.github/workflows/deploy.yml': 'name: ours\non: push\n' });
    const plan = planInit({
      root,
      detected: { layouts: [], migrationFiles: 0, scheme: 'semver', releaseTags: 0 },
      force: false,
      workflows: [{ name: 'deploy.yml', content: 'name: theirs\n' }],
    });
    const deploy = plan.find((p) => p.path === '.github/workflows/deploy.yml')!;
    expect(deploy.action).toBe('kept');
    expect(deploy.note).toMatch(/Connect it: either set deploy\.target/);
    expect(deploy.note).not.toMatch(/--force/);
  });
});
