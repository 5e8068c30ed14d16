import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { findCommand, COMMANDS } from '../commands/registry.js';
import { loadSettings } from '../config/resolve.js';
import { errorMessage, UsageError } from '../core/errors.js';
import type { Logger } from '../core/gate.js';
import type { Report } from '../core/report.js';
import { readPullRequestEvent } from '../github/event.js';
import type { PullRequestContext } from '../github/event.js';
import { actionGitHubAccess } from '../github/access.js';
import { createGitHubClient } from '../github/octokit.js';
import { octokitIssueComments, upsertStickyComment } from '../github/sticky-comment.js';
import { rememberEnvironmentSecrets, rememberSecret, redactSecrets } from '../core/redact.js';
import { planAnnotations } from '../report/annotations.js';
import { formatReport } from '../report/format.js';
import { COMMENT_MAX_BYTES } from '../report/markdown.js';
import { cleanText, safeOutput } from '../report/safe-text.js';
import { envInputReader, readActionInputs, splitPaths } from './inputs.js';
import { nameMissingObject } from '../git/missing-object.js';

/**
 * Every line the action writes to its log goes through here. core.info writes raw to stdout, where the
 * runner obeys `::command::` lines: safeOutput disarms them. core.warning/debug/setFailed escape line
 * breaks themselves; control characters and secrets are still ours to remove.
 */
const escaped = (message: string): string => redactSecrets(cleanText(message));
const log: Logger = {
  info: (m) => core.info(safeOutput(m)),
  warn: (m) => core.warning(escaped(m)),
  debug: (m) => core.debug(escaped(m)),
};

/** Secrets the runner should mask too (it only masks what it was told), and that our own output redacts. */
function maskSecret(value: string | undefined): void {
  if (!value) return;
  core.setSecret(value);
  rememberSecret(value);
  const password = URL.canParse(value) ? new URL(value).password : '';
  if (password) {
    core.setSecret(password);
    core.setSecret(decodeURIComponent(password));
  }
}

/** The action: inputs → Settings → command → outputs, annotations, summary, sticky comment, verdict. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const inputs = readActionInputs(envInputReader(env));
    const token = inputs['github-token'];
    maskSecret(token);
    // A database-url carries a password: never let it reach the log.
    maskSecret(inputs.overrides['database-url']);
    rememberEnvironmentSecrets(env);
    const [commandName, ...args] = inputs.command.trim().split(/\s+/);
    const command = findCommand(commandName ?? '');
    if (!command) {
      throw new UsageError(
        `input "command": unknown command "${inputs.command}"; allowed: ${COMMANDS.map((c) => c.name).join(', ')}`,
      );
    }
    const files = splitPaths(inputs.paths);
    const settings = await loadSettings({
      run: {
        cwd: env.GITHUB_WORKSPACE || process.cwd(),
        ...(inputs.base ? { base: inputs.base } : {}),
        head: inputs.head || 'HEAD',
        worktree: !inputs.head,
        format: inputs.format,
        failOn: inputs['fail-on'],
        ...(inputs.config ? { configFile: inputs.config } : {}),
        files,
      },
      overrides: inputs.overrides,
      surface: 'input',
    });
    // PGlite is not bundled into dist/ (it breaks when bundled), so the action does not offer it: say
    // so up front instead of failing half-way through a rehearsal.
    if (settings.config.rehearsal.engine === 'pglite') {
      throw new UsageError(
        `rehearsal.engine: pglite is not available in the action (PGlite is not bundled into dist/); use engine local (GitHub's ubuntu runners have PostgreSQL) or database-url, or run npx rollback-ready rehearse, where PGlite is installed`,
      );
    }
    const pullRequest = readPullRequestEvent(env.GITHUB_EVENT_PATH);
    const github = actionGitHubAccess(env, token);
    const {
      report,
      outputs,
      preamble: checklist,
    } = await (
      await command.load()
    ).run({
      settings,
      args: [...args, ...files],
      flags: {},
      ...(pullRequest ? { pullRequest } : {}),
      log,
      github,
      env,
    });

    core.info(safeOutput(formatReport(report, settings.run.format, { color: false })));
    const blocking = report.findings.filter(
      (f) => f.severity === 'error' || (settings.run.failOn === 'warning' && f.severity === 'warning'),
    );
    core.setOutput('verdict', report.verdict);
    core.setOutput('findings-count', String(report.findings.length));
    core.setOutput('report-json', writeReportFile(report, env));
    for (const [name, value] of Object.entries(outputs ?? {})) core.setOutput(name, value);
    // `check` reports the release note's ID and rollback target as report fields; expose them as outputs too.
    if (!outputs?.['release-id'] && typeof report.releaseId === 'string')
      core.setOutput('release-id', report.releaseId);
    if (!outputs?.['rollback-target'] && typeof report.rollbackTarget === 'string')
      core.setOutput('rollback-target', report.rollbackTarget);

    const omitted = emitAnnotations(report);
    await writeSummary(report, omitted, env, checklist);
    if (pullRequest && inputs.comment) await comment(report, pullRequest, token, env, checklist);

    if (report.verdict === 'block') {
      core.setFailed(
        `rollback-ready: ${blocking.length} blocking finding(s); see the job summary for what to change`,
      );
    }
  } catch (thrown) {
    const error = await nameMissingObject(thrown);
    const message = error instanceof UsageError ? error.message : `internal error: ${errorMessage(error)}`;
    core.setFailed(escaped(`rollback-ready: ${message}`));
  }
}

function writeReportFile(report: Report, env: NodeJS.ProcessEnv): string {
  const dir = mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), 'rollback-ready-'));
  const path = join(dir, 'report.json');
  writeFileSync(path, formatReport(report, 'json', { color: false }));
  return path;
}

function emitAnnotations(report: Report): number {
  const plan = planAnnotations(report.findings);
  for (const a of plan.annotations) {
    const props = {
      title: a.title,
      ...(a.file ? { file: a.file } : {}),
      ...(a.startLine ? { startLine: a.startLine, endLine: a.endLine } : {}),
      ...(a.startColumn ? { startColumn: a.startColumn } : {}),
    };
    if (a.level === 'error') core.error(a.message, props);
    else if (a.level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }
  return plan.omitted;
}

async function writeSummary(
  report: Report,
  omitted: number,
  env: NodeJS.ProcessEnv,
  checklist?: string,
): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) return;
  const note = omitted
    ? `GitHub shows ten annotations per level; ${omitted} more finding(s) are listed below.`
    : undefined;
  const preamble = [checklist, note].filter(Boolean).join('\n\n');
  const markdown = formatReport(report, 'markdown', {
    color: false,
    fullReport:
      'the JSON report (the report-json output of this step, or `npx rollback-ready check --format json`) has them all',
    ...(preamble ? { preamble } : {}),
  });
  await core.summary.addRaw(markdown, true).write();
}

/**
 * Where a comment cut for size sends its reader: the run's job summary (up to 1 MiB, against the
 * comment's 65,536 characters) and the JSON report. The link is built from the runner's own variables, checked to be a plain https URL.
 */
function fullReportPointer(env: NodeJS.ProcessEnv): string {
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const url = `${server}/${env.GITHUB_REPOSITORY ?? ''}/actions/runs/${env.GITHUB_RUN_ID ?? ''}`;
  const summary = /^https:\/\/[\w.-]+(?::\d+)?\/[\w.-]+\/[\w.-]+\/actions\/runs\/\d+$/.test(url)
    ? `[the job summary of this run](${url})`
    : 'the job summary of this run';
  return `${summary} lists the rest, and \`npx rollback-ready check --format json\` gives every finding`;
}

/** The sticky comment is a courtesy: failing to write it (fork token, outage) never changes the verdict. */
async function comment(
  report: Report,
  pr: PullRequestContext,
  token: string | undefined,
  env: NodeJS.ProcessEnv,
  checklist?: string,
): Promise<void> {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!token || !owner || !repo) {
    log.info('no token or repository: the report is in the job summary only');
    return;
  }
  if (pr.fromFork) {
    log.info(
      'pull request from a fork: its token is read-only, so the report is in the job summary and annotations only',
    );
    return;
  }
  try {
    const client = createGitHubClient({
      token,
      ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
      log,
    });
    const result = await upsertStickyComment(
      octokitIssueComments(client, owner, repo),
      pr.number,
      formatReport(report, 'markdown', {
        color: false,
        maxBytes: COMMENT_MAX_BYTES,
        fullReport: fullReportPointer(env),
        ...(checklist ? { preamble: checklist } : {}),
      }),
    );
    log.info(`pull request comment ${result.action} (id ${result.id})`);
  } catch (error) {
    log.warn(
      `could not write the pull request comment (${errorMessage(error).split('\n')[0]}); the report is in the job summary`,
    );
  }
}
