import type { GitHubClient } from './octokit.js';

/** Hidden marker that identifies our one comment on a pull request. */
export const COMMENT_MARKER = '<!-- rollback-ready:report -->';

export interface IssueComment {
  id: number;
  body: string;
}

/** The three calls the sticky comment needs, so it is testable without HTTP. */
export interface IssueCommentsApi {
  list(issueNumber: number): Promise<IssueComment[]>;
  create(issueNumber: number, body: string): Promise<IssueComment>;
  update(commentId: number, body: string): Promise<void>;
}

export type StickyResult = { action: 'created' | 'updated' | 'unchanged'; id: number };

/**
 * Create or update the one comment that starts with the marker. A create whose answer was lost
 * (timeout, 502 after the write) is never blindly retried: we look again first, so the PR never gets
 * two reports.
 */
export async function upsertStickyComment(
  api: IssueCommentsApi,
  issueNumber: number,
  markdown: string,
  attempts = 3,
): Promise<StickyResult> {
  const body = `${COMMENT_MARKER}\n${markdown}`;
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const existing = (await api.list(issueNumber)).find((c) => c.body.startsWith(COMMENT_MARKER));
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
      if (status !== undefined && status >= 400 && status < 500 && !isRateLimit(error)) throw error;
    }
  }
  throw lastError;
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

export function octokitIssueComments(client: GitHubClient, owner: string, repo: string): IssueCommentsApi {
  return {
    async list(issueNumber) {
      const comments = await client.paginate(client.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issueNumber,
        per_page: 100,
      });
      return comments.map((c) => ({ id: c.id, body: c.body ?? '' }));
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
      return { id: data.id, body: data.body ?? '' };
    },
    async update(commentId, body) {
      await client.rest.issues.updateComment({ owner, repo, comment_id: commentId, body });
    },
  };
}
