import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import type { CommandSpec } from '../commands/command.js';
import { FORMATS } from '../config/settings.js';
import { CONFIG_OPTIONS } from '../config/options.js';
import { UsageError } from '../core/errors.js';
import { FAIL_ON } from '../core/verdict.js';

/** Flags every command accepts (DESIGN.md "Global CLI flags"). */
export const GLOBAL_FLAGS = {
  cwd: { type: 'string', valueName: 'DIR', help: 'repository to check (default: the current directory)' },
  base: {
    type: 'string',
    valueName: 'REF',
    help: 'compare with this ref (default: the merge base with the default branch)',
  },
  head: { type: 'string', valueName: 'REF', help: 'check this commit instead of the work tree' },
  format: { type: 'string', valueName: 'FORMAT', help: 'text, json, markdown or sarif (default: text)' },
  config: { type: 'string', valueName: 'FILE', help: 'config file (default: .github/rollback-ready.yml)' },
  'pr-body-file': { type: 'string', valueName: 'FILE', help: 'pull request body to check, as a file' },
  'fail-on': { type: 'string', valueName: 'LEVEL', help: 'error (default), warning or never' },
  verbose: { type: 'boolean', help: 'log what is compared and why' },
  help: { type: 'boolean', help: 'show help' },
  version: { type: 'boolean', help: 'print the version' },
} as const;

/** The typed global flags; parseArgs checks shapes, zod checks values. */
const globalFlagsSchema = z.object({
  cwd: z.string().min(1).optional(),
  base: z.string().min(1).optional(),
  head: z.string().min(1).optional(),
  format: z
    .enum(FORMATS, {
      error: (i) => `--format: got ${JSON.stringify(i.input)}; allowed: ${FORMATS.join(', ')}`,
    })
    .default('text'),
  config: z.string().min(1).optional(),
  'pr-body-file': z.string().min(1).optional(),
  'fail-on': z
    .enum(FAIL_ON, {
      error: (i) => `--fail-on: got ${JSON.stringify(i.input)}; allowed: ${FAIL_ON.join(', ')}`,
    })
    .default('error'),
  verbose: z.boolean().default(false),
  help: z.boolean().default(false),
  version: z.boolean().default(false),
});
export type GlobalFlags = z.infer<typeof globalFlagsSchema>;

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
  const globalRaw: Record<string, unknown> = {};
  for (const name of Object.keys(GLOBAL_FLAGS))
    if (values[name] !== undefined) globalRaw[name] = values[name];
  const global = globalFlagsSchema.safeParse(globalRaw);
  if (!global.success) throw new UsageError(global.error.issues[0]!.message);

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
    global: global.data,
    overrides,
    commandFlags,
  };
}

function cleanParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Node's messages mention "To specify a positional argument…" hints; keep the first sentence.
  return message.split('. ')[0]!.replace(/\.$/, '');
}
