import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { registerCleanup } from './cleanup.js';
import { dirname, join } from 'node:path';
import type { Database } from './database.js';
import { DatabaseUnavailableError, toServerError } from './database.js';
import { majorOf } from './pg-client.js';
import { WORKER_SOURCE } from './pglite-worker.js';
import type { WorkerMessage, WorkerRequest } from './pglite-worker.js';

const PACKAGE = '@electric-sql/pglite';
/** Contrib extensions PGlite ships that migrations commonly create; loaded only if present. */
const CONTRIB = [
  'pgcrypto',
  'uuid_ossp',
  'citext',
  'hstore',
  'pg_trgm',
  'ltree',
  'btree_gin',
  'btree_gist',
  'fuzzystrmatch',
  'unaccent',
];

/**
 * The embedded Postgres (WASM), in memory: nothing to install and nothing left on disk. Imported
 * lazily, in a worker thread (src/db/pglite-worker.ts) so `rehearsal.timeout` and Ctrl-C can stop a
 * statement that never yields. It is kept out of the bundles, so the action explains when it is absent.
 */
export async function openPglite(): Promise<Database> {
  const started = Date.now();
  const require = createRequire(import.meta.url);
  let entry: string;
  try {
    entry = require.resolve(PACKAGE);
  } catch (error) {
    throw new DatabaseUnavailableError(
      `the embedded PGlite (${PACKAGE}) is not installed here (${(error as Error).message.split('\n')[0]})`,
    );
  }
  const contrib: Record<string, string> = {};
  for (const name of CONTRIB) {
    try {
      contrib[name] = require.resolve(`${PACKAGE}/contrib/${name}`);
    } catch {
      // not shipped by this PGlite build
    }
  }
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { entry, contrib } });
  const pending = new Map<number, { resolve: (rows: unknown[]) => void; reject: (e: unknown) => void }>();
  let gone: Error | undefined;
  const lose = (why: string) => {
    gone ??= new Error(why);
    for (const { reject } of pending.values()) reject(gone);
    pending.clear();
  };
  let nextId = 1;
  let terminated: Promise<void> | undefined;
  const terminate = () =>
    (terminated ??= worker.terminate().then(() => lose('the embedded PGlite was stopped')));
  const unregister = registerCleanup({ async: terminate, sync: () => void terminate() });

  let version: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- EventEmitter listeners
  const listeners: [string, (...args: any[]) => void][] = [];
  try {
    version = await new Promise<string>((resolve, reject) => {
      const onMessage = (message: WorkerMessage) => {
        if ('type' in message && message.type === 'ready') resolve(message.version);
        else if ('type' in message) reject(new Error(message.error.message));
      };
      const onExit = () => reject(new Error('the worker exited'));
      listeners.push(['error', reject], ['exit', onExit], ['message', onMessage]);
      for (const [event, listener] of listeners) worker.on(event, listener);
    });
  } catch (error) {
    await terminate();
    unregister();
    throw new DatabaseUnavailableError(`the embedded PGlite did not start: ${(error as Error).message}`);
  } finally {
    // Only our own listeners: the Worker keeps internal ones (removeAllListeners breaks its messaging).
    for (const [event, listener] of listeners) worker.off(event, listener);
  }
  worker.on('error', (error) => lose(`the embedded PGlite failed: ${error.message}`));
  worker.on('exit', () => lose('the embedded PGlite stopped'));
  worker.on('message', (message: WorkerMessage) => {
    if (!('id' in message)) return;
    const waiter = pending.get(message.id);
    pending.delete(message.id);
    if (!waiter) return;
    if (message.ok) waiter.resolve(message.rows ?? []);
    else waiter.reject(toServerError(message.error));
  });
  const send = (request: DistributiveOmit<WorkerRequest, 'id'>): Promise<unknown[]> =>
    new Promise((resolve, reject) => {
      if (gone) return reject(gone);
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });

  const packageVersion = pgliteVersion();
  let closed: Promise<void> | undefined;
  const exec = async (sql: string) => {
    await send({ op: 'exec', sql });
  };
  return {
    kind: 'pglite',
    label: `PGlite (PostgreSQL ${version})`,
    majorVersion: majorOf(version),
    startupMs: Date.now() - started,
    describe: () =>
      `the embedded PGlite${packageVersion ? ` ${packageVersion}` : ''} (PostgreSQL ${version}, in memory, in a worker thread)`,
    exec,
    async query<T extends object>(sql: string, params: readonly unknown[] = []) {
      return (await send({ op: 'query', sql, params: [...params] })) as T[];
    },
    setup: exec,
    close() {
      closed ??= (async () => {
        // An orderly close when it is idle; a statement still running is cut off.
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          send({ op: 'close' }).catch(() => {}),
          new Promise((resolve) => (timer = setTimeout(resolve, CLOSE_MS))),
        ]);
        clearTimeout(timer);
        await terminate();
        unregister();
      })();
      return closed;
    },
  };
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** How long an orderly close may take before the worker is terminated. */
const CLOSE_MS = 2_000;

/** The installed package's version, read next to its entry point (package.json is not in its exports). */
function pgliteVersion(): string | undefined {
  try {
    const entry = createRequire(import.meta.url).resolve(PACKAGE);
    const pkg = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as {
      version?: string;
    };
    return pkg.version;
  } catch {
    return undefined;
  }
}
