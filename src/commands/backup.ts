import type { Settings } from '../config/settings.js';
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
      const restoreCheck = (settings: Settings): Settings => ({
        ...settings,
        config: { ...settings.config, backup: { ...settings.config.backup, 'restore-check': true } },
      });
      // In a pull request (or with --base) the backup-command and the rest come from the base's config.
      const gateCtx = await prepareGateContext(ctx, {
        policyFromBase: true,
        ...(ctx.flags['restore-check'] === true ? { adjust: restoreCheck } : {}),
      });
      return { report: await runGates([gate], gateCtx) };
    },
  };
}

export const backupCommand: Command = createBackupCommand();
