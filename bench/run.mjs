#!/usr/bin/env node
// `npm run bench`: whole-process speed of `rollback-ready lint` against squawk on generated corpora,
// single-file latency, a PR check on a synthetic app repository, peak memory, then verdict quality on
// the labelled corpus (bench/squawk-compare.mjs). Every figure is printed with a baseline measured in
// the same run, because this machine is shared and its speed moves from run to run.
//
// 1. The lint corpus (bench/lint-corpus.mjs): 2,000 Supabase-layout migrations, ~40,000 statements.
//    Times `node dist/cli/index.js lint <all files> --format json` and `squawk --reporter=json <all files>`
//    as whole processes: one warm-up each, then 5 interleaved runs; median and min; ratio ours/squawk.
//    Its 5.4 MB of SQL is more than `lint FILES…` keeps in the parse store, so every run parses. squawk
//    also on one thread (RAYON_NUM_THREADS=1; rollback-ready always lints on one thread).
// 2. The findings corpus: 2,000 files of ~10 flagged statements each (~20,000 findings), in json and in
//    text, against squawk: what writing a large report costs.
// 3. A single-file `lint` (median of 10), with the content cache (docs/caching.md) cold (an empty cache
//    folder per run: the file is parsed and its parse stored) and warm (kept from a first run: the parser
//    is never loaded).
// 4. A PR check, `lint --base C^ --head C`, on a synthetic Prisma app (bench/app-repo.mjs: ~160
//    migrations, a ~2,000-line schema.prisma, 300 source files, 200 release tags): CPU time (user + sys),
//    median of 5, with the content cache warm (kept from a first run, as actions/cache restores it) and
//    cold (an empty cache folder per run), against the CPU time of starting Node itself (`node -e 0`)
//    in the same run. The warm and cold reports must be identical. `node bench/run.mjs --only pr-check` runs
//    this section alone (BENCH_PR_REPORT=FILE keeps its JSON report, to compare two builds).
// 5. Peak RSS via /usr/bin/time when it exists, then the labelled-corpus comparison.
// Then bench/rehearsal.mjs and bench/deploy.mjs (per deploy target: API calls, dispatch → healthy).
//
// Targets: lint of 2,000 files <= 1.5x squawk's wall time; single-file lint <= 250 ms; PR check <= 1.0 s CPU.
// Exit codes: 1 when dist/ is missing or a process fails; with BENCH_STRICT=1 also when a target is missed.
// BENCH_ONLY=lint runs parts 1–3 and the labelled corpus only (no PR check, rehearsal, deploy or plan bench).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
import { generateAppRepo } from './app-repo.mjs';
import { generateCorpus, generateFindingsCorpus } from './lint-corpus.mjs';

const RUNS = 5;
const SINGLE_RUNS = 10;
const TARGET_RATIO = 1.5;
const TARGET_PR_CPU_MS = 1000;
const TARGET_SINGLE_MS = 250;
const TIME_BIN = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const LINT_ONLY = process.env.BENCH_ONLY === 'lint';

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
const fmtCpu = (ms) => (ms === undefined ? 'n/a' : fmtMs(ms));
const ratioOf = (a, b) => (a === undefined || b === undefined || !b ? 'n/a' : `${(a / b).toFixed(2)}x`);
const fmtMb = (kb) => (kb === undefined ? 'n/a' : `${(kb / 1024).toFixed(0)} MB`);
const stats = (rs) => ({
  median: median(rs.map((r) => r.ms)),
  min: Math.min(...rs.map((r) => r.ms)),
  rssKb: rs.some((r) => r.rssKb !== undefined) ? Math.max(...rs.map((r) => r.rssKb ?? 0)) : undefined,
  cpu: rs.every((r) => r.cpuMs !== undefined) ? median(rs.map((r) => r.cpuMs)) : undefined,
});

/**
 * A PR check on a synthetic app: CPU time against Node's own start in the same run, with the content
 * cache (docs/caching.md) empty before each run (cold) and kept from a first run (warm). The warm and
 * cold reports must be identical; BENCH_PR_REPORT=FILE keeps the report (to compare two builds).
 */
async function prCheckBench(cli, temp) {
  const app = generateAppRepo(join(temp, 'app'));
  const prCheck = [process.execPath, [cli, 'lint', '--base', app.base, '--head', app.head, '--format', 'json']];
  const nodeStart = [process.execPath, ['-e', '0']];
  const warmCache = { ROLLBACK_READY_CACHE_DIR: join(temp, 'cache-warm') };
  const coldCache = (i) => ({ ROLLBACK_READY_CACHE_DIR: join(temp, `cache-cold-${i}`) });
  const prCold0 = check(await measure(...prCheck, app.dir, { capture: true, env: coldCache('first') }), 'PR check (cold)');
  const prWarm0 = check(await measure(...prCheck, app.dir, { capture: true, env: warmCache }), 'PR check (warm-up)');
  if (prCold0.stdout !== prWarm0.stdout) throw new Error('PR check: the report with a warm cache differs from the cold one');
  // A run that could not check (no parser, a git failure) also exits 1: time only a real verdict.
  const failed = (JSON.parse(prCold0.stdout).findings ?? []).filter((f) => f.rule === 'gate-failed');
  if (failed.length) throw new Error(`PR check: ${failed[0].message}`);
  if (process.env.BENCH_PR_REPORT) writeFileSync(process.env.BENCH_PR_REPORT, prCold0.stdout);
  const pr = [];
  const prCold = [];
  const bare = [];
  for (let i = 0; i < RUNS; i++) {
    pr.push(check(await measure(...prCheck, app.dir, { env: warmCache }), 'PR check'));
    prCold.push(check(await measure(...prCheck, app.dir, { env: coldCache(i) }), 'PR check (cold)'));
    bare.push(check(await measure(...nodeStart, app.dir), 'node -e 0', [0]));
  }
  return { app, prs: stats(pr), prcs: stats(prCold), bares: stats(bare) };
}

function prCheckLines({ app, prs, prcs, bares }) {
  const met = (ok) => (ok ? 'met' : 'MISSED');
  return [
    `PR check         ${app.migrations} migrations, ${app.schemaLines}-line schema.prisma, ${app.sourceFiles} source files, ${app.releases} tags; CPU medians [${RUNS} runs each]:`,
    `                 warm cache ${fmtCpu(prs.cpu)} (target <= ${fmtMs(TARGET_PR_CPU_MS)}: ${prs.cpu === undefined ? 'n/a' : met(prs.cpu <= TARGET_PR_CPU_MS)}), wall ${fmtMs(prs.median)}   cold cache ${fmtCpu(prcs.cpu)}, wall ${fmtMs(prcs.median)}   (same report warm and cold)`,
    `                 baseline node -e 0: CPU ${fmtCpu(bares.cpu)}, wall ${fmtMs(bares.median)}   ratio warm/baseline ${ratioOf(prs.cpu, bares.cpu)} (target ${ratioOf(TARGET_PR_CPU_MS, bares.cpu)}), cold/baseline ${ratioOf(prcs.cpu, bares.cpu)}`,
  ];
}

/** `node bench/run.mjs --only pr-check`: the PR-check section alone (no squawk, corpora or other benches). */
async function prCheckOnly() {
  assertBuilt();
  const temp = mkdtempSync(join(tmpdir(), 'rr-bench-'));
  try {
    console.log(`PR check bench on ${cpus().length} CPU(s) (load average ${loadavg()[0].toFixed(1)}), node ${process.version}`);
    const result = await prCheckBench(snapshotCli(temp), temp);
    console.log(
      [
        ...prCheckLines(result),
        `load average     ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')} (1/5/15 min) at the end of the run`,
      ].join('\n'),
    );
    if (process.env.BENCH_STRICT === '1' && (result.prs.cpu ?? 0) > TARGET_PR_CPU_MS) process.exitCode = 1;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

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
    // The content cache (docs/caching.md): never the user's own; a fresh folder per cold run.
    let cacheRuns = 0;
    const freshCache = () => ({ ROLLBACK_READY_CACHE_DIR: join(temp, `cache-fresh-${cacheRuns++}`) });

    // Warm-up (page cache) doubles as a sanity check of both outputs.
    const warmOurs = check(
      await measure(ours[0], ours[1], repo, { capture: true, env: freshCache() }),
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

    // 5.4 MB of SQL is more than lint FILES… keeps in the parse store (lint-in-turn.ts): every run parses.
    const oursRuns = [];
    const theirsRuns = [];
    for (let i = 0; i < RUNS; i++) {
      const cold = check(await measure(ours[0], ours[1], repo, { capture: i === 0, env: freshCache() }), 'rollback-ready lint');
      if (i === 0 && cold.stdout !== warmOurs.stdout) throw new Error('lint: the report differs from the warm-up');
      oursRuns.push(cold);
      theirsRuns.push(check(await measure(theirs[0], theirs[1], repo), 'squawk'));
      process.stdout.write(
        `  run ${i + 1}/${RUNS}: rollback-ready ${fmtMs(oursRuns[i].ms)}, squawk ${fmtMs(theirsRuns[i].ms)}\n`,
      );
    }
    const o = stats(oursRuns);
    const s = stats(theirsRuns);
    const ratio = o.median / s.median;
    // squawk spreads its files over the cores (rayon); rollback-ready lints on one thread. squawk on one
    // thread, too, compares the work per core. (A worker thread parsing ahead was measured and dropped:
    // V8's own GC and compiler threads already keep the second of 2 cores busy, and the parse trees
    // crossing threads as JSON cost more CPU than the parse moved off this thread; see README.)
    const oneThread = [];
    for (let i = 0; i < 3; i++) {
      oneThread.push(
        check(await measure(theirs[0], theirs[1], repo, { env: { RAYON_NUM_THREADS: '1' } }), 'squawk (one thread)'),
      );
    }
    const s1 = stats(oneThread);

    // A report of ~20,000 findings, as JSON and as text, against squawk's on the same files.
    const heavyRepo = join(temp, 'findings');
    mkdirSync(heavyRepo);
    const heavy = generateFindingsCorpus(heavyRepo);
    initGitRepo(heavyRepo);
    const heavyJson = [process.execPath, [cli, 'lint', ...heavy.files, '--format', 'json']];
    const heavyText = [process.execPath, [cli, 'lint', ...heavy.files, '--format', 'text']];
    const heavySquawk = [squawk.path, ['--reporter=json', ...heavy.files]];
    // Formatting is what this corpus measures (its 1.4 MB of SQL is more than lint FILES… stores).
    const heavyCache = { env: { ROLLBACK_READY_CACHE_DIR: join(temp, 'cache-findings') } };
    const heavyFindings = (
      JSON.parse(check(await measure(...heavyJson, heavyRepo, { capture: true, ...heavyCache }), 'lint (findings corpus)').stdout)
        .findings ?? []
    ).length;
    const hj = [];
    const ht = [];
    const hs = [];
    for (let i = 0; i < 3; i++) {
      hj.push(check(await measure(...heavyJson, heavyRepo, heavyCache), 'lint --format json (findings corpus)'));
      ht.push(check(await measure(...heavyText, heavyRepo, heavyCache), 'lint --format text (findings corpus)'));
      hs.push(check(await measure(...heavySquawk, heavyRepo), 'squawk (findings corpus)'));
    }
    const [hjs, hts, hss] = [stats(hj), stats(ht), stats(hs)];

    const one = corpus.files[Math.floor(corpus.files.length / 2)];
    const singleArgs = [cli, 'lint', one, '--format', 'json'];
    const singleCache = { ROLLBACK_READY_CACHE_DIR: join(temp, 'cache-single') };
    // Warm-up: fills the warm cache; its report must be what every cold and warm run prints.
    const singleReport = check(
      await measure(process.execPath, singleArgs, repo, { capture: true, env: singleCache }),
      'rollback-ready lint (single file, warm-up)',
    ).stdout;
    const singleRuns = [];
    const singleColdRuns = [];
    const singleSquawk = [];
    const nodeBare = [];
    for (let i = 0; i < SINGLE_RUNS; i++) {
      const cold = check(
        await measure(process.execPath, singleArgs, repo, { capture: true, env: freshCache() }),
        'rollback-ready lint (single file, cold cache)',
      );
      const warm = check(
        await measure(process.execPath, singleArgs, repo, { capture: true, env: singleCache }),
        'rollback-ready lint (single file, warm cache)',
      );
      if (cold.stdout !== singleReport || warm.stdout !== singleReport)
        throw new Error('single-file lint: the report differs between cold and warm runs');
      singleColdRuns.push(cold);
      singleRuns.push(warm);
      singleSquawk.push(
        check(await measure(squawk.path, ['--reporter=json', one], repo), 'squawk (single file)'),
      );
      nodeBare.push(check(await measure(process.execPath, ['-e', '0'], repo), 'node -e 0', [0]));
    }
    const nodeStarts = stats(nodeBare);
    const single = stats(singleRuns);
    const singleCold = stats(singleColdRuns);
    const singleS = stats(singleSquawk);

    const { app, prs, prcs, bares } = LINT_ONLY ? {} : await prCheckBench(cli, temp);

    const quality = await compareOnCorpus({ cli });

    const met = (ok) => (ok ? 'met' : 'MISSED');
    const q = ({ name, all, holdout }) =>
      `${name.padEnd(31)} recall ${(all.recall * 100).toFixed(1)}% (holdout ${(holdout.recall * 100).toFixed(1)}%), safe blocked ${(all.blockRate * 100).toFixed(1)}% (holdout ${(holdout.blockRate * 100).toFixed(1)}%)`;
    const lines = [
      '',
      '══════════════════════ bench summary ══════════════════════',
      `corpus           ${corpus.files.length} files, ${corpus.statements.toLocaleString('en')} statements`,
      `lint all files   rollback-ready median ${fmtMs(o.median)} (min ${fmtMs(o.min)})   squawk median ${fmtMs(s.median)} (min ${fmtMs(s.min)})   [${RUNS} runs each, after 1 warm-up; too much SQL for the parse store]`,
      `ratio            ours/squawk = ${ratio.toFixed(2)}   (target <= ${TARGET_RATIO}: ${met(ratio <= TARGET_RATIO)})`,
      `squawk 1 thread  median ${fmtMs(s1.median)} (RAYON_NUM_THREADS=1)   ours/squawk = ${(o.median / s1.median).toFixed(2)}   [3 runs]`,
      `findings corpus  ${heavy.files.length} files, ${heavyFindings.toLocaleString('en')} findings: json ${fmtMs(hjs.median)}, text ${fmtMs(hts.median)} (text/json ${(hts.median / hjs.median).toFixed(2)})   squawk ${fmtMs(hss.median)}   ours/squawk: json ${(hjs.median / hss.median).toFixed(2)}, text ${(hts.median / hss.median).toFixed(2)}   [3 runs each]`,
      `single file      rollback-ready warm cache median ${fmtMs(single.median)} (min ${fmtMs(single.min)}, CPU ${fmtCpu(single.cpu)}) (target <= ${TARGET_SINGLE_MS} ms: ${met(single.median <= TARGET_SINGLE_MS)})   cold cache median ${fmtMs(singleCold.median)} (min ${fmtMs(singleCold.min)}, CPU ${fmtCpu(singleCold.cpu)})   squawk median ${fmtMs(singleS.median)}   [${SINGLE_RUNS} runs each, same report cold and warm]`,
      `single/baseline  node -e 0 in the same runs: wall ${fmtMs(nodeStarts.median)}, CPU ${fmtCpu(nodeStarts.cpu)}   single-file lint / node -e 0: warm wall ${ratioOf(single.median, nodeStarts.median)} (target ${ratioOf(TARGET_SINGLE_MS, nodeStarts.median)}), cold wall ${ratioOf(singleCold.median, nodeStarts.median)}`,
      ...(LINT_ONLY ? [] : prCheckLines({ app, prs, prcs, bares })),
      `cpu (user+sys)   ${o.cpu === undefined ? 'n/a' : `rollback-ready median ${fmtMs(o.cpu)}   squawk median ${fmtMs(s.cpu)}   ratio ${(o.cpu / s.cpu).toFixed(2)}`}`,
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
    if (
      process.env.BENCH_STRICT === '1' &&
      (ratio > TARGET_RATIO || single.median > TARGET_SINGLE_MS || (prs?.cpu ?? 0) > TARGET_PR_CPU_MS)
    )
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

/** Then `rollback plan` across 2,000 releases (bench/rollback-plan.mjs). */
function rollbackPlanBench() {
  console.log('\nrollback plan bench (bench/rollback-plan.mjs)');
  const result = spawnSync(process.execPath, [join(dirname(fileURLToPath(import.meta.url)), 'rollback-plan.mjs')], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exitCode = result.status ?? 1;
}

const only = process.argv.indexOf('--only');
if (only !== -1 && process.argv[only + 1] !== 'pr-check') {
  console.error('usage: node bench/run.mjs [--only pr-check]   (BENCH_ONLY=lint: the lint parts only)');
  process.exit(2);
}
const benches =
  only !== -1
    ? prCheckOnly()
    : main()
        .then(() => LINT_ONLY || rehearsalBench())
        .then(() => LINT_ONLY || deployBench())
        .then(() => LINT_ONLY || rollbackPlanBench());
benches.catch((error) => {
  console.error(`\nbench failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
