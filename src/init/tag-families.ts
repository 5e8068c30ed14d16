import { packagesWithoutMigrations } from '../core/monorepo.js';
import type { TagInfo } from '../git/git.js';
import { calverScheme } from '../release/calver.js';
import { semverScheme } from '../release/semver.js';

/** The calver format init proposes and recognises. */
export const CALVER_FORMAT = 'prod-YYYY-MM-DD.N';

/** Characters a semver prefix may hold (the config accepts the same). */
export const PREFIX_CHARS = /^[A-Za-z0-9._/@-]*$/;

/**
 * Tags named alike: one semver prefix (`v`, `v.docker.`, `trigger.dev@`, `helm-v`, or none) or calver.
 * Real repositories carry several; the previous release is only ever looked for within one.
 */
export interface TagFamily {
  scheme: 'semver' | 'calver';
  /** semver: the text before the version (may be empty). */
  prefix?: string;
  /** calver: the format. */
  format?: string;
  /** Production tags (no pre-releases) in the family. */
  releases: number;
  /** The family's newest production tag by tag date, if it has one. */
  latest?: { name: string; date: string; sha?: string };
  /** Production tags dated within a year before the newest tag of the repository. */
  recent: number;
  /**
   * The package the prefix names (`desktop-v` → `apps/desktop`, a folder with its own package.json)
   * when it holds none of the migrations: the family releases another program of a monorepo, not the
   * app whose schema the gates check.
   */
  otherPart?: string;
}

/** What init knows of the repository's shape, to tell a monorepo's families apart. */
export interface RepositoryShape {
  /** Every tracked or untracked file's path. */
  files: readonly string[];
  /** The migration files found. */
  migrations: readonly string[];
}

const SEMVER_TAIL = /^(.*?)((?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?)$/;
const YEAR_MS = 365 * 24 * 3600 * 1000;

export function familyLabel(f: TagFamily): string {
  return f.scheme === 'calver' ? `calver ${f.format}` : `semver prefix ${JSON.stringify(f.prefix)}`;
}

function familyKey(
  tag: string,
): { key: string; family: Omit<TagFamily, 'releases' | 'recent'>; prerelease: boolean } | undefined {
  const calver = calverScheme(CALVER_FORMAT).parse(tag);
  if (calver)
    return { key: 'calver', family: { scheme: 'calver', format: CALVER_FORMAT }, prerelease: false };
  const m = SEMVER_TAIL.exec(tag);
  if (!m) return undefined;
  const prefix = m[1]!;
  if (!PREFIX_CHARS.test(prefix) || prefix.length > 40) return undefined;
  // A prefix ending in a digit would split `1.2.3.4` or `re2-…` oddly: such names are not a version family.
  if (/\d$/.test(prefix)) return undefined;
  const id = semverScheme(prefix).parse(tag);
  if (!id) return undefined;
  return { key: `semver:${prefix}`, family: { scheme: 'semver', prefix }, prerelease: id.prerelease };
}

/** The part of a repository a semver prefix names: `desktop-v` → desktop, `@acme/api@` → api, `v` → none. */
export function prefixPart(prefix: string): string | undefined {
  const last = prefix.split('/').at(-1)!;
  const part = last.replace(/^v[-_.]/i, '').replace(/(?:[-_.@]+v)?[-_.@]*$/i, '');
  return /^v?$/i.test(part) ? undefined : part;
}

/**
 * Group tags into families, best first: the family whose newest release is newest (by day) tags the
 * releases that ship today; on a tie, of two naming the same commit the shorter prefix, else the one with
 * more releases in the last year, then the shorter prefix.
 * With the repository's shape, a family named after another package of a monorepo (`desktop-v` for
 * apps/desktop while the migrations are in apps/web) comes after every family released in the last year
 * that is not: its tags say nothing about the schema the gates check.
 */
export function tagFamilies(tags: readonly TagInfo[], shape?: RepositoryShape): TagFamily[] {
  const families = new Map<string, TagFamily>();
  const times: { key: string; time: number }[] = [];
  for (const tag of tags) {
    const read = familyKey(tag.name);
    if (!read) continue;
    let family = families.get(read.key);
    if (!family) {
      family = { ...read.family, releases: 0, recent: 0 };
      families.set(read.key, family);
    }
    if (read.prerelease) continue;
    family.releases += 1;
    const time = Date.parse(tag.date);
    if (Number.isNaN(time)) continue;
    times.push({ key: read.key, time });
    if (!family.latest || time > Date.parse(family.latest.date))
      family.latest = { name: tag.name, date: tag.date, sha: tag.sha };
  }
  const newest = Math.max(...times.map((t) => t.time));
  for (const t of times) if (newest - t.time <= YEAR_MS) families.get(t.key)!.recent += 1;
  const day = (f: TagFamily) => (f.latest ? new Date(f.latest.date).toISOString().slice(0, 10) : '');
  const found = [...families.values()].filter((f) => f.releases > 0);
  if (shape) {
    const migrations = new Set(shape.migrations);
    const others = packagesWithoutMigrations(shape.files, (path) => migrations.has(path));
    for (const f of found) {
      const part = f.scheme === 'semver' ? prefixPart(f.prefix ?? '') : undefined;
      const other = part ? others.get(part.toLowerCase()) : undefined;
      if (other) f.otherPart = other;
    }
  }
  const liveOwn = found.some((f) => !f.otherPart && f.recent > 0);
  const elsewhere = (f: TagFamily) => (liveOwn && f.otherPart ? 1 : 0);
  // Two families whose newest tags name the same commit name the same release (trigger.dev tags
  // v4.5.12, v.docker.4.5.12 and helm-v4.5.12 together): the plainer name is the release ID people say,
  // whichever family has more tags (the build pipeline's may tag more often).
  const sameRelease = (a: TagFamily, b: TagFamily) =>
    a.latest?.sha !== undefined && a.latest.sha === b.latest?.sha ? 1 : 0;
  return found.sort(
    (a, b) =>
      elsewhere(a) - elsewhere(b) ||
      day(b).localeCompare(day(a)) ||
      sameRelease(a, b) * ((a.prefix ?? '').length - (b.prefix ?? '').length) ||
      b.recent - a.recent ||
      (a.prefix ?? '').length - (b.prefix ?? '').length ||
      (a.prefix ?? '').localeCompare(b.prefix ?? ''),
  );
}
