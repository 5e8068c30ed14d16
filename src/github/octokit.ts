import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import type { Logger } from '../core/gate.js';

export const GitHubClient = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof GitHubClient>;

/**
 * For tests only: a shorter per-request timeout (milliseconds), so a hung API can be simulated in
 * seconds instead of the default 30 s. Ignored unless it is a positive integer.
 */
export const HTTP_TIMEOUT_ENV = 'ROLLBACK_READY_HTTP_TIMEOUT_MS';

function timeoutFromEnv(): number | undefined {
  const ms = Number(process.env[HTTP_TIMEOUT_ENV] ?? '');
  return Number.isSafeInteger(ms) && ms > 0 ? ms : undefined;
}

export interface ClientOptions {
  token: string;
  /** `GITHUB_API_URL` on runners (GHES, tests' loopback fake); api.github.com otherwise. */
  baseUrl?: string;
  log: Logger;
  /** Per-request timeout; a hung connection must never hang the job. */
  timeoutMs?: number;
  /** Longest wait we accept for a rate-limit reset before giving up (seconds). */
  maxRateLimitWaitSeconds?: number;
  retries?: number;
}

/** An Octokit that retries transient failures a bounded number of times and honours rate limits. */
export function createGitHubClient(options: ClientOptions): GitHubClient {
  const timeoutMs = options.timeoutMs ?? timeoutFromEnv() ?? 30_000;
  const maxWait = options.maxRateLimitWaitSeconds ?? 60;
  const retries = options.retries ?? 3;
  const shouldWait =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      if (retryCount < 2 && retryAfter <= maxWait) {
        options.log.warn(
          `GitHub ${kind} rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s`,
        );
        return true;
      }
      options.log.warn(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}; giving up (retry-after ${retryAfter}s)`,
      );
      return false;
    };
  return new GitHubClient({
    auth: options.token,
    baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: 'rollback-ready',
    request: {
      fetch: async (url: string | URL, init: RequestInit = {}) => {
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        try {
          return await fetch(url, { ...init, signal });
        } catch (error) {
          // Say what happened in words; the retry plugin still retries it like any network error.
          if (!timeout.aborted) throw error;
          throw new Error(
            `GitHub did not answer ${init.method ?? 'GET'} ${new URL(String(url)).pathname} within ${timeoutMs / 1000} s`,
            { cause: error },
          );
        }
      },
    },
    retry: { retries },
    throttle: {
      onRateLimit: shouldWait('primary'),
      onSecondaryRateLimit: shouldWait('secondary'),
    },
    log: {
      debug: () => {},
      info: () => {},
      warn: (m: string) => options.log.debug(m),
      error: (m: string) => options.log.debug(m),
    },
  });
}
