/**
 * Which platform a repository deploys to, from the files the platforms' own CLIs write: .vercel/
 * project.json or vercel.json (Vercel), fly.toml (Fly.io), render.yaml (Render), a Dockerfile (a
 * container). The ids found there prefill deploy.environments; what cannot be found is left as a
 * placeholder the config names (a Render service id, a staging app).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DetectedPlatform {
  target: 'vercel' | 'fly' | 'render' | 'container';
  /** The file that gave it away, for the summary. */
  evidence: string;
  /** deploy.environments.production as found (ids), or placeholders to paste over. */
  production: Record<string, string>;
  /** What the user still has to paste, in words (empty: nothing). */
  paste: string[];
}

const MAX = 64 * 1024;

function read(root: string, path: string): string | undefined {
  const full = join(root, path);
  if (!existsSync(full)) return undefined;
  try {
    const text = readFileSync(full, 'utf8');
    return text.length > MAX ? text.slice(0, MAX) : text;
  } catch {
    return undefined;
  }
}

const SAFE_ID = /^[A-Za-z0-9._:-]{1,200}$/;

/** Build and push the release's image; ROLLBACK_READY_IMAGE is the configured image with its tag. */
const FLY_BUILD =
  'docker build -t "$ROLLBACK_READY_IMAGE" . && printf %s "${FLY_API_TOKEN:-$DEPLOY_TOKEN}" | docker login registry.fly.io -u x --password-stdin && docker push "$ROLLBACK_READY_IMAGE"';

export function detectPlatform(root: string): DetectedPlatform | undefined {
  const linked = read(root, '.vercel/project.json');
  if (linked !== undefined || read(root, 'vercel.json') !== undefined) {
    let project: string | undefined;
    let team: string | undefined;
    try {
      const json = JSON.parse(linked ?? '{}') as { projectId?: unknown; orgId?: unknown };
      if (typeof json.projectId === 'string' && SAFE_ID.test(json.projectId)) project = json.projectId;
      if (typeof json.orgId === 'string' && /^team_/.test(json.orgId) && SAFE_ID.test(json.orgId))
        team = json.orgId;
    } catch {
      // an unreadable link file: ask for the id instead
    }
    return {
      target: 'vercel',
      evidence: linked !== undefined ? '.vercel/project.json' : 'vercel.json',
      production: { project: project ?? 'prj_PASTE_PROJECT_ID', ...(team ? { team } : {}) },
      paste: project ? [] : ['the Vercel project id (Project → Settings → General → Project ID)'],
    };
  }
  const flyToml = read(root, 'fly.toml');
  if (flyToml !== undefined) {
    const app = /^\s*app\s*=\s*["']([^"'\n]+)["']/m.exec(flyToml)?.[1];
    const ok = app && SAFE_ID.test(app);
    // The Machines API runs images, it cannot build: with a Dockerfile, the release builds and pushes
    // the image of its exact commit (docker is on GitHub's runners; a Fly token logs in to its registry).
    const dockerfile = read(root, 'Dockerfile') !== undefined;
    return {
      target: 'fly',
      evidence: 'fly.toml',
      production: {
        app: ok ? app : 'paste-fly-app',
        image: `registry.fly.io/${ok ? app : 'paste-fly-app'}:{tag}`,
        ...(dockerfile ? { build: FLY_BUILD } : {}),
      },
      paste: [
        ...(ok ? [] : ['the Fly app name']),
        ...(dockerfile
          ? []
          : [
              'a build command that pushes registry.fly.io/<app>:$ROLLBACK_READY_RELEASE (deploy.environments.production.build)',
            ]),
      ],
    };
  }
  const renderYaml = read(root, 'render.yaml');
  if (renderYaml !== undefined) {
    return {
      target: 'render',
      evidence: 'render.yaml',
      production: { service: 'srv-PASTE_SERVICE_ID' },
      paste: ['the Render service id (srv-…, in the service URL on dashboard.render.com)'],
    };
  }
  if (read(root, 'Dockerfile') !== undefined) {
    return {
      target: 'container',
      evidence: 'Dockerfile',
      // Placeholders the checklist recognises (an image name must be lowercase): never values that look real.
      production: { image: 'ghcr.io/paste_owner/paste_app:{tag}', command: 'PASTE_DEPLOY_COMMAND' },
      paste: ['the image your build pushes', 'the command that runs $ROLLBACK_READY_IMAGE on your host'],
    };
  }
  return undefined;
}

/** The `deploy:` group for .github/rollback-ready.yml. */
export function deployConfigText(platform: DetectedPlatform | undefined): string {
  if (!platform)
    return [
      'deploy:',
      '  target: none                  # vercel, fly, render, container or script: see docs/deploy-targets/',
      '',
    ].join('\n');
  const entries = Object.entries(platform.production)
    .map(([k, v]) => `${k}: ${/[{}:]/.test(v) ? JSON.stringify(v) : v}`)
    .join(', ');
  return [
    'deploy:',
    `  target: ${platform.target.padEnd(20)}# detected from ${platform.evidence}; docs/deploy-targets/${platform.target}.md`,
    '  environments:                 # one project/app/service per environment; tokens only in secrets (DEPLOY_TOKEN)',
    `    production: { ${entries} }`,
    `    # staging: { ${entries.replace(/PASTE[_-]?/g, 'PASTE_STAGING_')} }`,
    '',
  ].join('\n');
}
