/**
 * Plain SQL dumps are psql scripts: besides SQL they carry `COPY … FROM stdin` data blocks and a few
 * meta-commands. psql runs them on a local server; for PGlite (which has no psql) they are rewritten
 * into plain SQL here. Meta-commands other than the ones pg_dump writes are refused: a backup file must
 * not be able to run shell commands (`\!`) or read other files (`\i`) during a restore check.
 */

import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** Meta-commands pg_dump writes in plain dumps. */
const ALLOWED_META = /^\\(restrict|unrestrict)\s+\S+\s*$/;

/** Line-by-line scanner for meta-commands outside COPY data (streams, so dumps of any size work). */
export class MetaCommandScanner {
  private inCopy = false;
  private lineNo = 0;
  found: { line: number; text: string } | undefined;

  /** Feed one line (without its newline); false once a forbidden meta-command is found. */
  push(line: string): boolean {
    this.lineNo += 1;
    if (this.found) return false;
    if (this.inCopy) {
      if (line === '\\.' || line === '\\.\r') this.inCopy = false;
      return true;
    }
    if (/^COPY\s.*\sFROM\s+stdin;\s*$/i.test(line)) this.inCopy = true;
    else if (line.startsWith('\\') && !ALLOWED_META.test(line))
      this.found = { line: this.lineNo, text: line.slice(0, 40) };
    return !this.found;
  }
}

/** The first meta-command a restore must not run, with its 1-based line, or undefined. */
export function forbiddenMetaCommand(sql: string): { line: number; text: string } | undefined {
  const scanner = new MetaCommandScanner();
  for (const line of sql.split('\n')) if (!scanner.push(line)) break;
  return scanner.found;
}

/** The same, reading a file as a stream. */
export async function forbiddenMetaCommandInFile(
  path: string,
): Promise<{ line: number; text: string } | undefined> {
  const scanner = new MetaCommandScanner();
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  try {
    for await (const line of lines) if (!scanner.push(line)) break;
  } finally {
    lines.close();
  }
  return scanner.found;
}

const ROWS_PER_INSERT = 500;

/** Decode one field of COPY's text format into its value (undefined for NULL). */
export function decodeCopyField(field: string): string | undefined {
  if (field === '\\N') return undefined;
  if (!field.includes('\\')) return field;
  let out = '';
  for (let i = 0; i < field.length; i++) {
    const c = field[i]!;
    if (c !== '\\' || i + 1 >= field.length) {
      out += c;
      continue;
    }
    const n = field[++i]!;
    const simple: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
    if (simple[n] !== undefined) out += simple[n];
    else if (/[0-7]/.test(n)) {
      let digits = n;
      while (digits.length < 3 && /[0-7]/.test(field[i + 1] ?? '')) digits += field[++i];
      out += String.fromCharCode(parseInt(digits, 8));
    } else if (n === 'x' && /[0-9a-fA-F]/.test(field[i + 1] ?? '')) {
      let digits = '';
      while (digits.length < 2 && /[0-9a-fA-F]/.test(field[i + 1] ?? '')) digits += field[++i];
      out += String.fromCharCode(parseInt(digits, 16));
    } else out += n;
  }
  return out;
}

function literal(value: string | undefined): string {
  return value === undefined ? 'NULL' : `'${value.replace(/'/g, "''")}'`;
}

/** Rewrite a plain dump for a server without psql: COPY blocks become INSERTs; \restrict lines go. */
export function plainDumpToSql(sql: string): string {
  const out: string[] = [];
  const lines = sql.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const copy = /^COPY\s+(.+?)\s+FROM\s+stdin;\s*$/i.exec(line);
    if (copy) {
      const target = copy[1]!;
      let rows: string[] = [];
      const flush = () => {
        if (rows.length) out.push(`INSERT INTO ${target} VALUES\n${rows.join(',\n')};`);
        rows = [];
      };
      for (i++; i < lines.length && lines[i] !== '\\.'; i++) {
        const fields = lines[i]!.replace(/\r$/, '').split('\t');
        rows.push(`(${fields.map((f) => literal(decodeCopyField(f))).join(', ')})`);
        if (rows.length >= ROWS_PER_INSERT) flush();
      }
      flush();
      continue;
    }
    if (ALLOWED_META.test(line)) continue;
    out.push(line);
  }
  return out.join('\n');
}
