import { describe, expect, it } from '@jest/globals';
import { calverFormatProblem, calverScheme } from '../../src/release/calver.js';
import { bumpFromCommits, bumpOfCommit } from '../../src/release/conventional.js';
import { patternProblem, patternScheme } from '../../src/release/pattern.js';
import type { ReleaseId, ReleaseScheme } from '../../src/release/release-id.js';
import { releasesIn } from '../../src/release/schemes.js';
import { semverScheme } from '../../src/release/semver.js';

const at = (iso: string) => new Date(iso);
const ids = (scheme: ReleaseScheme, names: string[]): ReleaseId[] => names.map((n) => scheme.parse(n)!);

describe('semver scheme', () => {
  const scheme = semverScheme('v');

  it.each([
    ['v1.4.2', [1, 4, 2], false],
    ['v0.0.1', [0, 0, 1], false],
    ['v10.20.30', [10, 20, 30], false],
    ['v1.5.0-rc.1', [1, 5, 0], true],
  ])('reads %s', (name, parts, prerelease) => {
    expect(scheme.parse(name)).toEqual({ name, parts, prerelease });
  });

  it.each([
    '1.4.2',
    'v1.4',
    'v01.4.2',
    'vv1.4.2',
    'v1.4.2+build.7',
    'v=1.4.2',
    'v1.4.2 ',
    'release-1.4.2',
    'V1.4.2',
  ])('rejects %s', (name) => {
    expect(scheme.parse(name)).toBeUndefined();
  });

  it('uses the configured prefix, including none', () => {
    expect(semverScheme('release-').parse('release-2.0.0')?.parts).toEqual([2, 0, 0]);
    expect(semverScheme('').parse('2.0.0')?.parts).toEqual([2, 0, 0]);
    expect(semverScheme('').parse('v2.0.0')).toBeUndefined();
  });

  it('orders numerically, with pre-releases before their release', () => {
    const sorted = ids(scheme, ['v1.10.0', 'v1.2.0', 'v1.9.9', 'v1.10.0-rc.1', 'v0.9.0']).sort((a, b) =>
      scheme.compare(a, b),
    );
    expect(sorted.map((i) => i.name)).toEqual(['v0.9.0', 'v1.2.0', 'v1.9.9', 'v1.10.0-rc.1', 'v1.10.0']);
  });

  it.each([
    ['patch', 'v1.4.3'],
    ['minor', 'v1.5.0'],
    ['major', 'v2.0.0'],
  ] as const)('bumps %s', (bump, expected) => {
    expect(scheme.next(scheme.parse('v1.4.2'), { bump, now: at('2026-07-31T12:00:00Z'), taken: [] })).toBe(
      expected,
    );
  });

  it('starts at 1.0.0', () => {
    expect(scheme.next(undefined, { bump: 'minor', now: new Date(), taken: [] })).toBe('v1.0.0');
  });

  it('keeps pre-releases out of production releases unless allowed', () => {
    const names = ['v1.0.0', 'v1.1.0-rc.1', 'not-a-tag', 'v1.0.1'];
    expect(releasesIn(scheme, names, false).map((r) => r.name)).toEqual(['v1.0.0', 'v1.0.1']);
    expect(releasesIn(scheme, names, true).map((r) => r.name)).toEqual(['v1.0.0', 'v1.0.1', 'v1.1.0-rc.1']);
  });
});

describe('calver scheme', () => {
  const scheme = calverScheme('prod-YYYY-MM-DD.N');

  it.each([
    ['prod-2026-07-31.1', [2026, 7, 31, 1], '2026-07-31'],
    ['prod-2026-07-31.12', [2026, 7, 31, 12], '2026-07-31'],
    ['prod-2024-02-29.1', [2024, 2, 29, 1], '2024-02-29'],
  ])('reads %s', (name, parts, day) => {
    expect(scheme.parse(name)).toEqual({ name, parts, prerelease: false, day });
  });

  it.each([
    'prod-2026-7-31.1',
    'prod-2026-07-31.0',
    'prod-2026-07-31',
    'prod-2026-13-01.1',
    'prod-2025-02-29.1',
    'prod-2026-07-31.01',
    'staging-2026-07-31.1',
  ])('rejects %s', (name) => {
    expect(scheme.parse(name)).toBeUndefined();
  });

  it('orders by date, then by the day counter numerically', () => {
    const sorted = ids(scheme, [
      'prod-2026-07-31.10',
      'prod-2026-07-31.2',
      'prod-2026-07-30.5',
      'prod-2026-08-01.1',
    ]).sort((a, b) => scheme.compare(a, b));
    expect(sorted.map((i) => i.name)).toEqual([
      'prod-2026-07-30.5',
      'prod-2026-07-31.2',
      'prod-2026-07-31.10',
      'prod-2026-08-01.1',
    ]);
  });

  it('starts a new day at 1, in UTC', () => {
    const latest = scheme.parse('prod-2026-07-30.3');
    // 23:30 in New York on the 30th is already the 31st in UTC.
    expect(scheme.next(latest, { bump: 'patch', now: at('2026-07-31T03:30:00Z'), taken: [] })).toBe(
      'prod-2026-07-31.1',
    );
  });

  it('counts on within the same day, past every tag of the day', () => {
    const taken = ids(scheme, ['prod-2026-07-31.1', 'prod-2026-07-31.2', 'prod-2026-07-31.4']);
    const latest = scheme.parse('prod-2026-07-31.2');
    expect(scheme.next(latest, { bump: 'patch', now: at('2026-07-31T22:00:00Z'), taken })).toBe(
      'prod-2026-07-31.5',
    );
  });

  it('refuses to go back in time when the latest release is dated after today', () => {
    expect(() =>
      scheme.next(scheme.parse('prod-2026-08-02.1'), {
        bump: 'patch',
        now: at('2026-08-01T00:00:00Z'),
        taken: [],
      }),
    ).toThrow(/dated after today/);
  });

  it('supports other formats', () => {
    const compact = calverScheme('YYYY.MM.DD-N');
    expect(compact.parse('2026.07.31-2')?.parts).toEqual([2026, 7, 31, 2]);
    expect(compact.next(undefined, { bump: 'patch', now: at('2026-07-31T10:00:00Z'), taken: [] })).toBe(
      '2026.07.31-1',
    );
    expect(calverScheme('rYY.MM.DD.N').parse('r26.07.31.1')?.day).toBe('2026-07-31');
  });

  it.each([
    ['prod-YYYY-MM-DD', 'YYYY (or YY), MM, DD and N exactly once each'],
    ['prod-YYYY-MM.N', 'YYYY (or YY), MM, DD and N exactly once each'],
    ['prod YYYY-MM-DD.N', 'only letters, digits and . _ / + - between the tokens'],
    ['prod-YYYY-MM-DD.N', undefined],
  ])('format %s', (format, problem) => {
    expect(calverFormatProblem(format)).toBe(problem);
  });
});

describe('pattern scheme', () => {
  const scheme = patternScheme('release-(?<major>\\d+)\\.(?<minor>\\d+)');

  it('reads named groups in order as numbers', () => {
    expect(scheme.parse('release-3.10')?.parts).toEqual([3, 10]);
    expect(scheme.parse('release-3.x')).toBeUndefined();
    expect(scheme.parse('xrelease-3.1')).toBeUndefined();
  });

  it('orders numerically by group order', () => {
    const sorted = ids(scheme, ['release-3.10', 'release-3.9', 'release-2.20']).sort((a, b) =>
      scheme.compare(a, b),
    );
    expect(sorted.map((i) => i.name)).toEqual(['release-2.20', 'release-3.9', 'release-3.10']);
  });

  it.each([
    ['patch', 'release-3.11'],
    ['minor', 'release-3.11'],
    ['major', 'release-4.0'],
  ] as const)('next with a %s bump', (bump, expected) => {
    expect(scheme.next(scheme.parse('release-3.10'), { bump, now: new Date(), taken: [] })).toBe(expected);
  });

  it('starts at 1.0 and honours anchors in the pattern', () => {
    expect(
      patternScheme('^build-(?<n>\\d+)$').next(undefined, { bump: 'patch', now: new Date(), taken: [] }),
    ).toBe('build-1');
    expect(scheme.next(undefined, { bump: 'patch', now: new Date(), taken: [] })).toBe('release-1.0');
  });

  it('cannot write a name from a pattern with alternatives', () => {
    const complex = patternScheme('(?:rel|release)-(?<n>\\d+)');
    expect(complex.parse('rel-4')?.parts).toEqual([4]);
    expect(() => complex.next(complex.parse('rel-4'), { bump: 'patch', now: new Date(), taken: [] })).toThrow(
      /too complex/,
    );
  });

  it.each([
    ['(?<major>\\d+', /valid regular expression/],
    ['\\d+\\.\\d+', /named groups/],
  ])('rejects %s', (pattern, problem) => {
    expect(patternProblem(pattern)).toMatch(problem);
  });
});

describe('conventional commits', () => {
  it.each([
    ['fix: handle empty carts', 'patch'],
    ['chore(deps): bump zod', 'patch'],
    ['feat: apple pay', 'minor'],
    ['feat(checkout): apple pay', 'minor'],
    ['Feat: capitalised', 'minor'],
    ['feat!: drop v1 api', 'major'],
    ['refactor(api)!: rename', 'major'],
    ['fix: x\n\nBREAKING CHANGE: the token format changed', 'major'],
    ['fix: x\n\nBREAKING-CHANGE: y', 'major'],
    ['Update README', 'patch'],
    ['featuring: not a type', 'patch'],
  ])('%j → %s', (message, bump) => {
    expect(bumpOfCommit(message)).toBe(bump);
  });

  it('takes the largest bump, patch when there are no commits', () => {
    expect(bumpFromCommits([])).toBe('patch');
    expect(bumpFromCommits(['fix: a', 'feat: b', 'docs: c'])).toBe('minor');
    expect(bumpFromCommits(['feat: a', 'perf!: b'])).toBe('major');
  });
});
