import { z } from 'zod';
import { globList } from '../../config/shared-schemas.js';
import { DEFAULT_CONFIG } from '../../config/defaults.js';

export const NOTE_SOURCES = ['pr-body', 'release', 'file'] as const;
export type NoteSourceKind = (typeof NOTE_SOURCES)[number];
export const KNOWN_GOOD_SOURCES = ['auto', 'deployments', 'tags'] as const;
/**
 * Where a release note is required: on every pull request; on pull requests to the release branch
 * (and on releases); on GitHub releases only; or never. Wherever it is not required, the notes gate
 * is skipped and says why.
 */
export const NOTE_REQUIRED_ON = ['pull-requests', 'release-branch', 'releases', 'never'] as const;
export type NoteRequiredOn = (typeof NOTE_REQUIRED_ON)[number];
/** A pull request that changes only these files (docs, CI) ships nothing to users: it never needs a note. */
export const DEFAULT_NOTE_EXEMPT_PATHS: readonly string[] = DEFAULT_CONFIG.notes['exempt-paths'];

/** `notes:` in .github/rollback-ready.yml: where the release note lives and what Rollback must name. */
export const notesConfigSchema = z
  .strictObject({
    /** pr-body (the pull request description), release (the GitHub release body) or file (`notes.file`). */
    source: z.enum(NOTE_SOURCES).default('pr-body'),
    /** The notes file, relative to the repository root, when source is file. */
    file: z
      .string()
      .min(1)
      .max(300)
      .refine((p) => !p.startsWith('/') && !p.split(/[\\/]/).includes('..'), {
        error: 'a path inside the repository',
      })
      .optional(),
    /** The deployment environment whose successful deployments define the known-good release. */
    environment: z
      .string()
      .min(1)
      .max(255)
      .regex(/^[^\r\n]+$/, 'one line')
      .default('production'),
    /** Where the known-good release comes from: deployments when readable (auto), always deployments, or release tags. */
    'known-good': z.enum(KNOWN_GOOD_SOURCES).default('auto'),
    /** Where a note is required: pull-requests, release-branch (pull requests to it, and releases), releases or never. */
    'required-on': z.enum(NOTE_REQUIRED_ON).default('release-branch'),
    /** Globs of files a pull request may change without needing a note (docs-only, CI-only); replaces the defaults. */
    'exempt-paths': globList.default(() => [...DEFAULT_NOTE_EXEMPT_PATHS]),
  })
  .superRefine((value, ctx) => {
    if (value.source === 'file' && value.file === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['file'],
        input: undefined,
        message: 'a path such as RELEASE_NOTE.md when source is file',
      });
    }
  });
export type NotesConfig = z.infer<typeof notesConfigSchema>;
