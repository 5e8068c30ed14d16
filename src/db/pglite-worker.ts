/**
 * PGlite runs Postgres as WASM inside the calling thread: a runaway statement (`LOOP END LOOP`) never
 * yields, so no timer or signal handler could run. It therefore runs in a worker thread, which
 * `terminate()` stops even in the middle of WASM code. The worker is plain CommonJS given as source
 * (not a file of its own), so the bundles need nothing extra; module paths come from the parent.
 */
export const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fields = (error) => {
  const e = error || {};
  const pick = (v) => (v === undefined || v === null ? undefined : String(v));
  return { message: pick(e.message) || String(error), code: pick(e.code), position: pick(e.position), detail: pick(e.detail), hint: pick(e.hint) };
};
(async () => {
  let db;
  try {
    const { PGlite } = require(workerData.entry);
    const extensions = {};
    for (const [name, path] of Object.entries(workerData.contrib)) {
      try {
        const contrib = require(path);
        if (contrib[name]) extensions[name] = contrib[name];
      } catch {
        // an extension this PGlite build does not ship: CREATE EXTENSION will say so
      }
    }
    db = await PGlite.create({ extensions });
    const { rows } = await db.query('SHOW server_version');
    parentPort.postMessage({ type: 'ready', version: rows[0] ? rows[0].server_version : '' });
  } catch (error) {
    parentPort.postMessage({ type: 'failed', error: fields(error) });
    return;
  }
  parentPort.on('message', async (request) => {
    try {
      if (request.op === 'exec') {
        await db.exec(request.sql);
        parentPort.postMessage({ id: request.id, ok: true });
      } else if (request.op === 'query') {
        const result = await db.query(request.sql, request.params);
        parentPort.postMessage({ id: request.id, ok: true, rows: result.rows });
      } else {
        await db.close();
        parentPort.postMessage({ id: request.id, ok: true });
      }
    } catch (error) {
      parentPort.postMessage({ id: request.id, ok: false, error: fields(error) });
    }
  });
})();
`;

export type WorkerRequest =
  | { id: number; op: 'exec'; sql: string }
  | { id: number; op: 'query'; sql: string; params: unknown[] }
  | { id: number; op: 'close' };

export interface ErrorFields {
  message: string;
  code?: string;
  position?: string;
  detail?: string;
  hint?: string;
}

export type WorkerMessage =
  | { type: 'ready'; version: string }
  | { type: 'failed'; error: ErrorFields }
  | { id: number; ok: true; rows?: unknown[] }
  | { id: number; ok: false; error: ErrorFields };
