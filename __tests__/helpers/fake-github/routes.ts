/**
 * Handlers of the operations the fake implements, keyed by OpenAPI operationId. Request bodies
 * reach a handler only after they validated against the description.
 */
import type { OperationMatch } from './openapi.js';
import { errorBody, timestamp } from './resources.js';
import type { DeploymentStatusInput } from './resources.js';
import type { FakeState, RepoState } from './state.js';

export interface RouteRequest {
  match: OperationMatch;
  url: URL;
  body: unknown;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /**
   * A generic error (not found, bad credentials...) that GitHub can answer on any route; the
   * server checks it against the description only when the description documents that status.
   */
  generic?: boolean;
}

type Handler = (repo: RepoState, req: RouteRequest, state: FakeState) => RouteResult;
type Fields = Record<string, unknown>;

export function notFound(): RouteResult {
  return { status: 404, body: errorBody(404, 'Not Found'), generic: true };
}

function fields(body: unknown): Fields {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Fields) : {};
}

function str(f: Fields, key: string): string | undefined {
  const v = f[key];
  return typeof v === 'string' ? v : undefined;
}

function bool(f: Fields, key: string): boolean | undefined {
  const v = f[key];
  return typeof v === 'boolean' ? v : undefined;
}

function num(value: string | undefined): number {
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : NaN;
}

/** GitHub pagination: `per_page` (default 30, max 100), `page` (1-based) and a `Link` header. */
export function paginate<T>(items: T[], url: URL): RouteResult {
  const perPage = Math.min(100, Math.max(1, num(url.searchParams.get('per_page') ?? '30') || 30));
  const page = Math.max(1, num(url.searchParams.get('page') ?? '1') || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const body = items.slice((page - 1) * perPage, page * perPage);
  const pageUrl = (n: number): string => {
    const u = new URL(url.href);
    u.searchParams.set('page', String(n));
    return u.href;
  };
  const links: string[] = [];
  if (page > 1) links.push(`<${pageUrl(Math.min(page - 1, last))}>; rel="prev"`);
  if (page < last) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(last)}>; rel="last"`);
  if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`);
  return { status: 200, body, headers: links.length > 0 ? { link: links.join(', ') } : {} };
}

function created(body: { url: string }): RouteResult {
  return { status: 201, body, headers: { location: body.url } };
}

function validationFailed(resource: string, field: string, code: string): RouteResult {
  return { status: 422, body: errorBody(422, 'Validation Failed', { errors: [{ resource, code, field }] }) };
}

const handlers: Record<string, Handler> = {
  'repos/get': (repo) => ({ status: 200, body: repo.repository }),

  'issues/list-comments': (repo, { match, url }) => {
    const since = url.searchParams.get('since');
    const list = repo
      .commentsOn(num(match.params.issue_number))
      .filter((c) => !since || c.updated_at >= since);
    return paginate(list, url);
  },
  'issues/create-comment': (repo, { match, body }) =>
    created(repo.addComment(num(match.params.issue_number), str(fields(body), 'body') ?? '')),
  'issues/get-comment': (repo, { match }) => {
    const found = repo.findComment(num(match.params.comment_id));
    return found ? { status: 200, body: found.comment } : notFound();
  },
  'issues/update-comment': (repo, { match, body }) => {
    const found = repo.findComment(num(match.params.comment_id));
    if (!found) return notFound();
    found.comment.body = str(fields(body), 'body') ?? '';
    found.comment.updated_at = timestamp();
    return { status: 200, body: found.comment };
  },
  'issues/delete-comment': (repo, { match }) => {
    const found = repo.findComment(num(match.params.comment_id));
    if (!found) return notFound();
    repo.comments.splice(repo.comments.indexOf(found), 1);
    return { status: 204 };
  },

  'pulls/get': (repo, { match }) => {
    const pr = repo.pulls.get(num(match.params.pull_number));
    return pr ? { status: 200, body: pr } : notFound();
  },

  'repos/list-releases': (repo, { url }) =>
    paginate(
      [...repo.releases].sort((a, b) => b.id - a.id),
      url,
    ),
  'repos/get-release': (repo, { match }) => {
    const r = repo.releases.find((x) => x.id === num(match.params.release_id));
    return r ? { status: 200, body: r } : notFound();
  },
  'repos/get-release-by-tag': (repo, { match }) => {
    const r = repo.releases.find((x) => !x.draft && x.tag_name === match.params.tag);
    return r ? { status: 200, body: r } : notFound();
  },
  'repos/get-latest-release': (repo) => {
    const r = [...repo.releases].sort((a, b) => b.id - a.id).find((x) => !x.draft && !x.prerelease);
    return r ? { status: 200, body: r } : notFound();
  },
  'repos/create-release': (repo, { body }) => {
    const f = fields(body);
    const tag = str(f, 'tag_name') ?? '';
    if (repo.releases.some((x) => x.tag_name === tag))
      return validationFailed('Release', 'tag_name', 'already_exists');
    return created(
      repo.addRelease({
        tag_name: tag,
        target_commitish: str(f, 'target_commitish') ?? repo.defaultBranch,
        name: str(f, 'name') ?? null,
        body: str(f, 'body') ?? null,
        draft: bool(f, 'draft'),
        prerelease: bool(f, 'prerelease'),
      }),
    );
  },
  'repos/update-release': (repo, { match, body }) => {
    const r = repo.releases.find((x) => x.id === num(match.params.release_id));
    if (!r) return notFound();
    const f = fields(body);
    const now = timestamp();
    r.tag_name = str(f, 'tag_name') ?? r.tag_name;
    r.target_commitish = str(f, 'target_commitish') ?? r.target_commitish;
    r.name = str(f, 'name') ?? r.name;
    r.body = str(f, 'body') ?? r.body;
    r.prerelease = bool(f, 'prerelease') ?? r.prerelease;
    const draft = bool(f, 'draft');
    if (draft === false && r.draft) r.published_at = now;
    r.draft = draft ?? r.draft;
    r.html_url = `${repo.repository.html_url}/releases/tag/${encodeURIComponent(r.tag_name)}`;
    r.updated_at = now;
    return { status: 200, body: r };
  },

  'repos/list-deployments': (repo, { url }) => {
    const q = url.searchParams;
    const filter = (key: 'sha' | 'ref' | 'task' | 'environment', value: string): boolean => {
      const wanted = q.get(key);
      return wanted === null || wanted === 'none' || wanted === value;
    };
    const list = [...repo.deployments]
      .filter(
        (d) =>
          filter('sha', d.sha) &&
          filter('ref', d.ref) &&
          filter('task', d.task) &&
          filter('environment', d.environment),
      )
      .sort((a, b) => b.id - a.id);
    return paginate(list, url);
  },
  'repos/get-deployment': (repo, { match }) => {
    const d = repo.deployments.find((x) => x.id === num(match.params.deployment_id));
    return d ? { status: 200, body: d } : notFound();
  },
  'repos/create-deployment': (repo, { body }) => {
    const f = fields(body);
    const payload = f.payload;
    return created(
      repo.addDeployment({
        ref: str(f, 'ref') ?? '',
        task: str(f, 'task'),
        environment: str(f, 'environment'),
        description: str(f, 'description') ?? '',
        payload:
          typeof payload === 'string' || (typeof payload === 'object' && payload !== null)
            ? (payload as Fields | string)
            : undefined,
        transient_environment: bool(f, 'transient_environment'),
        production_environment: bool(f, 'production_environment'),
      }),
    );
  },
  'repos/list-deployment-statuses': (repo, { match, url }) => {
    const id = num(match.params.deployment_id);
    return repo.statuses.has(id) ? paginate(repo.statusesOf(id), url) : notFound();
  },
  'repos/create-deployment-status': (repo, { match, body }) => {
    const id = num(match.params.deployment_id);
    if (!repo.statuses.has(id)) return notFound();
    const f = fields(body);
    const input: DeploymentStatusInput & { auto_inactive?: boolean } = {
      state: (str(f, 'state') ?? 'pending') as DeploymentStatusInput['state'],
      description: str(f, 'description'),
      environment: str(f, 'environment'),
      target_url: str(f, 'target_url'),
      log_url: str(f, 'log_url'),
      environment_url: str(f, 'environment_url'),
      auto_inactive: bool(f, 'auto_inactive'),
    };
    return created(repo.addDeploymentStatus(id, input));
  },

  'repos/get-content': (repo, { match, url }) => {
    const file = repo.getFile(match.params.path ?? '', url.searchParams.get('ref') ?? undefined);
    return file ? { status: 200, body: file } : notFound();
  },
};

/** Operation ids the fake answers. */
export const implementedOperations: readonly string[] = [...Object.keys(handlers), 'users/get-authenticated'];

/** GET /user: a personal token's user; an installation token (GITHUB_TOKEN) is refused, as GitHub does. */
function authenticatedUser(state: FakeState): RouteResult {
  if (state.tokenKind === 'installation')
    return { status: 403, body: errorBody(403, 'Resource not accessible by integration') };
  const created = '2020-01-01T00:00:00Z';
  return {
    status: 200,
    body: {
      ...state.user(),
      user_view_type: 'public',
      name: null,
      company: null,
      blog: '',
      location: null,
      email: null,
      hireable: null,
      bio: null,
      public_repos: 1,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: created,
      updated_at: created,
    },
  };
}

/** Handle a matched operation; `undefined` when the fake does not implement it. */
export function route(state: FakeState, req: RouteRequest): RouteResult | undefined {
  if (req.match.operationId === 'users/get-authenticated') return authenticatedUser(state);
  const handler = handlers[req.match.operationId];
  if (!handler) return undefined;
  const { owner, repo } = req.match.params;
  const repoState = owner !== undefined && repo !== undefined ? state.findRepo(owner, repo) : undefined;
  if (!repoState) return notFound();
  return handler(repoState, req, state);
}
