import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitForBundles } from '../support/bundles.js';
import { ROOT } from '../support/cli.js';
import type { Spawned } from '../support/cli.js';
import { TempRepo } from '../support/git-repo.js';
import { toolSourceEnv } from '../support/tool-source.js';

/**
 * The bundles under test, copied with package.json and workflows/ into a temp package (init finds
 * its workflows next to the bundle), so a concurrent `npm run build` cannot pull them away mid-test.
 * Call `useBundles()` in beforeAll and `releaseBundles()` in afterAll.
 */
let pkg: string | undefined;
export let CLI = join(ROOT, 'dist', 'cli', 'index.js');
export let ACTION = join(ROOT, 'dist', 'index.js');

export async function useBundles(): Promise<void> {
  await waitForBundles();
  const dir = mkdtempSync(join(tmpdir(), 'rr-pkg-'));
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  if (!existsSync(join(dir, 'dist', 'libpg-query.wasm'))) {
    rmSync(dir, { recursive: true, force: true });
    return useBundles(); // dist/ was emptied while copying: wait for the rebuild
  }
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  cpSync(join(ROOT, 'workflows'), join(dir, 'workflows'), { recursive: true });
  pkg = dir;
  CLI = join(dir, 'dist', 'cli', 'index.js');
  ACTION = join(dir, 'dist', 'index.js');
}

export function releaseBundles(): void {
  if (pkg) rmSync(pkg, { recursive: true, force: true });
  pkg = undefined;
}

/** The built CLI, as support/cli.ts runs it, but from DIST. */
export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Spawned {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...toolSourceEnv(args), ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Spawn without blocking: the fake GitHub API lives in this process, so a synchronous spawn would
 * leave it unable to answer.
 */
export function spawnNode(
  script: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

const BASE_ENV = (): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' });

/** The built CLI, asynchronously (for tests that serve a fake API from this process). */
export function runCliAsync(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Spawned> {
  return spawnNode(CLI, args, cwd, { ...BASE_ENV(), ...env });
}

export interface ActionRun extends Spawned {
  outputs: Record<string, string>;
  summary: string;
}

/** Run dist/index.js as the runner does: INPUT_* variables, output and summary files, an event file. */
export async function runAction(options: {
  workspace: string;
  inputs: Record<string, string>;
  event?: { name: string; payload: unknown };
  env?: NodeJS.ProcessEnv;
}): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'rr-runner-'));
  const output = join(dir, 'output');
  const summary = join(dir, 'summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: NodeJS.ProcessEnv = {
    ...BASE_ENV(),
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: dir,
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  if (options.event) {
    const path = join(dir, 'event.json');
    writeFileSync(path, JSON.stringify(options.event.payload));
    env.GITHUB_EVENT_PATH = path;
    env.GITHUB_EVENT_NAME = options.event.name;
  }
  const result = await spawnNode(ACTION, [], options.workspace, env);
  return {
    ...result,
    outputs: parseOutputs(readFileSync(output, 'utf8')),
    summary: readFileSync(summary, 'utf8'),
  };
}

/** `name<<delimiter\nvalue\ndelimiter` blocks, as @actions/core writes GITHUB_OUTPUT. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

/** Today's UTC day, `YYYY-MM-DD`, as calver IDs spell it. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A repository with a linear semver history on main: one annotated release per commit. */
export function semverRepo(tags: string[], message = (tag: string) => `fix: release ${tag}`): TempRepo {
  const repo = new TempRepo('rr-release-');
  repo.commit('chore: start');
  for (const tag of tags) {
    repo.commit(message(tag));
    repo.tag(tag);
  }
  return repo;
}

/** A complete release note, with any field replaced (undefined drops it). */
export function noteBody(
  fields: Partial<Record<'Release ID' | 'Change' | 'Watch' | 'Rollback' | 'Owner', string | undefined>> = {},
): string {
  const values: Record<string, string | undefined> = {
    'Release ID': 'v1.2.0',
    Change: 'Checkout accepts Apple Pay.',
    Watch: 'checkout completion rate',
    Rollback: 'v1.1.0',
    Owner: '@octo-org/payments',
    ...fields,
  };
  const lines = Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `- **${k}:** ${v}`);
  return [
    'Adds Apple Pay to checkout.',
    '',
    '<!-- rollback-ready:note -->',
    '### Release note',
    '',
    ...lines,
    '<!-- /rollback-ready:note -->',
    '',
  ].join('\n');
}
