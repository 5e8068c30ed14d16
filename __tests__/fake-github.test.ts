import { describe, it, expect, beforeAll, afterAll, beforeEach } from '@jest/globals';
import { Octokit } from '@octokit/rest';
import {
  matchOperation,
  release,
  simpleUser,
  startFakeGitHub,
  validateRequestBody,
  validateResponse,
} from './helpers/fake-github/index.js';
import type { FakeGitHub } from './helpers/fake-github/index.js';

const TOKEN = 'test-token';
const owner = 'octo-org';
const repo = 'demo-app';
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/** Status of a rejected Octokit call (RequestError.status), or the error itself. */
async function statusOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
    return 'resolved';
  } catch (err) {
    return (err as { status?: number }).status ?? err;
  }
}

describe('OpenAPI matching and validation', () => {
  it('matches templates, preferring literal segments over parameters', () => {
    expect(matchOperation('GET', '/repos/o/r/issues/7/comments')).toEqual({
      method: 'get',
      operationId: 'issues/list-comments',
      pathTemplate: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      params: { owner: 'o', repo: 'r', issue_number: '7' },
    });
    expect(matchOperation('GET', '/repos/o/r/releases/latest')?.operationId).toBe('repos/get-latest-release');
    expect(matchOperation('GET', '/repos/o/r/releases/12')?.operationId).toBe('repos/get-release');
    expect(matchOperation('GET', '/repos/o/r/issues/comments')?.operationId).toBe(
      'issues/list-comments-for-repo',
    );
    expect(matchOperation('GET', '/repos/o/r/releases/tags/release%2F1.0')?.params.tag).toBe('release/1.0');
    expect(matchOperation('GET', '/repos/o/r/contents/db/migrations/001.sql')?.params.path).toBe(
      'db/migrations/001.sql',
    );
    expect(matchOperation('GET', '/repos/o/r/not-a-thing')).toBeUndefined();
    expect(matchOperation('PUT', '/repos/o/r/issues/7/comments')).toBeUndefined();
  });

  it('validates request bodies and responses, with nullable and unknown statuses', () => {
    const op = matchOperation('POST', '/repos/o/r/issues/1/comments');
    if (!op) throw new Error('no match');
    expect(validateRequestBody(op, { body: 'hi' })).toEqual([]);
    expect(validateRequestBody(op, {})).toEqual([
      expect.stringContaining("must have required property 'body'"),
    ]);
    expect(validateRequestBody(op, undefined)).toEqual(['request body is required']);
    expect(validateResponse(op, 201, { id: 1 })).not.toEqual([]);
    expect(validateResponse(op, 200, { id: 1 })).toEqual(['status 200 is not documented for this operation']);
    expect(validateResponse(op, 404, { message: 'Not Found', documentation_url: 'x' })).toEqual([]);
    const byTag = matchOperation('GET', '/repos/o/r/releases/tags/v1');
    if (!byTag) throw new Error('no match');
    const ctx = { api: 'http://127.0.0.1:1', web: 'https://github.com' };
    const draft = release(
      ctx,
      { owner: 'o', name: 'r', id: 1 },
      7,
      { tag_name: 'v1', name: null, draft: true },
      simpleUser(ctx, 'octocat'),
    );
    expect(draft.published_at).toBeNull(); // nullable: true → accepted as null
    expect(validateResponse(byTag, 200, draft)).toEqual([]);
    expect(validateResponse(byTag, 200, { ...draft, tag_name: null })).toEqual([
      'response 200 /tag_name must be string',
    ]);
  });
});

describe('fake GitHub with @octokit/rest', () => {
  let fake: FakeGitHub;
  let octokit: Octokit;

  beforeAll(async () => {
    fake = await startFakeGitHub({ token: TOKEN });
    octokit = new Octokit({ baseUrl: fake.url, auth: TOKEN, log: quiet });
  });
  afterAll(async () => {
    await fake.close();
  });
  beforeEach(() => fake.clearLogs());

  it('creates, paginates, updates and deletes issue comments', async () => {
    for (let i = 1; i <= 5; i++) {
      const { status, data } = await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: 3,
        body: `comment ${i}`,
      });
      expect(status).toBe(201);
      expect(data.body).toBe(`comment ${i}`);
    }
    await octokit.rest.issues.createComment({ owner, repo, issue_number: 4, body: 'elsewhere' });

    const page1 = await octokit.rest.issues.listComments({ owner, repo, issue_number: 3, per_page: 2 });
    expect(page1.data.map((c) => c.body)).toEqual(['comment 1', 'comment 2']);
    expect(page1.headers.link).toMatch(
      /<http:\/\/127\.0\.0\.1:\d+\/repos\/octo-org\/demo-app\/issues\/3\/comments\?per_page=2&page=2>; rel="next"/,
    );
    expect(page1.headers.link).toMatch(/page=3>; rel="last"/);

    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: 3,
      per_page: 2,
    });
    expect(all.map((c) => c.body)).toEqual(['comment 1', 'comment 2', 'comment 3', 'comment 4', 'comment 5']);
    expect(fake.requestsFor('issues/list-comments')).toHaveLength(4);

    const target = all[1];
    if (!target) throw new Error('missing comment');
    const updated = await octokit.rest.issues.updateComment({
      owner,
      repo,
      comment_id: target.id,
      body: 'edited',
    });
    expect(updated.data.body).toBe('edited');
    const deleted = await octokit.rest.issues.deleteComment({ owner, repo, comment_id: target.id });
    expect(deleted.status).toBe(204);
    expect(
      fake.state
        .repo()
        .commentsOn(3)
        .map((c) => c.body),
    ).toEqual(['comment 1', 'comment 3', 'comment 4', 'comment 5']);
    expect(await statusOf(octokit.rest.issues.deleteComment({ owner, repo, comment_id: target.id }))).toBe(
      404,
    );

    expect(fake.requests[0]?.authorization).toBe(`token ${TOKEN}`);
    expect(fake.violations).toEqual([]);
    expect(fake.unhandled).toEqual([]);
  });

  it('creates deployments and statuses and filters the list', async () => {
    const staging = await octokit.rest.repos.createDeployment({
      owner,
      repo,
      ref: 'v1.0.0',
      environment: 'staging',
      auto_merge: false,
      required_contexts: [],
    });
    expect(staging.status).toBe(201);
    const first = await octokit.rest.repos.createDeployment({
      owner,
      repo,
      ref: 'v1.0.0',
      environment: 'production',
      payload: { release: 'v1.0.0' },
    });
    const second = await octokit.rest.repos.createDeployment({
      owner,
      repo,
      ref: 'v1.1.0',
      environment: 'production',
      description: 'next',
    });
    if (!('id' in first.data) || !('id' in second.data)) throw new Error('expected deployments');
    const firstId = first.data.id;
    const secondId = second.data.id;
    await octokit.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: firstId,
      state: 'success',
    });
    const st = await octokit.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: secondId,
      state: 'success',
      log_url: 'https://example.com/run/2',
      environment_url: 'https://app.example.com',
    });
    expect(st.status).toBe(201);
    expect(st.data.state).toBe('success');

    const prod = await octokit.paginate(octokit.rest.repos.listDeployments, {
      owner,
      repo,
      environment: 'production',
      per_page: 1,
    });
    expect(prod.map((d) => d.ref)).toEqual(['v1.1.0', 'v1.0.0']);
    const byRef = await octokit.rest.repos.listDeployments({ owner, repo, ref: 'v1.0.0' });
    expect(byRef.data.map((d) => d.environment).sort()).toEqual(['production', 'staging']);

    const statuses = await octokit.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: firstId });
    expect(statuses.data.map((s) => s.state)).toEqual(['inactive', 'success']);
    expect(
      await statusOf(octokit.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: 999999 })),
    ).toBe(404);
    expect(fake.violations).toEqual([]);
  });

  it('creates, gets by tag, lists and updates releases', async () => {
    const created = await octokit.rest.repos.createRelease({
      owner,
      repo,
      tag_name: 'v2.0.0',
      body: 'Rollback: v1.1.0',
    });
    expect(created.status).toBe(201);
    await octokit.rest.repos.createRelease({ owner, repo, tag_name: 'v2.1.0', draft: true });
    const byTag = await octokit.rest.repos.getReleaseByTag({ owner, repo, tag: 'v2.0.0' });
    expect(byTag.data.id).toBe(created.data.id);
    expect(await statusOf(octokit.rest.repos.getReleaseByTag({ owner, repo, tag: 'v2.1.0' }))).toBe(404);
    expect(await statusOf(octokit.rest.repos.createRelease({ owner, repo, tag_name: 'v2.0.0' }))).toBe(422);

    const updated = await octokit.rest.repos.updateRelease({
      owner,
      repo,
      release_id: created.data.id,
      body: 'Rollback: v1.0.0',
    });
    expect(updated.data.body).toBe('Rollback: v1.0.0');
    const list = await octokit.rest.repos.listReleases({ owner, repo });
    expect(list.data.map((r) => r.tag_name)).toEqual(['v2.1.0', 'v2.0.0']);
    expect(fake.violations).toEqual([]);
  });

  it('serves seeded pull requests, the repository and file contents', async () => {
    fake.state.repo().addPull({
      number: 12,
      title: 'Add orders table',
      body: 'Release ID: v2.2.0',
      head: { ref: 'feat', repo: { owner: 'forker', name: 'demo-app' } },
    });
    fake.state.repo().setFile('db/migrations/001.sql', 'create table orders (id int);\n');
    const pr = await octokit.rest.pulls.get({ owner, repo, pull_number: 12 });
    expect(pr.data.head.repo?.full_name).toBe('forker/demo-app');
    expect(pr.data.base.repo.full_name).toBe(`${owner}/${repo}`);
    expect((await octokit.rest.repos.get({ owner, repo })).data.default_branch).toBe('main');
    const content = await octokit.rest.repos.getContent({ owner, repo, path: 'db/migrations/001.sql' });
    if (Array.isArray(content.data) || content.data.type !== 'file') throw new Error('expected a file');
    expect(Buffer.from(content.data.content, 'base64').toString('utf8')).toBe(
      'create table orders (id int);\n',
    );
    expect(await statusOf(octokit.rest.pulls.get({ owner, repo, pull_number: 13 }))).toBe(404);
    expect(fake.violations).toEqual([]);
  });

  it('records requests outside the description and invalid bodies as violations', async () => {
    expect(
      await statusOf(octokit.request('GET /repos/{owner}/{repo}/not-a-thing', { owner: 'o', repo: 'r' })),
    ).toBe(404);
    expect(fake.violations).toEqual([
      "GET /repos/o/r/not-a-thing: no such operation in GitHub's OpenAPI description",
    ]);
    fake.clearLogs();
    const createWithoutBody: string = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
    expect(await statusOf(octokit.request(createWithoutBody, { owner, repo, issue_number: 1 }))).toBe(422);
    expect(fake.violations).toEqual([
      expect.stringMatching(
        /^POST \/repos\/octo-org\/demo-app\/issues\/1\/comments \(issues\/create-comment\): request body/,
      ),
    ]);
    expect(fake.state.repo().commentsOn(1)).toEqual([]);
  });

  it('records a response of the fake that does not match the description', async () => {
    const pr = fake.state.repo().addPull({ number: 40 });
    (pr as { title: unknown }).title = null;
    await octokit.rest.pulls.get({ owner, repo, pull_number: 40 });
    expect(fake.violations).toEqual([
      `GET /repos/${owner}/${repo}/pulls/40 (pulls/get): response 200 /title must be string`,
    ]);
  });

  it('answers described but unimplemented operations with 404 and lists them', async () => {
    expect(await statusOf(octokit.rest.repos.listTags({ owner, repo }))).toBe(404);
    expect(fake.unhandled).toEqual([`GET /repos/${owner}/${repo}/tags (repos/list-tags)`]);
    expect(fake.violations).toEqual([]);
  });

  it('rejects a wrong token with 401', async () => {
    const other = new Octokit({ baseUrl: fake.url, auth: 'wrong', log: quiet });
    expect(await statusOf(other.rest.repos.get({ owner, repo }))).toBe(401);
  });
});

describe('fault injection and read-only tokens', () => {
  let fake: FakeGitHub;
  let octokit: Octokit;

  beforeAll(async () => {
    fake = await startFakeGitHub();
    octokit = new Octokit({ baseUrl: fake.url, auth: 'x', log: quiet });
  });
  afterAll(async () => {
    await fake.close();
  });

  it('returns the configured statuses, then normal responses', async () => {
    fake.injectFaults([
      { method: 'GET', pathPattern: /\/releases$/, times: 2, response: { status: 502 } },
      {
        method: 'GET',
        pathPattern: /\/releases$/,
        response: {
          status: 403,
          headers: { 'retry-after': '1' },
          body: { message: 'You have exceeded a secondary rate limit.' },
        },
      },
      { method: 'GET', pathPattern: /\/releases$/, response: { status: 429 } },
    ]);
    const list = (): Promise<unknown> => octokit.rest.repos.listReleases({ owner, repo });
    expect(await statusOf(list())).toBe(502);
    expect(await statusOf(list())).toBe(502);
    const limited = await list().catch(
      (err: unknown) => err as { status: number; response?: { headers: Record<string, string> } },
    );
    expect(limited).toMatchObject({ status: 403, response: { headers: { 'retry-after': '1' } } });
    expect(await statusOf(list())).toBe(429);
    expect(await statusOf(list())).toBe('resolved');
    expect(fake.pendingFaults()).toEqual([]);
    expect(fake.requestsFor('repos/list-releases').map((r) => r.status)).toEqual([502, 502, 403, 429, 200]);
  });

  it('truncates bodies, resets connections and delays responses', async () => {
    fake.injectFaults([
      { pathPattern: /^\/repos\/[^/]+\/[^/]+$/, response: { status: 200, truncateBody: true } },
    ]);
    // Octokit does not throw on unparsable JSON: it hands back the text. Callers must check.
    const truncated = await octokit.rest.repos.get({ owner, repo });
    expect(typeof truncated.data).toBe('string');
    expect(() => JSON.parse(truncated.data as unknown as string)).toThrow();
    fake.injectFaults([
      { pathPattern: /^\/repos\/[^/]+\/[^/]+$/, response: { status: 200, destroySocket: true } },
    ]);
    await expect(octokit.rest.repos.get({ owner, repo })).rejects.toThrow();
    fake.injectFaults([{ pathPattern: /^\/repos\/[^/]+\/[^/]+$/, response: { status: 200, delayMs: 2000 } }]);
    const started = Date.now();
    await expect(
      octokit.rest.repos.get({ owner, repo, request: { signal: AbortSignal.timeout(100) } }),
    ).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('performs the write before failing with afterWrite', async () => {
    fake.injectFaults([
      { method: 'POST', pathPattern: /\/issues\/9\/comments$/, afterWrite: true, response: { status: 502 } },
    ]);
    expect(
      await statusOf(
        octokit.rest.issues.createComment({ owner, repo, issue_number: 9, body: '<!-- sticky -->' }),
      ),
    ).toBe(502);
    expect(
      fake.state
        .repo()
        .commentsOn(9)
        .map((c) => c.body),
    ).toEqual(['<!-- sticky -->']);
  });

  it('answers writes with 403 for a read-only token but still serves reads', async () => {
    fake.readOnly = true;
    try {
      const err = await octokit.rest.issues
        .createComment({ owner, repo, issue_number: 1, body: 'x' })
        .catch((e: unknown) => e);
      expect(err).toMatchObject({
        status: 403,
        response: { data: { message: 'Resource not accessible by integration' } },
      });
      expect(await statusOf(octokit.rest.repos.get({ owner, repo }))).toBe('resolved');
    } finally {
      fake.readOnly = false;
    }
    const readOnly = await startFakeGitHub({ readOnly: true });
    try {
      const client = new Octokit({ baseUrl: readOnly.url, auth: 'x', log: quiet });
      expect(await statusOf(client.rest.repos.createDeployment({ owner, repo, ref: 'main' }))).toBe(403);
      expect(readOnly.violations).toEqual([]);
    } finally {
      await readOnly.close();
    }
  });
});
