import { errorMessage } from '../core/errors.js';

/**
 * Why a GitHub request failed, in words, with advice that fits the cause: token advice only for a
 * refused token (401) or a missing permission (403); a DNS or connection failure is a network problem,
 * and a 5xx is GitHub's.
 */
export interface GitHubFailure {
  kind: 'network' | 'unauthorized' | 'forbidden' | 'not-found' | 'server' | 'other';
  /** One line: what happened. */
  why: string;
  /** One line: what to do. */
  help: string;
}

/** The retry budget: no run spends longer than this retrying one failing API (octokit.ts enforces it). */
export const RETRY_BUDGET_MS = 15_000;

export function describeGitHubFailure(error: unknown, permission = 'deployments: read'): GitHubFailure {
  const status = (error as { status?: unknown })?.status;
  const hasResponse = (error as { response?: unknown })?.response !== undefined;
  const message = errorMessage(error).split('\n')[0]!.trim();
  if (status === 401) {
    return {
      kind: 'unauthorized',
      why: `GitHub refused the token (401: ${message})`,
      help: 'Check that GITHUB_TOKEN is set to a valid, unexpired token for this repository.',
    };
  }
  if (status === 403 && !/rate limit/i.test(message)) {
    return {
      kind: 'forbidden',
      why: `the token may not do this (403: ${message})`,
      help: `Give the job \`permissions: ${permission}\` (or a token with that scope).`,
    };
  }
  if (status === 404 && hasResponse) {
    return {
      kind: 'not-found',
      why: `GitHub answered 404 (${message})`,
      help: 'Check GITHUB_REPOSITORY (owner/repo) and that the token can see the repository.',
    };
  }
  if (typeof status === 'number' && status >= 500 && hasResponse) {
    return {
      kind: 'server',
      why: `GitHub failed (HTTP ${status}: ${message})`,
      help: `GitHub's side: re-run later (retries stop after ${RETRY_BUDGET_MS / 1000} s).`,
    };
  }
  if ((error as { name?: unknown })?.name === 'InvalidAnswerError') {
    return {
      kind: 'other',
      why: message,
      help: 'Nothing was written from that answer; re-run, and if it persists check GITHUB_API_URL.',
    };
  }
  // octokit marks a request that got no answer at all (DNS, refused connection, timeout) as status 500.
  if (!hasResponse && (status === 500 || status === undefined) && isNetworkError(error)) {
    return {
      kind: 'network',
      why: `GitHub could not be reached (${message})`,
      help: `A network problem, not a permission one: check the runner's connection and GITHUB_API_URL, then re-run (retries stop after ${RETRY_BUDGET_MS / 1000} s).`,
    };
  }
  return { kind: 'other', why: message, help: 'Re-run with --verbose for details.' };
}

function isNetworkError(error: unknown): boolean {
  const e = error as { status?: unknown; name?: unknown; cause?: unknown };
  return (
    e?.status === 500 || e?.name === 'AbortError' || e?.name === 'TimeoutError' || e?.cause !== undefined
  );
}
