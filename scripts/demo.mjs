// `npm run demo`: build the bundled example app's git history and run `rollback-ready check` on its PR branch.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExampleRepo } from './example-repo.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'index.js');
if (!existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run "npm run build" first.');
  process.exit(2);
}
const repo = mkdtempSync(join(tmpdir(), 'rollback-ready-demo-'));
try {
  const { tags, branches } = buildExampleRepo(join(root, 'examples', 'notes-app'), repo);
  console.log(`Built examples/notes-app in ${repo}: releases ${tags.join(', ')}; pull request branch ${branches.join(', ')}.`);
  const prBody = join(root, 'examples', 'notes-app', 'pull-request.md');
  console.log('$ rollback-ready check --pr-body-file examples/notes-app/pull-request.md   (the PR branch against main)\n');
  const result = spawnSync(process.execPath, [cli, 'check', '--pr-body-file', prBody, ...process.argv.slice(2)], { cwd: repo, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' } });
  console.log(`\nExit code ${result.status}: ${result.status === 1 ? 'blocked — the pull request would break v1.2.0 if production had to roll back.' : result.status === 0 ? 'nothing blocks.' : 'usage or configuration error.'}`);
  // The demo shows a real block; it succeeds as long as the tool ran and judged.
  process.exitCode = result.status === 0 || result.status === 1 ? 0 : result.status ?? 2;
} finally {
  rmSync(repo, { recursive: true, force: true });
}
