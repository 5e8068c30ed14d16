/**
 * The parse worker (parse-ahead.ts): turns migrations into libpg_query's JSON parse trees, split per
 * statement (statement-json.ts), in run order, one message per file, while the linting thread lints. It
 * skips the files the linting thread reached first. Bundled on its own as parse-worker.js next to the
 * CLI's and the action's bundles.
 */
import '../../core/wasm-baseline.js'; // first: before the parser's WASM is compiled
import { parentPort, receiveMessageOnPort } from 'node:worker_threads';
import { AHEAD, AT, ENDED, PARSING, POSTED, SENT, SKIP } from './parse-ahead-protocol.js';
import type { ParsedAhead, ParseWorkerInput, SourceChunk } from './parse-ahead-protocol.js';
import type { SourceFile } from './parse-worker-client.js';
import { migrationSource, parseStatementJson } from './parse.js';
import { loadParser } from './pg-wasm.js';
import type { StatementJson } from './statement-json.js';

const port = parentPort;
if (!port) throw new Error('parse-worker.js runs as a worker thread of rollback-ready, not on its own');
// Listening first keeps this thread alive while the parser compiles.
const received = new Promise<ParseWorkerInput>((resolve) => port.once('message', resolve));
await loadParser();
const { port: answers, progress, ahead = AHEAD } = await received;
const linter = new Int32Array(progress);
const sources: SourceFile[] = [];
/** JSON characters sent for each file, until the linting thread is past it. */
const sent: number[] = [];
let charsAhead = 0;
let counted = 0;
/** Is this thread more than `share` of the bound in front of the linting thread, at file `at`? */
const tooFar = (index: number, at: number, share: number): boolean => {
  for (; counted < Math.min(at, index); counted++) charsAhead -= sent[counted] ?? 0;
  return index - at > ahead.files * share || charsAhead > ahead.chars * share;
};

/** Whether source `index` exists: takes the chunks posted so far, and waits while more may come. */
function have(index: number): boolean {
  for (;;) {
    for (let m = receiveMessageOnPort(answers); m; m = receiveMessageOnPort(answers)) {
      const chunk = m.message as SourceChunk;
      if (chunk.from !== sources.length) throw new Error('a chunk of sources is out of order');
      sources.push(...chunk.sources);
    }
    if (sources.length > index) return true;
    const ended = Atomics.load(linter, ENDED) === 1;
    // A chunk is posted before POSTED counts it, so a count above what arrived means it is on its way.
    const posted = Atomics.load(linter, POSTED);
    if (posted > sources.length) continue;
    if (ended) return false;
    Atomics.wait(linter, POSTED, posted, 200);
  }
}

let index = 0;
for (;;) {
  // The linting thread parses a file itself when this worker has not sent it yet: skip past those.
  index = Math.max(index, Atomics.load(linter, SKIP) + 1);
  if (!have(index)) break;
  // Stay within AHEAD (answers wait in memory until the linting thread takes them); once past it, sleep
  // until the linting thread is within half of it, so this thread does not wake for every file.
  if (tooFar(index, Atomics.load(linter, AT), 1)) {
    for (let at = Atomics.load(linter, AT); tooFar(index, at, 0.5); at = Atomics.load(linter, AT)) {
      Atomics.wait(linter, AT, at, 200);
    }
  }
  const { file, text } = sources[index]!;
  // The linting thread, once it reaches this file, waits for it instead of parsing it a second time.
  Atomics.store(linter, PARSING, index);
  let tree: StatementJson | null;
  try {
    tree = parseStatementJson(migrationSource(file, text).source);
  } catch {
    tree = null; // the linting thread re-parses it and recovers the statements around the error
  }
  answers.postMessage({ index, tree } satisfies ParsedAhead, tree ? [tree.spans.buffer] : []);
  sent[index] = tree?.json.length ?? 0;
  charsAhead += sent[index]!;
  Atomics.store(linter, PARSING, -1);
  Atomics.add(linter, SENT, 1);
  Atomics.notify(linter, SENT);
  index++;
}
answers.close();
