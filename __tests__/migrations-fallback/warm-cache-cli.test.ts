import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { snapshotBundles } from '../support/bundles.js';
import type { BundleSnapshot } from '../support/bundles.js';
import type { TempRepo } from '../support/git-repo.js';
import { historyRepo, PRISMA_INIT, PRISMA_SCHEMA_V1 } from './repos.js';

// A warm content cache (docs/caching.md) answers a PR check and a rollback plan without the Postgres
// parser: proven by running the bundle with its WASM deleted. The verdicts equal the cold run's, byte
// for byte; and a change the cache has not seen still needs (and finds) the parser.
let bundle: BundleSnapshot;
let repo: TempRepo;
const cacheDir = mkdtempSync(join(tmpdir(), 'rr-warm-cache-'));
const env = { ROLLBACK_READY_CACHE_DIR: cacheDir };

beforeAll(async () => {
  bundle = await snapshotBundles();
  repo = historyRepo({
    v100: {
      'prisma/schema.prisma': PRISMA_SCHEMA_V1,
      'prisma/migrations/20260101000000_init/migration.sql': PRISMA_INIT,
    },
    v110: {
      'prisma/migrations/20260102000000_note/migration.sql': 'ALTER TABLE "users" ADD COLUMN "note" TEXT;\n',
    },
    feature: {
      'prisma/migrations/20260301000000_drop/migration.sql': 'ALTER TABLE "users" DROP COLUMN "name";\n',
    },
  });
  repo.git('checkout', '-q', 'main');
  repo.git('merge', '-q', '--ff-only', 'feature');
  repo.tag('v1.2.0');
});
afterAll(() => {
  bundle?.remove();
  repo?.remove();
  rmSync(cacheDir, { recursive: true, force: true });
});

// The one WASM of both bundles sits at the top of dist/ (it ships once); rmSync throws if it is elsewhere.
const withoutParser = (b: BundleSnapshot) => rmSync(join(b.cli, '..', '..', 'libpg-query.wasm'));

describe('a warm content cache needs no parser', () => {
  it('PR check and rollback plan: cold with the parser, warm without it, same output', () => {
    const pr = ['lint', '--base', 'v1.1.0', '--head', 'v1.2.0', '--format', 'json'];
    const plan = ['rollback', 'plan', '--from', 'v1.2.0', '--to', 'v1.1.0', '--format', 'json'];
    const coldPr = bundle.runCli(pr, repo.dir, env);
    const coldPlan = bundle.runCli(plan, repo.dir, env);
    expect(coldPr.stderr).toBe('');
    expect(coldPr.status).toBe(1); // the dropped column blocks
    expect(coldPlan.status).toBe(1);
    expect(readdirSync(join(cacheDir, 'parse-v1')).length).toBeGreaterThan(0);
    expect(readdirSync(join(cacheDir, 'replay-v1')).length).toBeGreaterThan(0);

    withoutParser(bundle);
    const warmPr = bundle.runCli(pr, repo.dir, env);
    const warmPlan = bundle.runCli(plan, repo.dir, env);
    expect(warmPr).toEqual(coldPr);
    expect(warmPlan).toEqual(coldPlan);

    // Not a cache that answers anything: a migration it has not seen needs the (missing) parser, and
    // the gate says it could not finish, which blocks; it never passes.
    repo.write(
      'prisma/migrations/20260302000000_more/migration.sql',
      'ALTER TABLE "users" ADD COLUMN "x" TEXT;\n',
    );
    repo.commit('more', '2026-03-02T00:00:00Z');
    const unseen = bundle.runCli(
      ['lint', '--base', 'v1.2.0', '--head', 'HEAD', '--format', 'json'],
      repo.dir,
      env,
    );
    expect(unseen.status).toBe(1);
    expect(JSON.parse(unseen.stdout).findings).toEqual([
      expect.objectContaining({ rule: 'gate-failed', message: expect.stringMatching(/libpg-query\.wasm/) }),
    ]);
  });
});
