import { describe, expect, it } from '@jest/globals';
import { parseKillSwitchValue } from '../../src/gates/kill-switch/detect.js';
import { parseManifest } from '../../src/gates/kill-switch/manifest.js';
import { isPlaceholder } from '../../src/gates/notes/parse-note.js';
import { parseAddedLines } from '../../src/git/git.js';

describe('parseKillSwitchValue', () => {
  it.each([
    ['new-checkout', { kind: 'flags', keys: ['new-checkout'] }],
    ['`new-checkout` (flagd, default off)', { kind: 'flags', keys: ['new-checkout'] }],
    ['FEATURE_A, FEATURE_B', { kind: 'flags', keys: ['FEATURE_A', 'FEATURE_B'] }],
    ['none: static copy change only', { kind: 'none', reason: 'static copy change only' }],
    ['None — reverting is one click', { kind: 'none', reason: 'reverting is one click' }],
    ['none', { kind: 'none', reason: '' }],
    ['', { kind: 'missing', placeholder: false }],
    ['<flag key>', { kind: 'missing', placeholder: true }],
    ['TODO', { kind: 'missing', placeholder: true }],
  ])('%j', (value, expected) => {
    expect(parseKillSwitchValue(value, isPlaceholder)).toEqual(expected);
  });
});

describe('parseManifest', () => {
  it.each([
    ['OpenFeature CLI manifest, off', '{\n  "flags": {\n    "a": {\n      "flagType": "boolean",\n      "defaultValue": false\n    }\n  }\n}', { off: true, line: 3, defaultLine: 5 }],
    ['OpenFeature CLI manifest, on', '{ "flags": { "a": { "defaultValue": true } } }', { off: false, defaultText: 'true' }],
    ['flagd, default variant off', '{"flags":{"a":{"state":"ENABLED","variants":{"on":true,"off":false},"defaultVariant":"off"}}}', { off: true }],
    ['flagd, disabled flag', '{"flags":{"a":{"state":"DISABLED","variants":{"on":true},"defaultVariant":"on"}}}', { off: true }],
    ['flagd, unknown variant', '{"flags":{"a":{"variants":{"on":true},"defaultVariant":"maybe"}}}', { off: false }],
    ['flat JSON', '{\n  "b": true,\n  "a": false\n}', { off: true, line: 3 }],
    ['YAML', 'flags:\n  a:\n    defaultValue: false\n', { off: true, line: 2, defaultLine: 3 }],
  ])('%s', (_name, text, expected) => {
    const file = _name === 'YAML' ? 'flags.yaml' : 'flags.json';
    const parsed = parseManifest(file, text);
    expect('problem' in parsed).toBe(false);
    if ('problem' in parsed) return;
    expect(parsed.flags.get('a')).toMatchObject(expected);
  });

  it('names what is wrong with a broken file', () => {
    expect(parseManifest('flags.json', '[1]')).toEqual({ problem: 'not an object of flags' });
    expect(parseManifest('flags.json', '{')).toMatchObject({ problem: expect.stringMatching(/^not valid JSON/) });
  });
});

describe('parseAddedLines', () => {
  it('reads added lines with their new line numbers from git diff -U0, per file', () => {
    const diff = [
      'diff --git a/src/a.ts b/src/a.ts',
      'index 1..2 100644',
      '--- a/src/a.ts',
      '+++ b/src/a.ts',
      '@@ -2,0 +3,2 @@ export const x = 1;',
      '+const a = 1;',
      '++++ not a header',
      '@@ -10 +12 @@',
      '-old',
      '+new',
      'diff --git a/gone.ts b/gone.ts',
      'deleted file mode 100644',
      '--- a/gone.ts',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-bye',
      'diff --git "a/we\\tird.ts" "b/we\\tird.ts"',
      'new file mode 100644',
      '--- /dev/null',
      '+++ "b/we\\tird.ts"',
      '@@ -0,0 +1 @@',
      '+hello',
      '\\ No newline at end of file',
    ].join('\n');
    const files = parseAddedLines(diff);
    expect([...files.keys()]).toEqual(['src/a.ts', 'we\tird.ts']);
    expect(files.get('src/a.ts')).toEqual([
      { line: 3, text: 'const a = 1;' },
      { line: 4, text: '+++ not a header' },
      { line: 12, text: 'new' },
    ]);
    expect(files.get('we\tird.ts')).toEqual([{ line: 1, text: 'hello' }]);
  });
});
