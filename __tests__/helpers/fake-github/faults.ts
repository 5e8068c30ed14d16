/**
 * Fault injection for the fake GitHub: a queue of rules consumed in order, each answering a
 * matching request `times` times with an error, a slow or broken response, or a reset connection.
 */

export interface FaultResponse {
  status: number;
  headers?: Record<string, string>;
  /**
   * Response body. When omitted: a 2xx fault sends the body the fake would normally send
   * (handy with `delayMs` / `truncateBody`), any other status sends GitHub's error shape.
   */
  body?: string | object;
  /** Wait this long before answering (use with a client timeout to simulate a hang). */
  delayMs?: number;
  /** Send only the first half of the body (with a matching Content-Length): truncated JSON. */
  truncateBody?: boolean;
  /** Close the TCP connection without any response (ECONNRESET / "socket hang up" on the client). */
  destroySocket?: boolean;
}

export interface FaultRule {
  /** HTTP method to match, case-insensitive; any when omitted. */
  method?: string;
  /** Tested against the request pathname (no query string); any when omitted. */
  pathPattern?: RegExp;
  /** How many matching requests this rule answers (default 1; `Infinity` for all). */
  times?: number;
  /**
   * Perform the normal request first (the write happens, e.g. the comment is created), then
   * answer with the fault. Proves that a client retrying a failed POST does not duplicate.
   */
  afterWrite?: boolean;
  response: FaultResponse;
}

interface QueuedRule {
  rule: FaultRule;
  remaining: number;
}

export class FaultQueue {
  private readonly queue: QueuedRule[] = [];

  add(rules: readonly FaultRule[]): void {
    for (const rule of rules) this.queue.push({ rule, remaining: rule.times ?? 1 });
  }

  /** The first rule matching the request, consuming one of its uses. */
  take(method: string, pathname: string): FaultRule | undefined {
    const index = this.queue.findIndex(
      ({ rule, remaining }) =>
        remaining > 0 &&
        (rule.method === undefined || rule.method.toUpperCase() === method.toUpperCase()) &&
        (rule.pathPattern === undefined || testPattern(rule.pathPattern, pathname)),
    );
    const entry = this.queue[index];
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.queue.splice(index, 1);
    return entry.rule;
  }

  /** Rules not used up yet. */
  get pending(): FaultRule[] {
    return this.queue.map((q) => q.rule);
  }

  clear(): void {
    this.queue.length = 0;
  }
}

function testPattern(pattern: RegExp, value: string): boolean {
  pattern.lastIndex = 0; // a /g or /y pattern keeps state between calls
  return pattern.test(value);
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Bad credentials',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Validation Failed',
  429: 'Too Many Requests',
  500: 'Server Error',
  502: 'Server Error',
  503: 'Service Unavailable',
  504: 'We couldn\u2019t respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists.',
};

export function faultMessage(status: number): string {
  return REASONS[status] ?? `HTTP ${status}`;
}
