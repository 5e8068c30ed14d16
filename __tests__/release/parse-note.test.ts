import { describe, expect, it } from '@jest/globals';
import { checkNote } from '../../src/gates/notes/check-note.js';
import type { NoteExpectations } from '../../src/gates/notes/check-note.js';
import { isPlaceholder, parseNote } from '../../src/gates/notes/parse-note.js';
import { noteTemplate } from '../../src/gates/notes/template.js';
import { calverScheme } from '../../src/release/calver.js';
import { semverScheme } from '../../src/release/semver.js';

const semver = semverScheme('v');

describe('parseNote: the forms people write', () => {
  it.each([
    ['Release ID: v1.4.2', 'v1.4.2'],
    ['release id: v1.4.2', 'v1.4.2'],
    ['**Release ID:** v1.4.2', 'v1.4.2'],
    ['**Release ID**: v1.4.2', 'v1.4.2'],
    ['__Release ID:__ v1.4.2', 'v1.4.2'],
    ['- Release ID: v1.4.2', 'v1.4.2'],
    ['* **Release ID:** `v1.4.2`', 'v1.4.2'],
    ['1. Release-ID: v1.4.2', 'v1.4.2'],
    ['- [x] Release ID: v1.4.2', 'v1.4.2'],
    ['> Release ID: v1.4.2', 'v1.4.2'],
    ['| Release ID | v1.4.2 |', 'v1.4.2'],
    ['| **Release ID** | `v1.4.2` |', 'v1.4.2'],
    ['### Release ID: v1.4.2', 'v1.4.2'],
    ['Release ID: v1.4.2 <!-- the tag this release gets -->', 'v1.4.2'],
  ])('%j', (line, value) => {
    const note = parseNote(`Intro text\n\n${line}\n`);
    expect(note.fields.releaseId).toEqual(expect.objectContaining({ value, line: 3 }));
  });

  it('reads a heading followed by its line', () => {
    const note = parseNote(
      ['## Release note', '', '### Rollback', '', 'v1.4.1', '', '### Owner', '@octo-org/payments'].join('\n'),
    );
    expect(note.fields.rollback).toEqual(expect.objectContaining({ value: 'v1.4.1', line: 3 }));
    expect(note.fields.owner).toEqual(expect.objectContaining({ value: '@octo-org/payments', line: 7 }));
  });

  it('reads a list under a field name as its items', () => {
    const note = parseNote(
      ['**Watch:**', '- signup completion rate', '- 5xx on /api/checkout', '', 'Owner: @ana'].join('\n'),
    );
    expect(note.fields.watch).toEqual(
      expect.objectContaining({
        value: 'signup completion rate; 5xx on /api/checkout',
        items: ['signup completion rate', '5xx on /api/checkout'],
        line: 1,
      }),
    );
    expect(note.fields.owner?.value).toBe('@ana');
  });

  it('counts lines in CRLF bodies', () => {
    const note = parseNote('a\r\nb\r\nRollback: v1.0.0\r\n');
    expect(note.fields.rollback?.line).toBe(3);
  });

  it('only reads the marked section when the body has the marker', () => {
    const body = [
      'Release ID: v9.9.9 (mentioned in passing)',
      '<!-- rollback-ready:note -->',
      '- **Release ID:** v1.4.2',
      '<!-- /rollback-ready:note -->',
      'Rollback: v0.0.1',
    ].join('\n');
    const note = parseNote(body);
    expect(note.markerLine).toBe(2);
    expect(note.fields.releaseId).toEqual(expect.objectContaining({ value: 'v1.4.2', line: 3 }));
    expect(note.fields.rollback).toBeUndefined();
  });

  it('ignores fields inside code fences and HTML comments, and keeps the first of duplicates', () => {
    const body = [
      '```',
      'Release ID: v0.0.0',
      '```',
      '<!--',
      'Release ID: v0.0.1',
      '-->',
      'Release ID: v1.4.2',
      'Release ID: v1.4.3',
    ].join('\n');
    expect(parseNote(body).fields.releaseId).toEqual(expect.objectContaining({ value: 'v1.4.2', line: 7 }));
  });

  it('does not take ordinary prose for fields', () => {
    const note = parseNote(
      'Note: this changes nothing.\nReleased yesterday: no.\nhttps://example.com/watch: x\n',
    );
    expect(note.fields).toEqual({});
  });

  it('reads the template it prints, with every field still a placeholder', () => {
    const note = parseNote(noteTemplate());
    expect(Object.keys(note.fields).sort()).toEqual([
      'backup',
      'change',
      'killSwitch',
      'owner',
      'releaseId',
      'rollback',
      'watch',
    ]);
    for (const field of Object.values(note.fields)) expect(isPlaceholder(field.value)).toBe(true);
    const filled = parseNote(noteTemplate({ releaseId: 'v1.4.2', rollback: 'v1.4.1' }));
    expect(filled.fields.releaseId?.value).toBe('v1.4.2');
    expect(filled.fields.rollback?.value).toBe('v1.4.1');
  });
});

describe('isPlaceholder', () => {
  it.each([
    '',
    '…',
    '...',
    'TODO',
    'todo: fill in',
    'TBD',
    '<release id>',
    '[owner]',
    '{id}',
    'n/a',
    'N/A',
    '?',
    '-',
    'e.g. v1.4.2',
    'XXX',
  ])('%j is not filled in', (value) => expect(isPlaceholder(value)).toBe(true));
  it.each(['v1.4.2', '@ana', 'signup rate', 'none (first release)', 'Todoist sync works'])(
    '%j is filled in',
    (value) => expect(isPlaceholder(value)).toBe(false),
  );
});

const complete = (fields: Partial<Record<string, string>> = {}) => {
  const values = {
    'Release ID': 'v1.4.2',
    Change: 'Checkout accepts Apple Pay.',
    Watch: 'checkout completion rate',
    Rollback: 'v1.4.1',
    Owner: '@octo-org/payments',
    ...fields,
  };
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `- **${k}:** ${v}`)
    .join('\n');
};

const expectations = (extra: Partial<NoteExpectations> = {}): NoteExpectations => ({
  scheme: semver,
  allowPrerelease: false,
  latest: semver.parse('v1.4.1')!,
  knownGood: { releaseId: 'v1.4.1', source: 'tags' },
  ...extra,
});

const rulesOf = (body: string, extra: Partial<NoteExpectations> = {}) =>
  checkNote(parseNote(body), expectations(extra)).map((f) => f.rule);

describe('checkNote', () => {
  it('passes a complete, correct note', () => {
    expect(checkNote(parseNote(complete()), expectations())).toEqual([]);
  });

  it('reports a body without a note once', () => {
    const findings = checkNote(parseNote('Fixes the thing.'), expectations());
    expect(findings).toEqual([expect.objectContaining({ rule: 'note-missing', severity: 'error' })]);
    expect(findings[0]).not.toHaveProperty('line');
  });

  it('names each missing field and points unfilled ones at their line', () => {
    const findings = checkNote(parseNote(complete({ Watch: undefined, Owner: '…' })), expectations());
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'note-field-missing',
        message: 'The release note has no Watch field.',
      }),
      expect.objectContaining({
        rule: 'note-field-unfilled',
        line: 4,
        message: 'Line 4: Owner is not filled in (still "…").',
      }),
    ]);
  });

  it('puts the notes file on findings, and nothing for a PR body', () => {
    const inFile = checkNote(
      parseNote(complete({ Owner: 'ana' })),
      expectations({ file: 'RELEASE_NOTE.md' }),
    );
    expect(inFile[0]).toEqual(
      expect.objectContaining({ file: 'RELEASE_NOTE.md', line: 5, rule: 'note-owner-handle' }),
    );
    const inBody = checkNote(parseNote(complete({ Owner: 'ana' })), expectations());
    expect(inBody[0]).not.toHaveProperty('file');
  });

  it.each([
    ['v1.4', 'is not a release ID of the semver with prefix "v" (v1.4.2) scheme'],
    ['v1.4.1', 'is not after the latest release v1.4.1'],
    ['v1.3.0', 'is not after the latest release v1.4.1'],
    ['v1.5.0-rc.1', 'is a pre-release'],
  ])('Release ID %s: %s', (id, message) => {
    const [finding] = checkNote(parseNote(complete({ 'Release ID': id })), expectations());
    expect(finding).toEqual(expect.objectContaining({ rule: 'note-release-id', line: 1 }));
    expect(finding?.message).toContain(message);
  });

  it('accepts any later semver ID', () => {
    expect(rulesOf(complete({ 'Release ID': 'v2.0.0' }))).toEqual([]);
  });

  it('on a release, wants exactly its tag', () => {
    expect(rulesOf(complete({ 'Release ID': 'v1.4.3' }), { releaseTag: 'v1.4.2' })).toEqual([
      'note-release-id',
    ]);
    expect(rulesOf(complete(), { releaseTag: 'v1.4.2' })).toEqual([]);
  });

  it('for calver, wants exactly the next ID', () => {
    const calver = calverScheme('prod-YYYY-MM-DD.N');
    const base = {
      scheme: calver,
      latest: calver.parse('prod-2026-07-31.1')!,
      knownGood: { releaseId: 'prod-2026-07-31.1', source: 'tags' as const },
    };
    const body = (id: string) => complete({ 'Release ID': id, Rollback: 'prod-2026-07-31.1' });
    expect(rulesOf(body('prod-2026-07-31.2'), { ...base, exactNext: 'prod-2026-07-31.2' })).toEqual([]);
    const [finding] = checkNote(
      parseNote(body('prod-2026-07-31.3')),
      expectations({ ...base, exactNext: 'prod-2026-07-31.2' }),
    );
    expect(finding?.message).toBe(
      'Line 1: Release ID prod-2026-07-31.3 is not the next release ID prod-2026-07-31.2.',
    );
  });

  it('calls a wrong Rollback what it is, naming where the known-good release came from', () => {
    const [finding] = checkNote(
      parseNote(complete({ Rollback: 'v1.4.0' })),
      expectations({ knownGood: { releaseId: 'v1.4.1', source: 'deployments' } }),
    );
    expect(finding).toEqual(
      expect.objectContaining({
        rule: 'note-rollback-target',
        severity: 'error',
        line: 4,
        message:
          'Line 4: Rollback "v1.4.0" is not the current known-good release v1.4.1 (from the production deployments).',
      }),
    );
  });

  it('notices a Rollback that names the release itself', () => {
    const [finding] = checkNote(parseNote(complete({ Rollback: 'v1.4.2' })), expectations());
    expect(finding?.message).toContain('it names this release itself');
  });

  it('wants "none" as the rollback of a first release, and nothing else', () => {
    const first = { latest: undefined, knownGood: undefined };
    expect(rulesOf(complete({ 'Release ID': 'v1.0.0', Rollback: 'none (first release)' }), first)).toEqual(
      [],
    );
    expect(rulesOf(complete({ 'Release ID': 'v1.0.0', Rollback: 'v0.9.0' }), first)).toEqual([
      'note-rollback-target',
    ]);
    expect(rulesOf(complete({ Rollback: 'none' }))).toEqual(['note-rollback-target']);
  });

  it.each([
    ['@ana', true],
    ['@octo-org/payments', true],
    ['@ana, @bo', true],
    ['@ana and @bo', true],
    ['ana', false],
    ['Ana (payments)', false],
    ['@', false],
    ['ana@example.com', false],
  ])('Owner %j is a handle: %s', (owner, ok) => {
    expect(rulesOf(complete({ Owner: owner }))).toEqual(ok ? [] : ['note-owner-handle']);
  });

  it('warns (without blocking) about more than two things to watch and more than one sentence of change', () => {
    const findings = checkNote(
      parseNote(
        complete({ Watch: 'errors; latency; signups', Change: 'Adds Apple Pay. Also refactors the cart.' }),
      ),
      expectations(),
    );
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['note-watch-count', 'warning'],
      ['note-change-sentence', 'warning'],
    ]);
    expect(rulesOf(complete({ Change: 'Upgrades Next.js to 15.1.2 (e.g. faster builds).' }))).toEqual([]);
  });
});

describe('checkNote: a Release ID is a safe tag name before anything else', () => {
  it.each(['v1.2.0;rm -rf /', '$(id)', 'v1..2'])('%j', (id) => {
    const findings = checkNote(parseNote(complete({ 'Release ID': id })), expectations());
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'note-release-id',
        message: expect.stringContaining('is not a valid tag name'),
      }),
    ]);
  });
});
