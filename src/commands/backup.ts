import { UsageError } from '../core/errors.js';
import { createBackupGate } from '../gates/backup/gate.js';
import type { BackupGateOptions } from '../gates/backup/gate.js';
import type { Command, CommandContext, CommandResult } from './command.js';
import { prepareGateContext, runGates } from './run-gates.js';
import { BACKUP_SPEC } from './specs.js';

const USAGE = BACKUP_SPEC.usage;

/** `backup verify` always runs the backup gate, whatever the run deploys to. */
export function createBackupCommand(gateOptions: Omit<BackupGateOptions, 'always'> = {}): Command {
  const gate = createBackupGate({ ...gateOptions, always: true });
  return {
    ...BACKUP_SPEC,
    async run(ctx: CommandContext): Promise<CommandResult> {
      const [sub, ...rest] = ctx.args;
      if (sub !== 'verify')
        throw new UsageError(
          `${sub ? `unknown backup command "${sub}"` : 'backup needs a subcommand'}; usage: rollback-ready ${USAGE}`,
        );
      if (rest.length)
        throw new UsageError(
          `backup verify takes no arguments (got "${rest[0]}"); usage: rollback-ready ${USAGE}`,
        );
      const settings =
        ctx.flags['restore-check'] === true
          ? {
              ...ctx.settings,
              config: {
                ...ctx.settings.config,
                backup: { ...ctx.settings.config.backup, 'restore-check': true },
              },
            }
          : ctx.settings;
      const gateCtx = await prepareGateContext({ ...ctx, settings });
      return { report: await runGates([gate], gateCtx) };
    },
  };
}

export const backupCommand: Command = createBackupCommand();
