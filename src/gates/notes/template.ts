import { NOTE_END, NOTE_START } from './parse-note.js';

export interface NoteValues {
  releaseId?: string;
  rollback?: string;
}

/**
 * The release-note section, as the pull request template carries it and `notes draft` prints it.
 * Placeholders are `…` (visible when rendered) with the hint in an HTML comment (visible when editing).
 * List items, so every field renders on its own line.
 */
export function noteTemplate(values: NoteValues = {}): string {
  return [
    NOTE_START,
    '### Release note',
    '',
    `- **Release ID:** ${values.releaseId ?? '…'} <!-- the tag this release gets, e.g. v1.4.2; npx rollback-ready notes draft fills it in -->`,
    '- **Change:** … <!-- one sentence: what changes for users -->',
    '- **Watch:** … <!-- one or two metrics or user actions that show it works, e.g. checkout completion rate -->',
    `- **Rollback:** ${values.rollback ?? '…'} <!-- the release to go back to (the current known-good release) -->`,
    '- **Owner:** … <!-- @user or @org/team who watches this release -->',
    '- **Kill switch:** <!-- optional: the flag that turns this change off -->',
    '- **Backup:** <!-- optional: the backup taken before this release -->',
    NOTE_END,
    '',
  ].join('\n');
}
