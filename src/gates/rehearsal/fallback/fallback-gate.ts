import { UsageError } from '../../../core/errors.js';
import type { Gate } from '../../gate.js';
import { assertReleaseName } from '../../../release/names.js';
import type { FallbackRelease } from '../../migrations/fallback/fallback.js';
import { comparedRelease, previousRelease } from '../../migrations/previous-release.js';
import { rehearseFallback } from './fallback-rehearsal.js';
import { staleBaselineFinding } from '../../migrations/fallback/stale-baseline.js';

export interface FallbackCheckGateOptions {
  /** `rehearse --fallback TAG`: the release to check; default the release before the change (../../migrations/previous-release.ts). */
  fallback?: string;
  /** `check` runs it only with `rehearsal.enabled: true`, like the rehearsal itself. */
  onlyWhenEnabled?: boolean;
}

/**
 * Runs the fallback release's own check (`rehearsal.fallback-check.command`) against a database
 * migrated past it: the dynamic half of "does the release we would roll back to still work?".
 */
export function createFallbackCheckGate(options: FallbackCheckGateOptions = {}): Gate {
  return {
    id: 'rehearsal',
    title: 'fallback release check',
    async run(ctx) {
      const check = ctx.settings.config.rehearsal['fallback-check'];
      if (!check) {
        if (options.fallback) {
          throw new UsageError(
            '--fallback needs rehearsal.fallback-check.command in the config file: the command that checks the fallback release against the database (e.g. npm ci && npm run test:db)',
          );
        }
        return { findings: [], summary: 'no rehearsal.fallback-check configured', skipped: true };
      }
      if (options.onlyWhenEnabled && !ctx.settings.config.rehearsal.enabled) {
        return {
          findings: [],
          summary: 'fallback check runs with rehearsal.enabled: true (or rollback-ready rehearse)',
          skipped: true,
        };
      }
      let fallback: FallbackRelease;
      if (options.fallback) {
        assertReleaseName(options.fallback, '--fallback');
        const sha = await ctx.git.resolveCommit(options.fallback);
        if (!sha)
          throw new UsageError(
            `--fallback ${options.fallback}: not a tag or commit in this repository; fetch tags (fetch-depth: 0) or name another release`,
          );
        fallback = { ref: sha, label: options.fallback, tag: options.fallback };
      } else if (ctx.base) {
        // The release the migrations gate judges the change against: one choice for both checks.
        const previous = await previousRelease(ctx, ctx.base);
        if (previous.kind === 'unclear')
          return {
            findings: [{ ...previous.finding, gate: 'rehearsal' }],
            summary: 'the release to check is unclear (previous-release-unclear): its check was not run',
          };
        fallback = comparedRelease(previous, ctx.base);
      } else {
        return {
          findings: [],
          summary: 'no base to find the live release from; pass --fallback TAG',
          skipped: true,
        };
      }
      // The same question the PR check asks: a release far behind the base is rarely what a rollback
      // would go back to, so the command's verdict may be about the wrong code.
      const limits = ctx.settings.config.migrations;
      const stale = ctx.base
        ? await staleBaselineFinding(ctx.git, fallback, ctx.base, {
            maxCommits: limits['previous-release-max-commits'],
            maxDays: limits['previous-release-max-days'],
          })
        : undefined;
      const outcome = await rehearseFallback({ ctx, fallback, check });
      if (!stale) return outcome;
      return {
        ...outcome,
        findings: [{ ...stale, gate: 'rehearsal' }, ...outcome.findings],
        summary: `${outcome.summary} (against ${fallback.label}, far behind the base: see stale-previous-release)`,
      };
    },
  };
}
