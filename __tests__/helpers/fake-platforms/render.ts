/**
 * Fake Render: one service. A deploy of a commit builds (a few status reads in build_in_progress,
 * then update_in_progress, then live); a rollback to an earlier deploy reuses its build (straight to
 * update_in_progress). The previous live deploy becomes deactivated. `autoDeploy` is the service's.
 */
import { ApiOracle } from './oracle.js';
import type { Operation } from './oracle.js';
import { startPlatformFake } from './server.js';
import type { FakeAnswer, FakeRequest, PlatformFake } from './server.js';

type Status = 'build_in_progress' | 'update_in_progress' | 'live' | 'deactivated' | 'build_failed';

interface Deploy {
  id: string;
  sha: string;
  status: Status;
  trigger: 'api' | 'rollback' | 'new_commit';
  /** Status reads left before the next step (a build takes longer than a rollout). */
  steps: number;
  createdAt: string;
}

export interface FakeRender extends PlatformFake {
  readonly service: string;
  readonly deploys: Deploy[];
  autoDeploy: 'yes' | 'no';
  /** Commits whose build fails. */
  readonly failingBuilds: Set<string>;
  /** A push with auto-deploy: a live deploy of the commit that no workflow recorded. */
  autoDeployPush(sha: string): string;
  /** Deploys that built (a rollback must not add one). */
  builds(): number;
}

let oracle: ApiOracle | undefined;

export async function startFakeRender(options: {
  token: string;
  service?: string;
  buildSteps?: number;
}): Promise<FakeRender> {
  const service = options.service ?? 'srv-fake123';
  const deploys: Deploy[] = [];
  const failingBuilds = new Set<string>();
  let seq = 0;
  let built = 0;
  const state = { autoDeploy: 'no' as 'yes' | 'no' };
  const at = () => new Date(Date.parse('2026-12-01T00:00:00Z') + ++seq * 60_000).toISOString();
  const view = (d: Deploy) => ({
    id: d.id,
    commit: { id: d.sha, message: 'release', createdAt: d.createdAt },
    status: d.status,
    trigger: d.trigger,
    createdAt: d.createdAt,
    updatedAt: d.createdAt,
  });
  const goLive = (d: Deploy) => {
    for (const other of deploys) if (other !== d && other.status === 'live') other.status = 'deactivated';
    d.status = 'live';
  };
  const advance = (d: Deploy) => {
    if (d.steps > 0) return void d.steps--;
    if (d.status === 'build_in_progress') {
      if (failingBuilds.has(d.sha)) return void (d.status = 'build_failed');
      d.status = 'update_in_progress';
    } else if (d.status === 'update_in_progress') goLive(d);
  };
  const create = (sha: string, trigger: Deploy['trigger'], build: boolean): Deploy => {
    const d: Deploy = {
      id: `dep-${String(++seq).padStart(4, '0')}fake`,
      sha,
      status: build ? 'build_in_progress' : 'update_in_progress',
      trigger,
      steps: build ? (options.buildSteps ?? 2) : 0,
      createdAt: at(),
    };
    if (build) built++;
    deploys.push(d);
    return d;
  };
  const handle = (op: Operation, req: FakeRequest): FakeAnswer | undefined => {
    if (op.params.serviceId !== service) return { status: 404, body: { message: 'service not found' } };
    const body = (req.body ?? {}) as { commitId?: string; deployId?: string };
    switch (op.operationId) {
      case 'retrieve-service':
        return {
          status: 200,
          body: {
            id: service,
            autoDeploy: state.autoDeploy,
            branch: 'main',
            createdAt: '2026-01-01T00:00:00Z',
            dashboardUrl: `https://dashboard.render.com/web/${service}`,
            name: 'app',
            notifyOnFail: 'default',
            ownerId: 'tea-fake',
            rootDir: '',
            slug: 'app',
            suspended: 'not_suspended',
            suspenders: [],
            type: 'web_service',
            updatedAt: '2026-01-01T00:00:00Z',
            serviceDetails: {},
          },
        };
      case 'list-deploys': {
        const statuses = req.query.getAll('status').flatMap((s) => s.split(','));
        const list = [...deploys]
          .reverse()
          .filter((d) => statuses.length === 0 || statuses.includes(d.status))
          .slice(0, Number(req.query.get('limit') ?? 20));
        return { status: 200, body: list.map((d) => ({ deploy: view(d), cursor: d.id })) };
      }
      case 'retrieve-deploy': {
        const d = deploys.find((x) => x.id === op.params.deployId);
        if (!d) return { status: 404, body: { message: 'deploy not found' } };
        advance(d);
        return { status: 200, body: view(d) };
      }
      case 'create-deploy': {
        if (!body.commitId || !/^[0-9a-f]{40}$/.test(body.commitId))
          return { status: 400, body: { message: 'invalid commitId' } };
        return { status: 201, body: view(create(body.commitId, 'api', true)) };
      }
      case 'rollback-deploy': {
        const target = deploys.find((x) => x.id === body.deployId);
        if (!target || target.status === 'build_failed')
          return { status: 404, body: { message: 'deploy not found' } };
        return { status: 201, body: view(create(target.sha, 'rollback', false)) };
      }
    }
    return undefined;
  };
  oracle ??= new ApiOracle('render.openapi.json');
  const fake = await startPlatformFake({
    name: 'Render',
    oracle,
    token: options.token,
    prefix: '/v1',
    handler: {
      handle,
      liveSha: () => deploys.find((d) => d.status === 'live')?.sha,
      error: (_s, message) => ({ message }),
    },
  });
  // defineProperty, not Object.assign: assign would copy the getter's value, not the accessor.
  Object.defineProperty(fake, 'autoDeploy', {
    get: () => state.autoDeploy,
    set: (v: 'yes' | 'no') => (state.autoDeploy = v),
  });
  return Object.assign(fake as PlatformFake & { autoDeploy: 'yes' | 'no' }, {
    service,
    deploys,
    failingBuilds,
    autoDeployPush(sha: string) {
      const d = create(sha, 'new_commit', true);
      d.status = 'update_in_progress';
      goLive(d);
      return d.id;
    },
    builds: () => built,
  });
}
