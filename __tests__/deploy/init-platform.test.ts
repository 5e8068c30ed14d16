import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { configSchema } from '../../src/config/schema.js';
import { configText, planInit } from '../../src/init/plan.js';
import { tagTypesOf } from '../../src/init/detect.js';
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
      { image: 'ghcr.io/paste_owner/paste_app:{tag}', command: 'PASTE_DEPLOY_COMMAND' },
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
    expect(deploy.note).toMatch(/Choose one: deploy through deploy\.target/);
    expect(deploy.note).not.toMatch(/--force/);
  });

  it('never replaces a team\'s own release workflow, even with --force; an edited copy of its own is replaced', () => {
    const root = tree({
      '.github/workflows/release.yml': 'name: release\non: push\njobs: {}\n',
      '.github/workflows/rollback.yml': '# rollback-ready: roll back in one click\n# edited\n',
    });
    const plan = planInit({
      root,
      detected: { layouts: [], migrationFiles: 0, scheme: 'semver', releaseTags: 0 },
      force: true,
      toolSha: 'a'.repeat(40),
      workflows: [
        { name: 'release.yml', content: '# rollback-ready: release\n' },
        { name: 'rollback.yml', content: '# rollback-ready: roll back in one click\n' },
      ],
    });
    const release = plan.find((p) => p.path === '.github/workflows/release.yml')!;
    expect(release).toMatchObject({ action: 'kept', foreign: true });
    expect(release.note).toMatch(/^your own release workflow is kept\. Connect it:/);
    expect(release.note).not.toMatch(/--force/);
    expect(plan.find((p) => p.path === '.github/workflows/rollback.yml')!.action).toBe('overwritten');
  });
});

describe('init: require-annotated follows the repository\'s release tags', () => {
  const tag = (name: string, annotated: boolean, date: string) => ({ name, sha: 'a'.repeat(40), annotated, date });
  const family = { scheme: 'semver' as const, prefix: 'v', releases: 2, recent: 2 };
  it.each([
    ['no release tags yet', [], true],
    ['annotated tags', [tag('v1.0.0', true, '2026-01-01T00:00:00Z'), tag('v1.1.0', true, '2026-02-01T00:00:00Z')], true],
    ['lightweight tags (GitHub release page, git tag NAME)', [tag('v1.0.0', false, '2026-01-01T00:00:00Z'), tag('v1.1.0', false, '2026-02-01T00:00:00Z')], false],
    ['an old annotated tag, lightweight ones since', [tag('v1.0.0', true, '2025-01-01T00:00:00Z'), tag('v1.1.0', false, '2026-02-01T00:00:00Z')], false],
    ['tags of another family do not count', [tag('helm-v1.0.0', false, '2026-03-01T00:00:00Z'), tag('v1.1.0', true, '2026-02-01T00:00:00Z')], true],
  ])('%s', (_name, tags, required) => {
    const tagTypes = tagTypesOf(tags, tags.length ? family : undefined);
    const c = configSchema.parse(parse(configText({ layouts: [], migrationFiles: 0, scheme: 'semver', releaseTags: tags.length, ...(tagTypes ? { tagTypes } : {}) })));
    expect(c.tagging['require-annotated']).toBe(required);
  });
});
