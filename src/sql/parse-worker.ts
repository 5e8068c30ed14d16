/**
 * The parse worker (parse-pool.ts): a worker thread that parses migration SQL ahead of the linting
 * thread. Each message is one file's SQL (as the parser sees it); each answer, in the same order, is
 * `JSON.stringify` of what `parseSource` returns, the text the parse store writes (parse-store.ts). A
 * JSON string because the linting thread turns it back into objects faster with `JSON.parse` than a
 * structured clone of the tree arrives (measured on the bench corpus). Bundled on its own as
 * parse-worker.js next to the CLI's and the action's entry (scripts/build.mjs).
 */
// Statically, so that ncc keeps the parser in this one file instead of a chunk of its own (pg-parser.ts
// imports it lazily, which is right for the CLI's entry but would split this bundle).
import 'libpg-query';
import { parentPort } from 'node:worker_threads';
import { parseSource } from './parse.js';
import { loadParser } from './pg-parser.js';
import type { ParseAnswer, ParseRequest } from './parse-pool.js';

const port = parentPort;
if (!port) throw new Error('parse-worker.js runs as a worker thread of rollback-ready, not on its own');
// Listening at once keeps messages in order while the parser compiles; a parser that cannot load
// rejects in every handler, which ends this thread with an error the pool sees (and parses at home).
const ready = loadParser();
port.on('message', async ({ index, source }: ParseRequest) => {
  await ready;
  let answer: ParseAnswer;
  try {
    answer = { index, json: JSON.stringify(parseSource(source)) };
  } catch {
    answer = { index }; // the linting thread parses this file itself, and meets the same error there
  }
  port.postMessage(answer);
});
