import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitCli } from '../../src/git/git.js';
import type { GitRepo, TreeEntry } from '../../src/git/git.js';
import {
  CODE_PARSER_VERSION,
  decodeSourcesEntry,
  encodeSourcesEntry,
  readTargetSources,
  targetSourcesBeside,
  targetSourcesKey,
} from '../../src/rollback/target-sources.js';
import { gitTree, readReleaseExpectations } from '../../src/schema-sources/sources.js';
import { TempRepo } from '../support/git-repo.js';

// What the rollback target's code expects, kept by the content of its tree: the same answer as reading
// it, never an answer for another tree, and nothing trusted that was not written for this key.

const repo = new TempRepo('rr-target-sources-');
const cacheRoot = mkdtempSync(join(tmpdir(), 'rr-target-sources-cache-'));
let git: GitCli;
let ref: string;

beforeAll(async () => {
  repo
    .write(
      'prisma/schema.prisma',
      'model User {\n  id Int @id\n  email String?\n  role Role\n}\n\nenum Role {\n  ADMIN\n  USER\n}\n',
    )
    .write('src/users.ts', 'export const q = sql`select email from "User" where id = $1`;\n')
    .write('src/other.ts', 'export const x = 1;\n');
  ref = repo.commit('app', '2026-01-01T00:00:00Z');
  git = await GitCli.open(repo.dir);
});
afterAll(() => {
  repo.remove();
  rmSync(cacheRoot, { recursive: true, force: true });
});

const entry = (path: string, oid: string, mode = '100644'): TreeEntry => ({
  path,
  oid,
  mode,
  type: 'blob',
  size: 1,
});

describe('targetSourcesKey', () => {
  const tree = [entry('a.ts', '1'.repeat(40)), entry('prisma/schema.prisma', '2'.repeat(40))];
  it('changes with any file, its mode or place, and with the schema-sources globs', () => {
    const key = targetSourcesKey(tree);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(targetSourcesKey([...tree])).toBe(key);
    expect(targetSourcesKey([tree[0]!, entry('prisma/schema.prisma', '3'.repeat(40))])).not.toBe(key);
    expect(targetSourcesKey([entry('a.ts', '1'.repeat(40), '100755'), tree[1]!])).not.toBe(key);
    expect(targetSourcesKey([entry('b.ts', '1'.repeat(40)), tree[1]!])).not.toBe(key);
    expect(targetSourcesKey([...tree, entry('c.ts', '4'.repeat(40))])).not.toBe(key);
    expect(targetSourcesKey(tree, ['db/schema.ts'])).not.toBe(key);
  });

  it('ignores submodules, which the reading never opens', () => {
    const sub: TreeEntry = {
      path: 'vendor/lib',
      oid: '5'.repeat(40),
      mode: '160000',
      type: 'commit',
      size: 0,
    };
    expect(targetSourcesKey([...tree, sub])).toBe(targetSourcesKey(tree));
  });

  it('names the code parser package.json pins', () => {
    const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(CODE_PARSER_VERSION).toBe(`@babel/parser@${pkg.dependencies['@babel/parser']}`);
  });
});

describe('readTargetSources', () => {
  it('reads what readReleaseExpectations reads, stores it, and answers from the store without reading the code', async () => {
    const store = targetSourcesBeside({ dir: join(cacheRoot, 'replay-v1') });
    const fresh = await readReleaseExpectations(gitTree(git, ref));
    const first = await readTargetSources(git, ref, undefined, store);
    expect(first).toEqual({
      files: fresh.files,
      expectations: fresh.expectations,
      authoritative: fresh.authoritative,
      codeFiles: fresh.codeFiles,
    });
    expect(first.expectations.length).toBeGreaterThan(2);
    expect(readdirSync(join(cacheRoot, 'sources-v1'))).toHaveLength(1);

    // A repository that can list the tree but read no file: the stored answer needs no file.
    const listOnly = {
      root: git.root,
      listTreeAt: (r: string, under?: string) => git.listTreeAt(r, under),
      readBlobsByOid: () => Promise.reject(new Error('read a file')),
      readFileAt: () => Promise.reject(new Error('read a file')),
    } as unknown as GitRepo;
    expect(await readTargetSources(listOnly, ref, undefined, store)).toEqual(first);
    // Other globs are another key: read again (and here, reading fails as it should).
    await expect(readTargetSources(listOnly, ref, ['prisma/*.prisma'], store)).rejects.toThrow('read a file');
  });

  it('without a store, reads every time', async () => {
    const sources = await readTargetSources(git, ref, undefined);
    expect(sources.files).toEqual([{ path: 'prisma/schema.prisma', kind: 'prisma' }]);
  });
});

describe('stored entries', () => {
  const sources = {
    files: [{ path: 'prisma/schema.prisma', kind: 'prisma' as const }],
    expectations: [
      {
        kind: 'decodes-type' as const,
        table: 'User',
        column: 'email',
        detail: 'model User, field email',
        file: 'prisma/schema.prisma',
        line: 3,
        source: 'prisma' as const,
        declared: { text: 'String?', families: ['text'] },
      },
      {
        kind: 'knows-enum' as const,
        table: 'Role',
        detail: 'enum Role',
        file: 'prisma/schema.prisma',
        line: 7,
        source: 'prisma' as const,
        values: ['ADMIN', 'USER'],
      },
      {
        kind: 'inserts-without' as const,
        table: 'User',
        detail: 'INSERT',
        file: 'src/a.ts',
        line: 1,
        source: 'sql' as const,
        provides: ['id'],
      },
    ],
    authoritative: true,
    codeFiles: 2,
  };
  const key = 'a'.repeat(64);

  it('read back as written', () => {
    expect(decodeSourcesEntry(encodeSourcesEntry(key, sources), key)).toEqual(sources);
  });

  it('are ignored when written for another key, changed after writing, or of the wrong shape', () => {
    const good = encodeSourcesEntry(key, sources);
    expect(decodeSourcesEntry(good, 'b'.repeat(64))).toBeUndefined();
    expect(decodeSourcesEntry(good.replace('ADMIN', 'ADMIX'), key)).toBeUndefined();
    expect(decodeSourcesEntry('{not json', key)).toBeUndefined();
    const reshaped = (change: (s: Record<string, unknown>) => void) => {
      const copy = JSON.parse(JSON.stringify(sources)) as Record<string, unknown>;
      change(copy);
      return decodeSourcesEntry(encodeSourcesEntry(key, copy as typeof sources), key);
    };
    expect(reshaped((s) => (s.authoritative = 'yes'))).toBeUndefined();
    expect(reshaped((s) => ((s.expectations as { kind: string }[])[0]!.kind = 'writes'))).toBeUndefined();
    expect(reshaped((s) => ((s.expectations as { line: number }[])[0]!.line = -1))).toBeUndefined();
    expect(reshaped((s) => ((s.files as { kind: string }[])[0]!.kind = 'sql'))).toBeUndefined();
    expect(reshaped((s) => ((s.expectations as { values: unknown }[])[1]!.values = [1]))).toBeUndefined();
    // Unknown fields are dropped, not carried over.
    const extra = reshaped((s) => ((s.expectations as Record<string, unknown>[])[0]!.injected = 'x'));
    expect(extra?.expectations[0]).not.toHaveProperty('injected');
  });

  it('a corrupt file on disk is read again and rewritten', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rr-target-sources-corrupt-'));
    try {
      const store = targetSourcesBeside({ dir: join(root, 'replay-v1') });
      const first = await readTargetSources(git, ref, undefined, store);
      const [file] = readdirSync(join(root, 'sources-v1'));
      const path = join(root, 'sources-v1', file!);
      const good = readFileSync(path, 'utf8');
      writeFileSync(path, good.replace('email', 'emayl'));
      expect(await readTargetSources(git, ref, undefined, store)).toEqual(first);
      expect(readFileSync(path, 'utf8')).toBe(good);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
