import type { Settings } from '../config/settings.js';
import type { Logger } from '../core/gate.js';
import type { Report } from '../core/report.js';
import type { PullRequestContext } from '../github/event.js';
import type { GitHubAccess } from '../github/access.js';

export interface CommandFlag {
  type: 'string' | 'boolean';
  help: string;
  /** Shown in help as `--name VALUE`. */
  valueName?: string;
}

/** Inputs shared by the CLI and the action once their surfaces are validated. */
export interface CommandContext {
  settings: Settings;
  /** Positionals after the command name (e.g. files for `lint`). */
  args: string[];
  /** The command's own flags, already type-checked by the surface. */
  flags: Record<string, string | boolean | undefined>;
  pullRequest?: PullRequestContext;
  log: Logger;
  /** Token, API URL and repository for commands that read GitHub (release bodies, the deployment ledger). */
  github?: GitHubAccess;
  /** The process environment as the entry saw it: deploy tokens and platform API URLs (tests inject their own). */
  env?: NodeJS.ProcessEnv;
}

export interface CommandResult {
  report: Report;
  /** Action outputs besides verdict/findings-count/report-json (e.g. release-id). */
  outputs?: Record<string, string>;
  /** Replaces the text report on the CLI (`tag next` prints only the ID, so scripts can capture it). */
  text?: string;
  /** Markdown written by us (never user text unescaped) that opens the Markdown report: the pre-release checklist. */
  preamble?: string;
}

/** What the CLI and the action know of a command before loading it: help text and accepted flags. */
export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  flags?: Record<string, CommandFlag>;
  /** Whether positionals are accepted (`lint FILES...`). */
  positionals?: boolean;
  /** Lines printed by `<command> --help` after the options: modes, examples. */
  details?: readonly string[];
}

export interface Command extends CommandSpec {
  run(ctx: CommandContext): Promise<CommandResult>;
}

/** A command in the registry: its spec, and its implementation loaded on first use. */
export interface CommandEntry extends CommandSpec {
  load(): Promise<Command>;
}
