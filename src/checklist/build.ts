/**
 * The pre-release checklist: five questions a reviewer asks before a release goes to production,
 * answered from the report (gate summaries and data) and a few facts. Pure: same input, same lines.
 */
import type { GateSummary, Report } from '../core/report.js';
import { escapeMarkdown, inlineCode } from '../report/escape-markdown.js';
import type { ChecklistFacts } from './facts.js';

/** `guess`: an answer inferred without evidence of what runs (the latest tag, no ledger); never shown as ok. */
export type ChecklistStatus = 'ok' | 'problem' | 'n/a' | 'guess';
export type ChecklistId = 'live' | 'known-good' | 'database' | 'backup' | 'owner';

/** Evidence is text and identifiers; identifiers (release IDs, paths) render as inline code. */
export type EvidencePart = string | { code: string };

export interface ChecklistItem {
  id: ChecklistId;
  title: string;
  status: ChecklistStatus;
  evidence: EvidencePart[];
}

/** The checklist as the JSON report carries it. */
export interface ChecklistEntry {
  id: ChecklistId;
  title: string;
  status: ChecklistStatus;
  evidence: string;
}

export const CHECKLIST_TITLES: Record<ChecklistId, string> = {
  live: 'What is live',
  'known-good': 'Known-good release ready to redeploy',
  database: 'Database change safety',
  backup: 'Backup confidence',
  owner: 'One owner and one channel',
};

const ICON: Record<ChecklistStatus, string> = { ok: '✅', problem: '❌', 'n/a': '➖', guess: '❔' };

const code = (text: string): EvidencePart => ({ code: text });
const day = (iso: string | undefined): string | undefined =>
  iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : undefined;

function item(id: ChecklistId, status: ChecklistStatus, ...evidence: EvidencePart[]): ChecklistItem {
  return { id, title: CHECKLIST_TITLES[id], status, evidence };
}

function gate(report: Report, id: string): GateSummary | undefined {
  return report.gates.find((g) => g.gate === id);
}

function blocking(report: Report, id: string): number {
  return report.findings.filter((f) => f.gate === id && f.severity === 'error').length;
}

/** A failing gate's summary, led by its blocking count unless the summary already gives it. */
function counted(report: Report, id: string, summary: string): string {
  return /blocking/.test(summary) ? summary : `${blocking(report, id)} blocking finding(s) — ${summary}`;
}

function live(facts: ChecklistFacts): ChecklistItem {
  const l = facts.live;
  if (!l)
    return item('live', 'n/a', `nothing released yet: no ${facts.environment} deployment and no release tag`);
  const since = day(l.since);
  if (l.source === 'platform') {
    return item(
      'live',
      'ok',
      code(l.releaseId),
      ` on ${facts.environment} (what ${facts.deployTarget ?? 'the platform'} runs now)`,
    );
  }
  if (facts.platform?.drift) {
    return item(
      'live',
      'problem',
      `${facts.deployTarget ?? 'the platform'} runs commit `,
      code(facts.platform.sha!.slice(0, 12)),
      `, which is no release tag (an untagged deploy); the ledger says `,
      code(l.releaseId),
    );
  }
  // The ledger knows what rollback-ready deployed; a platform that could not be asked may run something else.
  if (l.source === 'deployments' && facts.platformNotAsked) {
    return item(
      'live',
      'guess',
      code(l.releaseId),
      ` (a guess: the ledger's last ${facts.environment} deployment${since ? `, ${since}` : ''}); ${facts.deployTarget} was not asked what runs (${facts.platformNotAsked}), so an auto-deploy would not show`,
    );
  }
  if (l.source === 'deployments') {
    return item(
      'live',
      'ok',
      code(l.releaseId),
      ` on ${facts.environment}${since ? ` since ${since}` : ''} (deployment ledger)`,
    );
  }
  // The latest tag is only what was released last, not what runs: a guess until a ledger or platform says so.
  return item(
    'live',
    'guess',
    code(l.releaseId),
    ` (a guess), the latest release tag${since ? ` (${since})` : ''}; ${facts.ledgerProblem ?? 'no deployment ledger'}, so nothing says what runs`,
  );
}

function knownGood(facts: ChecklistFacts): ChecklistItem {
  const k = facts.knownGood;
  if (!k) {
    return facts.live
      ? item('known-good', 'problem', `no earlier successful release to roll back to`)
      : item('known-good', 'n/a', 'first release: nothing earlier to roll back to');
  }
  const from = k.source === 'deployments' ? 'last successful deployment' : 'latest release tag';
  if (!k.exists) {
    return item(
      'known-good',
      'problem',
      code(k.releaseId),
      ` (${from}) is not in this clone; check out with fetch-depth: 0`,
    );
  }
  const at = k.sha ? [` at `, code(k.sha.slice(0, 7))] : [];
  if (facts.deployTarget && facts.deployConfigProblem) {
    return item(
      'known-good',
      'problem',
      code(k.releaseId),
      ...at,
      ` (${from}), but ${facts.deployConfigProblem}: it cannot redeploy yet (fill it in, see docs/deploy-targets/${facts.deployTarget}.md)`,
    );
  }
  if (facts.deployTarget) {
    return k.artifact
      ? item(
          'known-good',
          'ok',
          code(k.releaseId),
          ...at,
          ` (${from}); redeploys `,
          code(k.artifact.id),
          ` on ${facts.deployTarget}, no build`,
        )
      : item(
          'known-good',
          'ok',
          code(k.releaseId),
          ...at,
          ` (${from}); no artifact recorded for it, so a rollback deploys its commit through ${facts.deployTarget} (a build)`,
        );
  }
  if (facts.deployWorkflow && facts.deployWorkflowProblem) {
    return item(
      'known-good',
      'problem',
      code(k.releaseId),
      ...at,
      ` (${from}), but `,
      code(facts.deployWorkflow),
      ` ${facts.deployWorkflowProblem}: it cannot redeploy yet (set deploy.target, see docs/deploy-targets)`,
    );
  }
  if (!facts.deployWorkflow) {
    const where: EvidencePart[] = facts.defaultBranch
      ? [' on ', code(facts.defaultBranch)]
      : [' on the default branch'];
    return item(
      'known-good',
      'problem',
      code(k.releaseId),
      ...at,
      ` (${from}), but no deploy workflow in .github/workflows`,
      ...where,
      ' to redeploy it',
    );
  }
  return item(
    'known-good',
    'ok',
    code(k.releaseId),
    ...at,
    ` (${from}); redeploys through `,
    code(facts.deployWorkflow),
    ...(facts.defaultBranch ? [' on ', code(facts.defaultBranch)] : []),
  );
}

/**
 * The stale-previous-release warning, when a gate raised it: every "safe for the previous release" verdict
 * was judged against that release, so the database answer is only as good as that choice.
 */
function staleBaseline(report: Report): string | undefined {
  return report.findings.find((f) => f.rule === 'stale-previous-release')?.message;
}

function database(report: Report): ChecklistItem {
  const answer = uncheckedSql(report, databaseAnswer(report));
  const stale = staleBaseline(report);
  if (!stale) return answer;
  // Never ✅ on a comparison with a release that may not be the one a rollback goes back to.
  return {
    ...answer,
    status: answer.status === 'ok' ? 'guess' : answer.status,
    evidence: [
      ...answer.evidence,
      `; judged against a previous release that may be the wrong one — ${stale}`,
    ],
  };
}

/** SQL outside every migration folder, or a migration in code, was not judged: never ✅ beside it (the gate's summary counts them). */
function uncheckedSql(report: Report, answer: ChecklistItem): ChecklistItem {
  const files = report.findings
    .filter((f) => f.rule === 'sql-outside-migrations' || f.rule === 'migration-not-sql')
    .map((f) => f.file ?? '');
  if (!files.length || answer.status === 'problem') return answer;
  const named = files.slice(0, 3).flatMap((file, i) => (i ? [', ', code(file)] : [code(file)]));
  return {
    ...answer,
    status: 'guess',
    evidence: [
      ...answer.evidence,
      '; not checked: ',
      ...named,
      files.length > 3 ? ` and ${files.length - 3} more` : '',
    ],
  };
}

function databaseAnswer(report: Report): ChecklistItem {
  const migrations = gate(report, 'migrations');
  const rehearsal = gate(report, 'rehearsal');
  if (!migrations) return item('database', 'n/a', 'the migrations gate did not run');
  if (migrations.status === 'fail') {
    return item('database', 'problem', `migrations: ${counted(report, 'migrations', migrations.summary)}`);
  }
  if (rehearsal?.status === 'fail') {
    return item('database', 'problem', `rehearsal: ${counted(report, 'rehearsal', rehearsal.summary)}`);
  }
  if (migrations.status === 'skipped')
    return item('database', 'n/a', `no database change: ${migrations.summary}`);
  const rehearsed =
    rehearsal?.status === 'pass'
      ? `rehearsal: ${rehearsal.summary}`
      : `not rehearsed (${rehearsal?.summary ?? 'the rehearsal gate did not run'})`;
  return item('database', 'ok', `migrations: ${migrations.summary}; ${rehearsed}`);
}

/** A restore time the backup gate may report (`backup.lastRestore` or similar), when present. */
function lastRestore(report: Report): string | undefined {
  const data = report.backup;
  if (!data || typeof data !== 'object') return undefined;
  const d = data as Record<string, unknown>;
  for (const key of ['lastRestore', 'lastRestoreAt', 'restoredAt', 'lastRestoredAt']) {
    const v = d[key];
    if (typeof v === 'string' && v) return v;
    if (v && typeof v === 'object' && typeof (v as { at?: unknown }).at === 'string')
      return (v as { at: string }).at;
  }
  return undefined;
}

function backup(report: Report): ChecklistItem {
  const g = gate(report, 'backup');
  if (!g) return item('backup', 'n/a', 'no backup evidence configured');
  const restore = lastRestore(report);
  const proven = restore ? `; last proven restore ${day(restore) ?? restore}` : '';
  if (g.status === 'fail') return item('backup', 'problem', `${g.summary}${proven}`);
  if (g.status === 'skipped') return item('backup', 'n/a', `${g.summary}${proven}`);
  return item('backup', 'ok', `${g.summary}${proven || '; no restore on record'}`);
}

function owner(facts: ChecklistFacts): ChecklistItem {
  const missing: string[] = [];
  if (!facts.owner)
    missing.push(facts.hasNote ? 'the release note names no Owner' : 'no release note names an Owner');
  if (!facts.channel) missing.push('no channel configured (checklist.channel)');
  const parts: EvidencePart[] = [];
  if (facts.owner) parts.push(`Owner ${facts.owner}`);
  if (facts.channel) parts.push(`${parts.length ? ' · ' : ''}channel ${facts.channel}`);
  if (missing.length) parts.push(`${parts.length ? '; ' : ''}${missing.join('; ')}`);
  return item('owner', missing.length ? 'problem' : 'ok', ...parts);
}

export function buildChecklist(report: Report, facts: ChecklistFacts): ChecklistItem[] {
  return [live(facts), knownGood(facts), database(report), backup(report), owner(facts)];
}

function renderEvidence(parts: readonly EvidencePart[]): string {
  return parts.map((p) => (typeof p === 'string' ? escapeMarkdown(p) : inlineCode(p.code))).join('');
}

/** Five numbered lines of Markdown; every piece of text from the repository or the note is escaped. */
export function formatChecklist(items: readonly ChecklistItem[]): string {
  const lines = items.map(
    (i, n) => `${n + 1}. ${ICON[i.status]} **${i.title}:** ${renderEvidence(i.evidence)}`,
  );
  return ['### Pre-release checklist', '', ...lines].join('\n');
}

export function checklistEntries(items: readonly ChecklistItem[]): ChecklistEntry[] {
  return items.map((i) => ({
    id: i.id,
    title: i.title,
    status: i.status,
    evidence: i.evidence.map((p) => (typeof p === 'string' ? p : p.code)).join(''),
  }));
}
