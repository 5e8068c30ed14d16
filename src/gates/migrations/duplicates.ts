import type { Finding } from '../../core/finding.js';
import type { ChangedFile } from '../../git/git.js';
import type { MigrationFile } from '../../sql/model.js';
import type { GateContext } from '../gate.js';
import { drizzleJournalFindings } from './drizzle-journal.js';
import { docsUrl } from './engine.js';
import { layoutById } from './layouts.js';
import type { Layout } from './layouts.js';
import { readHeadSource } from './read-source.js';
import type { Selection } from './select.js';

const folderOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));
const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);
/** Versions this long are timestamps (Supabase's, dbmate's YYYYMMDDHHMMSS): a new one is a time, not max + 1. */
const TIMESTAMP_DIGITS = 12;

/** Versions taken twice: by files of one folder (below), and by entries of a drizzle-kit journal. */
export async function versionCollisionFindings(
  ctx: GateContext,
  selection: Pick<Selection, 'files' | 'changes' | 'headPaths'>,
): Promise<Finding[]> {
  const base = ctx.base;
  const files = selection.headPaths
    ? duplicateVersionFindings(selection.files, selection.changes, selection.headPaths)
    : [];
  const journals = await drizzleJournalFindings(
    selection.changes.keys(),
    async (path) => {
      const source = await readHeadSource(ctx, path);
      return source && 'text' in source ? source.text : undefined;
    },
    async (path) => (base ? ctx.git.readFileAt(base, path) : undefined),
  );
  return [...files, ...journals];
}

/**
 * Migrations the change adds (or renames) to a version another file of the same folder already has, as
 * the layout's runner counts versions (Layout.versionKey: golang-migrate reads `001` and `1` as one,
 * Flyway `V1.0` and `V1`). The runner then refuses the whole folder or silently skips one of the two.
 * With no change to compare (`lint FILES…`), every given file is checked. `headPaths` is the whole tree.
 */
export function duplicateVersionFindings(
  files: readonly MigrationFile[],
  changes: ReadonlyMap<string, ChangedFile>,
  headPaths: readonly string[],
): Finding[] {
  const byFolder = new Map<string, string[]>();
  for (const path of headPaths) {
    if (!path.endsWith('.sql')) continue;
    const folder = folderOf(path);
    const list = byFolder.get(folder);
    if (list) list.push(path);
    else byFolder.set(folder, [path]);
  }
  // Each folder's files by version, once per folder and layout: `lint FILES…` checks every file, and
  // comparing each with its whole folder was quadratic (0.8 s on 2,000 files of one folder).
  const versions = new Map<string, Map<string, string[]>>();
  const versionsIn = (layout: Layout, folder: string, paths: readonly string[]) => {
    const id = `${layout.id}\0${folder}`;
    let byVersion = versions.get(id);
    if (!byVersion) {
      byVersion = new Map();
      for (const path of paths) {
        const key = layout.versionKey!(path);
        if (!key) continue;
        const same = byVersion.get(key);
        if (same) same.push(path);
        else byVersion.set(key, [path]);
      }
      versions.set(id, byVersion);
    }
    return byVersion;
  };
  const findings: Finding[] = [];
  for (const file of files) {
    const layout = layoutById(file.layout);
    const key = layout.versionKey?.(file.path);
    if (!key || !introduced(file.path, changes)) continue;
    const folderPath = folderOf(file.path);
    const folder = byFolder.get(folderPath) ?? [];
    const same = versionsIn(layout, folderPath, folder).get(key) ?? [];
    const others = same.filter((p) => p !== file.path);
    if (others.length) findings.push(duplicateFinding(file, layout, others, folder));
  }
  return findings;
}

/** Added or renamed here, or given by name (no change to compare with). */
function introduced(path: string, changes: ReadonlyMap<string, ChangedFile>): boolean {
  if (!changes.size) return true;
  const change = changes.get(path);
  return change !== undefined && change.status !== 'modified' && change.status !== 'type-changed';
}

function duplicateFinding(
  file: MigrationFile,
  layout: Layout,
  others: readonly string[],
  folder: readonly string[],
): Finding {
  const named = others.map(nameOf).join(', ');
  const other = file.direction === 'up' ? 'down' : 'up';
  const pair = layout.id === 'golang-migrate' ? ` (and its .${other}.sql to match)` : '';
  return {
    gate: 'migrations',
    rule: 'duplicate-migration-version',
    severity: 'error',
    file: file.path,
    line: 1,
    column: 1,
    message: `This migration has the same version as ${named} in the same folder: ${layout.onDuplicate ?? `${layout.name} records each version once`}. Whatever this file or the other one changes may never reach a database.`,
    help: `Give it a version of its own, after the newest migration's: rename it to ${nextName(file.path, layout, folder)}${pair}.`,
    docs: docsUrl('duplicate-migration-version'),
    class: 'unknown',
  };
}

/** The file renamed to the version after the folder's newest (zero padding kept), or how to pick one. */
function nextName(path: string, layout: Layout, folder: readonly string[]): string {
  const name = nameOf(path);
  const flyway = /^V([0-9._]+?)__(.*)$/.exec(name);
  const digits = flyway ? flyway[1]!.split(/[._]/)[0]! : (/^[0-9]+/.exec(name)?.[0] ?? '');
  if (!digits || digits.length >= TIMESTAMP_DIGITS)
    return `<timestamp>${name.replace(/^[0-9]+/, '')}, the timestamp (UTC, YYYYMMDDHHMMSS) after the newest migration's`;
  let newest = 0n;
  for (const other of folder) {
    const key = layout.versionKey?.(other);
    const leading = key && /[0-9]+/.exec(key)?.[0];
    if (leading && BigInt(leading) > newest) newest = BigInt(leading);
  }
  const next = String(newest + 1n).padStart(digits.length, '0');
  return flyway ? `V${next}__${flyway[2]}` : `${next}${name.slice(digits.length)}`;
}
