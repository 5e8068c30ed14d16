import type { GitRepo, TreeEntry } from './git.js';

/**
 * One `git ls-tree` per commit for a whole run: `rollback plan` reads the target's tree for its
 * migrations, again for its code, and compares it with the live release's tree. A commit's tree never
 * changes, so the listing is asked once per (ref, folder) and shared; every other question goes to
 * `git` as it is.
 */
export function rememberTreeListings(git: GitRepo): GitRepo {
  const listings = new Map<string, Promise<TreeEntry[]>>();
  const listTreeAt = (ref: string, under?: string): Promise<TreeEntry[]> => {
    const key = `${ref}\0${under ?? ''}`;
    let listing = listings.get(key);
    if (!listing) {
      listing = git.listTreeAt(ref, under);
      listings.set(key, listing);
      listing.catch(() => listings.delete(key)); // a failure is not remembered: asked again, it fails again
    }
    return listing;
  };
  return new Proxy(git, {
    get(target, property) {
      if (property === 'listTreeAt') return listTreeAt;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * The paths of `newer` that are not the same file in `older` (added, changed in content or mode, or
 * moved there): what `git diff --name-status -M --diff-filter=ACMRT older newer` lists by its new
 * paths, told from the two listings without another process. Deleted paths are not listed.
 */
export function changedPathsBetween(older: readonly TreeEntry[], newer: readonly TreeEntry[]): Set<string> {
  const before = new Map(older.map((e) => [e.path, e]));
  const changed = new Set<string>();
  for (const entry of newer) {
    const was = before.get(entry.path);
    if (!was || was.oid !== entry.oid || was.mode !== entry.mode) changed.add(entry.path);
  }
  return changed;
}
