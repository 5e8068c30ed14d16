import type { TagInfo } from './git.js';
import { runGit } from './run.js';

/**
 * Every tag and branch of a repository from one `git for-each-ref`, with the fields release history
 * needs (a tag's commit, kind and date; a branch's commit; where origin/HEAD points). Asking git per
 * question costs one process each: `rollback plan` over 2,000 releases asked about a dozen.
 */
export interface RefListing {
  /** In git's order (by ref name), as `GitRepo.listTags` lists them. */
  tags: TagInfo[];
  /**
   * Full branch refs (`refs/heads/main`, `refs/remotes/origin/main`, `refs/remotes/origin/HEAD`) → the
   * commit they point at, or undefined when it is not a plain commit (a tag object, a tree: ask git).
   */
  branches: Map<string, string | undefined>;
  /** The branch name `refs/remotes/origin/HEAD` points at (`main`), when it is a symbolic ref to one. */
  originHead?: string;
}

const FIELDS = [
  '%(refname)',
  '%(objecttype)',
  '%(objectname)',
  '%(*objecttype)',
  '%(*objectname)',
  '%(taggerdate:iso-strict)',
  '%(*committerdate:iso-strict)',
  '%(committerdate:iso-strict)',
  '%(symref)',
];
const ORIGIN_HEAD = 'refs/remotes/origin/HEAD';
const ORIGIN = 'refs/remotes/origin/';

export async function readRefListing(root: string): Promise<RefListing> {
  const out = await runGit(root, [
    'for-each-ref',
    `--format=${FIELDS.join('%00')}`,
    'refs/tags',
    'refs/heads',
    'refs/remotes',
  ]);
  return parseRefListing(out);
}

/** The output of `for-each-ref` in the format above (NUL between fields, a newline after each ref). */
export function parseRefListing(out: string): RefListing {
  const listing: RefListing = { tags: [], branches: new Map() };
  for (const line of out.split('\n')) {
    if (!line) continue;
    const [ref, type, object, peeledType, peeled, taggerDate, peeledDate, commitDate, symref] =
      line.split('\0');
    if (!ref || !object) continue;
    if (ref.startsWith('refs/tags/')) {
      // As GitCli.listTags reads them: the peeled commit of an annotated tag, and which date counts.
      const annotated = type === 'tag';
      const target = annotated ? peeledType : type;
      listing.tags.push({
        name: ref.slice('refs/tags/'.length),
        sha: annotated ? peeled! : object,
        annotated,
        date: (annotated ? taggerDate || peeledDate : commitDate) ?? '',
        ...(target === 'tree' || target === 'blob' || target === 'tag' ? { notACommit: target } : {}),
      });
      continue;
    }
    listing.branches.set(ref, type === 'commit' ? object : undefined);
    if (ref === ORIGIN_HEAD && symref?.startsWith(ORIGIN)) listing.originHead = symref.slice(ORIGIN.length);
  }
  return listing;
}
