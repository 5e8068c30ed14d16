/**
 * Issue 17, part D — never pass what was not checked. Each row is something that used to end in
 * "pass" (exit 0) and must now end in a blocking finding (exit 1) or a one-line error (exit 2) that
 * names what and the fix. Git cases spawn the built CLI on real temp repositories; API cases run the
 * CLI in-process against the loopback fake GitHub (a spawned process would block on it).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeGitHub } from '../helpers/fake-github/index.js';
import type { FakeGitHub } from '../helpers/fake-github/index.js';
import { cli, releaseRepo } from '../rollback/support.js';
import { runCli } from '../support/cli.js';
import { TempRepo } from '../support/git-repo.js';

const MIG = 'supabase/migrations';
const made: TempRepo[] = [];
const dirs: string[] = [];

afterAll(() => {
  for (const repo of made) repo.remove();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** main with one migration, then a feature branch (checked out) that the test changes. */
function featureRepo(): TempRepo {
  const repo = new TempRepo('rr-failclosed-');
  made.push(repo);
  repo.write(`${MIG}/20260101000000_users.sql`, 'create table users (id bigint primary key, name text);\n');
  repo.commit('users');
  repo.branch('feature');
  return repo;
}

const DROP = 'alter table users drop column name;\n';

/** The first line of stderr: every refusal is one line. */
const firstLine = (text: string) => text.trim().split('\n')[0] ?? '';

interface GitCase {
  name: string;
  setup: () => { cwd: string; args: string[] };
  code: 1 | 2;
  /** Must appear in stderr (exit 2) or stdout (exit 1). */
  says: RegExp;
}

const gitCases: GitCase[] = [
  {
    name: 'a changed migration that is a dangling symlink is exit 2 naming it (was "0 file(s) could not be read", exit 0)',
    setup: () => {
      const repo = featureRepo();
      symlinkSync('nowhere.sql', join(repo.dir, MIG, '20260102000000_gone.sql'));
      return { cwd: repo.dir, args: ['lint'] };
    },
    code: 2,
    says: /20260102000000_gone\.sql is a symlink to a file that does not exist/,
  },
  {
    name: 'a committed dangling symlink blocks when the commit is checked',
    setup: () => {
      const repo = featureRepo();
      symlinkSync('nowhere.sql', join(repo.dir, MIG, '20260102000000_gone.sql'));
      repo.commit('link');
      return { cwd: repo.dir, args: ['lint', '--head', 'HEAD', '--format', 'json'] };
    },
    code: 1,
    says: /"rule": "(unreadable-file|syntax-error)"/,
  },
  {
    name: 'a changed submodule that migrations.paths reaches into blocks (its files were never read)',
    setup: () => {
      const sub = new TempRepo('rr-failclosed-sub-');
      made.push(sub);
      sub.write('migrations/0001_a.sql', 'create table a (id int);\n');
      sub.commit('a');
      const repo = new TempRepo('rr-failclosed-super-');
      made.push(repo);
      repo.write(
        '.github/rollback-ready.yml',
        'migrations:\n  layout: plain\n  paths: ["db/migrations/*.sql"]\n',
      );
      repo.commit('config');
      repo.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', `file://${sub.dir}`, 'db');
      repo.commit('add db');
      repo.branch('feature');
      sub.write('migrations/0002_drop.sql', 'drop table a;\n');
      sub.commit('drop');
      execFileSync('git', ['-C', join(repo.dir, 'db'), 'pull', '-q', 'origin', 'main'], { stdio: 'ignore' });
      repo.commit('bump db');
      return { cwd: repo.dir, args: ['lint'] };
    },
    code: 1,
    says: /unreadable-file[\s\S]*reaches into db, a git submodule/,
  },
  {
    name: 'a shallow clone without the merge base is exit 2 naming fetch-depth: 0 (every gate used to be passed over, exit 0)',
    setup: () => {
      const origin = featureRepo();
      origin.write(`${MIG}/20260102000000_drop.sql`, DROP);
      origin.commit('drop');
      origin.checkout('main'); // the remote's HEAD is its default branch, as on GitHub
      const dir = mkdtempSync(join(tmpdir(), 'rr-failclosed-shallow-'));
      dirs.push(dir);
      // actions/checkout's default: one commit of the branch, no other branch.
      execFileSync('git', [
        'clone',
        '-q',
        '--depth',
        '1',
        '--branch',
        'feature',
        `file://${origin.dir}`,
        dir,
      ]);
      return { cwd: dir, args: ['check'] };
    },
    code: 2,
    says: /the default branch is not in this shallow clone.*fetch-depth: 0.*--base REF/,
  },
  {
    name: 'a shallow clone with the default branch but not the merge base is exit 2',
    setup: () => {
      const origin = featureRepo();
      origin.write(`${MIG}/20260102000000_drop.sql`, DROP);
      origin.commit('drop');
      origin.checkout('main');
      origin.write('README.md', 'main moved on\n');
      origin.commit('main moves');
      const dir = mkdtempSync(join(tmpdir(), 'rr-failclosed-shallow-'));
      dirs.push(dir);
      execFileSync('git', [
        'clone',
        '-q',
        '--depth',
        '1',
        '--no-single-branch',
        '--branch',
        'feature',
        `file://${origin.dir}`,
        dir,
      ]);
      return { cwd: dir, args: ['lint'] };
    },
    code: 2,
    says: /the merge base with main is not in this shallow clone.*fetch-depth: 0.*--base REF/,
  },
  {
    name: 'a default branch other than main/master without origin/HEAD is exit 2 naming --base',
    setup: () => {
      const repo = new TempRepo('rr-failclosed-trunk-');
      made.push(repo);
      repo.git('checkout', '-q', '-b', 'trunk');
      repo.write(`${MIG}/20260101000000_users.sql`, 'create table users (id bigint primary key);\n');
      repo.commit('users');
      repo.branch('feature');
      repo.write(`${MIG}/20260102000000_drop.sql`, 'drop table users;\n');
      return { cwd: repo.dir, args: ['lint'] };
    },
    code: 2,
    says: /origin\/HEAD is not set and there is no main or master branch; pass --base REF/,
  },
  {
    name: 'a tag named like the default branch is never taken as the base',
    setup: () => {
      const repo = featureRepo();
      repo.write(`${MIG}/20260102000000_drop.sql`, DROP);
      repo.commit('drop');
      // A tag "main" on the feature's tip: short-name resolution would compare the change with itself.
      repo.git('tag', 'main', 'HEAD');
      return { cwd: repo.dir, args: ['lint'] };
    },
    code: 1,
    says: /ban-drop-column/,
  },
  {
    name: '--base naming both a tag and a branch is refused instead of guessed',
    setup: () => {
      const repo = featureRepo();
      repo.git('tag', 'main', 'HEAD');
      return { cwd: repo.dir, args: ['lint', '--base', 'main'] };
    },
    code: 2,
    says: /--base main: both a tag and a branch are named main; pass refs\/tags\/main or refs\/heads\/main/,
  },
  {
    name: 'a misspelt rule id in migrations.rules is exit 2 with a did-you-mean',
    setup: () => {
      const repo = featureRepo();
      repo.write('.github/rollback-ready.yml', 'migrations:\n  rules:\n    ban-drop-colum: off\n');
      return { cwd: repo.dir, args: ['lint'] };
    },
    code: 2,
    says: /migrations\.rules\.ban-drop-colum: not a rule id; did you mean ban-drop-column\?/,
  },
  {
    name: 'a misspelt rule id also stops rollback plan',
    setup: () => {
      const { repo } = releaseRepo();
      made.push(repo);
      repo.write('.github/rollback-ready.yml', 'migrations:\n  rules:\n    renaming-colum: off\n');
      return { cwd: repo.dir, args: ['rollback', 'plan', '--to', 'v1.0.0', '--from', 'v1.2.0'] };
    },
    code: 2,
    says: /did you mean renaming-column\?/,
  },
  {
    name: 'a timer of 25 days (overflows Node timers, fires after 1 ms) is refused naming the key',
    setup: () => {
      const repo = featureRepo();
      repo.write('.github/rollback-ready.yml', 'rehearsal:\n  timeout: 25d\n');
      return { cwd: repo.dir, args: ['lint'] };
    },
    code: 2,
    says: /rehearsal\.timeout: got "25d"; expected at most 24d/,
  },
  {
    name: 'a zero duration is refused naming the key',
    setup: () => {
      const repo = featureRepo();
      repo.write('.github/rollback-ready.yml', 'backup:\n  max-age: 0s\n');
      return { cwd: repo.dir, args: ['lint'] };
    },
    code: 2,
    says: /backup\.max-age: got "0s"; expected more than zero/,
  },
  {
    name: 'a zero duration given as a flag is refused naming the flag',
    setup: () => {
      const repo = featureRepo();
      return { cwd: repo.dir, args: ['lint', '--max-age', '0m'] };
    },
    code: 2,
    says: /--max-age: got "0m"; expected more than zero/,
  },
  {
    name: 'rollback finish --timeout 0s is refused before anything is written',
    setup: () => {
      const repo = featureRepo();
      return {
        cwd: repo.dir,
        args: [
          'rollback',
          'finish',
          '--deployment',
          '1',
          '--health-url',
          'https://example.com',
          '--timeout',
          '0s',
        ],
      };
    },
    code: 2,
    says: /--timeout: got "0s"; expected more than zero/,
  },
  {
    name: 'a release note with two Rollback lines is an error, not "first one wins"',
    setup: () => {
      const { repo } = releaseRepo();
      made.push(repo);
      const body = [
        'Release ID: v1.3.0',
        'Change: adds orders.',
        'Watch: checkout errors',
        'Rollback: v1.2.0',
        'Owner: @alice',
        '',
        'Rollback: v1.0.0',
      ].join('\n');
      writeFileSync(join(repo.dir, 'body.md'), body);
      return { cwd: repo.dir, args: ['notes', 'check', '--pr-body-file', 'body.md'] };
    },
    code: 1,
    says: /note-ambiguous[\s\S]*Rollback is given twice \(lines 4 and 7\)/,
  },
  {
    name: 'a release note marker inside a code fence is an error',
    setup: () => {
      const { repo } = releaseRepo();
      made.push(repo);
      const body = [
        'Here is the template:',
        '```',
        '<!-- rollback-ready:note -->',
        'Release ID: v1.3.0',
        'Change: adds orders.',
        'Watch: checkout errors',
        'Rollback: v1.2.0',
        'Owner: @alice',
        '<!-- /rollback-ready:note -->',
        '```',
      ].join('\n');
      writeFileSync(join(repo.dir, 'body.md'), body);
      return { cwd: repo.dir, args: ['notes', 'check', '--pr-body-file', 'body.md'] };
    },
    code: 1,
    says: /note-ambiguous[\s\S]*marker is inside a code fence/,
  },
  {
    name: 'a second marked note section is an error',
    setup: () => {
      const { repo } = releaseRepo();
      made.push(repo);
      const note = (rollback: string) => [
        '<!-- rollback-ready:note -->',
        'Release ID: v1.3.0',
        'Change: adds orders.',
        'Watch: checkout errors',
        `Rollback: ${rollback}`,
        'Owner: @alice',
        '<!-- /rollback-ready:note -->',
      ];
      writeFileSync(join(repo.dir, 'body.md'), [...note('v1.2.0'), '', ...note('v1.0.0')].join('\n'));
      return { cwd: repo.dir, args: ['notes', 'check', '--pr-body-file', 'body.md'] };
    },
    code: 1,
    says: /note-ambiguous[\s\S]*a second marked release note starts here/,
  },
  {
    name: 'tag verify on a tag that points at a tree is a one-line error (was an internal error)',
    setup: () => {
      const { repo } = releaseRepo();
      made.push(repo);
      repo.git('tag', 'v1.3.0', repo.git('rev-parse', 'HEAD^{tree}').trim());
      return { cwd: repo.dir, args: ['tag', 'verify', 'v1.3.0'] };
    },
    code: 2,
    says: /release tag v1\.3\.0 points at a tree, not a commit.*git tag -d v1\.3\.0/,
  },
  {
    name: 'rollback plan with a release tag on a blob is a one-line error, not git usage text',
    setup: () => {
      const { repo } = releaseRepo();
      made.push(repo);
      const blob = repo.git('rev-parse', `HEAD:${MIG}/20260101000000_users.sql`).trim();
      repo.git('tag', '-a', 'v1.3.0', '-m', 'blob', blob);
      return { cwd: repo.dir, args: ['rollback', 'plan', '--to', 'v1.1.0', '--from', 'v1.3.0'] };
    },
    code: 2,
    says: /release tag v1\.3\.0 points at a blob, not a commit/,
  },
];

describe('fail closed (D): git, config and notes', () => {
  it.each(gitCases)('$name', ({ setup, code, says }) => {
    const { cwd, args } = setup();
    const run = runCli(args, cwd);
    if (run.status !== code) throw new Error(`exit ${run.status}\n${run.stdout}\n${run.stderr}`);
    if (code === 2) {
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(firstLine(run.stderr)).toMatch(says);
      expect(run.stderr).not.toMatch(/internal error|usage: git|\n\s+at /);
    } else {
      expect(run.stdout).toMatch(says);
    }
  });

  it('--head HEAD checks the HEAD commit, as --head <sha> does; the work tree only without --head', () => {
    const repo = featureRepo();
    const sha = repo.commit('nothing yet');
    // An uncommitted, unsafe migration: the work tree has it, the commit does not.
    repo.write(`${MIG}/20260102000000_drop.sql`, DROP);
    const byName = runCli(['lint', '--head', 'HEAD', '--format', 'json'], repo.dir);
    const bySha = runCli(['lint', '--head', sha, '--format', 'json'], repo.dir);
    const worktree = runCli(['lint', '--format', 'json'], repo.dir);
    expect(byName.status).toBe(0);
    expect(bySha.status).toBe(0);
    expect(JSON.parse(byName.stdout).findings).toEqual(JSON.parse(bySha.stdout).findings);
    expect(worktree.status).toBe(1);
    expect(worktree.stdout).toContain('ban-drop-column');
  });
});

/** A loopback port with nothing listening: connections are refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('fail closed (D): the GitHub API', () => {
  const TOKEN = 'ghs_failclosed';
  let fake: FakeGitHub;
  let repo: TempRepo;
  let sha: Record<string, string>;
  const env = (apiUrl: string, token = TOKEN) => ({
    GITHUB_TOKEN: token,
    GITHUB_REPOSITORY: 'octo-org/demo-app',
    GITHUB_API_URL: apiUrl,
  });

  beforeAll(async () => {
    fake = await startFakeGitHub({ token: TOKEN });
    ({ repo, sha } = releaseRepo());
    made.push(repo);
    for (const [tag, commit] of Object.entries(sha)) fake.state.repo().setRef(tag, commit);
  });
  afterAll(async () => {
    await fake.close();
  });

  it('an unreachable ledger is "could not be read: why" in text, json and markdown, without token advice', async () => {
    const api = `http://127.0.0.1:${await closedPort()}`;
    const started = Date.now();
    const text = await cli(['status'], repo.dir, env(api));
    const elapsed = Date.now() - started;
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/the deployment ledger could not be read: GitHub could not be reached/);
    expect(text.stdout).not.toContain('the ledger has no deployments');
    const json = JSON.parse((await cli(['status', '--format', 'json'], repo.dir, env(api))).stdout);
    expect(json.ledger).toEqual({ read: false, problem: expect.stringMatching(/could not be reached/) });
    const finding = json.findings.find((f: { rule: string }) => f.rule === 'ledger-unavailable');
    expect(finding.message).toMatch(/could not be read: GitHub could not be reached/);
    expect(finding.help).toMatch(/network problem, not a permission one/);
    expect(`${finding.message} ${finding.help}`).not.toMatch(/deployments: read|permissions/);
    // Retrying is bounded (it was 14 s per request, up to 50 s): 15 s of waits per streak, plus attempts and start-up.
    expect(elapsed).toBeLessThan(40_000);
  }, 120_000);

  it('rollback plan against an unreachable API stays inside the 15 s retry budget and says so', async () => {
    const api = `http://127.0.0.1:${await closedPort()}`;
    const started = Date.now();
    const run = await cli(['rollback', 'plan', '--to', 'v1.1.0', '--format', 'markdown'], repo.dir, env(api));
    const elapsed = Date.now() - started;
    const shown = run.stdout.replace(/\\(.)/g, '$1'); // Markdown escapes, undone for matching
    expect(shown).toMatch(
      /could not be read: GitHub could not be reached \(GET 127\.0\.0\.1:\d+: ECONNREFUSED/,
    );
    expect(shown).toMatch(/retries stop after 15 s/);
    expect(shown).not.toMatch(/deployments: read/);
    // Two ledger reads used to retry 14 s each (28 s); the budget is shared: 15 s, plus start-up.
    expect(elapsed).toBeLessThan(40_000);
  }, 120_000);

  it('a refused token (401) is named as such in status, with token advice', async () => {
    const run = await cli(['status', '--format', 'json'], repo.dir, env(fake.url, 'ghs_wrong'));
    const finding = JSON.parse(run.stdout).findings.find(
      (f: { rule: string }) => f.rule === 'ledger-unavailable',
    );
    expect(finding.message).toMatch(/GitHub refused the token \(401/);
    expect(finding.help).toMatch(/GITHUB_TOKEN/);
  });

  it('rollback record with a refused token is a one-line error, not an internal error', async () => {
    const run = await cli(
      ['rollback', 'record', '--to', 'v1.2.0', '--actor', 'alice'],
      repo.dir,
      env(fake.url, 'ghs_wrong'),
    );
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/rollback record: GitHub refused the token \(401/);
    expect(run.stderr).not.toContain('internal error');
  });

  it('rollback record: an answer without a sha writes no status and is a one-line error', async () => {
    fake.clearLogs();
    fake.injectFaults([
      {
        method: 'POST',
        pathPattern: /\/deployments$/,
        afterWrite: true,
        response: { status: 201, body: { id: 4242, ref: 'v1.2.0', created_at: '2026-01-05T00:00:00Z' } },
      },
    ]);
    const run = await cli(
      ['rollback', 'record', '--to', 'v1.2.0', '--actor', 'alice'],
      repo.dir,
      env(fake.url),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/incomplete or invalid \(sha: /);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(fake.requests.filter((r) => /\/statuses$/.test(r.path) && r.method === 'POST')).toEqual([]);
  });

  it('rollback finish: a deployment answer without a ref never writes "undefined deployed"', async () => {
    // The previous case left a deployment without a status, which would read as still in progress.
    fake.state.repo().deployments.length = 0;
    fake.state.repo().statuses.clear();
    const recorded = await cli(
      ['rollback', 'record', '--to', 'v1.2.0', '--actor', 'alice'],
      repo.dir,
      env(fake.url),
    );
    expect(recorded.code).toBe(0);
    const id = recorded.stdout.trim();
    fake.clearLogs();
    fake.injectFaults([
      {
        method: 'GET',
        pathPattern: new RegExp(`/deployments/${id}$`),
        response: {
          status: 200,
          body: { id: Number(id), sha: sha['v1.2.0'], created_at: '2026-01-05T00:00:00Z' },
        },
      },
    ]);
    const run = await cli(
      ['rollback', 'finish', '--deployment', id, '--state', 'success'],
      repo.dir,
      env(fake.url),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /rollback finish: GitHub's answer to reading deployment \d+ was incomplete or invalid \(ref: /,
    );
    const written = fake.requests.filter((r) => /\/statuses$/.test(r.path) && r.method === 'POST');
    expect(written).toEqual([]);
  });
});
