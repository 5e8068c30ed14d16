import type { TaggingConfig } from '../gates/tagging/config.js';
import { calverScheme } from './calver.js';
import { patternScheme } from './pattern.js';
import type { ReleaseId, ReleaseScheme } from './release-id.js';
import { semverScheme } from './semver.js';

export type { Bump, NextOptions, ReleaseId, ReleaseScheme, SchemeId } from './release-id.js';
export { compareParts } from './release-id.js';

/** The scheme the config names; config validation has already checked the format or pattern. */
export function schemeFromConfig(config: TaggingConfig): ReleaseScheme {
  switch (config.scheme) {
    case 'semver':
      return semverScheme(config.prefix);
    case 'calver':
      return calverScheme(config.format);
    case 'pattern':
      return patternScheme(config.pattern ?? '');
  }
}

/** Parse every name; keep production releases (pre-releases only when allowed), newest last. */
export function releasesIn(
  scheme: ReleaseScheme,
  names: readonly string[],
  allowPrerelease: boolean,
): ReleaseId[] {
  const ids: ReleaseId[] = [];
  for (const name of names) {
    const id = scheme.parse(name);
    if (id && (allowPrerelease || !id.prerelease)) ids.push(id);
  }
  return ids.sort((a, b) => scheme.compare(a, b) || a.name.localeCompare(b.name));
}
