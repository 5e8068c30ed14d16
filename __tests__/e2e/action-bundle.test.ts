import { describe, it, expect, beforeAll, afterAll, afterEach } from '@jest/globals';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { Report } from '../../src/core/report.js';
import { startFakeGitHub } from '../helpers/fake-github/index.js';
import type { FakeGitHub } from '../helpers/fake-github/index.js';
import { runAction } from '../support/action.js';
import type { ActionRun } from '../support/action.js';
import { snapshotBundles } from '../support/bundles.js';
import type { BundleSnapshot } from '../support/bundles.js';
import { TempRepo } from '../support/git-repo.js';

const OWNER = 'octo-org';
const NAME = 'demo-app';
const REPOSITORY = `${OWNER}/${NAME}`;
/** A token no output may ever show. */
const SENTINEL = 'ghs_SENTINEL0token0must0never0leak0AbCdEf123';
const MARKER = '<!-- rollback-ready:report -->';
const MIGRATIONS = 'supabase/migrations';
const DROP_FILE = `${MIGRATIONS}/20240102000000_drop_email.sql`;

interface Workspace {
  repo: TempRepo;
  baseSha: string;
  headSha: string;
}

/** A complete release note, so only the migrations decide the verdict. */
const RELEASE_NOTE = [
  '### Release note',
  '',
  '- **Release ID:** v1.1.0',
  '- **Change:** users get a nickname',
  '- **Watch:** signup completion rate',
  '- **Rollback:** v1.0.0',
  '- **Owner:** @octocat',
  '',
].join('\n');

/**
 * main with the initial schema released as v1.0.0, a feature branch with `feature` committed,
 * checked out like actions/checkout.
 */
function workspace(feature: Record<string, string>, main: Record<string, string> = {}): Workspace {
  const repo = new TempRepo('rr-action-');
  repo.write(`${MIGRATIONS}/20240101000000_init.sql`, 'create table users (id bigint primary key, email text, name text);\n');
  for (const [path, content] of Object.entries(main)) repo.write(path, content);
  const baseSha = repo.commit('initial schema');
  repo.tag('v1.0.0');
  repo.branch('feature');
  for (const [path, content] of Object.entries(feature)) repo.write(path, content);
  const headSha = repo.commit('feature', '2026-01-02T00:00:00Z');
  return { repo, baseSha, headSha };
}

/** A `pull_request` webhook payload for a workspace. */
function pullRequestEvent(ws: Workspace, number: number, options: { headRepo?: string } = {}): unknown {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      body: RELEASE_NOTE,
      base: { ref: 'main', sha: ws.baseSha, repo: { full_name: REPOSITORY } },
      head: { ref: 'feature', sha: ws.headSha, repo: { full_name: options.headRepo ?? REPOSITORY } },
    },
    repository: { full_name: REPOSITORY },
  };
}

let fake: FakeGitHub;
let bundles: BundleSnapshot;
let blocking: Workspace;
let clean: Workspace;
let typo: Workspace;
const runs: ActionRun[] = [];

/** Run the bundle on a pull request of a workspace, with the runner's defaults plus `inputs`. */
async function runOnPull(ws: Workspace, number: number, inputs: Record<string, string> = {}, event = pullRequestEvent(ws, number)): Promise<ActionRun> {
  const run = await runAction({
    entry: bundles.action,
    workspace: ws.repo.dir,
    repository: REPOSITORY,
    apiUrl: fake.url,
    event,
    inputs: { 'github-token': SENTINEL, ...inputs },
  });
  runs.push(run);
  return run;
}

function reportOf(run: ActionRun): Report {
  const path = run.outputs['report-json'];
  expect(path).toBeDefined();
  return JSON.parse(readFileSync(path!, 'utf8')) as Report;
}

function commentsOn(number: number): string[] {
  return fake.state.repo(OWNER, NAME).commentsOn(number).map((c) => c.body ?? '');
}

/** `::error ...` and `::warning ...` workflow commands printed on stdout. */
function commands(run: ActionRun, kind: 'error' | 'warning'): string[] {
  return run.stdout.split('\n').filter((l) => l.startsWith(`::${kind} `) || l.startsWith(`::${kind}::`));
}

beforeAll(async () => {
  bundles = await snapshotBundles();
  fake = await startFakeGitHub({ token: SENTINEL, owner: OWNER, repo: NAME });
  blocking = workspace({ [DROP_FILE]: '-- email moved to auth.users\n\nalter table users drop column email;\n' });
  clean = workspace({ [`${MIGRATIONS}/20240102000000_add_nickname.sql`]: 'alter table users add column nickname text;\n' });
  typo = workspace({}, { '.github/rollback-ready.yml': 'migrations:\n  layout: supabase\n  pg-versoin: 14\n' });
  for (const [ws, number] of [
    [blocking, 1],
    [clean, 2],
  ] as const) {
    fake.state.repo(OWNER, NAME).addPull({ number, head: { ref: 'feature', sha: ws.headSha }, base: { ref: 'main', sha: ws.baseSha } });
  }
});

afterEach(() => {
  expect(fake.violations).toEqual([]);
  expect(fake.unhandled).toEqual([]);
});

afterAll(async () => {
  await fake?.close();
  bundles?.remove();
  for (const ws of [blocking, clean, typo]) ws?.repo.remove();
  for (const run of runs) rmSync(run.runnerDir, { recursive: true, force: true });
});

describe('action bundle on a pull request', () => {
  it('blocks a dropped column: exit 1, outputs, report file, annotations, summary and one sticky comment', async () => {
    const run = await runOnPull(blocking, 1);
    expect(run.status).toBe(1);
    expect(run.outputs.verdict).toBe('block');

    const report = reportOf(run);
    expect(report).toMatchObject({ schemaVersion: 1, tool: { name: 'rollback-ready' }, verdict: 'block' });
    expect(run.outputs['findings-count']).toBe(String(report.findings.length));
    expect(report.findings).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'ban-drop-column', file: DROP_FILE, line: 3 })]));

    expect(commands(run, 'error')).toEqual(
      expect.arrayContaining([expect.stringMatching(new RegExp(`^::error .*file=${DROP_FILE},line=3,endLine=3,col=1::`))]),
    );
    expect(run.stdout).toMatch(/^::error::rollback-ready: 1 blocking finding\(s\)/m);
    expect(run.stderr).not.toMatch(/\n\s+at /);

    expect(run.summary).toContain('## rollback-ready: ❌ blocked');
    expect(run.summary).toContain('`ban-drop-column`');
    expect(run.summary).toContain(DROP_FILE);

    const comments = commentsOn(1);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.startsWith(MARKER)).toBe(true);
    expect(comments[0]).toContain('`ban-drop-column`');
  });

  it('updates the same comment when the pull request changes (still one comment, new body)', async () => {
    // Copy: the fake updates its stored comment object in place.
    const before = { ...fake.state.repo(OWNER, NAME).commentsOn(1)[0]! };
    blocking.repo.write(`${MIGRATIONS}/20240103000000_drop_name.sql`, 'alter table users drop column name;\n');
    blocking.headSha = blocking.repo.commit('drop name too', '2026-01-03T00:00:00Z');

    const run = await runOnPull(blocking, 1);
    expect(run.status).toBe(1);
    const after = fake.state.repo(OWNER, NAME).commentsOn(1);
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(before.id);
    expect(after[0]!.body).not.toBe(before.body);
    expect(after[0]!.body).toContain(`${MIGRATIONS}/20240103000000_drop_name.sql`);
    expect(fake.requestsFor('issues/create-comment')).toHaveLength(1);
    expect(fake.requestsFor('issues/update-comment')).toHaveLength(1);
  });

  it('passes a clean pull request: exit 0, verdict pass', async () => {
    const run = await runOnPull(clean, 2);
    expect(run.status).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(reportOf(run).verdict).toBe('pass');
    expect(commands(run, 'error')).toEqual([]);
    expect(run.summary).toContain('## rollback-ready: ✅ nothing blocks');
    expect(commentsOn(2)).toHaveLength(1);
  });

  it('still reports with a read-only token, and its exit code depends only on the findings', async () => {
    fake.readOnly = true;
    try {
      const run = await runOnPull(clean, 3);
      expect(run.status).toBe(0);
      expect(run.outputs.verdict).toBe('pass');
      expect(run.summary).toContain('## rollback-ready: ✅ nothing blocks');
      expect(commands(run, 'warning')).toEqual(
        expect.arrayContaining([expect.stringContaining('could not write the pull request comment')]),
      );
      expect(commentsOn(3)).toEqual([]);
      // "Resource not accessible by integration" is not a rate limit: one attempt, not three.
      expect(fake.requestsFor('issues/create-comment').filter((r) => r.path.includes('/issues/3/'))).toHaveLength(1);
    } finally {
      fake.readOnly = false;
    }
  });

  it.each([
    ['a clean', () => clean, 0, 'pass'],
    ['a blocking', () => blocking, 1, 'block'],
  ] as const)('reports %s fork pull request through annotations and the summary only, never writing to the API', async (_name, ws, status, verdict) => {
    fake.clearLogs();
    const run = await runOnPull(ws(), 4, {}, pullRequestEvent(ws(), 4, { headRepo: 'someone-else/demo-app' }));
    expect(run.status).toBe(status);
    expect(run.outputs.verdict).toBe(verdict);
    expect(run.summary).toContain('## rollback-ready:');
    expect(run.stdout).toContain('pull request from a fork');
    expect(fake.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(fake.requests.filter((r) => r.path.includes('/comments'))).toEqual([]);
    expect(commentsOn(4)).toEqual([]);
  });

  it('leaves exactly one comment when the API fails after creating it (502 after the write)', async () => {
    fake.clearLogs();
    fake.injectFaults([{ method: 'POST', pathPattern: /\/issues\/5\/comments$/, times: 1, afterWrite: true, response: { status: 502 } }]);
    const run = await runOnPull(clean, 5);
    expect(run.status).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    const comments = commentsOn(5);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.startsWith(MARKER)).toBe(true);
    expect(fake.requestsFor('issues/create-comment')).toHaveLength(1);
    expect(fake.pendingFaults()).toEqual([]);
  });

  it('keeps the verdict and exit code and logs a warning when the comments API answers 503 to every request', async () => {
    fake.injectFaults([{ pathPattern: /\/issues\/6\/comments$/, times: Infinity, response: { status: 503 } }]);
    const [cleanRun, blockingRun] = await Promise.all([runOnPull(clean, 6), runOnPull(blocking, 6)]);
    expect(cleanRun.status).toBe(0);
    expect(cleanRun.outputs.verdict).toBe('pass');
    expect(blockingRun.status).toBe(1);
    expect(blockingRun.outputs.verdict).toBe('block');
    for (const run of [cleanRun, blockingRun]) {
      expect(commands(run, 'warning')).toEqual(
        expect.arrayContaining([expect.stringMatching(/could not write the pull request comment.*the report is in the job summary/)]),
      );
      expect(run.summary).toContain('## rollback-ready:');
    }
    expect(commentsOn(6)).toEqual([]);
  }, 90_000);

  it('never shows the token in stdout, stderr, GITHUB_OUTPUT, the summary or the JSON report', async () => {
    const run = await runOnPull(blocking, 7);
    expect(run.stdout).toContain(`::add-mask::${SENTINEL}`);
    expect(runs.length).toBeGreaterThan(5);
    for (const r of runs) {
      // The one place it must appear: the runner's masking command, which the runner strips from the log.
      const log = r.stdout
        .split('\n')
        .filter((l) => l !== `::add-mask::${SENTINEL}`)
        .join('\n');
      const reportPath = r.outputs['report-json'];
      const texts = [log, r.stderr, r.outputFile, r.summary, reportPath && existsSync(reportPath) ? readFileSync(reportPath, 'utf8') : ''];
      for (const text of texts) expect(text).not.toContain(SENTINEL);
    }
    // It did reach the API, as the Authorization header.
    expect(fake.requests.some((r) => r.authorization?.includes(SENTINEL))).toBe(true);
  });
});

describe('action bundle: bad inputs and config', () => {
  it('fails on INPUT_FAIL-ON=sometimes with ::error:: naming the input, and no stack trace', async () => {
    const run = await runOnPull(clean, 8, { 'fail-on': 'sometimes' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error::rollback-ready: input "fail-on": got "sometimes"; allowed: error, warning, never$/m);
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/\n\s+at |internal error/);
    expect(run.outputs.verdict).toBeUndefined();
    expect(commentsOn(8)).toEqual([]);
  });

  it('fails on a typo in a config key, naming the key and file:line', async () => {
    const run = await runOnPull(typo, 9);
    expect(run.status).toBe(1);
    const [error] = commands(run, 'error');
    expect(error).toContain('.github/rollback-ready.yml:3');
    expect(error).toContain('migrations.pg-versoin');
    expect(error).toContain('did you mean "pg-version"');
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/\n\s+at |internal error/);
  });
});
