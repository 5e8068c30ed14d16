import { afterEach, describe, expect, it } from '@jest/globals';
import { resolveSettings } from '../../src/config/settings.js';
import type { Finding } from '../../src/core/finding.js';
import { silentLogger, statusOf } from '../../src/core/gate.js';
import type { GateOutcome } from '../../src/core/gate.js';
import type { GateContext } from '../../src/gates/gate.js';
import { killSwitchGate } from '../../src/gates/kill-switch/gate.js';
import { GitCli } from '../../src/git/git.js';
import { TempRepo } from '../support/git-repo.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
});

const CHECKOUT = [
  "import Stripe from 'stripe';",
  "import { isEnabled } from '../flags';",
  '',
  'const stripe = new Stripe(process.env.STRIPE_KEY!);',
  '',
  'export async function startCheckout(cart: { id: string }) {',
  "  if (!(await isEnabled('new-checkout'))) return legacyCheckout(cart);",
  '  return stripe.checkout.sessions.create({ mode: "payment", client_reference_id: cart.id });',
  '}',
  '',
].join('\n');

const UNGUARDED = CHECKOUT.replace(
  "  if (!(await isEnabled('new-checkout'))) return legacyCheckout(cart);\n",
  '',
);

function note(killSwitch?: string): string {
  return [
    '- **Release ID:** v1.1.0',
    '- **Change:** a new checkout flow',
    '- **Watch:** checkout completion rate',
    '- **Rollback:** v1.0.0',
    '- **Owner:** @octocat',
    ...(killSwitch !== undefined ? [`- **Kill switch:** ${killSwitch}`] : []),
    '',
  ].join('\n');
}

interface Scenario {
  feature: Record<string, string>;
  main?: Record<string, string>;
  body?: string;
  config?: string;
}

async function run(s: Scenario): Promise<GateOutcome & { ctx: GateContext }> {
  const repo = new TempRepo('rr-ks-');
  repos.push(repo);
  repo.write('README.md', '# shop\n').write('src/app.ts', 'export const app = 1;\n');
  for (const [path, content] of Object.entries(s.main ?? {})) repo.write(path, content);
  if (s.config) repo.write('.github/rollback-ready.yml', s.config);
  const base = repo.commit('initial');
  repo.tag('v1.0.0');
  repo.branch('feature');
  for (const [path, content] of Object.entries(s.feature)) repo.write(path, content);
  const head = repo.commit('feature', '2026-01-02T00:00:00Z');
  const settings = resolveSettings({
    run: { cwd: repo.dir, head: 'HEAD', format: 'json', failOn: 'error', files: [] },
    overrides: {},
    surface: 'flag',
  });
  const ctx: GateContext = {
    settings,
    git: await GitCli.open(repo.dir),
    base,
    head,
    worktree: false,
    pullRequest: { number: 1, body: s.body ?? note(), fromFork: false },
    log: silentLogger,
  };
  return { ...(await killSwitchGate.run(ctx)), ctx };
}

const rules = (findings: readonly Finding[]) => findings.map((f) => `${f.severity}:${f.rule}`);

describe('kill-switch gate on real repositories', () => {
  it('blocks a payments change whose note names no kill switch, naming the risky file and line', async () => {
    const out = await run({ feature: { 'src/payments/checkout.ts': UNGUARDED } });
    expect(statusOf(out)).toBe('fail');
    expect(rules(out.findings)).toEqual(['error:kill-switch-missing']);
    const f = out.findings[0]!;
    expect(f).toMatchObject({ gate: 'kill-switch', file: 'src/payments/checkout.ts', line: 4 }); // new Stripe(
    expect(f.message).toContain('payments');
    expect(f.message).toContain('path **/payments/**');
    expect(f.message).toContain('names no kill switch');
    expect(f.docs).toMatch(/rules\/kill-switch-missing\.md$/);
    expect(out.summary).toContain('no kill switch named');
  });

  it('reports one finding per risky area, not per file, listing the files inside it', async () => {
    const feature: Record<string, string> = { 'src/auth/session.ts': 'export const s = 1;\n' };
    for (let i = 0; i < 14; i++)
      feature[`src/payments/step${String(i).padStart(2, '0')}.ts`] =
        `export const stripeStep${i} = stripe.charges;\n`;
    const out = await run({ feature });
    expect(rules(out.findings)).toEqual(['error:kill-switch-missing', 'error:kill-switch-missing']);
    const [auth, payments] = [...out.findings].sort((a, b) => a.file!.localeCompare(b.file!));
    expect(auth).toMatchObject({ file: 'src/auth/session.ts', object: 'area "auth"' });
    expect(auth!.message).toContain(
      'authentication and sessions in 1 file(s): src/auth/session.ts:1 (path **/auth/**)',
    );
    expect(payments).toMatchObject({ file: 'src/payments/step00.ts', line: 1, object: 'area "payments"' });
    expect(payments!.message).toContain(
      'This change touches payments in 14 file(s): src/payments/step00.ts:1 (path **/payments/**; calls stripe.)',
    );
    expect(payments!.message).toContain('src/payments/step09.ts:1');
    expect(payments!.message).not.toContain('step10.ts');
    expect(payments!.message).toContain('and 4 more file(s)');
    const data = out.data as { killSwitch: { areas: { area: string; files: unknown[] }[] } };
    expect(data.killSwitch.areas.map((a) => [a.area, a.files.length])).toEqual([
      ['auth', 1],
      ['payments', 14],
    ]);
  });

  it('detects risk by what the added lines call, outside the risky paths', async () => {
    const out = await run({
      feature: {
        'lib/notify.ts': "export const send = (to: string) => resend.emails.send({ to, subject: 'hi' });\n",
      },
    });
    expect(rules(out.findings)).toEqual(['error:kill-switch-missing']);
    expect(out.findings[0]).toMatchObject({ file: 'lib/notify.ts', line: 1 });
    expect(out.findings[0]!.message).toContain(
      'external integrations in 1 file(s): lib/notify.ts:1 (calls resend.emails.send(',
    );
  });

  it('passes with "Kill switch: new-checkout" when the added code checks that key', async () => {
    const out = await run({
      feature: { 'src/payments/checkout.ts': CHECKOUT },
      body: note('`new-checkout`'),
    });
    expect(out.findings).toEqual([]);
    expect(statusOf(out)).toBe('pass');
    expect(out.summary).toContain('new-checkout');
    expect(out.summary).toContain('can be switched off without a deploy');
    expect(out.data).toEqual({
      killSwitch: {
        risky: [{ file: 'src/payments/checkout.ts', areas: ['payments'] }],
        areas: [
          {
            area: 'payments',
            title: 'payments',
            files: [
              {
                file: 'src/payments/checkout.ts',
                line: 4,
                reasons: ['path **/payments/**', 'calls new Stripe(', 'calls stripe.'],
              },
            ],
          },
        ],
        flags: ['new-checkout'],
      },
    });
  });

  it('blocks a named flag that no added line of code checks (a test mentioning it does not count)', async () => {
    const out = await run({
      feature: {
        'src/payments/checkout.ts': UNGUARDED,
        'src/payments/checkout.test.ts': "isEnabled('new-checkout');\n",
      },
      body: note('new-checkout'),
    });
    expect(rules(out.findings)).toEqual(['error:kill-switch-not-in-code']);
    expect(out.findings[0]!.message).toContain('"new-checkout"');
    expect(out.findings[0]!.message).toContain('src/payments/checkout.ts');
  });

  it('does not take a longer key for the named one (new-checkout-v2 is not new-checkout)', async () => {
    const out = await run({
      feature: { 'src/payments/checkout.ts': CHECKOUT.replace("'new-checkout'", "'new-checkout-v2'") },
      body: note('new-checkout'),
    });
    expect(rules(out.findings)).toEqual(['error:kill-switch-not-in-code']);
  });

  it('blocks a flag whose OpenFeature (flagd) manifest default is on, at the manifest line', async () => {
    const manifest = [
      '{',
      '  "$schema": "https://flagd.dev/schema/v0/flags.json",',
      '  "flags": {',
      '    "new-checkout": {',
      '      "state": "ENABLED",',
      '      "variants": { "on": true, "off": false },',
      '      "defaultVariant": "on"',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n');
    const out = await run({
      feature: { 'src/payments/checkout.ts': CHECKOUT, 'flags.json': manifest },
      body: note('new-checkout'),
    });
    expect(rules(out.findings)).toEqual(['error:kill-switch-default-on']);
    expect(out.findings[0]).toMatchObject({ file: 'flags.json', line: 7 });
    expect(out.findings[0]!.message).toContain('"on" (true)');
  });

  it('passes a flag declared off in the manifest, and blocks one the manifest does not declare', async () => {
    const manifest = JSON.stringify(
      { flags: { 'new-checkout': { flagType: 'boolean', defaultValue: false } } },
      null,
      2,
    );
    const ok = await run({
      feature: { 'src/payments/checkout.ts': CHECKOUT },
      main: { 'flags.json': manifest },
      body: note('new-checkout'),
    });
    expect(ok.findings).toEqual([]);
    expect(ok.summary).toContain('declared off in flags.json');

    const undeclared = await run({
      feature: { 'src/payments/checkout.ts': CHECKOUT.replace(/new-checkout/g, 'checkout-v2') },
      main: { 'flags.json': manifest },
      body: note('checkout-v2'),
    });
    expect(rules(undeclared.findings)).toEqual(['error:kill-switch-undeclared']);
    expect(undeclared.findings[0]).toMatchObject({ file: 'flags.json' });
  });

  it('accepts an env var listed in kill-switch.env-flags as declared (off when unset)', async () => {
    const out = await run({
      feature: {
        'app/api/checkout/route.ts':
          'if (process.env.FEATURE_NEW_CHECKOUT === "1") await stripe.checkout.sessions.create({});\n',
      },
      main: { 'flags.json': '{ "other": false }\n' },
      config: 'kill-switch:\n  env-flags: [FEATURE_NEW_CHECKOUT]\n',
      body: note('FEATURE_NEW_CHECKOUT'),
    });
    expect(out.findings).toEqual([]);
    expect(out.summary).toContain('env flag, off when unset');
  });

  it('reports an unreadable manifest', async () => {
    const out = await run({
      feature: { 'src/payments/checkout.ts': CHECKOUT },
      main: { 'flags.json': '{ "new-checkout": ' },
      body: note('new-checkout'),
    });
    expect(rules(out.findings)).toEqual(['error:kill-switch-manifest-invalid']);
    expect(out.findings[0]!.message).toContain('not valid JSON');
  });

  it.each([
    ['denied by default', '', 'none: reverting is one click', ['error:kill-switch-none']],
    [
      'allowed by config',
      'kill-switch:\n  allow-none: true\n',
      'none: reverting is one click',
      ['notice:kill-switch-none'],
    ],
    [
      'allowed but without a reason',
      'kill-switch:\n  allow-none: true\n',
      'none',
      ['error:kill-switch-none'],
    ],
  ])('"Kill switch: none: <reason>" %s', async (_name, config, value, expected) => {
    const out = await run({
      feature: { 'src/auth/session.ts': 'export const s = await supabase.auth.getSession();\n' },
      config,
      body: note(value),
    });
    expect(rules(out.findings)).toEqual(expected);
    if (expected[0] === 'notice:kill-switch-none') {
      expect(statusOf(out)).toBe('pass');
      expect(out.summary).toContain('accepted: reverting is one click');
      expect(out.findings[0]!.message).toContain('reverting is one click');
    }
  });

  it('treats the template placeholder as no kill switch', async () => {
    const out = await run({
      feature: { 'middleware.ts': 'export default clerkMiddleware();\n' },
      body: note('<flag key>'),
    });
    expect(rules(out.findings)).toEqual(['error:kill-switch-missing']);
    expect(out.findings[0]!.message).toContain('not filled in');
    expect(out.findings[0]!.message).toContain('authentication and sessions');
  });

  it('flags code that writes to a table this change adds (a new data write)', async () => {
    const out = await run({
      feature: {
        'supabase/migrations/20260102000000_audit.sql':
          'create table public.note_audit (id bigint primary key, note_id bigint);\n',
        'lib/audit.ts':
          "export const audit = (id: number) => supabase.from('note_audit').insert({ note_id: id });\n",
      },
    });
    expect(rules(out.findings)).toEqual(['error:kill-switch-missing']);
    expect(out.findings[0]).toMatchObject({ file: 'lib/audit.ts', line: 1 });
    expect(out.findings[0]!.message).toContain(
      "new data writes in 1 file(s): lib/audit.ts:1 (writes to table note_audit, added by this change's migrations)",
    );
  });

  it('does not take a dependency line for a call: a package.json bump of stripe or nodemailer needs no flag', async () => {
    const out = await run({
      feature: {
        'apps/web/package.json':
          '{\n  "dependencies": {\n    "nodemailer": "7.0.3",\n    "stripe": "19.1.0",\n    "@stripe/stripe-js": "9.4.0"\n  }\n}\n',
      },
    });
    expect(rules(out.findings)).toEqual([]);
    // The code that calls the library is where the risk is, and it is still found.
    const calling = await run({
      feature: {
        'apps/web/package.json': '{ "dependencies": { "stripe": "19.1.0" } }\n',
        'apps/web/lib/charge.ts': 'export const stripe = new Stripe(process.env.KEY!);\n',
      },
    });
    expect(rules(calling.findings)).toEqual(['error:kill-switch-missing']);
    expect(calling.findings[0]!.message).toContain('apps/web/lib/charge.ts:1 (calls new Stripe(');
    expect(calling.findings[0]!.message).not.toContain('package.json');
  });

  it("does not read AI assistants' rule files as code (papermark's .cursor/rules/*.mdc named cron and Stripe)", async () => {
    const out = await run({
      feature: {
        '.cursor/rules/payments.mdc':
          'Use new Stripe(process.env.STRIPE_KEY) for payments; schedule cron jobs with cron.schedule.\n',
        '.windsurf/rules/auth.md': 'Call supabase.auth.signInWithPassword for sign-in.\n',
        '.claude/commands/charge.ts': 'export const stripe = new Stripe(process.env.KEY!);\n',
      },
    });
    expect(rules(out.findings)).toEqual([]);
  });

  it('passes a pull request that touches no risky area', async () => {
    const out = await run({
      feature: { 'src/app.ts': 'export const app = 2;\n', 'docs/payments/stripe.md': 'new Stripe(key)\n' },
    });
    expect(out.findings).toEqual([]);
    expect(statusOf(out)).toBe('pass');
    expect(out.summary).toMatch(/^no risky area touched/);
  });

  it('can be tuned: an area replaced by config, and an area turned off', async () => {
    const config =
      'kill-switch:\n  areas:\n    payments:\n      mode: replace\n      calls: ["billing.charge("]\n    auth:\n      enabled: false\n';
    const quiet = await run({
      feature: { 'src/payments/checkout.ts': UNGUARDED, 'src/auth/x.ts': 'x\n' },
      config,
    });
    expect(quiet.findings).toEqual([]);
    const loud = await run({ feature: { 'src/lib/pay.ts': 'await billing.charge(user, 100);\n' }, config });
    expect(rules(loud.findings)).toEqual(['error:kill-switch-missing']);
    expect(loud.findings[0]!.message).toContain('calls billing.charge(');
  });

  it('is skipped without a base and when turned off', async () => {
    const out = await run({
      feature: { 'src/payments/checkout.ts': UNGUARDED },
      config: 'kill-switch:\n  enabled: false\n',
    });
    expect(out.skipped).toBe(true);
    const noBase = await killSwitchGate.run({
      ...out.ctx,
      settings: {
        ...out.ctx.settings,
        config: {
          ...out.ctx.settings.config,
          'kill-switch': { ...out.ctx.settings.config['kill-switch'], enabled: true },
        },
      },
      base: undefined,
    } as unknown as GateContext);
    expect(noBase).toMatchObject({ skipped: true, summary: expect.stringContaining('no base') });
  });
});
