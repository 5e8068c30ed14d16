import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { main } from '../../src/cli/main.js';
// Linked up front: jest's ESM loader fails to link the modules `lint` imports concurrently on first use
// ("request for 'node:child_process' is not in cache"); the CLI itself has no such problem.
import '../../src/commands/lint-files.js';
import '../../src/commands/run-gates.js';
import '../../src/gates/migrations/gate.js';
import type { Finding } from '../../src/core/finding.js';
import { TempRepo } from '../support/git-repo.js';

/** `lint` reads the Prisma version from the change's own lockfile, also in a monorepo package. */
let repo: TempRepo | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

async function lint(files: Record<string, string>): Promise<Finding[]> {
  repo = new TempRepo('rr-runner-config-');
  repo.write('README.md', 'app\n');
  repo.commit('base');
  repo.branch('pr');
  for (const [path, text] of Object.entries(files)) repo.write(path, text);
  repo.commit('change');
  let stdout = '';
  let stderr = '';
  const code = await main(['lint', '--base', 'main', '--format', 'json'], {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    cwd: repo.dir,
    env: { NO_COLOR: '1' },
  });
  if (code === 2) throw new Error(stderr);
  return (JSON.parse(stdout) as { findings: Finding[] }).findings;
}

const MIGRATION = 'packages/db/prisma/migrations/20260201000000_idx/migration.sql';
const SQL = 'ALTER TABLE "User" ADD COLUMN "nickname" TEXT;\nCREATE INDEX CONCURRENTLY IF NOT EXISTS "User_email_idx" ON "User"("email");\n';
const lock = (version: string) => JSON.stringify({ lockfileVersion: 3, packages: { 'node_modules/prisma': { version } } });

describe('the runner version comes from the lockfile', () => {
  it('Prisma 7.3.0 at the repository root: the index after another statement is blocked, naming the version', async () => {
    const findings = await lint({ [MIGRATION]: SQL, 'package-lock.json': lock('7.3.0') });
    const [finding] = findings.filter((f) => f.rule === 'ban-concurrent-index-in-transaction');
    expect(finding!.message).toContain('Prisma 7.3.0 sends the file to Postgres as one query');
  });

  it("Prisma 7.4.0 in the package's own package.json range: the same file passes", async () => {
    const findings = await lint({
      [MIGRATION]: SQL,
      'packages/db/package.json': JSON.stringify({ devDependencies: { prisma: '^7.4.0' } }),
    });
    expect(findings.filter((f) => f.rule === 'ban-concurrent-index-in-transaction')).toEqual([]);
  });

  it("Prisma migrations outside a prisma/ folder read the version from the package holding the migrations folder", async () => {
    const folder = 'packages/database/migration';
    const findings = await lint({
      [`${folder}/migration_lock.toml`]: 'provider = "postgresql"\n',
      [`${folder}/20260201000000_idx/migration.sql`]: SQL,
      'packages/database/package.json': JSON.stringify({ devDependencies: { prisma: '7.8.0' } }),
    });
    expect(findings.filter((f) => f.rule === 'ban-concurrent-index-in-transaction')).toEqual([]);
    expect(findings.map((f) => f.file)).toContain(`${folder}/20260201000000_idx/migration.sql`);
  });

  it('a lockfile that is a symlink out of the checkout stops the run (exit 2) instead of being read or ignored', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'rr-runner-outside-'));
    try {
      writeFileSync(join(outside, 'package-lock.json'), lock('7.4.0'));
      repo = new TempRepo('rr-runner-config-');
      repo.write('README.md', 'app\n');
      repo.commit('base');
      repo.branch('pr');
      repo.write(MIGRATION, SQL);
      symlinkSync(join(outside, 'package-lock.json'), join(repo.dir, 'package-lock.json'));
      repo.commit('change');
      let stderr = '';
      const code = await main(['lint', '--base', 'main', '--format', 'json'], {
        stdout: { write: () => undefined },
        stderr: { write: (t: string) => (stderr += t) },
        cwd: repo.dir,
        env: { NO_COLOR: '1' },
      });
      expect(code).toBe(2);
      expect(stderr).toContain('package-lock.json');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
