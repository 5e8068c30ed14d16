import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { silentLogger } from '../../src/core/gate.js';
import { restoreCheck } from '../../src/gates/backup/restore.js';

const dir = mkdtempSync(join(tmpdir(), 'rr-restore-role-'));
const marker = join(dir, 'shell-ran');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('restore check of an untrusted plain dump', () => {
  it('restores as an unprivileged role: COPY ... TO PROGRAM is refused and the check fails', async () => {
    const path = join(dir, 'evil.sql');
    writeFileSync(
      path,
      `-- PostgreSQL database dump\nCREATE TABLE t (id int);\nALTER TABLE t OWNER TO postgres;\nCOPY (SELECT 1) TO PROGRAM 'touch ${marker}';\n`,
    );
    const result = await restoreCheck({
      path,
      display: 'evil.sql',
      format: 'plain',
      verifyTables: [],
      timeoutMs: 60_000,
      log: silentLogger,
    });
    expect(existsSync(marker)).toBe(false);
    expect(result.ok).toBe(false);
    expect(result.findings[0]!.message).toMatch(
      /restoring evil\.sql with psql failed .*must be superuser or have privileges of the pg_execute_server_program role/,
    );
  }, 120_000);
});
