import { location } from '../core/finding.js';
import type { Finding, Severity } from '../core/finding.js';
import { groupFindings } from '../core/group.js';
import type { FindingGroup } from '../core/group.js';
import { redactSecrets } from '../core/redact.js';
import { cleanLine, cleanText, disarmCommands } from './safe-text.js';

/** GitHub shows at most this many annotations of each level per step; more are silently dropped. */
export const ANNOTATIONS_PER_LEVEL = 10;

export interface Annotation {
  level: Severity;
  message: string;
  title: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Findings left out because of the per-level cap; the job summary lists them. */
  omitted: number;
}

/** Places named in one group's annotation; the job summary and JSON report have the rest. */
const GROUP_PLACES_LISTED = 10;

/**
 * Choose the annotations to emit: one per root cause (a group of findings is one annotation, at its
 * first place, naming the others), file findings first (they land on the diff), ten per level at most.
 */
export function planAnnotations(findings: readonly Finding[]): AnnotationPlan {
  const byLevel: Record<Severity, Finding[]> = { error: [], warning: [], notice: [] };
  for (const item of groupFindings(findings).items) {
    const f = item.kind === 'group' ? groupAsFinding(item.group) : item.finding;
    byLevel[f.severity].push(f);
  }
  const annotations: Annotation[] = [];
  let omitted = 0;
  for (const level of ['error', 'warning', 'notice'] as const) {
    const sorted = [...byLevel[level]].sort((a, b) => Number(Boolean(b.file)) - Number(Boolean(a.file)));
    for (const f of sorted.slice(0, ANNOTATIONS_PER_LEVEL)) annotations.push(toAnnotation(f));
    for (const f of sorted.slice(ANNOTATIONS_PER_LEVEL)) omitted += groupSizes.get(f) ?? 1;
  }
  return { annotations, omitted };
}

const groupSizes = new WeakMap<Finding, number>();

/** A group as the one finding its annotation shows: at the first place with a file, naming the others. */
function groupAsFinding(g: FindingGroup): Finding {
  const at = g.locations.find((l) => l.file) ?? g.locations[0]!;
  const others = g.locations.filter((l) => l !== at);
  const listed = others.slice(0, GROUP_PLACES_LISTED).map((l) => {
    const where = location(l) || '(no file)';
    return l.detail ? `${where} (${l.detail})` : where;
  });
  const more = others.length > GROUP_PLACES_LISTED ? `, and ${others.length - GROUP_PLACES_LISTED} more` : '';
  // The example message is the first place's; an annotation placed elsewhere says what differs there.
  const atDetail = at !== g.locations[0] && at.detail ? ` (here: ${at.detail})` : '';
  const f: Finding = {
    gate: g.gate,
    rule: g.rule,
    severity: g.severity,
    ...(at.file ? { file: at.file } : {}),
    ...(at.line ? { line: at.line } : {}),
    ...(at.column ? { column: at.column } : {}),
    ...(at.endLine ? { endLine: at.endLine } : {}),
    message: `${g.message}${atDetail}\n\nThe same problem${g.object ? ` on ${g.object}` : ''} ${others.length} more time(s): ${listed.join(', ')}${more}.`,
    ...(g.help ? { help: g.help } : {}),
  };
  groupSizes.set(f, g.count);
  return f;
}

/**
 * @actions/core escapes what would end a workflow command (%, CR, LF, and `:` `,` in properties); what it
 * leaves, control characters and secrets, is taken out here.
 */
function toAnnotation(f: Finding): Annotation {
  const message = f.help ? `${f.message}\n\nHow to fix: ${f.help}` : f.message;
  const safe = (text: string) => disarmCommands(redactSecrets(text));
  return {
    level: f.severity,
    title: safe(cleanLine(`rollback-ready ${f.rule}`)),
    message: safe(cleanText(message)),
    ...(f.file ? { file: safe(cleanLine(f.file)) } : {}),
    ...(f.line ? { startLine: f.line, endLine: f.endLine ?? f.line } : {}),
    // GitHub ignores the column when the annotation spans several lines.
    ...(f.column && (!f.endLine || f.endLine === f.line) ? { startColumn: f.column } : {}),
  };
}
