/**
 * The platforms' REST APIs through Node's fetch: a bearer token, JSON in and out, a timeout per call,
 * bounded retries on 429/5xx and network errors, and a count of calls. Errors name the platform, the
 * call and the status; the token never appears in a message.
 */
import { DeployError } from './target.js';

export interface ApiClientOptions {
  platform: string;
  baseUrl: string;
  token: string;
  /** Per call, ms. */
  timeoutMs?: number;
  retries?: number;
  /** Waits between retries, ms (tests use 0). */
  backoffMs?: number;
}

export interface ApiResponse<T> {
  status: number;
  body: T;
}

export class ApiClient {
  calls = 0;
  constructor(private readonly options: ApiClientOptions) {}

  async request<T = unknown>(
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    options: {
      query?: Record<string, string | number | boolean | undefined>;
      body?: unknown;
      ok?: number[];
    } = {},
  ): Promise<ApiResponse<T>> {
    const url = new URL(this.options.baseUrl.replace(/\/+$/, '') + path);
    for (const [k, v] of Object.entries(options.query ?? {}))
      if (v !== undefined) url.searchParams.set(k, String(v));
    const what = `${this.options.platform} ${method} ${url.pathname}`;
    const retries = this.options.retries ?? 2;
    for (let attempt = 0; ; attempt++) {
      this.calls++;
      let response: Response;
      try {
        response = await fetch(url, {
          method,
          headers: {
            authorization: `Bearer ${this.options.token}`,
            accept: 'application/json',
            ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
          },
          ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
        });
      } catch (error) {
        if (attempt < retries) {
          await this.pause(attempt);
          continue;
        }
        throw new DeployError(`${what}: no answer (${(error as Error).message})`);
      }
      const text = await response.text();
      if ((response.status === 429 || response.status >= 500) && attempt < retries) {
        await this.pause(attempt);
        continue;
      }
      const ok = options.ok ?? [200, 201, 202];
      if (!ok.includes(response.status)) {
        throw new DeployError(`${what} answered ${response.status}${detail(text)}${hint(response.status)}`);
      }
      let body: unknown = undefined;
      if (text.trim() !== '') {
        try {
          body = JSON.parse(text);
        } catch {
          throw new DeployError(`${what} answered ${response.status} with a body that is not JSON`);
        }
      }
      return { status: response.status, body: body as T };
    }
  }

  private pause(attempt: number): Promise<void> {
    const ms = (this.options.backoffMs ?? 1000) * 2 ** attempt;
    return ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve();
  }
}

/** The platform's own error message, one line and short (it may quote ids, never our token). */
function detail(text: string): string {
  try {
    const parsed = JSON.parse(text) as { message?: unknown; error?: { message?: unknown } | string };
    const message =
      typeof parsed.message === 'string'
        ? parsed.message
        : typeof parsed.error === 'string'
          ? parsed.error
          : typeof parsed.error?.message === 'string'
            ? parsed.error.message
            : undefined;
    return message ? `: ${message.replace(/\s+/g, ' ').slice(0, 200)}` : '';
  } catch {
    return '';
  }
}

function hint(status: number): string {
  if (status === 401) return ' (the token is missing, expired or for another account)';
  if (status === 403) return ' (the token may not act on this project/app/service)';
  if (status === 404) return ' (check the id in deploy.environments in .github/rollback-ready.yml)';
  return '';
}

/** Poll until `check` returns a value, or fail after `timeoutMs` with `what` in the message. */
export async function pollUntil<T>(
  what: string,
  timeoutMs: number,
  intervalMs: number,
  check: () => Promise<T | undefined>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() >= deadline)
      throw new DeployError(`${what}: still not done after ${Math.round(timeoutMs / 1000)}s`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
