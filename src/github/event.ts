import { readFileSync } from 'node:fs';

/** What a pull_request event tells us; read from GITHUB_EVENT_PATH by the action. */
export interface PullRequestContext {
  number: number;
  body: string;
  baseSha?: string;
  headSha?: string;
  baseRef?: string;
  /** The repository's default branch, from the event (a shallow checkout may not have it as a ref). */
  defaultBranch?: string;
  /** A fork's PR runs with a read-only token: report through annotations and the summary only. */
  fromFork: boolean;
}

const MAX_EVENT_BYTES = 25 * 1024 * 1024;

/** Read the triggering event's pull request, if any. A missing or unreadable event file means "no PR". */
export function readPullRequestEvent(eventPath: string | undefined): PullRequestContext | undefined {
  if (!eventPath) return undefined;
  let payload: unknown;
  try {
    const buffer = readFileSync(eventPath);
    if (buffer.length > MAX_EVENT_BYTES) return undefined;
    payload = JSON.parse(buffer.toString('utf8'));
  } catch {
    return undefined;
  }
  return pullRequestFromPayload(payload);
}

export function pullRequestFromPayload(payload: unknown): PullRequestContext | undefined {
  const pr = (payload as { pull_request?: Record<string, unknown> } | null)?.pull_request;
  if (!pr || typeof pr !== 'object' || typeof pr.number !== 'number') return undefined;
  const base = pr.base as { sha?: unknown; ref?: unknown; repo?: { full_name?: unknown } } | undefined;
  const head = pr.head as
    { sha?: unknown; repo?: { full_name?: unknown; fork?: unknown } | null } | undefined;
  const baseRepo = base?.repo?.full_name;
  const defaultBranch = (payload as { repository?: { default_branch?: unknown } }).repository?.default_branch;
  const headRepo = head?.repo?.full_name;
  return {
    number: pr.number,
    body: typeof pr.body === 'string' ? pr.body : '',
    ...(typeof base?.sha === 'string' ? { baseSha: base.sha } : {}),
    ...(typeof head?.sha === 'string' ? { headSha: head.sha } : {}),
    ...(typeof base?.ref === 'string' ? { baseRef: base.ref } : {}),
    ...(typeof defaultBranch === 'string' && defaultBranch ? { defaultBranch } : {}),
    // A deleted fork shows as head.repo = null: treat it as a fork too.
    fromFork:
      head?.repo === null ||
      (typeof headRepo === 'string' && typeof baseRepo === 'string' && headRepo !== baseRepo),
  };
}
