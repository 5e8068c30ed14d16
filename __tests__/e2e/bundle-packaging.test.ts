/**
 * What the bundles ship: every bundled package in dist/licenses.txt (the lazily loaded command chunks
 * and the parse worker included, which ncc's own license file missed), and `engine: pglite` refused by
 * the action up front (PGlite is not bundled into dist/) instead of failing half-way.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction } from '../support/action.js';
import { waitForBundles } from '../support/bundles.js';
import { ROOT } from '../support/cli.js';
import { TempRepo } from '../support/git-repo.js';
// @ts-expect-error: a plain .mjs build script without types
import { bundledPackages } from '../../scripts/bundle-licenses.mjs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

describe('bundle packaging', () => {
  it('lists the packages of every chunk, scoped ones whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rr-stats-'));
    const file = join(dir, 'stats.json');
    writeFileSync(
      file,
      JSON.stringify({
        modules: [
          {
            identifier: '/x/node_modules/zod/v4/index.js',
            modules: [{ name: './node_modules/@octokit/core/dist/index.js' }],
          },
        ],
        chunks: [
          { modules: [{ name: './node_modules/undici/lib/fetch.js' }, { name: './src/cli/main.ts' }] },
        ],
      }),
    );
    expect(bundledPackages([file])).toEqual(['@octokit/core', 'undici', 'zod']);
  });

  it('dist/licenses.txt names the packages that live only in the split-off command chunks', async () => {
    await waitForBundles();
    const text = readFileSync(join(ROOT, 'dist', 'licenses.txt'), 'utf8');
    for (const name of ['@actions/core', '@octokit/rest', 'zod', 'libpg-query', 'yaml'])
      expect(text).toMatch(new RegExp(`^${name.replace('/', '\\/')}\\n`, 'm'));
    expect(readFileSync(join(ROOT, 'dist', 'cli', 'licenses.txt'), 'utf8')).toBe(text);
  });

  it('the action refuses engine pglite with a one-line reason (exit 2 equivalent: failed before any gate)', async () => {
    await waitForBundles();
    const repo = new TempRepo('rr-pglite-');
    try {
      repo.write('a.txt', 'a\n').commit('init');
      const run = await runAction({ workspace: repo.dir, inputs: { command: 'rehearse', engine: 'pglite' } });
      expect(run.status).not.toBe(0);
      expect(run.stdout + run.stderr).toMatch(/engine: pglite is not available in the action/);
    } finally {
      repo.remove();
    }
  });
});
