import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { lintParsedFiles } from '../../src/gates/migrations/engine.js';
import { LintAhead, lintSources } from '../../src/gates/migrations/parse-ahead.js';
import { parseAheadWanted, THREADS_ENV } from '../../src/gates/migrations/parse-worker-client.js';
import type { SourceFile } from '../../src/gates/migrations/parse-worker-client.js';
import {
  AHEAD,
  AT,
  ENDED,
  PARSING,
  POSTED,
  PROGRESS_SLOTS,
  SKIP,
} from '../../src/gates/migrations/parse-ahead-protocol.js';
import type {
  AheadBound,
  ParsedAhead,
  ParseWorkerInput,
  SourceChunk,
} from '../../src/gates/migrations/parse-ahead-protocol.js';
import { ensureParser, parseMigration, parseStatementJson } from '../../src/gates/migrations/parse.js';
import { waitForBundles } from '../support/bundles.js';
import { ROOT } from '../support/cli.js';

const config = DEFAULT_CONFIG.migrations;
const silent = { info: () => {}, warn: () => {}, debug: () => {} };
const WORKER = join(ROOT, 'dist', 'cli', 'parse-worker.js');

/**
 * A change of `count` files in run order: tables created in one file and changed or renamed far later;
 * every 50th file does not parse; every 40th is a dbmate file whose down section must not be linted.
 */
function sources(count: number): SourceFile[] {
  return Array.from({ length: count }, (_, i) => {
    const back = 3 * Math.floor((i - 1) / 6);
    let text =
      i % 3 === 0
        ? `create table public.t${i} (id bigint primary key, note text);\ncreate index t${i}_note on public.t${i} (note);`
        : i % 3 === 1
          ? `alter table public.t${back} alter column note set not null;\ndrop index t${back}_note;`
          : `${i % 6 === 2 ? `alter table public.t${i - 2} rename to r${i - 2};\n` : ''}alter table public.users drop column c${i};`;
    // Some bulk, so that linting here takes long enough for the worker to start and catch up.
    text +=
      `\ninsert into public.audit (k, v) values ${Array.from({ length: 40 }, (_, k) => `('k${k}', ${k})`).join(', ')};`.repeat(
        4,
      );
    if (i % 50 === 49) text += `\nselec 1;\nalter table public.users drop column d${i};`;
    const dbmate = i % 40 === 39;
    if (dbmate) text = `-- migrate:up\n${text}\n-- migrate:down\ndrop table public.everything;\n`;
    return {
      file: {
        path: dbmate
          ? `db/migrations/${20240101000000 + i}_m${i}.sql`
          : `supabase/migrations/${20240101000000 + i}_m${i}.sql`,
        layout: dbmate ? ('dbmate' as const) : ('supabase' as const),
        direction: 'up' as const,
        version: String(i),
      },
      text,
    };
  });
}

const serial = (all: SourceFile[]) =>
  lintParsedFiles(
    all.map((s) => parseMigration(s.file, s.text)),
    { config },
  );

function recording() {
  const debug: string[] = [];
  return { debug, log: { ...silent, debug: (m: string) => debug.push(m) } };
}

beforeAll(async () => {
  await ensureParser();
  await waitForBundles();
});

describe('parseAheadWanted', () => {
  it('wants a worker for 100 files or more, unless the machine has one core', () => {
    expect(parseAheadWanted(99, {})).toBe(false);
    expect(parseAheadWanted(100, { [THREADS_ENV]: '2' })).toBe(true);
  });

  it(`lets ${THREADS_ENV}=1 keep the parsing on the linting thread`, () => {
    expect(parseAheadWanted(10_000, { [THREADS_ENV]: '1' })).toBe(false);
  });
});

describe('lintSources with the parse worker', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rr-parse-ahead-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const env = process.env[THREADS_ENV];
  beforeAll(() => {
    process.env[THREADS_ENV] = '2'; // a worker even on a one-core machine
  });
  afterAll(() => {
    if (env === undefined) delete process.env[THREADS_ENV];
    else process.env[THREADS_ENV] = env;
  });

  it('takes the sources as they are read: the worker waits for the next ones, and ends when told', async () => {
    const all = sources(300);
    const lint = await LintAhead.open(all.length, { script: WORKER });
    // A slow reader: the worker runs out of sources twice and must wait for more, not end.
    for (const [i, source] of all.entries()) {
      lint.add(source);
      if (i === 20 || i === 150) await new Promise((resolve) => setTimeout(resolve, 400));
    }
    const { debug, log } = recording();
    expect(await lint.run(config, log)).toEqual(serial(all));
    const ahead = Number(/^parsed (\d+) of 300 /.exec(debug[0] ?? '')?.[1]);
    // Everything read before a pause was parsed during it.
    expect(ahead).toBeGreaterThan(150);
  });

  it('waits for a file the worker is parsing, but not for ever: a worker stuck on it costs 1 s', async () => {
    const script = join(dir, 'worker-stuck.mjs');
    writeFileSync(
      script,
      "import { parentPort } from 'node:worker_threads';\n" +
        `parentPort.once('message', ({ progress }) => Atomics.store(new Int32Array(progress), ${PARSING}, 0));\n`,
    );
    const all = sources(150);
    const lint = await LintAhead.open(all.length, { script });
    for (const source of all) lint.add(source);
    await new Promise((resolve) => setTimeout(resolve, 500)); // it has started and claimed file 0
    const { debug, log } = recording();
    const start = performance.now();
    expect(await lint.run(config, log)).toEqual(serial(all));
    const took = performance.now() - start;
    expect(took).toBeGreaterThan(900);
    expect(took).toBeLessThan(10_000);
    expect(debug[0]).toMatch(/^parsed 0 of 150 migration file\(s\) ahead on a worker thread/);
  });

  it('stops the worker when reading fails before the run, and the next run still works', async () => {
    const all = sources(120);
    const abandoned = await LintAhead.open(all.length, { script: WORKER });
    for (const source of all.slice(0, 40)) abandoned.add(source);
    abandoned.close();
    expect(await lintSources(all, config, silent, { script: WORKER })).toEqual(serial(all));
  });

  it('gives what parsing on this thread gives: syntax errors, dbmate sections, state across files', async () => {
    const all = sources(600);
    const expected = serial(all);
    const rules = expected.flatMap((l) => l.findings.map((f) => f.rule));
    expect(rules.filter((r) => r === 'syntax-error')).toHaveLength(12);
    expect(rules).toContain('setting-not-null');
    expect(rules).not.toContain('ban-drop-table'); // dbmate down sections are not linted as up
    const { debug, log } = recording();
    expect(await lintSources(all, config, log, { script: WORKER })).toEqual(expected);
    const [line] = debug;
    const ahead = Number(
      /^parsed (\d+) of 600 migration file\(s\) ahead on a worker thread$/.exec(line ?? '')?.[1],
    );
    expect(ahead).toBeGreaterThan(0);
    // Files that do not parse are re-parsed here, never taken from the worker.
    expect(ahead).toBeLessThanOrEqual(588);
  });

  it.each([
    ['throws as it starts', "throw new Error('boom');"],
    ['exits at once', 'process.exit(3);'],
    [
      'never answers',
      "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => {});",
    ],
  ])('parses here what a worker that %s never sent, with the same findings', async (_, code) => {
    const script = join(dir, `worker-${code.length}.mjs`);
    writeFileSync(script, code);
    const all = sources(150);
    const { debug, log } = recording();
    expect(await lintSources(all, config, log, { script })).toEqual(serial(all));
    expect(debug).toHaveLength(1);
    expect(debug[0]).toMatch(/^parsed 0 of 150 migration file\(s\) ahead on a worker thread/);
  });

  /** Run the built worker on `all` with the linting thread held at file 0; what it sent by then, and a way on. */
  async function heldAtFirstFile(all: SourceFile[], ahead: AheadBound) {
    const channel = new MessageChannel();
    const progress = new Int32Array(new SharedArrayBuffer(PROGRESS_SLOTS * 4));
    progress[SKIP] = -1; // the linting thread parsed nothing itself, and stays at file 0
    const worker = new Worker(WORKER);
    const input: ParseWorkerInput = {
      port: channel.port2,
      progress: progress.buffer as SharedArrayBuffer,
      ahead,
    };
    const chunk: SourceChunk = { from: 0, sources: all };
    channel.port1.postMessage(chunk);
    progress[POSTED] = all.length;
    progress[ENDED] = 1;
    worker.postMessage(input, [channel.port2]);
    const received: ParsedAhead[] = [];
    const drain = () => {
      for (let m = receiveMessageOnPort(channel.port1); m; m = receiveMessageOnPort(channel.port1))
        received.push(m.message as ParsedAhead);
    };
    // Long enough to parse every file several times over.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    drain();
    const held = [...received];
    const release = async () => {
      Atomics.store(progress, AT, all.length);
      Atomics.notify(progress, AT);
      const deadline = Date.now() + 20_000;
      while (received.length < all.length && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        drain();
      }
      await worker.terminate();
      return received;
    };
    return { held, release };
  }

  it('keeps the worker at most AHEAD.files in front of the linting thread, then lets it go on', async () => {
    const all = sources(96);
    const { held, release } = await heldAtFirstFile(all, { files: 32, chars: AHEAD.chars });
    expect(held.map((a) => a.index)).toEqual(Array.from({ length: 33 }, (_, i) => i));
    expect((await release()).map((a) => a.index)).toEqual(all.map((_, i) => i));
  });

  it('keeps the JSON it has sent but the linting thread has not taken within AHEAD.chars', async () => {
    const all = sources(96);
    const perFile = parseStatementJson(all[0]!.text).json.length;
    const { held, release } = await heldAtFirstFile(all, { files: AHEAD.files, chars: perFile * 10 });
    // It stops once past the bound: a few files over ten of this size (files differ a little in size).
    expect(held.length).toBeGreaterThan(8);
    expect(held.length).toBeLessThan(16);
    const sent = held.reduce((n, a) => n + (a.tree?.json.length ?? 0), 0);
    expect(sent - (held.at(-1)!.tree?.json.length ?? 0)).toBeLessThanOrEqual(perFile * 10);
    expect((await release()).map((a) => a.index)).toEqual(all.map((_, i) => i));
  });

  it('uses no worker for a few files, or without a worker script (running from src/)', async () => {
    for (const [all, options] of [
      [sources(20), { script: WORKER }],
      [sources(300), {}],
    ] as const) {
      const { debug, log } = recording();
      expect(await lintSources(all, config, log, options)).toEqual(serial(all));
      expect(debug).toEqual([]);
    }
  });
});
