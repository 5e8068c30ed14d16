/**
 * Recognising pg_dump output from its first bytes, and reading the archive header pg_dump writes at the
 * start of custom-format files and of `toc.dat` (tar and directory formats). Pure: no I/O.
 *
 * Header layout (pg_backup_archiver.c, WriteHead): "PGDMP", version major/minor/revision bytes, int
 * size, offset size, format byte; compression (an int before archive version 1.15, one byte from 1.15,
 * PostgreSQL 16); then the creation time as `struct tm` fields sec, min, hour, mday, mon, year, isdst,
 * each an int; then the database name, the server version and pg_dump's version as strings. An int is
 * a sign byte followed by `intSize` little-endian bytes; a string is an int length then the bytes.
 */

export type DumpFormat = 'custom' | 'tar' | 'directory' | 'plain';

export interface ArchiveHeader {
  /** Archive version, e.g. "1.14.0" (pg_dump 15). */
  archiveVersion: string;
  intSize: number;
  offSize: number;
  /** When pg_dump started, as recorded (its local time, read in this machine's zone as pg_restore does). */
  createdAt?: Date;
  database?: string;
  serverVersion?: string;
  dumpVersion?: string;
}

export type Sniffed =
  | { kind: 'gzip' }
  | { kind: 'custom' }
  | { kind: 'tar' }
  | { kind: 'plain' }
  | { kind: 'text' }
  | { kind: 'unknown' };

const MAGIC = Buffer.from('PGDMP');
const TAR_BLOCK = 512;

/** What a file is, from its first bytes (after gzip decompression, when the caller did that). */
export function sniff(head: Buffer): Sniffed {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return { kind: 'gzip' };
  if (head.subarray(0, 5).equals(MAGIC)) return { kind: 'custom' };
  if (head.length >= 262 && head.subarray(257, 262).toString('latin1') === 'ustar') return { kind: 'tar' };
  if (head.includes(0)) return { kind: 'unknown' };
  const text = head.toString('utf8');
  if (/PostgreSQL database (cluster )?dump/.test(text.slice(0, 4096))) return { kind: 'plain' };
  return { kind: 'text' };
}

/** The first member of a tar archive: its name and where its data starts. */
export function firstTarMember(head: Buffer): { name: string; dataOffset: number } | undefined {
  if (head.length < TAR_BLOCK) return undefined;
  const nul = head.indexOf(0);
  const name = head.subarray(0, nul >= 0 && nul < 100 ? nul : 100).toString('latin1');
  return { name, dataOffset: TAR_BLOCK };
}

class Reader {
  pos = 0;
  constructor(
    private readonly buf: Buffer,
    public intSize = 4,
  ) {}
  byte(): number {
    if (this.pos >= this.buf.length) throw new RangeError('header ends early');
    return this.buf[this.pos++]!;
  }
  int(): number {
    const sign = this.byte();
    let value = 0;
    for (let i = 0; i < this.intSize; i++) value += this.byte() * 2 ** (8 * i);
    return sign ? -value : value;
  }
  str(): string | undefined {
    const length = this.int();
    if (length < 0) return undefined;
    if (length > 10_000 || this.pos + length > this.buf.length) throw new RangeError('header ends early');
    const text = this.buf.subarray(this.pos, this.pos + length).toString('utf8');
    this.pos += length;
    return text;
  }
}

/** Parse the archive header; a string says what is wrong with it. */
export function parseArchiveHeader(buf: Buffer): ArchiveHeader | string {
  if (!buf.subarray(0, 5).equals(MAGIC)) return 'no "PGDMP" signature at the start';
  const r = new Reader(buf);
  r.pos = 5;
  try {
    const major = r.byte();
    const minor = r.byte();
    const rev = major > 1 || (major === 1 && minor > 0) ? r.byte() : 0;
    if (major !== 1 || minor > 30) return `unsupported archive version ${major}.${minor}`;
    const intSize = r.byte();
    const offSize = r.byte();
    if (intSize < 1 || intSize > 8 || offSize < 1 || offSize > 16)
      return `implausible integer sizes (${intSize}, ${offSize}) in the header`;
    r.intSize = intSize;
    const format = r.byte();
    if (![1, 2, 3, 4, 5].includes(format)) return `unknown archive format code ${format}`;
    if (minor >= 2) {
      if (minor >= 15) r.byte();
      else r.int();
    }
    const header: ArchiveHeader = { archiveVersion: `${major}.${minor}.${rev}`, intSize, offSize };
    if (minor >= 4) {
      const sec = r.int();
      const min = r.int();
      const hour = r.int();
      const mday = r.int();
      const mon = r.int();
      const year = r.int();
      r.int(); // isdst: the Date constructor applies the zone's rules itself
      const date = new Date(year + 1900, mon, mday, hour, min, sec);
      if (
        mon < 0 ||
        mon > 11 ||
        mday < 1 ||
        mday > 31 ||
        hour > 23 ||
        min > 59 ||
        sec > 61 ||
        Number.isNaN(date.getTime())
      )
        return 'the creation time in the header is not a valid date';
      header.createdAt = date;
      const database = r.str();
      if (database !== undefined) header.database = database;
    }
    if (minor >= 10) {
      const serverVersion = r.str();
      const dumpVersion = r.str();
      if (serverVersion !== undefined) header.serverVersion = serverVersion;
      if (dumpVersion !== undefined) header.dumpVersion = dumpVersion;
    }
    return header;
  } catch {
    return 'the header ends early (the file is cut off)';
  }
}

const COMPLETE_MARKER = /^-- PostgreSQL database (cluster )?dump complete\s*$/m;
const COMPLETED_ON = /^-- Completed on (\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})(?: (\S+))?\s*$/m;

/** pg_dump ends a plain dump with "-- PostgreSQL database dump complete"; a cut-off file lacks it. */
export function plainDumpComplete(tail: string): boolean {
  return COMPLETE_MARKER.test(tail);
}

/**
 * The `-- Completed on …` line pg_dump --verbose writes. Its zone is an abbreviation (strftime %Z):
 * UTC/GMT and numeric offsets are exact; any other name is read in this machine's zone.
 */
export function plainCompletedOn(tail: string): Date | undefined {
  const match = COMPLETED_ON.exec(tail);
  if (!match) return undefined;
  const [date, time] = match[1]!.split(' ') as [string, string];
  const zone = match[2] ?? '';
  let iso = `${date}T${time}`;
  if (/^(UTC|GMT|Z)$/i.test(zone)) iso += 'Z';
  else if (/^[+-]\d{2}:?\d{2}$/.test(zone))
    iso += zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  const parsed = new Date(iso);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}
