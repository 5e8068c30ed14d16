import { afterEach, describe, expect, it } from '@jest/globals';
import { gatherChecklistFacts } from '../../src/checklist/facts.js';
import { resolveSettings } from '../../src/config/settings.js';
import { silentLogger } from '../../src/core/gate.js';
import { GitCli } from '../../src/git/git.js';
import type { LedgerReader } from '../../src/github/ledger-read.js';
import { TempRepo } from '../support/git-repo.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
});

async function facts(
  files: Record<string, string>,
  options: {
    reader?: LedgerReader;
    body?: string;
    config?: string;
    askPlatform?: Parameters<typeof gatherChecklistFacts>[0]['askPlatform'];
  } = {},
) {
  const repo = new TempRepo('rr-facts-');
  repos.push(repo);
  for (const [path, content] of Object.entries(files)) repo.write(path, content);
  if (options.config) repo.write('.github/rollback-ready.yml', options.config);
  repo.commit('v1');
  repo.tag('v1.0.0');
  repo.write('src/a.ts', 'export const a = 2;\n');
  repo.commit('v2', '2026-01-05T00:00:00Z');
  repo.tag('v1.1.0');
  repo.branch('feature');
  const settings = resolveSettings({
    run: { cwd: repo.dir, head: 'HEAD', format: 'json', failOn: 'error', files: [] },
    overrides: {},
    surface: 'flag',
  });
  return gatherChecklistFacts({
    settings,
    git: await GitCli.open(repo.dir),
    log: silentLogger,
    ...(options.body !== undefined
      ? { pullRequest: { number: 1, body: options.body, fromFork: false } }
      : {}),
    ...(options.reader ? { reader: options.reader } : {}),
    ...(options.askPlatform ? { askPlatform: options.askPlatform } : {}),
  });
}

describe('checklist facts from a real repository', () => {
  it('a platform with an API that could not be asked (no token here) is said, so the ledger answer is a guess', async () => {
    const config = 'deploy:\n  target: render\n  environments:\n    production: { service: srv-abc }\n';
    const asked = await facts(
      {},
      {
        config,
        askPlatform: async () => ({
          target: 'render',
          drift: false,
          unavailable: 'deploy.target render needs a token',
          line: '',
        }),
      },
    );
    expect(asked.platformNotAsked).toBe('deploy.target render needs a token');
    expect((await facts({}, { config })).platformNotAsked).toBe('this run does not ask the platform');
    const script = 'deploy:\n  target: script\n  environments:\n    production: { command: ./deploy.sh }\n';
    expect((await facts({}, { config: script })).platformNotAsked).toBeUndefined();
  });

  it("in a monorepo, a deploy workflow named after another package is not the app's redeploy button", async () => {
    const monorepo = {
      'apps/web/package.json': '{ "name": "web" }\n',
      'apps/web/prisma/migrations/20260101000000_init/migration.sql': 'CREATE TABLE "User" ("id" TEXT);\n',
      'apps/image-proxy/package.json': '{ "name": "image-proxy" }\n',
      '.github/workflows/deploy-image-proxy.yml': 'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n',
    };
    // inbox-zero's shape: the only workflow named for deploying deploys apps/image-proxy.
    expect((await facts(monorepo)).deployWorkflow).toBeUndefined();
    // One that says what it deploys to production still counts; so does a deploy workflow for the web app.
    const ship = '.github/workflows/ship.yml';
    expect(
      (await facts({ ...monorepo, [ship]: 'jobs:\n  go:\n    environment: production\n' })).deployWorkflow,
    ).toBe(ship);
    const web = '.github/workflows/deploy-web.yml';
    expect((await facts({ ...monorepo, [web]: 'on: workflow_dispatch\n' })).deployWorkflow).toBe(web);
    // A caller of rollback-ready's own workflows is the button, before any other named for deploying.
    const ours = '.github/workflows/rollback.yml';
    const caller =
      'jobs:\n  rollback:\n    uses: rollback-ready/rollback-ready/.github/workflows/rollback.yml@0123456789abcdef0123456789abcdef01234567\n';
    expect(
      (await facts({ ...monorepo, [web]: 'on: workflow_dispatch\n', [ours]: caller })).deployWorkflow,
    ).toBe(ours);
    // deploy.yml itself comes first.
    expect(
      (await facts({ ...monorepo, [ours]: caller, '.github/workflows/deploy.yml': 'on: workflow_call\n' }))
        .deployWorkflow,
    ).toBe('.github/workflows/deploy.yml');
    // Beside a team's own deploy.yml, init's rollback-ready-deploy.yml is the one releases go through.
    const beside = '.github/workflows/rollback-ready-deploy.yml';
    expect(
      (
        await facts({
          ...monorepo,
          '.github/workflows/deploy.yml': 'on: push\n',
          [beside]: '# rollback-ready: deploy a release\non: workflow_call\n',
        })
      ).deployWorkflow,
    ).toBe(beside);
  });

  it('without a ledger: live and known-good from tags, the deploy workflow found by what it says, the Owner from the note', async () => {
    const f = await facts(
      {
        '.github/workflows/ship.yml': 'on: workflow_dispatch\njobs:\n  go:\n    environment: production\n',
        '.github/workflows/ci.yml': 'on: push\n',
      },
      { body: '- Owner: @maya\n', config: 'checklist:\n  channel: "#ops"\n' },
    );
    expect(f).toMatchObject({
      live: { releaseId: 'v1.1.0', source: 'tags' },
      knownGood: { releaseId: 'v1.1.0', source: 'tags', exists: true },
      ledgerProblem: 'no GitHub token',
      defaultBranch: 'main',
      deployWorkflow: '.github/workflows/ship.yml',
      owner: '@maya',
      hasNote: true,
      channel: '#ops',
    });
  });

  it('with a ledger: what is live and the known-good release come from deployments (a rolled-back release is not known-good)', async () => {
    const reader: LedgerReader = {
      listDeployments: async () => [
        {
          id: 3,
          ref: 'v0.9.0',
          sha: 'f'.repeat(40),
          createdAt: '2026-01-06T00:00:00Z',
          payload: { releaseId: 'v0.9.0', kind: 'rollback', rolledBackFrom: 'v1.1.0' },
        },
        {
          id: 2,
          ref: 'v1.1.0',
          sha: 'e'.repeat(40),
          createdAt: '2026-01-05T00:00:00Z',
          payload: { releaseId: 'v1.1.0', kind: 'deploy' },
        },
      ],
      listStatuses: async () => ['success'],
    };
    const f = await facts(
      { '.github/workflows/deploy.yml': 'on: push\n' },
      { reader, body: '- Owner: TODO\n' },
    );
    expect(f.live).toEqual({ releaseId: 'v0.9.0', source: 'deployments', since: '2026-01-06T00:00:00Z' });
    // Neither the ledger's SHA nor a v0.9.0 tag is in this clone: the item must say so rather than claim it is ready.
    expect(f.knownGood).toEqual({
      releaseId: 'v0.9.0',
      source: 'deployments',
      sha: 'f'.repeat(40),
      exists: false,
    });
    expect(f.ledgerProblem).toBeUndefined();
    expect(f.deployWorkflow).toBe('.github/workflows/deploy.yml');
    expect(f.owner).toBeUndefined();
    expect(f.hasNote).toBe(true);
  });

  it('says the ledger could not be read and falls back to tags', async () => {
    const reader: LedgerReader = {
      listDeployments: async () => {
        throw new Error('Resource not accessible by integration');
      },
      listStatuses: async () => [],
    };
    const f = await facts({}, { reader });
    expect(f.ledgerProblem).toBe(
      'the deployment ledger could not be read: Resource not accessible by integration',
    );
    expect(f.live).toMatchObject({ releaseId: 'v1.1.0', source: 'tags' });
    expect(f.deployWorkflow).toBeUndefined();
    expect(f.hasNote).toBe(false);
  });

  it.each<[string, Record<string, string>, string | undefined]>([
    [
      'the template with its placeholders',
      {
        '.github/workflows/deploy.yml':
          'jobs:\n  a:\n    uses: rollback-ready/rollback-ready/.github/workflows/deploy-record.yml@<full-commit-sha> # v0.1.0\n',
      },
      'still has the placeholder <full-commit-sha>',
    ],
    [
      'a script that is not there',
      { '.github/workflows/deploy.yml': 'jobs:\n  a:\n    steps:\n      - run: ./scripts/deploy.sh "$X"\n' },
      'runs ./scripts/deploy.sh, which is not in the repository',
    ],
    [
      'a script that is there',
      {
        '.github/workflows/deploy.yml': 'jobs:\n  a:\n    steps:\n      - run: ./scripts/deploy.sh\n',
        'scripts/deploy.sh': 'echo hi\n',
      },
      undefined,
    ],
  ])('a deploy workflow is not a working button when it has %s', async (_name, files, problem) => {
    const f = await facts(files);
    expect(f.deployWorkflow).toBe('.github/workflows/deploy.yml');
    expect(f.deployWorkflowProblem).toBe(problem);
  });

  it.each<[string, string, Record<string, string>, string | undefined]>([
    [
      'a placeholder init left to paste',
      '    production: { service: srv-PASTE_SERVICE_ID }\n',
      {},
      'deploy.environments.production still has the placeholder service: srv-PASTE_SERVICE_ID',
    ],
    [
      'a command running a script that is not there',
      '    production: { image: "ghcr.io/acme/app:{tag}", command: ./scripts/deploy-image.sh }\n',
      {},
      'deploy.environments.production runs ./scripts/deploy-image.sh (command), which is not in the repository',
    ],
    [
      'a command running a script that is there',
      '    production: { image: "ghcr.io/acme/app:{tag}", command: ./scripts/deploy-image.sh }\n',
      { 'scripts/deploy-image.sh': 'echo hi\n' },
      undefined,
    ],
  ])('a deploy target is not a working button with %s', async (_name, production, files, problem) => {
    const target = production.includes('service') ? 'render' : 'container';
    const f = await facts(files, { config: `deploy:\n  target: ${target}\n  environments:\n${production}` });
    expect(f.deployTarget).toBe(target);
    expect(f.deployConfigProblem).toBe(problem);
  });
});
