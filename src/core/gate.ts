import type { Settings } from '../config/settings.js';
import type { GitRepo } from '../git/git.js';
import type { PullRequestContext } from '../github/event.js';
import type { GitHubAccess } from '../github/access.js';
import type { Finding, GateId } from './finding.js';
import type { GateStatus } from './report.js';

/** Progress messages; the CLI writes them to stderr, the action to the log. Never findings. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
}

/** Everything a gate may read. Gates print nothing and never exit; they return findings. */
export interface GateContext {
  settings: Settings;
  git: GitRepo;
  /** Commit the change is compared against (resolved SHA), when there is one. */
  base?: string;
  /** Commit being checked (resolved SHA); the work tree when `worktree` is true. */
  head: string;
  /** True when head is the checked-out work tree, so uncommitted edits count (local CLI runs). */
  worktree: boolean;
  pullRequest?: PullRequestContext;
  log: Logger;
  /** Token, API URL and repository, when GitHub can be read (the deployment ledger, release bodies). */
  github?: GitHubAccess;
}

export interface GateOutcome {
  findings: Finding[];
  /** One line for the summary table: what was checked and what was concluded. */
  summary: string;
  /** Set when the gate did not apply (no migrations, no note); the reason goes in `summary`. */
  skipped?: boolean;
  /** Extra report fields the gate contributes (e.g. the detected migration layout). */
  data?: Record<string, unknown>;
}

export interface Gate {
  id: GateId;
  /** Short human name. */
  title: string;
  run(ctx: GateContext): Promise<GateOutcome>;
}

export function statusOf(outcome: GateOutcome): GateStatus {
  if (outcome.skipped) return 'skipped';
  return outcome.findings.some((f) => f.severity === 'error') ? 'fail' : 'pass';
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, debug: () => {} };
