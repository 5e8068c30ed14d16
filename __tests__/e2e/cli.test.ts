import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Report } from '../../src/core/report.js';
import { ROOT } from '../support/cli.js';
import type { Spawned } from '../support/cli.js';
import { snapshotBundles } from '../support/bundles.js';
import type { BundleSnapshot } from '../support/bundles.js';
import { TempRepo } from '../support/git-repo.js';
import { sarifErrors } from '../support/sarif.js';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const MIGRATIONS = 'supabase/migrations';
const INIT = `${MIGRATIONS}/20240101000000_init.sql`;
const INIT_SQL = [
  'create table users (',
  '  id bigint primary key,',
  '  email text,',
  '  name text',
  ');',
  '',
].join('\n');
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;

/** A repository whose main branch has the initial migration, and a feature branch with `feature` committed. */
function featureRepo(
  feature: Record<string, string | Buffer>,
  main: Record<string, string | Buffer> = {},
): TempRepo {
  const repo = new TempRepo('rr-cli-');
  repo.write(INIT, INIT_SQL);
  for (const [path, content] of Object.entries(main)) repo.write(path, content);
  repo.commit('initial schema');
  repo.branch('feature');
  for (const [path, content] of Object.entries(feature)) repo.write(path, content);
  repo.commit('feature', '2026-01-02T00:00:00Z');
  return repo;
}

function reportOf(run: Spawned): Report {
  return JSON.parse(run.stdout) as Report;
}

function rulesOf(report: Report): string[] {
  return report.findings.map((f) => f.rule).sort();
}

/** A usage error: exit 2, nothing on stdout, one line on stderr, no stack trace. */
function expectUsageError(run: Spawned, ...mentions: string[]): void {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(/^rollback-ready: /);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stderr).not.toContain('internal error');
  for (const m of mentions) expect(run.stderr).toContain(m);
}

let bundles: BundleSnapshot;
/** The built CLI (a copy of dist/cli, so a concurrent `npm run build` cannot remove it mid-test). */
const runCli = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Spawned =>
  bundles.runCli(args, cwd, env);

const repos: TempRepo[] = [];
const track = (repo: TempRepo) => (repos.push(repo), repo);
let safe: TempRepo;
let drop: TempRepo;
let shipped: TempRepo;
let edited: TempRepo;
let broken: TempRepo;
let unreadable: TempRepo;
let typo: TempRepo;
let crlf: TempRepo;
let notGit: string;

beforeAll(async () => {
  bundles = await snapshotBundles();
  safe = track(
    featureRepo({
      [`${MIGRATIONS}/20240102000000_add_nickname.sql`]: 'alter table users add column nickname text;\n',
    }),
  );
  drop = track(
    featureRepo({
      [`${MIGRATIONS}/20240102000000_drop_email.sql`]:
        '-- email moved to auth.users\n\nalter table users drop column email;\n',
    }),
  );
  // Everything already on main, nothing changed since the base.
  shipped = track(new TempRepo('rr-cli-'));
  shipped
    .write(INIT, INIT_SQL)
    .write(`${MIGRATIONS}/20240102000000_drop_email.sql`, 'alter table users drop column email;\n')
    .write(`${MIGRATIONS}/20240103000000_drop_users.sql`, 'drop table users;\n')
    .commit('shipped migrations');
  edited = track(featureRepo({ [INIT]: INIT_SQL.replace('  email text,', '  email text not null,') }));
  broken = track(
    featureRepo({
      [`${MIGRATIONS}/20240102000000_typo.sql`]:
        'alter table users add column ok text;\ncreat table oops (id int);\n',
      [`${MIGRATIONS}/20240103000000_drop_name.sql`]: 'alter table users drop column name;\n',
    }),
  );
  unreadable = track(
    featureRepo({
      [`${MIGRATIONS}/20240102000000_latin1.sql`]: Buffer.concat([
        Buffer.from('-- caf'),
        Buffer.from([0xe9]),
        Buffer.from('\nselect 1;\n'),
      ]),
      [`${MIGRATIONS}/20240103000000_binary.sql`]: Buffer.from([0x73, 0x65, 0x6c, 0x00, 0x01, 0x02, 0x0a]),
    }),
  );
  crlf = track(
    featureRepo({
      [`${MIGRATIONS}/20240102000000_crlf.sql`]:
        '\uFEFF-- windows editor\r\n\r\nalter table users drop column email;\r\n',
      [`${MIGRATIONS}/20240103000000_long_line.sql`]: `-- ${'x'.repeat(2 * 1024 * 1024)}\nalter table users drop column name;\n`,
    }),
  );
  typo = track(
    featureRepo(
      {},
      { '.github/rollback-ready.yml': '# rollback-ready settings\nmigrations:\n  pg-versoin: 14\n' },
    ),
  );
  notGit = mkdtempSync(join(tmpdir(), 'rr-not-git-'));
});

afterAll(() => {
  for (const repo of repos) repo.remove();
  if (notGit) rmSync(notGit, { recursive: true, force: true });
  bundles?.remove();
});

describe('CLI: version, help and usage errors', () => {
  it("prints package.json's version with --version and exits 0", () => {
    const run = runCli(['--version'], safe.dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${VERSION}\n`);
  });

  it('lists the check and lint commands with --help and exits 0', () => {
    const run = runCli(['--help'], safe.dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\s+check\s/m);
    expect(run.stdout).toMatch(/^\s+lint\s/m);
    expect(run.stdout).toContain('--format');
  });

  it('loads each command on first use: the entry bundle holds neither the GitHub client nor the Postgres driver', () => {
    const index = readFileSync(join(ROOT, 'dist', 'cli', 'index.js'), 'utf8');
    // The entry turns on Node's compile cache, then imports main.js, a chunk of its own: both load at start.
    const mainChunk = /__nccwpck_require__\.e\(\/\* import\(\) \*\/ (\d+)\)/.exec(index)?.[1];
    expect(mainChunk).toBeDefined();
    const entry = index + readFileSync(join(ROOT, 'dist', 'cli', `${mainChunk}.index.js`), 'utf8');
    expect(entry).toContain('./src/commands/registry.ts');
    expect(entry).not.toContain('node_modules/@octokit/');
    expect(entry).not.toContain('node_modules/pg/');
    expect(entry).not.toContain('./src/gates/migrations/rules/');
    // zod and the YAML parser load only with a config file or config flags (src/config/resolve.ts).
    expect(entry).not.toContain('node_modules/zod/');
    expect(entry).not.toContain('node_modules/yaml/');
  });

  it('rejects an unknown command with exit 2 and one line naming the commands', () => {
    expectUsageError(runCli(['frobnicate'], safe.dir), 'unknown command "frobnicate"', 'check', 'lint');
  });

  it('rejects an unknown flag with exit 2, naming the flag', () => {
    expectUsageError(runCli(['check', '--frobnicate'], safe.dir), '--frobnicate');
  });

  it('rejects --format xml with exit 2, naming the allowed formats', () => {
    expectUsageError(
      runCli(['check', '--format', 'xml'], drop.dir),
      '--format',
      '"xml"',
      'text, json, markdown, sarif',
    );
  });

  it('rejects an empty --cwd with exit 2, naming the flag', () => {
    expectUsageError(runCli(['check', '--cwd', ''], drop.dir), '--cwd: empty');
  });

  it('rejects --base nonexistent with exit 2, naming --base', () => {
    expectUsageError(
      runCli(['check', '--base', 'nonexistent'], drop.dir),
      '--base nonexistent',
      'not a commit',
    );
  });

  it('exits 2 with a clear message outside a git repository', () => {
    const run = runCli(['check'], notGit, { GIT_CEILING_DIRECTORIES: dirname(notGit) });
    expectUsageError(run, 'not inside a git repository', '--cwd');
  });

  it('exits 2 on a typo in a config key, naming the key and file:line', () => {
    const run = runCli(['check'], typo.dir);
    expectUsageError(
      run,
      '.github/rollback-ready.yml:3',
      'migrations.pg-versoin',
      'did you mean "pg-version"',
    );
  });
});

describe('CLI: check', () => {
  it('passes a feature branch that adds a safe migration, printing the v1 JSON report', () => {
    const run = runCli(['check', '--format', 'json'], safe.dir);
    expect(run.status).toBe(0);
    const report = reportOf(run);
    expect(report).toMatchObject({
      schemaVersion: 1,
      tool: { name: 'rollback-ready', version: VERSION },
      verdict: 'pass',
    });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.gates).toEqual(
      expect.arrayContaining([expect.objectContaining({ gate: 'migrations', status: 'pass' })]),
    );
  });

  it('blocks a feature branch that drops a column, pointing at the 1-based line', () => {
    const run = runCli(['check', '--format', 'json'], drop.dir);
    expect(run.status).toBe(1);
    const report = reportOf(run);
    expect(report.verdict).toBe('block');
    const finding = report.findings.find((f) => f.rule === 'ban-drop-column');
    expect(finding).toMatchObject({
      gate: 'migrations',
      severity: 'error',
      file: `${MIGRATIONS}/20240102000000_drop_email.sql`,
      line: 3,
      column: 1,
    });
  });

  it('prints SARIF that validates against the SARIF 2.1.0 schema', () => {
    const run = runCli(['check', '--format', 'sarif'], drop.dir);
    expect(run.status).toBe(1);
    expect(sarifErrors(run.stdout)).toEqual([]);
    expect(run.stdout).toContain('"ruleId": "ban-drop-column"');
  });

  it('checks the repository given by --cwd from another directory', () => {
    const run = runCli(['check', '--format', 'json', '--cwd', drop.dir], notGit);
    expect(run.status).toBe(1);
    expect(rulesOf(reportOf(run))).toContain('ban-drop-column');
  });

  it('writes text without ANSI escapes when NO_COLOR is set, even with FORCE_COLOR', () => {
    const run = runCli(['check'], drop.dir, { NO_COLOR: '1', FORCE_COLOR: '1' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${MIGRATIONS}/20240102000000_drop_email.sql:3:1`);
    expect(run.stdout).not.toMatch(ANSI);
    expect(run.stderr).not.toMatch(ANSI);
  });

  it('flags an edited already-shipped migration at the first differing line', () => {
    const run = runCli(['check', '--format', 'json'], edited.dir);
    expect(run.status).toBe(1);
    const finding = reportOf(run).findings.find((f) => f.rule === 'edited-shipped-migration');
    expect(finding).toMatchObject({ file: INIT, line: 3, severity: 'error' });
  });

  it('reports a syntax error in one file and a dropped column in another, without crashing', () => {
    const run = runCli(['check', '--format', 'json'], broken.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toContain('internal error');
    const report = reportOf(run);
    expect(report.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          rule: 'syntax-error',
          file: `${MIGRATIONS}/20240102000000_typo.sql`,
          line: 2,
        }),
        expect.objectContaining({
          rule: 'ban-drop-column',
          file: `${MIGRATIONS}/20240103000000_drop_name.sql`,
          line: 1,
        }),
      ]),
    );
    expect(rulesOf(report)).not.toContain('gate-failed');
  });

  it('reports invalid UTF-8 and NUL bytes as unreadable files, without crashing', () => {
    const run = runCli(['check', '--format', 'json'], unreadable.dir);
    expect(run.status).toBe(1);
    const report = reportOf(run);
    const unreadableFiles = report.findings.filter((f) => f.rule === 'unreadable-file');
    expect(unreadableFiles.map((f) => f.file).sort()).toEqual([
      `${MIGRATIONS}/20240102000000_latin1.sql`,
      `${MIGRATIONS}/20240103000000_binary.sql`,
    ]);
    expect(unreadableFiles.map((f) => f.message).join('\n')).toMatch(/UTF-8[\s\S]*NUL|NUL[\s\S]*UTF-8/);
    expect(rulesOf(report)).not.toContain('gate-failed');
  });

  it('reports invalid UTF-8 as unreadable when checking a commit with --head too', () => {
    const run = runCli(['check', '--format', 'json', '--base', 'main', '--head', 'feature'], unreadable.dir);
    const files = reportOf(run)
      .findings.filter((f) => f.rule === 'unreadable-file')
      .map((f) => f.file)
      .sort();
    expect(files).toEqual([
      `${MIGRATIONS}/20240102000000_latin1.sql`,
      `${MIGRATIONS}/20240103000000_binary.sql`,
    ]);
  });

  it('keeps 1-based lines right with a byte-order mark, CRLF line endings and a 2 MB line', () => {
    const run = runCli(['check', '--format', 'json'], crlf.dir);
    expect(run.status).toBe(1);
    const drops = reportOf(run)
      .findings.filter((f) => f.rule === 'ban-drop-column')
      .map((f) => [f.file, f.line, f.column]);
    expect(drops).toEqual([
      [`${MIGRATIONS}/20240102000000_crlf.sql`, 3, 1],
      [`${MIGRATIONS}/20240103000000_long_line.sql`, 2, 1],
    ]);
  });

  it('skips the migrations gate when nothing changed since the base', () => {
    const run = runCli(['check', '--format', 'json'], shipped.dir);
    expect(run.status).toBe(0);
    expect(reportOf(run).gates).toEqual(
      expect.arrayContaining([expect.objectContaining({ gate: 'migrations', status: 'skipped' })]),
    );
  });
});

describe('CLI: lint', () => {
  it('lints exactly the file given, even when nothing changed', () => {
    const run = runCli(
      ['lint', `${MIGRATIONS}/20240102000000_drop_email.sql`, '--format', 'json'],
      shipped.dir,
    );
    expect(run.status).toBe(1);
    const report = reportOf(run) as Report & { migrations: { files: { file: string }[] } };
    expect(rulesOf(report)).toContain('ban-drop-column');
    expect(new Set(report.findings.map((f) => f.file))).toEqual(
      new Set([`${MIGRATIONS}/20240102000000_drop_email.sql`]),
    );
    expect(report.migrations.files.map((f) => f.file)).toEqual([
      `${MIGRATIONS}/20240102000000_drop_email.sql`,
    ]);
  });

  it('passes a clean file given explicitly although other shipped files would block', () => {
    const run = runCli(['lint', INIT, '--format', 'json'], shipped.dir);
    expect(run.status).toBe(0);
    const report = reportOf(run);
    expect(report.verdict).toBe('pass');
    expect(report.findings.filter((f) => f.file !== INIT)).toEqual([]);
  });

  it('rejects a file that does not exist with exit 2, naming it', () => {
    expectUsageError(runCli(['lint', `${MIGRATIONS}/nope.sql`], shipped.dir), `${MIGRATIONS}/nope.sql`);
  });

  it('tells files from folders and missing paths among many arguments in one folder (one listing, not a stat each)', () => {
    const repo = track(new TempRepo('rr-cli-many-'));
    const names = Array.from(
      { length: 20 },
      (_, i) => `${MIGRATIONS}/2024010100${String(i).padStart(4, '0')}_t${i}.sql`,
    );
    for (const [i, name] of names.entries()) repo.write(name, `create table if not exists t${i} (id int);\n`);
    repo.write(`${MIGRATIONS}/folder.sql/keep.txt`, 'not a migration');
    repo.commit('twenty migrations and a folder named like one');
    const all = runCli(['lint', ...names, '--format', 'json'], repo.dir);
    expect(all.status).toBe(0);
    expect((reportOf(all) as Report & { migrations: { files: unknown[] } }).migrations.files).toHaveLength(
      20,
    );
    // A folder is not a file: it brings the migrations in it, and one holding none is refused by name.
    expectUsageError(
      runCli(['lint', ...names, `${MIGRATIONS}/folder.sql`], repo.dir),
      `${MIGRATIONS}/folder.sql: a folder holding no migration file`,
    );
    expectUsageError(
      runCli(['lint', ...names, `${MIGRATIONS}/missing.sql`], repo.dir),
      `${MIGRATIONS}/missing.sql: no such file`,
    );
  });
});
