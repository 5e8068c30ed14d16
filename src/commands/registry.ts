import { checkCommand } from './check.js';
import type { Command } from './command.js';
import { lintCommand } from './lint.js';
import { rehearseCommand } from './rehearse.js';
import { initCommand } from './init.js';
import { notesCommand } from './notes.js';
import { tagCommand } from './tag.js';

/** The commands that exist; `--help` lists exactly these. A command is added when it is built. */
export const COMMANDS: readonly Command[] = [
  checkCommand,
  lintCommand,
  notesCommand,
  tagCommand,
  initCommand,
  rehearseCommand,
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
