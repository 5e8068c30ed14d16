/**
 * The artifact a release ran as, from the ledger (what makes a rollback a redeploy instead of a
 * rebuild), and the findings about what the platform runs (src/deploy/live.ts): drift and auto-deploy.
 */
import type { Finding } from '../core/finding.js';
import type { PlatformView } from '../deploy/live.js';
import type { Artifact } from '../deploy/target.js';
import type { LedgerClient } from '../github/ledger-write.js';
import { rollbackDocs } from './rules.js';

export interface RecordedArtifactHit {
  artifact: Artifact;
  deploymentId: number;
}

/**
 * The newest deployment of exactly this release (tag and commit) to this environment that succeeded
 * and recorded an artifact of this target. Another environment's artifact is never used: each
 * environment is its own project/app/service.
 */
export async function findRecordedArtifact(
  ledger: LedgerClient,
  environment: string,
  release: { tag: string; sha: string },
  target: Artifact['target'],
): Promise<RecordedArtifactHit | undefined> {
  const deployments = await ledger.listDetailed(environment, 50);
  for (const d of deployments) {
    const a = d.payload.artifact;
    if (!a || a.target !== target) continue;
    if ((d.payload.releaseId ?? d.ref) !== release.tag || d.sha !== release.sha) continue;
    const statuses = await ledger.listStatusDetails(d.id);
    if (statuses.some((s) => s.state === 'success')) return { artifact: a, deploymentId: d.id };
  }
  return undefined;
}

/** Drift and auto-deploy as findings (warnings: they inform a rollback, they do not block one). */
export function platformFindings(
  environment: string,
  view: PlatformView | undefined,
  ledgerRelease: string | undefined,
): Finding[] {
  if (!view) return [];
  const out: Finding[] = [];
  const docs = (rule: 'live-drift' | 'auto-deploy-on' | 'platform-not-asked') => rollbackDocs(rule);
  if (view.unavailable)
    out.push({
      gate: 'rollback',
      rule: 'platform-not-asked',
      severity: 'notice',
      message: `Could not ask ${view.target} what runs in ${environment} (${view.unavailable}); the live release${ledgerRelease ? ` ${ledgerRelease}` : ''} is the ledger's, which misses any deploy made outside rollback-ready.`,
      help: 'Give this run the platform token (DEPLOY_TOKEN, or VERCEL_TOKEN / FLY_API_TOKEN / RENDER_API_KEY) to know what really runs; without it, the last recorded deploy stands in for it.',
      docs: docs('platform-not-asked'),
    });
  if (view.drift)
    out.push({
      gate: 'rollback',
      rule: 'live-drift',
      severity: 'warning',
      message: `${view.target} runs commit ${view.sha!.slice(0, 12)} in ${environment}, which is no release tag: something deployed it outside the release workflow.`,
      help: 'Turn off the platform’s auto-deploys (docs/deploy-targets), then release that commit or roll back to the last known-good release.',
      docs: docs('live-drift'),
    });
  else if (view.release && ledgerRelease && view.release !== ledgerRelease)
    out.push({
      gate: 'rollback',
      rule: 'live-drift',
      severity: 'warning',
      message: `${view.target} runs ${view.release} in ${environment}, but the ledger's last successful deployment is ${ledgerRelease}: a deploy happened outside rollback-ready.`,
      help: 'The platform is what users get; the plan starts from it. Deploy through the release workflow so the ledger stays true.',
      docs: docs('live-drift'),
    });
  if (view.autoDeploy)
    out.push({
      gate: 'rollback',
      rule: 'auto-deploy-on',
      severity: 'warning',
      message: `${view.target} deploys pushes to ${environment} by itself: the next push can silently undo a rollback.`,
      help: 'Turn auto-deploy off for this service (docs/deploy-targets).',
      docs: docs('auto-deploy-on'),
    });
  return out;
}
