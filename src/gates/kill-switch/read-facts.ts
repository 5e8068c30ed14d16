/** The kill-switch gate's I/O: the change, the release note's field, the flag manifest. Nothing is judged here. */
import { readFileSync, statSync } from 'node:fs';
import { readablePathInsideRepo } from '../../git/inside-repo.js';
import type { AddedLines } from '../../git/git.js';
import type { GateContext } from '../gate.js';
import { noteOf } from '../notes/gate.js';
import { parseNote } from '../notes/parse-note.js';
import type { NoteField } from '../notes/parse-note.js';
import type { NoteText } from '../notes/source.js';
import type { KillSwitchConfig } from './config.js';
import { MANIFEST_CANDIDATES, parseManifest } from './manifest.js';
import type { FlagManifest } from './manifest.js';

const MAX_MANIFEST_BYTES = 1024 * 1024;

/** What the change adds: changed paths (base to head, or to the work tree) and their added lines. */
export interface ChangeRead {
  files: string[];
  added: AddedLines;
}

export async function readChange(ctx: GateContext, base: string): Promise<ChangeRead> {
  const head = ctx.worktree ? undefined : ctx.head;
  const [changed, added] = await Promise.all([
    ctx.git.changedFiles(base, head),
    ctx.git.diffAddedLines(base, head),
  ]);
  return { files: changed.map((c) => c.path), added };
}

/** The release note (when there is one) and its `Kill switch:` field. */
export interface NoteRead {
  text?: NoteText;
  field?: NoteField;
}

export async function readKillSwitchField(ctx: GateContext): Promise<NoteRead> {
  const text = await noteOf(ctx);
  const field = text ? parseNote(text.body).fields.killSwitch : undefined;
  return { ...(text ? { text } : {}), ...(field ? { field } : {}) };
}

/** What looking for the flag manifest found. */
export type ManifestLookup =
  | { kind: 'found'; manifest: FlagManifest }
  | { kind: 'unreadable'; file: string; problem: string }
  /** `kill-switch.manifest` names a file the checked commit does not have. */
  | { kind: 'configured-missing'; path: string }
  | { kind: 'none' };

/** The configured manifest, else the first well-known one present. */
export async function lookupManifest(ctx: GateContext, config: KillSwitchConfig): Promise<ManifestLookup> {
  const candidates = config.manifest ? [config.manifest] : MANIFEST_CANDIDATES;
  for (const path of candidates) {
    const text = await readAtHead(ctx, path);
    if (text === undefined) continue;
    const parsed = typeof text === 'string' ? parseManifest(path, text) : text;
    if ('problem' in parsed) return { kind: 'unreadable', file: path, problem: parsed.problem };
    return { kind: 'found', manifest: parsed };
  }
  return config.manifest ? { kind: 'configured-missing', path: config.manifest } : { kind: 'none' };
}

/** A file at head: from the work tree in a local run, else from the head commit; capped and text only. */
async function readAtHead(ctx: GateContext, path: string): Promise<string | { problem: string } | undefined> {
  if (ctx.worktree) {
    const full = readablePathInsideRepo(ctx.git.root, path, `kill-switch manifest ${path}`);
    if (full === undefined) return undefined;
    try {
      const stat = statSync(full);
      if (!stat.isFile()) return undefined;
      if (stat.size > MAX_MANIFEST_BYTES)
        return { problem: `${stat.size} bytes is more than the ${MAX_MANIFEST_BYTES}-byte limit` };
      const bytes = readFileSync(full);
      return bytes.includes(0) ? { problem: 'binary content' } : bytes.toString('utf8');
    } catch {
      return undefined;
    }
  }
  const read = await ctx.git.readBytesCapped(ctx.head, path, MAX_MANIFEST_BYTES);
  if (!read) return undefined;
  if ('tooLarge' in read)
    return { problem: `${read.size} bytes is more than the ${MAX_MANIFEST_BYTES}-byte limit` };
  return read.bytes.includes(0) ? { problem: 'binary content' } : read.bytes.toString('utf8');
}
