/**
 * Fake Vercel: one project per fake. `build(sha)` is what Vercel's Git integration does on a push (a
 * production deployment of the commit, READY, not yet serving unless `promote` is true); promote
 * (POST /v10/projects/{id}/promote/{uid}) answers 202 and moves production on the next read.
 * POST /v13/deployments with a GitHub gitSource builds that commit (BUILDING, READY on the next list);
 * `gitBuilds` keeps what was asked, so a test sees the exact commit requested.
 */
import { ApiOracle } from './oracle.js';
import type { Operation } from './oracle.js';
import { startPlatformFake } from './server.js';
import type { FakeAnswer, FakeRequest, PlatformFake } from './server.js';

interface Deployment {
  uid: string;
  sha: string;
  readyState: 'READY' | 'BUILDING' | 'ERROR';
  createdAt: number;
  promoted: boolean;
}

export interface FakeVercel extends PlatformFake {
  readonly project: string;
  readonly deployments: Deployment[];
  /** What serves production now (uid). */
  production(): string | undefined;
  /** A push built by the Git integration; `live` also assigns production to it (auto-assign domains on). */
  build(sha: string, options?: { live?: boolean; state?: Deployment['readyState'] }): string;
  /** How many deployments were built (a rollback must not add one). */
  builds(): number;
  /** The gitSource of every POST /v13/deployments. */
  readonly gitBuilds: { org: string; repo: string; ref: string; sha?: string }[];
}

let oracle: ApiOracle | undefined;

export async function startFakeVercel(options: { token: string; project?: string }): Promise<FakeVercel> {
  const project = options.project ?? 'prj_fake123';
  const deployments: Deployment[] = [];
  const building = new Map<string, number>();
  let production: string | undefined;
  let pending: string | undefined;
  let clock = Date.parse('2026-12-01T00:00:00Z');
  const view = (d: Deployment) => ({
    uid: d.uid,
    name: 'app',
    projectId: project,
    url: `app-${d.uid.slice(4, 12)}.vercel.app`,
    created: d.createdAt,
    createdAt: d.createdAt,
    readyState: d.readyState,
    ...(d.readyState === 'READY' ? { readySubstate: d.promoted ? 'PROMOTED' : 'STAGED' } : {}),
    type: 'LAMBDAS',
    target: 'production',
    source: 'git',
    creator: { uid: 'usr_fake' },
    meta: { githubCommitSha: d.sha, githubCommitRef: 'main' },
    inspectorUrl: null,
  });
  const settle = () => {
    if (pending) {
      production = pending;
      pending = undefined;
    }
  };
  const gitBuilds: FakeVercel['gitBuilds'] = [];
  const handle = (op: Operation, req: FakeRequest): FakeAnswer | undefined => {
    const q = req.query;
    if (op.operationId === 'createDeployment') {
      const body = req.body as { project?: string; name: string; target?: string; gitSource?: Record<string, string> };
      if ((body.project ?? body.name) !== project) return { status: 404 };
      const source = body.gitSource;
      if (!source?.sha || source.type !== 'github') return { status: 400 };
      gitBuilds.push({ org: source.org!, repo: source.repo!, ref: source.ref!, sha: source.sha });
      const uid = `dpl_${source.sha.slice(0, 10)}${deployments.length}`;
      const d: Deployment = { uid, sha: source.sha, readyState: 'BUILDING', createdAt: (clock += 60_000), promoted: false };
      deployments.push(d);
      building.set(uid, 1);
      return {
        status: 200,
        body: {
          ...view(d),
          id: uid,
          build: { env: [] },
          env: [],
          isInConcurrentBuildsQueue: false,
          isInSystemBuildsQueue: false,
          projectSettings: {},
          aliasAssigned: false,
          bootedAt: d.createdAt,
          buildingAt: d.createdAt,
          buildSkipped: false,
          public: false,
          status: 'BUILDING',
          regions: ['iad1'],
          version: 2,
          plan: 'pro',
          createdIn: 'iad1',
          ownerId: 'team_fake',
          routes: null,
          gitSource: source,
        },
      };
    }
    if (op.operationId === 'getDeployments') {
      // A build requested through the API is listed BUILDING once, then READY.
      for (const d of deployments) {
        const left = building.get(d.uid);
        if (left === undefined) continue;
        if (left > 0) building.set(d.uid, left - 1);
        else {
          d.readyState = 'READY';
          building.delete(d.uid);
        }
      }
      if (q.get('projectId') !== project)
        return { status: 200, body: { pagination: { count: 0, next: null, prev: null }, deployments: [] } };
      const list = deployments
        .filter((d) => !q.get('sha') || d.sha === q.get('sha'))
        .filter((d) => !q.get('state') || q.get('state')!.split(',').includes(d.readyState))
        .sort((a, b) => b.createdAt - a.createdAt)
        .slice(0, Number(q.get('limit') ?? 20))
        .map(view);
      return {
        status: 200,
        body: { pagination: { count: list.length, next: null, prev: null }, deployments: list },
      };
    }
    if (op.operationId === 'requestPromote') {
      const d = deployments.find((x) => x.uid === op.params.deploymentId);
      if (op.params.projectId !== project || !d) return { status: 404 };
      if (d.readyState !== 'READY') return { status: 422 };
      d.promoted = true;
      pending = d.uid;
      return { status: 202 };
    }
    if (op.operationId === 'getProject') {
      if (op.params.idOrName !== project) return { status: 404 };
      const body: Record<string, unknown> = {
        accountId: 'team_fake',
        alias: [],
        deploymentExpiration: null,
        directoryListing: false,
        id: project,
        name: 'app',
        nodeVersion: '22.x',
        resourceConfig: {},
        defaultResourceConfig: {},
      };
      const live = deployments.find((d) => d.uid === production);
      settle(); // the promote completes between two reads, as Vercel's 202 says it will
      if (live)
        body.targets = {
          production: {
            id: live.uid,
            createdAt: live.createdAt,
            createdIn: 'iad1',
            creator: null,
            deploymentHostname: 'app',
            name: 'app',
            meta: { githubCommitSha: live.sha },
            plan: 'pro',
            private: true,
            readyState: 'READY',
            readySubstate: 'PROMOTED',
            target: 'production',
            type: 'LAMBDAS',
            url: `app-${live.uid.slice(4, 12)}.vercel.app`,
          },
        };
      return { status: 200, body };
    }
    return undefined;
  };
  oracle ??= new ApiOracle('vercel.openapi.json');
  const fake = await startPlatformFake({
    name: 'Vercel',
    oracle,
    token: options.token,
    handler: {
      handle,
      liveSha: () => deployments.find((d) => d.uid === (pending ?? production))?.sha,
      error: (status, message) => ({ error: { code: String(status), message } }),
    },
  });
  return Object.assign(fake, {
    project,
    deployments,
    production: () => pending ?? production,
    build(sha: string, o: { live?: boolean; state?: Deployment['readyState'] } = {}) {
      const uid = `dpl_${sha.slice(0, 10)}${deployments.length}`;
      deployments.push({
        uid,
        sha,
        readyState: o.state ?? 'READY',
        createdAt: (clock += 60_000),
        promoted: !!o.live,
      });
      if (o.live) production = uid;
      return uid;
    },
    builds: () => deployments.length,
    gitBuilds,
  });
}
