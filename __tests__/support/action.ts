import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ACTION, ROOT } from './cli.js';
import type { Spawned } from './cli.js';

/** What one run of the bundled action left behind, as the runner would see it. */
export interface ActionRun extends Spawned {
  /** `GITHUB_OUTPUT` parsed into name → value. */
  outputs: Record<string, string>;
  /** Raw `GITHUB_OUTPUT` file. */
  outputFile: string;
  /** `GITHUB_STEP_SUMMARY` file content. */
  summary: string;
  /** The folder holding the run's files (also `RUNNER_TEMP`). */
  runnerDir: string;
}

export interface ActionRunOptions {
  /** Inputs by their action.yml name (`fail-on`, `github-token`); action.yml defaults fill the rest. */
  inputs?: Record<string, string>;
  /** The webhook payload written to `GITHUB_EVENT_PATH`. */
  event?: unknown;
  eventName?: string;
  /** The checked-out repository (`GITHUB_WORKSPACE`, also the process's cwd). */
  workspace: string;
  /** `owner/name` for `GITHUB_REPOSITORY`. */
  repository?: string;
  /** `GITHUB_API_URL`, e.g. the fake's url. */
  apiUrl?: string;
  /** Extra variables (rarely needed). */
  env?: Record<string, string>;
  timeoutMs?: number;
  /** The bundle to run (default dist/index.js; a `snapshotBundles()` copy survives concurrent rebuilds). */
  entry?: string;
}

/** Defaults the runner passes for inputs a workflow leaves out (expressions such as `${{ github.token }}` excepted). */
export function actionInputDefaults(): Record<string, string> {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: unknown }> };
  const defaults: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    if (spec.default === undefined || String(spec.default).includes('${{')) continue;
    defaults[name] = String(spec.default);
  }
  return defaults;
}

/** `INPUT_<NAME>` the way the runner names it: spaces to underscores, upper-cased, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Parse `GITHUB_OUTPUT`: `name<<DELIMITER\nvalue\nDELIMITER` blocks (what @actions/core writes),
 * plus plain `name=value` lines.
 */
export function parseGitHubOutput(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      if (i >= lines.length) throw new Error(`GITHUB_OUTPUT: no closing delimiter ${delimiter} for ${name}`);
      out[name!] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

/**
 * Run `node dist/index.js` as the runner does: a minimal environment (PATH, HOME and the runner
 * contract only), INPUT_* variables, and fresh GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / event files.
 * Asynchronous, so a fake API served by this process keeps answering while the action runs.
 */
export function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const runnerDir = mkdtempSync(join(tmpdir(), 'rr-runner-'));
  const outputPath = join(runnerDir, 'github_output');
  const summaryPath = join(runnerDir, 'step_summary.md');
  const eventPath = join(runnerDir, 'event.json');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  writeFileSync(eventPath, JSON.stringify(options.event ?? {}));

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: options.repository ?? 'octo-org/demo-app',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: runnerDir,
    RUNNER_OS: 'Linux',
    ...(options.apiUrl ? { GITHUB_API_URL: options.apiUrl, GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql` } : {}),
    ...options.env,
  };
  for (const [name, value] of Object.entries({ ...actionInputDefaults(), ...options.inputs })) env[inputVariable(name)] = value;

  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [options.entry ?? ACTION], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 50_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      const outputFile = readFileSync(outputPath, 'utf8');
      resolve({
        status,
        stdout,
        stderr,
        outputFile,
        outputs: parseGitHubOutput(outputFile),
        summary: readFileSync(summaryPath, 'utf8'),
        runnerDir,
      });
    });
  });
}
