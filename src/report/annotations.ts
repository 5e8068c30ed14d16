import type { Finding, Severity } from '../core/finding.js';
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

/** Choose the annotations to emit: file findings first (they land on the diff), ten per level at most. */
export function planAnnotations(findings: readonly Finding[]): AnnotationPlan {
  const byLevel: Record<Severity, Finding[]> = { error: [], warning: [], notice: [] };
  for (const f of findings) byLevel[f.severity].push(f);
  const annotations: Annotation[] = [];
  let omitted = 0;
  for (const level of ['error', 'warning', 'notice'] as const) {
    const sorted = [...byLevel[level]].sort((a, b) => Number(Boolean(b.file)) - Number(Boolean(a.file)));
    for (const f of sorted.slice(0, ANNOTATIONS_PER_LEVEL)) annotations.push(toAnnotation(f));
    omitted += Math.max(0, sorted.length - ANNOTATIONS_PER_LEVEL);
  }
  return { annotations, omitted };
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
