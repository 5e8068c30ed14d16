import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './cli.js';
import type { Spawned } from './cli.js';

const DIST = join(ROOT, 'dist');
/** `npm run build` empties dist/ first and writes this file last (the one WASM both bundles load). */
const LAST_WRITTEN = join(DIST, 'libpg-query.wasm');
const REQUIRED = [
  join(DIST, 'index.js'),
  join(DIST, 'package.json'),
  join(DIST, 'cli', 'index.js'),
  LAST_WRITTEN,
];

function complete(): boolean {
  return REQUIRED.every((p) => existsSync(p));
}

/**
 * Wait until dist/ holds both finished bundles: in a shared work tree another `npm run build` may be
 * rebuilding it. Fails with the fix when they never appear.
 */
export async function waitForBundles(timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!complete()) {
    if (Date.now() > deadline) throw new Error(`dist/ has no complete bundles; run "npm run build" first`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export interface BundleSnapshot {
  /** Copy of dist/index.js. */
  action: string;
  /** Copy of dist/cli/index.js. */
  cli: string;
  /** `runCli` (support/cli.ts) against the copied CLI: same clean env, NO_COLOR=1 unless overridden. */
  runCli(args: string[], cwd: string, env?: NodeJS.ProcessEnv): Spawned;
  remove(): void;
}

/** Copy the finished bundles to a temp folder, so a concurrent rebuild of dist/ cannot pull them away mid-test. */
export async function snapshotBundles(): Promise<BundleSnapshot> {
  await waitForBundles();
  const dir = mkdtempSync(join(tmpdir(), 'rr-dist-'));
  cpSync(DIST, dir, { recursive: true });
  if (!existsSync(join(dir, 'libpg-query.wasm'))) {
    rmSync(dir, { recursive: true, force: true });
    return snapshotBundles(); // dist/ was emptied while copying: wait for the rebuild
  }
  const cli = join(dir, 'cli', 'index.js');
  return {
    action: join(dir, 'index.js'),
    cli,
    runCli(args, cwd, env = {}) {
      const result = spawnSync(process.execPath, [cli, ...args], {
        cwd,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...env },
        encoding: 'utf8',
        timeout: 60_000,
      });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
