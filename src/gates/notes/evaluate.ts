import type { Settings } from '../../config/settings.js';
import { describeGitHubFailure } from '../../github/failure.js';
import { UsageError } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import type { Logger } from '../../core/gate.js';
import type { GitHubAccess } from '../../github/access.js';
import type { LedgerReader } from '../../github/ledger-read.js';
import { octokitLedgerReader, openGitHub, readLedger } from '../../github/ledger-read.js';
import { latestRelease, readReleaseHistory } from '../../release/history.js';
import { refNameProblem } from '../../release/names.js';
import type { ReleaseHistory } from '../../release/history.js';
import type { ReleaseGit } from '../../release/release-git.js';
import { ruleDocsUrl as ruleDocs } from '../../core/tool.js';
import { checkNote } from './check-note.js';
import type { KnownGood, NoteExpectations } from './check-note.js';
import { isPlaceholder, parseNote } from './parse-note.js';
import type { ParsedNote } from './parse-note.js';
import type { NoteText } from './source.js';

export interface KnownGoodResult {
  knownGood?: KnownGood;
  /** `ledger-unavailable` when the ledger could not be read and tags stood in. */
  findings: Finding[];
}

/**
 * The release to roll back to: from the deployment ledger when there is one (GitHub Deployments of
 * `notes.environment`), otherwise the latest release tag in scheme order on the release branch.
 */
export async function findKnownGood(options: {
  settings: Settings;
  history: ReleaseHistory;
  github?: GitHubAccess;
  log: Logger;
  /** A release whose own note is checked: never its own rollback target. */
  exclude?: string;
  /** Injected in tests; otherwise built from `github`. */
  reader?: LedgerReader;
}): Promise<KnownGoodResult> {
  const config = options.settings.config.notes;
  const fromTags = (): KnownGood | undefined => {
    const latest = latestRelease(options.history, options.exclude);
    return latest ? { releaseId: latest.id.name, source: 'tags' } : undefined;
  };
  const done = (knownGood: KnownGood | undefined, findings: Finding[] = []): KnownGoodResult => ({
    ...(knownGood ? { knownGood } : {}),
    findings,
  });
  if (config['known-good'] === 'tags') return done(fromTags());

  let reader = options.reader;
  if (!reader) {
    const gh = openGitHub(options.github, options.log);
    if (gh) reader = octokitLedgerReader(gh.client, gh.owner, gh.repo);
  }
  if (!reader) {
    if (config['known-good'] === 'deployments') {
      throw new UsageError(
        'notes.known-good is deployments, but there is no GitHub token: set GITHUB_TOKEN (CLI) or the github-token input (action)',
      );
    }
    options.log.debug('no GitHub token or repository: the known-good release is the latest release tag');
    return done(fromTags());
  }
  try {
    const ledger = await readLedger(
      reader,
      config.environment,
      options.exclude ? { exclude: options.exclude } : {},
    );
    if (ledger.knownGood) return done({ releaseId: ledger.knownGood.releaseId, source: 'deployments' });
    options.log.debug(
      `no successful ${config.environment} deployment: the known-good release is the latest release tag`,
    );
    return done(fromTags());
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const fallback = fromTags();
    const failure = describeGitHubFailure(error);
    return done(fallback, [
      {
        gate: 'notes',
        rule: 'ledger-unavailable',
        severity: 'warning',
        message: `The ${config.environment} deployment ledger could not be read: ${failure.why}; checked Rollback against the latest release tag${fallback ? ` ${fallback.releaseId}` : ''} instead.`,
        help: `${failure.help}${failure.kind === 'forbidden' || failure.kind === 'unauthorized' ? ' Or set notes.known-good: tags if you do not record deployments.' : ''}`,
        docs: ruleDocs('ledger-unavailable'),
      },
    ]);
  }
}

export interface NoteEvaluation {
  findings: Finding[];
  note: ParsedNote;
  /** The note's Release ID, when filled in. */
  releaseId?: string;
  knownGood?: KnownGood;
  summary: string;
}

/** Parse a note and check it against the repository's releases and the ledger. */
export async function evaluateNote(options: {
  text: NoteText;
  settings: Settings;
  git: ReleaseGit;
  github?: GitHubAccess;
  log: Logger;
  now: Date;
  reader?: LedgerReader;
}): Promise<NoteEvaluation> {
  const { text, settings } = options;
  const tagging = settings.config.tagging;
  const history = await readReleaseHistory(options.git, tagging);
  const note = parseNote(text.body);
  const latest = latestRelease(history, text.releaseTag);
  const known = await findKnownGood({
    settings,
    history,
    log: options.log,
    ...(options.github ? { github: options.github } : {}),
    ...(text.releaseTag ? { exclude: text.releaseTag } : {}),
    ...(options.reader ? { reader: options.reader } : {}),
  });
  const expect: NoteExpectations = {
    scheme: history.scheme,
    allowPrerelease: tagging['allow-prerelease'],
    ...(latest ? { latest: latest.id } : {}),
    ...(text.releaseTag ? { releaseTag: text.releaseTag } : {}),
    ...(known.knownGood ? { knownGood: known.knownGood } : {}),
    ...(text.file ? { file: text.file } : {}),
  };
  if (history.scheme.id === 'calver' && !text.releaseTag) {
    expect.exactNext = history.scheme.next(latest?.id, {
      bump: 'patch',
      now: options.now,
      taken: history.tagged.map((t) => t.id),
    });
  }
  const findings = [...checkNote(note, expect), ...known.findings];
  const idField = note.fields.releaseId;
  const named = idField && !isPlaceholder(idField.value) ? idField.value.replace(/\.$/, '') : undefined;
  // Only a safe tag name leaves as a report field or action output.
  const releaseId = named !== undefined && !refNameProblem(named) ? named : undefined;
  const blocking = findings.filter((f) => f.severity === 'error').length;
  const target = known.knownGood
    ? `rollback target ${known.knownGood.releaseId} (from ${known.knownGood.source})`
    : 'no earlier release';
  return {
    findings,
    note,
    ...(releaseId ? { releaseId } : {}),
    ...(known.knownGood ? { knownGood: known.knownGood } : {}),
    summary: `${text.origin}: Release ID ${releaseId ?? '(missing)'}, ${target}; ${blocking ? `${blocking} problem(s)` : 'complete'}`,
  };
}
