/**
 * What the linting thread (parse-ahead.ts) and the parse worker (parse-worker.ts) tell each other. Its
 * own module, so the worker's bundle does not take in the linter.
 */
import type { MessagePort } from 'node:worker_threads';
import type { SourceFile } from './parse-ahead.js';
import type { StatementJson } from './statement-json.js';

/**
 * What the parse worker (parse-worker.ts) is sent once. The sources wait on `port` as SourceChunks, in
 * order, all queued before the port was sent; it answers on `port`, one message per file.
 */
export interface ParseWorkerInput {
  /** How many sources the chunks hold in all. */
  count: number;
  port: MessagePort;
  /**
   * Int32Array view. [SKIP]: the last file the linting thread parsed itself; the worker skips past it.
   * [AT]: the file the linting thread is at; the worker stays at most AHEAD files in front of it.
   */
  progress: SharedArrayBuffer;
}

/** Sources `from` … `from + sources.length - 1`, in run order. */
export interface SourceChunk {
  from: number;
  sources: SourceFile[];
}

/** Chunk sizes: the worker starts on the first chunk while the rest are still being copied to it. */
export const FIRST_CHUNK = 16;
export const CHUNK = 256;

/** One file's parse tree as libpg_query's JSON text split per statement, or null when it does not parse (the linting thread re-parses it). */
export interface ParsedAhead {
  index: number;
  tree: StatementJson | null;
}

/** Slots of ParseWorkerInput.progress. */
export const SKIP = 0;
export const AT = 1;
/**
 * How far the worker may run ahead. It is faster than the linting thread, and its answers wait in the
 * message queue until taken: without a bound, a very large run would hold every parse tree in memory.
 */
export const AHEAD = 128;
