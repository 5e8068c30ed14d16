import { afterAll, afterEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { announcedArtifact, runDeployCommand } from '../../src/deploy/command.js';
import { DeployError } from '../../src/deploy/target.js';

/**
 * The team's own deploy command (container and script targets) runs through the one process runner:
 * `/bin/sh -c`, its output streamed to our stderr, a time box that stops its whole process group.
 */

const dir = mkdtempSync(join(tmpdir(), 'rr-deploy-command-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let written: string[] = [];
const stderrWrite = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => {
  written.push(String(chunk));
  return true;
});
afterEach(() => {
  written = [];
});
afterAll(() => stderrWrite.mockRestore());

const alive = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

describe('runDeployCommand', () => {
  it('resolves with its stdout, streams every line to stderr and passes the environment', async () => {
    const out = await runDeployCommand({
      command:
        'echo "deploying $ROLLBACK_READY_ACTION"; echo progress >&2; echo rollback-ready-artifact=img@sha256:ab',
      env: { ROLLBACK_READY_ACTION: 'rollback' },
      timeoutMs: 10_000,
      cwd: dir,
    });
    expect(out).toBe('deploying rollback\nrollback-ready-artifact=img@sha256:ab\n');
    expect(announcedArtifact(out)).toBe('img@sha256:ab');
    expect(written.join('')).toContain('deploying rollback\n');
    expect(written.join('')).toContain('progress\n');
  });

  it('rejects with the exit code and the last lines of its output', async () => {
    const error = await runDeployCommand({
      command: 'echo one; sleep 0.1; echo two >&2; sleep 0.1; echo three; exit 3',
      env: {},
      timeoutMs: 10_000,
      cwd: dir,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeployError);
    expect((error as Error).message).toBe('the deploy command exited 3: one | two | three');
  });

  it('lets a long log run past the stdout cap instead of stopping the deploy', async () => {
    const out = await runDeployCommand({
      command: 'seq 1 40000; echo done',
      env: {},
      timeoutMs: 30_000,
      cwd: dir,
    });
    expect(out.length).toBeLessThanOrEqual(64_000);
    expect(out.startsWith('1\n2\n3\n')).toBe(true);
    expect(written.join('')).toContain('\ndone\n');
  });

  it('stops the whole process group at the time box, even a command that ignores SIGTERM', async () => {
    const pidFile = join(dir, 'helper.pid');
    const started = Date.now();
    const error = await runDeployCommand({
      command: `trap '' TERM; sleep 60 & echo $! > ${pidFile}; wait; sleep 60`,
      env: {},
      timeoutMs: 1_000,
      cwd: dir,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeployError);
    expect((error as Error).message).toMatch(/^the deploy command was stopped \(SIGKILL, timeout 1s\)/);
    expect(Date.now() - started).toBeLessThan(20_000);
    await new Promise((r) => setTimeout(r, 100));
    expect(alive(Number(readFileSync(pidFile, 'utf8')))).toBe(false);
  }, 30_000);
});
