import type { Finding } from '../../core/finding.js';
import type { SkippedFile } from './discover.js';
import { docsUrl } from './engine.js';
import { layoutById } from './layouts.js';

/**
 * A `.sql` file the change adds to (or edits in) a layout's folder under a name its runner passes over:
 * it never runs anywhere, so whatever it was written to change never reaches a database. Reported
 * instead of being judged or rehearsed as if it ran.
 */
export function skippedFileFindings(skipped: readonly SkippedFile[]): Finding[] {
  return skipped.map(({ path, layout, why, how, folder: runnerFolder }) => {
    const folder = runnerFolder ?? path.slice(0, path.lastIndexOf('/'));
    return {
      gate: 'migrations',
      rule: 'skipped-migration-file',
      severity: 'error',
      file: path,
      message: `This file is in the ${layoutById(layout).name} migrations folder but never runs: ${why}. What it changes never reaches a database, while the code that expects the change ships.`,
      help: `To run it, ${how}. If it is not meant to run (seed data, a note), move it out of ${folder || 'the repository root'}.`,
      docs: docsUrl('skipped-migration-file'),
      class: 'unknown',
    };
  });
}
