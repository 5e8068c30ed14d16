import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CODE_PARSER_VERSION,
  decodeExpectationEntry,
  encodeExpectationEntry,
  expectationStoreKey,
  openExpectationStore,
  releaseExpectationsAt,
} from '../../src/gates/migrations/fallback/expectation-store.js';
import type {
  ExpectationStore,
  ReleaseExpectations,
} from '../../src/gates/migrations/fallback/expectation-store.js';
import { GitCli } from '../../src/git/git.js';
import type { GitRepo } from '../../src/git/git.js';
import { gitTree, readReleaseExpectations } from '../../src/schema-sources/sources.js';
import { TempRepo } from '../support/git-repo.js';
import { PRISMA_SCHEMA_V1 } from './repos.js';

// What a release's code expects is kept by the git tree id of the release (docs/caching.md): read once,
// then answered from disk — the same answer, byte for byte — and never from an entry that does not check out.
const repo = new TempRepo('rr-expect-store-');
const dirs: string[] = [];
let git: GitCli;
let v1: string;
let v2: string;

const CODE = [
  "import { prisma } from './db';",
  'export async function recent() {',
  '  return prisma.$queryRaw`SELECT "email", "name" FROM "users" WHERE "role" = \'ADMIN\'`;',
  '}',
  '',
].join('\n');

beforeAll(async () => {
  repo.write('prisma/schema.prisma', PRISMA_SCHEMA_V1).write('src/recent.ts', CODE);
  v1 = repo.commit('v1');
  repo.write('src/recent.ts', CODE.replace('"name"', '"role"'));
  v2 = repo.commit('v2');
  git = await GitCli.open(repo.dir);
});
afterAll(() => {
  git.close();
  repo.remove();
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

function tempStore(): ExpectationStore & { hits: number; writes: number } {
  const dir = mkdtempSync(join(tmpdir(), 'rr-expect-cache-'));
  dirs.push(dir);
  const store = openExpectationStore({ ROLLBACK_READY_CACHE_DIR: dir })!;
  const counted = {
    dir: store.dir,
    hits: 0,
    writes: 0,
    get(key: string) {
      const found = store.get(key);
      if (found) counted.hits++;
      return found;
    },
    set(key: string, value: ReleaseExpectations) {
      counted.writes++;
      store.set(key, value);
    },
  };
  return counted;
}

/** The fields the store keeps, as a cold read produces them. */
async function coldRead(ref: string): Promise<ReleaseExpectations> {
  const s = await readReleaseExpectations(gitTree(git, ref));
  return {
    files: s.files,
    expectations: s.expectations,
    authoritative: s.authoritative,
    codeFiles: s.codeFiles,
    truncated: s.truncated,
    unparsed: s.unparsed,
  };
}

describe('expectation store', () => {
  it('answers a second read of the same tree from disk, equal to a cold read', async () => {
    const store = tempStore();
    const first = await releaseExpectationsAt(git, v1, {}, store);
    expect(store.writes).toBe(1);
    expect(store.hits).toBe(0);
    const second = await releaseExpectationsAt(git, v1, {}, store);
    expect(store.hits).toBe(1);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(JSON.stringify(second)).toBe(JSON.stringify(await coldRead(v1)));
    // The SQL in code was read: the cache holds more than the schema file.
    expect(second.expectations.some((e) => e.source === 'sql' && e.column === 'name')).toBe(true);
    expect(second.files).toEqual([{ path: 'prisma/schema.prisma', kind: 'prisma' }]);
  });

  it('answers from the entry without reading a file of the tree', async () => {
    const store = tempStore();
    const first = await releaseExpectationsAt(git, v1, {}, store);
    // A repository that can name the tree but read nothing in it: the stored answer needs no file.
    const treeOnly = {
      root: git.root,
      treeId: (r: string) => git.treeId(r),
      listTreeAt: () => Promise.reject(new Error('listed the tree')),
      readBlobs: () => Promise.reject(new Error('read a file')),
      readBlobsByOid: () => Promise.reject(new Error('read a file')),
      readFileAt: () => Promise.reject(new Error('read a file')),
    } as unknown as GitRepo;
    expect(JSON.stringify(await releaseExpectationsAt(treeOnly, v1, {}, store))).toBe(JSON.stringify(first));
    // Other globs are another key: read again (and here, reading fails, as it should).
    await expect(
      releaseExpectationsAt(treeOnly, v1, { schemaSources: ['prisma/*.prisma'] }, store),
    ).rejects.toThrow();
  });

  it('names the code parser package.json pins (its version is part of the key)', () => {
    const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(CODE_PARSER_VERSION).toBe(`@babel/parser@${pkg.dependencies['@babel/parser']}`);
  });

  it('keys by tree: one changed file is another key, and its own answer', async () => {
    const store = tempStore();
    const t1 = (await git.treeId(v1))!;
    const t2 = (await git.treeId(v2))!;
    expect(t1).toMatch(/^[0-9a-f]{40}$/);
    expect(t2).not.toBe(t1);
    expect(expectationStoreKey(t1)).not.toBe(expectationStoreKey(t2));
    // The options are part of the key too.
    expect(expectationStoreKey(t1, { scanCode: false })).not.toBe(expectationStoreKey(t1));
    expect(expectationStoreKey(t1, { schemaSources: ['db/*.prisma'] })).not.toBe(expectationStoreKey(t1));
    await releaseExpectationsAt(git, v1, {}, store);
    const second = await releaseExpectationsAt(git, v2, {}, store);
    expect(store.hits).toBe(0);
    expect(store.writes).toBe(2);
    expect(second.expectations.some((e) => e.source === 'sql' && e.column === 'name')).toBe(false);
    // A tag of the same commit is the same tree: the same entry.
    repo.git('tag', 'v-same', v2);
    await releaseExpectationsAt(git, 'v-same', {}, store);
    expect(store.hits).toBe(1);
  });

  it('ignores corrupt, truncated, misplaced and hand-edited entries, and reads the tree again', async () => {
    const store = tempStore();
    const fresh = await releaseExpectationsAt(git, v1, {}, store);
    const key = expectationStoreKey((await git.treeId(v1))!);
    const file = join(store.dir, `${key}.json`);
    const good = readFileSync(file, 'utf8');
    const [headerLine, payload] = [good.slice(0, good.indexOf('\n')), good.slice(good.indexOf('\n') + 1)];
    const header = JSON.parse(headerLine) as { key: string; sha256: string };

    const bad: [string, string][] = [
      ['truncated', good.slice(0, good.length / 2)],
      ['not JSON', 'garbage'],
      ['no header', payload],
      ['payload edited, checksum kept', `${headerLine}\n${payload.replace('users', 'people')}`],
      ['another key inside', `${JSON.stringify({ ...header, key: 'f'.repeat(64) })}\n${payload}`],
      ['wrong field type', encodeExpectationEntry(key, { ...fresh, codeFiles: -1 })],
      [
        'unknown expectation kind',
        encodeExpectationEntry(key, {
          ...fresh,
          expectations: [{ ...fresh.expectations[0]!, kind: 'owns' as never }],
        }),
      ],
    ];
    for (const [what, text] of bad) {
      writeFileSync(file, text);
      const hitsBefore = store.hits;
      const read = await releaseExpectationsAt(git, v1, {}, store);
      expect({ what, hit: store.hits > hitsBefore }).toEqual({ what, hit: false });
      expect(JSON.stringify(read)).toBe(JSON.stringify(fresh));
    }

    // Read again, the entry is written again: the corrupt file is replaced by the good one.
    expect(readFileSync(file, 'utf8')).toBe(good);

    // A well-formed entry of another tree, moved under this key, is not this tree's answer.
    const other = tempStore();
    await releaseExpectationsAt(git, v2, {}, other);
    const [otherFile] = readdirSync(other.dir);
    renameSync(join(other.dir, otherFile!), file);
    const hitsBefore = store.hits;
    expect(JSON.stringify(await releaseExpectationsAt(git, v1, {}, store))).toBe(JSON.stringify(fresh));
    expect(store.hits).toBe(hitsBefore);
  });

  it('decodes only known fields', () => {
    const key = 'a'.repeat(64);
    const value: ReleaseExpectations = {
      files: [{ path: 'schema.prisma', kind: 'prisma' }],
      expectations: [
        {
          kind: 'decodes-type',
          table: 'users',
          column: 'email',
          detail: 'model User, field email',
          file: 'schema.prisma',
          line: 3,
          source: 'prisma',
          declared: { text: 'String', families: ['text'] },
          extra: 'dropped',
        } as never,
      ],
      authoritative: true,
      codeFiles: 2,
      truncated: false,
      unparsed: [],
    };
    const decoded = decodeExpectationEntry(encodeExpectationEntry(key, value), key)!;
    expect(decoded.expectations[0]).not.toHaveProperty('extra');
    expect(decoded.expectations[0]!.declared).toEqual({ text: 'String', families: ['text'] });
    expect(decodeExpectationEntry(encodeExpectationEntry(key, value), 'b'.repeat(64))).toBeUndefined();
  });

  it('rejects an entry with any field of the wrong type or value', () => {
    const key = 'a'.repeat(64);
    const value: ReleaseExpectations = {
      files: [{ path: 'prisma/schema.prisma', kind: 'prisma' }],
      expectations: [
        {
          kind: 'decodes-type',
          table: 'User',
          column: 'email',
          detail: 'model User, field email',
          file: 'prisma/schema.prisma',
          line: 3,
          source: 'prisma',
          declared: { text: 'String?', families: ['text'] },
        },
        {
          kind: 'knows-enum',
          table: 'Role',
          detail: 'enum Role',
          file: 'prisma/schema.prisma',
          line: 7,
          source: 'prisma',
          values: ['ADMIN', 'USER'],
        },
        {
          kind: 'inserts-without',
          table: 'User',
          detail: 'INSERT',
          file: 'src/a.ts',
          line: 1,
          source: 'sql',
          provides: ['id'],
        },
      ],
      authoritative: true,
      codeFiles: 2,
      truncated: false,
      unparsed: [{ path: 'src/b.ts', reason: 'syntax error' }],
    };
    expect(decodeExpectationEntry(encodeExpectationEntry(key, value), key)).toEqual(value);
    const reshaped = (change: (v: Record<string, unknown>) => void) => {
      const copy = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
      change(copy);
      return decodeExpectationEntry(encodeExpectationEntry(key, copy as unknown as ReleaseExpectations), key);
    };
    type Rows = Record<string, unknown>[];
    const cases: [string, (v: Record<string, unknown>) => void][] = [
      ['authoritative not a boolean', (v) => (v.authoritative = 'yes')],
      ['truncated missing', (v) => delete v.truncated],
      ['unknown expectation kind', (v) => ((v.expectations as Rows)[0]!.kind = 'writes')],
      ['negative line', (v) => ((v.expectations as Rows)[0]!.line = -1)],
      ['required field missing', (v) => delete (v.expectations as Rows)[0]!.table],
      ['unknown schema file kind', (v) => ((v.files as Rows)[0]!.kind = 'sql')],
      ['enum values not strings', (v) => ((v.expectations as Rows)[1]!.values = [1])],
      ['declared families not a list', (v) => ((v.expectations as Rows)[0]!.declared = { text: 'x' })],
      ['unparsed reason missing', (v) => delete (v.unparsed as Rows)[0]!.reason],
    ];
    for (const [what, change] of cases)
      expect({ what, decoded: reshaped(change) }).toEqual({ what, decoded: undefined });
  });

  it('without a store, or a ref that is no commit, reads the tree (and stores nothing)', async () => {
    const store = tempStore();
    expect(await git.treeId('no-such-ref')).toBeUndefined();
    await expect(releaseExpectationsAt(git, v1, {}, undefined)).resolves.toEqual(await coldRead(v1));
    expect(store.writes).toBe(0);
  });
});
