import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { MigrationLayoutId } from '../../src/gates/migrations/config.js';
import { lintParsedFiles } from '../../src/gates/migrations/engine.js';
import {
  lintRun,
  lintSources,
  opsOf,
  splitByBytes,
  threadsFor,
  THREADS_ENV,
} from '../../src/gates/migrations/lint-pool.js';
import type { SourceFile } from '../../src/gates/migrations/lint-pool.js';
import type { ParsedFile } from '../../src/gates/migrations/model.js';
import { ensureParser, parseMigration } from '../../src/gates/migrations/parse.js';
import { SchemaState, STATE_KINDS, stateOps } from '../../src/gates/migrations/schema-state.js';
import { waitForBundles } from '../support/bundles.js';
import { ROOT } from '../support/cli.js';

const CORPUS = join(ROOT, '__tests__', 'fixtures', 'migrations');
const config = DEFAULT_CONFIG.migrations;
const silent = { info: () => {}, warn: () => {}, debug: () => {} };

/** The labelled corpus, in its listed order, as one long change. */
function corpusSources(): SourceFile[] {
  const entries = JSON.parse(readFileSync(join(CORPUS, 'corpus.json'), 'utf8')) as {
    file: string;
    layout: MigrationLayoutId;
    direction?: 'up' | 'down';
  }[];
  return entries.map((e, i) => ({
    file: { path: e.file, layout: e.layout, direction: e.direction ?? 'up', version: String(i) },
    text: readFileSync(join(CORPUS, e.file), 'utf8'),
  }));
}

/**
 * Files that only lint right when the state carries over: tables created in one file are changed, far
 * later, in another (across the runs of any split); some are renamed first, so the old name is no longer new.
 */
function dependentSources(count: number): SourceFile[] {
  return Array.from({ length: count }, (_, i) => {
    const back = 3 * Math.floor((i - 1) / 6); // a file about half-way back
    const sql =
      i % 3 === 0
        ? `create table public.t${i} (id bigint primary key, note text);\ncreate index t${i}_note on public.t${i} (note);`
        : i % 3 === 1
          ? `alter table public.t${back} alter column note set not null;\ndrop index t${back}_note;`
          : `alter table public.t${i - 2} rename to r${i - 2};\nalter table public.r${i - 2} add constraint c${i} unique (note);\nalter table public.users drop column c${i};`;
    return {
      file: {
        path: `supabase/migrations/${String(20240101000000 + i)}_m${i}.sql`,
        layout: 'supabase' as const,
        direction: 'up' as const,
        version: String(i),
      },
      text: sql,
    };
  });
}

beforeAll(async () => {
  await ensureParser();
  await waitForBundles();
});

describe('splitByBytes', () => {
  const sources = (sizes: number[]): SourceFile[] =>
    sizes.map((n, i) => ({
      file: { path: `f${i}.sql`, layout: 'plain', direction: 'up', version: String(i) },
      text: 'x'.repeat(n),
    }));

  it('keeps every file once, in order, in consecutive runs of about equal size', () => {
    const all = sources([10, 10, 10, 10, 10, 10, 10, 10]);
    const runs = splitByBytes(all, 2);
    expect(runs.map((r) => r.length)).toEqual([4, 4]);
    expect(runs.flat()).toEqual(all);
    const uneven = splitByBytes(sources([70, 10, 10, 10]), 2);
    expect(uneven.map((r) => r.map((s) => s.text.length))).toEqual([[70], [10, 10, 10]]);
  });

  it('never returns an empty run', () => {
    expect(splitByBytes(sources([5]), 4)).toHaveLength(1);
    expect(splitByBytes([], 3)).toEqual([]);
  });
});

describe('threadsFor', () => {
  it('uses one thread unless each thread gets at least 150 files', () => {
    expect(threadsFor(1, {})).toBe(1);
    expect(threadsFor(299, { [THREADS_ENV]: '8' })).toBe(1);
    expect(threadsFor(300, { [THREADS_ENV]: '8' })).toBe(2);
    expect(threadsFor(10_000, { [THREADS_ENV]: '3' })).toBe(3);
  });

  it(`lets ${THREADS_ENV}=1 keep everything on one thread, and ignores a value that is not a count`, () => {
    expect(threadsFor(10_000, { [THREADS_ENV]: '1' })).toBe(1);
    expect(threadsFor(10_000, { [THREADS_ENV]: 'many' })).toBeGreaterThanOrEqual(1);
    expect(threadsFor(10_000, { [THREADS_ENV]: '0' })).toBeGreaterThanOrEqual(1);
  });
});

describe('state ops', () => {
  const parse = (sources: SourceFile[]): ParsedFile[] => sources.map((s) => parseMigration(s.file, s.text));

  it('are produced only for STATE_KINDS, the kinds opsOf looks at', () => {
    const statements = parse(corpusSources()).flatMap((p) => p.statements);
    const withOps = statements.filter((s) => stateOps(s.node).length > 0);
    expect(withOps.length).toBeGreaterThan(50);
    for (const s of withOps) expect(STATE_KINDS.has(s.kind)).toBe(true);
  });

  it('replayed, give the state that applying the statements gives', () => {
    const parsed = parse(dependentSources(30));
    const applied = new SchemaState();
    for (const p of parsed) for (const s of p.statements) applied.apply(s.node);
    const replayed = SchemaState.replay(opsOf(parsed));
    for (let i = 0; i < 30; i++) {
      for (const table of [`t${i}`, `r${i}`, 'users']) {
        expect(replayed.isNewTable(table)).toBe(applied.isNewTable(table));
        expect(replayed.isNewIndex(`t${i}_note`)).toBe(applied.isNewIndex(`t${i}_note`));
      }
    }
    expect(replayed.isNewTable('r0')).toBe(true);
    expect(replayed.isNewTable('t0')).toBe(false); // renamed away
    expect(replayed.isNewIndex('t3_note')).toBe(true);
  });

  it('let a run be linted apart from the files before it, with the same findings, at any split', () => {
    const parsed = parse(corpusSources());
    const whole = lintParsedFiles(parsed, { config });
    expect(whole.flatMap((l) => l.findings).length).toBeGreaterThan(100);
    for (const at of [1, 17, 60, 101, parsed.length - 1]) {
      const split = [
        ...lintRun(parsed.slice(0, at), config, []),
        ...lintRun(parsed.slice(at), config, opsOf(parsed.slice(0, at))),
      ];
      expect(split).toEqual(whole);
    }
  });
});

describe('lintSources', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rr-lint-pool-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const serial = (sources: SourceFile[]) =>
    lintParsedFiles(
      sources.map((s) => parseMigration(s.file, s.text)),
      { config },
    );

  it('with the built worker (dist/cli/lint-worker.js) gives what one thread gives, state carried across runs', async () => {
    const sources = dependentSources(400);
    const expected = serial(sources);
    // Renamed tables are no longer new under their old name; the others stay new however far back.
    const rules = expected.flatMap((l) => l.findings.map((f) => f.rule));
    expect(rules).toContain('ban-drop-column');
    expect(rules).toContain('setting-not-null');
    expect(rules.filter((r) => r === 'setting-not-null').length).toBeLessThan(expected.length / 3);
    const debug: string[] = [];
    const log = { ...silent, debug: (m: string) => debug.push(m) };
    const script = join(ROOT, 'dist', 'cli', 'lint-worker.js');
    expect(await lintSources(sources, config, log, { script, threads: 2 })).toEqual(expected);
    expect(debug).toContain('linted 400 file(s) on 2 threads');
    expect(await lintSources(sources, config, silent, { script, threads: 3 })).toEqual(expected);
  });

  it.each([
    ['throws as it starts', "throw new Error('boom');"],
    ['exits without answering', 'process.exit(3);'],
    [
      'answers ops, then dies',
      "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', (m) => { if (m.type === 'input') { parentPort.postMessage({ type: 'ops', ops: [] }); process.exit(4); } });",
    ],
  ])('lints here what a worker that %s was given, with the same findings', async (_, code) => {
    const script = join(dir, `worker-${code.length}.mjs`);
    writeFileSync(script, code);
    const sources = dependentSources(300);
    const debug: string[] = [];
    const log = { ...silent, debug: (m: string) => debug.push(m) };
    expect(await lintSources(sources, config, log, { script, threads: 2 })).toEqual(serial(sources));
    expect(debug.some((m) => /^lint worker 1 failed \(.+\); linting its \d+ file\(s\) here$/.test(m))).toBe(
      true,
    );
  });

  it('stays on this thread without a worker script (running from src/)', async () => {
    const sources = dependentSources(400);
    const debug: string[] = [];
    const log = { ...silent, debug: (m: string) => debug.push(m) };
    expect(await lintSources(sources, config, log)).toEqual(serial(sources));
    expect(debug).toEqual([]);
  });
});
