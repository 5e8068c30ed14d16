#!/usr/bin/env node
// Rehearsal speed: `rollback-ready rehearse` on 200 new migration files (each with its down migration)
// on the local PostgreSQL binaries and on the embedded PGlite, as whole CLI processes.
//
// 1. Generates a temporary git repository: 10 golang-migrate base migrations on `main`, then a branch
//    adding 200 up migrations (tables, columns, indexes, enums, functions, triggers, constraints, data
//    changes) and their 200 down migrations.
// 2. Runs `node dist/cli/index.js rehearse --base main --format json --engine <local|pglite>` and reads
//    the timings the report carries (`rehearsal.timings`), plus the process wall time.
// 3. Prints one summary block.
//
// Targets (local binaries): server start <= 2 s; the 200 files applied <= 10 s.
// Run it on its own after `npm run build`: `node bench/rehearsal.mjs`. BENCH_STRICT=1 exits 1 on a miss.
// BENCH_REHEARSAL_ENGINES=local (or pglite) limits the engines.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const NEW_FILES = 200;
const BASE_TABLES = 10;
const TARGET_START_MS = 2_000;
const TARGET_APPLY_MS = 10_000;
const ENGINES = (process.env.BENCH_REHEARSAL_ENGINES ?? 'local,pglite').split(',').map((e) => e.trim()).filter(Boolean);

if (!existsSync(CLI)) {
  console.error(`bench/rehearsal: ${CLI} is missing; run npm run build first`);
  process.exit(1);
}

function git(cwd, ...args) {
  execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
}

function write(dir, path, text) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

/** One realistic migration and the down migration that undoes it; five kinds in turn. */
function migration(i) {
  const t = `t${i % BASE_TABLES}`;
  switch (i % 5) {
    case 0:
      return [
        `CREATE TABLE n${i} (\n  id bigserial PRIMARY KEY,\n  ${t}_id bigint REFERENCES ${t} (id),\n  label text NOT NULL DEFAULT '',\n  created_at timestamptz NOT NULL DEFAULT now()\n);\nCREATE INDEX n${i}_${t}_idx ON n${i} (${t}_id);\n`,
        `DROP TABLE n${i};\n`,
      ];
    case 1:
      return [
        `SET lock_timeout = '2s';\nALTER TABLE ${t} ADD COLUMN c${i} text;\nCREATE INDEX ${t}_c${i}_idx ON ${t} (c${i});\n`,
        `DROP INDEX ${t}_c${i}_idx;\nALTER TABLE ${t} DROP COLUMN c${i};\n`,
      ];
    case 2:
      return [
        `CREATE TYPE e${i} AS ENUM ('draft', 'live', 'archived');\nALTER TABLE ${t} ADD COLUMN s${i} e${i} DEFAULT 'draft';\n`,
        `ALTER TABLE ${t} DROP COLUMN s${i};\nDROP TYPE e${i};\n`,
      ];
    case 3:
      return [
        `CREATE FUNCTION touch${i}() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  NEW.updated_at := now();\n  RETURN NEW;\nEND\n$$;\nCREATE TRIGGER touch${i} BEFORE UPDATE ON ${t} FOR EACH ROW EXECUTE FUNCTION touch${i}();\n`,
        `DROP TRIGGER touch${i} ON ${t};\nDROP FUNCTION touch${i}();\n`,
      ];
    default:
      return [
        `ALTER TABLE ${t} ADD CONSTRAINT ${t}_ck${i} CHECK (id > 0) NOT VALID;\nALTER TABLE ${t} VALIDATE CONSTRAINT ${t}_ck${i};\nUPDATE ${t} SET updated_at = now() WHERE name IS NULL;\n`,
        `ALTER TABLE ${t} DROP CONSTRAINT ${t}_ck${i};\n`,
      ];
  }
}

function makeRepo() {
  const dir = mkdtempSync(join(tmpdir(), 'rr-bench-rehearsal-'));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'bench@example.com');
  git(dir, 'config', 'user.name', 'bench');
  git(dir, 'config', 'commit.gpgsign', 'false');
  for (let k = 0; k < BASE_TABLES; k++) {
    const version = String(k + 1).padStart(4, '0');
    write(dir, `db/migrations/${version}_t${k}.up.sql`, `CREATE TABLE t${k} (\n  id bigserial PRIMARY KEY,\n  name text,\n  email text NOT NULL,\n  updated_at timestamptz\n);\n`);
    write(dir, `db/migrations/${version}_t${k}.down.sql`, `DROP TABLE t${k};\n`);
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  git(dir, 'checkout', '-q', '-b', 'change');
  for (let i = 0; i < NEW_FILES; i++) {
    const version = String(BASE_TABLES + i + 1).padStart(4, '0');
    const [up, down] = migration(i);
    write(dir, `db/migrations/${version}_m${i}.up.sql`, up);
    write(dir, `db/migrations/${version}_m${i}.down.sql`, down);
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'change');
  return dir;
}

function rehearse(dir, engine) {
  const before = leftovers();
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [CLI, 'rehearse', '--base', 'main', '--format', 'json', '--engine', engine], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 300_000,
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    throw new Error(`rehearse --engine ${engine} exited ${result.status} without a JSON report:\n${result.stderr}`);
  }
  const rehearsal = report.rehearsal ?? {};
  const layout = rehearsal.layouts?.[0] ?? { files: [] };
  const count = (phase, status) => layout.files.filter((f) => f.phase === phase && (!status || f.status === status)).length;
  const leaked = leftovers().filter((d) => !before.includes(d));
  return {
    engine,
    exit: result.status,
    verdict: report.verdict,
    errors: report.findings.filter((f) => f.severity === 'error').map((f) => `${f.file ?? ''}:${f.line ?? ''} ${f.rule}`),
    server: rehearsal.server ?? '(none)',
    timings: rehearsal.timings ?? {},
    applied: count('new', 'applied'),
    downs: count('down', 'applied'),
    wallMs,
    leaked,
  };
}

/** Temp folders of local servers: a rehearsal must leave none behind. */
function leftovers() {
  try {
    return readdirSync(tmpdir()).filter((d) => d.startsWith('rr-pg-'));
  } catch {
    return [];
  }
}

const s = (ms) => (ms === undefined ? '-' : `${(ms / 1000).toFixed(2)} s`);
const dir = makeRepo();
const results = [];
try {
  for (const engine of ENGINES) results.push(rehearse(dir, engine));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const lines = [
  '',
  `rehearsal: ${NEW_FILES} new golang-migrate migrations (+ ${NEW_FILES} down migrations) on ${BASE_TABLES} base migrations`,
  '',
  `${'engine'.padEnd(8)}${'server start'.padStart(14)}${'base'.padStart(9)}${'seed'.padStart(9)}${`apply ${NEW_FILES}`.padStart(12)}${`downs ${NEW_FILES}`.padStart(12)}${'total'.padStart(10)}${'wall'.padStart(10)}  result`,
];
let missed = false;
for (const r of results) {
  const t = r.timings;
  const result = r.errors.length
    ? `${r.verdict}: ${r.errors.slice(0, 3).join(', ')}`
    : `${r.verdict}, ${r.applied} applied, ${r.downs} downs checked${r.leaked.length ? `, LEFT BEHIND ${r.leaked.join(' ')}` : ''}`;
  lines.push(
    `${r.engine.padEnd(8)}${s(t.startMs).padStart(14)}${s(t.baseMs).padStart(9)}${s(t.seedMs).padStart(9)}${s(t.applyMs).padStart(12)}${s(t.downMs).padStart(12)}${s(t.totalMs).padStart(10)}${s(r.wallMs).padStart(10)}  ${result}`,
  );
  if (r.errors.length || r.leaked.length || r.applied !== NEW_FILES) missed = true;
}
lines.push('');
for (const r of results) lines.push(`  ${r.engine}: ${r.server}`);
const local = results.find((r) => r.engine === 'local');
if (local) {
  const startOk = (local.timings.startMs ?? Infinity) <= TARGET_START_MS;
  const applyOk = (local.timings.applyMs ?? Infinity) <= TARGET_APPLY_MS;
  lines.push(
    '',
    `targets (local binaries): server start ${s(local.timings.startMs)} <= ${s(TARGET_START_MS)} ${startOk ? 'met' : 'MISSED'}; ` +
      `${NEW_FILES} files ${s(local.timings.applyMs)} <= ${s(TARGET_APPLY_MS)} ${applyOk ? 'met' : 'MISSED'}`,
  );
  if (!startOk || !applyOk) missed = true;
}
console.log(lines.join('\n'));
if (missed && process.env.BENCH_STRICT === '1') process.exitCode = 1;
