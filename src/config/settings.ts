import { resolve } from 'node:path';
import type { z } from 'zod';
import { UsageError } from '../core/errors.js';
import type { FailOn } from '../core/verdict.js';
import type { Format } from '../report/format.js';
import { closest, describeIssue, valueAt } from './issues.js';
import { loadConfigFile } from './load.js';
import { locateConfig } from './locate.js';
import type { LoadedConfigFile } from './load.js';
import { coerceOptionValue, findOption } from './options.js';
import type { Config } from './schema.js';
import { configSchema } from './schema.js';

/** What the run is about, as opposed to how the gates are tuned (that is `Config`). */
export interface RunSettings {
  /** Absolute path of the repository (or a folder inside it) to check. */
  cwd: string;
  base?: string;
  head: string;
  /**
   * Check the work tree (uncommitted and untracked files count) instead of the `head` commit. True only
   * when no head was named: `--head HEAD` means the HEAD commit, like any other ref. When absent (older
   * callers), a head of `HEAD` means the work tree.
   */
  worktree?: boolean;
  format: Format;
  failOn: FailOn;
  /** The config file actually used, as shown in messages. */
  configFile?: string;
  /** Flags or inputs laid over the config file, kept so the policy can be re-read from the base (trusted-base.ts). */
  overrides?: Record<string, string>;
  overrideSurface?: OverrideSurface;
  prBodyFile?: string;
  /** Explicit files or globs (`lint FILES...`, the action's `paths`). */
  files: string[];
  /** `lint --each` / `--as-one-change`: how explicit files group into deploys (default: by history, lint-modes.ts). */
  filesMode?: 'each' | 'as-one-change';
}

export interface Settings {
  run: RunSettings;
  config: Config;
}

/** Where a flat override came from, for naming it in errors: `--pg-version` or input `pg-version`. */
export type OverrideSurface = 'flag' | 'input';

export interface SettingsRequest {
  run: Omit<RunSettings, 'configFile' | 'cwd'> & { cwd: string; configFile?: string };
  overrides: Record<string, string>;
  surface: OverrideSurface;
}

/** One typed Settings from the config file, then flags or inputs on top, validated once (see also resolve.ts). */
export function resolveSettings(request: SettingsRequest, source?: { file?: LoadedConfigFile }): Settings {
  const cwd = resolve(request.run.cwd);
  // `source`: the config as the trusted base has it (or none), instead of the file in the checkout.
  const path = source ? undefined : locateConfig(cwd, request.run.configFile);
  const file = source ? source.file : path ? loadConfigFile(path, cwd) : undefined;
  const merged = structuredClone((file?.data ?? {}) as Record<string, unknown>);
  // A group whose keys are all commented out reads as null in YAML: it means "all defaults".
  for (const [group, value] of Object.entries(merged)) if (value === null) merged[group] = {};
  const fromOverride = new Map<string, string>();

  for (const [name, raw] of Object.entries(request.overrides)) {
    const option = findOption(name);
    if (!option) throw new UsageError(`${label(request.surface, name)}: not a known option`);
    const [group, key] = option.path;
    const groupValue = (merged[group] ??= {});
    if (typeof groupValue !== 'object' || groupValue === null) continue; // the schema names the bad group
    (groupValue as Record<string, unknown>)[key] = coerceOptionValue(option.kind, raw);
    fromOverride.set(`${group}.${key}`, name);
  }

  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(explainIssue(issue, merged, file, fromOverride, request.surface));
  }
  return {
    run: {
      ...request.run,
      cwd,
      configFile: file?.displayPath,
      overrides: request.overrides,
      overrideSurface: request.surface,
    },
    config: parsed.data,
  };
}

function label(surface: OverrideSurface, name: string): string {
  return surface === 'flag' ? `--${name}` : `input "${name}"`;
}

function explainIssue(
  issue: z.core.$ZodIssue,
  data: unknown,
  file: LoadedConfigFile | undefined,
  fromOverride: Map<string, string>,
  surface: OverrideSurface,
): string {
  const path = issue.path;
  const dotted = path.map(String).join('.');
  const override = fromOverride.get(dotted);
  const value = valueAt(data, path);
  if (override) return `${label(surface, override)}: ${describeIssue(issue, value)}`;

  let detail = describeIssue(issue, value);
  let keyPath = dotted;
  let linePath: readonly PropertyKey[] = path;
  if (issue.code === 'unrecognized_keys') {
    const bad = issue.keys[0]!;
    keyPath = dotted ? `${dotted}.${bad}` : bad;
    linePath = [...path, bad];
    const allowed = allowedKeys(path);
    const guess = closest(bad, allowed);
    detail = `unknown key "${bad}"${guess ? ` (did you mean "${guess}"?)` : ''}; allowed: ${allowed.join(', ') || 'none'}`;
  }
  const where = file ? `${file.displayPath}${lineSuffix(file, linePath)}` : 'config';
  return `${where}: ${keyPath || '(top level)'}: ${detail}`;
}

function lineSuffix(file: LoadedConfigFile, path: readonly PropertyKey[]): string {
  const line = file.lineOf(path);
  return line ? `:${line}` : '';
}

/** The keys the schema allows at a path, for "allowed: …" in unknown-key messages. */
function allowedKeys(path: readonly PropertyKey[]): string[] {
  let schema: unknown = configSchema;
  for (const key of path) {
    const shape = objectShape(schema);
    if (!shape) return [];
    schema = shape[String(key)];
  }
  return Object.keys(objectShape(schema) ?? {});
}

function objectShape(schema: unknown): Record<string, unknown> | undefined {
  // Unwrap defaults/optionals to reach the object's shape.
  let current = schema as { shape?: Record<string, unknown>; def?: { innerType?: unknown } } | undefined;
  for (let i = 0; i < 5 && current; i++) {
    if (current.shape) return current.shape;
    current = current.def?.innerType as typeof current;
  }
  return undefined;
}
