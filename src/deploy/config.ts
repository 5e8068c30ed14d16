import { z } from 'zod';

/** The platforms a release can be deployed to; `none` leaves deploying to the team's own workflow. */
export const TARGET_NAMES = ['none', 'vercel', 'fly', 'render', 'container', 'script'] as const;
export type TargetName = (typeof TARGET_NAMES)[number];

const id = (what: string) =>
  z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[A-Za-z0-9._:-]+$/, `a ${what}: letters, digits and . _ : - only`);

/**
 * Where one environment lives on the platform. Ids only: tokens come from the environment
 * (VERCEL_TOKEN, FLY_API_TOKEN, RENDER_API_KEY or DEPLOY_TOKEN), never from this file, which is
 * committed and read from pull requests.
 */
export const deployEnvironmentSchema = z.strictObject({
  /** Vercel: the project id (prj_…) or name. */
  project: id('Vercel project id such as prj_abc123').optional(),
  /** Vercel: the team id (team_…) when the project belongs to a team. */
  team: id('Vercel team id such as team_abc123').optional(),
  /** Fly.io: the app name. */
  app: id('Fly app name').optional(),
  /** Render: the service id (srv-…). */
  service: id('Render service id such as srv-abc123').optional(),
  /**
   * fly and container: the image a release deploys, `{tag}` standing for the release tag,
   * e.g. registry.fly.io/my-app:{tag} (pushed by your build; rollbacks use the recorded digest).
   */
  image: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .regex(/^[a-z0-9][a-z0-9._\-/:@{}]*$/, 'an image reference such as registry.fly.io/my-app:{tag}')
    .optional(),
  /** container and script: the command that deploys (run with sh -c; told what to do through env). */
  command: z
    .string()
    .trim()
    .min(1)
    .max(1000)
    .regex(/^[^\r\n]+$/, 'one line; put longer logic in a script file')
    .optional(),
  /**
   * container, script and fly: the command that builds a release, run at its exact commit in a throwaway
   * git worktree (ROLLBACK_READY_SOURCE_DIR); it may print rollback-ready-artifact=<image@sha256:…>.
   * Runs before every release deploy, and for a rollback whose release has no recorded artifact.
   */
  build: z
    .string()
    .trim()
    .min(1)
    .max(1000)
    .regex(/^[^\r\n]+$/, 'one line; put longer logic in a script file')
    .optional(),
  /** Mark an environment as production when its name is not `production` (drills refuse it). */
  production: z.boolean().optional(),
});
export type DeployEnvironment = z.infer<typeof deployEnvironmentSchema>;

/** What each target needs per environment, for the error that names the missing key. */
export const REQUIRED_KEY: Record<Exclude<TargetName, 'none'>, keyof DeployEnvironment> = {
  vercel: 'project',
  fly: 'app',
  render: 'service',
  container: 'command',
  script: 'command',
};

/** `deploy:` in .github/rollback-ready.yml: which platform, and where each environment lives on it. */
export const deployConfigSchema = z
  .strictObject({
    target: z.enum(TARGET_NAMES).default('none'),
    /** Per environment name (production, staging, …): its project/app/service. */
    environments: z
      .record(
        z.string().regex(/^[A-Za-z0-9._ -]{1,255}$/, 'an environment name such as production'),
        deployEnvironmentSchema,
      )
      .default({}),
    /** Seconds to wait for the platform to report the deploy live. */
    timeout: z.number().int().min(10).max(3600).default(900),
  })
  .superRefine((value, ctx) => {
    if (value.target === 'none') return;
    const key = REQUIRED_KEY[value.target];
    for (const [name, env] of Object.entries(value.environments)) {
      if (env[key] === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['environments', name, key],
          message: `target ${value.target} needs ${key} for every environment`,
        });
    }
  });
export type DeployConfig = z.infer<typeof deployConfigSchema>;
