import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { readActionInputs } from '../../src/action/inputs.js';
import { CONFIG_OPTIONS } from '../../src/config/options.js';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { loadSettings } from '../../src/config/resolve.js';
import { configSchema } from '../../src/config/schema.js';
import { resolveSettings } from '../../src/config/settings.js';
import type { OverrideSurface, Settings, SettingsRequest } from '../../src/config/settings.js';
import { UsageError } from '../../src/core/errors.js';
import { TOOL_VERSION } from '../../src/core/tool.js';
import { ROOT } from '../support/cli.js';

const CONFIG = '.github/rollback-ready.yml';

let scratch: string;
let counter = 0;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'rr-config-'));
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** A fresh folder with the given files (path → content). */
function folder(files: Record<string, string | Buffer> = {}): string {
  const dir = join(scratch, `case-${++counter}`);
  mkdirSync(dir, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

function settingsFor(
  cwd: string,
  options: { configFile?: string; overrides?: Record<string, string>; surface?: OverrideSurface } = {},
): Settings {
  return resolveSettings({
    run: {
      cwd,
      head: 'HEAD',
      format: 'text',
      failOn: 'error',
      files: [],
      ...(options.configFile ? { configFile: options.configFile } : {}),
    },
    overrides: options.overrides ?? {},
    surface: options.surface ?? 'flag',
  });
}

/** The UsageError a resolution throws (fails the test when it does not throw one). */
function usageErrorOf(run: () => unknown): UsageError {
  try {
    run();
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('expected a UsageError, but the settings resolved');
}

describe('resolveSettings: locating the config file', () => {
  it('uses the defaults when there is no config file', () => {
    const settings = settingsFor(folder());
    expect(settings.config).toEqual(DEFAULT_CONFIG);
    expect(settings.run.configFile).toBeUndefined();
  });

  it('reads .github/rollback-ready.yml', () => {
    const settings = settingsFor(folder({ [CONFIG]: 'migrations:\n  pg-version: 14\n' }));
    expect(settings.config.migrations['pg-version']).toBe(14);
    expect(settings.run.configFile).toBe(CONFIG);
  });

  it('reads .github/rollback-ready.yaml', () => {
    const settings = settingsFor(
      folder({ '.github/rollback-ready.yaml': 'migrations:\n  layout: prisma\n' }),
    );
    expect(settings.config.migrations.layout).toBe('prisma');
    expect(settings.run.configFile).toBe('.github/rollback-ready.yaml');
  });

  it('reads the file named by --config, relative to the working directory', () => {
    const settings = settingsFor(folder({ 'ci/rr.yml': 'migrations:\n  transaction: none\n' }), {
      configFile: 'ci/rr.yml',
    });
    expect(settings.config.migrations.transaction).toBe('none');
    expect(settings.run.configFile).toBe('ci/rr.yml');
  });

  it('rejects a --config file that does not exist, naming it', () => {
    const error = usageErrorOf(() => settingsFor(folder(), { configFile: 'ci/missing.yml' }));
    expect(error.message).toContain('ci/missing.yml');
    expect(error.message).toContain('does not exist');
  });
});

describe('DEFAULT_CONFIG and loadSettings (no schema, zod or YAML without a config file or flags)', () => {
  it('DEFAULT_CONFIG is exactly what the schema gives for an empty config', () => {
    expect(DEFAULT_CONFIG).toEqual(configSchema.parse({}));
  });

  const request = (
    cwd: string,
    extra: Partial<SettingsRequest['run']> = {},
    overrides: Record<string, string> = {},
  ): SettingsRequest => ({
    run: { cwd, head: 'HEAD', format: 'text', failOn: 'error', files: [], ...extra },
    overrides,
    surface: 'flag',
  });

  it.each([
    ['no config file', {}, {}, {}],
    ['a config file', { [CONFIG]: 'migrations:\n  pg-version: 13\n' }, {}, {}],
    ['a config flag', {}, {}, { 'pg-version': '12' }],
    [
      '--config naming a file',
      { 'conf/rr.yml': 'tagging:\n  scheme: calver\n' },
      { configFile: 'conf/rr.yml' },
      {},
    ],
  ])('gives what resolveSettings gives: %s', async (_name, files, run, overrides) => {
    const dir = folder(files);
    const loaded = await loadSettings(request(join(dir, '.'), run, overrides));
    expect(loaded).toEqual(resolveSettings(request(dir, run, overrides)));
  });

  it('returns a config of its own each time: changing one run cannot change the defaults', async () => {
    const first = await loadSettings(request(folder()));
    first.config.migrations.exclude.push('changed/**');
    expect((await loadSettings(request(folder()))).config).toEqual(DEFAULT_CONFIG);
    expect(DEFAULT_CONFIG.migrations.exclude).toEqual([]);
  });

  it('refuses a --config that does not exist, like resolveSettings', async () => {
    await expect(loadSettings(request(folder(), { configFile: 'missing.yml' }))).rejects.toThrow(
      'config file missing.yml does not exist',
    );
  });
});

describe('resolveSettings: errors name the file, line, key path and what is allowed', () => {
  it('names a typo in a key with file:line, the key path and a suggestion', () => {
    const dir = folder({ [CONFIG]: '# settings\nmigrations:\n  layout: auto\n  pg-versoin: 14\n' });
    const { message } = usageErrorOf(() => settingsFor(dir));
    expect(message).toContain(`${CONFIG}:4`);
    expect(message).toContain('migrations.pg-versoin');
    expect(message).toContain('did you mean "pg-version"');
    expect(message).not.toMatch(/[\r\n]/);
  });

  it('names an unknown top-level group and lists the groups that exist', () => {
    const { message } = usageErrorOf(() =>
      settingsFor(folder({ [CONFIG]: 'migraitons:\n  layout: auto\n' })),
    );
    expect(message).toContain(`${CONFIG}:1`);
    expect(message).toContain('unknown key "migraitons"');
    expect(message).toContain('did you mean "migrations"');
    expect(message).toMatch(/allowed: .*\bmigrations\b/);
  });

  it('names a bad enum value and the allowed values', () => {
    const { message } = usageErrorOf(() =>
      settingsFor(folder({ [CONFIG]: 'migrations:\n  layout: rails\n' })),
    );
    expect(message).toContain(`${CONFIG}:2`);
    expect(message).toContain('migrations.layout');
    expect(message).toContain('"rails"');
    expect(message).toContain(
      'allowed: auto, supabase, prisma, drizzle, flyway, golang-migrate, dbmate, plain',
    );
  });

  it.each([
    ['a word', 'nine', /got "nine"; expected number/],
    ['a version below the supported range', '9', /got 9; expected .*>=\s*10/],
    ['a fraction', '14.5', /got 14\.5; expected int/],
  ])('names a bad number (%s)', (_name, value, expected) => {
    const { message } = usageErrorOf(() =>
      settingsFor(folder({ [CONFIG]: `migrations:\n  pg-version: ${value}\n` })),
    );
    expect(message).toContain(`${CONFIG}:2: migrations.pg-version:`);
    expect(message).toMatch(expected);
  });

  it('names a bad rule id key (not the value stored under it)', () => {
    const { message } = usageErrorOf(() =>
      settingsFor(folder({ [CONFIG]: 'migrations:\n  rules:\n    Bad_Rule: error\n' })),
    );
    expect(message).toContain(`${CONFIG}:3`);
    expect(message).toContain('migrations.rules.Bad_Rule');
    expect(message).toContain('key "Bad_Rule"');
    expect(message).toContain('kebab-case');
  });

  it('names the line of invalid YAML', () => {
    const { message } = usageErrorOf(() =>
      settingsFor(folder({ [CONFIG]: 'migrations:\n  layout: auto\n\tpg-version: 14\n' })),
    );
    expect(message).toMatch(new RegExp(`^${CONFIG.replace(/\./g, '\\.')}:3: invalid YAML`));
  });

  it('rejects a config that is not a mapping', () => {
    const { message } = usageErrorOf(() => settingsFor(folder({ [CONFIG]: '- migrations\n' })));
    expect(message).toContain(CONFIG);
    expect(message).toContain('mapping');
  });

  it('rejects a binary file', () => {
    const { message } = usageErrorOf(() =>
      settingsFor(folder({ [CONFIG]: Buffer.from([0x6d, 0x3a, 0x00, 0x01, 0x02, 0x0a]) })),
    );
    expect(message).toContain(CONFIG);
    expect(message).toContain('binary');
  });

  it('rejects a file over the size limit without parsing it', () => {
    const huge = `# ${'x'.repeat(300 * 1024)}\nmigrations: {}\n`;
    const { message } = usageErrorOf(() => settingsFor(folder({ [CONFIG]: huge })));
    expect(message).toContain(CONFIG);
    expect(message).toMatch(/larger than the \d+-byte limit/);
  });

  it('accepts a UTF-8 byte-order mark and CRLF line endings', () => {
    const settings = settingsFor(folder({ [CONFIG]: '\uFEFFmigrations:\r\n  pg-version: 16\r\n' }));
    expect(settings.config.migrations['pg-version']).toBe(16);
  });
});

describe('resolveSettings: flags and inputs on top of the file', () => {
  it('lets a flag override the file', () => {
    const dir = folder({ [CONFIG]: 'migrations:\n  pg-version: 14\n  layout: supabase\n' });
    const settings = settingsFor(dir, { overrides: { 'pg-version': '16' } });
    expect(settings.config.migrations['pg-version']).toBe(16);
    expect(settings.config.migrations.layout).toBe('supabase');
  });

  it('names a bad flag value as --pg-version, not as a file key', () => {
    const dir = folder({ [CONFIG]: 'migrations:\n  pg-version: 14\n' });
    const { message } = usageErrorOf(() =>
      settingsFor(dir, { overrides: { 'pg-version': 'fourteen' }, surface: 'flag' }),
    );
    expect(message).toMatch(/^--pg-version: /);
    expect(message).toContain('"fourteen"');
    expect(message).not.toContain(CONFIG);
  });

  it('names a bad input value as input "pg-version"', () => {
    const { message } = usageErrorOf(() =>
      settingsFor(folder(), { overrides: { 'pg-version': '99' }, surface: 'input' }),
    );
    expect(message).toMatch(/^input "pg-version": /);
    expect(message).toContain('99');
  });

  it('names a bad layout flag with the allowed values', () => {
    const { message } = usageErrorOf(() => settingsFor(folder(), { overrides: { layout: 'rails' } }));
    expect(message).toMatch(/^--layout: got "rails"; allowed: auto, supabase/);
  });

  it('rejects an override that is not a config option', () => {
    const { message } = usageErrorOf(() =>
      settingsFor(folder(), { overrides: { 'pg-verison': '14' }, surface: 'input' }),
    );
    expect(message).toBe('input "pg-verison": not a known option');
  });
});

describe('the action surface matches the config surface', () => {
  const actionYml = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, unknown>;
    outputs: Record<string, unknown>;
  };

  it('declares exactly the inputs readActionInputs reads, config options included', () => {
    const read = new Set<string>();
    readActionInputs((name) => {
      read.add(name);
      return '';
    });
    for (const option of CONFIG_OPTIONS) expect(read).toContain(option.name);
    expect(Object.keys(actionYml.inputs).sort()).toEqual([...read].sort());
  });

  it('declares the verdict, findings-count and report-json outputs', () => {
    expect(Object.keys(actionYml.outputs)).toEqual(
      expect.arrayContaining(['verdict', 'findings-count', 'report-json']),
    );
  });

  it('reports the same version as package.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(TOOL_VERSION).toBe(pkg.version);
  });
});

describe('a config group whose keys are all commented out', () => {
  it('means all defaults for that group', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { resolveSettings } = await import('../../src/config/settings.js');
    const dir = mkdtempSync(join(tmpdir(), 'rr-null-group-'));
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github', 'rollback-ready.yml'), 'migrations:\n  # layout: supabase\n');
    const settings = resolveSettings({
      run: { cwd: dir, head: 'HEAD', format: 'text', failOn: 'error', files: [] },
      overrides: {},
      surface: 'flag',
    });
    expect(settings.config.migrations.layout).toBe('auto');
  });
});
