import { parseDuration } from '../config/duration.js';
import { UsageError } from '../core/errors.js';

export interface HealthCheckOptions {
  url: string;
  /** The HTTP status that means healthy (default 200). */
  expectStatus: number;
  /** Attempts after the first one. */
  retries: number;
  /** Per-attempt timeout, milliseconds. */
  timeoutMs: number;
  /** Wait between attempts, milliseconds. */
  intervalMs: number;
}

export interface HealthAttempt {
  status?: number;
  error?: string;
  ms: number;
}

export interface HealthResult {
  ok: boolean;
  url: string;
  expectStatus: number;
  attempts: HealthAttempt[];
  /** Wall time of the whole check, milliseconds. */
  ms: number;
}

const MAX_RETRIES = 30;
const MAX_TIMEOUT_MS = 120_000;

/** Validate the health-check flags into options (usage errors exit 2 before anything is deployed or recorded). */
export function healthOptions(flags: {
  url: string;
  expectStatus?: string;
  retries?: string;
  timeout?: string;
  interval?: string;
}): HealthCheckOptions {
  let url: URL;
  try {
    url = new URL(flags.url);
  } catch {
    throw new UsageError(
      `--health-url: ${JSON.stringify(flags.url)} is not a URL; use https://example.com/healthz`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(`--health-url: only http and https URLs are checked (got ${url.protocol})`);
  }
  if (url.username || url.password) {
    throw new UsageError('--health-url: put no credentials in the URL; it is printed in the summary');
  }
  const int = (raw: string | undefined, flag: string, fallback: number, min: number, max: number) => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new UsageError(`${flag}: got ${JSON.stringify(raw)}; use a whole number from ${min} to ${max}`);
    }
    return n;
  };
  // The one duration grammar (config/duration.ts); a bare number stays seconds, as it always was here.
  const timeoutMs =
    flags.timeout === undefined
      ? 10_000
      : parseDuration(flags.timeout, '--timeout', {
          kind: 'timer',
          bareSeconds: true,
          maxMs: MAX_TIMEOUT_MS,
        });
  const intervalMs =
    flags.interval === undefined
      ? 5_000
      : parseDuration(flags.interval, '--interval', {
          kind: 'timer',
          bareSeconds: true,
          allowZero: true,
          maxMs: MAX_TIMEOUT_MS,
        });
  return {
    url: url.toString(),
    expectStatus: int(flags.expectStatus, '--expect-status', 200, 100, 599),
    retries: int(flags.retries, '--retries', 5, 0, MAX_RETRIES),
    timeoutMs,
    intervalMs,
  };
}

/**
 * GET the URL until it answers the expected status, at most `retries + 1` times. Each attempt is
 * bounded by its timeout, redirects are not followed (a redirect to a login page is not healthy), and
 * the body is discarded unread.
 */
export async function checkHealth(options: HealthCheckOptions): Promise<HealthResult> {
  const started = Date.now();
  const attempts: HealthAttempt[] = [];
  for (let i = 0; i <= options.retries; i++) {
    if (i > 0 && options.intervalMs > 0) await new Promise((r) => setTimeout(r, options.intervalMs));
    const t0 = Date.now();
    try {
      const response = await fetch(options.url, {
        method: 'GET',
        redirect: 'manual',
        headers: { 'user-agent': 'rollback-ready health check' },
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      await response.body?.cancel().catch(() => undefined);
      attempts.push({ status: response.status, ms: Date.now() - t0 });
      if (response.status === options.expectStatus) {
        return {
          ok: true,
          url: options.url,
          expectStatus: options.expectStatus,
          attempts,
          ms: Date.now() - started,
        };
      }
    } catch (error) {
      const name = (error as { name?: string }).name;
      const message =
        name === 'TimeoutError' || name === 'AbortError'
          ? `no answer within ${options.timeoutMs} ms`
          : String((error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message ?? error);
      attempts.push({ error: message, ms: Date.now() - t0 });
    }
  }
  return {
    ok: false,
    url: options.url,
    expectStatus: options.expectStatus,
    attempts,
    ms: Date.now() - started,
  };
}

/** One line about the last attempt, for messages. */
export function describeHealth(result: HealthResult): string {
  const last = result.attempts.at(-1);
  const got = last?.status !== undefined ? `HTTP ${last.status}` : (last?.error ?? 'nothing');
  return result.ok
    ? `${result.url} answered ${result.expectStatus} (attempt ${result.attempts.length}, ${result.ms} ms)`
    : `${result.url} did not answer ${result.expectStatus} after ${result.attempts.length} attempt(s) in ${result.ms} ms (last: ${got})`;
}
