/**
 * Read a release note out of Markdown as people actually write it: `Release ID: v1.4.2`,
 * `**Release ID:** v1.4.2`, `- Rollback: v1.4.1`, a `### Rollback` heading followed by a line, or a
 * `| Owner | @team |` table row. Field names are case-insensitive. When the body carries the
 * template's marker, only the marked section counts.
 */

export const NOTE_START = '<!-- rollback-ready:note -->';
export const NOTE_END = '<!-- /rollback-ready:note -->';

export type NoteFieldKey = 'releaseId' | 'change' | 'watch' | 'rollback' | 'owner' | 'killSwitch' | 'backup';

export interface NoteFieldSpec {
  key: NoteFieldKey;
  /** As the template writes it. */
  label: string;
  required: boolean;
  /** Lower-case names accepted for the field. */
  names: readonly string[];
}

export const NOTE_FIELDS: readonly NoteFieldSpec[] = [
  {
    key: 'releaseId',
    label: 'Release ID',
    required: true,
    names: ['release id', 'release-id', 'releaseid', 'release tag'],
  },
  { key: 'change', label: 'Change', required: true, names: ['change', 'what changes', 'what changed'] },
  { key: 'watch', label: 'Watch', required: true, names: ['watch', 'what to watch'] },
  {
    key: 'rollback',
    label: 'Rollback',
    required: true,
    names: ['rollback', 'roll back', 'rollback target', 'rollback to', 'roll back to'],
  },
  { key: 'owner', label: 'Owner', required: true, names: ['owner', 'owners'] },
  {
    key: 'killSwitch',
    label: 'Kill switch',
    required: false,
    names: ['kill switch', 'kill-switch', 'killswitch'],
  },
  { key: 'backup', label: 'Backup', required: false, names: ['backup'] },
];

export interface NoteField {
  key: NoteFieldKey;
  /** The value with Markdown decoration, comments and surrounding whitespace removed. */
  value: string;
  /** List items or lines of a multi-line value, in order. */
  items: string[];
  /** 1-based line of the field's name in the body. */
  line: number;
}

export interface ParsedNote {
  fields: Partial<Record<NoteFieldKey, NoteField>>;
  /** 1-based line of the template marker, when the body has one. */
  markerLine?: number;
  /**
   * What makes the note ambiguous: a field given twice, a second marked section, a marker inside a
   * code fence. Each is an error: "first one wins" would let a reviewer read one value and the gate check another.
   */
  problems?: { line: number; message: string }[];
}

const FIELD_BY_NAME = new Map<string, NoteFieldSpec>(
  NOTE_FIELDS.flatMap((f) => f.names.map((n) => [n, f] as const)),
);

export function fieldSpec(key: NoteFieldKey): NoteFieldSpec {
  return NOTE_FIELDS.find((f) => f.key === key)!;
}

const EMPHASIS = /^(?:\*\*|__|\*|_)|(?:\*\*|__|\*|_)$/g;
// The whitespace after the name is one run (`\s*(?:emphasis\s*)?:`), never two adjacent `\s*`: on a
// long line of spaces with no colon those split the run every way and took seconds (quadratic).
const LABEL_LINE =
  /^(?:\*\*|__|\*|_)?([A-Za-z][A-Za-z -]{0,40}?)\s*(?:(?:\*\*|__|\*|_)\s*)?:\s*(?:\*\*|__|\*|_)?\s*(.*)$/;
const HEADING_START = /^#{1,6}\s+/;
const LIST_MARKER = /^(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?/;

function normalizeName(text: string): string {
  return text.trim().replace(EMPHASIS, '').replace(/:$/, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Strip what decorates a value but is not part of it: emphasis, backticks, table pipes. */
export function cleanValue(text: string): string {
  let v = text.trim();
  if (v.endsWith('|')) v = v.slice(0, -1).trimEnd();
  for (let i = 0; i < 3; i++) {
    const before = v;
    v = unwrapBackticks(v.replace(/^(\*\*|__)(.*)\1$/, '$2')).trim();
    if (v === before) break;
  }
  return v;
}

// Headings, trailing pipes and code spans are taken apart by counting, not by regexes such as
// `(.*?)\s*#*\s*$` or `^`+([^`]*)`+$`: on a long line those backtracked for seconds to hours, and a
// pull request body is anyone's input.

/** `code` → code (any number of backticks around text without one). */
function unwrapBackticks(v: string): string {
  if (v.length < 2 || !v.startsWith('`') || !v.endsWith('`')) return v;
  let start = 0;
  while (start < v.length && v[start] === '`') start++;
  if (start === v.length) return '';
  let end = v.length;
  while (v[end - 1] === '`') end--;
  const inner = v.slice(start, end);
  return inner.includes('`') ? v : inner;
}

/** An ATX heading's text without its closing #s, or undefined when the line is not a heading. */
function headingText(line: string): string | undefined {
  const start = HEADING_START.exec(line);
  if (!start) return undefined;
  const text = line.slice(start[0].length).trimEnd();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  return text.slice(0, end).trimEnd();
}

/** Blank out HTML comments (keeping line breaks, so line numbers stay right). */
function blankComments(text: string): string {
  return text.replace(/<!--[\s\S]*?(?:-->|$)/g, (m) => m.replace(/[^\n]/g, ' '));
}

interface Classified {
  spec?: NoteFieldSpec;
  inlineValue?: string;
  heading: boolean;
}

function classify(raw: string): Classified {
  let line = raw.trim().replace(/^>\s?/, '');
  const text = headingText(line);
  if (text !== undefined) {
    const labelled = LABEL_LINE.exec(text);
    if (labelled) {
      const spec = FIELD_BY_NAME.get(normalizeName(labelled[1]!));
      if (spec) return { spec, inlineValue: labelled[2]!, heading: true };
    }
    const spec = FIELD_BY_NAME.get(normalizeName(text));
    return spec ? { spec, heading: true } : { heading: true };
  }
  if (line.startsWith('|')) {
    const cells = line.split('|').slice(1, -1);
    if (cells.length >= 2) {
      const spec = FIELD_BY_NAME.get(normalizeName(cells[0]!));
      if (spec) return { spec, inlineValue: cells.slice(1).join('|'), heading: false };
    }
    return { heading: false };
  }
  line = line.replace(LIST_MARKER, '');
  const labelled = LABEL_LINE.exec(line);
  if (labelled) {
    const spec = FIELD_BY_NAME.get(normalizeName(labelled[1]!));
    if (spec) return { spec, inlineValue: labelled[2]!, heading: false };
  }
  return { heading: false };
}

export function parseNote(body: string): ParsedNote {
  const lines = body.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const lower = lines.map((l) => l.toLowerCase().replace(/\s+/g, ''));
  const start = NOTE_START.replace(/\s+/g, '');
  const startIndex = lower.findIndex((l) => l.includes(start));
  let from = 0;
  let to = lines.length;
  const problems: { line: number; message: string }[] = [];
  const note: ParsedNote = { fields: {}, problems };
  if (startIndex >= 0) {
    note.markerLine = startIndex + 1;
    from = startIndex + 1;
    const endIndex = lower.findIndex((l, i) => i > startIndex && l.includes(NOTE_END.replace(/\s+/g, '')));
    if (endIndex >= 0) to = endIndex;
    const second = lower.findIndex((l, i) => i > startIndex && l.includes(start));
    if (second >= 0) {
      problems.push({
        line: second + 1,
        message: `a second marked release note starts here (the first is on line ${startIndex + 1}); keep one`,
      });
    }
    if (fencedLines(lines)[startIndex]) {
      problems.push({
        line: startIndex + 1,
        message:
          'the release note marker is inside a code fence, so the note is example text, not a note; move it out of the fence',
      });
    }
  }
  const text = blankComments(lines.slice(from, to).join('\n')).split('\n');
  const fenced = fencedLines(text);
  const usable: (string | undefined)[] = text.map((l, i) => (fenced[i] ? undefined : l));

  for (let i = 0; i < usable.length; i++) {
    const raw = usable[i];
    if (raw === undefined) continue;
    const found = classify(raw);
    if (!found.spec) continue;
    const earlier = note.fields[found.spec.key];
    if (earlier) {
      problems.push({
        line: from + i + 1,
        message: `${found.spec.label} is given twice (lines ${earlier.line} and ${from + i + 1}); keep one`,
      });
      continue;
    }
    const items: string[] = [];
    const inline = cleanValue(found.inlineValue ?? '');
    if (inline) items.push(inline);
    else {
      // The value is on the following lines: a heading's paragraph, or a list under "Watch:".
      for (let j = i + 1; j < usable.length; j++) {
        const next = usable[j];
        if (next === undefined) continue;
        if (next.trim() === '') {
          if (items.length) break;
          continue;
        }
        const c = classify(next);
        if (c.spec || c.heading) break;
        const item = cleanValue(next.trim().replace(/^>\s?/, '').replace(LIST_MARKER, ''));
        if (item) items.push(item);
      }
    }
    note.fields[found.spec.key] = { key: found.spec.key, value: items.join('; '), items, line: from + i + 1 };
  }
  return note;
}

/** For each line, whether it is inside a fenced code block (fence lines included). */
function fencedLines(lines: readonly string[]): boolean[] {
  let fence: string | undefined;
  return lines.map((l) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(l)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      return true;
    }
    if (marker) fence = marker;
    return marker !== undefined;
  });
}

const PLACEHOLDER_WORDS = /^(?:todo|tbd|tba|fixme|xxx+|n\/?a|\?+|…+|\.{2,}|-+|_+|—|–)$/i;

/** Empty, or still the template's placeholder (`<release id>`, `TODO`, `…`, `e.g. v1.4.2`). */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v === '') return true;
  if (PLACEHOLDER_WORDS.test(v)) return true;
  if (/^<[^<>]*>$/.test(v) || /^\[[^\]]*\]$/.test(v) || /^\{[^{}]*\}$/.test(v)) return true;
  if (/^(?:todo|tbd|fixme)\b/i.test(v)) return true;
  if (/^(?:e\.g\.|eg\.|for example)/i.test(v)) return true;
  return /^[.…\s]+$/.test(v);
}
