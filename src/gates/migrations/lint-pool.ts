import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { errorMessage } from '../../core/errors.js';
import type { Logger } from '../../core/gate.js';
import type { MigrationsConfig } from './config.js';
import { MigrationLinter } from './engine.js';
import type { LintedFile } from './engine.js';
import type { MigrationFile, ParsedFile } from './model.js';
import { ensureParser, parseMigration } from './parse.js';
import { SchemaState, STATE_KINDS, stateOps } from './schema-state.js';
import type { StateOp } from './schema-state.js';

/** A migration and its text, in run order. */
export interface SourceFile {
  file: MigrationFile;
  text: string;
}

/** What a lint worker is given to do (lint-worker.ts). */
export interface WorkerInput {
  sources: SourceFile[];
  config: MigrationsConfig;
}

/**
 * The messages between this thread and a lint worker. The worker receives its `input`, posts `ops` once it
 * has parsed its run, receives its `seed` (the ops of every file before its run), then posts `linted`.
 */
export type WorkerMessage =
  | { type: 'input'; input: WorkerInput }
  | { type: 'ops'; ops: StateOp[] }
  | { type: 'linted'; linted: LintedFile[] }
  | { type: 'seed'; ops: StateOp[] };

/** Below this many files per thread, starting a worker (~60 ms and its own parser) costs more than it saves. */
const MIN_FILES_PER_THREAD = 150;
/** Parsing is CPU-bound: more threads than this only add start-up time and memory. */
const MAX_THREADS = 4;
/** `ROLLBACK_READY_LINT_THREADS=1` lints on one thread; another number caps the threads. */
export const THREADS_ENV = 'ROLLBACK_READY_LINT_THREADS';

/** The worker's bundle, next to the bundle this code runs from; absent when running from src/ (tests). */
function workerScript(): string | undefined {
  const path = join(dirname(fileURLToPath(import.meta.url)), 'lint-worker.js');
  return existsSync(path) ? path : undefined;
}

/** How many threads lint `count` files: one unless there are enough files to pay for a worker. */
export function threadsFor(count: number, env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number.parseInt(env[THREADS_ENV] ?? '', 10);
  const cap = Number.isInteger(asked) && asked > 0 ? asked : Math.min(availableParallelism(), MAX_THREADS);
  return Math.max(1, Math.min(cap, Math.floor(count / MIN_FILES_PER_THREAD)));
}

/** Split into `n` runs of consecutive files of about equal size (parse time follows bytes). */
export function splitByBytes<T extends SourceFile>(sources: readonly T[], n: number): T[][] {
  const total = sources.reduce((sum, s) => sum + s.text.length, 0);
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const source of sources) {
    current.push(source);
    size += source.text.length;
    if (chunks.length < n - 1 && size >= (total * (chunks.length + 1)) / n) {
      chunks.push(current);
      current = [];
    }
  }
  chunks.push(current);
  return chunks.filter((c) => c.length > 0);
}

/** The state ops of parsed files, in run order. */
export function opsOf(parsed: readonly ParsedFile[]): StateOp[] {
  const ops: StateOp[] = [];
  for (const file of parsed) {
    for (const statement of file.statements) {
      if (STATE_KINDS.has(statement.kind)) ops.push(...stateOps(statement.node));
    }
  }
  return ops;
}

/** Lint parsed files in order, starting from the state the ops of every earlier file leave. */
export function lintRun(
  parsed: readonly ParsedFile[],
  config: MigrationsConfig,
  seed: readonly StateOp[],
): LintedFile[] {
  const linter = new MigrationLinter({ config }, SchemaState.replay(seed));
  return parsed.map((p) => linter.lint(p));
}

/**
 * Lint migrations in run order, exactly as one thread would (`lintParsedFiles`), on several threads when
 * there are many: parsing is most of the work, and only the SchemaState links one file to the next.
 *
 * The files are split into consecutive runs, one per thread. Every thread parses its run at the same time.
 * A run's linting starts from the state that every earlier file leaves: the threads before it send their
 * files' state ops (what each statement creates or renames), and the run is linted on their replay. A
 * worker that cannot start or fails is replaced by parsing and linting its run on this thread.
 */
export async function lintSources(
  sources: readonly SourceFile[],
  config: MigrationsConfig,
  log: Logger,
  /** Tests point at another worker script and set the thread count. */
  options: { script?: string; threads?: number } = {},
): Promise<LintedFile[]> {
  const script = options.script ?? workerScript();
  const threads = script ? (options.threads ?? threadsFor(sources.length)) : 1;
  const [first = [], ...rest] = splitByBytes(sources, threads);
  // Workers started early (prestartLintWorkers) have loaded by now; any others load while this thread parses.
  const workers = rest.map((chunk) =>
    (idle.shift() ?? new LintWorker(script!)).start({ sources: chunk, config }),
  );
  for (const unused of idle.splice(0)) unused.stop();

  await ensureParser();
  if (!workers.length) {
    // One thread: parse and lint file by file, so only one AST is alive at a time.
    const linter = new MigrationLinter({ config });
    return first.map(({ file, text }) => linter.lint(parseMigration(file, text)));
  }
  const parsed = first.map(({ file, text }) => parseMigration(file, text));
  // The seed of each run: the ops of every file before it. A failed worker's ops come from parsing here.
  let seed = opsOf(parsed);
  const seeds: StateOp[][] = [];
  const relay = (async () => {
    for (const [i, worker] of workers.entries()) {
      seeds.push(seed);
      worker.send(seed);
      if (i === workers.length - 1) break;
      const ops = await worker.ops.catch(() =>
        opsOf(rest[i]!.map(({ file, text }) => parseMigration(file, text))),
      );
      seed = seed.concat(ops);
    }
  })();

  const linted = lintRun(parsed, config, []);
  parsed.length = 0; // let the first run's ASTs go before the workers' results arrive
  await relay;
  for (const [i, worker] of workers.entries()) {
    try {
      linted.push(...(await worker.linted));
    } catch (error) {
      log.debug(
        `lint worker ${i + 1} failed (${errorMessage(error)}); linting its ${rest[i]!.length} file(s) here`,
      );
      linted.push(
        ...lintRun(
          rest[i]!.map(({ file, text }) => parseMigration(file, text)),
          config,
          seeds[i]!,
        ),
      );
    }
  }
  log.debug(`linted ${sources.length} file(s) on ${workers.length + 1} threads`);
  return linted;
}

/** Workers started before their input, waiting for it (they do not keep the process alive). */
const idle: LintWorker[] = [];

/**
 * Start the workers that linting `fileCount` files will use, before the files are selected and read: a
 * worker takes ~100 ms to start Node and compile the parser, which then overlaps this thread's own start.
 */
export function prestartLintWorkers(fileCount: number): void {
  const script = workerScript();
  if (!script) return;
  const wanted = threadsFor(fileCount) - 1;
  while (idle.length < wanted) idle.push(new LintWorker(script));
}

/** One lint worker thread and the two answers it gives; any failure rejects both. */
class LintWorker {
  private readonly worker: Worker | undefined;
  readonly ops: Promise<StateOp[]>;
  readonly linted: Promise<LintedFile[]>;
  private fail!: (error: unknown) => void;

  constructor(script: string) {
    let resolveOps!: (ops: StateOp[]) => void;
    let resolveLinted!: (linted: LintedFile[]) => void;
    const failed = new Promise<never>((_, reject) => (this.fail = reject));
    this.ops = Promise.race([new Promise<StateOp[]>((resolve) => (resolveOps = resolve)), failed]);
    this.linted = Promise.race([new Promise<LintedFile[]>((resolve) => (resolveLinted = resolve)), failed]);
    // Whichever answer is not awaited yet when the worker fails must not become an unhandled rejection.
    this.ops.catch(() => undefined);
    this.linted.catch(() => undefined);
    try {
      this.worker = new Worker(script);
    } catch (error) {
      this.fail(error);
      return;
    }
    // Idle until `start`: an unused worker must not hold the process open.
    this.worker.unref();
    this.worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'ops') resolveOps(message.ops);
      else if (message.type === 'linted') {
        resolveLinted(message.linted);
        this.stop();
      }
    });
    this.worker.once('error', (error) => this.fail(error));
    this.worker.once('exit', (code) => this.fail(new Error(`it exited with code ${code} before answering`)));
  }

  start(input: WorkerInput): this {
    this.worker?.ref();
    this.post({ type: 'input', input });
    return this;
  }

  send(seed: StateOp[]): void {
    this.post({ type: 'seed', ops: seed });
  }

  stop(): void {
    void this.worker?.terminate();
  }

  private post(message: WorkerMessage): void {
    try {
      this.worker?.postMessage(message);
    } catch (error) {
      // e.g. a value that cannot be copied to another thread: this run is linted here instead.
      this.fail(error);
      this.stop();
    }
  }
}
