// Build a real git repository from an example's steps (see examples/notes-app/README.md).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Replay `<exampleDir>/steps/*` into `targetDir`: copy each step's files over the tree, commit with
 * the step's date, then tag (annotated) or branch as its step.json says. Steps with `branch` are
 * committed on that branch, which stays checked out. Returns the tags and branches created.
 */
export function buildExampleRepo(exampleDir, targetDir) {
  rmSync(targetDir, { recursive: true, force: true });
  mkdirSync(targetDir, { recursive: true });
  const git = (args, env = {}) =>
    execFileSync('git', args, { cwd: targetDir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  git(['init', '-q', '-b', 'main']);
  git(['config', 'user.name', 'Demo Founder']);
  git(['config', 'user.email', 'founder@example.com']);
  git(['config', 'commit.gpgsign', 'false']);
  git(['config', 'tag.gpgsign', 'false']);
  const stepsDir = join(exampleDir, 'steps');
  const created = { tags: [], branches: [] };
  for (const step of readdirSync(stepsDir).sort()) {
    const dir = join(stepsDir, step);
    const meta = JSON.parse(readFileSync(join(dir, 'step.json'), 'utf8'));
    if (meta.branch) {
      git(['checkout', '-q', '-b', meta.branch]);
      created.branches.push(meta.branch);
    }
    cpSync(dir, targetDir, { recursive: true, filter: (src) => !src.endsWith('step.json') });
    for (const path of meta.delete ?? []) rmSync(join(targetDir, path), { force: true });
    const when = { GIT_AUTHOR_DATE: meta.date, GIT_COMMITTER_DATE: meta.date };
    git(['add', '-A']);
    git(['commit', '-q', '-m', meta.message], when);
    if (meta.tag) {
      git(['tag', '-a', meta.tag, '-m', `Release ${meta.tag}`], when);
      created.tags.push(meta.tag);
    }
  }
  return created;
}
