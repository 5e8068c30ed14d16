import semver from 'semver';
import { UsageError } from '../core/errors.js';
import type { ReleaseScheme } from './release-id.js';

/** `v1.4.2`: a prefix, then a canonical semantic version; `-rc.1` marks a pre-release. */
export function semverScheme(prefix: string): ReleaseScheme {
  const example = `${prefix}1.4.2`;
  // Sorting 2,000 tags compares each about 20 times: each name is read into a SemVer once, not per compare.
  const versions = new Map<string, semver.SemVer>();
  const version = (name: string): semver.SemVer => {
    let v = versions.get(name);
    if (!v) {
      v = new semver.SemVer(name.slice(prefix.length));
      versions.set(name, v);
    }
    return v;
  };
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
      // What semver.compare does, with each side parsed once.
      return version(a.name).compare(version(b.name));
    },
    next(latest, { bump }) {
      if (!latest) return `${prefix}1.0.0`;
      const version = semver.inc(latest.name.slice(prefix.length), bump);
      if (!version) throw new UsageError(`cannot bump ${latest.name} by ${bump}`);
      return `${prefix}${version}`;
    },
  };
}
