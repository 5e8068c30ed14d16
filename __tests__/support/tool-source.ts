import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TOOL_VERSION } from '../../src/core/tool.js';

/**
 * A stand-in for github.com/rollback-ready/rollback-ready: a local repository whose annotated tag
 * v<version> init resolves with `git ls-remote` (through ROLLBACK_READY_SOURCE) to pin its workflows,
 * so tests never reach the network. Made once per test file, on first use.
 */
let made: { dir: string; sha: string } | undefined;

export function toolSource(): { dir: string; sha: string } {
  if (made) return made;
  const dir = mkdtempSync(join(tmpdir(), 'rr-tool-source-'));
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'r',
        GIT_AUTHOR_EMAIL: 'r@example.com',
        GIT_COMMITTER_NAME: 'r',
        GIT_COMMITTER_EMAIL: 'r@example.com',
      },
    }).trim();
  git('init', '-q', '-b', 'main');
  git('commit', '-q', '--allow-empty', '-m', 'release');
  git('tag', '-a', `v${TOOL_VERSION}`, '-m', `v${TOOL_VERSION}`);
  made = { dir, sha: git('rev-parse', 'HEAD') };
  return made;
}

/** The environment init needs in a test: where to resolve the release tag it pins. */
export function toolSourceEnv(args: readonly string[]): NodeJS.ProcessEnv {
  return args[0] === 'init' ? { ROLLBACK_READY_SOURCE: toolSource().dir } : {};
}
