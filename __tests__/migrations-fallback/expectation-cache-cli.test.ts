import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { snapshotBundles } from '../support/bundles.js';
import type { BundleSnapshot } from '../support/bundles.js';
import type { TempRepo } from '../support/git-repo.js';
import { historyRepo, PRISMA_INIT, PRISMA_SCHEMA_V1 } from './repos.js';

// A PR check compares with what the live release's code expects (its Prisma schema and the SQL in its
// code). That reading is cached by the release's git tree id (docs/caching.md): a warm PR check reads no
// code and needs no parser — proven by running the bundle with its WASM deleted — and says exactly what
// the cold one said.
let bundle: BundleSnapshot;
let repo: TempRepo;
const cacheDir = mkdtempSync(join(tmpdir(), 'rr-expect-cli-'));
const env = { ROLLBACK_READY_CACHE_DIR: cacheDir };

const QUERIES = [
  "import { prisma } from './db';",
  '',
  'export async function admins() {',
  '  return prisma.$queryRaw`SELECT "id", "name" FROM "users" WHERE "role" = \'ADMIN\'`;',
  '}',
  '',
].join('\n');

beforeAll(async () => {
  bundle = await snapshotBundles();
  repo = historyRepo({
    v100: {
      'prisma/schema.prisma': PRISMA_SCHEMA_V1,
      'prisma/migrations/20260101000000_init/migration.sql': PRISMA_INIT,
      'src/db.ts':
        "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();\n",
      'src/admins.ts': QUERIES,
    },
    v110: { 'src/other.ts': 'export const x = 1;\n' },
    feature: {
      'prisma/migrations/20260301000000_drop/migration.sql': 'ALTER TABLE "users" DROP COLUMN "name";\n',
      'prisma/schema.prisma': PRISMA_SCHEMA_V1.replace('  name  String?\n', ''),
    },
  });
});
afterAll(() => {
  bundle?.remove();
  repo?.remove();
  rmSync(cacheDir, { recursive: true, force: true });
});

describe("the live release's code expectations, cached by tree id", () => {
  it('a warm PR check gives the cold report byte for byte, without reading code or loading the parser', () => {
    const pr = ['lint', '--base', 'main', '--head', 'feature', '--format', 'json'];
    const cold = bundle.runCli(pr, repo.dir, env);
    expect(cold.stderr).toBe('');
    expect(cold.status).toBe(1); // v1.1.0 still reads "name": the drop blocks
    const report = JSON.parse(cold.stdout) as { findings: { rule: string; message: string }[] };
    expect(report.findings.some((f) => /v1\.1\.0/.test(f.message))).toBe(true);
    expect(readdirSync(join(cacheDir, 'expect-v1'))).toHaveLength(1);

    // Caching off: the same report, and nothing more stored.
    const off = bundle.runCli(pr, repo.dir, { ...env, ROLLBACK_READY_CACHE: 'off' });
    expect(off).toEqual(cold);

    rmSync(join(bundle.cli, '..', '..', 'libpg-query.wasm'));
    const warm = bundle.runCli(pr, repo.dir, env);
    expect(warm).toEqual(cold);
    expect(readdirSync(join(cacheDir, 'expect-v1'))).toHaveLength(1);
  });
});
