#!/usr/bin/env node
// Deploy-target bench: per target (Vercel, Fly, Render, each a loopback fake checked against the
// platform's API description), the platform API calls of a release deploy and of a rollback, and the
// wall time of a rollback from dispatch (the deploy step starts) to healthy (the health check passed).
// Runs __tests__/deploy/bench.test.ts under jest (the fakes are TypeScript) with BENCH_DEPLOY_OUT set.
// The platforms' own latencies are not modelled: a fake answers at once, and polls every
// ROLLBACK_READY_POLL_MS (50 ms here; 3 s against the real APIs). What it measures is our overhead
// and the number of calls, which is what a real rollback's time scales with.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'rr-deploy-bench-'));
const out = join(dir, 'rows.json');
try {
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), '__tests__/deploy/bench.test.ts', '--silent'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, BENCH_DEPLOY_OUT: out, NODE_OPTIONS: '--experimental-vm-modules', NODE_NO_WARNINGS: '1' },
    },
  );
  if (result.status !== 0) throw new Error(`the deploy bench failed (jest exit ${result.status})`);
  const rows = JSON.parse(readFileSync(out, 'utf8'));
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log('\ndeploy targets (in the fakes; median of rollbacks)');
  console.log('target   release calls  rollback calls  builds on rollback  platform ms  dispatch→healthy ms');
  for (const r of rows)
    console.log(
      `${r.target.padEnd(8)} ${String(r.releaseCalls).padStart(13)}  ${String(r.rollbackCalls).padStart(14)}  ${String(r.rollbackBuilds).padStart(18)}  ${String(Math.round(median(r.platformMs))).padStart(11)}  ${String(Math.round(median(r.dispatchToHealthyMs))).padStart(19)}`,
    );
} catch (error) {
  console.error(`deploy bench: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
