import { describe, expect, it } from '@jest/globals';
import { buildChecklist, checklistEntries, formatChecklist } from '../../src/checklist/build.js';
import type { ChecklistFacts } from '../../src/checklist/facts.js';
import type { Finding } from '../../src/core/finding.js';
import { buildReport } from '../../src/core/report.js';
import type { GateSummary } from '../../src/core/report.js';

const FACTS: ChecklistFacts = {
  environment: 'production',
  live: { releaseId: 'v1.2.0', source: 'deployments', since: '2026-02-02T11:00:00Z' },
  knownGood: { releaseId: 'v1.2.0', source: 'deployments', sha: 'abcdef1234567890', exists: true },
  defaultBranch: 'main',
  deployWorkflow: '.github/workflows/deploy.yml',
  owner: '@octocat',
  hasNote: true,
  channel: '#releases',
};

const PASSING: GateSummary[] = [
  { gate: 'migrations', status: 'pass', summary: 'supabase layout; 1 migration file(s) checked, all expand-safe; 0 blocking finding(s)' },
  { gate: 'rehearsal', status: 'skipped', summary: 'off (set rehearsal.enabled: true)' },
];

function lines(gates: GateSummary[], facts: Partial<ChecklistFacts> = {}, findings: Finding[] = [], extra: Record<string, unknown> = {}) {
  const report = buildReport(findings, gates, 'error', extra);
  return checklistEntries(buildChecklist(report, { ...FACTS, ...facts }));
}

function line(id: string, ...args: Parameters<typeof lines>) {
  return lines(...args).find((l) => l.id === id)!;
}

describe('pre-release checklist', () => {
  it('answers the five questions in order, all ✅ for a ready release', () => {
    const items = lines(PASSING, {}, [], {});
    expect(items.map((i) => [i.id, i.status])).toEqual([
      ['live', 'ok'],
      ['known-good', 'ok'],
      ['database', 'ok'],
      ['backup', 'n/a'],
      ['owner', 'ok'],
    ]);
    expect(items[0]!.evidence).toBe('v1.2.0 on production since 2026-02-02 (deployment ledger)');
    expect(items[1]!.evidence).toBe('v1.2.0 at abcdef1 (last successful deployment); redeploys through .github/workflows/deploy.yml on main');
    expect(items[2]!.evidence).toContain('not rehearsed (off');
    expect(items[3]!.evidence).toBe('no backup evidence configured');
    expect(items[4]!.evidence).toBe('Owner @octocat · channel #releases');
  });

  it.each<[string, Partial<ChecklistFacts>, string, string]>([
    ['from tags without a ledger', { live: { releaseId: 'v1.1.0', source: 'tags', since: '2026-01-19T14:00:00Z' }, ledgerProblem: 'no GitHub token' }, 'guess', 'v1.1.0 (a guess), the latest release tag (2026-01-19); no GitHub token, so nothing says what runs'],
    ['nothing released', { live: undefined }, 'n/a', 'nothing released yet: no production deployment and no release tag'],
    ['from the platform', { live: { releaseId: 'v1.2.0', source: 'platform' }, deployTarget: 'fly' }, 'ok', 'v1.2.0 on production (what fly runs now)'],
    [
      'an untagged deploy on the platform',
      { deployTarget: 'render', platform: { target: 'render', sha: 'c'.repeat(40), drift: true, line: '' } },
      'problem',
      'render runs commit cccccccccccc, which is no release tag (an untagged deploy); the ledger says v1.2.0',
    ],
    [
      'the ledger, with a platform that was not asked (no token in a PR check): a guess, never ✅',
      { deployTarget: 'vercel', platformNotAsked: 'deploy.target vercel needs a token' },
      'guess',
      "v1.2.0 (a guess: the ledger's last production deployment, 2026-02-02); vercel was not asked what runs (deploy.target vercel needs a token), so an auto-deploy would not show",
    ],
  ])('what is live: %s', (_name, facts, status, evidence) => {
    expect(line('live', PASSING, facts)).toMatchObject({ status, evidence });
  });

  it.each<[string, Partial<ChecklistFacts>, string, RegExp]>([
    ['no deploy workflow', { deployWorkflow: undefined }, 'problem', /but no deploy workflow in \.github\/workflows on main to redeploy it$/],
    ['not in the clone', { knownGood: { releaseId: 'v1.1.0', source: 'deployments', sha: 'f00', exists: false } }, 'problem', /is not in this clone; check out with fetch-depth: 0/],
    ['first release', { live: undefined, knownGood: undefined }, 'n/a', /^first release/],
    ['live but nothing known-good', { knownGood: undefined }, 'problem', /no earlier successful release/],
    ['a deploy.yml that still has placeholders is not ready', { deployWorkflowProblem: 'still has the placeholder <full-commit-sha>' }, 'problem', /deploy\.yml still has the placeholder <full-commit-sha>: it cannot redeploy yet/],
    ['a deploy target whose settings init left to paste is not ready', { deployTarget: 'render', deployConfigProblem: 'deploy.environments.production still has the placeholder service: srv-PASTE_SERVICE_ID' }, 'problem', /^v1\.2\.0 at abcdef1 \(last successful deployment\), but deploy\.environments\.production still has the placeholder service: srv-PASTE_SERVICE_ID: it cannot redeploy yet \(fill it in, see docs\/deploy-targets\/render\.md\)$/],
    [
      'a deploy target with the recorded artifact',
      { deployTarget: 'vercel', knownGood: { releaseId: 'v1.1.0', source: 'deployments', sha: 'abcdef1234', exists: true, artifact: { target: 'vercel', id: 'dpl_123' } } },
      'ok',
      /^v1\.1\.0 at abcdef1 \(last successful deployment\); redeploys dpl_123 on vercel, no build$/,
    ],
    ['a deploy target without a recorded artifact', { deployTarget: 'render' }, 'ok', /no artifact recorded for it, so a rollback deploys its commit through render \(a build\)$/],
  ])('known-good: %s', (_name, facts, status, evidence) => {
    const l = line('known-good', PASSING, facts);
    expect(l.status).toBe(status);
    expect(l.evidence).toMatch(evidence);
  });

  const blockingMigration: Finding = { gate: 'migrations', rule: 'ban-drop-column', severity: 'error', message: 'drop' };
  it.each<[string, GateSummary[], Finding[], string, RegExp]>([
    ['migrations block', [{ gate: 'migrations', status: 'fail', summary: 'x' }], [blockingMigration], 'problem', /^migrations: 1 blocking finding\(s\) — x$/],
    ['migrations block, counted by the gate', [{ gate: 'migrations', status: 'fail', summary: '1 blocking finding(s)' }], [blockingMigration], 'problem', /^migrations: 1 blocking finding\(s\)$/],
    ['rehearsal fails', [PASSING[0]!, { gate: 'rehearsal', status: 'fail', summary: 'migration failed' }], [], 'problem', /^rehearsal: 0 blocking/],
    ['rehearsed', [PASSING[0]!, { gate: 'rehearsal', status: 'pass', summary: '1 of 1 applied on PGlite' }], [], 'ok', /; rehearsal: 1 of 1 applied on PGlite$/],
    ['no migration', [{ gate: 'migrations', status: 'skipped', summary: 'no supabase migration changed' }], [], 'n/a', /^no database change: no supabase migration changed$/],
    ['gate absent', [], [], 'n/a', /did not run/],
  ])('database change safety: %s', (_name, gates, findings, status, evidence) => {
    const l = line('database', gates, {}, findings);
    expect(l.status).toBe(status);
    expect(l.evidence).toMatch(evidence);
  });

  it.each<[string, GateSummary[], Record<string, unknown>, string, string]>([
    ['passing with a restore', [{ gate: 'backup', status: 'pass', summary: 'dump 12 min old' }], { backup: { lastRestore: '2026-01-30T00:00:00Z' } }, 'ok', 'dump 12 min old; last proven restore 2026-01-30'],
    ['passing with a restore the backup gate recorded', [{ gate: 'backup', status: 'pass', summary: 'dump 5 min old' }], { backup: { ran: true, lastRestore: { at: '2026-01-29T08:00:00Z', deploymentId: 7 } } }, 'ok', 'dump 5 min old; last proven restore 2026-01-29'],
    ['passing without a restore', [{ gate: 'backup', status: 'pass', summary: 'dump 12 min old' }], {}, 'ok', 'dump 12 min old; no restore on record'],
    ['failing', [{ gate: 'backup', status: 'fail', summary: 'dump 3 days old' }], {}, 'problem', 'dump 3 days old'],
    ['skipped', [{ gate: 'backup', status: 'skipped', summary: 'not a production deploy' }], {}, 'n/a', 'not a production deploy'],
  ])('backup confidence: %s', (_name, gates, extra, status, evidence) => {
    expect(line('backup', gates, {}, [], extra)).toMatchObject({ status, evidence });
  });

  it.each<[string, Partial<ChecklistFacts>, string, string]>([
    ['no channel', { channel: undefined }, 'problem', 'Owner @octocat; no channel configured (checklist.channel)'],
    ['no owner', { owner: undefined }, 'problem', 'channel #releases; the release note names no Owner'],
    ['no note', { owner: undefined, hasNote: false, channel: undefined }, 'problem', 'no release note names an Owner; no channel configured (checklist.channel)'],
  ])('one owner and one channel: %s', (_name, facts, status, evidence) => {
    expect(line('owner', PASSING, facts)).toMatchObject({ status, evidence });
  });

  it('renders five numbered lines with icons, escaping every piece of user text', () => {
    const report = buildReport([], PASSING, 'error');
    const md = formatChecklist(
      buildChecklist(report, {
        ...FACTS,
        owner: '@everyone <img src=x onerror=alert(1)>',
        channel: '[click](https://evil.example) #1',
        knownGood: { releaseId: 'v1`.2', source: 'tags', sha: 'abcdef1234', exists: true },
      }),
    );
    const rows = md.split('\n');
    expect(rows[0]).toBe('### Pre-release checklist');
    expect(rows.slice(2).map((r) => r.slice(0, 6))).toEqual(['1. ✅ *', '2. ✅ *', '3. ✅ *', '4. ➖ *', '5. ✅ *']);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('@everyone');
    expect(md).not.toContain('](https://evil');
    expect(md).toContain('`v1ˋ.2`');
    expect(rows[6]).toMatch(/^5\. ✅ \*\*One owner and one channel:\*\* Owner @\u200Beveryone &lt;img/);
  });

  it('shows what is live from the latest tag as a guess (❔), never ✅', () => {
    const report = buildReport([], PASSING, 'error');
    const md = formatChecklist(buildChecklist(report, { ...FACTS, live: { releaseId: 'v1.1.0', source: 'tags' }, ledgerProblem: 'no GitHub token' }));
    expect(md.split('\n')[2]).toBe('1. ❔ **What is live:** `v1.1.0` \\(a guess\\), the latest release tag; no GitHub token, so nothing says what runs');
  });
});
