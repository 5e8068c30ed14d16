/**
 * Repository and pull request factories (the two largest GitHub objects). See resources.ts.
 */
import type { RestEndpointMethodTypes } from '@octokit/rest';
import { nodeId, simpleUser, timestamp } from './resources.js';
import type { RepoRef, ResourceContext, SimpleUser } from './resources.js';

/** `GET /repos/{owner}/{repo}`; also valid as the smaller `repository` inside pull requests. */
export type FullRepository = RestEndpointMethodTypes['repos']['get']['response']['data'] & {
  has_downloads: boolean;
  temp_clone_token?: string;
};
export type PullRequest = RestEndpointMethodTypes['pulls']['get']['response']['data'];

const REPO_URL_TEMPLATES = {
  archive_url: '/{archive_format}{/ref}',
  assignees_url: '/assignees{/user}',
  blobs_url: '/git/blobs{/sha}',
  branches_url: '/branches{/branch}',
  collaborators_url: '/collaborators{/collaborator}',
  comments_url: '/comments{/number}',
  commits_url: '/commits{/sha}',
  compare_url: '/compare/{base}...{head}',
  contents_url: '/contents/{+path}',
  contributors_url: '/contributors',
  deployments_url: '/deployments',
  downloads_url: '/downloads',
  events_url: '/events',
  forks_url: '/forks',
  git_commits_url: '/git/commits{/sha}',
  git_refs_url: '/git/refs{/sha}',
  git_tags_url: '/git/tags{/sha}',
  hooks_url: '/hooks',
  issue_comment_url: '/issues/comments{/number}',
  issue_events_url: '/issues/events{/number}',
  issues_url: '/issues{/number}',
  keys_url: '/keys{/key_id}',
  labels_url: '/labels{/name}',
  languages_url: '/languages',
  merges_url: '/merges',
  milestones_url: '/milestones{/number}',
  notifications_url: '/notifications{?since,all,participating}',
  pulls_url: '/pulls{/number}',
  releases_url: '/releases{/id}',
  stargazers_url: '/stargazers',
  statuses_url: '/statuses/{sha}',
  subscribers_url: '/subscribers',
  subscription_url: '/subscription',
  tags_url: '/tags',
  teams_url: '/teams',
  trees_url: '/git/trees{/sha}',
} satisfies Partial<Record<keyof FullRepository, string>>;

type RepoUrlKey = keyof typeof REPO_URL_TEMPLATES;

function repoUrls(api: string): Record<RepoUrlKey, string> {
  const out = {} as Record<RepoUrlKey, string>;
  for (const key of Object.keys(REPO_URL_TEMPLATES) as RepoUrlKey[]) out[key] = api + REPO_URL_TEMPLATES[key];
  return out;
}

export interface RepositoryOptions {
  defaultBranch?: string;
  private?: boolean;
  createdAt?: string;
}

export function repository(
  ctx: ResourceContext,
  repo: RepoRef,
  opts: RepositoryOptions = {},
): FullRepository {
  const full = `${repo.owner}/${repo.name}`;
  const api = `${ctx.api}/repos/${full}`;
  const created = opts.createdAt ?? '2024-01-01T00:00:00Z';
  return {
    ...repoUrls(api),
    id: repo.id,
    node_id: nodeId('Repository', repo.id),
    name: repo.name,
    full_name: full,
    owner: simpleUser(ctx, repo.owner),
    private: opts.private ?? false,
    html_url: `${ctx.web}/${full}`,
    description: null,
    fork: false,
    url: api,
    git_url: `git://github.com/${full}.git`,
    ssh_url: `git@github.com:${full}.git`,
    clone_url: `${ctx.web}/${full}.git`,
    svn_url: `${ctx.web}/${full}`,
    mirror_url: null,
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    subscribers_count: 1,
    network_count: 0,
    size: 100,
    default_branch: opts.defaultBranch ?? 'main',
    open_issues_count: 0,
    open_issues: 0,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: opts.private ? 'private' : 'public',
    pushed_at: created,
    created_at: created,
    updated_at: created,
    license: null,
    allow_forking: true,
    web_commit_signoff_required: false,
  };
}

export interface PullRequestInput {
  number: number;
  title?: string;
  body?: string | null;
  state?: 'open' | 'closed';
  draft?: boolean;
  merged?: boolean;
  /** Author login; default `octocat`. */
  user?: string;
  head?: { ref?: string; sha?: string; repo?: { owner: string; name: string; id?: number } };
  base?: { ref?: string; sha?: string };
  labels?: string[];
  created_at?: string;
}

export function pullRequest(
  ctx: ResourceContext,
  repo: FullRepository,
  input: PullRequestInput,
): PullRequest {
  const n = input.number;
  const id = 1_000_000 + n;
  const api = `${repo.url}/pulls/${n}`;
  const issue = `${repo.url}/issues/${n}`;
  const html = `${repo.html_url}/pull/${n}`;
  const user: SimpleUser = simpleUser(ctx, input.user ?? 'octocat');
  const now = input.created_at ?? timestamp();
  const headRef = input.head?.repo;
  const headRepo: FullRepository = headRef
    ? {
        ...repository(ctx, { owner: headRef.owner, name: headRef.name, id: headRef.id ?? repo.id + 1 }),
        fork: true,
      }
    : repo;
  const headSha = input.head?.sha ?? 'a'.repeat(40);
  const baseSha = input.base?.sha ?? 'b'.repeat(40);
  const headBranch = input.head?.ref ?? `feature-${n}`;
  const baseBranch = input.base?.ref ?? repo.default_branch;
  const merged = input.merged ?? false;
  const closed = merged || input.state === 'closed';
  const link = (href: string): { href: string } => ({ href });
  return {
    url: api,
    id,
    node_id: nodeId('PullRequest', id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issue,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${repo.url}/pulls/comments{/number}`,
    comments_url: `${issue}/comments`,
    statuses_url: `${repo.url}/statuses/${headSha}`,
    number: n,
    state: closed ? 'closed' : 'open',
    locked: false,
    title: input.title ?? `Pull request #${n}`,
    user,
    body: input.body ?? null,
    labels: (input.labels ?? []).map((name, i) => ({
      id: id * 100 + i,
      node_id: nodeId('Label', id * 100 + i),
      url: `${repo.url}/labels/${encodeURIComponent(name)}`,
      name,
      description: null,
      color: 'ededed',
      default: false,
    })),
    milestone: null,
    active_lock_reason: null,
    created_at: now,
    updated_at: now,
    closed_at: closed ? now : null,
    merged_at: merged ? now : null,
    merge_commit_sha: merged ? 'c'.repeat(40) : null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: {
      label: `${headRepo.owner.login}:${headBranch}`,
      ref: headBranch,
      sha: headSha,
      user: headRepo.owner,
      repo: headRepo,
    },
    base: {
      label: `${repo.owner.login}:${baseBranch}`,
      ref: baseBranch,
      sha: baseSha,
      user: repo.owner,
      repo,
    },
    _links: {
      self: link(api),
      html: link(html),
      issue: link(issue),
      comments: link(`${issue}/comments`),
      review_comments: link(`${api}/comments`),
      review_comment: link(`${repo.url}/pulls/comments{/number}`),
      commits: link(`${api}/commits`),
      statuses: link(`${repo.url}/statuses/${headSha}`),
    },
    author_association: 'CONTRIBUTOR',
    auto_merge: null,
    draft: input.draft ?? false,
    merged,
    mergeable: closed ? null : true,
    rebaseable: closed ? null : true,
    mergeable_state: closed ? 'unknown' : 'clean',
    merged_by: merged ? user : null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 1,
    deletions: 0,
    changed_files: 1,
  };
}
