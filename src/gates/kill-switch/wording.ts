/** How the kill-switch gate names what it found: file lists, areas, and its one-line summary. Pure. */
import type { RiskyFile } from './detect.js';
import type { KillSwitchState, RiskJudgement, RiskyArea } from './judge.js';

/** Files named in one area's finding; the JSON report's `killSwitch.areas` lists every one. */
const MAX_FILES_NAMED = 10;

export function describeArea(area: RiskyArea): string {
  const named = area.files
    .slice(0, MAX_FILES_NAMED)
    .map((f) => `${f.file}${f.line !== undefined ? `:${f.line}` : ''} (${f.reasons.join('; ')})`);
  const more = area.files.length - MAX_FILES_NAMED;
  return `${named.join(', ')}${more > 0 ? ` and ${more} more file(s)` : ''}`;
}

export function listFiles(risky: readonly RiskyFile[], max = 5): string {
  const shown = risky.slice(0, max).map((r) => r.file);
  return risky.length > max ? `${shown.join(', ')} and ${risky.length - max} more` : shown.join(', ');
}

function areaNames(risky: readonly RiskyFile[]): string {
  return [...new Set(risky.flatMap((r) => r.areas.map((a) => a.title)))].join(', ');
}

/** `payments, authentication in 3 file(s)`. */
export function riskWhere(risky: readonly RiskyFile[]): string {
  return `${areaNames(risky)} in ${risky.length} file(s)`;
}

/** Said wherever a conclusion rests on the added lines, when only the diff's beginning was read. */
export function diffCut(risk: Pick<RiskJudgement, 'truncated'>): string {
  return risk.truncated ? ' (the diff was larger than the size cap; only its beginning was read)' : '';
}

export function killSwitchSummary(risk: RiskJudgement, state: KillSwitchState): string {
  const cut = diffCut(risk);
  if (state.kind === 'no-risk')
    return `no risky area touched (auth, payments, new data writes, integrations) in ${risk.changedFiles} changed file(s)${cut}`;
  const where = riskWhere(risk.risky);
  switch (state.kind) {
    case 'missing':
      return `${where}; no kill switch named`;
    case 'none-refused':
      return `${where}; "none" is not allowed`;
    case 'none-unexplained':
      return `${where}; "none" without a reason`;
    case 'none-accepted':
      return `${where}; no kill switch, accepted: ${state.reason}`;
    case 'flags':
      return `${where}; kill switch ${state.states.join('; ')}${state.blocked ? '' : ' — can be switched off without a deploy'}${cut}`;
  }
}
