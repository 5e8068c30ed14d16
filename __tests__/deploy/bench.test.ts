/**
 * `npm run bench` (bench/deploy.mjs) runs this file with BENCH_DEPLOY_OUT set: per target, the
 * platform API calls of a release deploy and of a rollback, and the wall time of a rollback from
 * dispatch (the deploy step starts) to healthy (rollback finish's health check passed), in the fakes.
 * Skipped in the normal test run (tests/deploy/e2e.test.ts covers the same path).
 */
import { describe, expect, it, jest } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { startFakeFly, startFakeRender, startFakeVercel } from '../helpers/fake-platforms/index.js';
import type { PlatformFake } from '../helpers/fake-platforms/index.js';
import { testBed } from './support.js';

const OUT = process.env.BENCH_DEPLOY_OUT;
const RUNS = Number(process.env.BENCH_DEPLOY_RUNS ?? 3);
jest.setTimeout(600_000);

interface Row {
  target: string;
  releaseCalls: number;
  rollbackCalls: number;
  rollbackBuilds: number;
  platformMs: number[];
  dispatchToHealthyMs: number[];
}

async function measure(
  target: string,
  fake: PlatformFake,
  production: string,
  env: NodeJS.ProcessEnv,
  prepare: (sha: Record<string, string>) => void,
  builds: () => number,
): Promise<Row> {
  const bed = await testBed(
    `deploy:\n  target: ${target}\n  timeout: 60\n  environments:\n    production: { ${production} }\n`,
    env,
  );
  try {
    prepare(bed.sha);
    const release = async (tag: string) => {
      const before = fake.requests.length;
      const { body } = await bed.json<{ deploymentId: number }>([
        'deploy',
        '--to',
        tag,
        '--sha',
        bed.sha[tag]!,
      ]);
      const calls = fake.requests.length - before;
      expect(
        (
          await bed.run([
            'rollback',
            'finish',
            '--deployment',
            String(body.deploymentId),
            '--health-url',
            fake.healthUrl,
            '--retries',
            '0',
          ])
        ).code,
      ).toBe(0);
      return calls;
    };
    await release('v1.1.0');
    const row: Row = {
      target,
      releaseCalls: await release('v1.2.0'),
      rollbackCalls: 0,
      rollbackBuilds: 0,
      platformMs: [],
      dispatchToHealthyMs: [],
    };
    for (let i = 0; i < RUNS; i++) {
      const [to, from] = i % 2 === 0 ? ['v1.1.0', 'v1.2.0'] : ['v1.2.0', 'v1.1.0'];
      const before = fake.requests.length;
      const built = builds();
      const t0 = performance.now();
      const { run, body } = await bed.json<{ deploymentId: number; platformMs: number; built: boolean }>([
        'deploy',
        '--kind',
        'rollback',
        '--to',
        to!,
        '--sha',
        bed.sha[to!]!,
        '--from',
        from!,
      ]);
      expect(run.code).toBe(0);
      const fin = await bed.run([
        'rollback',
        'finish',
        '--deployment',
        String(body.deploymentId),
        '--health-url',
        fake.healthUrl,
        '--retries',
        '0',
      ]);
      row.dispatchToHealthyMs.push(performance.now() - t0);
      expect(fin.code).toBe(0);
      row.platformMs.push(body.platformMs);
      row.rollbackCalls = fake.requests.length - before;
      row.rollbackBuilds += builds() - built;
    }
    expect(fake.violations).toEqual([]);
    return row;
  } finally {
    await bed.github.close();
    bed.repo.remove();
  }
}

(OUT ? describe : describe.skip)('deploy bench', () => {
  it('measures each target', async () => {
    const rows: Row[] = [];
    const base = { ROLLBACK_READY_POLL_MS: process.env.ROLLBACK_READY_POLL_MS ?? '50' };
    const vercel = await startFakeVercel({ token: 'vt' });
    rows.push(
      await measure(
        'vercel',
        vercel,
        `project: ${vercel.project}`,
        { ...base, VERCEL_TOKEN: 'vt', VERCEL_API_URL: vercel.url },
        (sha) => {
          for (const tag of ['v1.0.0', 'v1.1.0', 'v1.2.0'])
            vercel.build(sha[tag]!, { live: tag === 'v1.0.0' });
        },
        () => vercel.builds(),
      ),
    );
    await vercel.close();
    const fly = await startFakeFly({ token: 'ft', machines: 3 });
    rows.push(
      await measure(
        'fly',
        fly,
        `app: ${fly.app}, image: "registry.fly.io/${fly.app}:{tag}"`,
        { ...base, FLY_API_TOKEN: 'ft', FLY_API_URL: fly.url },
        (sha) => {
          for (const tag of ['v1.0.0', 'v1.1.0', 'v1.2.0']) fly.push(tag, sha[tag]!);
        },
        () => fly.pushes(),
      ),
    );
    await fly.close();
    const render = await startFakeRender({ token: 'rt' });
    rows.push(
      await measure(
        'render',
        render,
        `service: ${render.service}`,
        { ...base, RENDER_API_KEY: 'rt', RENDER_API_URL: render.url },
        () => undefined,
        () => render.builds(),
      ),
    );
    await render.close();
    for (const r of rows) expect(r.rollbackBuilds).toBe(0);
    writeFileSync(OUT!, JSON.stringify(rows, null, 2));
  });
});
