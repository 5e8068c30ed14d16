/**
 * In-memory GitHub: repositories with issue comments, pull requests, releases, deployments,
 * deployment statuses and file contents. Tests seed it directly (`fake.state.repo().addPull(...)`)
 * and inspect it after the code under test ran.
 */
import {
  contentFile,
  deployment,
  deploymentStatus,
  fakeSha,
  issueComment,
  release,
  simpleUser,
  timestamp,
} from './resources.js';
import type {
  ContentFile,
  Deployment,
  DeploymentInput,
  DeploymentStatus,
  DeploymentStatusInput,
  IssueComment,
  Release,
  ReleaseInput,
  RepoRef,
  ResourceContext,
  SimpleUser,
} from './resources.js';
import { pullRequest, repository } from './resources-repo.js';
import type { FullRepository, PullRequest, PullRequestInput, RepositoryOptions } from './resources-repo.js';

export interface StoredComment {
  issueNumber: number;
  comment: IssueComment;
}

export class RepoState {
  readonly ref: RepoRef;
  repository: FullRepository;
  readonly comments: StoredComment[] = [];
  readonly pulls = new Map<number, PullRequest>();
  readonly releases: Release[] = [];
  readonly deployments: Deployment[] = [];
  readonly statuses = new Map<number, DeploymentStatus[]>();
  /** Branch/tag name → commit SHA, used to resolve deployment refs. */
  readonly refs = new Map<string, string>();
  /** `${ref}\0${path}` → UTF-8 content. */
  readonly files = new Map<string, string>();

  constructor(
    private readonly root: FakeState,
    ref: RepoRef,
    opts: RepositoryOptions,
  ) {
    this.ref = ref;
    this.repository = repository(root.ctx, ref, opts);
  }

  get defaultBranch(): string {
    return this.repository.default_branch;
  }

  /** Comments on one issue or pull request, oldest first. */
  commentsOn(issueNumber: number): IssueComment[] {
    return this.comments.filter((c) => c.issueNumber === issueNumber).map((c) => c.comment);
  }

  findComment(id: number): StoredComment | undefined {
    return this.comments.find((c) => c.comment.id === id);
  }

  addComment(issueNumber: number, body: string, login?: string): IssueComment {
    const comment = issueComment(
      this.root.ctx,
      this.ref,
      this.root.nextId(),
      issueNumber,
      body,
      this.root.user(login),
    );
    this.comments.push({ issueNumber, comment });
    return comment;
  }

  addPull(input: PullRequestInput): PullRequest {
    const pr = pullRequest(this.root.ctx, this.repository, input);
    this.pulls.set(pr.number, pr);
    return pr;
  }

  addRelease(input: ReleaseInput & { created_at?: string; login?: string }): Release {
    const r = release(
      this.root.ctx,
      this.ref,
      this.root.nextId(),
      input,
      this.root.user(input.login),
      input.created_at,
    );
    this.releases.push(r);
    return r;
  }

  /** Resolve a branch, tag or SHA the way the deployments API does (unknown names get a stable fake SHA). */
  resolveRef(ref: string): string {
    return (
      this.refs.get(ref) ??
      (/^[0-9a-f]{40}$/i.test(ref) ? ref.toLowerCase() : fakeSha(`${this.ref.owner}/${this.ref.name}@${ref}`))
    );
  }

  setRef(ref: string, sha: string): void {
    this.refs.set(ref, sha);
  }

  addDeployment(input: DeploymentInput & { created_at?: string; login?: string }): Deployment {
    const sha = input.sha ?? this.resolveRef(input.ref);
    const d = deployment(
      this.root.ctx,
      this.ref,
      this.root.nextId(),
      { ...input, sha },
      this.root.user(input.login),
      input.created_at,
    );
    this.deployments.push(d);
    this.statuses.set(d.id, []);
    return d;
  }

  /** Statuses of a deployment, newest first (as the API lists them). */
  statusesOf(deploymentId: number): DeploymentStatus[] {
    return [...(this.statuses.get(deploymentId) ?? [])].reverse();
  }

  /**
   * Add a status. Like GitHub with `auto_inactive` (default true), a `success` marks every
   * earlier deployment of the same environment whose latest status is `success` as `inactive`.
   */
  addDeploymentStatus(
    deploymentId: number,
    input: DeploymentStatusInput & { auto_inactive?: boolean; created_at?: string; login?: string },
  ): DeploymentStatus {
    const dep = this.deployments.find((d) => d.id === deploymentId);
    const list = this.statuses.get(deploymentId);
    if (!dep || !list) throw new Error(`no deployment ${deploymentId} in ${this.ref.owner}/${this.ref.name}`);
    const creator = this.root.user(input.login);
    const now = input.created_at ?? timestamp();
    const status = deploymentStatus(this.root.ctx, this.ref, this.root.nextId(), dep, input, creator, now);
    list.push(status);
    dep.updated_at = now;
    if (input.state === 'success' && input.auto_inactive !== false) {
      for (const other of this.deployments) {
        const latest = this.statuses.get(other.id)?.at(-1);
        if (other.id >= dep.id || other.environment !== dep.environment || latest?.state !== 'success')
          continue;
        this.statuses
          .get(other.id)
          ?.push(
            deploymentStatus(
              this.root.ctx,
              this.ref,
              this.root.nextId(),
              other,
              { state: 'inactive', description: latest.description },
              creator,
              now,
            ),
          );
        other.updated_at = now;
      }
    }
    return status;
  }

  setFile(path: string, content: string, ref = this.defaultBranch): void {
    this.files.set(`${ref}\0${path.replace(/^\/+/, '')}`, content);
  }

  getFile(path: string, ref = this.defaultBranch): ContentFile | undefined {
    const clean = path.replace(/^\/+/, '');
    const content = this.files.get(`${ref}\0${clean}`);
    return content === undefined ? undefined : contentFile(this.root.ctx, this.ref, clean, content, ref);
  }
}

export interface FakeStateOptions {
  owner?: string;
  repo?: string;
  /** Login of the authenticated actor that creates comments, releases, deployments. */
  login?: string;
  /**
   * What the token is: `installation` (GITHUB_TOKEN, an app's token: GET /user answers 403 "Resource not
   * accessible by integration"), or `user` (a personal access token: GET /user names `login`).
   */
  tokenKind?: 'installation' | 'user';
  repository?: RepositoryOptions;
}

export class FakeState {
  readonly ctx: ResourceContext;
  readonly login: string;
  readonly tokenKind: 'installation' | 'user';
  readonly defaultOwner: string;
  readonly defaultRepo: string;
  private readonly repos = new Map<string, RepoState>();
  private lastId = 1000;

  constructor(ctx: ResourceContext, opts: FakeStateOptions = {}) {
    this.ctx = ctx;
    this.login = opts.login ?? 'github-actions[bot]';
    this.tokenKind = opts.tokenKind ?? 'installation';
    this.defaultOwner = opts.owner ?? 'octo-org';
    this.defaultRepo = opts.repo ?? 'demo-app';
    this.addRepository(this.defaultOwner, this.defaultRepo, opts.repository);
  }

  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  user(login: string = this.login): SimpleUser {
    return simpleUser(this.ctx, login);
  }

  addRepository(owner: string, name: string, opts: RepositoryOptions = {}): RepoState {
    const state = new RepoState(this, { owner, name, id: 100 + this.repos.size }, opts);
    this.repos.set(`${owner}/${name}`.toLowerCase(), state);
    return state;
  }

  /** The default repository, or a named one (case-insensitive, like GitHub). */
  repo(owner: string = this.defaultOwner, name: string = this.defaultRepo): RepoState {
    const found = this.findRepo(owner, name);
    if (!found) throw new Error(`fake GitHub has no repository ${owner}/${name}`);
    return found;
  }

  findRepo(owner: string, name: string): RepoState | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }
}
