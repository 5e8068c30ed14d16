/** `notes.required-on` and `notes.exempt-paths`: values and defaults, without zod (config/defaults.ts reads them). */

/**
 * Where a release note is required: on every pull request; on pull requests to the release branch
 * (and on releases); on GitHub releases only; or never. Wherever it is not required, the notes gate
 * is skipped and says why.
 */
export const NOTE_REQUIRED_ON = ['pull-requests', 'release-branch', 'releases', 'never'] as const;
export type NoteRequiredOn = (typeof NOTE_REQUIRED_ON)[number];
/** A pull request that changes only these files (docs, CI) ships nothing to users: it never needs a note. */
export const DEFAULT_NOTE_EXEMPT_PATHS = [
  'docs/**',
  '**/*.md',
  '**/*.mdx',
  '**/*.rst',
  '.github/**',
  'LICENSE',
  'LICENSE.*',
  '.vscode/**',
  '.editorconfig',
  '**/.gitignore',
];
