/**
 * What the checklist needs beyond the report: what production is on and what is known-good (the
 * deployment ledger, else release tags), whether a deploy workflow exists on the default branch to
 * redeploy it, the note's Owner and the configured channel. Read once after the gates ran; any
 * problem reading them makes an item ➖/❌ with the reason, never fails the run.
 */
import { describeGitHubFailure } from '../github/failure.js';
import type { Settings } from '../config/settings.js';
import { errorMessage } from '../core/errors.js';
import type { Logger } from '../core/gate.js';
import { isPlaceholder, parseNote } from '../gates/notes/parse-note.js';
import { findNote } from '../gates/notes/source.js';
import type { GitRepo } from '../git/git.js';
import { deployConfigProblem, deployWorkflowProblem, findDeployWorkflow } from './deploy-workflow.js';
import type { PullRequestContext } from '../github/event.js';
import type { GitHubAccess } from '../github/access.js';
import type { LedgerReader, LedgerState } from '../github/ledger-read.js';
import { octokitLedgerReader, openGitHub, readLedger } from '../github/ledger-read.js';
import { latestRelease, readReleaseHistory } from '../release/history.js';
import { ReleaseGitCli } from '../release/release-git.js';
import type { PlatformView } from '../deploy/live.js';
import type { ReleaseHistory } from '../release/history.js';

export type ReleaseSource = 'deployments' | 'tags' | 'platform';

export interface ChecklistFacts {
  environment: string;
  /** What production is on. */
  live?: { releaseId: string; source: ReleaseSource; since?: string };
  /** What a rollback redeploys, and whether its commit is in this clone. */
  knownGood?: {
    releaseId: string;
    source: ReleaseSource;
    sha?: string;
    exists: boolean;
    /** The recorded artifact a rollback redeploys without a build. */
    artifact?: { target: string; id: string };
  };
  /** Why the ledger was not used: no token, or the error. Undefined when it was read. */
  ledgerProblem?: string;
  defaultBranch?: string;
  /** A workflow on the default branch that deploys (a rollback goes through it). */
  deployWorkflow?: string;
  /** Why that workflow cannot redeploy as it stands (placeholders, a script that is not there). */
  deployWorkflowProblem?: string;
  /**
   * Why deploy.environments.<env> cannot deploy as it stands: a value init left to paste (`srv-PASTE_…`),
   * or a command `./script` the default branch does not have.
   */
  deployConfigProblem?: string;
  /** The default branch's commit, where a rollback's workflow and scripts are read. */
  defaultBranchRef?: string;
  /** deploy.target, when one is configured for the environment: rollbacks redeploy through it. */
  deployTarget?: string;
  /** What the platform says runs, when it could be asked (a token is in the environment). */
  platform?: PlatformView;
  /**
   * Why a platform with an API (Vercel, Fly, Render) was not asked what runs (no token here, the API
   * failed): the ledger's answer is then only a guess, since an auto-deploy would not be in it.
   */
  platformNotAsked?: string;
  /** The release note's Owner, when filled in. */
  owner?: string;
  /** Whether there was a release note at all. */
  hasNote: boolean;
  channel?: string;
}

export interface FactsRequest {
  settings: Settings;
  git: GitRepo;
  pullRequest?: PullRequestContext;
  github?: GitHubAccess;
  log: Logger;
  /** Injected in tests; otherwise built from `github`. */
  reader?: LedgerReader;
  /** Asks the deploy target what runs (the command supplies it: the checklist does no platform I/O of its own). */
  askPlatform?: (environment: string, history: ReleaseHistory) => Promise<PlatformView | undefined>;
}

export async function gatherChecklistFacts(request: FactsRequest): Promise<ChecklistFacts> {
  const { settings, git, log } = request;
  const notes = settings.config.notes;
  const facts: ChecklistFacts = {
    environment: notes.environment,
    hasNote: false,
    ...(settings.config.checklist.channel ? { channel: settings.config.checklist.channel } : {}),
  };

  let ledger: LedgerState | undefined;
  let reader = request.reader;
  if (!reader) {
    const gh = openGitHub(request.github, log);
    if (gh) reader = octokitLedgerReader(gh.client, gh.owner, gh.repo);
  }
  if (!reader) facts.ledgerProblem = 'no GitHub token';
  else {
    try {
      ledger = await readLedger(reader, notes.environment);
      if (!ledger.deployments) facts.ledgerProblem = `no ${notes.environment} deployment recorded`;
    } catch (error) {
      facts.ledgerProblem = `the deployment ledger could not be read: ${describeGitHubFailure(error).why}`;
    }
  }

  const releaseGit = ReleaseGitCli.from(git);
  const history = await readReleaseHistory(releaseGit, settings.config.tagging).catch(() => undefined);
  const latest = history ? latestRelease(history) : undefined;
  if (ledger?.current)
    facts.live = {
      releaseId: ledger.current.releaseId,
      source: 'deployments',
      since: ledger.current.createdAt,
    };
  else if (latest) facts.live = { releaseId: latest.id.name, source: 'tags', since: latest.tag.date };

  const useLedger = notes['known-good'] !== 'tags';
  if (useLedger && ledger?.knownGood) {
    const sha = ledger.knownGood.sha;
    facts.knownGood = {
      releaseId: ledger.knownGood.releaseId,
      source: 'deployments',
      sha,
      exists:
        (await git.resolveCommit(sha)) !== undefined ||
        (await git.resolveCommit(`refs/tags/${ledger.knownGood.releaseId}`)) !== undefined,
      ...(ledger.knownGood.artifact ? { artifact: ledger.knownGood.artifact } : {}),
    };
  } else if (latest) {
    facts.knownGood = { releaseId: latest.id.name, source: 'tags', sha: latest.tag.sha, exists: true };
  }

  // A rollback is dispatched from the default branch, so its deploy workflow must be there.
  const branch = await git.defaultBranch();
  if (branch) {
    facts.defaultBranch = branch.replace(/^origin\//, '');
    const ref =
      (await git.resolveCommit(`refs/remotes/origin/${facts.defaultBranch}`)) ??
      (await git.resolveCommit(`refs/heads/${facts.defaultBranch}`));
    if (ref) facts.defaultBranchRef = ref;
    const workflow = ref ? await findDeployWorkflow(git, ref) : undefined;
    if (workflow) facts.deployWorkflow = workflow;
    const problem = ref && workflow ? await deployWorkflowProblem(git, ref, workflow) : undefined;
    if (problem) facts.deployWorkflowProblem = problem;
  }

  // With a deploy target, what runs is the platform's answer (when its token is here: not in a PR check).
  const deploy = settings.config.deploy;
  if (deploy.target !== 'none' && deploy.environments[notes.environment]) {
    facts.deployTarget = deploy.target;
    const unfilled = await deployConfigProblem(
      git,
      facts.defaultBranchRef,
      deploy.environments[notes.environment]!,
    );
    if (unfilled) facts.deployConfigProblem = `deploy.environments.${notes.environment} ${unfilled}`;
    const hasApi = deploy.target === 'vercel' || deploy.target === 'fly' || deploy.target === 'render';
    if (hasApi && !(history && request.askPlatform))
      facts.platformNotAsked = 'this run does not ask the platform';
    if (history && request.askPlatform) {
      const view = await request.askPlatform(notes.environment, history);
      if (hasApi && view?.unavailable) facts.platformNotAsked = view.unavailable;
      if (view && (view.release || view.drift)) {
        facts.platform = view;
        if (view.release) facts.live = { releaseId: view.release, source: 'platform' };
      }
    }
  }

  try {
    const note = await findNote({
      settings,
      root: git.root,
      ...(request.pullRequest ? { pullRequest: request.pullRequest } : {}),
      ...(request.github ? { github: request.github } : {}),
      log,
    });
    if (note) {
      facts.hasNote = true;
      const owner = parseNote(note.body).fields.owner?.value;
      if (owner && !isPlaceholder(owner)) facts.owner = owner;
    }
  } catch (error) {
    log.debug(`checklist: the release note could not be read (${errorMessage(error)})`);
  }
  return facts;
}
