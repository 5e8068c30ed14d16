import type { Finding } from '../../core/finding.js';
import type { GitRepo } from '../../git/git.js';
import { docsUrl } from './engine.js';

/**
 * A migration that already shipped has run on production; editing it changes nothing there and makes
 * every new environment differ from production. Compare with the text at the base (and the newest
 * release tag before head) and point at the first line that differs.
 */
export async function editedShippedMigration(
  git: GitRepo,
  refs: readonly { ref: string; label: string; release?: boolean }[],
  path: string,
  oldPath: string,
  newText: string,
): Promise<Finding | undefined> {
  for (const { ref, label } of refs) {
    const old = await git.readFileAt(ref, oldPath);
    if (old === undefined) continue;
    if (normalize(old) === normalize(newText)) return undefined;
    const line = firstDifferingLine(normalize(old), normalize(newText));
    // Merged but in no release yet: production has not run it, so "shipped" would contradict the tags.
    const release = refs.find((r) => r.release && r !== refs[0]);
    if (!refs[0]?.release && release && (await git.readFileAt(release.ref, oldPath)) === undefined)
      return {
        gate: 'migrations',
        rule: 'edited-shipped-migration',
        severity: 'warning',
        file: path,
        line,
        column: 1,
        message: `This migration is merged (it is in ${label}) but in no release yet (${release.label.replace(/^release tag /, '')} does not have it), and was edited here: production has not run it and will run the new text, but every database that ran the old one (staging, previews, developers') keeps it and drifts from fresh ones.`,
        help: 'If a shared database ran the old text, revert the edit and put the change in a new migration file; otherwise reset those databases after merging.',
        docs: docsUrl('edited-shipped-migration'),
        class: 'unknown',
      };
    return {
      gate: 'migrations',
      rule: 'edited-shipped-migration',
      severity: 'error',
      file: path,
      line,
      column: 1,
      message: `This migration already shipped (it is in ${label}) and was edited here; databases that ran it will never run the new text, so production and fresh environments drift apart.`,
      help: 'Revert the edit and put the change in a new migration file.',
      docs: docsUrl('edited-shipped-migration'),
      class: 'unknown',
    };
  }
  return undefined;
}

function normalize(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n/g, '\n')
    .replace(/\s+$/, '');
}

function firstDifferingLine(a: string, b: string): number {
  const x = a.split('\n');
  const y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) return i + 1;
  return 1;
}
