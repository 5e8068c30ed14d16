import type { Finding, Severity } from '../../core/finding.js';
import { refNameProblem } from '../../release/names.js';
import type { ReleaseId, ReleaseScheme } from '../../release/release-id.js';
import { ruleDocsUrl as ruleDocs } from '../../core/tool.js';
import { NOTE_FIELDS, isPlaceholder } from './parse-note.js';
import type { NoteField, ParsedNote } from './parse-note.js';
import type { NotesRuleId } from './rules.js';

/** Where the known-good release came from, for messages. */
export type KnownGoodSource = 'deployments' | 'tags';

export interface KnownGood {
  releaseId: string;
  source: KnownGoodSource;
}

/** What a correct note must say, worked out from git, the ledger and config before the check. */
export interface NoteExpectations {
  scheme: ReleaseScheme;
  allowPrerelease: boolean;
  /** The newest production release (the note's Release ID must come after it). */
  latest?: ReleaseId;
  /** calver: the one ID the next release must have. */
  exactNext?: string;
  /** On a GitHub release: its tag (the note must name exactly it). */
  releaseTag?: string;
  /** The release to go back to; undefined when nothing was released yet. */
  knownGood?: KnownGood;
  /** The notes file, relative to the repository root; undefined for a PR or release body. */
  file?: string;
}

const HANDLE = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$/;

/** Check a parsed note against what it must say. Pure: every fact arrives in `expect`. */
export function checkNote(note: ParsedNote, expect: NoteExpectations): Finding[] {
  const findings: Finding[] = [];
  const add = (
    rule: NotesRuleId,
    line: number | undefined,
    message: string,
    help: string,
    severity: Severity = 'error',
  ) =>
    findings.push({
      gate: 'notes',
      rule,
      severity,
      ...(expect.file ? { file: expect.file } : {}),
      ...(line ? { line } : {}),
      // A PR or release body has no file to point into, so the line goes into the message.
      message: !expect.file && line ? `Line ${line}: ${message}` : message,
      help,
      docs: ruleDocs(rule),
    });

  for (const problem of note.problems ?? []) {
    add(
      'note-ambiguous',
      problem.line,
      `The release note is ambiguous: ${problem.message}.`,
      'A note says each thing once, in one marked section outside code blocks, so the gate checks what reviewers read.',
    );
  }

  const present = NOTE_FIELDS.filter((f) => note.fields[f.key]);
  if (!present.length) {
    add(
      'note-missing',
      note.markerLine,
      'No release note found: it needs Release ID, Change, Watch, Rollback and Owner.',
      'Paste the note from "rollback-ready notes draft" (Release ID and Rollback come filled in), or add the template section to .github/pull_request_template.md with "rollback-ready init".',
    );
    return findings;
  }

  const filled = new Map<string, NoteField>();
  for (const spec of NOTE_FIELDS) {
    const field = note.fields[spec.key];
    if (!field) {
      if (spec.required) {
        add(
          'note-field-missing',
          note.markerLine,
          `The release note has no ${spec.label} field.`,
          helpFor(spec.key),
        );
      }
      continue;
    }
    if (isPlaceholder(field.value)) {
      if (spec.required) {
        add(
          'note-field-unfilled',
          field.line,
          `${spec.label} is not filled in (${describeValue(field.value)}).`,
          helpFor(spec.key),
        );
      }
      continue;
    }
    filled.set(spec.key, field);
  }

  const releaseField = filled.get('releaseId');
  if (releaseField) checkReleaseId(releaseField, expect, add);

  const rollback = filled.get('rollback');
  if (rollback) checkRollback(rollback, releaseField?.value, expect, add);

  const owner = filled.get('owner');
  if (owner) {
    const handles = owner.value.split(/[\s,;]+|\band\b/).filter(Boolean);
    const bad = handles.filter((h) => !HANDLE.test(h));
    if (!handles.length || bad.length) {
      add(
        'note-owner-handle',
        owner.line,
        `Owner ${JSON.stringify(owner.value)} is not a GitHub handle: write @user or @org/team.`,
        'Name the person or team who watches this release and decides on a rollback, as a handle GitHub can notify.',
      );
    }
  }

  const watch = filled.get('watch');
  if (watch && watch.value.split(/;/).filter((s) => s.trim()).length > 2) {
    add(
      'note-watch-count',
      watch.line,
      'Watch lists more than two things; name the one or two metrics or user actions that show this release is fine.',
      'Pick the signal you would roll back on, e.g. "signup completion rate; 5xx on /api/checkout".',
      'warning',
    );
  }

  const change = filled.get('change');
  if (change && sentenceCount(change.value) > 1) {
    add(
      'note-change-sentence',
      change.line,
      'Change is more than one sentence; say what changes for users in one.',
      'Put details in the pull request description; the note is read in an incident.',
      'warning',
    );
  }
  return findings;
}

type Add = (
  rule: NotesRuleId,
  line: number | undefined,
  message: string,
  help: string,
  severity?: Severity,
) => void;

function checkReleaseId(field: NoteField, expect: NoteExpectations, add: Add): void {
  const value = field.value.replace(/\.$/, '');
  // Workflows pass the Release ID on (tag verify, outputs): it must be a safe tag name first of all.
  const unsafe = refNameProblem(value);
  if (unsafe) {
    add(
      'note-release-id',
      field.line,
      `Release ID ${JSON.stringify(value)} is not a valid tag name: ${unsafe}.`,
      'Write the ID this release gets, e.g. v1.4.2; "rollback-ready tag next" prints it.',
    );
    return;
  }
  const id = expect.scheme.parse(value);
  if (!id) {
    add(
      'note-release-id',
      field.line,
      `Release ID ${JSON.stringify(value)} is not a release ID of the ${expect.scheme.label} scheme.`,
      `Write the ID this release gets; "rollback-ready tag next" prints it.`,
    );
    return;
  }
  if (expect.releaseTag !== undefined) {
    if (value !== expect.releaseTag) {
      add(
        'note-release-id',
        field.line,
        `Release ID ${value} does not match the release's tag ${expect.releaseTag}.`,
        `Write Release ID: ${expect.releaseTag} in the release body.`,
      );
    }
    return;
  }
  if (id.prerelease && !expect.allowPrerelease) {
    add(
      'note-release-id',
      field.line,
      `Release ID ${value} is a pre-release, and pre-releases are not production releases here.`,
      'Name a production release, or set tagging.allow-prerelease: true.',
    );
    return;
  }
  if (expect.exactNext !== undefined && value !== expect.exactNext) {
    add(
      'note-release-id',
      field.line,
      `Release ID ${value} is not the next release ID ${expect.exactNext}.`,
      `Write Release ID: ${expect.exactNext} (calver IDs count releases within the UTC day, from 1).`,
    );
    return;
  }
  if (expect.latest && expect.scheme.compare(id, expect.latest) <= 0) {
    add(
      'note-release-id',
      field.line,
      `Release ID ${value} is not after the latest release ${expect.latest.name}.`,
      'Use the next ID; "rollback-ready tag next" prints it.',
    );
  }
}

function checkRollback(
  field: NoteField,
  releaseId: string | undefined,
  expect: NoteExpectations,
  add: Add,
): void {
  const value = field.value.replace(/\.$/, '');
  const target = expect.knownGood;
  if (!target) {
    if (!/^none\b/i.test(value)) {
      add(
        'note-rollback-target',
        field.line,
        `Rollback ${value} names a release, but there is no earlier production release to go back to.`,
        'For the first release write "Rollback: none (first release)".',
      );
    }
    return;
  }
  if (value === target.releaseId) return;
  const from = target.source === 'deployments' ? 'the production deployments' : 'the latest release tag';
  const same = releaseId !== undefined && value === releaseId.replace(/\.$/, '');
  add(
    'note-rollback-target',
    field.line,
    `Rollback ${JSON.stringify(value)} is not the current known-good release ${target.releaseId} (from ${from})${same ? '; it names this release itself' : ''}.`,
    `Write Rollback: ${target.releaseId}. A wrong rollback target sends an incident to the wrong code.`,
  );
}

function helpFor(key: string): string {
  switch (key) {
    case 'releaseId':
      return 'Write the ID this release gets, e.g. "Release ID: v1.4.2"; "rollback-ready notes draft" fills it in.';
    case 'change':
      return 'One sentence on what changes for users, e.g. "Change: checkout accepts Apple Pay".';
    case 'watch':
      return 'One or two metrics or user actions that show the release is fine, e.g. "Watch: checkout completion rate".';
    case 'rollback':
      return 'The release to go back to if this one misbehaves; "rollback-ready notes draft" fills it in.';
    case 'owner':
      return 'Who watches this release and decides on a rollback: @user or @org/team.';
    default:
      return 'Fill in the field or remove it.';
  }
}

function describeValue(value: string): string {
  return value.trim() === ''
    ? 'empty'
    : `still ${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)}`;
}

/** Sentences in a line, ignoring dots in versions, abbreviations and URLs. */
function sentenceCount(text: string): number {
  const plain = text
    .replace(/https?:\/\/\S+/g, 'URL')
    .replace(/\b(?:e\.g|i\.e|etc|vs|approx)\./gi, 'x')
    .replace(/\d+(?:\.\d+)+/g, '0');
  return plain.split(/[.!?]+(?:\s+|$)/).filter((s) => s.trim()).length;
}
