import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { GateContext } from '../../src/gates/gate.js';
import { MAX_MIGRATION_BYTES, readHeadSource } from '../../src/gates/migrations/read-source.js';

let root: string;
let ctx: Pick<GateContext, 'git' | 'head' | 'worktree'>;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'rr-read-source-'));
  ctx = { git: { root } as GateContext['git'], head: 'HEAD', worktree: true };
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readHeadSource from the work tree', () => {
  it('reads a file larger than its first buffer whole, then a small one without the old bytes', async () => {
    const big = 'select 1;\n'.repeat(30_000) + '-- end é\n'; // ~300 KB: the read buffer grows
    writeFileSync(join(root, 'big.sql'), big);
    writeFileSync(join(root, 'small.sql'), 'select 2;');
    expect(await readHeadSource(ctx, 'big.sql')).toEqual({ text: big });
    expect(await readHeadSource(ctx, 'small.sql')).toEqual({ text: 'select 2;' });
    writeFileSync(join(root, 'empty.sql'), '');
    expect(await readHeadSource(ctx, 'empty.sql')).toEqual({ text: '' });
  });

  it('reads a file of exactly the limit, and names the size of one byte over it', async () => {
    writeFileSync(join(root, 'limit.sql'), Buffer.alloc(MAX_MIGRATION_BYTES, 'a'));
    expect(await readHeadSource(ctx, 'limit.sql')).toEqual({ text: 'a'.repeat(MAX_MIGRATION_BYTES) });
    writeFileSync(join(root, 'over.sql'), Buffer.alloc(MAX_MIGRATION_BYTES + 1, 'a'));
    expect(await readHeadSource(ctx, 'over.sql')).toEqual({
      problem: expect.stringMatching(/^the file is 5\.0 MB, over the 5 MB limit for a migration/),
    });
  });

  it('skips what is not a regular file: a missing path, a folder, a FIFO (without waiting for a writer)', async () => {
    expect(await readHeadSource(ctx, 'missing.sql')).toBeUndefined();
    mkdirSync(join(root, 'folder.sql'));
    expect(await readHeadSource(ctx, 'folder.sql')).toBeUndefined();
    const fifo = spawnSync('mkfifo', [join(root, 'pipe.sql')]);
    if (fifo.status === 0) expect(await readHeadSource(ctx, 'pipe.sql')).toBeUndefined();
  });
});
