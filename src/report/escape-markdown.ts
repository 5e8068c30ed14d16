/**
 * Make user-controlled text inert in GitHub Markdown: no raw HTML, no live @mention or #123 link,
 * no emphasis, links, tables or code fences opened by the text itself. GitHub's summary API does no
 * escaping of its own (@actions/core summary), so every piece of text from a PR, file or tag goes through here.
 */
import { cleanLine, cleanText } from './safe-text.js';

const ZERO_WIDTH_SPACE = '\u200B';

export function escapeMarkdown(text: string): string {
  return (
    // Control characters (C0, C1, bidi overrides) could break tables or terminals; drop them.
    cleanText(text)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Backslash-escape Markdown punctuation so it renders literally.
      .replace(/([\\`*_{}[\]()#+\-.!|~"'$:])/g, '\\$1')
      // A zero-width space after @ and # stops mentions, team pings and issue auto-links.
      .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
      .replace(/\\#/g, `\\#${ZERO_WIDTH_SPACE}`)
      // GitHub links GH-123 to an issue too (the escaped hyphen still renders as "-").
      .replace(/(gh)\\-(?=\d)/gi, `$1\\-${ZERO_WIDTH_SPACE}`)
      .replace(/\r?\n/g, ' ')
  );
}

/** Inline code for identifiers (rule ids, paths, release IDs): backticks inside become a safe quote. */
export function inlineCode(text: string): string {
  const clean = cleanLine(text).replace(/`/g, 'ˋ');
  return `\`${clean.replace(/@/g, `@${ZERO_WIDTH_SPACE}`)}\``;
}

/** Truncate to a byte budget on a character boundary, saying so. */
export function truncateUtf8(
  text: string,
  maxBytes: number,
  note = "\n\n…truncated to fit GitHub's size limit.",
): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const budget = maxBytes - Buffer.byteLength(note, 'utf8');
  let out = '';
  let used = 0;
  for (const ch of text) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (used + size > budget) break;
    out += ch;
    used += size;
  }
  return out + note;
}
