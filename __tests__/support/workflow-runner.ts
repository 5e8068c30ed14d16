/**
 * Runs our workflow files the way the runner does, on this machine: a caller workflow's jobs in order,
 * each reusable-workflow call with its `with:` and `secrets:` evaluated, job and step `if:`s, `env:`
 * expressions, every `run:` script in `bash --noprofile --norc -eo pipefail` with GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY and RUNNER_TEMP, step and job outputs, and the workflow_call outputs. The built
 * CLI runs from `.rollback-ready-tool` (a link to this repository, where the workflows check it out)
 * and our action from dist/index.js. actions/checkout and setup-node are the workspace as prepared.
 * So a test sees whether the files really pass the right values from job to job, not only whether they
 * parse: the wiring between a caller and a remote reusable workflow is something actionlint cannot see.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './cli.js';
import { condition, interpolate, toText } from './workflow-expr.js';
import type { Context } from './workflow-expr.js';

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  env?: Record<string, unknown>;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: Record<string, unknown>;
  outputs?: Record<string, string>;
  steps?: Step[];
}
interface Workflow {
  on: Record<
    string,
    {
      inputs?: Record<string, { type?: string; default?: unknown }>;
      outputs?: Record<string, { value: string }>;
    } | null
  >;
  jobs: Record<string, Job>;
}

export type JobResult = 'success' | 'failure' | 'skipped';
export interface JobRun {
  result: JobResult;
  outputs: Record<string, string>;
}

/** One record per `run:` step and action step executed, in order, for assertions and failure messages. */
export interface StepLog {
  workflow: string;
  job: string;
  step: string;
  code: number;
  output: string;
}

export interface Machine {
  /** The checkout (the repository under test); the tool is linked into it as .rollback-ready-tool. */
  workspace: string;
  /** Environment of the runner: GITHUB_API_URL, GITHUB_REPOSITORY, platform API URLs, … */
  env: NodeJS.ProcessEnv;
  /** The `github` context (ref, event.repository.default_branch, token, run_id, …). */
  github: Record<string, unknown>;
  vars?: Record<string, string>;
  log: StepLog[];
}

export const TOOL_REF = 'f'.repeat(40);

/** Where a `uses:` of a workflow resolves: our reusable files, or the caller's own copied templates. */
function workflowFile(uses: string): string {
  const remote = /^rollback-ready\/rollback-ready\/(\.github\/workflows\/[\w.-]+\.yml)@/.exec(uses);
  if (remote) return join(ROOT, remote[1]!);
  const local = /^\.\/\.github\/workflows\/([\w.-]+\.yml)$/.exec(uses);
  if (local) return join(ROOT, 'workflows', local[1]!); // what init copies into .github/workflows
  throw new Error(`the test runner cannot resolve uses: ${uses}`);
}

const pin = (v: unknown) => (typeof v === 'string' ? v.replaceAll('<full-commit-sha>', TOOL_REF) : v);

function bash(
  script: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd, env });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function readOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(file)) return out;
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([\w-]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const body: string[] = [];
      while (++i < lines.length && lines[i] !== heredoc[2]) body.push(lines[i]!);
      out[heredoc[1]!] = body.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

async function runSteps(
  file: string,
  jobId: string,
  job: Job,
  ctx: Context,
  machine: Machine,
): Promise<JobRun> {
  // RUNNER_TEMP is the job's own folder; the runner's files (outputs, summary) live elsewhere.
  const temp = mkdtempSync(join(tmpdir(), 'rr-runner-temp-'));
  const files = mkdtempSync(join(tmpdir(), 'rr-runner-files-'));
  const steps: Record<string, { outputs: Record<string, string>; outcome: string }> = {};
  let failed = false;
  try {
    for (const [index, step] of (job.steps ?? []).entries()) {
      const sctx = { ...ctx, steps, __status: { cancelled: false, failed } };
      if (step.if === undefined ? failed : !condition(step.if, sctx)) continue;
      const outputFile = join(files, `output-${index}`);
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        CI: 'true',
        ...machine.env,
        GITHUB_WORKSPACE: machine.workspace,
        RUNNER_TEMP: temp,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: join(files, 'step-summary.md'),
      };
      for (const [k, v] of Object.entries(step.env ?? {})) env[k] = toText(interpolate(v, sctx));
      let script: string;
      if (step.run !== undefined) script = step.run;
      else if (/^actions\/(checkout|setup-node)@/.test(step.uses ?? '')) continue;
      else if (/^rollback-ready\/rollback-ready@/.test(step.uses ?? '')) {
        // Our action, as the runner runs it: node24 on dist/index.js with INPUT_* variables.
        for (const [k, v] of Object.entries(step.with ?? {}))
          env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = toText(interpolate(v, sctx));
        script = `node "${join(ROOT, 'dist', 'index.js')}"`;
      } else throw new Error(`${file}#${jobId}: the test runner cannot run uses: ${step.uses}`);
      const { code, output } = await bash(script, machine.workspace, env);
      machine.log.push({
        workflow: file,
        job: jobId,
        step: step.name ?? step.id ?? step.uses ?? `#${index}`,
        code,
        output,
      });
      const outcome = code === 0 ? 'success' : 'failure';
      if (step.id) steps[step.id] = { outputs: readOutputs(outputFile), outcome };
      if (code !== 0) failed = true;
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
    rmSync(files, { recursive: true, force: true });
  }
  const outputs: Record<string, string> = {};
  for (const [k, v] of Object.entries(job.outputs ?? {}))
    outputs[k] = toText(interpolate(v, { ...ctx, steps }));
  return { result: failed ? 'failure' : 'success', outputs };
}

/**
 * Run a workflow: `inputs` as the dispatch or the caller gave them (defaults filled in from the
 * workflow_call declaration), `secrets` by name. Returns every job's result and the workflow's outputs.
 */
export async function runWorkflow(
  file: string,
  inputs: Record<string, unknown>,
  secrets: Record<string, string>,
  machine: Machine,
): Promise<{ jobs: Record<string, JobRun>; outputs: Record<string, string>; result: JobResult }> {
  const wf = parse(readFileSync(file, 'utf8')) as Workflow;
  const declared = wf.on.workflow_call?.inputs ?? wf.on.workflow_dispatch?.inputs ?? {};
  const filled: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const given = inputs[name] ?? spec.default ?? (spec.type === 'boolean' ? false : '');
    filled[name] =
      spec.type === 'boolean'
        ? given === true || given === 'true'
        : spec.type === 'number'
          ? Number(given)
          : given;
  }
  const base: Context = {
    inputs: filled,
    secrets,
    github: machine.github,
    vars: machine.vars ?? {},
    env: {},
  };
  const runs: Record<string, JobRun> = {};
  for (const [id, job] of Object.entries(wf.jobs)) {
    const needs = [job.needs ?? []].flat();
    const needsCtx = Object.fromEntries(needs.map((n) => [n, runs[n] ?? { result: 'skipped', outputs: {} }]));
    const ctx: Context = {
      ...base,
      needs: needsCtx,
      __status: { cancelled: false, failed: needs.some((n) => runs[n]?.result === 'failure') },
    };
    // Without a status function, a job runs only when everything it needs succeeded.
    const statusFn = /\b(cancelled|always|success|failure)\(\)/.test(job.if ?? '');
    const needsOk = needs.every((n) => runs[n]?.result === 'success');
    if ((!statusFn && !needsOk) || !condition(job.if, ctx)) {
      runs[id] = { result: 'skipped', outputs: {} };
      continue;
    }
    if (job.uses) {
      const withs = Object.fromEntries(
        Object.entries(job.with ?? {}).map(([k, v]) => [k, interpolate(pin(v), ctx)]),
      );
      const passed = Object.fromEntries(
        Object.entries(job.secrets ?? {}).map(([k, v]) => [k, toText(interpolate(v, ctx))]),
      );
      const called = await runWorkflow(workflowFile(job.uses), withs, passed, machine);
      runs[id] = { result: called.result, outputs: called.outputs };
    } else runs[id] = await runSteps(file, id, job, ctx, machine);
  }
  const outputs: Record<string, string> = {};
  for (const [k, v] of Object.entries(wf.on.workflow_call?.outputs ?? {}))
    outputs[k] = toText(interpolate(v.value, { jobs: runs }));
  const result: JobResult = Object.values(runs).some((r) => r.result === 'failure') ? 'failure' : 'success';
  return { jobs: runs, outputs, result };
}

/** Link the tool into the workspace where the reusable workflows check it out. */
export function installTool(workspace: string): void {
  const link = join(workspace, '.rollback-ready-tool');
  if (!existsSync(link)) symlinkSync(ROOT, link);
}

/** The summary of what ran, for an assertion's message. */
export const transcript = (log: StepLog[]) =>
  log
    .map((l) => `--- ${l.workflow.replace(ROOT, '')}#${l.job} «${l.step}» exit ${l.code}\n${l.output}`)
    .join('\n');
