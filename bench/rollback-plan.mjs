#!/usr/bin/env node
// `rollback plan` speed across a long release history, as whole CLI processes.
//
// 1. Generates (bench/rollback-history.mjs) a Supabase app's repository with 2,000 release tags, one
//    migration each, generated database types and 300 source files.
// 2. Times `node dist/cli/index.js rollback plan --from <newest> --to <target> --format json` with the
//    target 1, 1,000 and 1,999 releases back: cold (empty cache folder) and warm (the replayed history
//    cached by content, as a CI job restores it with actions/cache). Median of RUNS, wall and CPU time.
// 3. The anchors, in the same run: `node -e 0` (Node's own start) and `git log --patch` of the whole
//    migrations history (every migration's text read once through git, the least any tool answering this
//    question must do). Ratios ours/anchor; the cold and warm plans must be identical.
//
// Target: <= 1 s whole process at every distance (warm). Run alone after `npm run build`:
// `node bench/rollback-plan.mjs`; BENCH_STRICT=1 exits 1 on a miss. Also run by `npm run bench`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRollbackHistory } from './rollback-history.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const RELEASES = Number(process.env.BENCH_RELEASES ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TARGET_MS = 1000;
const TIME_BIN = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

if (!existsSync(CLI)) {
  console.error(`bench/rollback-plan: ${CLI} is missing; run npm run build first`);
  process.exit(1);
}

/** One whole process: wall ms, CPU ms (user + sys, when /usr/bin/time exists), exit code, stdout. */
function measure(cmd, args, cwd, env = {}) {
  const full = TIME_BIN ? [TIME_BIN, '-f', 'RRTIME %U %S', cmd, ...args] : [cmd, ...args];
  const started = process.hrtime.bigint();
  const run = spawnSync(full[0], full.slice(1), {
    cwd,
    env: { ...process.env, ...env },
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  const m = /RRTIME ([\d.]+) ([\d.]+)/.exec(run.stderr ?? '');
  return { wall, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : undefined, code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => (x === undefined ? 'n/a' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`);

function main() {
  const work = mkdtempSync(join(tmpdir(), 'rr-bench-plan-'));
  try {
    const repo = join(work, 'repo');
    const started = Date.now();
    const tags = generateRollbackHistory(repo, { releases: RELEASES });
    console.log(`rollback plan bench: ${tags.length} releases generated in ${ms(Date.now() - started)}`);
    const from = tags.at(-1);
    const distances = [1, Math.floor(tags.length / 2), tags.length - 1];
    const anchorArgs = ['log', '--patch', '--format=%H', '--end-of-options', from, '--', 'supabase/migrations'];
    const rows = [];
    let missed = false;
    // The baseline, in the same run: Node's own start, which no CLI written for Node can go under.
    const bare = Array.from({ length: RUNS }, () => measure(process.execPath, ['-e', '0'], repo));
    const bareWall = median(bare.map((r) => r.wall));
    const bareCpu = TIME_BIN ? median(bare.map((r) => r.cpu)) : undefined;
    for (const distance of distances) {
      const to = tags[tags.length - 1 - distance];
      const args = [CLI, 'rollback', 'plan', '--from', from, '--to', to, '--format', 'json'];
      const cold = [];
      const warm = [];
      const anchor = [];
      for (let i = 0; i < RUNS; i++) {
        const cache = join(work, `cache-${distance}-${i}`);
        const env = { ROLLBACK_READY_CACHE_DIR: cache };
        const first = measure(process.execPath, args, repo, env);
        const second = measure(process.execPath, args, repo, env);
        anchor.push(measure('git', anchorArgs, repo));
        if (first.stdout !== second.stdout)
          throw new Error(`rollback plan --to ${to}: the plan with a warm cache differs from the cold one`);
        for (const run of [first, second]) {
          if (run.code !== 0) throw new Error(`rollback plan --to ${to} exited ${run.code}: ${run.stderr.slice(0, 500)}`);
          const plan = JSON.parse(run.stdout);
          if (plan.migrationsSince.length !== distance)
            throw new Error(`rollback plan --to ${to} judged ${plan.migrationsSince.length} migrations, not ${distance}`);
        }
        cold.push(first);
        warm.push(second);
        rmSync(cache, { recursive: true, force: true });
      }
      const row = {
        distance,
        coldWall: median(cold.map((r) => r.wall)),
        coldCpu: TIME_BIN ? median(cold.map((r) => r.cpu)) : undefined,
        warmWall: median(warm.map((r) => r.wall)),
        warmCpu: TIME_BIN ? median(warm.map((r) => r.cpu)) : undefined,
        anchorWall: median(anchor.map((r) => r.wall)),
      };
      if (row.warmWall > TARGET_MS) missed = true;
      rows.push(row);
    }
    const ratio = (a, b) => (a === undefined || b === undefined ? 'n/a' : (a / b).toFixed(2));
    console.log(`\nbaseline node -e 0: wall ${ms(bareWall)} / CPU ${ms(bareCpu)} (median of ${RUNS}); target ${ms(TARGET_MS)} = ${ratio(TARGET_MS, bareWall)}x its wall`);
    console.log(`\n| releases back | cold: wall / CPU | warm cache: wall / CPU | warm/baseline: wall / CPU | anchor: git log --patch (wall) | warm/anchor |`);
    console.log(`|---|---|---|---|---|---|`);
    for (const r of rows) {
      console.log(
        `| ${r.distance} | ${ms(r.coldWall)} / ${ms(r.coldCpu)} | ${ms(r.warmWall)} / ${ms(r.warmCpu)} | ${ratio(r.warmWall, bareWall)} / ${ratio(r.warmCpu, bareCpu)} | ${ms(r.anchorWall)} | ${(r.warmWall / r.anchorWall).toFixed(2)} |`,
      );
    }
    console.log(`\ntarget: <= ${ms(TARGET_MS)} whole process at every distance (warm): ${missed ? 'MISSED' : 'met'}`);
    if (missed && process.env.BENCH_STRICT === '1') process.exitCode = 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
