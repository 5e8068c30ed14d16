import { z } from 'zod';
import { FORMATS } from '../report/format.js';
import { CONFIG_OPTIONS } from '../config/options.js';
import { UsageError } from '../core/errors.js';
import { FAIL_ON } from '../core/verdict.js';

/** Reads one input the way the runner passes it: INPUT_<NAME> with spaces as underscores, upper-cased. */
export type InputReader = (name: string) => string;

export function envInputReader(env: NodeJS.ProcessEnv): InputReader {
  return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

const boolInput = z
  .string()
  .transform((v) => v.toLowerCase())
  .pipe(z.enum(['true', 'false', '']))
  .transform((v) => v !== 'false');

const actionInputsSchema = z.object({
  // A command and its arguments, e.g. `check`, `lint`, `tag verify v1.4.2`. Arguments never reach a shell;
  // each command validates its own (tag names are checked before any git call).
  command: z
    .string()
    .max(500)
    .regex(/^[a-z][a-z-]*( +[^\s]+)*$/, 'a command such as check, lint or "tag verify v1.4.2"')
    .default('check'),
  config: z.string().optional(),
  base: z.string().optional(),
  head: z.string().optional(),
  paths: z.string().optional(),
  format: z.enum(FORMATS).default('text'),
  'fail-on': z.enum(FAIL_ON).default('error'),
  'github-token': z.string().optional(),
  comment: boolInput.default(true),
});

export type ActionInputs = z.infer<typeof actionInputsSchema> & { overrides: Record<string, string> };

/** Validate the action's inputs; a bad value names the input and what it allows. */
export function readActionInputs(read: InputReader): ActionInputs {
  const raw: Record<string, string> = {};
  for (const name of Object.keys(actionInputsSchema.shape)) {
    const value = read(name);
    if (value !== '') raw[name] = value;
  }
  const parsed = actionInputsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0]);
    const allowed =
      'values' in issue
        ? `; allowed: ${(issue.values as unknown[]).join(', ')}`
        : `; expected ${issue.message}`;
    throw new UsageError(`input "${name}": got ${JSON.stringify(raw[name] ?? '')}${allowed}`);
  }
  const overrides: Record<string, string> = {};
  for (const option of CONFIG_OPTIONS) {
    const value = read(option.name);
    if (value !== '') overrides[option.name] = value;
  }
  return { ...parsed.data, overrides };
}

/** `paths` is newline-separated globs, like other actions' multi-line inputs. */
export function splitPaths(paths: string | undefined): string[] {
  return (paths ?? '')
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean);
}
