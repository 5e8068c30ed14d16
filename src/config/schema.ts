import { z } from 'zod';
import { migrationsConfigSchema } from '../gates/migrations/config.js';
import { rehearsalConfigSchema } from '../gates/rehearsal/config.js';
import { notesConfigSchema } from '../gates/notes/config.js';
import { taggingConfigSchema } from '../gates/tagging/config.js';
import { rollbackConfigSchema } from '../rollback/config.js';
import { killSwitchConfigSchema } from '../gates/kill-switch/config.js';
import { checklistConfigSchema } from '../checklist/config.js';
import { backupConfigSchema } from '../gates/backup/config.js';
import { deployConfigSchema } from '../deploy/config.js';

/**
 * The config file, `.github/rollback-ready.yml`: kebab-case keys grouped by gate.
 * A gate's group is added here when the gate lands; an unknown key is an error, so typos never pass silently.
 */
export const configSchema = z.strictObject({
  migrations: migrationsConfigSchema.default(() => migrationsConfigSchema.parse({})),
  rehearsal: rehearsalConfigSchema.default(() => rehearsalConfigSchema.parse({})),
  tagging: taggingConfigSchema.default(() => taggingConfigSchema.parse({})),
  notes: notesConfigSchema.default(() => notesConfigSchema.parse({})),
  rollback: rollbackConfigSchema.default(() => rollbackConfigSchema.parse({})),
  'kill-switch': killSwitchConfigSchema.default(() => killSwitchConfigSchema.parse({})),
  checklist: checklistConfigSchema.default(() => checklistConfigSchema.parse({})),
  backup: backupConfigSchema.default(() => backupConfigSchema.parse({})),
  deploy: deployConfigSchema.default(() => deployConfigSchema.parse({})),
});

export type Config = z.infer<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;
