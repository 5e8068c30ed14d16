/**
 * What GitHub would render live in Markdown we wrote from user text: raw HTML, @mentions, issue
 * links (#123, GH-123), entities, links of the user's, code fences or lines of the user's own.
 */

/** Lines our formatter writes; user text may only continue them, never start its own. */
export const REPORT_LINE_SHAPES = [
  /^$/,
  /^## rollback-ready: /,
  /^\d+ error\(s\), \d+ warning\(s\), \d+ notice\(s\)\.$/,
  /^\| Gate \| Result \| Summary \|$/,
  /^\|---\|---\|---\|$/,
  /^\| `[a-z-]+` \| (✅ pass|❌ fail|➖ skipped) \| /,
  /^### Findings$/,
  /^- (❌|⚠️|ℹ️) \*\*(error|warning|notice)\*\* `[a-z-]+`/,
  /^ {2}- How to fix: /,
  /^ {2}- Docs: /,
  /^…and \d+ more finding\(s\), left out to stay within GitHub's size limit/,
  /^…and \d+ more finding\(s\) in \d+ entr(y|ies) \(\d+ error\(s\), \d+ warning\(s\), \d+ notice\(s\): /,
  /^ {2}- At: /,
  /^<sub>rollback\\-ready /,
  /^…truncated to fit GitHub's size limit\.$/,
];

/** Our own links: documentation pages of this repository. */
const OWN_LINK = /\[[^\]]*\]\(https:\/\/github\.com\/rollback-ready\/rollback-ready\/[\w./#-]*\)/g;

/**
 * Problems in a Markdown document, line by line. With `shapes`, every line must also be one our
 * formatter writes (pass it for a bare report; a summary with a checklist has more line kinds).
 */
export function liveProblems(markdown: string, options: { shapes?: readonly RegExp[] } = { shapes: REPORT_LINE_SHAPES }): string[] {
  const problems: string[] = [];
  const lines = markdown.split('\n');
  const truncated = /…truncated to fit/.test(lines[lines.length - 1] ?? '');
  for (const [n, line] of lines.entries()) {
    const at = `line ${n + 1}`;
    if (options.shapes && !options.shapes.some((shape) => shape.test(line))) problems.push(`${at} has a shape of its own: ${JSON.stringify(line.slice(0, 80))}`);
    if (/^\s*(```|~~~)/.test(line)) problems.push(`${at} opens a code fence`);
    // Text outside code spans: a backslash escapes the next character, a backtick opens or closes a span.
    let outside = '';
    let inCode = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (!inCode && ch === '\\') {
        outside += line.slice(i, i + 2);
        i++;
      } else if (ch === '`') inCode = !inCode;
      else if (!inCode) outside += ch;
    }
    // Truncation may cut the last line of content inside a code span; no other line may leave one open.
    if (inCode && !(truncated && n >= lines.length - 3)) problems.push(`${at} leaves a code span open`);
    const text = outside.replace(/<\/?sub>/g, '').replace(OWN_LINK, '');
    if (/[<>]/.test(text)) problems.push(`${at}: raw < or >`);
    if (/@[\w-]/.test(text)) problems.push(`${at}: live @mention`);
    if (/#\d/.test(text)) problems.push(`${at}: live #123 link`);
    if (/gh\\?-\d/i.test(text)) problems.push(`${at}: live GH-123 link`);
    if (/&(?!amp;|lt;|gt;)/.test(text)) problems.push(`${at}: an HTML entity (&#64; is an @)`);
    if (/\]\(/.test(text.replace(/\\./g, ''))) problems.push(`${at}: a link of the user's`);
  }
  return problems;
}
