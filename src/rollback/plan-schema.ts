import type { Finding } from '../core/finding.js';
import type { MigrationSince } from './migrations-since.js';
import { isFallbackFinding } from './plan-review.js';
import { rollbackDocs } from './rules.js';

/**
 * Whether the target can run on the schema the migrations since it left behind, as plan findings:
 * the target's own evidence first (the fallback findings, lifted from the migrations as they are),
 * then the migrations judged without it. Every finding a migration carries is in these findings or
 * cited by one of them, so the text and Markdown views say what the JSON says.
 */
export interface SchemaJudgement {
  findings: Finding[];
  schemaRisk?: { accepted: true; reason: string; files: string[] };
}

const MAX_CITED = 3;

/** `ban-drop-column at line 2: Dropping column …`, for the findings a plan finding stands for. */
function cite(findings: readonly Finding[]): string {
  const shown = findings
    .slice(0, MAX_CITED)
    .map((f) => `${f.rule}${f.line ? ` at line ${f.line}` : ''}: ${f.message}`);
  const more = findings.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; and ${more} more` : '');
}

export function judgeSchema(
  since: readonly MigrationSince[],
  target: string,
  riskReason: string,
): SchemaJudgement {
  const unreadable = (m: MigrationSince) => m.findings.some((f) => f.rule === 'unreadable-file');
  const blocks = (m: MigrationSince) =>
    m.findings.some((f) => isFallbackFinding(f) && f.severity === 'error');
  /** What the statement rules found without the target's evidence (fallback findings and proven-safe notices aside). */
  const rest = (m: MigrationSince) =>
    m.findings.filter(
      (f) => !isFallbackFinding(f) && f.severity !== 'notice' && f.rule !== 'unreadable-file',
    );
  const contract = since.filter((m) => m.class === 'contract' && !unreadable(m));
  const accepted = contract.length > 0 && riskReason !== '';

  const evidence = since.flatMap((m) => m.findings.filter(isFallbackFinding));
  const lifted = evidence.map((f): Finding =>
    accepted && f.severity === 'error'
      ? { ...f, severity: 'warning', message: `${f.message} (accepted with allow-schema-risk)` }
      : f,
  );
  const out: Finding[] = lifted.filter((f) => f.severity === 'error');

  if (accepted) {
    out.push({
      gate: 'rollback',
      rule: 'rollback-schema-risk-accepted',
      severity: 'warning',
      message: `${contract.length} contract migration(s) since ${target} accepted with allow-schema-risk: "${riskReason}". ${target} will meet a schema it was not written for${contract.some((m) => rest(m).length) ? `: ${cite(contract.flatMap(rest))}` : ''}.`,
      help: 'Watch errors right after the rollback; the reason is recorded in the plan and the deployment.',
      docs: rollbackDocs('rollback-schema-risk-accepted'),
    });
  } else {
    for (const m of contract) {
      const reasons = rest(m);
      // The fallback finding already says why, citing the target's code: one finding per root cause.
      if (!reasons.length && blocks(m)) continue;
      const why = reasons[0];
      out.push({
        gate: 'rollback',
        rule: 'rollback-schema-contract',
        severity: 'error',
        file: m.file,
        ...(why?.line ? { line: why.line } : {}),
        ...(why?.column ? { column: why.column } : {}),
        message: `${m.file} was applied after ${target} and is a contract change (${reasons.length ? cite(reasons) : "its findings are silenced by ignore comments, which were a pull request's judgement, not about this target"}); ${target} would meet a schema it does not understand.`,
        help: 'Roll forward with a fix instead, or pick a target at or after this migration. If you have checked the old code copes, re-run with --allow-schema-risk "<why it is safe>".',
        docs: rollbackDocs('rollback-schema-contract'),
      });
    }
  }
  // What could not be read was not judged: it blocks, whatever else the plan says.
  for (const m of since.filter(unreadable)) {
    const why = m.findings.find((f) => f.rule === 'unreadable-file')!;
    out.push({
      gate: 'rollback',
      rule: 'rollback-migration-unreadable',
      severity: 'error',
      file: m.file,
      message: `${m.file} was applied after ${target} but was not judged: ${why.message.replace(/^Cannot classify this migration: /, '')}`,
      help: 'Check by hand that the target release works with this migration; a rollback past a migration nobody read is not approved.',
      docs: rollbackDocs('rollback-migration-unreadable'),
    });
  }
  out.push(...lifted.filter((f) => f.severity !== 'error' && f.severity !== 'notice'));
  for (const m of since.filter((x) => x.class === 'unknown' && !unreadable(x))) {
    const reasons = rest(m);
    out.push({
      gate: 'rollback',
      rule: 'rollback-schema-unknown',
      severity: 'warning',
      file: m.file,
      ...(reasons[0]?.line ? { line: reasons[0].line } : {}),
      message: `${m.file} was applied after ${target} and could not be classified as expand or contract (${reasons.length ? cite(reasons) : 'it holds statements not known to only add'}); check by hand that ${target} still works with it.`,
      docs: rollbackDocs('rollback-schema-unknown'),
    });
  }
  // Left over: what statement rules say about expand migrations; never a reason to refuse on its own.
  for (const m of since.filter((x) => x.class === 'expand'))
    out.push(...rest(m).map((f): Finding => (f.severity === 'error' ? { ...f, severity: 'warning' } : f)));
  // Last, what was proven safe and why (the target no longer uses, or never had, what they remove).
  out.push(...since.flatMap((m) => m.findings.filter((f) => f.severity === 'notice')));
  return {
    findings: out,
    ...(accepted
      ? { schemaRisk: { accepted: true, reason: riskReason, files: contract.map((m) => m.file) } }
      : {}),
  };
}
