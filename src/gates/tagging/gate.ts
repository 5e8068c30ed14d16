import type { Finding } from '../../core/finding.js';
import type { Gate } from '../gate.js';
import { readReleaseHistory } from '../../release/history.js';
import { refNameProblem } from '../../release/names.js';
import { ReleaseGitCli } from '../../release/release-git.js';
import { noteOf } from '../notes/gate.js';
import { isPlaceholder, parseNote } from '../notes/parse-note.js';
import { ruleDocs } from './rules.js';
import { verifyReleaseTag } from './verify.js';

/**
 * The tagging gate in `check`: when head carries release tags, verify each; when only the release
 * note proposes an ID, check what the notes gate does not — that no branch already has the name.
 */
export const taggingGate: Gate = {
  id: 'tagging',
  title: 'release tagging',
  async run(ctx) {
    const git = ReleaseGitCli.from(ctx.git);
    const config = ctx.settings.config.tagging;
    const history = await readReleaseHistory(git, config);
    // A pre-release tag on head is not a production release (unless allowed), so it is not checked as one.
    const atHead = history.tagged.filter(
      (t) => t.tag.sha === ctx.head && (config['allow-prerelease'] || !t.id.prerelease),
    );
    if (atHead.length) {
      const findings: Finding[] = [];
      const summaries: string[] = [];
      for (const tagged of atHead) {
        const outcome = await verifyReleaseTag(git, history, config, {
          name: tagged.id.name,
          head: ctx.head,
        });
        findings.push(...outcome.findings);
        summaries.push(outcome.summary);
      }
      return { findings, summary: summaries.join('; '), data: { releaseId: atHead.at(-1)!.id.name } };
    }

    const text = await noteOf(ctx);
    const field = text ? parseNote(text.body).fields.releaseId : undefined;
    const proposed = field && !isPlaceholder(field.value) ? field.value.replace(/\.$/, '') : undefined;
    if (!proposed || refNameProblem(proposed)) {
      return {
        findings: [],
        summary: proposed
          ? `the note's Release ID is not a usable tag name (see the notes gate)`
          : 'no release ID to check: head is not a release tag and no release note names one',
        skipped: true,
      };
    }
    const branches = await git.branchesNamed(proposed);
    const findings: Finding[] = branches.length
      ? [
          {
            gate: 'tagging',
            rule: 'tag-branch-confusion',
            severity: 'error',
            ...(text?.file ? { file: text.file } : {}),
            ...(field ? { line: field.line } : {}),
            message: `The proposed release ID ${proposed} is already the name of a branch (${branches.join(', ')}); git and GitHub may resolve it to the branch instead of the tag.`,
            help: `Delete or rename the branch (git push origin --delete ${proposed}) before releasing.`,
            docs: ruleDocs('tag-branch-confusion'),
          },
        ]
      : [];
    return {
      findings,
      summary: `proposed release ID ${proposed} (from ${text?.origin ?? 'the note'}): ${findings.length ? 'a branch has the same name' : 'no branch or tag confusion'}`,
    };
  },
};
