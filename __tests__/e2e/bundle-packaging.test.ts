/**
 * What the bundles ship: every bundled package in dist/licenses.txt (the lazily loaded command chunks
 * and the parse worker included, which ncc's own license file missed), and `engine: pglite` refused by
 * the action up front (PGlite is not bundled into dist/) instead of failing half-way.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction } from '../support/action.js';
import { snapshotBundles, waitForBundles } from '../support/bundles.js';
import { ROOT } from '../support/cli.js';
import { TempRepo } from '../support/git-repo.js';
// @ts-expect-error: a plain .mjs build script without types
import { bundledPackages } from '../../scripts/bundle-licenses.mjs';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
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

  it('the WASM ships once (dist/libpg-query.wasm), and both the CLI and the action parse SQL with it', async () => {
    const snap = await snapshotBundles();
    const repo = new TempRepo('rr-wasm-');
    try {
      const root = join(snap.cli, '..', '..');
      const wasm = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.wasm'));
      expect(wasm).toEqual(['libpg-query.wasm']);
      // What the publish workflow attests is what ships.
      expect(readFileSync(join(ROOT, '.github/workflows/publish.yml'), 'utf8')).not.toMatch(
        /dist\/cli\/libpg-query\.wasm/,
      );
      repo.write('migrations/001_index.sql', 'create index users_email on users (email);\n').commit('index');
      // Both findings need the real parser: no WASM, no findings (exit 2 instead).
      const cli = snap.runCli(['lint', 'migrations/001_index.sql', '--format', 'json'], repo.dir);
      expect({ status: cli.status, stderr: cli.stderr }).toEqual({ status: 1, stderr: '' });
      expect(JSON.parse(cli.stdout).findings.map((f: { rule: string }) => f.rule)).toContain(
        'require-concurrent-index-creation',
      );
      const action = await runAction({
        workspace: repo.dir,
        entry: snap.action,
        inputs: { command: 'lint', paths: 'migrations/001_index.sql', comment: 'false' },
      });
      expect(action.status).not.toBe(0);
      expect(action.outputs['findings-count']).not.toBe('0');
      expect(action.stdout).toContain('require-concurrent-index-creation');
    } finally {
      repo.remove();
      snap.remove();
    }
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
