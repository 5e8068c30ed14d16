export type SchemeId = 'semver' | 'calver' | 'pattern';
export type Bump = 'patch' | 'minor' | 'major';

/** A tag name read under a scheme: comparable, and known to be a production release or a pre-release. */
export interface ReleaseId {
  name: string;
  /** Numeric parts in significance order (semver: major, minor, patch; calver: year, month, day, N). */
  parts: number[];
  /** A pre-release (`v1.5.0-rc.1`) is never a production release unless configured. */
  prerelease: boolean;
  /** calver only: the release's UTC day, `YYYY-MM-DD`. */
  day?: string;
}

export interface NextOptions {
  bump: Bump;
  /** Now, from an injectable clock; calver uses its UTC date. */
  now: Date;
  /** Every tag already read under the scheme (on the branch or not), so a counter never reuses a name. */
  taken: readonly ReleaseId[];
}

export interface ReleaseScheme {
  id: SchemeId;
  /** For messages: `semver (v1.4.2)`. */
  label: string;
  /** A valid ID of this scheme, for help text. */
  example: string;
  parse(name: string): ReleaseId | undefined;
  /** Negative when a is released before b in the scheme's order. */
  compare(a: ReleaseId, b: ReleaseId): number;
  /** The ID after `latest` (the first release when there is none). */
  next(latest: ReleaseId | undefined, options: NextOptions): string;
}

/** Compare numeric parts left to right; a shorter list sorts first on a tie. */
export function compareParts(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
