import { UsageError } from '../core/errors.js';
import { familyLabel, tagFamilies } from '../init/tag-families.js';
import type { TagFamily } from '../init/tag-families.js';
import type { TagInfo } from '../git/git.js';
import type { Settings } from '../config/settings.js';

const YEAR_MS = 365 * 24 * 3600 * 1000;

/**
 * Without a config file, releases are read as `v1.4.2` tags. On a repository that releases under another
 * name (hopp's `2026.6.0`, midday's `midday-v0.5.0`), that default reads a release of years ago, or none,
 * as "what production runs": `status` says v3.0.1 of 2022, `rollback plan` targets v3.0.0, `tag next`
 * prints v3.1.0, the note's Rollback is checked against the wrong release. Such a guess is refused
 * (exit 2) with the family init would write; a configured prefix or scheme is always taken as given.
 */
export function defaultFamilyProblem(
  tags: readonly TagInfo[],
  settings: Pick<Settings, 'run'>,
): string | undefined {
  if (settings.run.configFile !== undefined) return undefined;
  const overrides = settings.run.overrides ?? {};
  if (overrides.scheme !== undefined) return undefined;
  const families = tagFamilies(tags);
  const isDefault = (f: TagFamily) => f.scheme === 'semver' && f.prefix === 'v';
  const newest = families[0];
  if (!newest?.latest || isDefault(newest)) return undefined;
  const ours = families.find(isDefault);
  const time = (f: TagFamily | undefined) => (f?.latest ? Date.parse(f.latest.date) : Number.NaN);
  // Within a year of the newest release, the v-family still releases (a monorepo's other apps tag newer).
  if (ours?.latest && time(newest) - time(ours) <= YEAR_MS) return undefined;
  const theirs = `${newest.latest.name} (${familyLabel(newest)}, ${newest.releases} release tag(s), newest ${newest.latest.date.slice(0, 10)})`;
  const defaults = ours?.latest
    ? `whose newest is ${ours.latest.name} of ${ours.latest.date.slice(0, 10)}`
    : 'of which there are none';
  return `no config file, so release tags are read as v1.4.2, ${defaults}; but this repository's newest releases are ${theirs}. Run "rollback-ready init" (it writes the tag family it finds to .github/rollback-ready.yml), or set tagging.prefix (or tagging.scheme) there`;
}

/** The guard as commands call it: exit 2 before any answer is built on the wrong releases. */
export async function assertReleaseTagsUnderstood(
  git: { listTags(): Promise<TagInfo[]> },
  settings: Pick<Settings, 'run'>,
  command: string,
): Promise<void> {
  if (settings.run.configFile !== undefined) return;
  const problem = defaultFamilyProblem(await git.listTags(), settings);
  if (problem) throw new UsageError(`${command}: ${problem}`);
}
