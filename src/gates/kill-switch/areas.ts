import picomatch from 'picomatch';
import type { KillSwitchConfig } from './config.js';

/** Something an added line may call that puts it in a risky area; `label` is shown in findings. */
export interface CallPattern {
  label: string;
  test(line: string): boolean;
}

export interface AreaSpec {
  name: string;
  /** Human name for messages: "authentication and sessions". */
  title: string;
  paths: string[];
  calls: CallPattern[];
}

function re(label: string, pattern: RegExp): CallPattern {
  return { label, test: (line) => pattern.test(line) };
}

function literal(text: string): CallPattern {
  return { label: text, test: (line) => line.includes(text) };
}

/** The defaults, for the stacks our users ship: Next.js/Vite, Supabase, NextAuth, Clerk, Stripe, Resend. */
export const DEFAULT_AREAS: readonly AreaSpec[] = [
  {
    name: 'auth',
    title: 'authentication and sessions',
    paths: [
      '**/auth/**',
      '**/auth.{ts,tsx,js,jsx,mjs,cjs}',
      '**/middleware.{ts,js,mjs}',
      '**/login*',
      '**/login/**',
      '**/signin*',
      '**/sign-in/**',
      '**/signup*',
      '**/sign-up/**',
      '**/session*',
      '**/*nextauth*/**',
      '**/clerk*',
    ],
    calls: [
      re('supabase.auth.', /\bsupabase\.auth\./),
      re(
        '.auth.signIn…',
        /\.auth\.(?:signIn|signUp|signOut|getSession|getUser|admin|exchangeCodeForSession|verifyOtp)\w*/,
      ),
      re('signIn(', /\bsign(?:In|Out)\s*\(/),
      re('getServerSession(', /\bgetServerSession\s*\(/),
      re('NextAuth(', /\bNextAuth\s*\(/),
      re('clerkMiddleware(', /\b(?:clerkMiddleware|authMiddleware|createRouteMatcher)\s*\(/),
      re('currentUser(', /\bcurrentUser\s*\(\s*\)/),
      re(
        'createServerClient(',
        /\bcreate(?:Server|Middleware|RouteHandler|ServerComponent)(?:Supabase)?Client\s*\(/,
      ),
      re('jwt.sign(', /\bjwt\.(?:sign|verify)\s*\(/),
    ],
  },
  {
    name: 'payments',
    title: 'payments',
    paths: [
      '**/payments/**',
      '**/payment/**',
      '**/checkout/**',
      '**/billing/**',
      '**/subscriptions/**',
      '**/stripe/**',
      '**/stripe.{ts,js,mjs}',
    ],
    calls: [
      re('new Stripe(', /\bnew\s+Stripe\s*\(/),
      re('stripe.', /\bstripe\.\w+/),
      re('checkout.sessions', /\bcheckout\.sessions\b/),
      re('paymentIntents', /\bpaymentIntents\./),
      re('loadStripe(', /\bloadStripe\s*\(/),
      re('@stripe/', /['"]@stripe\//),
      re('lemonsqueezy', /lemonsqueezy/i),
      re('paddle.', /\bpaddle\.\w+/i),
    ],
  },
  {
    name: 'data-writes',
    title: 'new data writes',
    paths: ['**/jobs/**', '**/workers/**', '**/cron/**', '**/queues/**', '**/inngest/**'],
    calls: [
      re('inngest', /\binngest\.createFunction\s*\(|\bnew\s+Inngest\s*\(/),
      re('bullmq', /['"]bullmq['"]|\bnew\s+(?:Queue|Worker)\s*\(/),
      re('cron', /\bcron\.schedule\s*\(|\bnew\s+CronJob\s*\(|\bschedules\.task\s*\(/),
    ],
  },
  {
    name: 'integrations',
    title: 'external integrations',
    paths: [
      '**/webhooks/**',
      '**/webhook*',
      '**/integrations/**',
      '**/emails/**',
      '**/email/**',
      '**/mailer*',
    ],
    calls: [
      re('resend.emails.send(', /\bresend\.emails\.send\s*\(|\bnew\s+Resend\s*\(/),
      re('nodemailer', /\bnodemailer\b|\bcreateTransport\s*\(/),
      re('sgMail.send(', /\bsgMail\.send(?:Multiple)?\s*\(|['"]@sendgrid\//),
      re('postmark', /\bpostmark\b/i),
      re('twilio', /\btwilio\b/i),
      re(
        'fetch( to a webhook',
        /\b(?:fetch|axios\.post|ky\.post|got\.post)\s*\([^)]*(?:webhook|hooks\.slack\.com|discord\.com\/api\/webhooks)/i,
      ),
    ],
  },
];

/** Defaults with the config applied: `extend` adds patterns, `replace` swaps them, `enabled: false` drops the area. */
export function resolveAreas(config: KillSwitchConfig): AreaSpec[] {
  const areas: AreaSpec[] = [];
  const names = new Set([...DEFAULT_AREAS.map((a) => a.name), ...Object.keys(config.areas)]);
  for (const name of names) {
    const builtIn = DEFAULT_AREAS.find((a) => a.name === name);
    const tuned = config.areas[name];
    if (tuned && !tuned.enabled) continue;
    const keep = builtIn && tuned?.mode !== 'replace';
    areas.push({
      name,
      title: builtIn?.title ?? name,
      paths: [...(keep ? builtIn.paths : []), ...(tuned?.paths ?? [])],
      calls: [...(keep ? builtIn.calls : []), ...(tuned?.calls ?? []).map(literal)],
    });
  }
  return areas;
}

/**
 * Files that never make a change risky: tests, docs (and AI assistants' rule files), dependency manifests and lockfiles. A dependency
 * line is not a call: bumping `stripe` in package.json is not a feature a flag could switch off (only a
 * rollback undoes it), and new code that calls the library is flagged where it calls it.
 */
export const DEFAULT_EXCLUDE = [
  '**/*.{test,spec}.*',
  '**/__tests__/**',
  '**/__mocks__/**',
  '**/*.md',
  '**/*.mdx',
  '**/package.json',
  '**/requirements*.txt',
  '**/go.mod',
  '**/go.sum',
  '**/Gemfile.lock',
  '**/poetry.lock',
  '**/Cargo.lock',
  '**/composer.lock',
  '**/package-lock.json',
  '**/pnpm-lock.yaml',
  '**/yarn.lock',
  '**/bun.lockb',
  '.github/**',
  // Instructions for AI coding assistants (Cursor, Windsurf, Claude Code, Cline, bolt.new): prose about
  // the code, often naming Stripe or auth, never code that runs.
  '**/*.mdc',
  '.cursor/**',
  '.windsurf/**',
  '.claude/**',
  '.clinerules',
  '.clinerules/**',
  '.bolt/**',
  '**/*.{rst,adoc}',
];

export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  if (!globs.length) return () => false;
  const match = picomatch([...globs], { dot: true, nocase: true });
  return (path) => match(path);
}

/** The first glob of a list that matches a path, for "path `**\/payments/**`" in messages. */
export function firstMatchingGlob(globs: readonly string[], path: string): string | undefined {
  return globs.find((g) => picomatch.isMatch(path, g, { dot: true, nocase: true }));
}
