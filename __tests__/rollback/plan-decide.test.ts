import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../src/core/finding.js';
import type { MigrationSince } from '../../src/rollback/migrations-since.js';
import { decidePlan } from '../../src/rollback/plan-decide.js';
import type { PlanFacts } from '../../src/rollback/plan-decide.js';
import { DATA_NOTE } from '../../src/rollback/rules.js';

// The plan from plain facts: every verdict of `rollback plan` without git, a ledger or the parser.

const LIVE = { release: 'v1.3.0', sha: 'c'.repeat(40) };
const TARGET = { release: 'v1.2.0', sha: 'b'.repeat(40), earlier: true };

function facts(over: Partial<PlanFacts> = {}): PlanFacts {
  return {
    environment: 'production',
    from: LIVE,
    to: TARGET,
    sources: { from: 'tags', to: 'tags' },
    releaseBranch: { name: 'main', hasTarget: true },
    migrationsSince: [],
    allowSchemaRisk: '',
    ...over,
  };
}

const finding = (rule: string, over: Partial<Finding> = {}): Finding => ({
  gate: 'migrations',
  rule,
  severity: 'error',
  file: 'supabase/migrations/2_drop.sql',
  line: 1,
  message: `${rule} says so`,
  ...over,
});
const migration = (file: string, cls: MigrationSince['class'], findings: Finding[] = []): MigrationSince => ({
  file,
  class: cls,
  findings,
});
const rules = (plan: { findings: Finding[] }) => plan.findings.map((f) => `${f.severity} ${f.rule}`);

describe('decidePlan', () => {
  it('passes an expand-only history, naming both ends and the data note', () => {
    const plan = decidePlan(facts({ migrationsSince: [migration('m/1_add.sql', 'expand')] }));
    expect(plan).toEqual({
      environment: 'production',
      from: { release: 'v1.3.0', sha: LIVE.sha },
      to: { release: 'v1.2.0', sha: TARGET.sha },
      sources: { from: 'tags', to: 'tags' },
      migrationsSince: [migration('m/1_add.sql', 'expand')],
      findings: [],
      dataNote: DATA_NOTE,
    });
  });

  it('with no earlier release, blocks with rollback-no-target and plans from the live release to itself', () => {
    const { to: _none, ...rest } = facts();
    const plan = decidePlan({ ...rest, sources: { from: 'ledger', to: 'tags' } });
    expect(rules(plan)).toEqual(['error rollback-no-target']);
    expect(plan.findings[0]!.message).toBe('There is no release before v1.3.0 to roll back to.');
    expect(plan.to).toEqual({ release: 'v1.3.0', sha: LIVE.sha });
    expect(plan.from).toEqual(plan.to);
    expect(plan.sources).toEqual({ from: 'ledger', to: 'tags' });
    expect(plan.migrationsSince).toEqual([]);
  });

  it('blocks a target that is not earlier than the live release', () => {
    const plan = decidePlan(facts({ to: { ...TARGET, release: 'v1.4.0', earlier: false } }));
    expect(rules(plan)).toEqual(['error rollback-target-not-earlier']);
    expect(plan.findings[0]!.message).toContain(
      'The target v1.4.0 is not earlier than the live release v1.3.0',
    );
  });

  it('blocks a target off the release branch, naming its short commit and the branch', () => {
    const plan = decidePlan(facts({ releaseBranch: { name: 'release', hasTarget: false } }));
    expect(rules(plan)).toEqual(['error tag-off-release-branch']);
    expect(plan.findings[0]!.message).toBe(
      'The target v1.2.0 (bbbbbbb) is not on the release branch release; only released code is a rollback target.',
    );
  });

  it('fails closed when the release branch is not in this clone: release-branch-missing, not a pass and not "off the branch"', () => {
    const plan = decidePlan(facts({ releaseBranch: { missing: 'release/2.x' } }));
    expect(rules(plan)).toEqual(['error release-branch-missing']);
    expect(plan.findings[0]!.message).toBe(
      'Cannot check that the target v1.2.0 (bbbbbbb) is on the release branch: release/2.x is not in this clone.',
    );
    expect(plan.findings[0]!.help).toMatch(/fetch-depth: 0/);
  });

  it('says the ledger could not be read as a warning, after the schema findings and before the resolution errors', () => {
    const plan = decidePlan(
      facts({
        ledgerFailure: { why: 'GitHub answered 503', help: 'Retry later.' },
        to: { ...TARGET, earlier: false },
        releaseBranch: { name: 'main', hasTarget: false },
        migrationsSince: [migration('m/2_drop.sql', 'contract', [finding('ban-drop-column')])],
      }),
    );
    expect(rules(plan)).toEqual([
      'error rollback-schema-contract',
      'warning ledger-unavailable',
      'error rollback-target-not-earlier',
      'error tag-off-release-branch',
    ]);
    expect(plan.findings[1]).toEqual(
      expect.objectContaining({
        message:
          'The production deployment ledger could not be read: GitHub answered 503; release tags stood in for it.',
        help: 'Retry later. Or pass --from and --to explicitly.',
      }),
    );
  });

  it('keeps the ledger warning when there is no target at all', () => {
    const { to: _none, ...rest } = facts({ ledgerFailure: { why: 'no access', help: 'Grant it.' } });
    expect(rules(decidePlan(rest))).toEqual(['warning ledger-unavailable', 'error rollback-no-target']);
  });

  it('blocks on a contract migration since the target, citing what the migrations gate found', () => {
    const plan = decidePlan(
      facts({ migrationsSince: [migration('m/2_drop.sql', 'contract', [finding('ban-drop-column')])] }),
    );
    expect(plan.findings).toEqual([
      expect.objectContaining({
        rule: 'rollback-schema-contract',
        severity: 'error',
        file: 'm/2_drop.sql',
        line: 1,
        message: expect.stringContaining('ban-drop-column at line 1: ban-drop-column says so'),
      }),
    ]);
    expect(plan.schemaRisk).toBeUndefined();
  });

  it('accepts a contract migration with allow-schema-risk: a warning, and the reason and files recorded', () => {
    const plan = decidePlan(
      facts({
        allowSchemaRisk: 'old code never reads name',
        migrationsSince: [migration('m/2_drop.sql', 'contract', [finding('ban-drop-column')])],
      }),
    );
    expect(rules(plan)).toEqual(['warning rollback-schema-risk-accepted']);
    expect(plan.findings[0]!.message).toContain('"old code never reads name"');
    expect(plan.schemaRisk).toEqual({
      accepted: true,
      reason: 'old code never reads name',
      files: ['m/2_drop.sql'],
    });
  });

  it('blocks on a migration that could not be read, whatever else it says', () => {
    const unreadable = finding('unreadable-file', {
      message: 'Cannot classify this migration: the file contains NUL bytes.',
    });
    const plan = decidePlan(
      facts({
        allowSchemaRisk: 'accepted',
        migrationsSince: [migration('m/3_blob.sql', 'unknown', [unreadable])],
      }),
    );
    expect(rules(plan)).toEqual(['error rollback-migration-unreadable']);
    expect(plan.findings[0]!.message).toBe(
      'm/3_blob.sql was applied after v1.2.0 but was not judged: the file contains NUL bytes.',
    );
    expect(plan.schemaRisk).toBeUndefined(); // nothing contract was accepted: the unreadable file was not judged
  });

  it('warns about a migration that is neither expand nor contract', () => {
    const plan = decidePlan(
      facts({
        migrationsSince: [
          migration('m/4_update.sql', 'unknown', [finding('unbounded-data-change', { line: 2 })]),
        ],
      }),
    );
    expect(rules(plan)).toEqual(['warning rollback-schema-unknown']);
    expect(plan.findings[0]!.line).toBe(2);
  });

  it("returns its own copies of the sources, so a caller can mark the live end as the platform's", () => {
    const input = facts();
    const plan = decidePlan(input);
    plan.sources.from = 'platform';
    expect(input.sources.from).toBe('tags');
  });
});
