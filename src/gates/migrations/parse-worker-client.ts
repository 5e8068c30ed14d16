/**
 * The parse worker (parse-worker.ts) as the linting thread sees it: when one is wanted, starting it early,
 * feeding it the sources and taking its answers. Apart from the linter (parse-ahead.ts), so that `lint`
 * can start the worker before it loads the linter, the rules and the parser.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as WorkerThreads from 'node:worker_threads';
import type { MessageChannel, Worker } from 'node:worker_threads';
import { budgetOptimizerFor } from '../../core/optimizer-budget.js';
import type { MigrationFile } from './model.js';
import {
  AT,
  CHUNK,
  ENDED,
  FIRST_CHUNK,
  PARSING,
  POSTED,
  PROGRESS_SLOTS,
  SENT,
  SKIP,
} from './parse-ahead-protocol.js';
import type { ParsedAhead, ParseWorkerInput, SourceChunk } from './parse-ahead-protocol.js';
import type { StatementJson } from './statement-json.js';

/** A migration and its text, in run order. */
export interface SourceFile {
  file: MigrationFile;
  text: string;
}

/**
 * The longest the linting thread waits for a file the worker is parsing: a worker that died mid-file
 * is not waited for longer (its exit event cannot arrive while this thread loops).
 */
const WAIT_MS = 1000;

/** Fewer files than this are parsed faster than a worker starts (~150 ms on its own core). */
const MIN_FILES = 100;
/** `ROLLBACK_READY_LINT_THREADS=1` parses on the linting thread only. */
export const THREADS_ENV = 'ROLLBACK_READY_LINT_THREADS';

/** The worker's bundle, next to the bundle this code runs from; absent when running from src/ (tests). */
export function workerScript(): string | undefined {
  const path = join(dirname(fileURLToPath(import.meta.url)), 'parse-worker.js');
  return existsSync(path) ? path : undefined;
}

/** Whether `count` files are worth a parse worker: enough of them, a second core, and not switched off. */
export function parseAheadWanted(count: number, env: NodeJS.ProcessEnv = process.env): boolean {
  if (count < MIN_FILES || env[THREADS_ENV] === '1') return false;
  return env[THREADS_ENV] !== undefined || availableParallelism() > 1;
}

let prestarted: Promise<ParseWorker> | undefined;

/**
 * Start the parse worker that linting `fileCount` files will use, before the files are selected and read:
 * Node and the parser then load on the other core while this thread starts.
 */
export function prestartParseWorker(fileCount: number): void {
  const script = workerScript();
  if (script && !prestarted && parseAheadWanted(fileCount)) prestarted = ParseWorker.create(script);
}

/** The worker `prestartParseWorker` started, if any; the caller owns it from now on. */
export function takePrestartedWorker(): Promise<ParseWorker> | undefined {
  const worker = prestarted;
  prestarted = undefined;
  return worker;
}

/** The parse worker thread, as seen from the linting thread. */
export class ParseWorker {
  private readonly worker: Worker | undefined;
  private readonly channel: MessageChannel;
  private readonly progress = new Int32Array(new SharedArrayBuffer(PROGRESS_SLOTS * 4));
  private unsent: SourceFile[] = [];
  private posted = 0;
  /** Answers received but not yet taken, by file index. */
  private readonly pending = new Map<number, StatementJson | null>();
  failure: unknown;

  /** worker_threads is loaded only when a worker is wanted: a one-file lint does not pay for it. */
  static async create(script: string): Promise<ParseWorker> {
    // This thread and the worker: with no core to spare, V8 optimises only the hottest functions.
    budgetOptimizerFor(2);
    return new ParseWorker(script, await import('node:worker_threads'));
  }

  private constructor(
    script: string,
    private readonly threads: typeof WorkerThreads,
  ) {
    this.channel = new threads.MessageChannel();
    try {
      this.worker = new threads.Worker(script);
    } catch (error) {
      this.failure = error;
      return;
    }
    // Until `start`, and whenever it is not needed, the worker must not hold the process open.
    this.worker.unref();
    this.worker.once('error', (error) => (this.failure ??= error));
    this.worker.once('exit', (code) => {
      // It exits with 0 once it has sent every file; anything else before that is a failure.
      if (code !== 0) this.failure ??= new Error(`it exited with code ${code}`);
    });
    this.progress[SKIP] = -1;
    this.progress[PARSING] = -1;
  }

  /** Send the worker its port; the sources follow with `add`, and `end` says there are no more. */
  start(): void {
    if (!this.worker) return;
    const input: ParseWorkerInput = {
      port: this.channel.port2,
      progress: this.progress.buffer as SharedArrayBuffer,
    };
    this.send(() => this.worker!.postMessage(input, [this.channel.port2]));
  }

  /** The next source in run order: sent in chunks (the first small, so the worker starts at once). */
  add(source: SourceFile): void {
    this.unsent.push(source);
    if (this.unsent.length >= (this.posted ? CHUNK : FIRST_CHUNK)) this.flush();
  }

  /** No more sources: the worker ends once it has parsed what it was sent. */
  end(): void {
    this.flush();
    Atomics.store(this.progress, ENDED, 1);
    Atomics.notify(this.progress, POSTED);
  }

  private flush(): void {
    if (!this.unsent.length || this.failure) return;
    const chunk: SourceChunk = { from: this.posted, sources: this.unsent };
    this.unsent = [];
    this.send(() => this.channel.port1.postMessage(chunk));
    // After the message: a worker that sees the count finds the chunk on its port.
    this.posted += chunk.sources.length;
    Atomics.store(this.progress, POSTED, this.posted);
    Atomics.notify(this.progress, POSTED);
  }

  private send(post: () => void): void {
    try {
      post();
    } catch (error) {
      this.failure = error;
      this.stop();
    }
  }

  /**
   * File `index`'s parse tree when the worker has sent it (null: it does not parse), or undefined:
   * then this thread parses it, and the worker is told to skip it. Waits only while the worker is
   * parsing this very file (at most WAIT_MS): parsing it here as well would only duplicate the work.
   */
  take(index: number): StatementJson | null | undefined {
    Atomics.store(this.progress, AT, index);
    // The worker, once past AHEAD, sleeps until this thread is within half of it: wake it to check.
    Atomics.notify(this.progress, AT);
    const start = performance.now();
    for (;;) {
      const sent = Atomics.load(this.progress, SENT);
      this.receiveUpTo(index);
      if (this.pending.has(index)) {
        const tree = this.pending.get(index);
        this.pending.delete(index);
        return tree;
      }
      const waited = performance.now() - start;
      if (Atomics.load(this.progress, PARSING) !== index || waited >= WAIT_MS) break;
      Atomics.wait(this.progress, SENT, sent, WAIT_MS - waited);
    }
    Atomics.store(this.progress, SKIP, index);
    return undefined;
  }

  /** Take the worker's answers off the port, up to file `index`'s. */
  private receiveUpTo(index: number): void {
    for (
      let m = this.threads.receiveMessageOnPort(this.channel.port1);
      m;
      m = this.threads.receiveMessageOnPort(this.channel.port1)
    ) {
      const answer = m.message as ParsedAhead;
      if (answer.index >= index) this.pending.set(answer.index, answer.tree);
      if (answer.index === index) break;
    }
  }

  stop(): void {
    // Wake the worker if it waits for this thread, so it can be terminated at once.
    Atomics.store(this.progress, AT, 2 ** 30);
    Atomics.notify(this.progress, AT);
    this.channel.port1.close();
    void this.worker?.terminate();
  }
}
