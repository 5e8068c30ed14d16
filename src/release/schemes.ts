import { calverScheme } from './calver.js';
import { patternScheme } from './pattern.js';
import type { ReleaseId, ReleaseScheme, SchemeId } from './release-id.js';
import { semverScheme } from './semver.js';

export type { Bump, NextOptions, ReleaseId, ReleaseScheme, SchemeId } from './release-id.js';
export { compareParts } from './release-id.js';

/**
 * The `tagging:` settings that name and order releases. Declared here, below config, so release/ does
 * not import the gate that validates them (src/gates/tagging/config.ts, whose type matches this).
 */
export interface ReleaseNaming {
  scheme: SchemeId;
  prefix: string;
  format: string;
  pattern?: string | undefined;
  'release-branch'?: string | undefined;
  'allow-prerelease': boolean;
}

/** The scheme the config names; config validation has already checked the format or pattern. */
export function schemeFromConfig(config: ReleaseNaming): ReleaseScheme {
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
