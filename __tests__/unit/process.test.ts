import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { runTool } from '../../src/gates/backup/process.js';
import { ProcessStartError, runProcess } from '../../src/git/process.js';
import { startProcess } from '../../src/git/long-running.js';

/** Running, not gone or a zombie waiting for a parent that does not reap it (as in a container). */
const alive = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

describe('runProcess, the one way to run a program', () => {
  it('stops a whole process group, helpers the program started included', async () => {
    const started = Date.now();
    const run = await runProcess('/bin/sh', ['-c', 'sleep 60 & echo $!; wait'], {
      cwd: '/',
      timeoutMs: 500,
      group: true,
    });
    expect(run.timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
    const helper = Number(run.stdout.toString().trim());
    expect(helper).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 100));
    expect(alive(helper)).toBe(false);
  });

  it('pipes a stream to stdin', async () => {
    const run = await runProcess('/bin/cat', [], {
      cwd: '/',
      stdin: Readable.from(['select 1;\n', 'select 2;\n']),
    });
    expect(run.stdout.toString()).toBe('select 1;\nselect 2;\n');
  });

  it('reports a program that cannot start with its reason and Node’s message', async () => {
    const error = await runProcess('/nonexistent/tool', [], { cwd: '/' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProcessStartError);
    expect((error as ProcessStartError).reason).toBe('ENOENT');
    expect((error as ProcessStartError).detail).toMatch(/spawn \/nonexistent\/tool ENOENT/);
  });
});

describe('runTool (backup and restore programs) runs on it', () => {
  it('keeps its shape: stdout as text, overflow, spawnError', async () => {
    expect(await runTool('/bin/sh', ['-c', 'printf abc'], { timeoutMs: 5000 })).toMatchObject({
      code: 0,
      stdout: 'abc',
    });
    expect(await runTool('/bin/sh', ['-c', 'yes'], { timeoutMs: 5000, maxStdout: 1000 })).toMatchObject({
      overflow: true,
    });
    expect((await runTool('/nonexistent/tool', [], { timeoutMs: 5000 })).spawnError).toMatch(/ENOENT/);
  });
});

describe('runProcess streams and bounds output', () => {
  it('hands each line to onLine as it comes, stdout and stderr, a split UTF-8 character and a last unterminated line included', async () => {
    const lines: [string, string][] = [];
    const run = await runProcess(
      '/bin/sh',
      [
        '-c',
        "printf 'a\\r\\nb'; sleep 0.1; printf 'c\\n'; printf '\\303'; sleep 0.1; printf '\\251\\nend'; echo oops >&2",
      ],
      { cwd: '/', onLine: (line, stream) => lines.push([stream, line]) },
    );
    expect(run.code).toBe(0);
    expect(lines.filter(([s]) => s === 'stdout').map(([, l]) => l)).toEqual(['a', 'bc', 'é', 'end']);
    expect(lines.filter(([s]) => s === 'stderr').map(([, l]) => l)).toEqual(['oops']);
  });

  it('with stdoutOverflow drop, keeps the first bytes and lets the program finish', async () => {
    let count = 0;
    const run = await runProcess(
      '/bin/sh',
      ['-c', 'for i in $(seq 1 30); do echo $i; sleep 0.01; done; exit 4'],
      {
        cwd: '/',
        maxStdout: 6,
        stdoutOverflow: 'drop',
        onLine: () => (count += 1),
      },
    );
    expect(run).toMatchObject({ code: 4, truncated: true, timedOut: false });
    expect(run.stdout.toString()).toBe('1\n2\n3\n');
    expect(count).toBe(30);
  });

  it('gives untilExit a kill for the whole group and ends the registration when the program ends', async () => {
    let kill: (() => void) | undefined;
    let ended = 0;
    const running = runProcess('/bin/sh', ['-c', 'sleep 60 & echo $!; wait'], {
      cwd: '/',
      group: true,
      untilExit: (k) => ((kill = k), () => (ended += 1)),
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(ended).toBe(0);
    kill!();
    const run = await running;
    expect(run.signal).toBe('SIGKILL');
    expect(ended).toBe(1);
    await new Promise((r) => setTimeout(r, 100));
    expect(alive(Number(run.stdout.toString().trim()))).toBe(false);
  });

  it('waits killGraceMs between SIGTERM and SIGKILL for a program that ignores SIGTERM', async () => {
    const started = Date.now();
    const run = await runProcess('/bin/sh', ['-c', "trap '' TERM; while :; do sleep 0.05; done"], {
      cwd: '/',
      group: true,
      timeoutMs: 200,
      killGraceMs: 300,
    });
    expect(run).toMatchObject({ timedOut: true, signal: 'SIGKILL' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(450);
    expect(Date.now() - started).toBeLessThan(2_150); // the default grace alone is 2 s, after the 0.2 s
  });
});

describe('startProcess, a long-running program with a bounded stop', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rr-process-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes its output to the log file and stops it whole, even when it ignores the polite signals', async () => {
    const log = join(dir, 'stubborn.log');
    const handle = startProcess(
      '/bin/sh',
      ['-c', "trap '' INT QUIT; sleep 60 & echo helper $!; echo oops >&2; wait; wait"],
      { cwd: dir, logFile: log },
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(handle.hasExited()).toBe(false);
    const text = readFileSync(log, 'utf8');
    expect(text).toContain('oops');
    const helper = Number(/helper (\d+)/.exec(text)![1]);
    const started = Date.now();
    expect(await handle.stop(['SIGINT', 'SIGQUIT'], 400)).toBe(true);
    // Two polite steps waited out, then SIGKILL: bounded, and nothing of the group is left.
    expect(Date.now() - started).toBeGreaterThanOrEqual(750);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(handle.hasExited()).toBe(true);
    expect((await handle.exited).signal).toBe('SIGKILL');
    await new Promise((r) => setTimeout(r, 100));
    expect(alive(helper)).toBe(false);
  });

  it('stops at the first polite signal the program honours', async () => {
    const handle = startProcess('/bin/sleep', ['60'], { cwd: dir });
    const started = Date.now();
    expect(await handle.stop(['SIGINT', 'SIGQUIT'], 2_000)).toBe(true);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect((await handle.exited).signal).toBe('SIGINT');
  });

  it('reports a program that cannot start through exited, without throwing', async () => {
    const handle = startProcess('/nonexistent/server', [], { cwd: dir });
    const status = await handle.exited;
    expect(status.startError).toMatch(/ENOENT/);
    expect(handle.hasExited()).toBe(true);
    expect(await handle.stop(['SIGINT'], 100)).toBe(true);
  });
});
