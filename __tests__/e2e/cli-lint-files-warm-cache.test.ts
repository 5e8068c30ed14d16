import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { snapshotBundles } from '../support/bundles.js';
import type { BundleSnapshot } from '../support/bundles.js';
import { TempRepo } from '../support/git-repo.js';

// `lint FILES…` keeps its parses in the content store (docs/caching.md): run again on the same files, it
// answers without the Postgres parser — proven by deleting the WASM from a copy of the bundle — and
// prints exactly what the cold run printed, in every mode. A file the store has not seen, or one holding
// a DO block (a rule re-parses its body), still needs the parser: without it the run blocks, never passes.
let bundle: BundleSnapshot;
let repo: TempRepo;
const cacheDir = mkdtempSync(join(tmpdir(), 'rr-lint-warm-'));
const env = { ROLLBACK_READY_CACHE_DIR: cacheDir };

beforeAll(async () => {
  bundle = await snapshotBundles();
  repo = new TempRepo('rr-lint-warm-');
  repo.write('db/migrations/001_users.sql', 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n');
  repo.write('db/migrations/002_drop.sql', 'ALTER TABLE users DROP COLUMN email;\n');
  repo.commit('shipped');
  repo.write('db/migrations/003_index.sql', 'CREATE INDEX users_email ON users (email);\n');
  repo.write(
    'db/migrations/004_do.sql',
    'DO $$ BEGIN ALTER TABLE users ADD CONSTRAINT c CHECK (id > 0); END $$;\n',
  );
});
afterAll(() => {
  bundle?.remove();
  repo?.remove();
  rmSync(cacheDir, { recursive: true, force: true });
});

const RUNS = [
  ['lint', 'db/migrations/003_index.sql', '--format', 'json'],
  [
    'lint',
    'db/migrations/001_users.sql',
    'db/migrations/002_drop.sql',
    'db/migrations/003_index.sql',
    '--format',
    'json',
  ],
  ['lint', '--each', 'db/migrations/001_users.sql', 'db/migrations/002_drop.sql', '--format', 'text'],
  [
    'lint',
    '--as-one-change',
    'db/migrations/001_users.sql',
    'db/migrations/003_index.sql',
    '--format',
    'sarif',
  ],
];

describe('lint FILES… with a warm content cache', () => {
  it('needs no parser the second time and prints the same report, in every mode', () => {
    const cold = RUNS.map((args) => bundle.runCli(args, repo.dir, env));
    expect(cold.map((r) => r.stderr)).toEqual(RUNS.map(() => ''));
    expect(cold[0]!.status).toBe(1); // a plain CREATE INDEX on a shipped table blocks
    expect(JSON.parse(cold[1]!.stdout).findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: 'ban-drop-column' })]),
    );
    const withDo = bundle.runCli(['lint', 'db/migrations/004_do.sql', '--format', 'json'], repo.dir, env);
    expect(withDo.stderr).toBe('');
    expect(JSON.parse(withDo.stdout).findings.map((f: { rule: string }) => f.rule)).not.toContain(
      'gate-failed',
    );
    expect(readdirSync(join(cacheDir, 'parse-v1')).length).toBe(RUNS.length + 1);

    rmSync(join(bundle.cli, '..', '..', 'libpg-query.wasm')); // the one WASM of both bundles
    const warm = RUNS.map((args) => bundle.runCli(args, repo.dir, env));
    expect(warm).toEqual(cold);
  });

  it('still needs the parser for files it has not seen, and for a stored DO block, and then blocks', () => {
    for (const file of ['db/migrations/004_do.sql', 'db/migrations/002_drop.sql']) {
      const run = bundle.runCli(['lint', file, '--format', 'json'], repo.dir, env);
      expect(run.status).toBe(1);
      expect(JSON.parse(run.stdout).findings).toEqual([
        expect.objectContaining({ rule: 'gate-failed', message: expect.stringMatching(/libpg-query\.wasm/) }),
      ]);
    }
  });
});
