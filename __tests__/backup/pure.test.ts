import { describe, expect, it } from '@jest/globals';
import { resolveSettings } from '../../src/config/settings.js';
import { CONFIG_OPTIONS } from '../../src/config/options.js';
import { splitCommand, redactSecrets, toDate } from '../../src/gates/backup/command-evidence.js';
import { backupConfigSchema } from '../../src/gates/backup/config.js';
import {
  parseArchiveHeader,
  plainCompletedOn,
  plainDumpComplete,
  sniff,
} from '../../src/gates/backup/dump-format.js';
import { BACKUP_RULES, humanDuration } from '../../src/gates/backup/findings.js';
import { decodeCopyField, forbiddenMetaCommand, plainDumpToSql } from '../../src/gates/backup/plain-sql.js';
import { quoteTable, truthy } from '../../src/gates/backup/restore.js';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/cli.js';

/** A header as pg_dump 15 writes it (archive 1.14): the bytes of a real dump, taken apart. */
function header(opts: { minor?: number; year?: number; cut?: number } = {}): Buffer {
  const minor = opts.minor ?? 14;
  const int = (n: number) =>
    Buffer.from([n < 0 ? 1 : 0, ...[0, 1, 2, 3].map((i) => (Math.abs(n) >> (8 * i)) & 0xff)]);
  const str = (s: string) => Buffer.concat([int(s.length), Buffer.from(s)]);
  const parts = [
    Buffer.from('PGDMP'),
    Buffer.from([1, minor, 0, 4, 8, 1]),
    minor >= 15 ? Buffer.from([1]) : int(-1),
    ...[5, 35, 10, 26, 10, opts.year ?? 126, 0].map(int),
    str('postgres'),
    str('15.18 (Debian)'),
    str('15.18 (Debian)'),
  ];
  const buf = Buffer.concat(parts);
  return opts.cut ? buf.subarray(0, opts.cut) : buf;
}

describe('the pg_dump archive header', () => {
  it('reads version, sizes, creation time and versions (1.14 and the 1.15+ compression byte)', () => {
    for (const minor of [14, 15, 16]) {
      const h = parseArchiveHeader(header({ minor }));
      expect(h).toMatchObject({
        archiveVersion: `1.${minor}.0`,
        intSize: 4,
        offSize: 8,
        database: 'postgres',
        dumpVersion: '15.18 (Debian)',
      });
      const at = (h as { createdAt: Date }).createdAt;
      expect([
        at.getFullYear(),
        at.getMonth(),
        at.getDate(),
        at.getHours(),
        at.getMinutes(),
        at.getSeconds(),
      ]).toEqual([2026, 10, 26, 10, 35, 5]);
    }
  });

  it('says what is wrong with a bad header', () => {
    expect(parseArchiveHeader(Buffer.from('PGDMX'))).toBe('no "PGDMP" signature at the start');
    expect(parseArchiveHeader(header({ cut: 30 }))).toBe('the header ends early (the file is cut off)');
    const badFormat = header();
    badFormat[10] = 9;
    expect(parseArchiveHeader(badFormat)).toBe('unknown archive format code 9');
  });

  it('recognises formats from their first bytes', () => {
    expect(sniff(Buffer.from([0x1f, 0x8b, 8])).kind).toBe('gzip');
    expect(sniff(header()).kind).toBe('custom');
    expect(sniff(Buffer.from('--\n-- PostgreSQL database dump\n--\n')).kind).toBe('plain');
    expect(sniff(Buffer.from('--\n-- PostgreSQL database cluster dump\n--\n')).kind).toBe('plain');
    expect(sniff(Buffer.from('SELECT 1;')).kind).toBe('text');
    expect(sniff(Buffer.from([0, 1, 2])).kind).toBe('unknown');
  });

  it('reads the end of a plain dump', () => {
    const end = '-- Completed on 2026-07-31 09:12:44 UTC\n\n--\n-- PostgreSQL database dump complete\n--\n';
    expect(plainDumpComplete(end)).toBe(true);
    expect(plainDumpComplete('INSERT INTO t VALUES (1);\n')).toBe(false);
    expect(plainCompletedOn(end)).toEqual(new Date('2026-07-31T09:12:44Z'));
    expect(plainCompletedOn('-- Completed on 2026-07-31 09:12:44 +0200\n')).toEqual(
      new Date('2026-07-31T07:12:44Z'),
    );
    expect(plainCompletedOn('-- Started on 2026-07-31 09:12:44 UTC\n')).toBeUndefined();
  });
});

describe('durations in words', () => {
  it.each([
    [0, '0s'],
    [45_000, '45s'],
    [(3 * 60 + 12) * 60_000, '3h12m'],
    [3 * 3600_000, '3h'],
    [3 * 3600_000 + 5000, '3h'],
    [61_000, '1m1s'],
    [(2 * 24 + 4) * 3600_000, '2d4h'],
    [46 * 86_400_000, '46d'],
  ])('%i ms is %s', (ms, text) => expect(humanDuration(ms)).toBe(text));
});

describe('backup-command', () => {
  it('splits like a shell, without one', () => {
    expect(splitCommand(`node scripts/probe.mjs --project 'my app' "a \\"b\\"" c\\ d`)).toEqual([
      'node',
      'scripts/probe.mjs',
      '--project',
      'my app',
      'a "b"',
      'c d',
    ]);
    for (const bad of ['a | b', 'a; b', 'a && b', 'a > f', 'echo $TOKEN', 'a `b`', 'ls *.dump'])
      expect(() => splitCommand(bad)).toThrow(/without a shell/);
    expect(() => splitCommand("a 'b")).toThrow(/unterminated/);
  });

  it('reads completedAt as ISO with a zone or Unix time', () => {
    expect(toDate('2026-07-31T09:12:00Z')).toEqual(new Date('2026-07-31T09:12:00Z'));
    expect(toDate('2026-07-31 09:12:00+02:00')).toEqual(new Date('2026-07-31T07:12:00Z'));
    expect(toDate(1785489120)).toEqual(new Date(1785489120_000));
    expect(toDate('1785489120')).toEqual(new Date(1785489120_000));
    expect(toDate(1785489120_000)).toEqual(new Date(1785489120_000));
    expect(toDate('2026-07-31T09:12:00')).toBeUndefined();
    expect(toDate('yesterday')).toBeUndefined();
  });

  it('redacts secret-looking environment values', () => {
    expect(
      redactSecrets('auth failed for sbp_abcdef123', {
        SUPABASE_ACCESS_TOKEN: 'sbp_abcdef123',
        HOME: '/root',
      }),
    ).toBe('auth failed for ***');
    expect(redactSecrets('home is /root/x', { HOME: '/root/x' })).toBe('home is /root/x');
  });
});

describe('plain SQL for PGlite', () => {
  it('decodes COPY text fields', () => {
    expect(decodeCopyField('\\N')).toBeUndefined();
    expect(decodeCopyField('a\\tb\\nc\\\\d')).toBe('a\tb\nc\\d');
    expect(decodeCopyField('\\101\\x42')).toBe('AB');
  });

  it('turns COPY blocks into INSERTs and drops \\restrict lines', () => {
    const sql = [
      '\\restrict abc123',
      'COPY public.t (id, s) FROM stdin;',
      "1\tit's",
      '2\t\\N',
      '\\.',
      'SELECT 1;',
      '\\unrestrict abc123',
    ].join('\n');
    expect(plainDumpToSql(sql)).toBe(
      "INSERT INTO public.t (id, s) VALUES\n('1', 'it''s'),\n('2', NULL);\nSELECT 1;",
    );
  });

  it('finds meta-commands a restore must not run, but not COPY data that starts with a backslash', () => {
    expect(forbiddenMetaCommand('COPY t FROM stdin;\n\\N\n\\.\n\\restrict x\nSELECT 1;')).toBeUndefined();
    expect(forbiddenMetaCommand('SELECT 1;\n\\! rm -rf /\n')).toEqual({ line: 2, text: '\\! rm -rf /' });
    expect(forbiddenMetaCommand('\\i /etc/passwd')).toEqual({ line: 1, text: '\\i /etc/passwd' });
  });

  it('quotes verify-tables and reads verify-sql answers', () => {
    expect(quoteTable('users')).toEqual({ text: 'public.users', quoted: '"public"."users"' });
    expect(quoteTable('app.Order"s')).toEqual({ text: 'app.Order"s', quoted: '"app"."Order""s"' });
    expect([true, 't', 1, 'yes', 'ok'].map(truthy)).toEqual([true, true, true, true, true]);
    expect([false, 'f', 0, null, '', 'false'].map(truthy)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('configuration', () => {
  it('has defaults: 1d window, 30d restore window, required for production', () => {
    expect(backupConfigSchema.parse({})).toMatchObject({
      'max-age': 86_400_000,
      'restore-max-age': 30 * 86_400_000,
      'restore-check': false,
      'required-for': ['production'],
      'verify-tables': [],
    });
    expect(
      backupConfigSchema.parse({
        'backup-command': ['node', 'x.mjs'],
        'backup-sha256': `sha256:${'A'.repeat(64)}`,
      }),
    ).toMatchObject({
      'backup-command': ['node', 'x.mjs'],
      'backup-sha256': 'a'.repeat(64),
    });
  });

  it('every flat backup option maps to a backup key, named the same', () => {
    const names = CONFIG_OPTIONS.filter((o) => o.path[0] === 'backup').map((o) => o.name);
    expect(names.sort()).toEqual([
      'backup-command',
      'backup-completed-at',
      'backup-file',
      'backup-sha256',
      'max-age',
      'restore-check',
      'restore-max-age',
    ]);
    for (const o of CONFIG_OPTIONS.filter((x) => x.path[0] === 'backup')) expect(o.path[1]).toBe(o.name);
  });

  it('names the flag and what it allows for a bad value', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rr-backup-cfg-'));
    const resolve = (overrides: Record<string, string>) =>
      resolveSettings({
        run: { cwd: dir, head: 'HEAD', format: 'text', failOn: 'error', files: [] },
        overrides,
        surface: 'flag',
      });
    expect(resolve({ 'max-age': '30m', 'restore-check': 'true' }).config.backup).toMatchObject({
      'max-age': 1_800_000,
      'restore-check': true,
    });
    expect(() => resolve({ 'max-age': 'soon' })).toThrow(
      '--max-age: got "soon"; expected a duration such as 500ms, 90s, 30m, 2h or 7d',
    );
    expect(() => resolve({ 'backup-sha256': 'abc' })).toThrow(/--backup-sha256: .*sha256 in hex/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('every rule has its documentation page', () => {
    for (const rule of BACKUP_RULES) {
      const path = join(ROOT, 'docs', 'rules', `${rule}.md`);
      expect(existsSync(path) ? readFileSync(path, 'utf8').split('\n')[0] : `missing ${path}`).toBe(
        `# ${rule}`,
      );
    }
  });
});
