import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_CANDIDATES } from '../config/locate.js';
import { writablePathInsideRepo } from '../git/inside-repo.js';
import { layoutById } from '../gates/migrations/layouts.js';
import { NOTE_END, NOTE_START } from '../gates/notes/parse-note.js';
import { noteTemplate } from '../gates/notes/template.js';
import { TOOL_NAME } from '../core/tool.js';
import type { Detected } from './detect.js';
import { deployConfigText } from './platform.js';
import { pinWorkflow } from './tool-pin.js';

/**
 * What init does to one file. `kept`: it exists and differs, and --force was not given. `skipped`: a
 * workflow not written because init does not know the rollback-ready commit to pin it to (GitHub
 * rejects a `uses:` with a placeholder as an invalid workflow, on every event that would run it).
 */
export type FileAction = 'created' | 'appended' | 'overwritten' | 'unchanged' | 'kept' | 'skipped';

export interface PlannedFile {
  /** Relative to the repository root, forward slashes. */
  path: string;
  action: FileAction;
  /** Full new content, for the actions that write. */
  content?: string;
  /** Why, in a few words, for the summary. */
  note: string;
  /**
   * A file at init's path that init did not write (a team's own deploy or release workflow): kept even
   * with --force, and the note says how to connect it instead.
   */
  foreign?: boolean;
}

/** GitHub reads the pull request template from any of these; the first that exists is extended. */
export const PR_TEMPLATE_CANDIDATES = [
  '.github/pull_request_template.md',
  '.github/PULL_REQUEST_TEMPLATE.md',
  'pull_request_template.md',
  'PULL_REQUEST_TEMPLATE.md',
  'docs/pull_request_template.md',
  'docs/PULL_REQUEST_TEMPLATE.md',
];

/** The installed package's root (holding package.json and workflows/), from this file or the bundle. */
export function packageRoot(start: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (let i = 0; i < 8; i++) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === TOOL_NAME) return dir;
      } catch {
        // not ours: keep looking
      }
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`cannot find the ${TOOL_NAME} package (looked above ${start})`);
}

/** `.github/rollback-ready.yml` with what was detected and the defaults worth seeing. */
export function configText(detected: Detected): string {
  const layout = detected.layouts.length === 1 ? detected.layouts[0]! : 'auto';
  const found = detected.layouts.length
    ? `detected: ${detected.layouts.map((l) => layoutById(l).name).join(', ')} (${detected.migrationFiles} file(s))`
    : 'no migration files found yet; auto finds them when they appear';
  const scheme =
    detected.scheme === 'calver'
      ? [
          "  scheme: calver                # prod-2026-07-31.1: UTC date, then the day's counter",
          '  format: prod-YYYY-MM-DD.N',
        ]
      : [
          `  scheme: semver                # ${detected.prefix ?? 'v'}1.4.2 (or calver: prod-YYYY-MM-DD.N, or pattern)`,
          `  prefix: ${yamlPrefix(detected.prefix ?? 'v').padEnd(22)}# releases are compared within this tag family only`,
        ];
  return [
    `# ${TOOL_NAME}: every release that reaches production can be rolled back calmly.`,
    '# Every key is optional; unknown keys are errors. Docs: https://github.com/rollback-ready/rollback-ready#configuration',
    '',
    'migrations:',
    `  layout: ${layout.padEnd(22)}# ${found}`,
    '  pg-version: 15                # your production Postgres major version',
    '',
    'tagging:',
    ...scheme,
    `  release-branch: ${(detected.defaultBranch ?? 'main').padEnd(14)}# releases are tagged on this branch`,
    requireAnnotatedLine(detected),
    '  bump: auto                    # tag next: feat → minor, ! or BREAKING CHANGE → major, else patch',
    '',
    'notes:',
    '  source: pr-body               # the release note lives in the pull request description',
    '  environment: production       # deployments of this environment say what the known-good release is',
    '  required-on: release-branch   # a note on pull requests to the release branch; docs- or CI-only ones never need one',
    '',
    deployConfigText(detected.platform),
  ].join('\n');
}

/**
 * Annotated tags are required only when the team already makes them (or has no release tags yet: the
 * release workflow makes annotated ones). Requiring them over a history of lightweight tags would fail
 * every `tag verify` of a team that tags with `git tag NAME` or GitHub's release page.
 */
export function requireAnnotatedLine(detected: Pick<Detected, 'tagTypes'>): string {
  const types = detected.tagTypes;
  if (!types) return '  require-annotated: true       # the release workflow creates annotated tags';
  if (types.newest.annotated)
    return `  require-annotated: true       # your release tags are annotated (${types.annotated} of ${types.annotated + types.lightweight})`;
  return [
    `  require-annotated: false      # your release tags are lightweight (${types.lightweight} of ${types.annotated + types.lightweight}, newest ${types.newest.name});`,
    '                                # set true once releases go through the release workflow (it creates annotated tags)',
  ].join('\n');
}

/** A prefix as a YAML scalar: quoted when plain YAML would misread it (empty, or starting with @ or .). */
function yamlPrefix(prefix: string): string {
  return /^[A-Za-z][A-Za-z0-9._/@-]*$/.test(prefix) ? prefix : `'${prefix}'`;
}

/** The current content of a file init may write; a symlink or a path out of the repository is exit 2. */
function fileContent(root: string, path: string): string | undefined {
  const full = writablePathInsideRepo(root, path);
  return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
}

function planWhole(root: string, path: string, content: string, force: boolean, what: string): PlannedFile {
  const existing = fileContent(root, path);
  if (existing === undefined) return { path, action: 'created', content, note: what };
  if (existing === content) return { path, action: 'unchanged', note: `${what}, already up to date` };
  if (force) return { path, action: 'overwritten', content, note: what };
  return { path, action: 'kept', note: 'exists and differs; re-run with --force to overwrite it' };
}

/** Replace the marked note section, or append one; never touch the rest of the template. */
function planPullRequestTemplate(root: string, force: boolean): PlannedFile {
  const section = noteTemplate();
  const path = PR_TEMPLATE_CANDIDATES.find((p) => existsSync(join(root, p))) ?? PR_TEMPLATE_CANDIDATES[0]!;
  const existing = fileContent(root, path);
  if (existing === undefined) {
    return {
      path,
      action: 'created',
      content: `## What changes and why\n\n…\n\n${section}`,
      note: 'with the release-note section',
    };
  }
  const start = existing.indexOf(NOTE_START);
  if (start >= 0) {
    const endAt = existing.indexOf(NOTE_END, start);
    const end = endAt >= 0 ? endAt + NOTE_END.length : existing.length;
    const current = existing.slice(start, end);
    if (current.trimEnd() === section.trimEnd())
      return { path, action: 'unchanged', note: 'already has the release-note section' };
    if (!force)
      return {
        path,
        action: 'kept',
        note: 'has an edited release-note section; re-run with --force to replace it',
      };
    const after = existing.slice(end).replace(/^\r?\n/, '');
    return {
      path,
      action: 'overwritten',
      content: `${existing.slice(0, start)}${section}${after}`,
      note: 'release-note section replaced',
    };
  }
  const separator = existing.endsWith('\n\n') ? '' : existing.endsWith('\n') ? '\n' : '\n\n';
  return {
    path,
    action: 'appended',
    content: `${existing}${separator}${section}`,
    note: 'release-note section added at the end',
  };
}

/** The caller workflows users copy, as shipped in the package's workflows/ folder. */
export function callerWorkflows(packageDir: string): { name: string; content: string }[] {
  const dir = join(packageDir, 'workflows');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((name) => ({ name, content: readFileSync(join(dir, name), 'utf8') }));
}

/** Where init writes its deploy workflow when the team's own deploy.yml is at the usual path. */
export const OUR_DEPLOY_ALONGSIDE = 'rollback-ready-deploy.yml';
const LOCAL_DEPLOY_CALL = /(uses:\s*\.\/\.github\/workflows\/)deploy\.yml\b/g;

export function planInit(options: {
  root: string;
  detected: Detected;
  force: boolean;
  workflows: { name: string; content: string }[];
  /** The rollback-ready commit every `uses:` is pinned to; without it no workflow is written. */
  toolSha?: string;
}): PlannedFile[] {
  const { root, force, toolSha } = options;
  const configPath = CONFIG_CANDIDATES.find((p) => existsSync(join(root, p))) ?? CONFIG_CANDIDATES[0]!;
  const plan: PlannedFile[] = [
    planWhole(
      root,
      configPath,
      configText(options.detected),
      force,
      'config with the detected layout and defaults',
    ),
    planPullRequestTemplate(root, force),
  ];
  // The release workflow calls ./.github/workflows/deploy.yml as a reusable workflow. When that path
  // holds the team's own deploy (no workflow_call with our inputs), ours goes beside it under another
  // name and the release workflow calls that one: never a release.yml that calls a workflow GitHub
  // refuses to call.
  const theirDeploy = options.workflows.some((wf) => wf.name === 'deploy.yml' && isForeign(root, wf));
  for (const wf of options.workflows) {
    const path = `.github/workflows/${wf.name}`;
    if (isForeign(root, wf)) {
      plan.push({ path, action: 'kept', note: connectExisting(wf.name), foreign: true });
      if (wf.name !== 'deploy.yml') continue;
    }
    const name = wf.name === 'deploy.yml' && theirDeploy ? OUR_DEPLOY_ALONGSIDE : wf.name;
    const target = `.github/workflows/${name}`;
    if (toolSha === undefined) {
      plan.push({
        path: target,
        action: 'skipped',
        note: 'not written: no rollback-ready commit to pin it to',
      });
      continue;
    }
    const content = theirDeploy
      ? wf.content.replace(LOCAL_DEPLOY_CALL, `$1${OUR_DEPLOY_ALONGSIDE}`)
      : wf.content;
    const what =
      name === OUR_DEPLOY_ALONGSIDE
        ? `rollback-ready's deploy workflow, beside your deploy.yml; release.yml calls this one`
        : 'caller workflow';
    plan.push(planWhole(root, target, pinWorkflow(content, toolSha), force, what));
  }
  return plan;
}

/** A workflow init did not write, at the path init would write: the team's own, never replaced. */
function isForeign(root: string, wf: { name: string; content: string }): boolean {
  const existing = fileContent(root, `.github/workflows/${wf.name}`);
  return existing !== undefined && existing !== wf.content && !writtenByInit(existing);
}

/** Our caller workflows open with `# rollback-ready: <what it is>`; a file without it is not init's. */
export function writtenByInit(content: string): boolean {
  return /^# rollback-ready: /.test(content.replace(/^\uFEFF/, ''));
}

const CONNECT_EXISTING_DEPLOY = `your own deploy workflow is kept, and rollback-ready's is written beside it as ${OUR_DEPLOY_ALONGSIDE}, which release.yml calls. Choose one: deploy through deploy.target in .github/rollback-ready.yml (release.yml then deploys and records the artifact, rollback.yml redeploys it) and turn off your deploy.yml's own triggers so a release does not deploy twice; or keep deploying with yours, delete the deploy job of release.yml and ${OUR_DEPLOY_ALONGSIDE}, and record each deploy by calling deploy-record.yml (phase start before your deploy job, phase finish after it; see docs/deploy-targets/existing-workflow.md)`;

const CONNECT_EXISTING_RELEASE =
  "your own release workflow is kept. Connect it: have it run `npx rollback-ready notes check` (the release note) before it tags and `npx rollback-ready tag verify <tag>` on the tag it creates (or the action with command: notes check / tag verify), tagging with the scheme in .github/rollback-ready.yml; or release with rollback-ready's instead: copy workflows/release.yml from the rollback-ready package to .github/workflows/rollback-ready-release.yml and stop tagging production from yours (see docs/release-notes.md, The release workflow)";

/** How to connect a workflow of the team's own that sits where init would write one. */
export function connectExisting(name: string): string {
  if (name === 'deploy.yml') return CONNECT_EXISTING_DEPLOY;
  if (name === 'release.yml') return CONNECT_EXISTING_RELEASE;
  const base = name.replace(/\.ya?ml$/, '');
  return `your own ${name} is kept (init did not write it). Add rollback-ready's next to it under another name: copy workflows/${name} from the rollback-ready package to .github/workflows/rollback-ready-${base}.yml`;
}

export function applyPlan(root: string, plan: readonly PlannedFile[]): void {
  for (const file of plan) {
    if (file.content === undefined || file.action === 'kept' || file.action === 'unchanged') continue;
    // Checked again at write time: never write through a symlink, nor into a folder that leads out.
    const full = writablePathInsideRepo(root, file.path);
    mkdirSync(dirname(full), { recursive: true });
    writablePathInsideRepo(root, file.path);
    writeFileSync(full, file.content, { flag: file.action === 'created' ? 'wx' : 'w' });
  }
}
