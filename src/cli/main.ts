import { resolve } from 'node:path';
import { COMMANDS, findCommand } from '../commands/registry.js';
import { loadSettings } from '../config/resolve.js';
import { errorMessage, oneLine, UsageError } from '../core/errors.js';
import type { Logger } from '../core/gate.js';
import { rememberEnvironmentSecrets, rememberSecret } from '../core/redact.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/tool.js';
import { cliGitHubAccess } from '../github/access.js';
import { formatReportPieces } from '../report/format.js';
import { writeSafeOutput } from '../report/safe-text.js';
import { shouldColor } from '../report/text.js';
import { parseCommandLine } from './args.js';
import { commandHelp, globalHelp } from './help.js';
import { nameMissingObject } from '../git/missing-object.js';

export interface CliIO {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** The streams main writes to: guarded (see guardedIo), and taking a report in pieces as well. */
interface GuardedIO extends Omit<CliIO, 'stdout' | 'stderr'> {
  stdout: { write(text: string | readonly string[]): void; isTTY?: boolean };
  stderr: { write(text: string | readonly string[]): void; isTTY?: boolean };
}

export const EXIT = { pass: 0, block: 1, usage: 2 } as const;

/** The whole CLI as a function of argv and IO, returning the exit code (0/1/2 per DESIGN.md). */
export async function main(argv: string[], rawIo: CliIO): Promise<number> {
  const io = guardedIo(rawIo);
  let verbose = argv.includes('--verbose');
  try {
    const cli = parseCommandLine(argv, findCommand);
    verbose = cli.global.verbose;
    if (cli.global.version) {
      io.stdout.write(`${TOOL_VERSION}\n`);
      return EXIT.pass;
    }
    if (!cli.commandName) {
      io[cli.global.help ? 'stdout' : 'stderr'].write(globalHelp(COMMANDS));
      return cli.global.help ? EXIT.pass : EXIT.usage;
    }
    const command = findCommand(cli.commandName);
    if (!command) {
      throw new UsageError(
        `unknown command "${cli.commandName}"; commands: ${COMMANDS.map((c) => c.name).join(', ')}`,
      );
    }
    if (cli.global.help) {
      io.stdout.write(commandHelp(command));
      return EXIT.pass;
    }
    if (!command.positionals && cli.positionals.length) {
      throw new UsageError(
        `${command.name} takes no arguments (got "${cli.positionals[0]}"); run ${TOOL_NAME} ${command.name} --help`,
      );
    }

    rememberSecret(cli.overrides['database-url']);
    const settings = await loadSettings({
      run: {
        cwd: resolve(io.cwd, cli.global.cwd ?? '.'),
        ...(cli.global.base ? { base: cli.global.base } : {}),
        head: cli.global.head ?? 'HEAD',
        worktree: cli.global.head === undefined,
        format: cli.global.format,
        failOn: cli.global['fail-on'],
        ...(cli.global.config ? { configFile: cli.global.config } : {}),
        ...(cli.global['pr-body-file'] ? { prBodyFile: resolve(io.cwd, cli.global['pr-body-file']) } : {}),
        files: cli.positionals,
      },
      overrides: cli.overrides,
      surface: 'flag',
    });
    const log = stderrLogger(io, verbose);
    const github = cliGitHubAccess(io.env);
    const { report, text, preamble } = await (
      await command.load()
    ).run({
      settings,
      args: cli.positionals,
      flags: cli.commandFlags,
      log,
      github,
      env: io.env,
    });
    const plain = settings.run.format === 'text' && text !== undefined;
    io.stdout.write(
      plain
        ? text
        : formatReportPieces(report, settings.run.format, {
            color: shouldColor(io.stdout, io.env),
            ...(preamble ? { preamble } : {}),
          }),
    );
    return report.verdict === 'block' ? EXIT.block : EXIT.pass;
  } catch (thrown) {
    const error = await nameMissingObject(thrown);
    if (error instanceof UsageError) {
      io.stderr.write(`${TOOL_NAME}: ${error.message}\n`);
    } else {
      io.stderr.write(
        `${TOOL_NAME}: internal error: ${oneLine(errorMessage(error))}${verbose ? '' : ' (re-run with --verbose for details)'}\n`,
      );
      if (verbose && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    }
    return EXIT.usage;
  }
}

/**
 * The one place the CLI writes: a pull request's text must not act on the runner or the terminal that
 * shows it, and no secret an error message echoes reaches the output (safe-text.ts, core/redact.ts).
 */
function guardedIo(io: CliIO): GuardedIO {
  rememberEnvironmentSecrets(io.env);
  const guard = (stream: CliIO['stdout']): GuardedIO['stdout'] => ({
    isTTY: stream.isTTY,
    write: (text) =>
      writeSafeOutput(text, (chunk) => stream.write(chunk), { color: shouldColor(stream, io.env) }),
  });
  return { ...io, stdout: guard(io.stdout), stderr: guard(io.stderr) };
}

function stderrLogger(io: GuardedIO, verbose: boolean): Logger {
  return {
    info: (m) => io.stderr.write(`${m}\n`),
    warn: (m) => io.stderr.write(`warning: ${m}\n`),
    debug: (m) => {
      if (verbose) io.stderr.write(`debug: ${m}\n`);
    },
  };
}
