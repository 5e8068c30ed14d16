/**
 * A lint worker (lint-pool.ts): compiles the parser, waits for its run of migrations, parses them, posts
 * their state ops, waits for the ops of every file before the run, then lints the run and posts the
 * results. Bundled on its own as lint-worker.js next to the CLI's and the action's bundles.
 */
import '../../core/wasm-baseline.js'; // first: before the parser's WASM is compiled
import { parentPort } from 'node:worker_threads';
import { lintRun, opsOf } from './lint-pool.js';
import type { WorkerInput, WorkerMessage } from './lint-pool.js';
import { ensureParser, parseMigration } from './parse.js';
import type { StateOp } from './schema-state.js';

const port = parentPort;
if (!port) throw new Error('lint-worker.js runs as a worker thread of rollback-ready, not on its own');
let receiveInput!: (input: WorkerInput) => void;
let receiveSeed!: (ops: StateOp[]) => void;
const input = new Promise<WorkerInput>((resolve) => (receiveInput = resolve));
const seed = new Promise<StateOp[]>((resolve) => (receiveSeed = resolve));
port.on('message', (message: WorkerMessage) => {
  if (message.type === 'input') receiveInput(message.input);
  else if (message.type === 'seed') receiveSeed(message.ops);
});
await ensureParser();
const { sources, config } = await input;
const parsed = sources.map(({ file, text }) => parseMigration(file, text));
port.postMessage({ type: 'ops', ops: opsOf(parsed) } satisfies WorkerMessage);
port.postMessage({ type: 'linted', linted: lintRun(parsed, config, await seed) } satisfies WorkerMessage);
port.removeAllListeners('message');
