import type { Artifact, DeployTarget } from '../deploy/target.js';
import type { CommandContext } from './command.js';

/**
 * The deploy target of one environment, opened on demand: undefined when deploy.target is none or the
 * environment is not under deploy.environments (status and plan then rely on the ledger alone). The
 * platforms' clients are loaded only then: a plan without a target never loads them.
 */
export function platformOf(
  ctx: CommandContext,
  environment: string,
): () => Promise<DeployTarget | undefined> {
  return async () => {
    const deploy = ctx.settings.config.deploy;
    if (deploy.target === 'none' || !deploy.environments[environment]) return undefined;
    const { openTarget } = await import('../deploy/open.js');
    return openTarget({
      config: deploy,
      environment,
      cwd: ctx.settings.run.cwd,
      ...(ctx.env ? { env: ctx.env } : {}),
    });
  };
}

/** The configured target's name for an environment (to name it when it cannot be opened), or undefined. */
export function configuredTarget(ctx: CommandContext, environment: string): Artifact['target'] | undefined {
  const deploy = ctx.settings.config.deploy;
  return deploy.target === 'none' || !deploy.environments[environment] ? undefined : deploy.target;
}
