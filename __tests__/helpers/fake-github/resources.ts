/**
 * Factories for complete GitHub REST resources. Every object carries all the fields the
 * OpenAPI description marks as required (the fake validates each response against it), and is
 * typed with Octokit's generated types so a missing field is also a compile error.
 * API URLs point at the fake server (`ctx.api`) so clients that follow `url` / `Link` stay local.
 */
import { createHash } from 'node:crypto';
import type { RestEndpointMethodTypes } from '@octokit/rest';

type R = RestEndpointMethodTypes;
export type IssueComment = R['issues']['getComment']['response']['data'];
export type SimpleUser = NonNullable<IssueComment['user']>;
export type Release = R['repos']['getRelease']['response']['data'];
export type Deployment = R['repos']['getDeployment']['response']['data'];
export type DeploymentStatus = R['repos']['getDeploymentStatus']['response']['data'];
export type ContentFile = R['repos']['getContent']['response']['data'] & { type: 'file' };

export interface ResourceContext {
  /** Base URL of the fake API, no trailing slash, e.g. `http://127.0.0.1:1234`. */
  api: string;
  /** Base URL of the web UI. */
  web: string;
}

export interface RepoRef {
  owner: string;
  name: string;
  id: number;
}

export const DOCS = 'https://docs.github.com/rest';

/** GitHub-style timestamp without milliseconds. */
export function timestamp(date: Date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function nodeId(kind: string, id: number): string {
  return Buffer.from(`0:${kind}${id}`).toString('base64');
}

/** A stable, fake 40-hex commit SHA derived from any text. */
export function fakeSha(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

export function userId(login: string): number {
  return parseInt(fakeSha(login).slice(0, 7), 16);
}

export function simpleUser(
  ctx: ResourceContext,
  login: string,
  type = login.endsWith('[bot]') ? 'Bot' : 'User',
): SimpleUser {
  const id = userId(login);
  const u = `${ctx.api}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: nodeId('User', id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: u,
    // Bots have no profile page of their own: GitHub links them to their app (`/apps/name`).
    html_url: login.endsWith('[bot]')
      ? `${ctx.web}/apps/${encodeURIComponent(login.slice(0, -5))}`
      : `${ctx.web}/${encodeURIComponent(login)}`,
    followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`,
    starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`,
    repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`,
    received_events_url: `${u}/received_events`,
    type,
    site_admin: false,
    user_view_type: 'public',
  };
}

export function issueComment(
  ctx: ResourceContext,
  repo: RepoRef,
  id: number,
  issueNumber: number,
  body: string,
  user: SimpleUser,
  now = timestamp(),
): IssueComment {
  const api = `${ctx.api}/repos/${repo.owner}/${repo.name}`;
  return {
    id,
    node_id: nodeId('IssueComment', id),
    url: `${api}/issues/comments/${id}`,
    html_url: `${ctx.web}/${repo.owner}/${repo.name}/issues/${issueNumber}#issuecomment-${id}`,
    issue_url: `${api}/issues/${issueNumber}`,
    body,
    user,
    created_at: now,
    updated_at: now,
    author_association: 'NONE',
    performed_via_github_app: null,
    reactions: {
      url: `${api}/issues/comments/${id}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      confused: 0,
      heart: 0,
      hooray: 0,
      eyes: 0,
      rocket: 0,
    },
  };
}

export interface ReleaseInput {
  tag_name: string;
  target_commitish?: string;
  name?: string | null;
  body?: string | null;
  draft?: boolean;
  prerelease?: boolean;
}

export function release(
  ctx: ResourceContext,
  repo: RepoRef,
  id: number,
  input: ReleaseInput,
  author: SimpleUser,
  now = timestamp(),
): Release {
  const api = `${ctx.api}/repos/${repo.owner}/${repo.name}`;
  const web = `${ctx.web}/${repo.owner}/${repo.name}`;
  const draft = input.draft ?? false;
  const tag = encodeURIComponent(input.tag_name);
  return {
    id,
    node_id: nodeId('Release', id),
    url: `${api}/releases/${id}`,
    html_url: draft ? `${web}/releases/tag/untagged-${id}` : `${web}/releases/tag/${tag}`,
    assets_url: `${api}/releases/${id}/assets`,
    upload_url: `${ctx.api}/uploads/repos/${repo.owner}/${repo.name}/releases/${id}/assets{?name,label}`,
    tarball_url: `${api}/tarball/${tag}`,
    zipball_url: `${api}/zipball/${tag}`,
    tag_name: input.tag_name,
    target_commitish: input.target_commitish ?? 'main',
    name: input.name ?? input.tag_name,
    body: input.body ?? null,
    draft,
    prerelease: input.prerelease ?? false,
    immutable: false,
    created_at: now,
    published_at: draft ? null : now,
    updated_at: now,
    author,
    assets: [],
  };
}

export interface DeploymentInput {
  ref: string;
  sha?: string;
  task?: string;
  environment?: string;
  description?: string | null;
  payload?: Record<string, unknown> | string;
  transient_environment?: boolean;
  production_environment?: boolean;
}

export function deployment(
  ctx: ResourceContext,
  repo: RepoRef,
  id: number,
  input: DeploymentInput,
  creator: SimpleUser,
  now = timestamp(),
): Deployment {
  const api = `${ctx.api}/repos/${repo.owner}/${repo.name}`;
  const environment = input.environment ?? 'production';
  return {
    id,
    node_id: nodeId('Deployment', id),
    url: `${api}/deployments/${id}`,
    sha: input.sha ?? (/^[0-9a-f]{40}$/.test(input.ref) ? input.ref : fakeSha(input.ref)),
    ref: input.ref,
    task: input.task ?? 'deploy',
    payload: input.payload ?? {},
    original_environment: environment,
    environment,
    description: input.description ?? null,
    creator,
    created_at: now,
    updated_at: now,
    statuses_url: `${api}/deployments/${id}/statuses`,
    repository_url: api,
    transient_environment: input.transient_environment ?? false,
    production_environment: input.production_environment ?? environment === 'production',
    performed_via_github_app: null,
  };
}

export interface DeploymentStatusInput {
  state: DeploymentStatus['state'];
  description?: string;
  environment?: string;
  target_url?: string;
  log_url?: string;
  environment_url?: string;
}

export function deploymentStatus(
  ctx: ResourceContext,
  repo: RepoRef,
  id: number,
  dep: Deployment,
  input: DeploymentStatusInput,
  creator: SimpleUser,
  now = timestamp(),
): DeploymentStatus {
  const api = `${ctx.api}/repos/${repo.owner}/${repo.name}`;
  // GitHub answers `""` for an unset target_url, which its own description (format: uri) rejects;
  // the fake falls back to the run page so its responses stay valid.
  const target = input.target_url ?? input.log_url ?? `${ctx.web}/${repo.owner}/${repo.name}/deployments`;
  return {
    id,
    node_id: nodeId('DeploymentStatus', id),
    url: `${api}/deployments/${dep.id}/statuses/${id}`,
    state: input.state,
    creator,
    description: input.description ?? '',
    environment: input.environment ?? dep.environment,
    target_url: target,
    log_url: input.log_url ?? target,
    ...(input.environment_url === undefined ? {} : { environment_url: input.environment_url }),
    created_at: now,
    updated_at: now,
    deployment_url: `${api}/deployments/${dep.id}`,
    repository_url: api,
    performed_via_github_app: null,
  };
}

export function contentFile(
  ctx: ResourceContext,
  repo: RepoRef,
  path: string,
  content: string,
  ref: string,
): ContentFile {
  const api = `${ctx.api}/repos/${repo.owner}/${repo.name}`;
  const bytes = Buffer.from(content, 'utf8');
  const sha = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
  const encodedPath = path.split('/').map(encodeURIComponent).join('/');
  const self = `${api}/contents/${encodedPath}?ref=${encodeURIComponent(ref)}`;
  const html = `${ctx.web}/${repo.owner}/${repo.name}/blob/${encodeURIComponent(ref)}/${encodedPath}`;
  const git = `${api}/git/blobs/${sha}`;
  return {
    type: 'file',
    encoding: 'base64',
    size: bytes.length,
    name: path.split('/').pop() ?? path,
    path,
    content: (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n'),
    sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url: `https://raw.githubusercontent.com/${repo.owner}/${repo.name}/${encodeURIComponent(ref)}/${encodedPath}`,
    _links: { self, git, html },
  };
}

/** GitHub's error body shape. */
export function errorBody(
  status: number,
  message: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { message, documentation_url: DOCS, status: String(status), ...extra };
}
