import { checkCommand } from './check.js';
import type { Command } from './command.js';
import { lintCommand } from './lint.js';

/** The commands that exist; `--help` lists exactly these. A command is added when it is built. */
export const COMMANDS: readonly Command[] = [checkCommand, lintCommand];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
