import type { AddedLine, ChangedFile } from './git.js';

/** Added lines longer than this (minified bundles, data) are cut to it. */
export const MAX_ADDED_LINE = 2000;

/** Undo git's C-style quoting of a path (`"a\tb"`), used for names with unusual characters. */
function unquoteGitPath(raw: string): string {
  if (!raw.startsWith('"') || !raw.endsWith('"')) return raw;
  const bytes: number[] = [];
  const body = raw.slice(1, -1);
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = body[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Added lines per file from `git diff -U0` output (new paths; `/dev/null` targets are skipped). */
export function parseAddedLines(diff: string): Map<string, AddedLine[]> {
  const files = new Map<string, AddedLine[]>();
  let current: AddedLine[] | undefined;
  let inHunk = false;
  let next = 0;
  for (const raw of diff.split('\n')) {
    if (raw.startsWith('diff --git ')) {
      current = undefined;
      inHunk = false;
      continue;
    }
    if (!inHunk) {
      if (raw.startsWith('+++ ')) {
        const target = raw.slice(4).replace(/\t$/, '');
        if (target === '/dev/null') current = undefined;
        else {
          const path = unquoteGitPath(target).replace(/^b\//, '');
          current = files.get(path) ?? [];
          files.set(path, current);
        }
        continue;
      }
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw);
    if (hunk) {
      inHunk = true;
      next = Number(hunk[1]);
      continue;
    }
    if (!inHunk || !current) continue;
    if (raw.startsWith('+')) {
      const text = raw.slice(1);
      current.push({ line: next, text: text.length > MAX_ADDED_LINE ? text.slice(0, MAX_ADDED_LINE) : text });
      next += 1;
    } else if (raw.startsWith(' ')) next += 1;
  }
  return files;
}

export function parseNameStatus(out: string): ChangedFile[] {
  const parts = out.split('\0').filter((p) => p !== '');
  const files: ChangedFile[] = [];
  for (let i = 0; i < parts.length;) {
    const code = parts[i++]!;
    const kind = code[0];
    if (kind === 'R' || kind === 'C') {
      const from = parts[i++]!;
      const path = parts[i++]!;
      files.push({ path, from, status: kind === 'R' ? 'renamed' : 'copied' });
    } else {
      const path = parts[i++]!;
      const status = kind === 'A' ? 'added' : kind === 'T' ? 'type-changed' : 'modified';
      files.push({ path, status });
    }
  }
  return files;
}
