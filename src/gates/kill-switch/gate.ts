import { readFileSync, statSync } from 'node:fs';
import type { Finding } from '../../core/finding.js';
import { readablePathInsideRepo } from '../../git/inside-repo.js';
import type { GateOutcome } from '../../core/gate.js';
import type { Gate, GateContext } from '../gate.js';
import type { AddedLines } from '../../git/git.js';
import { noteOf } from '../notes/gate.js';
import { isPlaceholder, parseNote } from '../notes/parse-note.js';
import type { NoteField } from '../notes/parse-note.js';
import type { NoteText } from '../notes/source.js';
import { DEFAULT_EXCLUDE, globMatcher, resolveAreas } from './areas.js';
import type { KillSwitchConfig } from './config.js';
import { detectRisk, findKeyInAdded, newSchemaFrom, parseKillSwitchValue } from './detect.js';
import type { RiskyFile } from './detect.js';
import { MANIFEST_CANDIDATES, parseManifest } from './manifest.js';
import type { FlagManifest } from './manifest.js';
import { killSwitchDocs } from './rules.js';
import type { KillSwitchRule } from './rules.js';

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

const MAX_MANIFEST_BYTES = 1024 * 1024;
/** Files named in one area's finding; the JSON report's `killSwitch.areas` lists every one. */
const MAX_FILES_NAMED = 10;

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

function describeArea(area: RiskyArea): string {
  const named = area.files
    .slice(0, MAX_FILES_NAMED)
    .map((f) => `${f.file}${f.line !== undefined ? `:${f.line}` : ''} (${f.reasons.join('; ')})`);
  const more = area.files.length - MAX_FILES_NAMED;
  return `${named.join(', ')}${more > 0 ? ` and ${more} more file(s)` : ''}`;
}

function finding(
  rule: KillSwitchRule,
  severity: Finding['severity'],
  fields: Omit<Finding, 'gate' | 'rule' | 'severity' | 'docs'>,
): Finding {
  return { gate: 'kill-switch', rule, severity, ...fields, docs: killSwitchDocs(rule) };
}

/** A file at head: from the work tree in a local run, else from the head commit; capped and text only. */
async function readAtHead(ctx: GateContext, path: string): Promise<string | { problem: string } | undefined> {
  if (ctx.worktree) {
    const full = readablePathInsideRepo(ctx.git.root, path, `kill-switch manifest ${path}`);
    if (full === undefined) return undefined;
    try {
      const stat = statSync(full);
      if (!stat.isFile()) return undefined;
      if (stat.size > MAX_MANIFEST_BYTES)
        return { problem: `${stat.size} bytes is more than the ${MAX_MANIFEST_BYTES}-byte limit` };
      const bytes = readFileSync(full);
      return bytes.includes(0) ? { problem: 'binary content' } : bytes.toString('utf8');
    } catch {
      return undefined;
    }
  }
  const read = await ctx.git.readBytesCapped(ctx.head, path, MAX_MANIFEST_BYTES);
  if (!read) return undefined;
  if ('tooLarge' in read)
    return { problem: `${read.size} bytes is more than the ${MAX_MANIFEST_BYTES}-byte limit` };
  return read.bytes.includes(0) ? { problem: 'binary content' } : read.bytes.toString('utf8');
}

/** The configured manifest, else the first well-known one present; a configured one that is missing is a finding. */
async function loadManifest(
  ctx: GateContext,
  config: KillSwitchConfig,
): Promise<{ manifest?: FlagManifest; findings: Finding[] }> {
  const candidates = config.manifest ? [config.manifest] : MANIFEST_CANDIDATES;
  for (const path of candidates) {
    const text = await readAtHead(ctx, path);
    if (text === undefined) continue;
    const parsed = typeof text === 'string' ? parseManifest(path, text) : text;
    if ('problem' in parsed) {
      return {
        findings: [
          finding('kill-switch-manifest-invalid', 'error', {
            file: path,
            message: `The flag manifest ${path} cannot be read: ${parsed.problem}.`,
            help: 'Fix the file, or point kill-switch.manifest at the right one (OpenFeature manifest, flagd definitions or a JSON object of flag defaults).',
          }),
        ],
      };
    }
    return { manifest: parsed, findings: [] };
  }
  if (config.manifest) {
    return {
      findings: [
        finding('kill-switch-manifest-invalid', 'error', {
          message: `kill-switch.manifest is ${config.manifest}, but there is no such file at the checked commit.`,
          help: 'Commit the manifest, or correct kill-switch.manifest in .github/rollback-ready.yml.',
        }),
      ],
    };
  }
  return { findings: [] };
}

function listFiles(risky: readonly RiskyFile[], max = 5): string {
  const shown = risky.slice(0, max).map((r) => r.file);
  return risky.length > max ? `${shown.join(', ')} and ${risky.length - max} more` : shown.join(', ');
}

function areaNames(risky: readonly RiskyFile[]): string {
  return [...new Set(risky.flatMap((r) => r.areas.map((a) => a.title)))].join(', ');
}

function noteWhere(text: NoteText | undefined, field: NoteField | undefined): Pick<Finding, 'file' | 'line'> {
  return text?.file ? { file: text.file, ...(field ? { line: field.line } : {}) } : {};
}

/** Added lines from base to head (or the work tree), and the changed paths. */
async function readChange(ctx: GateContext, base: string): Promise<{ files: string[]; added: AddedLines }> {
  const head = ctx.worktree ? undefined : ctx.head;
  const [changed, added] = await Promise.all([
    ctx.git.changedFiles(base, head),
    ctx.git.diffAddedLines(base, head),
  ]);
  return { files: changed.map((c) => c.path), added };
}

/**
 * The kill-switch gate: a change to a risky area (auth, payments, new data writes, integrations) must
 * name a flag in the release note (`Kill switch: new-checkout`) that is checked in the added code and,
 * when the project has a flag manifest, declared there defaulting to off.
 */
export const killSwitchGate: Gate = {
  id: 'kill-switch',
  title: 'kill switch',
  async run(ctx): Promise<GateOutcome> {
    const config = ctx.settings.config['kill-switch'];
    if (!config.enabled) return { findings: [], summary: 'off (kill-switch.enabled: false)', skipped: true };
    if (!ctx.base)
      return { findings: [], summary: 'no base to compare with (pass --base REF)', skipped: true };

    const { files, added } = await readChange(ctx, ctx.base);
    const manifestPaths = config.manifest ? [config.manifest] : [...MANIFEST_CANDIDATES];
    const excluded = globMatcher([...DEFAULT_EXCLUDE, ...config.exclude, ...manifestPaths]);
    const risky = detectRisk({
      files,
      added: added.files,
      areas: resolveAreas(config),
      excluded,
      schema: newSchemaFrom(added.files),
    });
    const cut = added.truncated
      ? ' (the diff was larger than the size cap; only its beginning was read)'
      : '';
    if (!risky.length) {
      return {
        findings: [],
        summary: `no risky area touched (auth, payments, new data writes, integrations) in ${files.length} changed file(s)${cut}`,
        data: { killSwitch: { risky: [] } satisfies KillSwitchData },
      };
    }

    const text = await noteOf(ctx);
    const field = text ? parseNote(text.body).fields.killSwitch : undefined;
    const value = parseKillSwitchValue(field?.value, isPlaceholder);
    const byArea = riskyAreas(risky);
    const data: KillSwitchData = {
      risky: risky.map((r) => ({ file: r.file, areas: r.areas.map((a) => a.area) })),
      areas: byArea,
    };
    const areas = areaNames(risky);
    const where = `${areas} in ${risky.length} file(s)`;
    const findings: Finding[] = [];

    if (value.kind === 'missing') {
      const what = !text
        ? 'there is no release note (pull request body) to name one'
        : value.placeholder
          ? `the note's Kill switch field is not filled in (${JSON.stringify(field?.value ?? '')})`
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
      return { findings, summary: `${where}; no kill switch named`, data: { killSwitch: data } };
    }

    if (value.kind === 'none') {
      data.none = value.reason;
      if (!config['allow-none']) {
        findings.push(
          finding('kill-switch-none', 'error', {
            ...noteWhere(text, field),
            message: `The note says "Kill switch: none${value.reason ? `: ${value.reason}` : ''}", but this repository requires a flag for ${where} (${listFiles(risky)}).`,
            help: 'Name a flag that defaults to off, or set kill-switch.allow-none: true to accept a stated reason.',
          }),
        );
        return { findings, summary: `${where}; "none" is not allowed`, data: { killSwitch: data } };
      }
      if (!value.reason) {
        findings.push(
          finding('kill-switch-none', 'error', {
            ...noteWhere(text, field),
            message: `The note says "Kill switch: none" without a reason, for ${where} (${listFiles(risky)}).`,
            help: 'Say why no flag is needed: "Kill switch: none: <reason>".',
          }),
        );
        return { findings, summary: `${where}; "none" without a reason`, data: { killSwitch: data } };
      }
      findings.push(
        finding('kill-switch-none', 'notice', {
          ...noteWhere(text, field),
          message: `No kill switch for ${where} (${listFiles(risky)}); the note's reason: ${value.reason}`,
        }),
      );
      return {
        findings,
        summary: `${where}; no kill switch, accepted: ${value.reason}`,
        data: { killSwitch: data },
      };
    }

    data.flags = value.keys;
    const loaded = await loadManifest(ctx, config);
    findings.push(...loaded.findings);
    const manifest = loaded.manifest;
    if (manifest) data.manifest = manifest.file;
    const envFlags = new Set(config['env-flags']);
    const states: string[] = [];
    for (const key of value.keys) {
      const inCode = findKeyInAdded(key, added.files, excluded);
      if (!inCode) {
        findings.push(
          finding('kill-switch-not-in-code', 'error', {
            ...noteWhere(text, field),
            message: `The note names the kill switch "${key}", but no added line of code checks it; the risky change (${listFiles(risky)}) would run whatever the flag says.${cut}`,
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
    return {
      findings,
      summary: `${where}; kill switch ${states.join('; ')}${blocked ? '' : ' — can be switched off without a deploy'}${cut}`,
      data: { killSwitch: data },
    };
  },
};
