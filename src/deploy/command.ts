/**
 * The `container` and `script` targets run the team's own command (sh -c, from the trusted config),
 * telling it through the environment what to do: ROLLBACK_READY_ACTION deploy | rollback | drill,
 * the release, its commit, the environment, the artifact to redeploy, and
 * ROLLBACK_READY_SKIP_MIGRATIONS=1 on a rollback (a rollback never migrates the database).
 * The command's output goes to our stderr, so stdout stays the tool's own.
 */
import { spawn } from 'node:child_process';
import { DeployError } from './target.js';

export interface CommandRun {
  command: string;
  env: Record<string, string>;
  timeoutMs: number;
  cwd: string;
}

/** Run it; resolves with its stdout (capped), rejects with the exit code and the last lines of output. */
export function runDeployCommand(run: CommandRun): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', ['-c', run.command], {
      cwd: run.cwd,
      env: { ...process.env, ...run.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let tail = '';
    const keep = (chunk: Buffer, toStdout: boolean) => {
      const text = chunk.toString('utf8');
      if (toStdout && out.length < 64_000) out += text;
      tail = (tail + text).slice(-2000);
      process.stderr.write(text);
    };
    child.stdout.on('data', (c: Buffer) => keep(c, true));
    child.stderr.on('data', (c: Buffer) => keep(c, false));
    const timer = setTimeout(() => child.kill('SIGTERM'), run.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new DeployError(`could not start the deploy command: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve(out);
      const last = tail.trim().split('\n').slice(-3).join(' | ');
      reject(
        new DeployError(
          `the deploy command ${signal ? `was stopped (${signal}, timeout ${Math.round(run.timeoutMs / 1000)}s)` : `exited ${code}`}${last ? `: ${last}` : ''}`,
        ),
      );
    });
  });
}

/** The artifact a command announces on a line `rollback-ready-artifact=<id>` (the last one wins). */
export function announcedArtifact(stdout: string): string | undefined {
  const lines = [...stdout.matchAll(/^rollback-ready-artifact=(\S{1,300})\s*$/gm)];
  return lines.at(-1)?.[1];
}
