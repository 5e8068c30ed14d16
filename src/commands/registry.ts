import { checkCommand } from './check.js';
import type { Command } from './command.js';
import { lintCommand } from './lint.js';
import { rehearseCommand } from './rehearse.js';
import { initCommand } from './init.js';
import { notesCommand } from './notes.js';
import { tagCommand } from './tag.js';
import { rollbackCommand } from './rollback.js';
import { statusCommand } from './status.js';
import { backupCommand } from './backup.js';

/** The commands that exist; `--help` lists exactly these. A command is added when it is built. */
export const COMMANDS: readonly Command[] = [
  checkCommand,
  lintCommand,
  notesCommand,
  tagCommand,
  initCommand,
  rehearseCommand,
  rollbackCommand,
  statusCommand,
  backupCommand,
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
