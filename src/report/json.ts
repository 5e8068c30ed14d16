import type { Report } from '../core/report.js';
import { prettyJsonPieces } from './json-pieces.js';
import { safeJson } from './safe-text.js';

/** The v1 report exactly as DESIGN.md fixes it, pretty-printed for people and parseable for tools. */
export function formatJson(report: Report): string {
  return formatJsonPieces(report).join('');
}

/** The same text in pieces, for a writer that takes them one at a time (cli/main.ts). */
export function formatJsonPieces(report: Report): string[] {
  return safeJsonPieces(prettyJsonPieces(report));
}

/**
 * safeJson over each piece, then the final newline. A piece holds whole JSON tokens (it ends with a
 * value, a comma, a colon and space or a line feed), so `##[` never spans two.
 */
export function safeJsonPieces(pieces: readonly string[]): string[] {
  return [...pieces.map(safeJson), '\n'];
}
