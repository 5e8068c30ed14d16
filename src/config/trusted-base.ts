import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import { ruleDocsUrl } from '../core/tool.js';
import type { GitRepo } from '../git/git.js';
import { resolveInsideRepo } from '../git/inside-repo.js';
import { DEFAULT_CONFIG } from './defaults.js';
import { MAX_CONFIG_BYTES, parseConfigBytes } from './load.js';
import { CONFIG_CANDIDATES } from './locate.js';
import type { LoadedConfigFile } from './load.js';
import { resolveSettings } from './settings.js';
import type { Settings, SettingsRequest } from './settings.js';

/**
 * A pull request must not switch off its own gate: with the config read from its head it could add
 * `migrations.exclude: ["**"]`, turn rules off, or set a `backup-command` that the check then runs with
 * the token in its environment. So in a pull request (or with --base) the policy is the base commit's
 * config; flags and inputs (from the workflow, which the repository's own rules protect) still apply on
 * top. A PR that changes the config gets a finding listing what would change, for a reviewer to own.
 */
export interface TrustedPolicy {
  settings: Settings;
  findings: Finding[];
}

export const CONFIG_CHANGED_RULE = 'config-changed';

export async function policyFromBase(
  settings: Settings,
  git: GitRepo,
  base: string,
  head: { worktree: boolean; commit: string },
): Promise<TrustedPolicy> {
  const paths = configPaths(settings, git.root);
  const found = await configAt(git, base, paths);
  if (found && 'problem' in found) throw found.problem;
  const baseFile = found?.file;
  const basePath = found?.path;
  const request = {
    run: { ...settings.run },
    overrides: settings.run.overrides ?? {},
    surface: settings.run.overrideSurface ?? 'flag',
  };
  let trusted: Settings;
  try {
    trusted = settingsFrom(request, baseFile);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    throw new UsageError(
      `the base commit's config is not valid, so the gate has no trusted policy: ${error.message}; fix it on the base branch first`,
    );
  }
  // What the run shows as its config file: the base's, named as such.
  trusted.run.configFile = baseFile?.displayPath;

  const proposed = head.worktree
    ? worktreeProposal(settings, git.root)
    : await commitProposal(git, head.commit, paths, request);
  const changed = await configChanged(git, base, head, basePath, proposed.path ?? basePath);
  const findings = changed
    ? [changedFinding(proposed.path ?? basePath ?? CONFIG_CANDIDATES[0]!, basePath, proposed, trusted)]
    : [];
  return { settings: trusted, findings };
}

/** The config the pull request proposes: its path (none when it has no config file) and settings. */
interface Proposal {
  path: string | undefined;
  /** Undefined when the proposed file is not valid (`invalid` says why). */
  settings?: Settings;
  invalid?: string;
}

/** Checking the work tree: the config file found there, as the run already read it. */
function worktreeProposal(settings: Settings, root: string): Proposal {
  return { path: settings.run.configFile ? repoRelative(settings, root) : undefined, settings };
}

/**
 * Checking a commit (`--head`): the config as that commit has it, never the work tree's, which may
 * hold a file the commit does not (one `init` just wrote) or differ from it.
 */
async function commitProposal(
  git: GitRepo,
  commit: string,
  paths: readonly string[],
  request: SettingsRequest,
): Promise<Proposal> {
  const found = await configAt(git, commit, paths);
  if (!found) return { path: undefined, settings: settingsFrom(request) };
  if ('problem' in found) return { path: found.path, invalid: found.problem.message };
  try {
    return { path: found.path, settings: settingsFrom(request, found.file) };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { path: found.path, invalid: error.message };
  }
}

/** The config file `ref` holds at the first of `paths` it has, or why it cannot be read as one. */
async function configAt(
  git: GitRepo,
  ref: string,
  paths: readonly string[],
): Promise<{ path: string; file: LoadedConfigFile } | { path: string; problem: UsageError } | undefined> {
  for (const path of paths) {
    const read = await git.readBytesCapped(ref, path, MAX_CONFIG_BYTES);
    if (read === undefined) continue;
    const shown = `${ref.slice(0, 7)}:${path}`;
    if ('tooLarge' in read)
      return {
        path,
        problem: new UsageError(`${shown}: larger than the ${MAX_CONFIG_BYTES}-byte limit for a config file`),
      };
    try {
      return { path, file: parseConfigBytes(read.bytes, shown) };
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      return { path, problem: error };
    }
  }
  return undefined;
}

/** The settings a config file (or none: the defaults) gives with the run's flags on top. */
function settingsFrom(request: SettingsRequest, file?: LoadedConfigFile): Settings {
  return !file && Object.keys(request.overrides).length === 0
    ? { run: { ...request.run }, config: structuredClone(DEFAULT_CONFIG) }
    : resolveSettings(request, file ? { file } : {});
}

/** The config paths to look for at the base, relative to the repository root. */
function configPaths(settings: Settings, root: string): string[] {
  if (settings.run.configFile) return [repoRelative(settings, root)];
  return CONFIG_CANDIDATES.map((c) => toPosix(relative(root, join(settings.run.cwd, c))));
}

function repoRelative(settings: Settings, root: string): string {
  return toPosix(relative(root, resolve(settings.run.cwd, settings.run.configFile!)));
}

function toPosix(path: string): string {
  return path.split('\\').join('/');
}

async function configChanged(
  git: GitRepo,
  base: string,
  head: { worktree: boolean; commit: string },
  basePath: string | undefined,
  headPath: string | undefined,
): Promise<boolean> {
  if (basePath !== headPath) return true;
  if (!basePath) return false;
  const bytes = (r: Awaited<ReturnType<GitRepo['readBytesCapped']>>) =>
    r && 'bytes' in r ? r.bytes : undefined;
  const a = bytes(await git.readBytesCapped(base, basePath, MAX_CONFIG_BYTES));
  const b = head.worktree
    ? readWorktree(git.root, basePath)
    : bytes(await git.readBytesCapped(head.commit, basePath, MAX_CONFIG_BYTES));
  return !a || !b || !a.equals(b);
}

function readWorktree(root: string, path: string): Buffer | undefined {
  const found = resolveInsideRepo(root, path, 'the config file');
  return 'real' in found ? readFileSync(found.real) : undefined;
}

function changedFinding(
  file: string,
  basePath: string | undefined,
  proposed: Proposal,
  trusted: Settings,
): Finding {
  const diff = proposed.settings ? settingsDiff(trusted.config, proposed.settings.config) : [];
  const what = !basePath
    ? `adds the gate's config file ${file}`
    : !proposed.path
      ? `removes the gate's config file ${file}`
      : `changes the gate's config file ${file}`;
  const listed = proposed.invalid
    ? ` The proposed file is not valid: ${proposed.invalid}.`
    : diff.length
      ? ` Effective settings that would change: ${diff.slice(0, 20).join('; ')}${diff.length > 20 ? `; and ${diff.length - 20} more` : ''}.`
      : ' The effective settings are the same (only comments or layout changed).';
  return {
    gate: 'config',
    rule: CONFIG_CHANGED_RULE,
    severity: diff.length || proposed.invalid ? 'warning' : 'notice',
    file,
    message: `This pull request ${what}; this check ran with the base commit's settings, not the pull request's.${listed}`,
    help: 'Have the owners of the gate review it (list the config file in CODEOWNERS); the new settings apply to pull requests opened after it is merged.',
    docs: ruleDocsUrl(CONFIG_CHANGED_RULE),
  };
}

/** `key.path: base -> head` for every leaf of the effective settings that differs. */
export function settingsDiff(before: unknown, after: unknown, prefix = ''): string[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => settingsDiff(before[k], after[k], prefix ? `${prefix}.${k}` : k));
  }
  const a = show(before);
  const b = show(after);
  return a === b ? [] : [`${prefix}: ${a} -> ${b}`];
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(value: unknown): string {
  if (value === undefined) return '(unset)';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
