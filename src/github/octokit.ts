import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import type { Logger } from '../core/gate.js';
import { RETRY_BUDGET_MS } from './failure.js';

/** The retry plugin's attempts after the first (its waits: 1, 4, 9 s). */
const RETRIES = 3;

/**
 * Bound the time one client spends waiting to retry: the waits of a failing streak (5xx, 429, no
 * answer) add up to at most RETRY_BUDGET_MS, however many requests fail in a row; then the error goes
 * up as it is, saying so. Without it each request waited 14 s, and a ledger read makes several. Counting
 * waits, not wall time, keeps one request's own 1 + 4 + 9 s schedule whole on a slow machine.
 * Registered before the retry plugin, so its error hook runs first and can lower `retries` to 0.
 */
function retryBudget(octokit: Parameters<typeof retry>[0]) {
  const budget = { waitedMs: 0, failing: false };
  octokit.hook.error('request', (error: unknown, options) => {
    const status = (error as { status?: number }).status;
    const request = options.request as { retries?: number; retryCount?: number };
    const count = request.retryCount ?? 0;
    if (status === undefined || status >= 500 || status === 429) {
      budget.failing = true;
      const nextWaitMs = (count + 1) ** 2 * 1000;
      if (count < (request.retries ?? RETRIES) && budget.waitedMs + nextWaitMs <= RETRY_BUDGET_MS) {
        budget.waitedMs += nextWaitMs;
      } else {
        // The last attempt, by count or by budget: say how long was spent, so the user knows it was retried.
        request.retries = 0;
        if (error instanceof Error && !error.message.includes('retries stop after'))
          error.message += ` (gave up after waiting ${Math.round(budget.waitedMs / 1000)} s to retry; retries stop after ${RETRY_BUDGET_MS / 1000} s)`;
      }
    }
    throw error;
  });
  octokit.hook.after('request', () => {
    budget.waitedMs = 0;
    budget.failing = false;
  });
  return { retryBudget: budget };
}

export const GitHubClient = Octokit.plugin(retryBudget, retry, throttling);
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
  // Set once the client exists: the fetch below reads the retry budget's streak to shorten its timeout.
  const client: GitHubClient = new GitHubClient({
    auth: options.token,
    baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: 'rollback-ready',
    request: {
      fetch: async (url: string | URL, init: RequestInit = {}) => {
        // While failing, an attempt may only use what is left of the retry budget.
        const { failing, waitedMs } = client.retryBudget;
        const attemptMs = !failing
          ? timeoutMs
          : Math.max(1_000, Math.min(timeoutMs, RETRY_BUDGET_MS - waitedMs));
        const timeout = AbortSignal.timeout(attemptMs);
        const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        try {
          return await fetch(url, { ...init, signal });
        } catch (error) {
          // Say what happened in words; the retry plugin still retries it like any network error.
          if (init.signal?.aborted) throw error;
          if (!timeout.aborted) {
            // fetch's own "fetch failed" hides the cause (ENOTFOUND, ECONNREFUSED): name it.
            const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
            const why = cause?.code ?? cause?.message ?? (error as { message?: unknown }).message;
            throw new Error(`${init.method ?? 'GET'} ${new URL(String(url)).host}: ${String(why)}`, {
              cause: error,
            });
          }
          throw new Error(
            `GitHub did not answer ${init.method ?? 'GET'} ${new URL(String(url)).pathname} within ${attemptMs / 1000} s`,
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
  return client;
}
