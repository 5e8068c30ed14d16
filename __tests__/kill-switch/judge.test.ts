import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../src/core/finding.js';
import { killSwitchConfigSchema } from '../../src/gates/kill-switch/config.js';
import { judgeKillSwitch, judgeRisk, killSwitchValue } from '../../src/gates/kill-switch/judge.js';
import type { ManifestLookup, NoteRead } from '../../src/gates/kill-switch/read-facts.js';
import { parseManifest } from '../../src/gates/kill-switch/manifest.js';
import type { FlagManifest } from '../../src/gates/kill-switch/manifest.js';
import { killSwitchSummary } from '../../src/gates/kill-switch/wording.js';
import { parseNote } from '../../src/gates/notes/parse-note.js';

/**
 * The kill-switch gate's decisions from plain facts: no git, no files, no GitHub. Cases the gate tests
 * cannot easily reach through a repository (an unreadable or missing manifest, a diff cut at its cap,
 * a note file with a line) are here.
 */

type Added = Record<string, string[]>;

function change(added: Added, truncated = false) {
  const files = new Map(
    Object.entries(added).map(([file, lines]) => [file, lines.map((text, i) => ({ line: i + 1, text }))]),
  );
  return { files: Object.keys(added), added: { files, truncated } };
}

function noteOf(body: string | undefined, file?: string): NoteRead {
  if (body === undefined) return {};
  const field = parseNote(body).fields.killSwitch;
  return { text: { body, origin: 'test', ...(file ? { file } : {}) }, ...(field ? { field } : {}) };
}

function judge(o: {
  added: Added;
  note?: string;
  noteFile?: string;
  config?: Record<string, unknown>;
  manifest?: ManifestLookup;
  truncated?: boolean;
}) {
  const config = killSwitchConfigSchema.parse(o.config ?? {});
  const read = change(o.added, o.truncated);
  const risk = judgeRisk(config, read);
  const note = noteOf(o.note, o.noteFile);
  const value = killSwitchValue(note);
  const verdict = judgeKillSwitch({
    config,
    risk,
    added: read.added,
    note,
    value,
    ...(o.manifest ? { manifest: o.manifest } : {}),
  });
  return { ...verdict, summary: killSwitchSummary(risk, verdict.state) };
}

const rules = (findings: readonly Finding[]) => findings.map((f) => `${f.severity}:${f.rule}`);
const PAYMENTS = { 'src/payments/charge.ts': ['import Stripe from "stripe";', 'const s = new Stripe(key);'] };
const GUARDED = {
  ...PAYMENTS,
  'src/payments/route.ts': [
    "if (isEnabled('new-checkout')) charge();",
    'if (process.env.FEATURE_PAY) pay();',
  ],
};
const manifest = (text: string, file = 'flags.json'): ManifestLookup => ({
  kind: 'found',
  manifest: parseManifest(file, text) as FlagManifest,
});

describe('judgeRisk', () => {
  it('never counts tests, docs or the manifest itself, and says when the diff was cut', () => {
    const config = killSwitchConfigSchema.parse({ manifest: 'config/flags.json' });
    const risk = judgeRisk(
      config,
      change(
        {
          'src/payments/charge.test.ts': ['new Stripe(key)'],
          'docs/payments/README.md': ['new Stripe(key)'],
          'config/flags.json': ['{"payments": true}'],
          'src/auth/session.ts': ['export const s = 1;'],
        },
        true,
      ),
    );
    expect(risk.risky.map((r) => r.file)).toEqual(['src/auth/session.ts']);
    expect(risk).toMatchObject({ changedFiles: 4, truncated: true });
    expect(risk.excluded('config/flags.json')).toBe(true);
  });
});

describe('judgeKillSwitch', () => {
  it('passes a change outside every risky area without reading the note', () => {
    const out = judge({ added: { 'src/ui/button.tsx': ['export const b = 1;'] }, truncated: true });
    expect(out.findings).toEqual([]);
    expect(out.data).toEqual({ risky: [] });
    expect(out.summary).toBe(
      'no risky area touched (auth, payments, new data writes, integrations) in 1 changed file(s) (the diff was larger than the size cap; only its beginning was read)',
    );
  });

  it.each([
    [undefined, 'there is no release note (pull request body) to name one'],
    ['Kill switch: <flag key>', `the note's Kill switch field is not filled in ("<flag key>")`],
    ['Change: a new checkout', 'the release note names no kill switch'],
  ])('with the note %j, blocks once per area and says why: %s', (note, why) => {
    const out = judge({
      added: { ...PAYMENTS, 'src/auth/login.ts': ['export const l = 1;'] },
      ...(note !== undefined ? { note } : {}),
    });
    expect(rules(out.findings)).toEqual(['error:kill-switch-missing', 'error:kill-switch-missing']);
    expect(out.findings.map((f) => f.object)).toEqual(['area "payments"', 'area "auth"']);
    expect(out.findings[0]).toMatchObject({ file: 'src/payments/charge.ts', line: 2 }); // new Stripe(
    expect(out.findings[0]!.message).toContain(`but ${why}: it cannot be switched off`);
    expect(out.findings[0]!.help).not.toContain('none');
    expect(out.summary).toBe('payments, authentication and sessions in 2 file(s); no kill switch named');
  });

  it('refuses "none" unless allowed, pointing at the note file line', () => {
    const body = '# Release\n\nKill switch: none: copy change only\n';
    const refused = judge({ added: PAYMENTS, note: body, noteFile: 'RELEASE_NOTE.md' });
    expect(rules(refused.findings)).toEqual(['error:kill-switch-none']);
    expect(refused.findings[0]).toMatchObject({ file: 'RELEASE_NOTE.md', line: 3 });
    expect(refused.data.none).toBe('copy change only');
    expect(refused.summary).toBe('payments in 1 file(s); "none" is not allowed');

    const allow = { 'allow-none': true };
    const bare = judge({ added: PAYMENTS, note: 'Kill switch: none', config: allow });
    expect(rules(bare.findings)).toEqual(['error:kill-switch-none']);
    expect(bare.findings[0]!.file).toBeUndefined(); // a PR body has no file
    expect(bare.summary).toBe('payments in 1 file(s); "none" without a reason');

    const accepted = judge({ added: PAYMENTS, note: 'Kill switch: none: copy change only', config: allow });
    expect(rules(accepted.findings)).toEqual(['notice:kill-switch-none']);
    expect(accepted.summary).toBe('payments in 1 file(s); no kill switch, accepted: copy change only');
  });

  it('blocks an unreadable manifest and a configured one that is missing, still judging each flag', () => {
    const unreadable = judge({
      added: GUARDED,
      note: 'Kill switch: new-checkout',
      manifest: { kind: 'unreadable', file: 'flags.json', problem: 'binary content' },
    });
    expect(rules(unreadable.findings)).toEqual(['error:kill-switch-manifest-invalid']);
    expect(unreadable.findings[0]).toMatchObject({
      file: 'flags.json',
      message: 'The flag manifest flags.json cannot be read: binary content.',
    });
    expect(unreadable.summary).toBe(
      'payments in 2 file(s); kill switch new-checkout: checked at src/payments/route.ts:1',
    );

    const missing = judge({
      added: GUARDED,
      note: 'Kill switch: new-checkout',
      config: { manifest: 'config/flags.json' },
      manifest: { kind: 'configured-missing', path: 'config/flags.json' },
    });
    expect(rules(missing.findings)).toEqual(['error:kill-switch-manifest-invalid']);
    expect(missing.findings[0]!.file).toBeUndefined();
    expect(missing.findings[0]!.message).toContain('kill-switch.manifest is config/flags.json');
  });

  it('says a flag checked nowhere may be in the part of the diff that was not read', () => {
    const out = judge({ added: PAYMENTS, note: 'Kill switch: new-checkout', truncated: true });
    expect(rules(out.findings)).toEqual(['error:kill-switch-not-in-code']);
    expect(out.findings[0]!.message).toMatch(/only its beginning was read\)$/);
    expect(out.findings[0]!.help).toContain("isEnabled('new-checkout')");
    expect(out.summary).toBe(
      'payments in 1 file(s); kill switch new-checkout: not in the added code (the diff was larger than the size cap; only its beginning was read)',
    );
  });

  it('judges each named flag against the manifest and env-flags', () => {
    const out = judge({
      added: GUARDED,
      note: 'Kill switch: `new-checkout`, `FEATURE_PAY`, `old-flag`, `ghost`',
      config: { 'env-flags': ['FEATURE_PAY'] },
      manifest: manifest('{\n  "new-checkout": true,\n  "old-flag": false\n}'),
    });
    // old-flag and ghost are not in the added code; new-checkout defaults on.
    expect(rules(out.findings)).toEqual([
      'error:kill-switch-default-on',
      'error:kill-switch-not-in-code',
      'error:kill-switch-not-in-code',
    ]);
    expect(out.findings[0]).toMatchObject({ file: 'flags.json', line: 2 });
    expect(out.data).toMatchObject({
      flags: ['new-checkout', 'FEATURE_PAY', 'old-flag', 'ghost'],
      manifest: 'flags.json',
    });
    expect(out.summary).toBe(
      'payments in 2 file(s); kill switch new-checkout: defaults on; FEATURE_PAY: env flag, off when unset; old-flag: not in the added code; ghost: not in the added code',
    );
  });

  it('passes a flag declared off, and blocks one the manifest does not declare', () => {
    const off = judge({
      added: GUARDED,
      note: 'Kill switch: new-checkout',
      manifest: manifest('{"new-checkout": false}'),
    });
    expect(off.findings).toEqual([]);
    expect(off.summary).toBe(
      'payments in 2 file(s); kill switch new-checkout: declared off in flags.json — can be switched off without a deploy',
    );
    const undeclared = judge({
      added: GUARDED,
      note: 'Kill switch: new-checkout',
      config: { 'env-flags': ['OTHER'] },
      manifest: manifest('{"other": false}'),
    });
    expect(rules(undeclared.findings)).toEqual(['error:kill-switch-undeclared']);
    expect(undeclared.findings[0]!.help).toContain('or list it in kill-switch.env-flags');
    expect(undeclared.summary).toBe('payments in 2 file(s); kill switch new-checkout: not declared');
  });
});
