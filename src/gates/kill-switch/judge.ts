/**
 * The kill-switch gate's decisions, pure: from the change, the note's field and the manifest (all read
 * before, in read-facts.ts) to findings and the report's data. Tested without git or files.
 */
import type { Finding } from '../../core/finding.js';
import { isPlaceholder } from '../notes/parse-note.js';
import { DEFAULT_EXCLUDE, globMatcher, resolveAreas } from './areas.js';
import type { KillSwitchConfig } from './config.js';
import { detectRisk, findKeyInAdded, newSchemaFrom, parseKillSwitchValue } from './detect.js';
import type { KillSwitchValue, RiskyFile } from './detect.js';
import { MANIFEST_CANDIDATES } from './manifest.js';
import type { ChangeRead, ManifestLookup, NoteRead } from './read-facts.js';
import { killSwitchDocs } from './rules.js';
import type { KillSwitchRule } from './rules.js';
import { describeArea, diffCut, listFiles, riskWhere } from './wording.js';

/** The `killSwitch` field of the JSON report. */
export interface KillSwitchData {
  /** Risky files and the areas they touch. */
  risky: { file: string; areas: string[] }[];
  /** The same, by area: what each finding of the gate is about. */
  areas?: RiskyArea[];
  /** What the note names: flag keys, or none with its reason. */
  flags?: string[];
  none?: string;
  /** The flag manifest read, when there is one. */
  manifest?: string;
}

/** One risky area of a change and the files that put the change in it. */
export interface RiskyArea {
  area: string;
  title: string;
  files: { file: string; line?: number; reasons: string[] }[];
}

/** Risky files regrouped by area: one flag covers an area, so each area is one finding, not each file. */
export function riskyAreas(risky: readonly RiskyFile[]): RiskyArea[] {
  const areas = new Map<string, RiskyArea>();
  for (const r of risky) {
    for (const hit of r.areas) {
      let area = areas.get(hit.area);
      if (!area) {
        area = { area: hit.area, title: hit.title, files: [] };
        areas.set(hit.area, area);
      }
      area.files.push({
        file: r.file,
        ...(r.line !== undefined ? { line: r.line } : {}),
        reasons: hit.reasons,
      });
    }
  }
  return [...areas.values()];
}

/** Which changed files are risky, and which files never count (flags are not looked for in them either). */
export interface RiskJudgement {
  risky: RiskyFile[];
  excluded: (path: string) => boolean;
  changedFiles: number;
  /** The diff was cut at its size cap: only its beginning was judged. */
  truncated: boolean;
}

export function judgeRisk(config: KillSwitchConfig, change: ChangeRead): RiskJudgement {
  const manifestPaths = config.manifest ? [config.manifest] : [...MANIFEST_CANDIDATES];
  const excluded = globMatcher([...DEFAULT_EXCLUDE, ...config.exclude, ...manifestPaths]);
  const risky = detectRisk({
    files: change.files,
    added: change.added.files,
    areas: resolveAreas(config),
    excluded,
    schema: newSchemaFrom(change.added.files),
  });
  return { risky, excluded, changedFiles: change.files.length, truncated: change.added.truncated };
}

/** What the note's `Kill switch:` field says. */
export function killSwitchValue(note: NoteRead): KillSwitchValue {
  return parseKillSwitchValue(note.field?.value, isPlaceholder);
}

/** What the gate concluded, for the summary line. */
export type KillSwitchState =
  | { kind: 'no-risk' }
  | { kind: 'missing' }
  | { kind: 'none-refused' }
  | { kind: 'none-unexplained' }
  | { kind: 'none-accepted'; reason: string }
  /** One state per flag key (`new-checkout: declared off in flags.json`). */
  | { kind: 'flags'; states: string[]; blocked: boolean };

export interface KillSwitchVerdict {
  findings: Finding[];
  data: KillSwitchData;
  state: KillSwitchState;
}

export interface KillSwitchFacts {
  config: KillSwitchConfig;
  risk: RiskJudgement;
  /** The diff's added lines: a named flag must be checked on one of them. */
  added: ChangeRead['added'];
  note: NoteRead;
  value: KillSwitchValue;
  /** Looked up only when the note names flags; `none` otherwise. */
  manifest?: ManifestLookup;
}

function finding(
  rule: KillSwitchRule,
  severity: Finding['severity'],
  fields: Omit<Finding, 'gate' | 'rule' | 'severity' | 'docs'>,
): Finding {
  return { gate: 'kill-switch', rule, severity, ...fields, docs: killSwitchDocs(rule) };
}

function noteWhere(note: NoteRead): Pick<Finding, 'file' | 'line'> {
  return note.text?.file ? { file: note.text.file, ...(note.field ? { line: note.field.line } : {}) } : {};
}

/**
 * A change to a risky area must name a flag in the release note that is checked in the added code and,
 * when the project has a flag manifest, declared there defaulting to off.
 */
export function judgeKillSwitch(facts: KillSwitchFacts): KillSwitchVerdict {
  const { config, risk, note, value } = facts;
  const risky = risk.risky;
  if (!risky.length) return { findings: [], data: { risky: [] }, state: { kind: 'no-risk' } };
  const byArea = riskyAreas(risky);
  const data: KillSwitchData = {
    risky: risky.map((r) => ({ file: r.file, areas: r.areas.map((a) => a.area) })),
    areas: byArea,
  };
  const where = riskWhere(risky);
  const findings: Finding[] = [];

  if (value.kind === 'missing') {
    const what = !note.text
      ? 'there is no release note (pull request body) to name one'
      : value.placeholder
        ? `the note's Kill switch field is not filled in (${JSON.stringify(note.field?.value ?? '')})`
        : 'the release note names no kill switch';
    // One flag per area is the fix, so one finding per area, naming its files; it points at the
    // first file's first risky line, where an annotation lands on the diff.
    for (const area of byArea) {
      const first = area.files[0]!;
      findings.push(
        finding('kill-switch-missing', 'error', {
          file: first.file,
          ...(first.line !== undefined ? { line: first.line } : {}),
          object: `area "${area.area}"`,
          message: `This change touches ${area.title} in ${area.files.length} file(s): ${describeArea(area)}; but ${what}: it cannot be switched off without a deploy.`,
          help: `Put the new ${area.title} code behind a flag that defaults to off and name it in the note: "Kill switch: <flag-key>"${config['allow-none'] ? ', or "Kill switch: none: <reason>"' : ''}.`,
        }),
      );
    }
    return { findings, data, state: { kind: 'missing' } };
  }

  if (value.kind === 'none') {
    data.none = value.reason;
    if (!config['allow-none']) {
      findings.push(
        finding('kill-switch-none', 'error', {
          ...noteWhere(note),
          message: `The note says "Kill switch: none${value.reason ? `: ${value.reason}` : ''}", but this repository requires a flag for ${where} (${listFiles(risky)}).`,
          help: 'Name a flag that defaults to off, or set kill-switch.allow-none: true to accept a stated reason.',
        }),
      );
      return { findings, data, state: { kind: 'none-refused' } };
    }
    if (!value.reason) {
      findings.push(
        finding('kill-switch-none', 'error', {
          ...noteWhere(note),
          message: `The note says "Kill switch: none" without a reason, for ${where} (${listFiles(risky)}).`,
          help: 'Say why no flag is needed: "Kill switch: none: <reason>".',
        }),
      );
      return { findings, data, state: { kind: 'none-unexplained' } };
    }
    findings.push(
      finding('kill-switch-none', 'notice', {
        ...noteWhere(note),
        message: `No kill switch for ${where} (${listFiles(risky)}); the note's reason: ${value.reason}`,
      }),
    );
    return { findings, data, state: { kind: 'none-accepted', reason: value.reason } };
  }

  data.flags = value.keys;
  const lookup = facts.manifest ?? { kind: 'none' };
  if (lookup.kind === 'unreadable') {
    findings.push(
      finding('kill-switch-manifest-invalid', 'error', {
        file: lookup.file,
        message: `The flag manifest ${lookup.file} cannot be read: ${lookup.problem}.`,
        help: 'Fix the file, or point kill-switch.manifest at the right one (OpenFeature manifest, flagd definitions or a JSON object of flag defaults).',
      }),
    );
  } else if (lookup.kind === 'configured-missing') {
    findings.push(
      finding('kill-switch-manifest-invalid', 'error', {
        message: `kill-switch.manifest is ${lookup.path}, but there is no such file at the checked commit.`,
        help: 'Commit the manifest, or correct kill-switch.manifest in .github/rollback-ready.yml.',
      }),
    );
  }
  const manifest = lookup.kind === 'found' ? lookup.manifest : undefined;
  if (manifest) data.manifest = manifest.file;
  const envFlags = new Set(config['env-flags']);
  const states: string[] = [];
  for (const key of value.keys) {
    const inCode = findKeyInAdded(key, facts.added.files, risk.excluded);
    if (!inCode) {
      findings.push(
        finding('kill-switch-not-in-code', 'error', {
          ...noteWhere(note),
          message: `The note names the kill switch "${key}", but no added line of code checks it; the risky change (${listFiles(risky)}) would run whatever the flag says.${diffCut(risk)}`,
          help: `Guard the new code with the flag, spelled exactly as in the note (${/^[A-Z][A-Z0-9_]*$/.test(key) ? `process.env.${key}` : `isEnabled('${key}')`}), or correct the key in the note.`,
        }),
      );
      states.push(`${key}: not in the added code`);
      continue;
    }
    if (envFlags.has(key)) {
      states.push(`${key}: env flag, off when unset`);
      continue;
    }
    if (!manifest) {
      states.push(`${key}: checked at ${inCode.file}:${inCode.line}`);
      continue;
    }
    const declared = manifest.flags.get(key);
    if (!declared) {
      findings.push(
        finding('kill-switch-undeclared', 'error', {
          file: manifest.file,
          message: `The kill switch "${key}" is not declared in the flag manifest ${manifest.file}, so nothing says what it does by default.`,
          help: `Declare "${key}" in ${manifest.file} with a default that is off (defaultValue: false, or defaultVariant naming a false variant)${envFlags.size ? ', or list it in kill-switch.env-flags' : ''}.`,
        }),
      );
      states.push(`${key}: not declared`);
    } else if (!declared.off) {
      findings.push(
        finding('kill-switch-default-on', 'error', {
          file: manifest.file,
          line: declared.defaultLine,
          message: `The kill switch "${key}" defaults to ${declared.defaultText} in ${manifest.file}: the risky change is on as soon as it ships, so switching it off is a new change too.`,
          help: 'Make the default off (false), ship, then turn the flag on where you choose.',
        }),
      );
      states.push(`${key}: defaults on`);
    } else {
      states.push(`${key}: declared off in ${manifest.file}`);
    }
  }
  const blocked = findings.some((f) => f.severity === 'error');
  return { findings, data, state: { kind: 'flags', states, blocked } };
}
