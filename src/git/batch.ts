import { GitFailedError, gitFailure, MissingObjectError } from './errors.js';
import { DEFAULT_TIMEOUT_MS, ProcessStartError } from './process.js';
import { startPipedProcess } from './long-running.js';
import type { LongRunningProcess } from './long-running.js';
import { gitEnv } from './run.js';

/** `<oid> <type> <size>` of an object git found. */
export interface ObjectInfo {
  oid: string;
  type: string;
  size: number;
}

/** What answers object questions: one long-running git (below), or a git process per batch (cat-file.ts). */
export interface ObjectReader {
  /** Per name, in order: its id, type and size, or undefined when git has no such object (or it is ambiguous). */
  info(names: readonly string[]): Promise<(ObjectInfo | undefined)[]>;
  /** The bytes of these objects (sizes known), in order. */
  contents(objects: readonly ObjectInfo[]): Promise<Buffer[]>;
}

/** This git is older than 2.36 and has no `--batch-command`: the caller reads another way. */
export class BatchCommandUnsupported extends Error {}

type Pending =
  | { kind: 'info'; done: (info: ObjectInfo | undefined) => void }
  | { kind: 'contents'; expect: ObjectInfo; done: (bytes: Buffer) => void; fail: (error: Error) => void };

interface Group {
  left: number;
  timer: NodeJS.Timeout;
  fail: (error: Error) => void;
}

const HEADER = /^([0-9a-f]{40,64}) (blob|tree|commit|tag) (\d+)$/;

/**
 * One `git cat-file --batch-command --buffer` for the whole run: every blob, tree id and commit id the
 * run reads is a line written to it, where a `git show` or `rev-parse` costs a process each (several
 * milliseconds of CPU to start, more than reading the object). Requests are pipelined: each group ends
 * with `flush` and its answers come back in order. Time-boxed like every other git (process.ts): a group
 * not answered in time stops the process and fails with a GitFailedError; so does a git that dies.
 */
export class CatFileSession implements ObjectReader {
  private proc: LongRunningProcess | undefined;
  private readonly queue: Pending[] = [];
  private readonly groups: Group[] = [];
  private unsupported = false;
  private answered = false;
  // Parser state: the header line being read, then the body of a `contents` answer.
  private header: Buffer[] = [];
  private body: { bytes: Buffer; filled: number } | undefined;

  constructor(
    private readonly root: string,
    private readonly options: { args?: readonly string[]; timeoutMs?: number } = {},
  ) {}

  info(names: readonly string[]): Promise<(ObjectInfo | undefined)[]> {
    if (names.some((n) => /[\n\r]/.test(n)))
      throw new GitFailedError('cat-file', 'an object name with a line break cannot be asked');
    return this.ask(
      names.map((name) => `info ${name}\n`),
      (done) => names.map((): Pending => ({ kind: 'info', done: (info) => done(info) })),
    );
  }

  contents(objects: readonly ObjectInfo[]): Promise<Buffer[]> {
    return this.ask(
      objects.map((o) => `contents ${o.oid}\n`),
      (done, fail) => objects.map((expect): Pending => ({ kind: 'contents', expect, done, fail })),
    );
  }

  /**
   * Start the process before the first question, so git's own start overlaps the caller's work; it
   * holds nothing alive until asked. A start that fails is reported by the first question instead.
   */
  warm(): void {
    if (this.unsupported || this.proc) return;
    try {
      this.start().idle();
    } catch {
      // The first question starts it again and throws the typed error.
    }
  }

  /** Stop the process (a later request starts another). */
  close(): void {
    this.proc?.stop();
    this.proc = undefined;
  }

  private ask<T>(
    lines: string[],
    pending: (done: (value: T) => void, fail: (error: Error) => void) => Pending[],
  ): Promise<T[]> {
    if (!lines.length) return Promise.resolve([]);
    if (this.unsupported) return Promise.reject(new BatchCommandUnsupported());
    return new Promise<T[]>((resolve, reject) => {
      const proc = this.start();
      const answers: T[] = [];
      let failed = false;
      const group: Group = {
        left: lines.length,
        fail: (error) => {
          failed = true;
          reject(error);
        },
        timer: setTimeout(
          () => this.die(new GitFailedError('cat-file', `timed out after ${this.timeoutS()} s`)),
          this.timeoutMs(),
        ),
      };
      const done = (value: T) => {
        answers.push(value);
        if (--group.left > 0) return;
        clearTimeout(group.timer);
        this.groups.splice(this.groups.indexOf(group), 1);
        if (!this.groups.length) proc.idle();
        if (!failed) resolve(answers);
      };
      this.groups.push(group);
      this.queue.push(...pending(done, group.fail));
      proc.busy();
      proc.stdin.write(`${lines.join('')}flush\n`);
    });
  }

  private timeoutMs(): number {
    return this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  private timeoutS(): number {
    return Math.round(this.timeoutMs() / 1000);
  }

  private start(): LongRunningProcess {
    if (this.proc) return this.proc;
    let proc: LongRunningProcess;
    try {
      proc = startPipedProcess('git', this.options.args ?? ['cat-file', '--batch-command', '--buffer'], {
        cwd: this.root,
        env: gitEnv(),
      });
    } catch (error) {
      throw error instanceof ProcessStartError ? new GitFailedError('cat-file', error.reason) : error;
    }
    this.proc = proc;
    this.answered = false;
    proc.stdout.on('data', (chunk: Buffer) => this.read(chunk));
    void proc.exited.then(({ code, signal }) => {
      if (this.proc !== proc) return;
      const stderr = proc.stderr();
      // git before 2.36 refuses the option (usage, exit 129) before answering anything.
      if (!this.answered && code === 129 && /batch-command|unknown option|usage/i.test(stderr)) {
        this.unsupported = true;
        this.die(new BatchCommandUnsupported());
        return;
      }
      // A blob the clone lacks is a MissingObjectError (the CLI names its file); the rest as before.
      const why = stderr.trim() || `exit ${code ?? signal}`;
      const failure = gitFailure(['cat-file'], why, this.root);
      this.die(failure instanceof MissingObjectError ? failure : new GitFailedError('cat-file', why));
    });
    return proc;
  }

  /** Fail every request in flight and forget the process. */
  private die(error: Error): void {
    const proc = this.proc;
    this.proc = undefined;
    proc?.stop();
    proc?.idle();
    const groups = this.groups.splice(0);
    this.queue.splice(0);
    this.header = [];
    this.body = undefined;
    for (const group of groups) {
      clearTimeout(group.timer);
      group.fail(error);
    }
  }

  private read(chunk: Buffer): void {
    this.answered = true;
    let pos = 0;
    while (pos < chunk.length) {
      const head = this.queue[0];
      if (!head) return this.die(new GitFailedError('cat-file', 'answered more than it was asked'));
      if (this.body) {
        const { bytes } = this.body;
        const take = Math.min(bytes.length - this.body.filled, chunk.length - pos);
        chunk.copy(bytes, this.body.filled, pos, pos + take);
        this.body.filled += take;
        pos += take;
        if (this.body.filled < bytes.length) return;
        this.body = undefined;
        this.queue.shift();
        // The body is followed by a newline, kept in the buffer and cut here.
        (head as Extract<Pending, { kind: 'contents' }>).done(bytes.subarray(0, bytes.length - 1));
        continue;
      }
      const eol = chunk.indexOf(0x0a, pos);
      if (eol === -1) {
        this.header.push(chunk.subarray(pos));
        return;
      }
      this.header.push(chunk.subarray(pos, eol));
      pos = eol + 1;
      const line = Buffer.concat(this.header).toString('utf8');
      this.header = [];
      const m = HEADER.exec(line);
      const info = m ? { oid: m[1]!, type: m[2]!, size: Number(m[3]) } : undefined;
      if (head.kind === 'info') {
        this.queue.shift();
        head.done(info);
      } else if (
        !info ||
        info.oid !== head.expect.oid ||
        info.size !== head.expect.size ||
        info.type !== head.expect.type
      ) {
        // Only objects git just sized are asked for: anything else means the answers are out of step.
        return this.die(
          new GitFailedError('cat-file', `unexpected answer for ${head.expect.oid}: ${line.slice(0, 80)}`),
        );
      } else {
        this.body = { bytes: Buffer.allocUnsafe(info.size + 1), filled: 0 };
      }
    }
  }
}
