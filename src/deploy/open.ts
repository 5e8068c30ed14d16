/**
 * From `deploy:` in the config and the process environment to one DeployTarget for one environment.
 * Tokens come only from the environment (set from secrets in the workflow); API base URLs can be
 * pointed elsewhere the same way GITHUB_API_URL is (the tests' loopback fakes use it).
 */
import { UsageError } from '../core/errors.js';
import type { DeployConfig, DeployEnvironment, TargetName } from './config.js';
import { REQUIRED_KEY } from './config.js';
import { containerTarget, scriptTarget } from './container.js';
import { flyTarget } from './fly.js';
import { ApiClient } from './http.js';
import { renderTarget } from './render.js';
import type { DeployTarget } from './target.js';
import { vercelTarget } from './vercel.js';

const PLATFORM = {
  vercel: { token: 'VERCEL_TOKEN', url: 'VERCEL_API_URL', base: 'https://api.vercel.com', label: 'Vercel' },
  fly: { token: 'FLY_API_TOKEN', url: 'FLY_API_URL', base: 'https://api.machines.dev/v1', label: 'Fly' },
  render: {
    token: 'RENDER_API_KEY',
    url: 'RENDER_API_URL',
    base: 'https://api.render.com/v1',
    label: 'Render',
  },
} as const;

export interface OpenTargetOptions {
  config: DeployConfig;
  environment: string;
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Poll interval, ms (tests and the bench shorten it). */
  pollMs?: number;
}

/** The environment's settings, or a usage error that says where to add them. */
export function environmentSettings(config: DeployConfig, environment: string): DeployEnvironment {
  const settings = config.environments[environment];
  if (!settings) {
    const known = Object.keys(config.environments);
    throw new UsageError(
      `deploy.environments has no "${environment}" in .github/rollback-ready.yml (known: ${known.join(', ') || 'none'}); add its ${config.target === 'none' ? 'settings' : REQUIRED_KEY[config.target]} there`,
    );
  }
  return settings;
}

/** Whether an environment is production: named so, or marked `production: true`. Drills refuse it. */
export function isProductionTarget(config: DeployConfig, environment: string): boolean {
  return environment.toLowerCase() === 'production' || config.environments[environment]?.production === true;
}

export function openTarget(options: OpenTargetOptions): DeployTarget | undefined {
  const { config, environment } = options;
  const env = options.env ?? process.env;
  if (config.target === 'none') return undefined;
  const settings = environmentSettings(config, environment);
  const timeoutMs = config.timeout * 1000;
  const pollMs = options.pollMs ?? Number(env.ROLLBACK_READY_POLL_MS ?? 3000);
  const target: TargetName = config.target;
  if (target === 'container' || target === 'script') {
    const common = {
      environment,
      command: settings.command!,
      ...(settings.build ? { build: settings.build } : {}),
      cwd: options.cwd,
      timeoutMs,
    };
    return target === 'container'
      ? containerTarget({ ...common, ...(settings.image ? { image: settings.image } : {}) })
      : scriptTarget(common);
  }
  const platform = PLATFORM[target];
  const token = env[platform.token] || env.DEPLOY_TOKEN;
  if (!token)
    throw new UsageError(
      `deploy.target ${target} needs a token: set ${platform.token} (or DEPLOY_TOKEN) from a secret; tokens never go in the config file`,
    );
  const baseUrl = env[platform.url] || platform.base;
  if (!/^https?:\/\//.test(baseUrl))
    throw new UsageError(`${platform.url}: ${baseUrl} is not an http(s) URL`);
  const client = new ApiClient({
    platform: platform.label,
    baseUrl,
    token,
    backoffMs: Number(env.ROLLBACK_READY_BACKOFF_MS ?? 1000),
  });
  if (target === 'vercel')
    return vercelTarget({
      environment,
      project: settings.project!,
      ...(settings.team ? { team: settings.team } : {}),
      ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
      client,
      timeoutMs,
      pollMs,
    });
  if (target === 'fly')
    return flyTarget({
      environment,
      app: settings.app!,
      ...(settings.image ? { image: settings.image } : {}),
      ...(settings.build ? { build: settings.build } : {}),
      cwd: options.cwd,
      client,
      timeoutMs,
    });
  return renderTarget({ environment, service: settings.service!, client, timeoutMs, pollMs });
}
