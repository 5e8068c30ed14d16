/**
 * The parse worker (parse-ahead.ts): turns migrations into libpg_query's JSON parse trees, in run order,
 * one message per file, while the linting thread parses that JSON and lints. It skips the files the
 * linting thread reached first. Bundled on its own as parse-worker.js next to the CLI's and the action's
 * bundles.
 */
import '../../core/wasm-baseline.js'; // first: before the parser's WASM is compiled
import { parentPort } from 'node:worker_threads';
import type { ParseWorkerInput, ParsedAhead } from './parse-ahead.js';
import { migrationSource } from './parse.js';
import { loadParser, parseSqlToJson } from './pg-wasm.js';

const port = parentPort;
if (!port) throw new Error('parse-worker.js runs as a worker thread of rollback-ready, not on its own');
// Listening first keeps this thread alive while the parser compiles.
const received = new Promise<ParseWorkerInput>((resolve) => port.once('message', resolve));
await loadParser();
const { sources, port: answers, progress } = await received;
const linterAt = new Int32Array(progress);
let index = 0;
while (index < sources.length) {
  // The linting thread parses a file itself when this worker has not sent it yet: skip past those.
  index = Math.max(index, Atomics.load(linterAt, 0) + 1);
  if (index >= sources.length) break;
  const { file, text } = sources[index]!;
  let json: string | null;
  try {
    json = parseSqlToJson(migrationSource(file, text).source);
  } catch {
    json = null; // the linting thread re-parses it and recovers the statements around the error
  }
  answers.postMessage({ index, json } satisfies ParsedAhead);
  index++;
}
answers.close();
