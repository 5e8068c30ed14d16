/**
 * The `container` and `script` targets run the team's own command (sh -c, from the trusted config),
 * telling it through the environment what to do: ROLLBACK_READY_ACTION deploy | rollback | drill,
 * the release, its commit, the environment, the artifact to redeploy, and
 * ROLLBACK_READY_SKIP_MIGRATIONS=1 on a rollback (a rollback never migrates the database).
 * The command's output goes to our stderr, so stdout stays the tool's own.
 */
import { registerCleanup } from '../db/cleanup.js';
import { ProcessStartError, runProcess } from '../git/process.js';
import { DeployError } from './target.js';

export interface CommandRun {
  command: string;
  env: Record<string, string>;
  timeoutMs: number;
  cwd: string;
}

const MAX_STDOUT = 64_000;
const TAIL_CHARS = 2_000;
/** A deploy stopped for its time box gets this long to tidy up after SIGTERM before SIGKILL. */
const KILL_GRACE_MS = 5_000;

/**
 * Run it through the one process runner, as `/bin/sh -c` (the team's own command is shell by design),
 * in a process group of its own that a timeout or Ctrl-C stops whole; resolves with its stdout
 * (capped), rejects with the exit code and the last lines of output.
 */
export async function runDeployCommand(run: CommandRun): Promise<string> {
  let tail = '';
  let result;
  try {
    result = await runProcess('/bin/sh', ['-c', run.command], {
      cwd: run.cwd,
      env: { ...process.env, ...run.env },
      group: true,
      timeoutMs: run.timeoutMs,
      killGraceMs: KILL_GRACE_MS,
      maxStdout: MAX_STDOUT,
      stdoutOverflow: 'drop',
      onLine: (line) => {
        tail = `${tail}${line}\n`.slice(-TAIL_CHARS);
        process.stderr.write(`${line}\n`);
      },
      untilExit: (kill) => registerCleanup({ async: async () => kill(), sync: kill }),
    });
  } catch (error) {
    if (!(error instanceof ProcessStartError)) throw error;
    throw new DeployError(`could not start the deploy command: ${error.detail}`);
  }
  if (result.code === 0) return result.stdout.toString('utf8');
  const last = tail.trim().split('\n').slice(-3).join(' | ');
  throw new DeployError(
    `the deploy command ${result.signal ? `was stopped (${result.signal}${result.timedOut ? `, timeout ${Math.round(run.timeoutMs / 1000)}s` : ''})` : `exited ${result.code}`}${last ? `: ${last}` : ''}`,
  );
}

/** The artifact a command announces on a line `rollback-ready-artifact=<id>` (the last one wins). */
export function announcedArtifact(stdout: string): string | undefined {
  const lines = [...stdout.matchAll(/^rollback-ready-artifact=(\S{1,300})\s*$/gm)];
  return lines.at(-1)?.[1];
}
