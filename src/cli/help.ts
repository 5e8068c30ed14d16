import type { CommandSpec } from '../commands/command.js';
import { CONFIG_OPTIONS } from '../config/options.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/tool.js';
import { GLOBAL_FLAGS } from './args.js';

export function globalHelp(commands: readonly CommandSpec[]): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  // Wide enough for the longest option (`--backup-completed-at VALUE`), so no name runs into its help.
  const optionWidth = Math.max(24, ...CONFIG_OPTIONS.map((o) => o.name.length + 8));
  return [
    `${TOOL_NAME} ${TOOL_VERSION}: make every production release safe to roll back`,
    '',
    `Usage: ${TOOL_NAME} <command> [options]`,
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Options:',
    ...flagLines(GLOBAL_FLAGS),
    '',
    'Config options (also settable in .github/rollback-ready.yml):',
    ...CONFIG_OPTIONS.map(
      (o) => `  --${`${o.name} VALUE`.padEnd(optionWidth)}${o.help} (${o.path.join('.')})`,
    ),
    '',
    'Exit codes: 0 nothing blocks, 1 a blocking finding, 2 usage, configuration or unreadable input.',
    `Run "${TOOL_NAME} <command> --help" for a command's own options.`,
    '',
  ].join('\n');
}

export function commandHelp(command: CommandSpec): string {
  const lines = [`Usage: ${TOOL_NAME} ${command.usage}`, '', command.summary, ''];
  if (command.flags && Object.keys(command.flags).length)
    lines.push('Options:', ...flagLines(command.flags), '');
  if (command.details?.length) lines.push(...command.details, '');
  lines.push(`Global options: see "${TOOL_NAME} --help".`, '');
  return lines.join('\n');
}

function flagLines(flags: Record<string, { type: string; help: string; valueName?: string }>): string[] {
  return Object.entries(flags).map(([name, spec]) => {
    const left = spec.type === 'string' ? `--${name} ${spec.valueName ?? 'VALUE'}` : `--${name}`;
    return `  ${left.padEnd(26)}${spec.help}`;
  });
}
