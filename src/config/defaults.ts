import type { Config } from './schema.js';

/**
 * The config when there is no config file and no flag or input on top: what the schema's defaults give
 * (a unit test holds the two equal). Written out so a run without a config file never loads the schema,
 * zod or the YAML parser: ~30 ms of every CLI start (src/config/resolve.ts).
 */
export const DEFAULT_CONFIG: Config = {
  migrations: {
    layout: 'auto',
    paths: [],
    exclude: [],
    'pg-version': 15,
    rules: {},
    transaction: 'auto',
    'fallback-aware': true,
    'previous-release-max-commits': 200,
    'previous-release-max-days': 90,
  },
  rehearsal: {
    enabled: false,
    engine: 'auto',
    'require-down': 'warning',
    timeout: 300_000,
  },
  tagging: {
    scheme: 'semver',
    prefix: 'v',
    format: 'prod-YYYY-MM-DD.N',
    'require-annotated': false,
    'allow-prerelease': false,
    bump: 'auto',
  },
  notes: {
    source: 'pr-body',
    environment: 'production',
    'known-good': 'auto',
    'required-on': 'release-branch',
    'exempt-paths': [
      'docs/**',
      '**/*.md',
      '**/*.mdx',
      '**/*.rst',
      '.github/**',
      'LICENSE',
      'LICENSE.*',
      '.vscode/**',
      '.editorconfig',
      '**/.gitignore',
    ],
  },
  rollback: {
    environment: 'production',
    'allow-schema-risk': '',
    'in-progress-window': 30,
    history: 5,
  },
  'kill-switch': {
    enabled: true,
    areas: {},
    'allow-none': false,
    'env-flags': [],
    exclude: [],
  },
  checklist: {},
  backup: {
    'max-age': 86_400_000,
    'restore-check': false,
    'restore-max-age': 2_592_000_000,
    'required-for': ['production'],
    'verify-tables': [],
    'command-timeout': 60_000,
    'restore-timeout': 600_000,
  },
  deploy: { target: 'none', environments: {}, timeout: 900 },
};
