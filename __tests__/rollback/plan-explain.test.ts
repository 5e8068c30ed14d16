import { afterEach, describe, expect, it } from '@jest/globals';
import type { TempRepo } from '../support/git-repo.js';
import { lockAndDropHistory, M, MOVED, movedFolderHistory } from './explain-repos.js';
import { cli } from './support.js';
import type { PlanJson } from './support.js';

const repos: TempRepo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.remove()));
const track = (repo: TempRepo) => (repos.push(repo), repo);

type Finding = { rule: string; severity: string; file?: string; line?: number; message: string };
type Plan = Omit<PlanJson, 'findings'> & { findings: Finding[] };

async function plan(repo: TempRepo, to: string, format = 'json') {
  const run = await cli(['rollback', 'plan', '--to', to, '--from', 'v1.2.0', '--format', format], repo.dir);
  expect(run.stderr).not.toContain('internal error');
  return run;
}

/** Every finding the JSON carries, top-level and on each migration. */
function jsonFindings(json: Plan): Finding[] {
  return [...json.findings, ...json.migrationsSince.flatMap((m) => m.findings as Finding[])];
}

describe('rollback plan explains itself', () => {
  it("leads with why the target cannot run on today's schema: the fallback findings first", async () => {
    const repo = track(lockAndDropHistory());
    const run = await plan(repo, 'v1.0.0');
    const json = JSON.parse(run.stdout) as Plan;
    expect(run.code).toBe(1);
    expect(json.findings[0]).toMatchObject({
      rule: 'fallback-reads-missing-column',
      severity: 'error',
      file: `${M}/20260103000000_drop_email/migration.sql`,
    });
    // One finding per root cause: the drop is explained by the target's own code, not again as a contract.
    expect(json.findings.filter((f) => f.rule === 'rollback-schema-contract')).toEqual([]);
    expect(json.findings.map((f) => f.rule)).toContain('fallback-unknown-enum-value');
    const text = (await plan(repo, 'v1.0.0', 'text')).stdout;
    expect(text.indexOf('fallback-reads-missing-column')).toBeLessThan(
      text.indexOf('Migrations applied since'),
    );
  });

  it('lock rules are not reasons to refuse: a drop the target no longer uses passes next to a blocking index rule', async () => {
    const repo = track(lockAndDropHistory());
    const run = await plan(repo, 'v1.1.0');
    const json = JSON.parse(run.stdout) as Plan;
    expect(json.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const rules = jsonFindings(json).map((f) => f.rule);
    for (const lock of ['require-concurrent-index-creation', 'require-lock-timeout', 'unused-ignore'])
      expect(rules).not.toContain(lock);
    const drop = json.migrationsSince.find((m) => m.file.includes('drop_email'));
    expect(drop?.class).toBe('expand');
    expect(drop?.findings).toEqual([
      expect.objectContaining({
        rule: 'ban-drop-column',
        severity: 'notice',
        message: expect.stringMatching(/^Safe: v1\.1\.0 no longer uses/),
      }),
    ]);
    // The enum value is still a warning the plan shows: v1.1.0 does not know OWNER.
    expect(json.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'fallback-unknown-enum-value', severity: 'warning' }),
      ]),
    );
    expect(run.code).toBe(0);
  });

  it.each(['v1.0.0', 'v1.1.0'])(
    'to %s: everything the JSON says is in the text and the Markdown',
    async (to) => {
      const repo = track(lockAndDropHistory());
      const json = JSON.parse((await plan(repo, to)).stdout) as Plan;
      const text = (await plan(repo, to, 'text')).stdout;
      // Markdown escapes punctuation; compare what it renders.
      const markdown = (await plan(repo, to, 'markdown')).stdout.replace(/\\(.)/g, '$1');
      const said = jsonFindings(json);
      expect(said.length).toBeGreaterThan(1);
      for (const f of said) {
        for (const [format, out] of [
          ['text', text],
          ['markdown', markdown],
        ] as const) {
          expect(`${format}: ${out.includes(f.rule) && (!f.file || out.includes(f.file))}`).toBe(
            `${format}: true`,
          );
        }
      }
      expect(text).toContain("value 'OWNER'");
      expect(markdown).toContain("value 'OWNER'");
    },
  );
});

describe('a migrations folder moved between releases', () => {
  it('is the same migrations, not new ones: only the migration added since is listed', async () => {
    const repo = track(movedFolderHistory(false));
    const run = await cli(
      ['rollback', 'plan', '--to', 'v1.0.0', '--from', 'v1.1.0', '--format', 'json'],
      repo.dir,
    );
    const json = JSON.parse(run.stdout) as Plan;
    expect(json.migrationsSince.map((m) => m.file)).toEqual([`${MOVED}/20260102000000_next/migration.sql`]);
    expect(run.code).toBe(0);
  });

  it('still blocks a drop of a column the target had: the moved migration that created it ran before the target', async () => {
    const repo = track(movedFolderHistory(true));
    const run = await cli(
      ['rollback', 'plan', '--to', 'v1.0.0', '--from', 'v1.1.0', '--format', 'json'],
      repo.dir,
    );
    const json = JSON.parse(run.stdout) as Plan;
    expect(json.migrationsSince.map((m) => m.file)).toEqual([`${MOVED}/20260102000000_next/migration.sql`]);
    expect(json.findings[0]).toMatchObject({ rule: 'rollback-schema-contract', severity: 'error' });
    expect(json.findings[0]?.message).toContain('ban-drop-column');
    expect(jsonFindings(json).some((f) => /never had/.test(f.message))).toBe(false);
    expect(run.code).toBe(1);
  });
});
