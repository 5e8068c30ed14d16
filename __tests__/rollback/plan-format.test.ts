import { describe, expect, it } from '@jest/globals';
import type { RollbackPlan } from '../../src/rollback/plan-decide.js';
import { planMarkdown, planSummary, planText } from '../../src/rollback/plan-format.js';
import { DATA_NOTE } from '../../src/rollback/rules.js';

// The plan in words, from a plan object alone (no git): what a person reads in a terminal or job log.

const plan = (over: Partial<RollbackPlan> = {}): RollbackPlan => ({
  environment: 'production',
  from: { release: 'v1.3.0', sha: '1234567890abcdef'.repeat(2) + '12345678' },
  to: { release: 'v1.2.0', sha: 'abcdef1234567890'.repeat(2) + 'abcdef12' },
  sources: { from: 'ledger', to: 'tags' },
  migrationsSince: [],
  findings: [],
  dataNote: DATA_NOTE,
  ...over,
});

describe('planText', () => {
  it('a plan that passes: both ends with short commits and sources, no migrations, the data note, the next step', () => {
    expect(planText(plan(), false)).toBe(
      [
        'Rollback plan for production',
        '  live:   v1.3.0 (1234567890ab, from the deployment ledger)',
        '  target: v1.2.0 (abcdef123456, from release tags)',
        '',
        'No migrations since v1.2.0.',
        '',
        DATA_NOTE,
        '',
        'Next: run the rollback workflow with tag v1.2.0 (Actions → rollback → Run workflow).',
        '',
      ].join('\n'),
    );
  });

  it('a blocked plan: findings first with where and what to do, the migrations by class, the accepted risk, no next step', () => {
    const text = planText(
      plan({
        sources: { from: 'platform', to: 'flag' },
        migrationsSince: [
          { file: 'm/1_add.sql', class: 'expand', findings: [] },
          { file: 'm/2_drop.sql', class: 'contract', findings: [] },
        ],
        findings: [
          {
            gate: 'rollback',
            rule: 'rollback-schema-contract',
            severity: 'error',
            file: 'm/2_drop.sql',
            line: 1,
            column: 1,
            message: 'it drops a column',
            help: 'roll forward',
          },
          { gate: 'rollback', rule: 'ledger-unavailable', severity: 'warning', message: 'no ledger' },
        ],
        schemaRisk: { accepted: true, reason: 'checked by hand', files: ['m/2_drop.sql'] },
      }),
      true,
      'vercel runs v1.3.0',
      'redeploys the recorded artifact: no build',
    );
    expect(text.split('\n')).toEqual([
      'Rollback plan for production — BLOCKED',
      '  live:   v1.3.0 (1234567890ab, what the platform runs)',
      '  target: v1.2.0 (abcdef123456, as given)',
      '  platform: vercel runs v1.3.0',
      '  deploy: redeploys the recorded artifact: no build',
      '',
      'error rollback-schema-contract at m/2_drop.sql:1:1: it drops a column',
      '  → roll forward',
      'warning ledger-unavailable: no ledger',
      '',
      'Migrations applied since v1.2.0:',
      '  expand   m/1_add.sql',
      '  contract m/2_drop.sql',
      '',
      'Schema risk accepted: checked by hand',
      '',
      DATA_NOTE,
      '',
    ]);
  });
});

describe('planSummary', () => {
  it('names the environment, both ends, how many migrations, and whether it is blocked', () => {
    const p = plan({ migrationsSince: [{ file: 'm/1.sql', class: 'expand', findings: [] }] });
    expect(planSummary(p, false)).toBe('production: v1.3.0 → v1.2.0; 1 migration(s) since the target');
    expect(planSummary(p, true)).toBe(
      'production: v1.3.0 → v1.2.0; 1 migration(s) since the target, blocked',
    );
  });
});

describe("planMarkdown (the rollback workflow's job summary)", () => {
  it('says live, target, the migrations since the target by class, what a rollback does not undo, and the next step', () => {
    const md = planMarkdown(
      plan({
        migrationsSince: [
          { file: 'm/1_add.sql', class: 'expand', findings: [] },
          { file: 'm/2_drop.sql', class: 'contract', findings: [] },
        ],
      }),
      false,
      'render runs v1.3.0',
      'redeploys the recorded image, no build',
    );
    expect(md.split('\n')).toEqual([
      '**Rollback plan for `production`**',
      '',
      '- Live: `v1.3.0` (`1234567890ab`, from the deployment ledger)',
      '- Target: `v1.2.0` (`abcdef123456`, from release tags)',
      '- Platform: render runs v1\\.3\\.0',
      '- Deploy: redeploys the recorded image, no build',
      '',
      '<details><summary>2 migration\\(s\\) applied since v1\\.2\\.0</summary>',
      '',
      '- `expand` `m/1_add.sql`',
      '- `contract` `m/2_drop.sql`',
      '',
      '</details>',
      '',
      expect.stringContaining('A rollback redeploys code only'),
      '',
      'Next: run the rollback workflow with tag `v1.2.0` (Actions → rollback → Run workflow).',
    ]);
    expect(planMarkdown(plan(), true)).not.toContain('Next:');
    expect(planMarkdown(plan(), true)).toContain('No migrations since v1\\.2\\.0\\.');
  });

  it('keeps a hostile migration path inside its code span: its backtick cannot close it, no mention', () => {
    const md = planMarkdown(
      plan({
        migrationsSince: [{ file: 'm/`</details><img src=x>@team.sql', class: 'unknown', findings: [] }],
      }),
      true,
    );
    // Inside a code span GitHub shows HTML as text; the backtick that would end the span is replaced.
    expect(md).toContain('- `unknown` `m/ˋ</details><img src=x>@\u200Bteam.sql`');
    expect(md.split('\n').filter((l) => l === '</details>')).toHaveLength(1);
  });
});
