import type { Settings } from '../config/settings.js';
import type { GateOutcome, Logger } from '../core/gate.js';
import type { GateId } from '../core/finding.js';
import type { GitRepo } from '../git/git.js';
import type { GitHubAccess } from '../github/access.js';
import type { PullRequestContext } from '../github/event.js';

/*
 * The contract between the commands and the gates. It lives above config, git and github (whose types
 * it names) so that core stays the bottom layer; the findings and outcome types a gate returns stay in
 * core/gate.ts, where the lower layers (db, github) find the Logger.
 */

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

export interface Gate {
  id: GateId;
  /** Short human name. */
  title: string;
  run(ctx: GateContext): Promise<GateOutcome>;
}
