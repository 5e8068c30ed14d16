import type { CommandEntry, CommandSpec } from './command.js';
import {
  BACKUP_SPEC,
  CHECK_SPEC,
  DEPLOY_SPEC,
  INIT_SPEC,
  LINT_SPEC,
  NOTES_SPEC,
  REHEARSE_SPEC,
  ROLLBACK_SPEC,
  STATUS_SPEC,
  TAG_SPEC,
} from './specs.js';

const entry = (spec: CommandSpec, load: CommandEntry['load']): CommandEntry => ({ ...spec, load });

/**
 * The commands that exist; `--help` lists exactly these. Implementations are imported on first use,
 * so `lint FILE` does not load the GitHub client, Postgres drivers and every other gate (about 90 ms
 * of module evaluation per run, measured with --cpu-prof).
 */
export const COMMANDS: readonly CommandEntry[] = [
  entry(CHECK_SPEC, async () => (await import('./check.js')).checkCommand),
  entry(LINT_SPEC, async () => (await import('./lint.js')).lintCommand),
  entry(NOTES_SPEC, async () => (await import('./notes.js')).notesCommand),
  entry(TAG_SPEC, async () => (await import('./tag.js')).tagCommand),
  entry(INIT_SPEC, async () => (await import('./init.js')).initCommand),
  entry(REHEARSE_SPEC, async () => (await import('./rehearse.js')).rehearseCommand),
  entry(ROLLBACK_SPEC, async () => (await import('./rollback.js')).rollbackCommand),
  entry(STATUS_SPEC, async () => (await import('./status.js')).statusCommand),
  entry(BACKUP_SPEC, async () => (await import('./backup.js')).backupCommand),
  entry(DEPLOY_SPEC, async () => (await import('./deploy.js')).deployCommand),
];

export function findCommand(name: string): CommandEntry | undefined {
  return COMMANDS.find((c) => c.name === name);
}
