#!/usr/bin/env node
// `npm run bench`: whole-process speed of `rollback-ready lint` against squawk on a generated corpus,
// single-file latency, peak memory, then verdict quality on the labelled corpus (bench/squawk-compare.mjs).
//
// 1. Generates, in a temporary git repository, 2,000 Supabase-layout migrations (~40,000 statements):
//    a deterministic pseudo-random mix of realistic DDL and DML.
// 2. Times `node dist/cli/index.js lint <all files> --format json` and `squawk --reporter=json <all files>`
//    as whole processes: one warm-up each, then 5 interleaved runs; median and min; ratio ours/squawk.
//    Then both on one thread (ROLLBACK_READY_LINT_THREADS=1, RAYON_NUM_THREADS=1; 3 interleaved runs each).
// 3. Times a single-file `lint` (median of 10).
// 4. Peak RSS via /usr/bin/time when it exists.
// 5. Runs the labelled-corpus comparison.
// Then bench/rehearsal.mjs and bench/deploy.mjs (per deploy target: API calls, dispatch → healthy).
//
// Targets: ours/squawk wall-time ratio <= 1 on the 2,000-file corpus; single-file lint <= 250 ms.
// Exit codes: 1 when dist/ is missing or a process fails; with BENCH_STRICT=1 also when a target is missed.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  assertBuilt,
  compareOnCorpus,
  initGitRepo,
  resolveSquawk,
  run,
  snapshotCli,
  squawkVersion,
} from './squawk-compare.mjs';
import { generateCorpus } from './lint-corpus.mjs';

const RUNS = 5;
const SINGLE_RUNS = 10;
const TARGET_RATIO = 1;
const TARGET_SINGLE_MS = 250;
const TIME_BIN = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

// ───────────────────────── measurement ─────────────────────────

/**
 * Run under /usr/bin/time (when present) to get the peak RSS and the CPU time (user + sys) as well as the
 * wall time. CPU time is the steadier figure on a shared machine, where wall time includes waiting for a core.
 */
async function measure(cmd, args, cwd, { capture = false, env = {} } = {}) {
  const r = TIME_BIN
    ? await run(TIME_BIN, ['-f', 'RR_TIME rss=%M user=%U sys=%S', cmd, ...args], { cwd, capture, env })
    : await run(cmd, args, { cwd, capture, env });
  const t = /RR_TIME rss=(\d+) user=([\d.]+) sys=([\d.]+)\s*$/.exec(r.stderr);
  return {
    ...r,
    rssKb: t ? Number(t[1]) : undefined,
    cpuMs: t ? (Number(t[2]) + Number(t[3])) * 1000 : undefined,
    stderr: t ? r.stderr.slice(0, t.index) : r.stderr,
  };
}

function check(r, what, okCodes = [0, 1]) {
  if (!okCodes.includes(r.code)) {
    throw new Error(`${what} exited ${r.code}\n${r.stderr.slice(0, 2000)}`);
  }
  return r;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const fmtMb = (kb) => (kb === undefined ? 'n/a' : `${(kb / 1024).toFixed(0)} MB`);
const stats = (rs) => ({
  median: median(rs.map((r) => r.ms)),
  min: Math.min(...rs.map((r) => r.ms)),
  rssKb: rs.some((r) => r.rssKb !== undefined) ? Math.max(...rs.map((r) => r.rssKb ?? 0)) : undefined,
  cpu: rs.every((r) => r.cpuMs !== undefined) ? median(rs.map((r) => r.cpuMs)) : undefined,
});

async function main() {
  assertBuilt();
  const t0 = Date.now();
  const squawk = resolveSquawk();
  const temp = mkdtempSync(join(tmpdir(), 'rr-bench-'));
  const cleanup = () => rmSync(temp, { recursive: true, force: true });
  process.once('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  try {
    const cli = snapshotCli(temp);
    const repo = join(temp, 'repo');
    mkdirSync(repo);
    const corpus = generateCorpus(repo);
    initGitRepo(repo);
    console.log(
      `rollback-ready bench on ${cpus().length} CPU(s) (load average ${loadavg()[0].toFixed(1)}), node ${process.version}, ${squawkVersion(squawk.path)}${squawk.native ? '' : ' (via the node wrapper)'}`,
    );
    console.log(
      `corpus: ${corpus.files.length} files, ${corpus.statements.toLocaleString('en')} statements, ${(corpus.bytes / 1024 / 1024).toFixed(1)} MB (supabase/migrations/*.sql, git repository in ${repo})`,
    );

    const ours = [process.execPath, [cli, 'lint', ...corpus.files, '--format', 'json']];
    const theirs = [squawk.path, ['--reporter=json', ...corpus.files]];

    // Warm-up (page cache, V8 code cache) doubles as a sanity check of both outputs.
    const warmOurs = check(
      await measure(ours[0], ours[1], repo, { capture: true }),
      'rollback-ready lint (warm-up)',
    );
    const report = JSON.parse(warmOurs.stdout);
    const linted = report.migrations?.files?.length ?? 0;
    const oursSyntax = (report.findings ?? []).filter((f) => f.rule === 'syntax-error').length;
    const warmTheirs = check(
      await measure(theirs[0], theirs[1], repo, { capture: true }),
      'squawk (warm-up)',
    );
    const violations = warmTheirs.stdout.trim() ? JSON.parse(warmTheirs.stdout) : [];
    const theirsSyntax = violations.filter((v) => v.rule_name === 'syntax-error').length;
    console.log(
      `warm-up: rollback-ready linted ${linted} files, ${(report.findings ?? []).length} findings (${oursSyntax} syntax errors); squawk ${violations.length} violations (${theirsSyntax} syntax errors)`,
    );
    if (linted !== corpus.files.length)
      throw new Error(`rollback-ready linted ${linted} of ${corpus.files.length} files`);

    const oursRuns = [];
    const theirsRuns = [];
    for (let i = 0; i < RUNS; i++) {
      oursRuns.push(check(await measure(ours[0], ours[1], repo), 'rollback-ready lint'));
      theirsRuns.push(check(await measure(theirs[0], theirs[1], repo), 'squawk'));
      process.stdout.write(
        `  run ${i + 1}/${RUNS}: rollback-ready ${fmtMs(oursRuns[i].ms)}, squawk ${fmtMs(theirsRuns[i].ms)}\n`,
      );
    }
    const o = stats(oursRuns);
    const s = stats(theirsRuns);
    const ratio = o.median / s.median;
    // Both tools spread files over the cores (squawk with rayon, rollback-ready with worker threads);
    // each on one thread, interleaved, compares the work per core.
    const oneThread = [];
    const oursOneThread = [];
    for (let i = 0; i < 3; i++) {
      oursOneThread.push(
        check(
          await measure(ours[0], ours[1], repo, { env: { ROLLBACK_READY_LINT_THREADS: '1' } }),
          'rollback-ready lint (one thread)',
        ),
      );
      oneThread.push(
        check(await measure(theirs[0], theirs[1], repo, { env: { RAYON_NUM_THREADS: '1' } }), 'squawk (one thread)'),
      );
    }
    const s1 = stats(oneThread);
    const o1 = stats(oursOneThread);

    const one = corpus.files[Math.floor(corpus.files.length / 2)];
    await measure(process.execPath, [cli, 'lint', one, '--format', 'json'], repo);
    const singleRuns = [];
    const singleSquawk = [];
    for (let i = 0; i < SINGLE_RUNS; i++) {
      singleRuns.push(
        check(
          await measure(process.execPath, [cli, 'lint', one, '--format', 'json'], repo),
          'rollback-ready lint (single file)',
        ),
      );
      singleSquawk.push(
        check(await measure(squawk.path, ['--reporter=json', one], repo), 'squawk (single file)'),
      );
    }
    const single = stats(singleRuns);
    const singleS = stats(singleSquawk);

    const quality = await compareOnCorpus({ cli });

    const met = (ok) => (ok ? 'met' : 'MISSED');
    const q = ({ name, all, holdout }) =>
      `${name.padEnd(31)} recall ${(all.recall * 100).toFixed(1)}% (holdout ${(holdout.recall * 100).toFixed(1)}%), safe blocked ${(all.blockRate * 100).toFixed(1)}% (holdout ${(holdout.blockRate * 100).toFixed(1)}%)`;
    const lines = [
      '',
      '══════════════════════ bench summary ══════════════════════',
      `corpus           ${corpus.files.length} files, ${corpus.statements.toLocaleString('en')} statements`,
      `lint all files   rollback-ready median ${fmtMs(o.median)} (min ${fmtMs(o.min)})   squawk median ${fmtMs(s.median)} (min ${fmtMs(s.min)})   [${RUNS} runs each, after 1 warm-up]`,
      `ratio            ours/squawk = ${ratio.toFixed(2)}   (target <= ${TARGET_RATIO}: ${met(ratio <= TARGET_RATIO)})`,
      `one thread each  rollback-ready median ${fmtMs(o1.median)} (ROLLBACK_READY_LINT_THREADS=1)   squawk median ${fmtMs(s1.median)} (RAYON_NUM_THREADS=1)   ratio ${(o1.median / s1.median).toFixed(2)}   [3 runs each]`,
      `single file      rollback-ready median ${fmtMs(single.median)} (min ${fmtMs(single.min)})   (target <= ${TARGET_SINGLE_MS} ms: ${met(single.median <= TARGET_SINGLE_MS)})   squawk median ${fmtMs(singleS.median)}`,
      `cpu (user+sys)   ${o.cpu === undefined ? 'n/a' : `rollback-ready median ${fmtMs(o.cpu)}   squawk median ${fmtMs(s.cpu)}   ratio ${(o.cpu / s.cpu).toFixed(2)}   single file ${fmtMs(single.cpu)}`}`,
      `load average     ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} (1/5/15 min) on ${cpus().length} CPU(s) at the end of the run`,
      `peak RSS         ${TIME_BIN ? `rollback-ready ${fmtMb(o.rssKb)} (single file ${fmtMb(single.rssKb)})   squawk ${fmtMb(s.rssKb)} (single file ${fmtMb(singleS.rssKb)})` : 'skipped (no /usr/bin/time)'}`,
      `labelled corpus  ${q(quality.ours)}`,
      `                 ${q(quality.squawkDefaults)}`,
      `                 ${q(quality.squawkQuiet)}`,
      `bench time       ${((Date.now() - t0) / 1000).toFixed(0)} s`,
      '═══════════════════════════════════════════════════════════',
    ];
    console.log(lines.join('\n'));
    if (process.env.BENCH_STRICT === '1' && (ratio > TARGET_RATIO || single.median > TARGET_SINGLE_MS))
      process.exitCode = 1;
  } finally {
    cleanup();
  }
}

/** Then the rehearsal bench (bench/rehearsal.mjs): 200 migrations on the local binaries and on PGlite. */
function rehearsalBench() {
  console.log('\nrehearsal bench (bench/rehearsal.mjs)');
  const result = spawnSync(process.execPath, [join(dirname(fileURLToPath(import.meta.url)), 'rehearsal.mjs')], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exitCode = result.status ?? 1;
}

/** Then the deploy-target bench (bench/deploy.mjs): API calls and dispatch → healthy per target. */
function deployBench() {
  const result = spawnSync(process.execPath, [join(dirname(fileURLToPath(import.meta.url)), 'deploy.mjs')], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exitCode = result.status ?? 1;
}

main()
  .then(() => rehearsalBench())
  .then(() => deployBench())
  .catch((error) => {
    console.error(`\nbench failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
