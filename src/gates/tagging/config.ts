import { z } from 'zod';
import { calverFormatProblem } from '../../release/calver.js';
import { refNameProblem } from '../../release/names.js';
import { patternProblem } from '../../release/pattern.js';

export const TAG_SCHEMES = ['semver', 'calver', 'pattern'] as const;
export const BUMPS = ['auto', 'patch', 'minor', 'major'] as const;

/** `tagging:` in .github/rollback-ready.yml: how production releases are named. */
export const taggingConfigSchema = z
  .strictObject({
    /** semver (`v1.4.2`), calver (`prod-2026-07-31.1`) or pattern (a regex with named groups). */
    scheme: z.enum(TAG_SCHEMES).default('semver'),
    /** semver: text before the version. */
    prefix: z
      .string()
      .max(40)
      .regex(/^[A-Za-z0-9._/@-]*$/, 'letters, digits and . _ / @ - only (such as v, release- or pkg@)')
      .default('v'),
    /** calver: YYYY (or YY), MM, DD and the day's counter N, in UTC. */
    format: z
      .string()
      .max(80)
      .refine((f) => calverFormatProblem(f) === undefined, {
        error: (i) =>
          `a format with ${calverFormatProblem(String(i.input)) ?? 'YYYY, MM, DD and N'}, such as prod-YYYY-MM-DD.N`,
      })
      .default('prod-YYYY-MM-DD.N'),
    /** pattern: a regular expression whose named groups, in order, define the release order. */
    pattern: z
      .string()
      .max(500)
      .refine((p) => patternProblem(p) === undefined, {
        error: (i) => patternProblem(String(i.input)) ?? 'a regular expression with named groups',
      })
      .optional(),
    /** Releases are tagged on this branch; default: the repository's default branch. */
    'release-branch': z
      .string()
      .refine((b) => refNameProblem(b) === undefined, { error: 'a branch name such as main' })
      .optional(),
    /** Refuse lightweight tags: an annotated tag records who tagged and when. */
    'require-annotated': z.boolean().default(false),
    /** Count pre-releases (`v1.5.0-rc.1`) as production releases. */
    'allow-prerelease': z.boolean().default(false),
    /** `tag next`: how to bump semver; auto reads Conventional Commits since the last release. */
    bump: z.enum(BUMPS).default('auto'),
  })
  .superRefine((value, ctx) => {
    if (value.scheme === 'pattern' && value.pattern === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['pattern'],
        input: undefined,
        message:
          'a regular expression with named groups when scheme is pattern, such as release-(?<major>\\d+)\\.(?<minor>\\d+)',
      });
    }
  });
export type TaggingConfig = z.infer<typeof taggingConfigSchema>;
