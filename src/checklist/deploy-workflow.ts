import { packagesWithoutMigrations } from '../core/monorepo.js';
import type { GitRepo } from '../git/git.js';

/**
 * Which workflow on the default branch redeploys the app, for the checklist's "known-good release ready
 * to redeploy" answer. A name alone is weak evidence in a monorepo: `deploy-image-proxy.yml` deploys
 * apps/image-proxy, not the app whose release is judged, and answering "ok" through it would be a
 * button that redeploys something else.
 */
const MAX_WORKFLOW_BYTES = 256 * 1024;

/** A caller of rollback-ready's own reusable deploy or rollback workflow: the button this tool ships. */
const OUR_WORKFLOW =
  /^\s*uses:\s*['"]?[\w.-]+\/rollback-ready\/\.github\/workflows\/(?:deploy|rollback)\.ya?ml@/m;

/** What a deploy workflow's name says it deploys besides "deploy": `deploy-image-proxy` → image-proxy. */
export function deployedPart(file: string): string | undefined {
  const name = (file.split('/').pop() ?? '').replace(/\.ya?ml$/i, '').toLowerCase();
  const part = name
    .replace(/deploy(?:ment)?s?/, ' ')
    .replace(/\b(?:to|the|app|prod|production|release)\b/g, ' ')
    .replace(/^[\s_.-]+|[\s_.-]+$/g, '');
  return part || undefined;
}

/**
 * The workflow that deploys, on the default branch, best evidence first: `rollback-ready-deploy.yml`
 * (init's, beside a team's own), `deploy.yml`; a caller of
 * rollback-ready's reusable workflows; another workflow named for deploying that does not name another
 * package of the repository; then one whose content deploys to production.
 */
export async function findDeployWorkflow(git: GitRepo, ref: string): Promise<string | undefined> {
  let files: string[];
  try {
    files = (await git.listFilesAt(ref, '.github/workflows')).filter((f) => /\.ya?ml$/i.test(f)).sort();
  } catch {
    return undefined;
  }
  // init writes rollback-ready's own as rollback-ready-deploy.yml beside a team's deploy.yml; then the
  // release deploys (and the rollback redeploys) through it, not through theirs.
  const named = (re: RegExp) => files.find((f) => re.test(f.split('/').pop() ?? ''));
  const exact = named(/^rollback-ready-deploy\.ya?ml$/i) ?? named(/^deploy\.ya?ml$/i);
  if (exact) return exact;
  const texts = new Map<string, string>();
  for (const [file, read] of await git.readBlobs(ref, files, MAX_WORKFLOW_BYTES)) {
    if ('bytes' in read) texts.set(file, read.bytes.toString('utf8'));
  }
  const ours = files.find((f) => OUR_WORKFLOW.test(texts.get(f) ?? ''));
  if (ours) return ours;
  const byName = files.filter((f) => /deploy/i.test(f.split('/').pop() ?? ''));
  if (byName.some((f) => deployedPart(f))) {
    // Without migration paths at hand, a folder named migration(s) marks where they are.
    const tree = await git.listFilesAt(ref).catch(() => []);
    const others = packagesWithoutMigrations(tree, (path) => /(?:^|\/)migrations?\//i.test(path));
    const own = byName.find((f) => !others.has(deployedPart(f) ?? ''));
    if (own) return own;
  } else if (byName.length) return byName[0];
  return files.find((file) => {
    const text = texts.get(file) ?? '';
    return (
      /^\s*environment:\s*(?:\{?\s*name:\s*)?['"]?production\b/im.test(text) ||
      /\b(?:vercel|flyctl|fly|railway|render)\b[^\n]*\bdeploy\b/i.test(text)
    );
  });
}

/**
 * Why a deploy target's settings cannot deploy as they stand: a value init wrote for the user to replace
 * (`srv-PASTE_SERVICE_ID`, `ghcr.io/paste_owner/…`), or a command that runs `./script` the default
 * branch does not have. A target with such settings is no rollback button.
 */
export async function deployConfigProblem(
  git: GitRepo,
  ref: string | undefined,
  settings: Record<string, unknown>,
): Promise<string | undefined> {
  for (const [key, value] of Object.entries(settings)) {
    if (typeof value !== 'string') continue;
    if (/paste/i.test(value)) return `still has the placeholder ${key}: ${value}`;
    const script = /^\s*\.\/([\w./-]+)/.exec(value)?.[1];
    if (
      ref &&
      (key === 'command' || key === 'build') &&
      script &&
      !(await git.readBytesCapped(ref, script, 1))
    )
      return `runs ./${script} (${key}), which is not in the repository`;
  }
  return undefined;
}

/**
 * Why a deploy workflow cannot redeploy as it stands: the template's placeholders are still there, or
 * it runs a script the default branch does not have. A file named deploy.yml is not a working button.
 */
export async function deployWorkflowProblem(
  git: GitRepo,
  ref: string,
  file: string,
): Promise<string | undefined> {
  const read = await git.readBytesCapped(ref, file, MAX_WORKFLOW_BYTES);
  if (!read || 'tooLarge' in read) return undefined;
  const text = read.bytes.toString('utf8').replace(/^\s*#.*$/gm, '');
  const placeholder = /<(full-commit-sha|pinned-version)>/.exec(text);
  if (placeholder) return `still has the placeholder ${placeholder[0]}`;
  for (const m of text.matchAll(/\brun:\s*(?:\|\s*)?\.\/([\w./-]+\.sh)\b/g)) {
    const script = m[1]!;
    if ((await git.readBytesCapped(ref, script, 1)) === undefined)
      return `runs ./${script}, which is not in the repository`;
  }
  return undefined;
}
