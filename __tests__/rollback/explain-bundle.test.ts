import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Report } from '../../src/core/report.js';
import { snapshotBundles } from '../support/bundles.js';
import type { BundleSnapshot } from '../support/bundles.js';
import type { TempRepo } from '../support/git-repo.js';
import { M as PRISMA, RENAME_SLUG, unreleasedTableRepo } from '../migrations-fallback/since-release-repos.js';
import { lockAndDropHistory, MOVED, movedFolderHistory } from './explain-repos.js';

/**
 * Explanations that agree with themselves and with the evidence, through the built CLI on real temp
 * git repositories: `lint` on a pull request branch, `rollback plan` across releases.
 */

let bundles: BundleSnapshot;
const repos: TempRepo[] = [];
const track = (repo: TempRepo) => (repos.push(repo), repo);

// dist/ may be mid-rebuild by a concurrent `npm run build`: snapshotBundles waits up to two minutes for it.
beforeAll(async () => {
  bundles = await snapshotBundles();
}, 180_000);
afterAll(() => {
  repos.forEach((r) => r.remove());
  bundles?.remove();
});

type Finding = Report['findings'][number];
interface PlanReport extends Report {
  migrationsSince: { file: string; class: string; findings: Finding[] }[];
}

function run(args: string[], repo: TempRepo) {
  const result = bundles.runCli(args, repo.dir);
  expect(result.stderr).not.toContain('internal error');
  return result;
}

describe('lint: "breaks the previous release" only when that release has the object', () => {
  it('a table merged after the release, renamed by Prisma as DROP + ADD: a notice that it never had it, no rename error', () => {
    const repo = track(
      unreleasedTableRepo({ [`${PRISMA}/20260103000000_alter/migration.sql`]: RENAME_SLUG }),
    );
    const result = run(['lint', '--base', 'main', '--format', 'json'], repo);
    const report = JSON.parse(result.stdout) as Report;
    expect(result.status).toBe(0);
    // The lock warning is about the deploy; what matters here is that nothing claims the release breaks.
    const about = report.findings.filter((f) => f.rule !== 'require-lock-timeout');
    expect(about.map((f) => [f.rule, f.severity, f.class])).toEqual([
      ['ban-drop-column', 'notice', 'expand'],
    ]);
    expect(about[0]?.message).toContain('Safe: v1.0.0 never had column "slug" of "Team"');
    expect(report.gates[0]?.summary).toContain('all expand-safe');
  });

  it('a file of class unknown is never "expand-safe"', () => {
    const repo = track(
      unreleasedTableRepo({
        [`${PRISMA}/20260103000000_backfill/migration.sql`]: 'UPDATE "users" SET "email" = lower("email");\n',
      }),
    );
    const result = run(['lint', '--base', 'main'], repo);
    expect(result.stdout).not.toContain('expand-safe');
    expect(result.stdout).toContain('1 not classified as expand or contract');
  });
});

describe('rollback plan', () => {
  it('leads with the fallback findings, and the text and Markdown say everything the JSON says', () => {
    const repo = track(lockAndDropHistory());
    const args = ['rollback', 'plan', '--to', 'v1.0.0', '--from', 'v1.2.0', '--format'];
    const json = run([...args, 'json'], repo);
    const plan = JSON.parse(json.stdout) as PlanReport;
    expect(json.status).toBe(1);
    expect(plan.findings[0]?.rule).toBe('fallback-reads-missing-column');
    const text = run([...args, 'text'], repo).stdout;
    const markdown = run([...args, 'markdown'], repo).stdout.replace(/\\(.)/g, '$1');
    const said = [...plan.findings, ...plan.migrationsSince.flatMap((m) => m.findings)];
    const missing = (out: string) =>
      said.filter((f) => !out.includes(f.rule) || (f.file && !out.includes(f.file)));
    expect(missing(text)).toEqual([]);
    expect(missing(markdown)).toEqual([]);
    expect(text).toContain('fallback-unknown-enum-value');
    // The job summary of the rollback workflow: the two ends and every migration since the target too.
    expect(markdown).toContain('- Live: `v1.2.0`');
    expect(markdown).toContain('- Target: `v1.0.0`');
    for (const m of plan.migrationsSince) expect(markdown).toContain(`- \`${m.class}\` \`${m.file}\``);
  });

  it('a drop the target no longer uses is not refused because the same file builds an index the locking way', () => {
    const repo = track(lockAndDropHistory());
    const result = run(['rollback', 'plan', '--to', 'v1.1.0', '--from', 'v1.2.0', '--format', 'json'], repo);
    const plan = JSON.parse(result.stdout) as PlanReport;
    expect(plan.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.status).toBe(0);
  });

  it('a migrations folder moved between releases holds the same migrations, not new ones', () => {
    const repo = track(movedFolderHistory(false));
    const result = run(['rollback', 'plan', '--to', 'v1.0.0', '--from', 'v1.1.0', '--format', 'json'], repo);
    const plan = JSON.parse(result.stdout) as PlanReport;
    expect(plan.migrationsSince.map((m) => m.file)).toEqual([`${MOVED}/20260102000000_next/migration.sql`]);
    expect(result.status).toBe(0);
  });
});
