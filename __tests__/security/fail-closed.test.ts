/**
 * Fail closed, and keep a pull request's content from acting on the CI machine (issue 17, B/C/E).
 * Each row is one attack a pull request can make, run as users run the tool: the built CLI (or the
 * action bundle) on a real temporary git repository. Every row failed on the main branch before
 * the fix: it passed silently, read outside the checkout, ran the PR's command or leaked a secret.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../src/core/report.js';
import { startFakeGitHub } from '../helpers/fake-github/index.js';
import type { FakeGitHub } from '../helpers/fake-github/index.js';
import { runAction } from '../support/action.js';
import { snapshotBundles } from '../support/bundles.js';
import type { BundleSnapshot } from '../support/bundles.js';
import { runCli as runRealCli } from '../support/cli.js';
import type { Spawned } from '../support/cli.js';
import { TempRepo } from '../support/git-repo.js';

const MIGRATIONS = 'supabase/migrations';
const INIT = `${MIGRATIONS}/20240101000000_init.sql`;
const CONFIG = '.github/rollback-ready.yml';
const DROP = 'alter table users drop column email;\n';

let bundles: BundleSnapshot;
let outside: string;
const cleanup: (() => void)[] = [];

beforeAll(async () => {
  bundles = await snapshotBundles();
  outside = mkdtempSync(join(tmpdir(), 'rr-outside-'));
  writeFileSync(join(outside, 'secret.sql'), 'create table stolen (x int);\n');
  writeFileSync(join(outside, 'notes.md'), '### Release note\n- **Release ID:** v9.9.9\n');
  writeFileSync(join(outside, 'victim.txt'), 'do not touch\n');
  writeFileSync(join(outside, 'config.yml'), 'migrations:\n  exclude: ["**"]\n');
}, 120_000);

afterAll(() => {
  for (const f of cleanup) f();
  rmSync(outside, { recursive: true, force: true });
  bundles?.remove();
});

/** main: the initial migration (+ `main` files); feature: `feature` files committed on top. */
function repo(feature: Record<string, string> = {}, main: Record<string, string> = {}): TempRepo {
  const r = new TempRepo('rr-fail-closed-');
  cleanup.push(() => r.remove());
  r.write(INIT, 'create table users (id bigint primary key, email text, name text);\n');
  for (const [p, c] of Object.entries(main)) r.write(p, c);
  r.commit('initial schema');
  r.branch('feature');
  for (const [p, c] of Object.entries(feature)) r.write(p, c);
  r.commit('feature', '2026-01-02T00:00:00Z');
  return r;
}

const cli = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Spawned =>
  bundles.runCli(args, cwd, env);

/** Exit 2 with one line on stderr naming `mentions`, no stack trace. */
function expectRefused(run: Spawned, ...mentions: string[]): void {
  expect({ status: run.status, stderr: run.stderr }).toMatchObject({ status: 2 });
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at |internal error/);
  for (const m of mentions) expect(run.stderr).toContain(m);
}

/** Lines the GitHub runner would obey, or a terminal would act on. */
function actingLines(text: string): string[] {
  return (
    text
      .split(/\r\n|\r|\n/)
      // eslint-disable-next-line no-control-regex
      .filter((l) => /^[\s\u0085]*::/.test(l) || l.includes('##[') || /[\u001b\u009b\u202e]/.test(l))
  );
}

describe('B. untrusted text never acts on the runner or leaks', () => {
  const hostileColumn = 'x\n::error title=pwned::owned\r::add-mask::y ##[warning]z \u001b[2J\u202Eevil';
  const sql = `alter table users drop column "${hostileColumn.replace(/"/g, '""')}";\n`;

  it.each(['text', 'markdown', 'json', 'sarif'])(
    'a finding quoting a hostile identifier prints no workflow command or escape (--format %s)',
    (format) => {
      const r = repo({ [`${MIGRATIONS}/20240102000000_hostile.sql`]: sql });
      const run = cli(['lint', '--base', 'main', '--format', format], r.dir);
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('owned');
      expect(actingLines(run.stdout)).toEqual([]);
      expect(actingLines(run.stderr)).toEqual([]);
      if (format === 'json') expect(() => JSON.parse(run.stdout) as Report).not.toThrow();
    },
  );

  it('the action log and annotations carry no command from a hostile file name or identifier', async () => {
    const r = repo({ [`${MIGRATIONS}/20240102000000_x ##[error]y.sql`]: sql });
    const run = await runAction({
      entry: bundles.action,
      workspace: r.dir,
      inputs: { comment: 'false', base: 'main' },
      eventName: 'push',
    });
    expect(run.status).toBe(1);
    const own = /^::(error|warning|notice|debug|add-mask|group|endgroup)[ :]/;
    const injected = run.stdout
      .split(/\r\n|\r|\n/)
      .filter((l) => (/^[\s\u0085]*::/.test(l) && !own.test(l)) || l.includes('##['));
    expect(injected).toEqual([]);
    // Our own annotations: the hostile title is inside the escaped data, never a second command.
    expect(run.stdout).not.toMatch(/^::error title=pwned/m);
    // eslint-disable-next-line no-control-regex
    expect(run.stdout).not.toMatch(/[\u001b\u202e]/);
  });

  it.each([
    ['mysql', 'mysql://app:S3cretPw9@db.example.com/app'],
    ['jdbc', 'jdbc:postgresql://db.example.com:5432/app?user=app&password=S3cretPw9'],
    ['redis', 'redis://:S3cretPw9@cache.example.com:6379/0'],
    ['postgres', 'postgres://app:S3cretPw9@db.example.com/app'],
  ])('an error that echoes a %s URL never prints its password', (_scheme, url) => {
    const r = repo();
    const run = cli(['notes', 'check', '--pr-body-file', url], r.dir);
    expect(run.status).toBe(2);
    expect(`${run.stdout}${run.stderr}`).not.toContain('S3cretPw9');
  });

  it('an error that echoes the token from the environment prints *** instead', () => {
    const r = repo();
    const token = 'ghp_SENTINELfailClosed0123456789';
    const run = cli(['notes', 'check', '--pr-body-file', `/nope/${token}.md`], r.dir, {
      GITHUB_TOKEN: token,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('***');
    expect(`${run.stdout}${run.stderr}`).not.toContain(token);
  });
});

describe('C. never read or write outside the checkout', () => {
  const rows: [string, (r: TempRepo) => string[], string][] = [
    [
      'a migration that is a symlink to a file outside the repository',
      (r) => {
        symlinkSync(join(outside, 'secret.sql'), join(r.dir, MIGRATIONS, '20240103000000_link.sql'));
        return ['lint', '--base', 'main'];
      },
      '20240103000000_link.sql',
    ],
    [
      'a migrations folder that is a symlink out of the repository',
      (r) => {
        symlinkSync(outside, join(r.dir, 'supabase', 'linked'));
        return ['lint', 'supabase/linked/secret.sql'];
      },
      'supabase/linked/secret.sql',
    ],
    [
      'notes.file that is a symlink out of the repository (the config schema already refuses "..")',
      (r) => {
        r.write(CONFIG, 'notes:\n  source: file\n  file: RELEASE_NOTE.md\n');
        symlinkSync(join(outside, 'notes.md'), join(r.dir, 'RELEASE_NOTE.md'));
        return ['notes', 'check'];
      },
      'RELEASE_NOTE.md',
    ],
    [
      'a kill-switch manifest that is a symlink out of the repository',
      (r) => {
        r.write(CONFIG, 'kill-switch:\n  manifest: flags.json\n');
        r.commit('config on main');
        r.checkout('main').git('merge', '-q', 'feature');
        r.write('src/auth/login.ts', 'export const login = () => flags.newLogin;\n');
        r.write('note.md', '### Release note\n\n- **Kill switch:** new-login\n');
        symlinkSync(join(outside, 'victim.txt'), join(r.dir, 'flags.json'));
        r.branch('risky').commit('risky change');
        return ['check', '--base', 'main', '--pr-body-file', 'note.md'];
      },
      'flags.json',
    ],
    [
      'a config file that is a symlink out of the repository',
      (r) => {
        symlinkSync(join(outside, 'config.yml'), join(r.dir, CONFIG.replace('.yml', '.yaml')));
        return ['lint', INIT];
      },
      'rollback-ready.yaml',
    ],
    [
      'a config file that is a dangling symlink',
      (r) => {
        symlinkSync(join(r.dir, 'nowhere.yml'), join(r.dir, CONFIG));
        return ['lint', INIT];
      },
      'does not exist',
    ],
    [
      'a config file that is a symlink loop',
      (r) => {
        symlinkSync(join(r.dir, '.github', 'loop-b.yml'), join(r.dir, CONFIG));
        symlinkSync(join(r.dir, CONFIG), join(r.dir, '.github', 'loop-b.yml'));
        return ['lint', INIT];
      },
      'symlink loop',
    ],
  ];

  it.each(rows)('%s: exit 2 naming the path', (_name, arrange, mention) => {
    const r = repo({}, { '.github/.keep': '' });
    const args = arrange(r);
    const run = cli(args, r.dir);
    expectRefused(run, mention);
    expect(run.stdout).not.toContain('stolen');
  });

  it('init never appends to a pull request template that links outside', () => {
    const r = repo({}, { '.github/.keep': '' });
    symlinkSync(join(outside, 'victim.txt'), join(r.dir, '.github', 'pull_request_template.md'));
    // init copies the package's workflows/: run the CLI where it is installed (dist/ in this checkout).
    const run = runRealCli(['init'], r.dir);
    expectRefused(run, 'pull_request_template.md', 'symlink');
    expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('do not touch\n');
  });

  it('init --force never overwrites a file a workflow symlink points at', () => {
    const r = repo({}, { '.github/workflows/.keep': '' });
    symlinkSync(join(outside, 'victim.txt'), join(r.dir, '.github', 'workflows', 'pr-check.yml'));
    const run = runRealCli(['init', '--force'], r.dir);
    expectRefused(run, '.github/workflows/pr-check.yml', 'symlink');
    expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('do not touch\n');
  });

  it('init --force never overwrites through a config symlink', () => {
    const r = repo({}, { '.github/.keep': '' });
    symlinkSync(join(outside, 'victim.txt'), join(r.dir, CONFIG));
    const run = runRealCli(['init', '--force'], r.dir);
    expectRefused(run, CONFIG);
    expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('do not touch\n');
  });
});

describe('E. a pull request cannot switch off its own gate', () => {
  it('a PR that excludes its own migrations is still checked with the base policy, and says so', () => {
    const r = repo(
      { [`${MIGRATIONS}/20240102000000_drop.sql`]: DROP, [CONFIG]: 'migrations:\n  exclude: ["**"]\n' },
      { [CONFIG]: 'migrations:\n  pg-version: 15\n' },
    );
    const run = cli(['check', '--base', 'main', '--format', 'json'], r.dir);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    const rules = report.findings.map((f) => f.rule);
    expect(rules).toContain('ban-drop-column');
    const changed = report.findings.find((f) => f.rule === 'config-changed');
    expect(changed).toMatchObject({ severity: 'warning', file: CONFIG });
    expect(changed!.message).toContain('migrations.exclude: [] -> ["**"]');
  });

  it('a PR that turns a rule off in a new config file is still checked with the defaults', () => {
    const r = repo({
      [`${MIGRATIONS}/20240102000000_drop.sql`]: DROP,
      [CONFIG]: 'migrations:\n  rules:\n    ban-drop-column: off\n',
    });
    const run = cli(['lint', '--base', 'main', '--format', 'json'], r.dir);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['ban-drop-column', 'config-changed']),
    );
    expect(report.findings.find((f) => f.rule === 'config-changed')!.message).toContain('adds');
  });

  it("never runs a backup-command that only the PR's config names", () => {
    const marker = join(outside, `ran-${Date.now()}`);
    const r = repo({
      'evil.mjs': `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(marker)}, 'ran'); console.log('{"completedAt": null, "status": "completed"}');\n`,
      [CONFIG]: 'backup:\n  backup-command: node evil.mjs\n',
    });
    const run = cli(['check', '--base', 'main', '--format', 'json'], r.dir, {
      GITHUB_TOKEN: 'ghs_notreal000000',
    });
    expect(existsSync(marker)).toBe(false);
    expect(run.status === 0 || run.status === 1).toBe(true);
    expect((JSON.parse(run.stdout) as Report).findings.map((f) => f.rule)).toContain('config-changed');
  });

  it("with --head, the proposal is the config that commit holds, never the work tree's", () => {
    // Committed on the feature branch: pg-version 16; an uncommitted edit in the work tree says 17.
    const r = repo({
      [`${MIGRATIONS}/20240102000000_drop.sql`]: DROP,
      [CONFIG]: 'migrations:\n  pg-version: 16\n',
    });
    r.write(CONFIG, 'migrations:\n  pg-version: 17\n');
    const run = cli(['lint', '--base', 'main', '--head', 'feature', '--format', 'json'], r.dir);
    const changed = (JSON.parse(run.stdout) as Report).findings.find((f) => f.rule === 'config-changed');
    expect(changed!.message).toContain("adds the gate's config file");
    expect(changed!.message).toContain('-> 16');
    expect(changed!.message).not.toContain('17');

    // A config only in the work tree (init just wrote it) is in neither commit: nothing changed.
    const untracked = repo({ [`${MIGRATIONS}/20240102000000_drop.sql`]: DROP });
    untracked.write(CONFIG, 'migrations:\n  pg-version: 17\n');
    const clean = cli(['lint', '--base', 'main', '--head', 'feature', '--format', 'json'], untracked.dir);
    expect((JSON.parse(clean.stdout) as Report).findings.map((f) => f.rule)).not.toContain('config-changed');

    // A commit whose config is not valid: said, and the base policy still decides.
    const broken = repo({
      [`${MIGRATIONS}/20240102000000_drop.sql`]: DROP,
      [CONFIG]: 'migrations:\n  pg-version: [\n',
    });
    broken.write(CONFIG, 'migrations:\n  pg-version: 16\n');
    const invalid = cli(['lint', '--base', 'main', '--head', 'feature', '--format', 'json'], broken.dir);
    expect(invalid.status).toBe(1);
    const report = JSON.parse(invalid.stdout) as Report;
    expect(report.findings.map((f) => f.rule)).toContain('ban-drop-column');
    expect(report.findings.find((f) => f.rule === 'config-changed')).toMatchObject({ severity: 'warning' });
    expect(report.findings.find((f) => f.rule === 'config-changed')!.message).toContain(
      'The proposed file is not valid',
    );
  });

  it('without --base or a pull request, a local run keeps reading the work tree config', () => {
    const r = repo({
      [`${MIGRATIONS}/20240102000000_drop.sql`]: DROP,
      [CONFIG]: 'migrations:\n  rules:\n    ban-drop-column: off\n',
    });
    const run = cli(['lint', `${MIGRATIONS}/20240102000000_drop.sql`, '--format', 'json'], r.dir);
    expect((JSON.parse(run.stdout) as Report).findings.map((f) => f.rule)).not.toContain('ban-drop-column');
  });
});

describe('E. the sticky comment is only ever our own', () => {
  let fake: FakeGitHub;
  beforeAll(async () => {
    fake = await startFakeGitHub({ token: 'ghs_stickyOwner000000', owner: 'octo-org', repo: 'demo-app' });
  });
  afterAll(async () => fake?.close());

  async function runOnPull(number: number, r: TempRepo) {
    const baseSha = r.git('rev-parse', 'main').trim();
    const headSha = r.git('rev-parse', 'HEAD').trim();
    fake.state
      .repo()
      .addPull({ number, head: { ref: 'feature', sha: headSha }, base: { ref: 'main', sha: baseSha } });
    return runAction({
      entry: bundles.action,
      workspace: r.dir,
      apiUrl: fake.url,
      inputs: { 'github-token': 'ghs_stickyOwner000000' },
      event: {
        number,
        pull_request: {
          number,
          body: '',
          base: { ref: 'main', sha: baseSha, repo: { full_name: 'octo-org/demo-app' } },
          head: { ref: 'feature', sha: headSha, repo: { full_name: 'octo-org/demo-app' } },
        },
      },
    });
  }

  it('leaves a marked comment written by someone else alone and writes its own', async () => {
    const r = repo({ [`${MIGRATIONS}/20240102000000_drop.sql`]: DROP });
    const planted =
      '<!-- rollback-ready:report -->\n## rollback-ready: ✅ nothing blocks (planted by mallory)';
    fake.state.repo().addComment(41, planted, 'mallory');
    const run = await runOnPull(41, r);
    expect(run.status).toBe(1);
    const comments = fake.state.repo().commentsOn(41);
    expect(comments).toHaveLength(2);
    expect(comments.find((c) => c.user?.login === 'mallory')!.body).toBe(planted);
    expect(comments.find((c) => c.user?.login === 'github-actions[bot]')!.body).toContain('ban-drop-column');
    // A second run updates our comment, still not mallory's.
    await runOnPull(41, r);
    expect(fake.state.repo().commentsOn(41)).toHaveLength(2);
    expect(fake.requestsFor('users/get-authenticated').length).toBeGreaterThan(0);
    expect(fake.violations).toEqual([]);
  });
});
