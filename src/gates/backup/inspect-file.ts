import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, open, rm, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import type { Finding } from '../../core/finding.js';
import {
  firstTarMember,
  parseArchiveHeader,
  plainCompletedOn,
  plainDumpComplete,
  sniff,
} from './dump-format.js';
import type { ArchiveHeader, DumpFormat } from './dump-format.js';
import { backupFinding } from './findings.js';
import { runTool, tail } from './process.js';
import { findClientTool } from './tools.js';

export type CompletedAtSource =
  'dump header' | '"Completed on" line' | 'backup-completed-at' | 'file modification time';

export interface BackupFileReport {
  /** As shown in messages (relative to the repository when inside it). */
  display: string;
  format?: DumpFormat;
  gzip: boolean;
  bytes: number;
  sha256?: string;
  header?: ArchiveHeader;
  completedAt?: Date;
  completedAtSource?: CompletedAtSource;
  /** Entries in the archive's table of contents (pg_restore --list), tables with data among them. */
  tocEntries?: number;
  tableData?: number;
  findings: Finding[];
  /** What pg_restore or psql reads for the restore: the dump itself, or a decompressed temporary copy. */
  restorable?: string;
  /** Remove the temporary copy, if one was made. */
  cleanup(): Promise<void>;
}

export interface InspectOptions {
  /** Absolute path of the file or directory. */
  path: string;
  display: string;
  expectedSha256?: string;
  /** Used when the dump does not record its own time, before the file's modification time. */
  completedAtFallback?: Date;
  /** pg_restore runs under this bound (each of --list and the full read). */
  timeoutMs?: number;
  /** Test hook. */
  findPgRestore?: typeof findClientTool;
}

const HEAD_BYTES = 64 * 1024;
const TAIL_BYTES = 16 * 1024;
const TAKE_FRESH =
  'Take a fresh backup with pg_dump (e.g. `pg_dump --format=custom --file=backup.dump "$DATABASE_URL"`), then re-run.';

/** Check a dump: present, non-empty, the checksum, a valid header for its format, not cut off; and when it finished. */
export async function inspectBackupFile(options: InspectOptions): Promise<BackupFileReport> {
  const { display } = options;
  let tempDir: string | undefined;
  const report: BackupFileReport = {
    display,
    gzip: false,
    bytes: 0,
    findings: [],
    cleanup: async () => {
      if (tempDir) await rm(tempDir, { recursive: true, force: true });
    },
  };
  const fail = (rule: Parameters<typeof backupFinding>[0], message: string, help: string) => {
    report.findings.push(backupFinding(rule, { file: display, message, help }));
    return report;
  };

  let info: Stats;
  try {
    info = await stat(options.path);
  } catch {
    return fail(
      'backup-missing',
      `backup file ${display} does not exist.`,
      'Run the step that writes the dump (pg_dump …) before this one and point backup-file at its output.',
    );
  }

  if (info.isDirectory()) {
    report.format = 'directory';
    if (options.expectedSha256) {
      report.findings.push(
        backupFinding('backup-checksum-mismatch', {
          file: display,
          message: `backup-sha256 was given, but ${display} is a directory-format dump, which has no single checksum.`,
          help: 'Archive it (tar -cf backup.tar -C dump .) and checksum that, or drop backup-sha256.',
        }),
      );
    }
    const toc = join(options.path, 'toc.dat');
    const head = await readHead(toc).catch(() => undefined);
    if (!head)
      return fail(
        'backup-invalid',
        `${display} is a directory but has no toc.dat: it is not a pg_dump directory-format dump.`,
        TAKE_FRESH,
      );
    report.bytes = head.size;
    if (!useHeader(report, head.bytes, `${display}/toc.dat`)) return report;
    report.restorable = options.path;
    await checkWithPgRestore(report, options);
    setCompletion(report, options, info);
    return report;
  }

  if (!info.isFile()) return fail('backup-invalid', `${display} is not a regular file.`, TAKE_FRESH);
  report.bytes = info.size;
  if (info.size === 0)
    return fail(
      'backup-invalid',
      `backup file ${display} is empty (0 bytes): the dump did not run or failed.`,
      TAKE_FRESH,
    );

  if (options.expectedSha256) {
    const actual = await sha256Of(options.path);
    report.sha256 = actual;
    if (actual !== options.expectedSha256) {
      report.findings.push(
        backupFinding('backup-checksum-mismatch', {
          file: display,
          message: `backup file ${display} has sha256 ${actual}, but backup-sha256 expects ${options.expectedSha256}: it is not the file that was checksummed (changed, cut off or replaced).`,
          help: 'Take the checksum in the same step that writes the dump (sha256sum backup.dump), pass it on as a step output, then re-run.',
        }),
      );
    }
  }

  let file = options.path;
  let head = (await readHead(file)).bytes;
  if (sniff(head).kind === 'gzip') {
    report.gzip = true;
    tempDir = await mkdtemp(join(tmpdir(), 'rr-backup-'));
    const plainCopy = join(tempDir, 'dump');
    try {
      await pipeline(createReadStream(file), createGunzip(), createWriteStream(plainCopy, { mode: 0o600 }));
    } catch (error) {
      return fail(
        'backup-truncated',
        `backup file ${display} is gzip-compressed but does not decompress: ${(error as Error).message} (cut off while writing or copying).`,
        TAKE_FRESH,
      );
    }
    file = plainCopy;
    head = (await readHead(file)).bytes;
  }
  report.restorable = file;

  const kind = sniff(head).kind;
  switch (kind) {
    case 'custom':
      report.format = 'custom';
      if (!useHeader(report, head, display)) return report;
      await checkWithPgRestore(report, options);
      break;
    case 'tar': {
      report.format = 'tar';
      const member = firstTarMember(head);
      if (member?.name !== 'toc.dat')
        return fail(
          'backup-invalid',
          `${display} is a tar archive, but not one pg_dump wrote: its first member is "${member?.name ?? '?'}", not toc.dat.`,
          'Write the dump with pg_dump --format=tar (or --format=custom), not by archiving files yourself.',
        );
      if (!useHeader(report, head.subarray(member.dataOffset), display)) return report;
      await checkWithPgRestore(report, options);
      break;
    }
    case 'plain': {
      report.format = 'plain';
      const end = await readTail(file);
      if (!plainDumpComplete(end))
        return fail(
          'backup-truncated',
          `backup file ${display} is a plain SQL dump without pg_dump's closing "-- PostgreSQL database dump complete" line: it is cut off (or pg_dump failed part-way).`,
          TAKE_FRESH,
        );
      const completedOn = plainCompletedOn(end);
      if (completedOn) {
        report.completedAt = completedOn;
        report.completedAtSource = '"Completed on" line';
      }
      break;
    }
    case 'text':
      return fail(
        'backup-invalid',
        `backup file ${display} is text, but not a pg_dump dump (no "-- PostgreSQL database dump" header in its first lines).`,
        TAKE_FRESH,
      );
    default:
      return fail(
        'backup-invalid',
        `backup file ${display} is not a pg_dump dump: it starts with bytes ${hex(head.subarray(0, 8))}, not "PGDMP" (custom), a tar header, gzip or SQL text.`,
        TAKE_FRESH,
      );
  }
  setCompletion(report, options, info);
  return report;
}

function useHeader(report: BackupFileReport, bytes: Buffer, where: string): boolean {
  const header = parseArchiveHeader(bytes);
  if (typeof header === 'string') {
    report.findings.push(
      backupFinding(header.includes('cut off') ? 'backup-truncated' : 'backup-invalid', {
        file: report.display,
        message: `${where}: invalid pg_dump archive header: ${header}.`,
        help: TAKE_FRESH,
      }),
    );
    return false;
  }
  report.header = header;
  if (header.createdAt) {
    report.completedAt = header.createdAt;
    report.completedAtSource = 'dump header';
  }
  return true;
}

function setCompletion(report: BackupFileReport, options: InspectOptions, info: Stats): void {
  if (report.completedAt) return;
  if (options.completedAtFallback) {
    report.completedAt = options.completedAtFallback;
    report.completedAtSource = 'backup-completed-at';
  } else {
    report.completedAt = info.mtime;
    report.completedAtSource = 'file modification time';
  }
}

/** `pg_restore --list` (a readable table of contents), then a full read to nowhere (no data cut off). */
async function checkWithPgRestore(report: BackupFileReport, options: InspectOptions): Promise<void> {
  const tool = await (options.findPgRestore ?? findClientTool)('pg_restore');
  if (!tool) {
    report.findings.push(
      backupFinding(
        'backup-truncated',
        {
          file: report.display,
          message: `pg_restore was not found, so ${report.display} was only checked by its header: a cut-off archive would pass.`,
          help: 'Install the PostgreSQL client (apt-get install postgresql-client; GitHub runners have it) so the whole archive is read.',
        },
        'warning',
      ),
    );
    return;
  }
  const timeoutMs = options.timeoutMs ?? 300_000;
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C', LANG: 'C' };
  const list = await runTool(tool.path, ['--list', report.restorable!], {
    timeoutMs,
    env,
    maxStdout: 64 * 1024 * 1024,
  });
  if (list.code !== 0 || list.overflow) {
    report.findings.push(
      pgRestoreFailure(report, tool.version, '--list', list.stderr || list.spawnError || '', list.timedOut),
    );
    return;
  }
  const entries = list.stdout.split('\n').filter((l) => l.trim() && !l.startsWith(';'));
  report.tocEntries = entries.length;
  report.tableData = entries.filter((l) => / TABLE DATA /.test(l)).length;
  const full = await runTool(tool.path, ['--file=/dev/null', report.restorable!], {
    timeoutMs,
    env,
    maxStdout: 1024,
  });
  if (full.code !== 0) {
    report.findings.push(
      pgRestoreFailure(
        report,
        tool.version,
        'full read',
        full.stderr || full.spawnError || '',
        full.timedOut,
      ),
    );
  }
}

function pgRestoreFailure(
  report: BackupFileReport,
  version: string,
  step: string,
  stderr: string,
  timedOut: boolean,
): Finding {
  const detail = timedOut ? 'timed out' : tail(stderr, 4) || 'failed without a message';
  const tooNew = /unsupported version/i.test(stderr);
  const truncated =
    /end of file|unexpected EOF|could not read|truncated|could not find block|short read/i.test(stderr);
  return backupFinding(truncated ? 'backup-truncated' : 'backup-invalid', {
    file: report.display,
    message: `pg_restore ${version} cannot read ${report.display} (${step}): ${detail}.${truncated ? ' The archive is cut off.' : ''}`,
    help: tooNew
      ? `The dump was written by a newer pg_dump than pg_restore ${version}; install a matching PostgreSQL client, then re-run.`
      : TAKE_FRESH,
  });
}

async function readHead(path: string): Promise<{ bytes: Buffer; size: number }> {
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    const buffer = Buffer.alloc(Math.min(HEAD_BYTES, size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return { bytes: buffer.subarray(0, bytesRead), size };
  } finally {
    await handle.close();
  }
}

async function readTail(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    const length = Math.min(TAIL_BYTES, size);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    return buffer.toString('utf8');
  } finally {
    await handle.close();
  }
}

export async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function hex(bytes: Buffer): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ');
}
