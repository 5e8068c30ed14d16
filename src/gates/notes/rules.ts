/** Rule ids the notes gate reports; each has a page under docs/rules/. */
export const NOTES_RULES = {
  'note-missing': 'the pull request, release or notes file has no release note',
  'note-ambiguous':
    'the note gives a field twice, has two marked sections, or its marker is inside a code fence',
  'note-field-missing': 'a required field of the note is absent',
  'note-field-unfilled': 'a required field is empty or still the template placeholder',
  'note-release-id': 'the Release ID is not the right next release ID (or not the release tag)',
  'note-rollback-target': 'the Rollback field is not the current known-good release',
  'note-owner-handle': 'the Owner is not a GitHub @user or @org/team handle',
  'note-watch-count': 'the Watch field lists more than two things to watch',
  'note-change-sentence': 'the Change field is longer than one sentence',
  'ledger-unavailable': 'the deployment ledger could not be read, so the latest release tag stood in for it',
} as const;
export type NotesRuleId = keyof typeof NOTES_RULES;
