import { resolve } from 'node:path';
import { DEFAULT_CONFIG } from './defaults.js';
import { locateConfig } from './locate.js';
import type { Settings, SettingsRequest } from './settings.js';

/**
 * `resolveSettings`, loading the config schema (zod) and the YAML parser only when there is something
 * to read or check: a config file, or config flags/inputs. Without either the config is DEFAULT_CONFIG,
 * exactly what the schema would give.
 */
export async function loadSettings(request: SettingsRequest): Promise<Settings> {
  const cwd = resolve(request.run.cwd);
  if (Object.keys(request.overrides).length === 0 && !locateConfig(cwd, request.run.configFile)) {
    return {
      run: { ...request.run, cwd, configFile: undefined, overrides: {}, overrideSurface: request.surface },
      config: structuredClone(DEFAULT_CONFIG),
    };
  }
  const { resolveSettings } = await import('./settings.js');
  return resolveSettings(request);
}
