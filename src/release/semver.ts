import semver from 'semver';
import { UsageError } from '../core/errors.js';
import type { ReleaseScheme } from './release-id.js';

/** `v1.4.2`: a prefix, then a canonical semantic version; `-rc.1` marks a pre-release. */
export function semverScheme(prefix: string): ReleaseScheme {
  const example = `${prefix}1.4.2`;
  return {
    id: 'semver',
    label: `semver with prefix "${prefix}" (${example})`,
    example,
    parse(name) {
      if (!name.startsWith(prefix)) return undefined;
      const raw = name.slice(prefix.length);
      const parsed = semver.parse(raw, { loose: false });
      // Exactly the canonical form: no leading zeros, no "=" or second "v", no build metadata.
      if (!parsed || parsed.version !== raw) return undefined;
      return {
        name,
        parts: [parsed.major, parsed.minor, parsed.patch],
        prerelease: parsed.prerelease.length > 0,
      };
    },
    compare(a, b) {
      return semver.compare(a.name.slice(prefix.length), b.name.slice(prefix.length));
    },
    next(latest, { bump }) {
      if (!latest) return `${prefix}1.0.0`;
      const version = semver.inc(latest.name.slice(prefix.length), bump);
      if (!version) throw new UsageError(`cannot bump ${latest.name} by ${bump}`);
      return `${prefix}${version}`;
    },
  };
}
