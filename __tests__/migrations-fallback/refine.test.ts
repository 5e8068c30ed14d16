import { describe, expect, it } from '@jest/globals';
import { refineContractHit } from '../../src/gates/migrations/fallback/refine.js';
import type { FallbackEvidence } from '../../src/gates/migrations/fallback/refine.js';
import { ensureParser } from '../../src/sql/parse.js';
import { parseMigration } from '../../src/gates/migrations/layouts/parse-migration.js';
import type { Rule, RuleContext } from '../../src/gates/migrations/rule.js';
import { droppedColumns } from '../../src/gates/migrations/rules/affected-objects.js';
import { RULES } from '../../src/gates/migrations/rules/index.js';
import { ChangeObjects } from '../../src/schema-model/change-objects.js';
import type { Expectation } from '../../src/schema-sources/expectation.js';

async function contextOf(sql: string): Promise<RuleContext> {
  await ensureParser();
  const file = {
    path: 'migrations/1_change.sql',
    layout: 'supabase' as const,
    direction: 'up' as const,
    version: '1',
  };
  const [statement] = parseMigration(file, sql).statements;
  return {
    statement: statement!,
    file,
    state: new ChangeObjects(),
    previous: [],
    following: [],
    inTransaction: true,
    transactionModel: 'per-file',
    pgVersion: 16,
    settings: new Map(),
  } as RuleContext;
}

const reads = (table: string, column?: string): Expectation => ({
  kind: 'reads',
  table,
  ...(column ? { column } : {}),
  detail: `model ${table}`,
  file: 'prisma/schema.prisma',
  line: 3,
  source: 'prisma',
});
const evidence = (expectations: Expectation[]): FallbackEvidence => ({
  release: 'v1.2.0',
  expectations,
  sourceFiles: ['prisma/schema.prisma'],
});
const hit = { message: 'Dropping column "email" of "users" breaks the previous release.' };
const DROP = 'ALTER TABLE users DROP COLUMN email;';

describe('the fallback review reads the objects a rule declares (Rule.affects)', () => {
  it('turns a hit of any rule that declares its objects into a notice when the fallback no longer uses them', async () => {
    const rule: Rule = {
      id: 'my-drop-rule',
      severity: 'error',
      class: 'contract',
      summary: 's',
      check: () => [],
      affects: droppedColumns,
    };
    const refined = refineContractHit(
      { rule, hit },
      await contextOf(DROP),
      evidence([reads('users', 'name')]),
    );
    expect(refined.hit.severity).toBe('notice');
    expect(refined.hit.message).toContain('no longer uses column "email" of "users"');
    expect(refined.hit.message).not.toContain('backup');
  });

  it('keeps the verdict of a rule that declares nothing, whatever its id', async () => {
    const dropColumn = RULES.find((r) => r.id === 'ban-drop-column')!;
    const rule: Rule = { ...dropColumn, affects: undefined };
    const entry = { rule, hit };
    expect(refineContractHit(entry, await contextOf(DROP), evidence([]))).toBe(entry);
  });

  it('keeps the verdict when the fallback still uses an affected object', async () => {
    const rule = RULES.find((r) => r.id === 'ban-drop-column')!;
    const entry = { rule, hit };
    expect(refineContractHit(entry, await contextOf(DROP), evidence([reads('users', 'email')]))).toBe(entry);
  });

  it('says to keep a backup when the rule declares that the statement deletes data', async () => {
    const rule = RULES.find((r) => r.id === 'ban-drop-column')!;
    const refined = refineContractHit({ rule, hit }, await contextOf(DROP), evidence([]));
    expect(refined.hit.message).toContain('keep a recent backup');
  });

  it('is declared by exactly the drop and rename rules whose only concern is use by the previous release', () => {
    expect(
      RULES.filter((r) => r.affects)
        .map((r) => r.id)
        .sort(),
    ).toEqual([
      'ban-drop-column',
      'ban-drop-not-null',
      'ban-drop-table',
      'renaming-column',
      'renaming-table',
    ]);
    expect(
      RULES.filter((r) => r.deletesData)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['ban-drop-column', 'ban-drop-table']);
  });
});
