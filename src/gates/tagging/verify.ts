import type { Finding } from '../../core/finding.js';
import type { ReleaseHistory, TaggedRelease } from '../../release/history.js';
import type { ReleaseGit } from '../../release/release-git.js';
import type { TaggingConfig } from './config.js';
import { ruleDocs } from './rules.js';
import type { TaggingRuleId } from './rules.js';

export interface VerifyOutcome {
  findings: Finding[];
  releaseId: string;
  /** The commit the tag names (existing tag) or would name (proposed). */
  sha: string;
  existing: boolean;
  summary: string;
}

function finding(rule: TaggingRuleId, message: string, help: string): Finding {
  return { gate: 'tagging', rule, severity: 'error', message, help, docs: ruleDocs(rule) };
}

/**
 * Check a release ID as a tag: an existing tag where it points, or a proposed name on `head`.
 * One finding per reason; the name itself was validated before (a bad name is a usage error).
 */
export async function verifyReleaseTag(
  git: ReleaseGit,
  history: ReleaseHistory,
  config: TaggingConfig,
  request: { name: string; head: string },
): Promise<VerifyOutcome> {
  const { name } = request;
  const { scheme } = history;
  const tag = history.allTags.find((t) => t.name === name);
  const sha = tag?.sha ?? request.head;
  const short = sha.slice(0, 7);
  const findings: Finding[] = [];
  const id = scheme.parse(name);

  if (!id) {
    findings.push(
      finding(
        'release-id-scheme',
        `${name} is not a release ID of the ${scheme.label} scheme.`,
        `Name releases like ${scheme.example}; "rollback-ready tag next" prints the next one.`,
      ),
    );
  } else if (id.prerelease && !config['allow-prerelease']) {
    findings.push(
      finding(
        'release-id-prerelease',
        `${name} is a pre-release, and pre-releases are not production releases here.`,
        'Tag production with a plain version, or set tagging.allow-prerelease: true if pre-releases do go to production.',
      ),
    );
  }

  const branch = history.branch;
  if (!branch) {
    const wanted = config['release-branch'] ?? 'the default branch';
    findings.push(
      finding(
        'release-branch-missing',
        `Cannot check ${name} against the release branch: ${wanted} is not in this clone.`,
        'Fetch the full history (actions/checkout with fetch-depth: 0), or set tagging.release-branch.',
      ),
    );
  } else {
    let onBranch = false;
    for (const tip of branch.tips) if (!onBranch) onBranch = await git.isAncestor(sha, tip);
    if (!onBranch) {
      findings.push(
        finding(
          'tag-off-release-branch',
          `${name} ${tag ? 'points at' : 'would point at'} ${short}, which is not on the release branch ${branch.name}.`,
          `Release only commits that are on ${branch.name} (merge first), so a rollback never lands on code that was never on the branch.`,
        ),
      );
    }
  }

  if (id && !(id.prerelease && !config['allow-prerelease'])) {
    const earlier = await earlierReleases(git, history, name, sha, Boolean(tag));
    const newest = earlier.at(-1);
    if (newest && scheme.compare(id, newest.id) <= 0) {
      findings.push(
        finding(
          'release-id-order',
          `${name} is not after ${newest.id.name}, an earlier release${branch ? ` on ${branch.name}` : ''}; release IDs must only go up.`,
          `Use an ID after ${newest.id.name} ("rollback-ready tag next" prints it), so "the latest release" always means the newest code.`,
        ),
      );
    }
  }

  const twins = history.tagged.filter(
    (t) => t.tag.sha === sha && t.id.name !== name && (config['allow-prerelease'] || !t.id.prerelease),
  );
  if (twins.length) {
    findings.push(
      finding(
        'duplicate-release-id',
        `${short} is already released as ${twins.map((t) => t.id.name).join(', ')}; one commit gets one release ID.`,
        'Keep the existing release ID, or make the new release from a new commit.',
      ),
    );
  }

  const branches = await git.branchesNamed(name);
  if (branches.length) {
    findings.push(
      finding(
        'tag-branch-confusion',
        `${name} is also the name of a branch (${branches.join(', ')}); git and GitHub may resolve it to the branch instead of the tag.`,
        `Delete or rename the branch (git push origin --delete ${name}), so a rollback to ${name} cannot pick up a branch.`,
      ),
    );
  }

  if (tag && !tag.annotated && config['require-annotated']) {
    findings.push(
      finding(
        'lightweight-tag',
        `${name} is a lightweight tag; this repository requires annotated tags (tagging.require-annotated).`,
        `Recreate it annotated: git tag -a ${name} -m "Release ${name}" ${short}, or let the release workflow create it.`,
      ),
    );
  }

  const what = tag
    ? `${tag.annotated ? 'annotated' : 'lightweight'} tag on ${short}`
    : `proposed for ${short}`;
  const verdict = findings.length ? `${findings.length} problem(s)` : 'ok';
  return {
    findings,
    releaseId: name,
    sha,
    existing: Boolean(tag),
    summary: `${name} (${what}, ${scheme.id}${branch ? `, branch ${branch.name}` : ''}): ${verdict}`,
  };
}

/** Releases before this one: for an existing tag, those in its history; for a proposed one, all on the branch. */
async function earlierReleases(
  git: ReleaseGit,
  history: ReleaseHistory,
  name: string,
  sha: string,
  existing: boolean,
): Promise<TaggedRelease[]> {
  const others = history.releases.filter((r) => r.id.name !== name);
  if (!existing) return others;
  const reachable = await git.tagsReachableFrom(sha);
  return others.filter((r) => reachable.has(r.id.name) && r.tag.sha !== sha);
}
