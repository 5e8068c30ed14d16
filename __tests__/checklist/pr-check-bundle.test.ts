/**
 * The PR check as users run it: the bundled action spawned with a pull_request event against the fake
 * GitHub API. The report opens with the pre-release checklist in the job summary and in the one
 * sticky comment; a second run updates that comment in place.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync } from 'node:fs';
import type { Report } from '../../src/core/report.js';
import { startFakeGitHub } from '../helpers/fake-github/index.js';
import type { FakeGitHub } from '../helpers/fake-github/index.js';
import { runAction } from '../support/action.js';
import type { ActionRun } from '../support/action.js';
import { snapshotBundles } from '../support/bundles.js';
import type { BundleSnapshot } from '../support/bundles.js';
import { TempRepo } from '../support/git-repo.js';

const OWNER = 'octo-org';
const NAME = 'shop-app';
const REPOSITORY = `${OWNER}/${NAME}`;
const TOKEN = 'ghs_checklist0test0token0AbCdEf1234567890';
const MARKER = '<!-- rollback-ready:report -->';

const NOTE = [
  '### Release note',
  '',
  '- **Release ID:** v1.1.0',
  '- **Change:** a new checkout flow',
  '- **Watch:** checkout completion rate',
  '- **Rollback:** v1.0.0',
  '- **Owner:** @octocat',
  '- **Kill switch:** `new-checkout`',
  '',
].join('\n');

const GUARDED = [
  "import Stripe from 'stripe';",
  "import { isEnabled } from '../flags';",
  'const stripe = new Stripe(process.env.STRIPE_KEY!);',
  'export async function startCheckout(cartId: string) {',
  "  if (!(await isEnabled('new-checkout'))) return null;",
  '  return stripe.checkout.sessions.create({ mode: "payment", client_reference_id: cartId });',
  '}',
  '',
].join('\n');

let fake: FakeGitHub;
let bundles: BundleSnapshot;
let repo: TempRepo;
let baseSha: string;
let headSha: string;
const runs: ActionRun[] = [];

function event(number: number, headRepo = REPOSITORY): unknown {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      body: NOTE,
      base: { ref: 'main', sha: baseSha, repo: { full_name: REPOSITORY } },
      head: { ref: 'feature', sha: headSha, repo: { full_name: headRepo } },
    },
    repository: { full_name: REPOSITORY },
  };
}

async function check(number: number, headRepo?: string): Promise<ActionRun> {
  const run = await runAction({
    entry: bundles.action,
    workspace: repo.dir,
    repository: REPOSITORY,
    apiUrl: fake.url,
    event: event(number, headRepo),
    inputs: { 'github-token': TOKEN },
  });
  runs.push(run);
  return run;
}

function reportOf(run: ActionRun): Report {
  return JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as Report;
}

beforeAll(async () => {
  bundles = await snapshotBundles();
  fake = await startFakeGitHub({ token: TOKEN, owner: OWNER, repo: NAME });
  repo = new TempRepo('rr-prcheck-');
  repo
    .write('.github/rollback-ready.yml', 'checklist:\n  channel: "#shop-releases"\n')
    .write('.github/workflows/deploy.yml', 'name: deploy\non: workflow_dispatch\njobs: {}\n')
    .write('supabase/migrations/20260101000000_init.sql', 'create table orders (id bigint primary key, total int);\n')
    .write('flags.json', '{\n  "flags": {\n    "new-checkout": { "flagType": "boolean", "defaultValue": false }\n  }\n}\n')
    .write('src/app.ts', 'export const app = 1;\n');
  baseSha = repo.commit('launch');
  repo.tag('v1.0.0');
  repo.branch('feature');
  repo.write('src/payments/checkout.ts', GUARDED);
  repo.write('supabase/migrations/20260102000000_coupon.sql', 'alter table orders add column coupon text;\n');
  headSha = repo.commit('new checkout', '2026-01-02T00:00:00Z');

  const state = fake.state.repo(OWNER, NAME);
  state.addPull({ number: 11, head: { ref: 'feature', sha: headSha }, base: { ref: 'main', sha: baseSha } });
  const deployed = state.addDeployment({
    ref: 'v1.0.0',
    sha: baseSha,
    environment: 'production',
    payload: { releaseId: 'v1.0.0', kind: 'deploy', actor: 'octocat', migrations: [] },
    created_at: '2026-01-01T12:00:00Z',
  });
  state.addDeploymentStatus(deployed.id, { state: 'success', created_at: '2026-01-01T12:05:00Z' });
});

afterEach(() => {
  expect(fake.violations).toEqual([]);
  expect(fake.unhandled).toEqual([]);
});

afterAll(async () => {
  await fake?.close();
  bundles?.remove();
  repo?.remove();
  for (const run of runs) rmSync(run.runnerDir, { recursive: true, force: true });
});

describe('the PR check (bundled action, fake GitHub API)', () => {
  it('opens the summary and the sticky comment with the pre-release checklist, kill switch passing', async () => {
    const run = await check(11);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.status).toBe(0);
    const report = reportOf(run);
    expect(report.gates.find((g) => g.gate === 'kill-switch')).toMatchObject({ status: 'pass' });
    expect(report.checklist).toEqual([
      { id: 'live', title: 'What is live', status: 'ok', evidence: 'v1.0.0 on production since 2026-01-01 (deployment ledger)' },
      {
        id: 'known-good',
        title: 'Known-good release ready to redeploy',
        status: 'ok',
        evidence: `v1.0.0 at ${baseSha.slice(0, 7)} (last successful deployment); redeploys through .github/workflows/deploy.yml on main`,
      },
      expect.objectContaining({ id: 'database', status: 'ok', evidence: expect.stringMatching(/^migrations: .*expand-safe.*; not rehearsed/) }),
      { id: 'backup', title: 'Backup confidence', status: expect.any(String), evidence: expect.any(String) },
      { id: 'owner', title: 'One owner and one channel', status: 'ok', evidence: 'Owner @octocat · channel #shop-releases' },
    ]);

    const summaryChecklist = run.summary.indexOf('### Pre-release checklist');
    expect(summaryChecklist).toBeGreaterThan(0);
    expect(summaryChecklist).toBeLessThan(run.summary.indexOf('| Gate | Result | Summary |'));
    expect(run.summary).toContain('1. ✅ **What is live:** `v1.0.0` on production since 2026\\-01\\-01 \\(deployment ledger\\)');
    expect(run.summary).toContain('5. ✅ **One owner and one channel:** Owner @\u200Boctocat · channel \\#\u200Bshop\\-releases');
    expect(run.summary).toContain('| `kill-switch` | ✅ pass | payments in 1 file\\(s\\); kill switch new\\-checkout\\: declared off in flags\\.json');

    const comments = fake.state.repo(OWNER, NAME).commentsOn(11);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body!.startsWith(MARKER)).toBe(true);
    expect(comments[0]!.body).toContain('### Pre-release checklist');
    expect(comments[0]!.body).toContain('2. ✅ **Known-good release ready to redeploy:** `v1.0.0`');
  });

  it('updates the same comment when the pull request changes, now blocking on a kill switch that is not in the code', async () => {
    const before = { ...fake.state.repo(OWNER, NAME).commentsOn(11)[0]! };
    repo.write('src/payments/checkout.ts', GUARDED.replace("  if (!(await isEnabled('new-checkout'))) return null;\n", ''));
    headSha = repo.commit('drop the guard', '2026-01-03T00:00:00Z');

    const run = await check(11);
    expect(run.status).toBe(1);
    expect(reportOf(run).findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ gate: 'kill-switch', rule: 'kill-switch-not-in-code', severity: 'error' })]),
    );
    const after = fake.state.repo(OWNER, NAME).commentsOn(11);
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(before.id);
    expect(after[0]!.body).not.toBe(before.body);
    expect(after[0]!.body).toContain('### Pre-release checklist');
    expect(after[0]!.body).toContain('`kill-switch-not-in-code`');
    expect(fake.requestsFor('issues/create-comment')).toHaveLength(1);
    expect(fake.requestsFor('issues/update-comment')).toHaveLength(1);
  });

  it('on a fork (read-only token) still shows the checklist in the summary and writes nothing', async () => {
    fake.clearLogs();
    const run = await check(12, 'someone/shop-app');
    expect(run.summary).toContain('### Pre-release checklist');
    expect(run.stdout).toContain('pull request from a fork');
    expect(fake.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(fake.state.repo(OWNER, NAME).commentsOn(12)).toEqual([]);
  });
});
