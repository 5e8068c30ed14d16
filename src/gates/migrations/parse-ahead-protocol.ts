/**
 * What the linting thread (parse-ahead.ts) and the parse worker (parse-worker.ts) tell each other. Its
 * own module, so the worker's bundle does not take in the linter.
 */
import type { MessagePort } from 'node:worker_threads';
import type { SourceFile } from './parse-worker-client.js';
import type { StatementJson } from './statement-json.js';

/**
 * What the parse worker (parse-worker.ts) is sent once. The sources follow on `port` as SourceChunks, in
 * order, while the linting thread reads them; the worker answers on `port`, one message per file.
 */
export interface ParseWorkerInput {
  port: MessagePort;
  /**
   * Int32Array view. [SKIP]: the last file the linting thread parsed itself; the worker skips past it.
   * [AT]: the file the linting thread is at; the worker stays within AHEAD of it.
   * [POSTED]: how many sources the chunks posted so far hold. [ENDED]: 1 once no more will come.
   * [PARSING]: the file the worker is parsing, -1 between files. [SENT]: how many answers it has posted.
   */
  progress: SharedArrayBuffer;
  /** Tests set smaller bounds. */
  ahead?: AheadBound;
}

/** Sources `from` … `from + sources.length - 1`, in run order. */
export interface SourceChunk {
  from: number;
  sources: SourceFile[];
}

/** Chunk sizes: the worker starts on the first files while the linting thread reads the rest. */
export const FIRST_CHUNK = 16;
export const CHUNK = 64;

/** One file's parse tree as libpg_query's JSON text split per statement, or null when it does not parse (the linting thread re-parses it). */
export interface ParsedAhead {
  index: number;
  tree: StatementJson | null;
}

/** Slots of ParseWorkerInput.progress. */
export const SKIP = 0;
export const AT = 1;
export const POSTED = 2;
export const ENDED = 3;
export const PARSING = 4;
export const SENT = 5;
export const PROGRESS_SLOTS = 6;
/** How far in front of the linting thread the worker may be: in files, and in JSON characters sent but not taken. */
export interface AheadBound {
  files: number;
  chars: number;
}

/**
 * The answers wait in the message queue until taken: without a bound, a very large run would hold every
 * parse tree in memory. Within it, the worker rarely falls behind when a stretch of files parses slower
 * than it lints (at 128 files it did, and both threads then parsed the same files: on 2,000 files, 5%
 * more CPU and wall time than at 512, over 25 interleaved runs). The character bound keeps a run of huge
 * files (seed data) to about 64 million characters of queued JSON text.
 */
export const AHEAD: AheadBound = { files: 512, chars: 64 * 1024 * 1024 };
