#!/usr/bin/env node
// Verdict quality on the labelled corpus (__tests__/fixtures/migrations/corpus.json): rollback-ready
// versus squawk (npm squawk-cli) with its defaults and with its style/timeout rules excluded.
//
// Every corpus file is linted on its own, as a whole process, the way CI sees it:
//   - rollback-ready: `node dist/cli/index.js lint <file> --format json` inside a temporary git repository
//     that holds the corpus under its layout-shaped paths (exit 1 = blocked). One call per file, because
//     one `lint` call treats its files as one change (a table created by one file is "new" in the next).
//   - squawk: `squawk --reporter=json [--exclude=…] <file>` (any violation = blocked: squawk exits 1).
//
// Usage: node bench/squawk-compare.mjs [--verbose]   (needs `npm run build` first)
// Also run by `npm run bench` (bench/run.mjs), which imports compareOnCorpus().
import { Buffer } from 'node:buffer';
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const FIXTURES = join(ROOT, '__tests__', 'fixtures', 'migrations');

/** squawk's style and timeout rules, which fire on nearly every migration (ids checked against squawk 2.66). */
export const SQUAWK_NOISE_RULES = [
  'require-timeout-settings',
  'prefer-robust-stmts',
  'prefer-bigint-over-int',
  'prefer-bigint-over-smallint',
  'prefer-identity',
  'prefer-text-field',
  'prefer-timestamptz',
  'ban-char-field',
  'require-lock-timeout',
  'require-statement-timeout',
];

/** Fail with a clear message when the CLI bundle is missing. */
export function assertBuilt() {
  if (!existsSync(CLI) || !existsSync(join(dirname(CLI), '..', 'libpg-query.wasm'))) {
    throw new Error(`${CLI} (or its libpg-query.wasm) is missing. Run \`npm run build\` first.`);
  }
}

/**
 * Copy the self-contained CLI bundle (index.js, the parser's .wasm, package.json) into `dir` and return
 * the copy's entry point, so a rebuild of dist/ during a long run cannot change or remove what is measured.
 */
export function snapshotCli(dir) {
  assertBuilt();
  const target = join(dir, 'cli');
  cpSync(dirname(CLI), target, { recursive: true });
  // The WASM ships once, one folder above the CLI chunk (dist/libpg-query.wasm), where the loader looks.
  cpSync(join(dirname(CLI), '..', 'libpg-query.wasm'), join(dir, 'libpg-query.wasm'));
  return join(target, 'index.js');
}

/**
 * The squawk executable that node_modules/.bin/squawk launches: the platform package's native binary
 * (the .bin entry is a Node wrapper that spawns it; timing the wrapper would add a Node start-up to squawk).
 */
/** The anchor, pinned: the same version every run compares against. */
export const SQUAWK_VERSION = '2.66.0';

/**
 * squawk from npm (package squawk-cli, native binary per platform). It is not a devDependency: its
 * optional per-platform packages cannot all be locked where only some are reachable, which breaks
 * `npm ci`. The bench installs the pinned version into .bench/squawk on first use instead.
 */
export function resolveSquawk() {
  const exe = process.platform === 'win32' ? 'squawk.exe' : 'squawk';
  const platformPackage = `@squawk-cli/${process.platform}-${process.arch}/bin/${exe}`;
  const prefix = join(ROOT, '.bench', 'squawk');
  const find = () => {
    for (const base of [join(prefix, 'package.json'), join(ROOT, 'package.json')]) {
      try {
        return { path: createRequire(base).resolve(platformPackage), native: true };
      } catch {
        // not installed there
      }
    }
    return undefined;
  };
  let found = find();
  if (!found) {
    console.log(`installing squawk-cli@${SQUAWK_VERSION} into .bench/squawk (first bench run only)…`);
    mkdirSync(prefix, { recursive: true });
    writeFileSync(join(prefix, 'package.json'), '{ "name": "rollback-ready-bench-squawk", "private": true }\n');
    execFileSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', `squawk-cli@${SQUAWK_VERSION}`], {
      stdio: 'inherit',
    });
    found = find();
  }
  if (!found) throw new Error(`squawk-cli@${SQUAWK_VERSION} has no binary for ${process.platform}-${process.arch}.`);
  return found;
}

export function squawkVersion(bin) {
  return execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
}

/** Run a process to completion; wall time in ms from spawn to exit. */
export function run(cmd, args, { cwd, capture = true, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, {
      cwd,
      stdio: ['ignore', capture ? 'pipe' : 'ignore', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', ...env },
    });
    const out = [];
    const err = [];
    child.stdout?.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      resolve({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        ms,
      });
    });
  });
}

/** Map items with at most `limit` in flight, results in input order. */
export async function pool(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** `git init` + one commit, so the CLI sees an ordinary repository. */
export function initGitRepo(dir) {
  const git = (...args) =>
    execFileSync(
      'git',
      [
        '-c',
        'user.name=bench',
        '-c',
        'user.email=bench@example.invalid',
        '-c',
        'commit.gpgsign=false',
        ...args,
      ],
      { cwd: dir, stdio: 'ignore' },
    );
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'corpus');
}

function parseJson(text, what) {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${what}: output is not JSON: ${text.slice(0, 300)}`);
  }
}

async function oursOn(cli, repo, file) {
  // Verdicts straight from the parser, and nothing written into the user's own cache folder.
  const r = await run(process.execPath, [cli, 'lint', file, '--format', 'json'], {
    cwd: repo,
    env: { ROLLBACK_READY_CACHE: 'off' },
  });
  if (r.code !== 0 && r.code !== 1)
    throw new Error(`rollback-ready lint ${file} exited ${r.code}: ${r.stderr.slice(0, 500)}`);
  const report = parseJson(r.stdout, `rollback-ready lint ${file}`);
  const rules = [
    ...new Set((report.findings ?? []).filter((f) => f.severity === 'error').map((f) => f.rule)),
  ];
  return { blocked: r.code === 1, rules };
}

async function squawkOn(bin, repo, file, exclude) {
  const args = ['--reporter=json', ...(exclude.length ? [`--exclude=${exclude.join(',')}`] : []), file];
  const r = await run(bin, args, { cwd: repo });
  if (r.code !== 0 && r.code !== 1)
    throw new Error(`squawk ${args.join(' ')} exited ${r.code}: ${r.stderr.slice(0, 500)}`);
  const violations = r.stdout.trim() ? parseJson(r.stdout, `squawk ${file}`) : [];
  return {
    blocked: r.code === 1 || violations.length > 0,
    rules: [...new Set(violations.map((v) => v.rule_name))],
  };
}

function scoreOf(entries, verdicts, filter = () => true) {
  const rows = entries.map((e, i) => ({ e, v: verdicts[i] })).filter(({ e }) => filter(e));
  const breaking = rows.filter(({ e }) => e.label === 'breaking');
  const safe = rows.filter(({ e }) => e.label === 'safe');
  const caught = breaking.filter(({ v }) => v.blocked).length;
  const falseBlocks = safe.filter(({ v }) => v.blocked).length;
  return {
    breaking: breaking.length,
    caught,
    recall: breaking.length ? caught / breaking.length : 1,
    safe: safe.length,
    falseBlocks,
    blockRate: safe.length ? falseBlocks / safe.length : 0,
  };
}

const pct = (x) => `${(x * 100).toFixed(1)}%`;

/**
 * Lint every corpus file with each tool and print recall on breaking files and block rate on safe ones.
 * Returns the scores (for bench/run.mjs's summary).
 */
export async function compareOnCorpus({ verbose = false, log = console.log, cli } = {}) {
  const squawk = resolveSquawk();
  const entries = JSON.parse(readFileSync(join(FIXTURES, 'corpus.json'), 'utf8'));
  if (!cli) assertBuilt();
  const temp = mkdtempSync(join(tmpdir(), 'rr-corpus-'));
  const repo = join(temp, 'repo');
  try {
    cli ??= snapshotCli(temp);
    // The fixture folder's paths are already layout-shaped (supabase/migrations/…, prisma/migrations/…).
    for (const e of entries) cpSync(join(FIXTURES, e.file), join(repo, e.file));
    initGitRepo(repo);
    const jobs = Math.max(1, availableParallelism());
    const started = Date.now();
    const ours = await pool(entries, jobs, (e) => oursOn(cli, repo, e.file));
    const oursSeconds = (Date.now() - started) / 1000;
    const sqDefault = await pool(entries, jobs, (e) => squawkOn(squawk.path, repo, e.file, []));
    const sqQuiet = await pool(entries, jobs, (e) => squawkOn(squawk.path, repo, e.file, SQUAWK_NOISE_RULES));

    const tools = [
      { name: 'rollback-ready', verdicts: ours },
      {
        name: `squawk ${squawkVersion(squawk.path).replace(/^squawk\s*/, '')} (defaults)`,
        verdicts: sqDefault,
      },
      { name: 'squawk (noise rules excluded)', verdicts: sqQuiet },
    ];
    const holdout = (e) => e.split === 'holdout';
    const results = tools.map((t) => ({
      name: t.name,
      all: scoreOf(entries, t.verdicts),
      holdout: scoreOf(entries, t.verdicts, holdout),
      verdicts: t.verdicts,
    }));

    const nBreaking = entries.filter((e) => e.label === 'breaking').length;
    const nSafe = entries.length - nBreaking;
    log(
      `\nLabelled corpus: ${entries.length} files (${nBreaking} rollback-breaking, ${nSafe} safe; ${entries.filter(holdout).length} in holdout), each linted alone as a whole process`,
    );
    log(`(rollback-ready: ${oursSeconds.toFixed(1)} s for ${entries.length} processes, ${jobs} at a time)\n`);
    const w = [32, 18, 18, 18, 18];
    log(
      ['tool', 'recall (all)', 'recall (holdout)', 'safe blocked', 'safe blk (holdout)']
        .map((h, i) => h.padEnd(w[i]))
        .join(''),
    );
    for (const r of results) {
      const cells = [
        r.name,
        `${r.all.caught}/${r.all.breaking} ${pct(r.all.recall)}`,
        `${r.holdout.caught}/${r.holdout.breaking} ${pct(r.holdout.recall)}`,
        `${r.all.falseBlocks}/${r.all.safe} ${pct(r.all.blockRate)}`,
        `${r.holdout.falseBlocks}/${r.holdout.safe} ${pct(r.holdout.blockRate)}`,
      ];
      log(cells.map((c, i) => c.padEnd(w[i])).join(''));
    }
    log('target: recall >= 96%, safe blocked <= 5%');

    // Which squawk rules block the safe files with its defaults.
    const safeRuleCounts = new Map();
    entries.forEach((e, i) => {
      if (e.label !== 'safe') return;
      for (const rule of sqDefault[i].rules) safeRuleCounts.set(rule, (safeRuleCounts.get(rule) ?? 0) + 1);
    });
    const top = [...safeRuleCounts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6);
    log(`\nsquawk defaults, rules firing on safe files: ${top.map(([r, n]) => `${r} ×${n}`).join(', ')}`);

    const missedBy = (verdicts) => entries.filter((e, i) => e.label === 'breaking' && !verdicts[i].blocked);
    const blockedBy = (verdicts) =>
      entries.map((e, i) => ({ e, v: verdicts[i] })).filter(({ e, v }) => e.label === 'safe' && v.blocked);
    if (verbose) {
      for (const r of results) {
        log(`\n${r.name}: missed breaking files`);
        for (const e of missedBy(r.verdicts)) log(`  [${e.split}] ${e.file}\n      ${e.why}`);
        log(`${r.name}: blocked safe files`);
        for (const { e, v } of blockedBy(r.verdicts))
          log(`  [${e.split}] ${e.file}  (${v.rules.join(', ')})`);
      }
    } else {
      const [oursR] = results;
      const misses = missedBy(oursR.verdicts);
      const blocked = blockedBy(oursR.verdicts);
      if (misses.length) log(`\nrollback-ready misses ${misses.length}:`);
      for (const e of misses) log(`  [${e.split}] ${e.file}: ${e.why}`);
      if (blocked.length) log(`rollback-ready blocks ${blocked.length} safe file(s):`);
      for (const { e, v } of blocked) log(`  [${e.split}] ${e.file} (${v.rules.join(', ')}): ${e.why}`);
      log(
        `squawk (noise excluded) misses ${missedBy(sqQuiet).length}, e.g. ${missedBy(sqQuiet)
          .slice(0, 4)
          .map((e) => e.why.split(':')[0])
          .join('; ')}`,
      );
      log('(--verbose lists every miss and false block per tool)');
    }
    const [oursResult, defaultsResult, quietResult] = results.map(({ name, all, holdout: h }) => ({
      name,
      all,
      holdout: h,
    }));
    return { ours: oursResult, squawkDefaults: defaultsResult, squawkQuiet: quietResult };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  compareOnCorpus({ verbose: process.argv.includes('--verbose') }).catch((error) => {
    console.error(`\nbench failed: ${error instanceof Error ? error.message : error}\n`);
    process.exit(1);
  });
}
