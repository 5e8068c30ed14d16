import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The rows of docs/ddl-audit.md, read the way a person reads them: the doc is the test's table. */
export interface AuditRow {
  section: string;
  line: number;
  /** Parser names in the Kind cell: `AT_AddColumn`, `IndexStmt`. */
  kinds: string[];
  kindCell: string;
  /** The example statement(s); undefined for internal forms that SQL cannot write. */
  example: string | undefined;
  /** Lock cell: the mode, and the relation it is on (default t). */
  lock: string;
  lockOn: string;
  rewrite: string;
  previous: string;
  rules: string[];
}

export const ROOT = join(import.meta.dirname, '..', '..');
export const AUDIT = join(ROOT, 'docs', 'ddl-audit.md');

function cells(line: string): string[] {
  return line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, '|'));
}

export function auditRows(text = readFileSync(AUDIT, 'utf8')): AuditRow[] {
  const rows: AuditRow[] = [];
  let section = '';
  text.split('\n').forEach((line, i) => {
    if (line.startsWith('## ')) section = line.slice(3);
    if (!line.startsWith('| `')) return;
    const [kind, example, lock, rewrite, previous, rules] = cells(line);
    const lockMatch = /^(.*?)(?: \((\S+)\))?$/.exec(lock!)!;
    rows.push({
      section,
      line: i + 1,
      kinds: [...kind!.matchAll(/`([A-Za-z_]+)`/g)].map((m) => m[1]!),
      kindCell: kind!,
      example: example!.startsWith('`') ? example!.slice(1, example!.lastIndexOf('`')) : undefined,
      lock: lockMatch[1]!,
      lockOn: lockMatch[2] ?? 't',
      rewrite: rewrite!,
      previous: previous!,
      rules: [...rules!.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]!),
    });
  });
  return rows;
}

/** The fixture the examples run against (the sql block after `<!-- ddl-audit fixture -->`). */
export function auditFixture(text = readFileSync(AUDIT, 'utf8')): string {
  const start = text.indexOf('```sql', text.indexOf('<!-- ddl-audit fixture -->'));
  return text.slice(text.indexOf('\n', start) + 1, text.indexOf('\n```', start));
}

/** Every ALTER TABLE sub-command and top-level statement kind the parser knows (@pgsql/types, libpg-query 18). */
export function parserKinds(): { subcommands: string[]; statements: string[] } {
  const types = join(ROOT, 'node_modules', '@pgsql', 'types');
  const enums = readFileSync(join(types, 'enums.d.ts'), 'utf8');
  const alter = /export type AlterTableType = ([^;]+);/.exec(enums)![1]!;
  const nodes = readFileSync(join(types, 'types.d.ts'), 'utf8');
  const union = nodes.slice(nodes.indexOf('export type Node = '), nodes.indexOf('};', nodes.indexOf('export type Node = ')));
  return {
    subcommands: [...alter.matchAll(/"(AT_[A-Za-z]+)"/g)].map((m) => m[1]!),
    statements: [...new Set([...union.matchAll(/\b([A-Za-z]+Stmt): /g)].map((m) => m[1]!))],
  };
}
