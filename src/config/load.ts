import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { LineCounter, parseDocument, isMap, isNode } from 'yaml';
import type { Document } from 'yaml';
import { UsageError } from '../core/errors.js';

export const MAX_CONFIG_BYTES = 256 * 1024;

export interface LoadedConfigFile {
  /** Path as the user should read it in messages (relative to the repository when inside it). */
  displayPath: string;
  data: unknown;
  /** 1-based line of the node at a key path, for pointing at the bad key. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export function loadConfigFile(path: string, cwd: string): LoadedConfigFile {
  const rel = relative(cwd, path);
  const displayPath = rel && !rel.startsWith('..') ? rel.split('\\').join('/') : path;
  const stat = statSync(path);
  if (!stat.isFile()) throw new UsageError(`${displayPath}: not a file; point --config at a YAML file`);
  if (stat.size > MAX_CONFIG_BYTES) {
    throw new UsageError(
      `${displayPath}: ${stat.size} bytes is larger than the ${MAX_CONFIG_BYTES}-byte limit for a config file`,
    );
  }
  return parseConfigBytes(readFileSync(path), displayPath);
}

/** A config's bytes, from a file or from a commit (the trusted base of a pull request). */
export function parseConfigBytes(buffer: Buffer, displayPath: string): LoadedConfigFile {
  if (buffer.length > MAX_CONFIG_BYTES) {
    throw new UsageError(
      `${displayPath}: ${buffer.length} bytes is larger than the ${MAX_CONFIG_BYTES}-byte limit for a config file`,
    );
  }
  if (buffer.includes(0))
    throw new UsageError(`${displayPath}: binary content; the config must be a YAML text file`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer).replace(/^\uFEFF/, '');
  } catch {
    throw new UsageError(`${displayPath}: not valid UTF-8; save the config as UTF-8 text`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const line = lineCounter.linePos(first.pos[0]).line;
    throw new UsageError(`${displayPath}:${line}: invalid YAML: ${first.message.split('\n')[0]}`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 }) ?? {};
  } catch (error) {
    // The yaml library refuses alias bombs ("billion laughs") while expanding: a usage error, not a crash.
    throw new UsageError(
      `${displayPath}: cannot read the YAML (${error instanceof Error ? error.message : String(error)}); write the values out instead of nesting aliases`,
    );
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new UsageError(
      `${displayPath}: the config must be a mapping of gate names to settings (e.g. "migrations:")`,
    );
  }
  return {
    displayPath,
    data,
    lineOf: (keyPath) => lineOfPath(doc, lineCounter, keyPath),
  };
}

function lineOfPath(
  doc: Document,
  counter: LineCounter,
  keyPath: readonly PropertyKey[],
): number | undefined {
  // Point at the key itself when the path ends in a map entry, else at the value node.
  const parentPath = keyPath.slice(0, -1) as unknown[];
  const last = keyPath[keyPath.length - 1];
  const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isNode(p.key) && (p.key as { value?: unknown }).value === last);
    const node = pair?.key;
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  const node = doc.getIn(keyPath as unknown[], true);
  if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  if (isNode(parent) && parent.range) return counter.linePos(parent.range[0]).line;
  return undefined;
}
