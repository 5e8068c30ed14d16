/**
 * The bundled action against a GitHub API that misbehaves: bursts of 502/503, secondary rate limits,
 * 429s, answers that never come, truncated JSON, dropped connections. Retries stay bounded, a
 * retried write never duplicates the sticky comment, a failed comment never changes the verdict,
 * and the failure message is one clear line. Also: secrets passed in never come out, and user text
 * in the pull request comes out inert.
 *
 * Scenarios run concurrently (each on its own pull request number), so the suite costs the longest
 * scenario, not their sum. (action-bundle.test.ts already covers: one comment after a 502-after-write,
 * 503 on every comment request, and the token in a normal run.)
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { Report } from '../../src/core/report.js';
import { upsertStickyComment } from '../../src/github/sticky-comment.js';
import { startFakeGitHub } from '../helpers/fake-github/index.js';
import type { FakeGitHub, FaultRule } from '../helpers/fake-github/index.js';
import { runAction } from '../support/action.js';
import type { ActionRun } from '../support/action.js';
import { snapshotBundles } from '../support/bundles.js';
import type { BundleSnapshot } from '../support/bundles.js';
import { TempRepo } from '../support/git-repo.js';
import { liveProblems } from './support/markdown-checks.js';

const OWNER = 'octo-org';
const NAME = 'demo-app';
const REPOSITORY = `${OWNER}/${NAME}`;
const SENTINEL_TOKEN = 'ghs_SENTINEL1fault1suite1token1ZyXwVu987';
const DB_PASSWORD = 's3ntinel-db-pw';
const DB_QUERY_PASSWORD = 's3ntinel-query-pw';
const MARKER = '<!-- rollback-ready:report -->';
const MIGRATIONS = 'supabase/migrations';
const SECONDARY_LIMIT = {
  message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
  documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
};
/** Per-request timeout for the scenarios that simulate a hung API (the action reads it for tests). */
const SHORT_TIMEOUT = { ROLLBACK_READY_HTTP_TIMEOUT_MS: '2000' };

const RELEASE_NOTE = ['### Release note', '', '- **Release ID:** v1.1.0', '- **Change:** users get a nickname', '- **Watch:** signup completion rate', '- **Rollback:** v1.0.0', '- **Owner:** @octocat', ''].join('\n');

interface Workspace {
  repo: TempRepo;
  baseSha: string;
  headSha: string;
}

function workspace(feature: Record<string, string>): Workspace {
  const repo = new TempRepo('rr-sec-faults-');
  repo.write(`${MIGRATIONS}/20240101000000_init.sql`, 'create table users (id bigint primary key, email text, name text);\n');
  const baseSha = repo.commit('initial schema');
  repo.tag('v1.0.0');
  repo.branch('feature');
  for (const [path, content] of Object.entries(feature)) repo.write(path, content);
  const headSha = repo.commit('feature', '2026-01-02T00:00:00Z');
  return { repo, baseSha, headSha };
}

let fake: FakeGitHub;
/** When each request reached the fake, to check that rate-limit waits really happened. */
const arrivals = new WeakMap<object, number>();
let bundles: BundleSnapshot;
let clean: Workspace;
let blocking: Workspace;
let hostile: Workspace;
const runs: ActionRun[] = [];

function event(ws: Workspace, number: number, body = RELEASE_NOTE): unknown {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      body,
      base: { ref: 'main', sha: ws.baseSha, repo: { full_name: REPOSITORY } },
      head: { ref: 'feature', sha: ws.headSha, repo: { full_name: REPOSITORY } },
    },
    repository: { full_name: REPOSITORY },
  };
}

async function runOn(ws: Workspace, number: number, options: { inputs?: Record<string, string>; env?: Record<string, string>; body?: string } = {}): Promise<ActionRun & { ms: number }> {
  fake.state.repo(OWNER, NAME).addPull({ number, head: { ref: 'feature', sha: ws.headSha }, base: { ref: 'main', sha: ws.baseSha } });
  const start = Date.now();
  const run = await runAction({
    entry: bundles.action,
    workspace: ws.repo.dir,
    repository: REPOSITORY,
    apiUrl: fake.url,
    event: event(ws, number, options.body),
    inputs: { 'github-token': SENTINEL_TOKEN, ...options.inputs },
    ...(options.env ? { env: options.env } : {}),
    timeoutMs: 90_000,
  });
  runs.push(run);
  return { ...run, ms: Date.now() - start };
}

const comments = (n: number) => fake.state.repo(OWNER, NAME).commentsOn(n).map((c) => c.body ?? '');
const onIssue = (n: number) => new RegExp(`/issues/${n}/comments$`);
const count = (operationId: string, n: number) => fake.requestsFor(operationId).filter((r) => onIssue(n).test(r.path)).length;
const lists = (n: number) => count('issues/list-comments', n);
const creates = (n: number) => count('issues/create-comment', n);
/** Milliseconds between the first and second request of an operation on one issue. */
function firstRetryGap(operationId: string, n: number): number {
  const [first, second] = fake.requestsFor(operationId).filter((r) => onIssue(n).test(r.path)).map((r) => arrivals.get(r)!);
  return second! - first!;
}
const warnings = (run: ActionRun) => run.stdout.split('\n').filter((l) => l.startsWith('::warning'));
const commentWarning = (run: ActionRun) => warnings(run).find((l) => l.includes('could not write the pull request comment'));
const faults = (n: number, method: 'GET' | 'POST', rule: Omit<FaultRule, 'method' | 'pathPattern'>): FaultRule => ({ method, pathPattern: onIssue(n), ...rule });

function reportOf(run: ActionRun): Report {
  return JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as Report;
}

/** What the verdict must be whatever the API did: the same as with a healthy API. */
function expectVerdict(run: ActionRun, verdict: 'pass' | 'block'): void {
  expect({ status: run.status, verdict: run.outputs.verdict, report: reportOf(run).verdict }).toEqual({
    status: verdict === 'pass' ? 0 : 1,
    verdict,
    report: verdict,
  });
  expect(run.summary).toContain('## rollback-ready:');
  expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/\n\s+at |internal error|UnhandledPromiseRejection/);
}

function expectOneComment(n: number): void {
  const bodies = comments(n);
  expect(bodies).toHaveLength(1);
  expect(bodies[0]!.startsWith(MARKER)).toBe(true);
}

/** A comment failure is one clear warning line naming what went wrong, without a response body or stack. */
function expectClearWarning(run: ActionRun, reason: RegExp): void {
  const line = commentWarning(run);
  expect(line).toBeDefined();
  expect(line).toMatch(/could not write the pull request comment \(.+\); the report is in the job summary$/);
  expect(line).toMatch(reason);
  expect(line).not.toMatch(/\{"|<html|\bat \w+ \(/);
}

beforeAll(async () => {
  bundles = await snapshotBundles();
  fake = await startFakeGitHub({ token: SENTINEL_TOKEN, owner: OWNER, repo: NAME });
  const push = fake.requests.push.bind(fake.requests);
  fake.requests.push = (...items) => {
    for (const item of items) arrivals.set(item, Date.now());
    return push(...items);
  };
  clean = workspace({ [`${MIGRATIONS}/20240102000000_add_nickname.sql`]: 'alter table users add column nickname text;\n' });
  blocking = workspace({ [`${MIGRATIONS}/20240102000000_drop_email.sql`]: 'alter table users drop column email;\n' });
  hostile = workspace({
    [`${MIGRATIONS}/20240102000000_@octocat_<img src=x>_#1_GH-2.sql`]: '-- <script>alert(1)</script> @octocat #1\nalter table users drop column email;\n',
  });
}, 120_000);

afterAll(async () => {
  await fake?.close();
  bundles?.remove();
  for (const ws of [clean, blocking, hostile]) ws?.repo.remove();
  for (const run of runs) rmSync(run.runnerDir, { recursive: true, force: true });
});

describe('the action against a failing GitHub API', () => {
  // Every scenario starts at once; each test below awaits its own.
  const scenarios: Record<string, Promise<ActionRun & { ms: number }>> = {};
  const scenario = (name: string, start: () => Promise<ActionRun & { ms: number }>) => {
    scenarios[name] = start();
    scenarios[name].catch(() => {}); // reported by the test that awaits it
  };

  beforeAll(() => {
    fake.injectFaults([
      faults(11, 'GET', { times: 2, response: { status: 502 } }),
      faults(12, 'POST', { times: 2, response: { status: 503 } }),
      faults(13, 'POST', { times: 1, response: { status: 403, headers: { 'retry-after': '1' }, body: SECONDARY_LIMIT } }),
      faults(13, 'GET', { times: 1, response: { status: 403, headers: { 'retry-after': '1' }, body: SECONDARY_LIMIT } }),
      faults(14, 'POST', { times: 1, response: { status: 429, headers: { 'retry-after': '1' } } }),
      faults(14, 'GET', { times: 1, response: { status: 429, headers: { 'retry-after': '1' } } }),
      faults(15, 'GET', { times: 1, response: { status: 200, delayMs: 8_000 } }),
      faults(16, 'GET', { times: Infinity, response: { status: 200, delayMs: 60_000 } }),
      faults(17, 'POST', { times: 1, afterWrite: true, response: { status: 201, delayMs: 8_000 } }),
      faults(18, 'GET', { times: 1, response: { status: 200, truncateBody: true } }),
      faults(19, 'POST', { times: 1, response: { status: 201, truncateBody: true } }),
      faults(20, 'POST', { times: 1, afterWrite: true, response: { status: 201, destroySocket: true } }),
      { pathPattern: onIssue(21), times: Infinity, response: { status: 502 } },
      faults(23, 'GET', { times: 1, response: { status: 200, body: '' } }),
    ]);
    fake.state.repo(OWNER, NAME).addComment(23, `${MARKER}\nthe report of an earlier run`);
    scenario('502 burst on the list', () => runOn(clean, 11));
    scenario('503 burst on the create', () => runOn(clean, 12));
    scenario('secondary rate limit', () => runOn(clean, 13));
    scenario('429', () => runOn(clean, 14));
    scenario('one slow list', () => runOn(clean, 15, { env: SHORT_TIMEOUT }));
    scenario('a hung API', () => runOn(clean, 16, { env: SHORT_TIMEOUT }));
    scenario('a create answered too late', () => runOn(clean, 17, { env: SHORT_TIMEOUT }));
    scenario('a truncated list', () => runOn(clean, 18));
    scenario('a truncated create', () => runOn(clean, 19));
    scenario('a dropped connection after the write', () => runOn(clean, 20));
    scenario('502 forever on a blocking change', () => runOn(blocking, 21));
    scenario('an empty list answer', () => runOn(clean, 23));
  });

  it('rides out a 502 burst on the comment list (bounded GET retries), then comments once', async () => {
    const run = await scenarios['502 burst on the list']!;
    expectVerdict(run, 'pass');
    expectOneComment(11);
    expect(lists(11)).toBe(3);
    expect(creates(11)).toBe(1);
  });

  it('rides out a 503 burst on the create: looks again before each new attempt, one comment', async () => {
    const run = await scenarios['503 burst on the create']!;
    expectVerdict(run, 'pass');
    expectOneComment(12);
    expect(creates(12)).toBe(3);
    expect(lists(12)).toBe(3);
  });

  it('waits out a 403 secondary rate limit (retry-after: 1), on the list and the create', async () => {
    const run = await scenarios['secondary rate limit']!;
    expectVerdict(run, 'pass');
    expectOneComment(13);
    expect(creates(13)).toBe(2);
    expect(lists(13)).toBe(2);
    expect(warnings(run).filter((l) => /secondary rate limit .*retrying in 1s/.test(l))).toHaveLength(2);
    expect(firstRetryGap('issues/list-comments', 13)).toBeGreaterThanOrEqual(950);
    expect(firstRetryGap('issues/create-comment', 13)).toBeGreaterThanOrEqual(950);
  });

  it('waits out a 429 with retry-after, on the list and the create', async () => {
    const run = await scenarios['429']!;
    expectVerdict(run, 'pass');
    expectOneComment(14);
    expect(creates(14)).toBe(2);
    expect(lists(14)).toBeLessThanOrEqual(3);
    expect(firstRetryGap('issues/list-comments', 14)).toBeGreaterThanOrEqual(950);
    expect(firstRetryGap('issues/create-comment', 14)).toBeGreaterThanOrEqual(950);
  });

  it('times out a list that does not answer, retries it, and comments once', async () => {
    const run = await scenarios['one slow list']!;
    expectVerdict(run, 'pass');
    expectOneComment(15);
    expect(lists(15)).toBeGreaterThanOrEqual(2);
    expect(lists(15)).toBeLessThanOrEqual(4);
  });

  it('never hangs on an API that never answers: bounded attempts, a clear warning, the verdict unchanged', async () => {
    const run = await scenarios['a hung API']!;
    expectVerdict(run, 'pass');
    expectClearWarning(run, /GitHub did not answer GET \/repos\/octo-org\/demo-app\/issues\/16\/comments within [12] s/);
    expect(comments(16)).toEqual([]);
    expect(lists(16)).toBeLessThanOrEqual(4);
    expect(creates(16)).toBe(0);
    // Each reader that meets the hung API (the ledger for the checklist, then the comment) stops after at most
    // 4 attempts × 2 s plus 15 s of retry waits, and GET /user once (2 s): ~48 s in all, never the 60 s the API
    // would take for one answer.
    expect(run.ms).toBeLessThan(56_000);
  });

  it('does not duplicate the comment when a create times out after GitHub stored it', async () => {
    const run = await scenarios['a create answered too late']!;
    expectVerdict(run, 'pass');
    expectOneComment(17);
    expect(creates(17)).toBe(1);
  });

  it('reports a truncated JSON list as one clear warning, verdict unchanged', async () => {
    const run = await scenarios['a truncated list']!;
    expectVerdict(run, 'pass');
    expectClearWarning(run, /not the expected JSON/);
    expect(comments(18)).toEqual([]);
  });

  it('does not duplicate the comment when the create answer is truncated JSON', async () => {
    const run = await scenarios['a truncated create']!;
    expectVerdict(run, 'pass');
    expectOneComment(19);
    expect(creates(19)).toBe(1);
  });

  it('does not duplicate the comment when the connection drops after the write', async () => {
    const run = await scenarios['a dropped connection after the write']!;
    expectVerdict(run, 'pass');
    expectOneComment(20);
    expect(creates(20)).toBe(1);
  });

  it('takes an empty 200 answer to the list for what it is (not "no comments"), so it never adds a second comment', async () => {
    const run = await scenarios['an empty list answer']!;
    expectVerdict(run, 'pass');
    expectClearWarning(run, /not the expected JSON/);
    expect(comments(23)).toEqual([`${MARKER}\nthe report of an earlier run`]);
    expect(creates(23)).toBe(0);
  });

  it('keeps a blocking verdict and exit 1 when every comment request fails, with at most 4 attempts per request', async () => {
    const run = await scenarios['502 forever on a blocking change']!;
    expectVerdict(run, 'block');
    expectClearWarning(run, /Server Error|502/);
    expect(comments(21)).toEqual([]);
    expect(lists(21)).toBe(4);
    expect(creates(21)).toBe(0);
  });

  it('retries an update (PATCH) through a 502 burst and keeps the one comment', async () => {
    const old = fake.state.repo(OWNER, NAME).addComment(22, `${MARKER}\nan older report`);
    fake.injectFaults([{ method: 'PATCH', pathPattern: new RegExp(`/issues/comments/${old.id}$`), times: 2, response: { status: 502 } }]);
    const run = await runOn(clean, 22);
    expectVerdict(run, 'pass');
    expectOneComment(22);
    expect(comments(22)[0]).not.toContain('an older report');
    expect(fake.requestsFor('issues/update-comment').filter((r) => r.path.endsWith(`/${old.id}`))).toHaveLength(3);
  });

  afterAll(() => {
    expect(fake.pendingFaults().filter((f) => f.times !== Infinity)).toEqual([]);
  });
});

describe('secrets passed to the action', () => {
  it.each([
    ['in the database-url userinfo (percent-encoded)', `postgres://rr:${encodeURIComponent(`${DB_PASSWORD}/x`)}@127.0.0.1:1/app`, `${DB_PASSWORD}/x`],
    ['in the database-url query string', `postgres://rr@127.0.0.1:1/app?password=${DB_QUERY_PASSWORD}`, DB_QUERY_PASSWORD],
  ])('a password %s never appears in the log, outputs, summary or JSON report', async (_where, url, password) => {
    const run = await runOn(clean, 30, { inputs: { command: 'rehearse', 'database-url': url, comment: 'false' } });
    expect(run.status).not.toBeNull();
    expect(run.outputs['report-json']).toBeDefined();
    const log = run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    const report = readFileSync(run.outputs['report-json']!, 'utf8');
    // The URL is reported (so a leak would show), with the password replaced.
    expect(report).toMatch(/cannot connect to database-url postgres:\/\/rr(:\*\*\*)?@127\.0\.0\.1:1\/app/);
    for (const text of [log, run.stderr, run.outputFile, run.summary, report]) {
      expect(text).not.toContain(password);
      expect(text).not.toContain(encodeURIComponent(password));
    }
  });

  it('never shows the token in any run of this suite, failures included', () => {
    expect(runs.length).toBeGreaterThan(10);
    for (const run of runs) {
      const log = run.stdout
        .split('\n')
        .filter((l) => l !== `::add-mask::${SENTINEL_TOKEN}`)
        .join('\n');
      const reportPath = run.outputs['report-json'];
      const report = reportPath && existsSync(reportPath) ? readFileSync(reportPath, 'utf8') : '';
      for (const text of [log, run.stderr, run.outputFile, run.summary, report]) expect(text).not.toContain(SENTINEL_TOKEN);
    }
  });
});

describe('user text in the pull request', () => {
  it('comes out inert in the job summary and the comment (HTML, mentions, issue links, fences)', async () => {
    const body = [
      '### Release note <img src=x onerror=alert(1)>',
      '- **Release ID:** v1.1.0 <script>alert(1)</script> @octocat #1 GH-2',
      '- **Change:** cc @octo-org/security ![x](https://evil.example/p.png) &#64;admin',
      '- **Watch:** ```',
      '- **Rollback:** v9.9.9 [click](javascript:alert(1))',
      '- **Owner:** @octocat <b>boss</b>',
    ].join('\n');
    const run = await runOn(hostile, 40, { body });
    expectVerdict(run, 'block');
    const [comment] = comments(40);
    expect(comment).toBeDefined();
    for (const doc of [run.summary, comment!.slice(MARKER.length + 1)]) {
      expect(liveProblems(doc, {})).toEqual([]);
    }
  });
});

describe('upsertStickyComment under rate limits (in process, fake clock)', () => {
  const limited = (seconds: string) => Object.assign(new Error('Too Many Requests'), { status: 429, response: { headers: { 'retry-after': seconds } } });

  it('waits what retry-after asks before the next attempt, then looks again and creates once', async () => {
    const slept: number[] = [];
    let creates = 0;
    const result = await upsertStickyComment(
      {
        list: async () => [],
        create: async () => {
          creates += 1;
          if (creates === 1) throw limited('7');
          return { id: 1, body: '' };
        },
        update: async () => {},
      },
      1,
      'report',
      { sleep: async (ms) => void slept.push(ms) },
    );
    expect(result).toEqual({ action: 'created', id: 1 });
    expect(slept).toEqual([7_000]);
  });

  it('gives up at once when GitHub asks for a wait longer than a minute', async () => {
    const slept: number[] = [];
    const api = { list: async () => [], create: async () => Promise.reject(limited('3600')), update: async () => {} };
    await expect(upsertStickyComment(api, 1, 'report', { sleep: async (ms) => void slept.push(ms) })).rejects.toMatchObject({ status: 429 });
    expect(slept).toEqual([]);
  });
});
