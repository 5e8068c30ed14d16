import type { GitHubClient } from './octokit.js';

/** Hidden marker that identifies our one comment on a pull request. */
export const COMMENT_MARKER = '<!-- rollback-ready:report -->';

export interface IssueComment {
  id: number;
  body: string;
  /** Login of the comment's author (`github-actions[bot]` for comments written with GITHUB_TOKEN). */
  author?: string;
}

/** The calls the sticky comment needs, so it is testable without HTTP. */
export interface IssueCommentsApi {
  list(issueNumber: number): Promise<IssueComment[]>;
  create(issueNumber: number, body: string): Promise<IssueComment>;
  update(commentId: number, body: string): Promise<void>;
  /**
   * The login our token writes as. Without it no existing comment is ours, and a new one is created:
   * anyone can post a comment that starts with the marker, and we must never edit their comment.
   */
  identity?(): Promise<string>;
}

/** Who GITHUB_TOKEN (an installation token, which GET /user refuses) writes comments as. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

export type StickyResult = { action: 'created' | 'updated' | 'unchanged'; id: number };

export interface StickyOptions {
  /** Create attempts, each after a fresh look for the comment (default 3). */
  attempts?: number;
  /** Longest rate-limit wait we accept before the next attempt, in seconds (default 60). */
  maxWaitSeconds?: number;
  /** How to wait (tests pass a fake clock). */
  sleep?: (ms: number) => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Create or update the one comment that starts with the marker. A create whose answer was lost
 * (timeout, 502 after the write, a garbled answer) is never blindly retried: we look again first, so
 * the PR never gets two reports. A rate-limited create waits as long as GitHub asks (retry-after)
 * before the next attempt, within a bound.
 */
export async function upsertStickyComment(
  api: IssueCommentsApi,
  issueNumber: number,
  markdown: string,
  options: StickyOptions = {},
): Promise<StickyResult> {
  const attempts = options.attempts ?? 3;
  const maxWait = options.maxWaitSeconds ?? 60;
  const wait = options.sleep ?? sleep;
  const body = `${COMMENT_MARKER}\n${markdown}`;
  const me = api.identity ? await api.identity() : undefined;
  // Ours: the marker AND our author. A marked comment by anyone else is left alone.
  const ours = (c: IssueComment) =>
    c.body.startsWith(COMMENT_MARKER) && me !== undefined && c.author?.toLowerCase() === me.toLowerCase();
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const existing = (await api.list(issueNumber)).find(ours);
    if (existing) {
      if (existing.body === body) return { action: 'unchanged', id: existing.id };
      await api.update(existing.id, body);
      return { action: 'updated', id: existing.id };
    }
    try {
      const created = await api.create(issueNumber, body);
      return { action: 'created', id: created.id };
    } catch (error) {
      lastError = error;
      // A 4xx other than rate limiting will not get better by trying again (a read-only token's 403
      // included: retrying it only spaces three doomed writes seconds apart).
      const status = (error as { status?: number }).status;
      const limited = isRateLimit(error);
      if (status !== undefined && status >= 400 && status < 500 && !limited) throw error;
      if (limited && attempt + 1 < attempts) {
        const seconds = retryAfterSeconds(error);
        if (seconds > maxWait) throw error;
        await wait(seconds * 1000);
      }
    }
  }
  throw lastError;
}

/** How long GitHub asks us to wait: `retry-after`, else until `x-ratelimit-reset`, else one second. */
function retryAfterSeconds(error: unknown): number {
  const headers =
    (error as { response?: { headers?: Record<string, string | undefined> } }).response?.headers ?? {};
  const after = Number(headers['retry-after']);
  if (Number.isFinite(after) && after >= 0) return Math.max(1, Math.ceil(after));
  const reset = Number(headers['x-ratelimit-reset']);
  if (headers['x-ratelimit-remaining'] === '0' && Number.isFinite(reset))
    return Math.max(1, Math.ceil(reset - Date.now() / 1000) + 1);
  return 1;
}

/** 429, or a 403 GitHub marks as a rate limit (message or spent quota), not "Resource not accessible". */
function isRateLimit(error: unknown): boolean {
  const e = error as {
    status?: number;
    message?: string;
    response?: { headers?: Record<string, string | undefined> };
  };
  if (e.status === 429) return true;
  if (e.status !== 403) return false;
  return e.response?.headers?.['x-ratelimit-remaining'] === '0' || /rate limit/i.test(e.message ?? '');
}

/** Comments read per pull request at most (100 a page): the report is found in far fewer. */
const MAX_COMMENT_PAGES = 50;

/** An answer that is not the JSON GitHub documents (a proxy's HTML page, a truncated body). */
export class MalformedResponseError extends Error {
  override readonly name = 'MalformedResponseError';
}

function isComment(
  value: unknown,
): value is { id: number; body?: string | null; user?: { login?: unknown } | null } {
  const c = value as { id?: unknown; body?: unknown } | null;
  return (
    typeof c === 'object' &&
    c !== null &&
    typeof c.id === 'number' &&
    (c.body === undefined || c.body === null || typeof c.body === 'string')
  );
}

export function octokitIssueComments(client: GitHubClient, owner: string, repo: string): IssueCommentsApi {
  return {
    async list(issueNumber) {
      // Page by page rather than client.paginate: paginate reads an empty or garbled 200 answer as
      // "no comments", and we would then add a second report next to the one we could not see.
      const comments: IssueComment[] = [];
      for (let page = 1; ; page++) {
        const { data, headers } = await client.rest.issues.listComments({
          owner,
          repo,
          issue_number: issueNumber,
          per_page: 100,
          page,
        });
        const items: unknown = data;
        if (!Array.isArray(items) || !items.every(isComment)) {
          throw new MalformedResponseError(
            'GitHub answered the comment list with a body that is not the expected JSON',
          );
        }
        comments.push(...items.map(toComment));
        if (!/rel="next"/.test(headers.link ?? '')) return comments;
        // Not finding the report in a bounded search must not mean "create another one".
        if (page === MAX_COMMENT_PAGES) {
          throw new Error(
            `the pull request has more than ${MAX_COMMENT_PAGES * 100} comments; not looking further for the report`,
          );
        }
      }
    },
    async create(issueNumber, body) {
      // No automatic retry for the write itself: upsertStickyComment re-reads before trying again.
      const { data } = await client.rest.issues.createComment({
        owner,
        repo,
        issue_number: issueNumber,
        body,
        request: { retries: 0 },
      });
      // A garbled answer to a write: the comment may exist, so the caller looks again before retrying.
      if (!isComment(data))
        throw new MalformedResponseError(
          'GitHub answered the new comment with a body that is not the expected JSON',
        );
      return toComment(data);
    },
    async update(commentId, body) {
      await client.rest.issues.updateComment({ owner, repo, comment_id: commentId, body });
    },
    async identity() {
      try {
        const { data } = await client.rest.users.getAuthenticated({ request: { retries: 0 } });
        if (typeof data?.login === 'string' && data.login) return data.login;
      } catch (error) {
        // GITHUB_TOKEN (an installation token) may not read /user: GitHub answers 403 "Resource not
        // accessible by integration". Its comments are github-actions[bot]'s.
        const status = (error as { status?: number }).status;
        if (status !== 403 && status !== 401) throw error;
      }
      return ACTIONS_BOT_LOGIN;
    },
  };
}

function toComment(c: { id: number; body?: string | null; user?: { login?: unknown } | null }): IssueComment {
  const author = typeof c.user?.login === 'string' ? c.user.login : undefined;
  return { id: c.id, body: c.body ?? '', ...(author ? { author } : {}) };
}
