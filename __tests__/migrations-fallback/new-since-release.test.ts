import { afterAll, describe, expect, it } from '@jest/globals';
import type { TempRepo } from '../support/git-repo.js';
import { newSinceReleaseRepo } from './new-since-release-repo.js';
import { runMigrationsGate } from './repos.js';

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.remove()));

describe('contract rules on a table created since the live release', () => {
  it('say the release never had it, keep only the lock, and do not make the statement contract', async () => {
    const repo = newSinceReleaseRepo();
    repos.push(repo);
    const outcome = await runMigrationsGate(repo);
    const at = (line: number) => outcome.findings.filter((f) => f.line === line && f.rule !== 'require-lock-timeout');
    const origin = 'created by prisma/migrations/20260201000000_post/migration.sql:1, a migration v1.0.0 did not include';
    for (const [line, rule, severity] of [
      [1, 'setting-not-null', 'warning'],
      [2, 'changing-column-type', 'warning'],
      [3, 'ban-drop-default', 'notice'],
      [4, 'ban-drop-constraint', 'notice'],
      [5, 'ban-drop-column', 'notice'],
    ] as const) {
      const [finding, ...more] = at(line);
      expect(more).toEqual([]);
      expect(finding).toMatchObject({ rule, severity, class: 'expand' });
      expect(finding!.message).toContain(`v1.0.0 never had`);
      expect(finding!.message).toContain(origin);
      expect(finding!.message).not.toMatch(/breaks the previous release|existing table/);
    }
    expect(at(1)[0]!.message).toContain('SET NOT NULL takes an ACCESS EXCLUSIVE lock and scans every row');
    // A table the release has keeps its verdict.
    expect(at(6)[0]).toMatchObject({ rule: 'setting-not-null', severity: 'error', class: 'contract' });
  });
});
