import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { errorMessage } from '../core/errors.js';

/**
 * An ordered parse pool of one worker thread (parse-worker.ts): while the linting thread lints file i,
 * the worker parses the files after it, in run order. Linting stays on the calling thread, one file
 * after another, so what one file creates still counts as new in the next; the worker only does what
 * `parseSource` would have done here, and hands back the same parse as JSON text.
 *
 * It fails towards the calling thread, never towards a verdict: when the worker cannot start, cannot
 * load the parser, crashes or answers out of order, `take` answers `undefined` for that file and every
 * later one, and the caller parses them itself. A file the worker could not parse is answered
 * `undefined` too (the caller then meets the same error and recovers the statements around it).
 */

/** What the calling thread sends: file `index`'s SQL. */
export interface ParseRequest {
  index: number;
  source: string;
}

/** What the worker answers: `JSON.stringify(parseSource(source))`, or no `json` when that threw. */
export interface ParseAnswer {
  index: number;
  json?: string;
}

/**
 * Files sent to the worker and not yet taken: bounds the parses waiting in memory (~30 KB of JSON a file
 * on the bench corpus) while keeping the worker busy when the linting thread is slower.
 */
const WINDOW = 64;

/** `ROLLBACK_READY_PARSE_WORKER`: `off` parses on the calling thread only; `on` uses the worker for any count. */
export const PARSE_WORKER_ENV = 'ROLLBACK_READY_PARSE_WORKER';

/**
 * Fewer files than this are linted sooner without a worker: starting one (a thread, the bundle, the
 * parser's WASM compiled there) costs about what parsing this many typical files does (`npm run bench`).
 */
export const MIN_POOL_FILES = 64;

/** The worker's bundle, beside the code that runs this (dist/, dist/cli/); absent when running from src/. */
export function parseWorkerScript(): string | undefined {
  const path = join(dirname(fileURLToPath(import.meta.url)), 'parse-worker.js');
  return existsSync(path) ? path : undefined;
}

/** Whether `count` files are worth a worker: enough of them and a core to spare, unless the setting says otherwise. */
export function parsePoolWanted(count: number, env: NodeJS.ProcessEnv = process.env): boolean {
  const setting = env[PARSE_WORKER_ENV];
  if (setting === 'off') return false;
  if (setting === 'on') return count > 0;
  return count >= MIN_POOL_FILES && availableParallelism() > 1;
}

export class ParsePool {
  private readonly worker: Worker | undefined;
  private posted = 0;
  private expected = 0;
  private readonly answers = new Map<number, string | undefined>();
  private waiter: { index: number; resolve: (json: string | undefined) => void } | undefined;
  /** Why the worker stopped helping before it was closed, once it has. */
  failure: string | undefined;
  private stopped = false;
  /** Files whose parse came from the worker. */
  parsedAhead = 0;

  /** Starts the worker on `sources` (in run order) at once; it parses up to WINDOW files ahead. */
  constructor(
    private readonly sources: readonly string[],
    script: string,
  ) {
    try {
      this.worker = new Worker(script);
    } catch (error) {
      this.fail(`it did not start (${errorMessage(error)})`);
      return;
    }
    // Only a wait for an answer holds the process open (take), not a pool its caller dropped.
    this.worker.unref();
    this.worker.on('message', (answer: ParseAnswer) => this.receive(answer));
    this.worker.on('error', (error) => this.fail(errorMessage(error)));
    this.worker.on('messageerror', (error) => this.fail(errorMessage(error)));
    this.worker.on('exit', (code) => this.fail(`it exited with code ${code}`));
    this.sendUpTo(WINDOW);
  }

  /** File `index`'s parse as JSON text, or `undefined`: parse it on this thread. Take files in order. */
  take(index: number): Promise<string | undefined> {
    this.sendUpTo(index + 1 + WINDOW);
    if (this.answers.has(index) || this.stopped) {
      const json = this.answers.get(index);
      this.answers.delete(index);
      if (json !== undefined) this.parsedAhead++;
      return Promise.resolve(json);
    }
    this.worker!.ref();
    return new Promise((resolve) => {
      this.waiter = {
        index,
        resolve: (json) => {
          this.waiter = undefined;
          this.worker!.unref();
          if (json !== undefined) this.parsedAhead++;
          resolve(json);
        },
      };
    });
  }

  private sendUpTo(end: number): void {
    for (; this.posted < Math.min(end, this.sources.length) && !this.stopped; this.posted++) {
      const request: ParseRequest = { index: this.posted, source: this.sources[this.posted]! };
      try {
        this.worker!.postMessage(request);
      } catch (error) {
        this.fail(`a file could not be sent (${errorMessage(error)})`);
      }
    }
  }

  private receive({ index, json }: ParseAnswer): void {
    if (this.stopped) return;
    // One worker answers in the order it was asked: anything else is a broken worker.
    if (index !== this.expected) return this.fail(`it answered file ${index} when ${this.expected} was due`);
    this.expected++;
    if (this.waiter?.index === index) this.waiter.resolve(json);
    else this.answers.set(index, json);
  }

  private fail(why: string): void {
    if (this.stopped) return;
    this.failure = why;
    this.close();
  }

  /** Stop the worker (idempotent); later takes answer `undefined`. */
  close(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.answers.clear();
    this.waiter?.resolve(undefined);
    void this.worker?.terminate();
  }
}
