import { TOOL_NAME, TOOL_VERSION } from '../core/tool.js';
import { gitProcess } from '../git/run.js';

/** The placeholder the shipped caller workflows carry where rollback-ready's commit goes. */
export const SHA_PLACEHOLDER = '<full-commit-sha>';

/** Where rollback-ready's releases are tagged; an enterprise mirror or a fork is set through the environment. */
export const DEFAULT_TOOL_SOURCE = `https://github.com/${TOOL_NAME}/${TOOL_NAME}`;
export const TOOL_SOURCE_ENV = 'ROLLBACK_READY_SOURCE';

const FULL_SHA = /^[0-9a-f]{40}$/;
const LS_REMOTE_TIMEOUT_MS = 20_000;

/** The commit every `uses:` of rollback-ready is pinned to, and how init knows it. */
export type ToolPin = KnownPin | UnknownPin;
export interface KnownPin {
  sha: string;
  how: string;
}
/** Not known: the workflows are not written (a `uses:` with a placeholder is an invalid workflow on GitHub). */
export interface UnknownPin {
  why: string;
  source: string;
  tag: string;
}

/** A `--tool-sha` value: a full, lowercase commit SHA, since a tag or short SHA is not a pin. */
export function isFullSha(value: string): boolean {
  return FULL_SHA.test(value);
}

/**
 * The commit of this version's release tag, read with `git ls-remote` (no credentials, no prompt): the
 * release this CLI is, which is what its workflows should run. Trust on first use, like any pin tool; the
 * user sees the SHA and the tag it came from in init's output.
 */
export async function resolveToolPin(cwd: string, given: string | undefined): Promise<ToolPin> {
  if (given !== undefined) return { sha: given, how: 'given with --tool-sha' };
  const source = process.env[TOOL_SOURCE_ENV] || DEFAULT_TOOL_SOURCE;
  const tag = `v${TOOL_VERSION}`;
  const unknown = (why: string): ToolPin => ({ why, source, tag });
  let run;
  try {
    run = await gitProcess(
      cwd,
      ['ls-remote', '--tags', '--', source, `refs/tags/${tag}`, `refs/tags/${tag}^{}`],
      {
        timeoutMs: LS_REMOTE_TIMEOUT_MS,
        maxStdout: 64 * 1024,
      },
    );
  } catch (error) {
    return unknown(error instanceof Error ? error.message : String(error));
  }
  if (run.code !== 0) {
    const said = run.stderr.trim().split('\n').filter(Boolean).at(-1) ?? `git ls-remote exited ${run.code}`;
    return unknown(`could not read ${source}: ${said}`);
  }
  const refs = new Map<string, string>();
  for (const line of run.stdout.toString('utf8').split('\n')) {
    const [sha, ref] = line.split('\t');
    if (sha && ref) refs.set(ref.trim(), sha.trim());
  }
  // An annotated tag's own object is not a commit: the peeled line (^{}) names the commit.
  const sha = refs.get(`refs/tags/${tag}^{}`) ?? refs.get(`refs/tags/${tag}`);
  if (!sha || !isFullSha(sha)) return unknown(`${source} has no tag ${tag}`);
  return { sha, how: `tag ${tag} of ${source}` };
}

/** Fill every placeholder; the version comment beside each `uses:` already names this release. */
export function pinWorkflow(content: string, sha: string): string {
  return content.replaceAll(SHA_PLACEHOLDER, sha);
}
