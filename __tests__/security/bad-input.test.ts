/**
 * Arbitrary and hostile input — SQL, bytes, config files, release notes, tag names — ends in findings
 * or a clear one-line usage error (exit 2), never an uncaught exception, and in bounded time.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { resolveSettings } from '../../src/config/settings.js';
import { UsageError } from '../../src/core/errors.js';
import { SEVERITIES } from '../../src/core/finding.js';
import type { Finding } from '../../src/core/finding.js';
import { checkNote } from '../../src/gates/notes/check-note.js';
import { parseNote } from '../../src/gates/notes/parse-note.js';
import { readNoteFile } from '../../src/gates/notes/source.js';
import { MIGRATION_LAYOUTS } from '../../src/gates/migrations/config.js';
import type { MigrationLayoutId } from '../../src/gates/migrations/config.js';
import { KNOWN_RULE_IDS } from '../../src/gates/migrations/engine.js';
import { decodeSource, MAX_MIGRATION_BYTES } from '../../src/gates/migrations/read-source.js';
import { assertReleaseName, refNameProblem } from '../../src/release/names.js';
import { semverScheme } from '../../src/release/semver.js';
import { calverScheme } from '../../src/release/calver.js';
import { snapshotBundles } from '../support/bundles.js';
import type { BundleSnapshot } from '../support/bundles.js';
import { TempRepo } from '../support/git-repo.js';
import { lintFiles } from '../support/lint-sql.js';

/** Longest any single input may take: generous for a loaded CI runner, far below a hang. */
const CASE_BOUND_MS = 3_000;

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

/** Pieces that reach the interesting corners of the SQL front end: quoting, comments, dbmate sections, ignores. */
const SQL_PIECES = [
  'create table t (id bigint primary key, c text)',
  'alter table t add column d text not null default now()',
  'alter table t drop column c',
  'create index concurrently i on t (c)',
  'drop table t',
  'update t set c = 1',
  'begin',
  'commit',
  'set lock_timeout = 1',
  'create function f() returns int as $$ select 1; $$ language sql',
  ';',
  '\n',
  '\r\n',
  '\r',
  ' ',
  '\t',
  "'",
  '"',
  '$$',
  '$tag$',
  '--',
  '/*',
  '*/',
  '-- rollback-ready-ignore ban-drop-column: moved to a view',
  '-- rollback-ready-ignore-file',
  '-- rollback-ready-ignore nonsense-rule',
  '-- migrate:up',
  '-- migrate:down transaction:false',
  '\uFEFF',
  'é',
  '😀',
  '\u202E',
  'E\'\\\'',
  '(((',
  ')))',
];

const sqlish = fc
  .array(fc.oneof(fc.constantFrom(...SQL_PIECES), fc.string({ maxLength: 8 })), { maxLength: 40 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(sqlish, fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 100 }));
const layout = fc.constantFrom(...(MIGRATION_LAYOUTS as readonly MigrationLayoutId[]));

function expectWellFormed(findings: readonly Finding[], text: string): void {
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const f of findings) {
    expect(KNOWN_RULE_IDS.has(f.rule)).toBe(true);
    expect(SEVERITIES).toContain(f.severity);
    expect(typeof f.message).toBe('string');
    expect(f.message.length).toBeGreaterThan(0);
    if (f.line !== undefined) {
      expect(Number.isInteger(f.line)).toBe(true);
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.line).toBeLessThanOrEqual(lines + 1);
    }
  }
}

describe('SQL front end (parse + every rule) on arbitrary input', () => {
  it('ends in well-formed findings for any text and layout, quickly', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, anyText, layout, fc.constantFrom('up' as const, 'down' as const), async (a, b, id, direction) => {
        const start = performance.now();
        const linted = await lintFiles([
          { sql: a, layout: id, direction, path: `db/migrations/1_a.${direction}.sql` },
          { sql: b, layout: id, direction, path: `db/migrations/2_b.${direction}.sql` },
        ]);
        expect(performance.now() - start).toBeLessThan(CASE_BOUND_MS);
        expect(linted).toHaveLength(2);
        expectWellFormed(linted[0]!.findings, a);
        expectWellFormed(linted[1]!.findings, b);
      }),
      { numRuns: 200 },
    );
  });

  it('decodes any bytes to text or a reason (NUL → binary, bad UTF-8 → re-save), and lints the text', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      // Mostly valid SQL with a few hostile bytes spliced in: BOM, CR, NUL, lone continuation bytes, overlongs.
      fc
        .tuple(sqlish, fc.array(fc.constantFrom([0xef, 0xbb, 0xbf], [0x0d, 0x0a], [0x00], [0x80], [0xc3], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xff]), { maxLength: 3 }), fc.nat())
        .map(([sql, junk, at]) => {
          const base = Buffer.from(sql, 'utf8');
          const cut = base.length ? at % base.length : 0;
          return Uint8Array.from([...base.subarray(0, cut), ...junk.flat(), ...base.subarray(cut)]);
        }),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (raw) => {
        const buffer = Buffer.from(raw);
        const source = decodeSource(buffer);
        if ('problem' in source) {
          expect(source.problem).toMatch(buffer.includes(0) ? /NUL bytes: it is binary/ : /not valid UTF-8/);
          return;
        }
        expect(buffer.includes(0)).toBe(false);
        const [linted] = await lintFiles([{ sql: source.text }]);
        expectWellFormed(linted!.findings, source.text);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['a 10,000-character comment line', `-- ${'x'.repeat(10_000)}\nalter table t drop column c;\n`],
    ['a 10,000-character identifier list', `select ${Array.from({ length: 2_000 }, (_, i) => `c${i}`).join(',')} from t;\n`.slice(0, 10_050)],
    ['a 10,000-character string literal', `insert into t (c) values ('${'y'.repeat(10_000)}');\n`],
    ['10,000 spaces before a statement', `${' '.repeat(10_000)}drop table t;\n`],
    ['10,000 unmatched opening parentheses', `select ${'('.repeat(10_000)};\nalter table t drop column c;\n`],
    ['10,000 nested parentheses', `select ${'('.repeat(5_000)}1${')'.repeat(5_000)};\n`],
    ['10,000 semicolons', ';'.repeat(10_000)],
    ['an unterminated dollar quote', `create function f() returns int as $$ ${'select 1; '.repeat(1_000)}`],
    ['an unterminated block comment', `/* ${'*'.repeat(10_000)}`],
    ['5,000 ignore comments', '-- rollback-ready-ignore ban-drop-table: x\n'.repeat(5_000)],
    ['1,000 ALTER TABLE statements (rules compare statements pairwise)', 'alter table t add column c text;\nalter table t drop column c;\n'.repeat(500)],
  ])('survives %s in bounded time, and the parser still works afterwards', async (_name, sql) => {
    const start = performance.now();
    const [linted] = await lintFiles([{ sql }]);
    expect(performance.now() - start).toBeLessThan(2 * CASE_BOUND_MS);
    expectWellFormed(linted!.findings, sql);
    const [after] = await lintFiles([{ sql: 'alter table users drop column email;\n' }]);
    expect(after!.findings.map((f) => f.rule)).toContain('ban-drop-column');
  });
});

describe('config loader on arbitrary files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rr-sec-config-'));
    mkdirSync(join(dir, '.github'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Succeeds, or throws a UsageError of one line naming the file; anything else is a crash. */
  function load(content: string | Uint8Array): { ok: true } | { ok: false; message: string } {
    writeFileSync(join(dir, '.github', 'rollback-ready.yml'), content);
    try {
      resolveSettings({ run: { cwd: dir, head: 'HEAD', format: 'text', failOn: 'error', files: [] }, overrides: {}, surface: 'flag' });
      return { ok: true };
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      const message = (error as Error).message;
      expect(message).not.toMatch(/[\r\n]/);
      expect(message).toMatch(/^(\.github\/rollback-ready\.yml|config)\b/);
      expect(message.length).toBeLessThan(2_000);
      return { ok: false, message };
    }
  }

  const yamlish = fc
    .array(
      fc.oneof(
        fc.constantFrom('migrations:', 'tagging:', 'notes:', 'rehearsal:', '  layout: supabase', '  pg-version: 15', '  scheme: pattern', '  pattern: "(?<major>\\d+)"', '  paths: [a, b]', '  rules:', '    ban-drop-column: off', '&a', '*a', '<<: *a', '!!binary', '!!set', '? ', '- ', '{', '}', '[', ']', ':', '#', '"', "'", '|', '>', '---', '...', '\t', '__proto__:', 'constructor:'),
        fc.string({ maxLength: 10 }),
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join(fc.sample(fc.constantFrom('\n', ' ', '\n  '), 1)[0]));

  it('accepts or refuses any YAML-ish text with a one-line usage error, never polluting prototypes', () => {
    fc.assert(
      fc.property(fc.oneof(yamlish, fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        const { ms } = timed(() => load(text));
        expect(ms).toBeLessThan(CASE_BOUND_MS);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('refuses arbitrary bytes (binary, invalid UTF-8) with a one-line usage error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 300 }), (bytes) => {
        load(bytes);
      }),
      { numRuns: 200 },
    );
  });

  const billionLaughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) {
    const [name, prev] = [String.fromCharCode(97 + i), String.fromCharCode(96 + i)];
    billionLaughs.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }

  it.each([
    ['an alias bomb (billion laughs)', billionLaughs.join('\n'), /too many|alias|resource exhaustion/i],
    ['5,000 nested flow sequences', `${'['.repeat(5_000)}${']'.repeat(5_000)}`, /invalid YAML/],
    ['a Latin-1 file', Buffer.from('migrations:\n  layout: caf\xe9\n', 'latin1'), /not valid UTF-8/],
    ['NUL bytes', Buffer.from('migrations:\n\0\0\0', 'utf8'), /binary content/],
    ['a file over the size limit', `# ${'x'.repeat(300 * 1024)}\n`, /larger than the \d+-byte limit/],
    ['a 10,000-character key', `${'k'.repeat(10_000)}: 1\n`, /invalid YAML|unknown key/],
    ['a 10,000-character value', `migrations:\n  layout: ${'x'.repeat(10_000)}\n`, /migrations\.layout/],
    ['duplicate keys', 'migrations: {}\nmigrations: {}\n', /unique/],
    ['two documents', 'migrations: {}\n---\ntagging: {}\n', /multiple documents/],
    ['a scalar document', '"hello"\n', /must be a mapping/],
    ['a __proto__ key', '__proto__: {polluted: 1}\n', /unknown key "__proto__"/],
  ])('refuses %s with a clear one-line message, quickly', (_name, content, pattern) => {
    const { value, ms } = timed(() => load(content));
    expect(ms).toBeLessThan(CASE_BOUND_MS);
    expect(value).toEqual({ ok: false, message: expect.stringMatching(pattern) });
  });

  it('reads a config with a byte-order mark and CRLF line endings', () => {
    expect(load('\uFEFFmigrations:\r\n  layout: supabase\r\n')).toEqual({ ok: true });
  });
});

/** Letters that look like a release name's characters but are not ASCII. */
const LOOKALIKES: [string, string][] = [
  ['Cyrillic small v (U+0432)', '\u0432' + '1.2.3'],
  ['Cyrillic izhitsa (U+0475)', '\u0475' + '1.2.3'],
  ['Greek nu (U+03BD)', '\u03BD' + '1.2.3'],
  ['fullwidth digits', 'v\uFF11.\uFF12.\uFF13'],
  ['fullwidth full stop', 'v1\uFF0E2\uFF0E3'],
  ['one dot leader (U+2024)', 'v1\u20242\u20243'],
  ['Arabic-Indic digits', 'v\u0661.\u0662.\u0663'],
  ['mathematical bold digits', 'v\u{1D7CF}.2.3'],
  ['a zero-width space', 'v1.2\u200B.3'],
  ['a right-to-left override', 'v1.2.3\u202E'],
  ['a non-breaking hyphen', 'v1.2.3\u2011rc.1'],
  ['a soft hyphen', 'v1.2.\u00AD3'],
  ['a combining dot', 'v1.2.3\u0307'],
];

describe('tag names', () => {
  it.each(LOOKALIKES)('rejects a unicode lookalike: %s', (_name, tag) => {
    expect(refNameProblem(tag)).toBe('it contains a non-ASCII character');
    expect(semverScheme('v').parse(tag)).toBeUndefined();
  });

  it.each([
    ['a newline', 'v1.2.3\nv1.2.4'],
    ['a carriage return', 'v1.2.3\r'],
    ['..', 'v1..2'],
    ['@{', 'v1@{-1}'],
    ['$()', 'v1.2.3$(curl evil)'],
    ['backticks', 'v1.2.3`id`'],
    ['a semicolon', 'v1.2.3;id'],
    ['a pipe', 'v1.2.3|sh'],
    ['a redirect', 'v1.2.3>x'],
    ['an option', '--upload-pack=evil'],
    ['a glob', 'v1.*'],
    ['10,000 characters', `v${'1'.repeat(10_000)}`],
  ])('rejects %s', (_name, tag) => {
    expect(refNameProblem(tag)).toBeDefined();
  });

  it('accepts only names made of [A-Za-z0-9._/+,=@-], never starting with "-", of at most 200 characters', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 40 }),
          fc.string({ unit: fc.constantFrom(...'v1.2.3-rc/+_@{}..~^:?*[\\ $;`|&\'"<>()!#%\n\r\t,='.split('')), maxLength: 20 }),
          fc.string({ maxLength: 10_500, minLength: 10_000 }),
        ),
        (tag) => {
          const { value: problem, ms } = timed(() => refNameProblem(tag));
          expect(ms).toBeLessThan(CASE_BOUND_MS);
          if (problem !== undefined) {
            expect(() => assertReleaseName(tag, 'tag verify')).toThrow(UsageError);
            return;
          }
          expect(tag).toMatch(/^[A-Za-z0-9._/+,=@-]{1,200}$/);
          expect(tag).not.toMatch(/^-|\.\.|@\{|\.lock(\/|$)|\/\/|\.$/);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('parses under semver and calver only names that are also safe tag names, in bounded time', () => {
    const schemes = [semverScheme('v'), semverScheme(''), calverScheme('prod-YYYY-MM-DD.N')];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 40 }),
          fc.string({ unit: fc.constantFrom(...'v0123456789.-+rcprod/'.split('')), maxLength: 30 }),
          fc.string({ minLength: 10_000, maxLength: 10_200, unit: fc.constantFrom('1', '.', '-') }),
        ),
        (tag) => {
          for (const scheme of schemes) {
            const { value: id, ms } = timed(() => scheme.parse(tag));
            expect(ms).toBeLessThan(CASE_BOUND_MS);
            if (id) expect(refNameProblem(tag)).toBeUndefined();
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('release-note parser', () => {
  const noteLine = fc.oneof(
    fc.constantFrom(
      'Release ID: v1.2.3',
      '**Release ID:** v1.2.3',
      '- **Rollback:** v1.2.2',
      '### Watch',
      '| Owner | @octo-org/team |',
      '<!-- rollback-ready:note -->',
      '<!-- /rollback-ready:note -->',
      '```',
      '~~~~',
      '<!--',
      '-->',
      '> Change: one sentence.',
      '- [x] Kill switch: FLAG_X',
      '1) Backup: nightly',
    ),
    fc.string({ unit: 'binary', maxLength: 80 }),
    // Long runs of what the line patterns look at: the shapes that once took seconds to hours.
    fc
      .tuple(fc.constantFrom('', 'Owner', 'Release ID', '# ', '#', '- ', '| ', '**', '`', 'a'), fc.constantFrom(' ', '\t', '#', '`', '|', '*', '_', ':', ' #', ' |', '-'), fc.integer({ min: 1_000, max: 10_000 }), fc.constantFrom('', 'x', ':', '#x', '|x', '`x'))
      .map(([head, unit, n, tail]) => `${head}${unit.repeat(Math.ceil(n / unit.length))}${tail}`),
  );
  const body = fc.array(noteLine, { maxLength: 12 }).chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => lines.join(eol)));
  const scheme = semverScheme('v');

  it('reads any body into fields with lines inside the body, and checks it, in bounded time', () => {
    fc.assert(
      fc.property(body, (text) => {
        const { value: note, ms } = timed(() => parseNote(text));
        expect(ms).toBeLessThan(CASE_BOUND_MS);
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const field of Object.values(note.fields)) {
          expect(field.line).toBeGreaterThanOrEqual(1);
          expect(field.line).toBeLessThanOrEqual(lines);
          expect(field.value).not.toMatch(/[\r\n]/);
        }
        const findings = checkNote(note, { scheme, allowPrerelease: false, knownGood: { releaseId: 'v1.2.2', source: 'tags' } });
        for (const f of findings) expect(f.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('reads a notes file of any bytes as text, or refuses it (binary, not UTF-8) with a one-line usage error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rr-sec-note-'));
    const path = join(dir, 'RELEASE_NOTE.md');
    try {
      fc.assert(
        fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }).map((t) => new TextEncoder().encode(`\uFEFF${t}\r\n`))), (bytes) => {
          writeFileSync(path, bytes);
          try {
            parseNote(readNoteFile(path, 'RELEASE_NOTE.md'));
          } catch (error) {
            expect(error).toBeInstanceOf(UsageError);
            expect((error as Error).message).toMatch(/^RELEASE_NOTE\.md: (binary content|not valid UTF-8)/);
          }
        }),
        { numRuns: 200 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // 65,536 characters is the most a pull request body can hold.
  it.each([
    ['a label followed by 60,000 spaces', `a${' '.repeat(60_000)}x`],
    ['a heading of tabs and hashes', `# a${'\t'.repeat(30_000)}${'#'.repeat(30_000)}x`],
    ['a value of 60,000 backticks', `Owner: ${'`'.repeat(60_000)}x`],
    ['a value with 60,000 inner spaces', `Owner: a${' '.repeat(60_000)}b`],
    ['a table row of 30,000 pipes', `| Owner ${'| '.repeat(30_000)}`],
    ['30,000 list markers', `- ${'[ ] '.repeat(15_000)}`],
    ['16,000 unclosed comments', '<!--'.repeat(16_000)],
  ])('parses %s in well under a second', (_name, text) => {
    const { ms } = timed(() => parseNote(text));
    expect(ms).toBeLessThan(1_000);
  });
});

describe('a 50 MB migration through the CLI', () => {
  let bundles: BundleSnapshot;
  let repo: TempRepo;
  let preload: string;
  const BIG = 'supabase/migrations/20240102000000_seed_dump.sql';

  beforeAll(async () => {
    bundles = await snapshotBundles();
    repo = new TempRepo('rr-sec-big-');
    repo.write('supabase/migrations/20240101000000_init.sql', 'create table t (id bigint primary key);\n');
    repo.commit('init');
    repo.branch('small');
    repo.write('supabase/migrations/20240102000000_small.sql', 'alter table t add column c text;\n');
    repo.commit('small');
    repo.checkout('main');
    repo.branch('big');
    repo.write(BIG, Buffer.alloc(50 * 1024 * 1024, 'insert into t values (1);\n'));
    repo.commit('a data dump where a migration should be');
    // The CLI's peak memory, reported on exit (kilobytes).
    preload = join(repo.dir, '..', `rr-rss-${process.pid}.cjs`);
    writeFileSync(preload, "process.on('exit', () => process.stderr.write('\\nRR_MAX_RSS_KB=' + process.resourceUsage().maxRSS + '\\n'));\n");
  }, 120_000);

  afterAll(() => {
    bundles?.remove();
    repo?.remove();
    rmSync(preload, { force: true });
  });

  function cli(args: string[]): { status: number | null; report: { findings: Finding[] }; rssKb: number; ms: number } {
    const start = performance.now();
    const result = spawnSync(process.execPath, ['--require', preload, bundles.cli, ...args, '--format', 'json'], {
      cwd: repo.dir,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 60_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    const ms = performance.now() - start;
    const rss = /RR_MAX_RSS_KB=(\d+)/.exec(result.stderr);
    expect(rss).not.toBeNull();
    return { status: result.status, report: JSON.parse(result.stdout) as { findings: Finding[] }, rssKb: Number(rss![1]), ms };
  }

  function expectCapped(run: ReturnType<typeof cli>): void {
    expect(run.status).toBe(1);
    expect(run.report.findings).toEqual([
      expect.objectContaining({
        rule: 'unreadable-file',
        severity: 'error',
        file: BIG,
        message: expect.stringMatching(/the file is 50\.0 MB, over the 5 MB limit for a migration; split it, or exclude it/),
      }),
    ]);
    expect(run.ms).toBeLessThan(20_000);
  }

  it('is capped with a clear finding and exit 1, quickly, from the work tree and from a commit', () => {
    expect(MAX_MIGRATION_BYTES).toBe(5 * 1024 * 1024);
    repo.checkout('big');
    expectCapped(cli(['check', '--base', 'main']));
    repo.checkout('main');
    expectCapped(cli(['check', '--base', 'main', '--head', 'big']));
  });

  it('is never read into memory: the migrations path peaks where a small change does', () => {
    // `lint` runs the migrations gate alone (check also reads the diff, capped at 16 MB, for other gates).
    repo.checkout('small');
    const baseline = cli(['lint', '--base', 'main']);
    expect(baseline.status).toBe(0);
    repo.checkout('big');
    const worktree = cli(['lint', '--base', 'main']);
    repo.checkout('main');
    const commit = cli(['lint', '--base', 'main', '--head', 'big']);
    // Holding the file once would add at least 50 MB; the cap keeps it near what the small change costs.
    for (const run of [worktree, commit]) {
      expectCapped(run);
      expect(run.rssKb - baseline.rssKb).toBeLessThan(25 * 1024);
    }
  });
});
