import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';
import { TempRepo } from '../support/git-repo.js';

/**
 * Prisma migrations outside `prisma/migrations`, found the ways Prisma itself finds them: a folder with a
 * `migration_lock.toml` (formbricks keeps them in `packages/database/migration/`, singular), the
 * `migrations.path` of a prisma.config.ts. lint, rollback plan and init see the same folder.
 */

const repos: TempRepo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.remove()));

const INIT = `CREATE TABLE "Survey" ("id" TEXT NOT NULL, "title" TEXT NOT NULL, CONSTRAINT "Survey_pkey" PRIMARY KEY ("id"));\n`;
const DROP = `ALTER TABLE "Survey" DROP COLUMN "title";\n`;

interface Json {
  verdict: string;
  findings: { rule: string; file?: string }[];
  migrationsSince?: { file: string; class: string }[];
}

/** main: v1.0.0 with one migration in `folder`; branch feature drops a column in a second one. */
function repoWith(folder: string, extra: Record<string, string>): TempRepo {
  const repo = new TempRepo('rr-prisma-folder-');
  repos.push(repo);
  for (const [path, text] of Object.entries(extra)) repo.write(path, text);
  repo.write(`${folder}/20250101000000_init/migration.sql`, INIT);
  repo.commit('feat: surveys');
  repo.tag('v1.0.0');
  repo.branch('feature');
  repo.write(`${folder}/20250201000000_drop_title/migration.sql`, DROP);
  repo.write(`${folder}/20250201000001_backfill/migration.ts`, 'export default async () => {};\n');
  repo.commit('feat: drop the title');
  return repo;
}

describe('Prisma migrations wherever the project keeps them', () => {
  it('lint finds a formbricks-style folder by its migration_lock.toml and blocks the drop there', () => {
    const folder = 'packages/database/migration';
    const repo = repoWith(folder, {
      [`${folder}/migration_lock.toml`]: 'provider = "postgresql"\n',
      'packages/database/schema.prisma': 'model Survey {\n  id String @id\n  title String\n}\n',
    });
    const run = runCli(['lint', '--base', 'main', '--format', 'json'], repo.dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as Json;
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'ban-drop-column', file: `${folder}/20250201000000_drop_title/migration.sql` }),
    );
    const text = runCli(['lint', '--base', 'main'], repo.dir);
    expect(text.stdout).toContain('Prisma layout; 1 migration file(s) checked');
  });

  it('rollback plan and init see the same folder, named by prisma.config.ts migrations.path', () => {
    const folder = 'apps/api/db/changes';
    const repo = repoWith(folder, {
      'apps/api/prisma.config.ts':
        'import { defineConfig } from "prisma/config";\nexport default defineConfig({\n  schema: "./db/schema.prisma",\n  migrations: { path: "./db/changes" },\n});\n',
    });
    repo.checkout('main').git('merge', '-q', '--no-ff', '-m', 'merge', 'feature');
    repo.tag('v1.1.0');
    const plan = runCli(['rollback', 'plan', '--to', 'v1.0.0', '--format', 'json'], repo.dir);
    expect(plan.stderr).toBe('');
    const json = JSON.parse(plan.stdout) as Json;
    expect(json.migrationsSince).toEqual([
      expect.objectContaining({ file: `${folder}/20250201000000_drop_title/migration.sql`, class: 'contract' }),
    ]);
    expect(plan.status).toBe(1);

    const init = runCli(['init'], repo.dir);
    expect(init.status).toBe(0);
    expect(init.stdout).toMatch(/Prisma/);
    expect(readFileSync(join(repo.dir, '.github/rollback-ready.yml'), 'utf8')).toMatch(/layout: prisma/);
  });

  it('refuses with exit 2 when prisma.config.ts computes its migrations folder and nothing else says where it is', () => {
    const repo = repoWith('db/changes', {
      'prisma.config.ts': 'export default defineConfig({ migrations: { path: process.env.MIGRATIONS_DIR } });\n',
    });
    const run = runCli(['lint', '--base', 'main'], repo.dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^rollback-ready: prisma\.config\.ts: `migrations\.path` is not a plain string.*set `migrations\.paths`/,
    );
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });
});
