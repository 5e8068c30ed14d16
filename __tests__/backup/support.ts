import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPostgresBinaries } from '../../src/db/find-binaries.js';
import type { PostgresBinaries } from '../../src/db/find-binaries.js';
import { startLocalServer } from '../../src/db/local-server.js';
import type { LocalServer } from '../../src/db/local-server.js';
import { connectPg } from '../../src/db/pg-client.js';

/** A throwaway server holding a small app database, and pg_dump pointed at it. */
export interface DumpSource {
  binaries: PostgresBinaries;
  server: LocalServer;
  /** Folder the dumps are written to. */
  dir: string;
  /** Run pg_dump with these arguments (plus the connection), writing to `file` in `dir`; returns its path. */
  dump(file: string, ...args: string[]): string;
  stop(): Promise<void>;
}

export const APP_SCHEMA = `
  CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL);
  INSERT INTO users VALUES (1, 'a@example.com'), (2, 'b@example.com'), (3, 'it''s\ttabbed\\\\');
  CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users, note text);
  INSERT INTO orders VALUES (10, 1, NULL), (11, 2, 'line one
line two');
  CREATE TABLE audit_log (id int);
`;

export async function startDumpSource(): Promise<DumpSource> {
  const binaries = await findPostgresBinaries();
  if (!binaries) throw new Error('the PostgreSQL binaries are missing; .ci/run installs them');
  const server = await startLocalServer(binaries);
  const session = await connectPg({
    host: server.socketDir,
    port: server.port,
    user: 'postgres',
    database: 'postgres',
  });
  await session.exec(APP_SCHEMA);
  await session.end();
  const dir = mkdtempSync(join(tmpdir(), 'rr-dumps-'));
  return {
    binaries,
    server,
    dir,
    dump(file, ...args) {
      const path = join(dir, file);
      execFileSync(
        join(binaries.binDir, 'pg_dump'),
        [
          '-h',
          server.socketDir,
          '-p',
          String(server.port),
          '-U',
          'postgres',
          '--file',
          path,
          ...args,
          'postgres',
        ],
        { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, PGTZ: 'UTC' } },
      );
      return path;
    },
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
