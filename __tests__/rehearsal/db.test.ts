import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { silentLogger } from '../../src/core/gate.js';
import { openDatabase } from '../../src/db/connect.js';
import type { Database } from '../../src/db/database.js';
import { DatabaseUnavailableError, redactUrl } from '../../src/db/database.js';
import { candidateBinDirs, findPostgresBinaries } from '../../src/db/find-binaries.js';
import type { PostgresBinaries } from '../../src/db/find-binaries.js';
import { startLocalServer } from '../../src/db/local-server.js';
import { serverUser } from '../../src/db/run-as.js';
import { describeDifference, diffSnapshots, takeSnapshot } from '../../src/db/schema-snapshot.js';
import { expectNothingLeftBehind, postgresProcessesIn } from './support.js';

let binaries: PostgresBinaries;
beforeAll(async () => {
  const found = await findPostgresBinaries();
  if (!found) throw new Error('the PostgreSQL binaries are missing; .ci/run installs them');
  binaries = found;
});

describe('finding the PostgreSQL binaries', () => {
  it('looks on PATH (following symlinks) and under /usr/lib/postgresql/<major>/bin', () => {
    const fromDebian = candidateBinDirs({ PATH: '' });
    expect(fromDebian.every((d) => /^\/usr\/lib\/postgresql\/\d+\/bin$/.test(d))).toBe(true);
    expect(candidateBinDirs({ PATH: '' }, '/nonexistent')).toEqual([]);
    expect(binaries.version).toMatch(/^\d+\.\d+$/);
    expect(binaries.major).toBeGreaterThanOrEqual(12);
  });

  it("prefers the installation matching production's major version, else the first found", async () => {
    expect((await findPostgresBinaries(binaries.major))!.major).toBe(binaries.major);
    expect(await findPostgresBinaries(undefined, { PATH: '/nonexistent' })).toBeDefined();
  });
});

describe('the account the server runs as', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rr-passwd-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const passwd = (text: string) => {
    const path = join(dir, `passwd-${text.length}`);
    writeFileSync(path, text);
    return path;
  };

  it('is postgres, else nobody, when root; itself otherwise', () => {
    const both = passwd(
      'root:x:0:0::/root:/bin/sh\npostgres:x:101:104::/var/lib/postgresql:/bin/bash\nnobody:x:65534:65534::/:/usr/sbin/nologin\n',
    );
    expect(serverUser(both, 0)).toEqual({ name: 'postgres', uid: 101, gid: 104 });
    expect(
      serverUser(passwd('root:x:0:0::/root:/bin/sh\nnobody:x:65534:65534::/:/usr/sbin/nologin\n'), 0),
    ).toEqual({ name: 'nobody', uid: 65534, gid: 65534 });
    expect(serverUser(passwd('root:x:0:0::/root:/bin/sh\n'), 0)).toBeUndefined();
    expect(serverUser(both, 1000)).toBeUndefined();
  });
});

describe('a throwaway local server', () => {
  it('starts from initdb on a unix socket in its own temp folder, as a non-root user, and leaves nothing when stopped', async () => {
    const started = Date.now();
    const server = await startLocalServer(binaries);
    const elapsed = Date.now() - started;
    try {
      expect(existsSync(join(server.dir, `.s.PGSQL.${server.port}`))).toBe(true);
      expect(server.startupMs).toBeLessThanOrEqual(elapsed);
      const owner = execFileSync('ps', ['-o', 'user=', '-p', String(server.pid)], {
        encoding: 'utf8',
      }).trim();
      if (process.getuid?.() === 0) {
        expect(['postgres', 'nobody']).toContain(owner);
        expect(server.runsAs).toBe(owner);
      }
      expect(postgresProcessesIn(server.dir)).toContain(server.dir);
    } finally {
      await server.stop();
    }
    expectNothingLeftBehind([server.dir]);
  });

  it('shows the last lines of the server log when it fails to start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rr-fake-bin-'));
    chmodSync(dir, 0o755);
    const script = (name: string, body: string) => {
      writeFileSync(join(dir, name), `#!/bin/sh\n${body}\n`);
      chmodSync(join(dir, name), 0o755);
    };
    script('initdb', 'mkdir -p "$2"; echo "initdb ok"');
    script('postgres', 'echo "FATAL:  could not create lock file: Permission denied" >&2; exit 1');
    try {
      const fake = { ...binaries, binDir: dir, initdb: join(dir, 'initdb'), postgres: join(dir, 'postgres') };
      await expect(startLocalServer(fake)).rejects.toThrow(
        /postgres exited while starting:\nFATAL: {2}could not create lock file/,
      );
      await expect(
        openDatabase({ engine: 'local', log: silentLogger, findBinaries: async () => fake }),
      ).rejects.toThrow(/did not start: postgres exited while starting:\nFATAL/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says what to install when engine local has no binaries', async () => {
    const open = openDatabase({ engine: 'local', log: silentLogger, findBinaries: async () => undefined });
    await expect(open).rejects.toThrow(DatabaseUnavailableError);
    await expect(open).rejects.toThrow(/apt-get install postgresql.*database-url/);
  });

  it('keeps passwords out of what it prints', () => {
    expect(redactUrl('postgres://app:hunter2@db.example.com:5432/app?sslmode=require')).toBe(
      'postgres://app:***@db.example.com:5432/app?sslmode=require',
    );
    expect(redactUrl('not a url')).not.toContain('not a url');
  });
});

describe('schema snapshots', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({ engine: 'local', log: silentLogger });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('compare exactly: every kind of object that differs is named, and identical schemas do not differ', async () => {
    await db.exec(`CREATE TYPE mood AS ENUM ('ok', 'sad');
      CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL, mood mood, age int CHECK (age > 0));
      CREATE INDEX users_email_idx ON users (email);
      CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;`);
    const before = await takeSnapshot(db);
    expect(diffSnapshots(before, await takeSnapshot(db))).toEqual([]);
    await db.exec(`ALTER TYPE mood ADD VALUE 'happy';
      ALTER TABLE users ALTER COLUMN email DROP NOT NULL, ALTER COLUMN age TYPE bigint, ADD COLUMN nick text DEFAULT 'x';
      ALTER TABLE users ENABLE ROW LEVEL SECURITY;
      CREATE POLICY own ON users FOR SELECT USING (id > 0);
      CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();
      DROP INDEX users_email_idx;
      CREATE VIEW adults AS SELECT id FROM users WHERE age >= 18;
      CREATE TABLE audit (at timestamptz NOT NULL);`);
    const after = await takeSnapshot(db);
    expect(diffSnapshots(before, after).map(describeDifference)).toEqual([
      'table public.audit added (1 column: at)',
      'row security public.users: disabled → enabled',
      'column public.users.age: type integer → bigint',
      'column public.users.email: nullability NOT NULL → NULL',
      "column public.users.nick added (text NULL DEFAULT 'x'::text)",
      'view public.adults added',
      'index public.users_email_idx removed (was CREATE INDEX users_email_idx ON public.users USING btree (email))',
      'enum public.mood: ok, sad → ok, sad, happy',
      'trigger public.users.users_touch added (CREATE TRIGGER users_touch BEFORE UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION touch())',
      'policy public.users.own added (PERMISSIVE FOR SELECT TO public USING ((id > 0)))',
    ]);
  });
});

describe('the embedded fallback', () => {
  it('is used when there are no PostgreSQL binaries (engine auto)', async () => {
    const db = await openDatabase({ engine: 'auto', log: silentLogger, findBinaries: async () => undefined });
    try {
      expect(db.kind).toBe('pglite');
      expect(db.describe()).toMatch(/^the embedded PGlite \d+\.\d+\.\d+ \(PostgreSQL \d+/);
      expect(await db.query<{ n: number }>('SELECT 1 + 1 AS n')).toEqual([{ n: 2 }]);
    } finally {
      await db.close();
    }
  });
});
