import { z } from 'zod';
import { environmentSecretValues, redactSecrets as redactKnownAndShapedSecrets } from '../../core/redact.js';
import { UsageError } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import { backupFinding } from './findings.js';
import { runTool, tail } from './process.js';

/** What `backup-command` must print: one JSON object (extra fields are kept for the report). */
export const commandOutputSchema = z.looseObject({
  completedAt: z.union([z.string().min(1), z.number().positive()]).nullable(),
  status: z.string().min(1),
  id: z.union([z.string(), z.number()]).optional(),
});

export const COMPLETED_STATUSES = [
  'completed',
  'complete',
  'available',
  'succeeded',
  'success',
  'done',
  'ready',
];
export const RUNNING_STATUSES = [
  'pending',
  'running',
  'creating',
  'in_progress',
  'started',
  'queued',
  'backing_up',
  'init',
];

export interface CommandEvidence {
  id?: string;
  status: string;
  completedAt?: Date;
  findings: Finding[];
}

const MAX_STDOUT = 1024 * 1024;

/**
 * Split a command line into argv the way a POSIX shell would for plain words and quotes, without
 * running a shell: no variables, globs, pipes or redirections (those are refused, not ignored).
 */
export function splitCommand(line: string): string[] {
  const args: string[] = [];
  let current = '';
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new UsageError(`backup-command: unterminated ' quote in ${JSON.stringify(line)}`);
      current += line.slice(i + 1, end);
      i = end;
      inWord = true;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '\\' && (line[j + 1] === '"' || line[j + 1] === '\\')) j++;
        if (line[j] === '$' || line[j] === '`')
          throw new UsageError(
            `backup-command runs without a shell, so "${line[j]}" inside double quotes is not expanded; read variables in your script (process.env) instead`,
          );
        current += line[j];
      }
      if (j >= line.length)
        throw new UsageError(`backup-command: unterminated " quote in ${JSON.stringify(line)}`);
      i = j;
      inWord = true;
    } else if (c === '\\' && i + 1 < line.length) {
      current += line[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) args.push(current);
      current = '';
      inWord = false;
    } else if ('|&;<>()$`*?'.includes(c)) {
      throw new UsageError(
        `backup-command runs without a shell, so "${c}" is not allowed unquoted; put pipes, variables and redirections in a script and run that (e.g. "node scripts/latest-backup.mjs")`,
      );
    } else {
      current += c;
      inWord = true;
    }
  }
  if (inWord) args.push(current);
  if (!args.length) throw new UsageError('backup-command is empty');
  return args;
}

/** Secret-looking environment values, so they never reach a message even if the program prints them. */
export function redactSecrets(text: string, env: NodeJS.ProcessEnv): string {
  return redactKnownAndShapedSecrets(text, environmentSecretValues(env));
}

/** `completedAt` as a Date: ISO text, or Unix time in seconds (or milliseconds when that large). */
export function toDate(value: string | number): Date | undefined {
  if (typeof value === 'number') return new Date(value < 1e12 ? value * 1000 : value);
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return toDate(Number(trimmed));
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(trimmed) || !/(Z|[+-]\d{2}:?\d{2})$/i.test(trimmed))
    return undefined;
  const date = new Date(trimmed.replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function normalizeStatus(status: string): string {
  return status
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export interface RunCommandOptions {
  argv: readonly string[];
  cwd: string;
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
}

/** Run the command (no shell, no stdin, bounded), validate its JSON and judge its status. */
export async function runBackupCommand(options: RunCommandOptions): Promise<CommandEvidence> {
  const env = options.env ?? process.env;
  const shown = options.argv.join(' ');
  const failed = (message: string, help: string): CommandEvidence => ({
    status: 'unknown',
    findings: [backupFinding('backup-command-failed', { message: redactSecrets(message, env), help })],
  });
  const run = await runTool(options.argv[0]!, options.argv.slice(1), {
    timeoutMs: options.timeoutMs,
    maxStdout: MAX_STDOUT,
    cwd: options.cwd,
    env,
  });
  const HELP =
    'Run the command by hand in the same environment; it must exit 0 and print one JSON object { "completedAt", "status", "id" }.';
  if (run.spawnError)
    return failed(`backup-command "${shown}" could not be started: ${run.spawnError}.`, HELP);
  if (run.timedOut)
    return failed(
      `backup-command "${shown}" did not finish within ${Math.round(options.timeoutMs / 1000)}s and was stopped.`,
      `${HELP} Raise backup.command-timeout if the provider is slow.`,
    );
  if (run.overflow)
    return failed(
      `backup-command "${shown}" printed more than 1 MB; it must print one small JSON object.`,
      HELP,
    );
  if (run.code !== 0)
    return failed(
      `backup-command "${shown}" exited with code ${run.code}: ${tail(run.stderr, 4) || '(nothing on stderr)'}.`,
      HELP,
    );

  let data: unknown;
  try {
    data = JSON.parse(run.stdout);
  } catch {
    const start = run.stdout.trim().slice(0, 80);
    return failed(
      `backup-command "${shown}" printed something that is not JSON: ${JSON.stringify(start)}.`,
      HELP,
    );
  }
  const parsed = commandOutputSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return failed(
      `backup-command "${shown}" printed JSON without a valid "${issue.path.join('.') || '(top level)'}": ${issue.message}.`,
      HELP,
    );
  }
  const out = parsed.data;
  const evidence: CommandEvidence = { status: out.status, findings: [] };
  if (out.id !== undefined) evidence.id = String(out.id);
  const status = normalizeStatus(out.status);
  const name = evidence.id ? `backup ${evidence.id}` : 'the latest backup';
  if (!COMPLETED_STATUSES.includes(status)) {
    const running = RUNNING_STATUSES.includes(status);
    evidence.findings.push(
      backupFinding('backup-incomplete', {
        message: `${name} has status "${out.status}"${running ? ': it has started but not finished' : ''}; a backup counts only once its status says completed or available.`,
        help: running
          ? 'Wait for the backup to finish (or poll until it does in the step that starts it), then re-run.'
          : 'Take a new backup and make sure it finishes, then re-run.',
      }),
    );
  }
  if (out.completedAt === null) {
    if (!evidence.findings.length)
      evidence.findings.push(
        backupFinding('backup-incomplete', {
          message: `${name} has no completedAt: there is no finished backup to rely on.`,
          help: 'Take a backup and let it finish, then re-run.',
        }),
      );
    return evidence;
  }
  const completedAt = toDate(out.completedAt);
  if (!completedAt)
    return failed(
      `backup-command "${shown}" printed completedAt ${JSON.stringify(out.completedAt)}, which is neither an ISO-8601 time with a zone nor Unix seconds.`,
      HELP,
    );
  evidence.completedAt = completedAt;
  return evidence;
}
