/**
 * Fake Fly Machines API: one app with a few machines, and a registry of pushed images (tag → digest).
 * Updating a machine to an image tag or digest the registry lacks is refused like a failed pull.
 */
import { createHash } from 'node:crypto';
import { ApiOracle } from './oracle.js';
import type { Operation } from './oracle.js';
import { startPlatformFake } from './server.js';
import type { FakeAnswer, FakeRequest, PlatformFake } from './server.js';

interface Machine {
  id: string;
  instance: number;
  digest?: string;
  tag?: string;
  metadata: Record<string, string>;
}

export interface FakeFly extends PlatformFake {
  readonly app: string;
  readonly machines: Machine[];
  /** What a build pushes: registry.fly.io/<app>:<tag> for the commit; returns the digest ref. */
  push(tag: string, sha: string): string;
  /** Image digests pushed so far (a rollback must not push). */
  pushes(): number;
}

let oracle: ApiOracle | undefined;

export async function startFakeFly(options: {
  token: string;
  app?: string;
  machines?: number;
}): Promise<FakeFly> {
  const app = options.app ?? 'fake-app';
  const repository = app;
  const registry = 'registry.fly.io';
  const images = new Map<string, { digest: string; sha: string }>(); // by tag
  const byDigest = new Map<string, { tag: string; sha: string }>();
  const machines: Machine[] = Array.from({ length: options.machines ?? 2 }, (_, i) => ({
    id: `e28${i}fake${i}`,
    instance: 1,
    metadata: { fly_process_group: 'app' },
  }));
  const view = (m: Machine) => ({
    id: m.id,
    name: `machine-${m.id}`,
    state: 'started',
    region: 'ams',
    instance_id: `01J${m.id}${m.instance}`,
    private_ip: 'fdaa::3',
    created_at: '2026-12-01T00:00:00Z',
    updated_at: '2026-12-01T00:00:00Z',
    config: {
      image: m.digest ? `${registry}/${repository}@${m.digest}` : 'none',
      metadata: m.metadata,
      guest: { cpus: 1, memory_mb: 256, cpu_kind: 'shared' },
    },
    ...(m.digest
      ? { image_ref: { registry, repository, tag: m.tag ?? '', digest: m.digest, labels: {} } }
      : {}),
  });
  const handle = (op: Operation, req: FakeRequest): FakeAnswer | undefined => {
    if (op.params.app_name !== app) return { status: 404 };
    const m = op.params.machine_id ? machines.find((x) => x.id === op.params.machine_id) : undefined;
    if (op.params.machine_id && !m) return { status: 404 };
    if (op.operationId === 'Machines_list') return { status: 200, body: machines.map(view) };
    if (op.operationId === 'Machines_show') return { status: 200, body: view(m!) };
    if (op.operationId === 'Machines_wait') return { status: 200 };
    if (op.operationId === 'Machines_update') {
      const config =
        (req.body as { config?: { image?: string; metadata?: Record<string, string> } }).config ?? {};
      const image = config.image ?? '';
      const prefix = `${registry}/${repository}`;
      const found = image.startsWith(`${prefix}@`)
        ? (() => {
            const digest = image.slice(prefix.length + 1);
            const hit = byDigest.get(digest);
            return hit ? { digest, tag: hit.tag } : undefined;
          })()
        : image.startsWith(`${prefix}:`)
          ? (() => {
              const tag = image.slice(prefix.length + 1);
              const hit = images.get(tag);
              return hit ? { digest: hit.digest, tag } : undefined;
            })()
          : undefined;
      if (!found) return { status: 400, body: { error: `failed to resolve image ${image}: not found` } };
      m!.digest = found.digest;
      m!.tag = found.tag;
      m!.metadata = config.metadata ?? {};
      m!.instance++;
      return { status: 200, body: view(m!) };
    }
    return undefined;
  };
  oracle ??= new ApiOracle('fly-machines.openapi.json');
  const fake = await startPlatformFake({
    name: 'Fly',
    oracle,
    token: options.token,
    prefix: '/v1',
    handler: {
      handle,
      liveSha: () => {
        const shas = new Set(machines.map((m) => (m.digest ? byDigest.get(m.digest)?.sha : undefined)));
        return shas.size === 1 ? [...shas][0] : undefined;
      },
      error: (_status, message) => ({ error: message }),
    },
  });
  return Object.assign(fake, {
    app,
    machines,
    push(tag: string, sha: string) {
      const digest = `sha256:${createHash('sha256').update(`${tag}:${sha}`).digest('hex')}`;
      images.set(tag, { digest, sha });
      byDigest.set(digest, { tag, sha });
      return `${registry}/${repository}@${digest}`;
    },
    pushes: () => byDigest.size,
  });
}
