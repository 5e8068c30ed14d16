import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import type { CommandSpec } from '../commands/command.js';
import { FORMATS } from '../report/format.js';
import type { Format } from '../report/format.js';
import { CONFIG_OPTIONS } from '../config/options.js';
import { UsageError } from '../core/errors.js';
import { FAIL_ON } from '../core/verdict.js';
import type { FailOn } from '../core/verdict.js';

/** Flags every command accepts (DESIGN.md "Global CLI flags"). */
export const GLOBAL_FLAGS = {
  cwd: { type: 'string', valueName: 'DIR', help: 'repository to check (default: the current directory)' },
  base: {
    type: 'string',
    valueName: 'REF',
    help: 'compare with this ref (default: the merge base with the default branch)',
  },
  head: {
    type: 'string',
    valueName: 'REF',
    help: 'check this commit (HEAD included) instead of the work tree',
  },
  format: { type: 'string', valueName: 'FORMAT', help: 'text, json, markdown or sarif (default: text)' },
  config: { type: 'string', valueName: 'FILE', help: 'config file (default: .github/rollback-ready.yml)' },
  'pr-body-file': { type: 'string', valueName: 'FILE', help: 'pull request body to check, as a file' },
  'fail-on': { type: 'string', valueName: 'LEVEL', help: 'error (default), warning or never' },
  verbose: { type: 'boolean', help: 'log what is compared and why' },
  help: { type: 'boolean', help: 'show help' },
  version: { type: 'boolean', help: 'print the version' },
} as const;

/** The global flags, typed; parseArgs checks their shapes, `globalFlags` their values. */
export interface GlobalFlags {
  cwd?: string;
  base?: string;
  head?: string;
  format: Format;
  config?: string;
  'pr-body-file'?: string;
  'fail-on': FailOn;
  verbose: boolean;
  help: boolean;
  version: boolean;
}

export interface ParsedCommandLine {
  commandName?: string;
  positionals: string[];
  global: GlobalFlags;
  /** Config-backed flags (`--pg-version 14`), keyed by name. */
  overrides: Record<string, string>;
  /** The command's own flags. */
  commandFlags: Record<string, string | boolean | undefined>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Split argv into command, positionals and flags; unknown flags are a usage error naming the flag. */
export function parseCommandLine(
  argv: string[],
  findCommand: (name: string) => CommandSpec | undefined,
): ParsedCommandLine {
  const firstPositional = argv.find((a) => !a.startsWith('-'));
  const command = firstPositional ? findCommand(firstPositional) : undefined;
  const options: Options = {};
  for (const [name, spec] of Object.entries(GLOBAL_FLAGS)) options[name] = { type: spec.type };
  for (const option of CONFIG_OPTIONS) options[option.name] = { type: 'string' };
  for (const [name, spec] of Object.entries(command?.flags ?? {})) options[name] = { type: spec.type };

  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(
      `${cleanParseError(error)}; run rollback-ready ${command ? `${command.name} ` : ''}--help`,
    );
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const global = globalFlags(values);

  const overrides: Record<string, string> = {};
  for (const option of CONFIG_OPTIONS) {
    const v = values[option.name];
    if (typeof v === 'string') overrides[option.name] = v;
  }
  const commandFlags: Record<string, string | boolean | undefined> = {};
  for (const name of Object.keys(command?.flags ?? {})) commandFlags[name] = values[name];

  const [name, ...rest] = parsed.positionals;
  return {
    ...(name ? { commandName: name } : {}),
    positionals: rest,
    global,
    overrides,
    commandFlags,
  };
}

/** Check the global flags' values (parseArgs has checked their types). A few lines, so zod stays unloaded. */
function globalFlags(values: Record<string, string | boolean | undefined>): GlobalFlags {
  const text = (name: 'cwd' | 'base' | 'head' | 'config' | 'pr-body-file') => {
    const value = values[name];
    if (value === '') throw new UsageError(`--${name}: empty; give a value or leave the flag out`);
    return typeof value === 'string' ? { [name]: value } : {};
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = values[name];
    if (value === undefined) return fallback;
    if (!allowed.includes(value as T))
      throw new UsageError(`--${name}: got ${JSON.stringify(value)}; allowed: ${allowed.join(', ')}`);
    return value as T;
  };
  return {
    ...text('cwd'),
    ...text('base'),
    ...text('head'),
    ...text('config'),
    ...text('pr-body-file'),
    format: oneOf('format', FORMATS, 'text'),
    'fail-on': oneOf('fail-on', FAIL_ON, 'error'),
    verbose: values.verbose === true,
    help: values.help === true,
    version: values.version === true,
  };
}

function cleanParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Node's messages mention "To specify a positional argument…" hints; keep the first sentence.
  return message.split('. ')[0]!.replace(/\.$/, '');
}
