/**
 * A loopback HTTP server for one platform's API. Every request is matched to an operation of the
 * platform's published description and checked (parameters, body); every response the fake sends
 * is checked too. Problems land in `violations` so a test can `expect(fake.violations).toEqual([])`.
 * `/__app/health` is the deployed app's own health endpoint: 200 with the live commit, 503 when
 * the live commit is one the test marked unhealthy, so health checks see what the platform runs.
 */
import { createServer } from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { ApiOracle, Operation } from './oracle.js';

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  operationId?: string;
}

export interface FakeAnswer {
  status: number;
  body?: unknown;
}

export interface PlatformHandler {
  /** Answer a described operation; undefined → 404 and an `unhandled` entry. */
  handle(op: Operation, request: FakeRequest): FakeAnswer | undefined;
  /** The commit the app runs now (for /__app/health). */
  liveSha(): string | undefined;
  /** The body of a 401/404 answer in the platform's error shape. */
  error(status: number, message: string): unknown;
}

export interface PlatformFake {
  /** Base URL to give the client (VERCEL_API_URL, FLY_API_URL, RENDER_API_URL). */
  readonly url: string;
  readonly healthUrl: string;
  readonly requests: FakeRequest[];
  readonly violations: string[];
  readonly unhandled: string[];
  /** Commits whose app answers 503 on /__app/health. */
  readonly unhealthy: Set<string>;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startPlatformFake(options: {
  name: string;
  oracle: ApiOracle;
  handler: PlatformHandler;
  token: string;
  /** Path prefix of the API base URL, e.g. `/v1` (the description's paths are relative to it). */
  prefix?: string;
}): Promise<PlatformFake> {
  const prefix = options.prefix ?? '';
  const requests: FakeRequest[] = [];
  const violations: string[] = [];
  const unhandled: string[] = [];
  const unhealthy = new Set<string>();
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const method = (req.method ?? 'GET').toUpperCase();
      const send = (status: number, body?: unknown) => {
        const text = body === undefined ? '' : JSON.stringify(body);
        res.writeHead(status, text ? { 'content-type': 'application/json' } : {});
        res.end(text);
      };
      if (url.pathname === '/__app/health') {
        const sha = options.handler.liveSha();
        if (!sha) return send(503, { error: 'nothing deployed' });
        return send(unhealthy.has(sha) ? 503 : 200, { commit: sha });
      }
      const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname;
      let body: unknown;
      if (raw !== '') {
        try {
          body = JSON.parse(raw);
        } catch {
          violations.push(`${method} ${path}: body is not JSON`);
        }
      }
      const op = options.oracle.match(method, path);
      const entry: FakeRequest = {
        method,
        path,
        query: url.searchParams,
        body,
        ...(op ? { operationId: op.operationId } : {}),
      };
      requests.push(entry);
      if (!op) {
        violations.push(`${method} ${path}: no such operation in ${options.name}'s API description`);
        return send(404, options.handler.error(404, 'not found'));
      }
      if (req.headers.authorization !== `Bearer ${options.token}`) {
        return send(401, options.handler.error(401, 'unauthorized'));
      }
      for (const p of options.oracle.validateRequest(op, url.searchParams, body))
        violations.push(`${method} ${path} (${op.operationId}): ${p}`);
      const answer = options.handler.handle(op, entry);
      if (!answer) {
        unhandled.push(`${method} ${path} (${op.operationId})`);
        return send(404, options.handler.error(404, 'not found'));
      }
      for (const p of options.oracle.validateResponse(op, answer.status, answer.body))
        violations.push(`${method} ${path} (${op.operationId}): ${p}`);
      send(answer.status, answer.body);
    })().catch((error: unknown) => {
      violations.push(`fake ${options.name} crashed: ${String(error)}`);
      res.writeHead(500);
      res.end();
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}${prefix}`,
    healthUrl: `${origin}/__app/health`,
    requests,
    violations,
    unhandled,
    unhealthy,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
