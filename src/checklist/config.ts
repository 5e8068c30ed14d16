import { z } from 'zod';

/** `checklist:` in .github/rollback-ready.yml: the pre-release checklist at the top of the PR check. */
export const checklistConfigSchema = z.strictObject({
  /** Where people talk during the release and a rollback: a Slack channel name (#releases) or an issue link. */
  channel: z
    .string()
    .trim()
    .min(1, 'a channel such as #releases or an issue link')
    .max(200)
    .regex(/^[^\r\n]+$/, 'one line')
    .optional(),
});
export type ChecklistConfig = z.infer<typeof checklistConfigSchema>;
