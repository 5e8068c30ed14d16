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

describe('restore check on the embedded PGlite', () => {
  it('stops a dump statement that never yields at the time box', async () => {
    const path = join(dir, 'spin.sql');
    writeFileSync(path, '-- PostgreSQL database dump\nDO $$ BEGIN LOOP END LOOP; END $$;\n');
    const started = Date.now();
    const result = await restoreCheck({
      path,
      display: 'spin.sql',
      format: 'plain',
      verifyTables: [],
      timeoutMs: 5_000,
      log: silentLogger,
      engine: 'pglite',
    });
    expect(result.ok).toBe(false);
    expect(result.findings[0]!.message).toMatch(/restoring spin\.sql into PGlite .* timed out after 5 s/);
    // PGlite's own start is slow on a busy machine; the statement itself is cut at 5 s.
    expect(Date.now() - started).toBeLessThan(120_000);
  }, 180_000);
});
