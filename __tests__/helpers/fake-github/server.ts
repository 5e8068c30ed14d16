/**
 * A loopback fake of the GitHub REST API (node:http only). Every request is checked against
 * GitHub's OpenAPI description, and so is every response the fake sends; problems are collected
 * in `violations` so a test can `expect(fake.violations).toEqual([])`.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { FaultQueue, faultMessage } from './faults.js';
import type { FaultResponse, FaultRule } from './faults.js';
import { documentedStatuses, matchOperation, validateRequestBody, validateResponse } from './openapi.js';
import type { OperationMatch } from './openapi.js';
import { errorBody } from './resources.js';
import { notFound, route } from './routes.js';
import type { RouteResult } from './routes.js';
import { FakeState } from './state.js';
import type { FakeStateOptions } from './state.js';

export interface FakeGitHubOptions extends FakeStateOptions {
  /** When set, requests must send `Authorization: token <token>` or `Bearer <token>`, else 401. */
  token?: string;
  /** Answer every POST/PATCH/PUT/DELETE with 403, like the token of a fork's pull request. */
  readOnly?: boolean;
  /** Initial fault rules (see `injectFaults`). */
  faults?: FaultRule[];
}

export interface RecordedRequest {
  method: string;
  /** URL pathname, e.g. `/repos/o/r/issues/1/comments`. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body (the raw text when it is not JSON), `undefined` without a body. */
  body: unknown;
  /** OpenAPI operationId, `undefined` when the route is not in the description. */
  operationId: string | undefined;
  authorization: string | undefined;
  /** Status sent; `undefined` while pending or when the connection was destroyed. */
  status?: number;
}

export interface FakeGitHub {
  /** e.g. `http://127.0.0.1:54321` (no trailing slash) — use as Octokit `baseUrl` / `GITHUB_API_URL`. */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Requests and responses that disagree with GitHub's OpenAPI description. */
  readonly violations: string[];
  /** Described operations the fake does not implement (answered 404). */
  readonly unhandled: string[];
  readonly state: FakeState;
  readOnly: boolean;
  injectFaults(rules: readonly FaultRule[]): void;
  /** Fault rules not used up yet. */
  pendingFaults(): FaultRule[];
  /** Logged requests of one operation, e.g. `issues/create-comment`. */
  requestsFor(operationId: string): RecordedRequest[];
  /** Empty `requests`, `violations` and `unhandled` (state and faults are kept). */
  clearLogs(): void;
  close(): Promise<void>;
}

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function authorized(header: string | undefined, token: string): boolean {
  const m = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? '');
  return m?.[1] === token;
}

function baseHeaders(): Record<string, string> {
  return {
    'x-github-api-version-selected': '2022-11-28',
    'x-github-media-type': 'github.v3; format=json',
    'x-github-request-id': randomUUID().toUpperCase(),
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-used': '1',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-resource': 'core',
  };
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const unhandled: string[] = [];
  const faults = new FaultQueue();
  faults.add(options.faults ?? []);
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const sleep = (ms: number | undefined): Promise<void> =>
    !ms || ms <= 0
      ? Promise.resolve()
      : new Promise((resolve) => {
          const t = setTimeout(() => {
            timers.delete(t);
            resolve();
          }, ms);
          timers.add(t);
        });

  // Listen first: resource URLs embed the port, so the state is built once it is known.
  const server = createServer();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const state = new FakeState({ api: origin, web: 'https://github.com' }, options);

  function normal(
    entry: RecordedRequest,
    match: OperationMatch | undefined,
    url: URL,
    body: unknown,
    problems: string[],
    badJson: boolean,
  ): RouteResult {
    if (options.token !== undefined && !authorized(entry.authorization, options.token)) {
      return { status: 401, body: errorBody(401, 'Bad credentials'), generic: true };
    }
    if (fake.readOnly && WRITE_METHODS.has(entry.method)) {
      return { status: 403, body: errorBody(403, 'Resource not accessible by integration'), generic: true };
    }
    if (badJson) return { status: 400, body: errorBody(400, 'Problems parsing JSON'), generic: true };
    if (problems.length > 0) {
      return {
        status: 422,
        body: errorBody(422, `Invalid request.\n\n${problems.join('\n')}`),
        generic: true,
      };
    }
    if (!match) return notFound();
    const result = route(state, { match, url, body });
    if (result) return result;
    unhandled.push(`${entry.method} ${entry.path} (${match.operationId})`);
    return notFound();
  }

  function faultResult(response: FaultResponse, real: RouteResult | undefined): RouteResult {
    const ok = response.status >= 200 && response.status < 300;
    const body =
      response.body ?? (ok ? real?.body : errorBody(response.status, faultMessage(response.status)));
    const extra = Object.fromEntries(
      Object.entries(response.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
    );
    return { status: response.status, body, headers: { ...(ok ? real?.headers : {}), ...extra } };
  }

  function check(label: string, match: OperationMatch | undefined, result: RouteResult, text: string): void {
    if (!match) return;
    if (result.generic && !documentedStatuses(match).includes(String(result.status))) return;
    const parsed: unknown = text === '' ? undefined : JSON.parse(text);
    for (const p of validateResponse(match, result.status, parsed))
      violations.push(`${label} (${match.operationId}): ${p}`);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', origin);
    const method = (req.method ?? 'GET').toUpperCase();
    const label = `${method} ${url.pathname}`;
    const match = matchOperation(method, url.pathname);
    let body: unknown;
    let badJson = false;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
        badJson = true;
      }
    }
    const entry: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      operationId: match?.operationId,
      authorization: req.headers.authorization,
    };
    requests.push(entry);
    if (!match) violations.push(`${label}: no such operation in GitHub's OpenAPI description`);
    const problems = badJson
      ? ['request body is not valid JSON']
      : match
        ? validateRequestBody(match, body)
        : [];
    for (const p of problems) violations.push(`${label} (${match?.operationId ?? 'unknown'}): ${p}`);

    const fault = faults.take(method, url.pathname);
    const run = (): RouteResult => normal(entry, match, url, body, problems, badJson);
    let result: RouteResult;
    if (fault) {
      const ok = fault.response.status >= 200 && fault.response.status < 300;
      const needsReal =
        fault.afterWrite === true ||
        (ok && fault.response.body === undefined && !fault.response.destroySocket);
      result = faultResult(fault.response, needsReal ? run() : undefined);
      await sleep(fault.response.delayMs);
      if (fault.response.destroySocket) {
        req.socket.destroy();
        return;
      }
    } else {
      result = run();
    }

    let text = '';
    if (result.body !== undefined && result.status !== 204 && result.status !== 304) {
      text = typeof result.body === 'string' ? result.body : JSON.stringify(result.body);
    }
    if (!fault) check(label, match, result, text);
    let payload = Buffer.from(text, 'utf8');
    if (fault?.response.truncateBody) payload = payload.subarray(0, Math.floor(payload.length / 2));
    const headers: Record<string, string> = { ...baseHeaders(), ...result.headers };
    if (text !== '') headers['content-type'] ??= 'application/json; charset=utf-8';
    headers['content-length'] = String(payload.length);
    entry.status = result.status;
    res.writeHead(result.status, headers);
    res.end(payload);
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((err: unknown) => {
      violations.push(`fake GitHub crashed on ${req.method ?? '?'} ${req.url ?? '?'}: ${String(err)}`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(errorBody(500, 'Server Error')));
    });
  });

  const fake: FakeGitHub = {
    url: origin,
    requests,
    violations,
    unhandled,
    state,
    readOnly: options.readOnly ?? false,
    injectFaults: (rules) => faults.add(rules),
    pendingFaults: () => faults.pending,
    requestsFor: (operationId) => requests.filter((r) => r.operationId === operationId),
    clearLogs: () => {
      requests.length = 0;
      violations.length = 0;
      unhandled.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
        for (const s of sockets) s.destroy();
      }),
  };
  return fake;
}
