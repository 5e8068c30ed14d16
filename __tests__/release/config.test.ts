import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { resolveSettings } from '../../src/config/settings.js';
import { UsageError } from '../../src/core/errors.js';

let scratch: string;
let counter = 0;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'rr-release-config-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function resolve(
  yaml: string | undefined,
  overrides: Record<string, string> = {},
  surface: 'flag' | 'input' = 'flag',
) {
  const dir = join(scratch, `c${++counter}`);
  mkdirSync(join(dir, '.github'), { recursive: true });
  if (yaml !== undefined) writeFileSync(join(dir, '.github', 'rollback-ready.yml'), yaml);
  return resolveSettings({
    run: { cwd: dir, head: 'HEAD', format: 'text', failOn: 'error', files: [] },
    overrides,
    surface,
  });
}

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error('expected a UsageError');
}

describe('tagging and notes config', () => {
  it('has defaults that need no file', () => {
    expect(DEFAULT_CONFIG.tagging).toEqual({
      scheme: 'semver',
      prefix: 'v',
      format: 'prod-YYYY-MM-DD.N',
      'require-annotated': false,
      'allow-prerelease': false,
      bump: 'auto',
    });
    expect(DEFAULT_CONFIG.notes).toEqual({
      source: 'pr-body',
      environment: 'production',
      'known-good': 'auto',
      'required-on': 'release-branch',
      'exempt-paths': ['docs/**', '**/*.md', '**/*.mdx', '**/*.rst', '.github/**', 'LICENSE', 'LICENSE.*', '.vscode/**', '.editorconfig', '**/.gitignore'],
    });
  });

  it('reads every key', () => {
    const settings = resolve(
      [
        'tagging:',
        '  scheme: pattern',
        '  pattern: release-(?<major>\\d+)\\.(?<minor>\\d+)',
        '  release-branch: production',
        '  require-annotated: true',
        '  allow-prerelease: true',
        '  bump: minor',
        'notes:',
        '  source: file',
        '  file: docs/RELEASE_NOTE.md',
        '  environment: prod-eu',
        '  known-good: tags',
        '  required-on: pull-requests',
        '  exempt-paths: docs/**',
      ].join('\n'),
    );
    expect(settings.config.tagging).toEqual(
      expect.objectContaining({
        scheme: 'pattern',
        'release-branch': 'production',
        'require-annotated': true,
        bump: 'minor',
      }),
    );
    expect(settings.config.notes).toEqual({
      source: 'file',
      file: 'docs/RELEASE_NOTE.md',
      environment: 'prod-eu',
      'known-good': 'tags',
      'required-on': 'pull-requests',
      'exempt-paths': ['docs/**'],
    });
  });

  it.each([
    [
      'notes:\n  required-on: sometimes\n',
      '.github/rollback-ready.yml:2: notes.required-on: got "sometimes"; allowed: pull-requests, release-branch, releases, never',
    ],
    [
      'tagging:\n  scheme: romver\n',
      '.github/rollback-ready.yml:2: tagging.scheme: got "romver"; allowed: semver, calver, pattern',
    ],
    [
      'tagging:\n  format: prod-YYYY-MM-DD\n',
      '.github/rollback-ready.yml:2: tagging.format: got "prod-YYYY-MM-DD"; expected a format with YYYY (or YY), MM, DD and N exactly once each, such as prod-YYYY-MM-DD.N',
    ],
    [
      'tagging:\n  scheme: pattern\n',
      '.github/rollback-ready.yml:2: tagging.pattern: got nothing; expected a regular expression with named groups when scheme is pattern, such as release-(?<major>\\d+)\\.(?<minor>\\d+)',
    ],
    [
      'tagging:\n  pattern: "\\\\d+"\n',
      '.github/rollback-ready.yml:2: tagging.pattern: got "\\\\d+"; expected a regular expression with named groups such as (?<major>\\d+)\\.(?<minor>\\d+)',
    ],
    [
      'tagging:\n  release-branch: "main;rm"\n',
      '.github/rollback-ready.yml:2: tagging.release-branch: got "main;rm"; expected a branch name such as main',
    ],
    [
      'tagging:\n  prefix: "v$"\n',
      '.github/rollback-ready.yml:2: tagging.prefix: got "v$"; expected letters, digits and . _ / @ - only (such as v, release- or pkg@)',
    ],
    [
      'tagging:\n  schem: calver\n',
      '.github/rollback-ready.yml:2: tagging.schem: unknown key "schem" (did you mean "scheme"?); allowed: scheme, prefix, format, pattern, release-branch, require-annotated, allow-prerelease, bump',
    ],
    [
      'notes:\n  file: ../outside.md\n',
      '.github/rollback-ready.yml:2: notes.file: got "../outside.md"; expected a path inside the repository',
    ],
    [
      'notes:\n  known-good: ledger\n',
      '.github/rollback-ready.yml:2: notes.known-good: got "ledger"; allowed: auto, deployments, tags',
    ],
  ])('names the key path and what is allowed: %j', (yaml, message) => {
    expect(errorOf(() => resolve(yaml))).toBe(message);
  });

  it('takes the flat options as flags and action inputs', () => {
    expect(
      resolve(undefined, { scheme: 'calver', bump: 'major', 'release-branch': 'prod' }).config.tagging,
    ).toEqual(expect.objectContaining({ scheme: 'calver', bump: 'major', 'release-branch': 'prod' }));
    expect(errorOf(() => resolve(undefined, { bump: 'huge' }, 'input'))).toBe(
      'input "bump": got "huge"; allowed: auto, patch, minor, major',
    );
    expect(errorOf(() => resolve(undefined, { scheme: 'semverish' }))).toBe(
      '--scheme: got "semverish"; allowed: semver, calver, pattern',
    );
  });
});
