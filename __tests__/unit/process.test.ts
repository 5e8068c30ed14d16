import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { runTool } from '../../src/gates/backup/process.js';
import { ProcessStartError, runProcess } from '../../src/git/process.js';

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
