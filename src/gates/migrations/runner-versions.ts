// Only the functions used, not the package's index (it builds every range helper when it loads).
import coerce from 'semver/functions/coerce.js';
import lt from 'semver/functions/lt.js';
import validVersion from 'semver/functions/valid.js';
import minVersion from 'semver/ranges/min-version.js';

/**
 * The versions of the migration runners whose behaviour changed between releases (Prisma 7.4.0 and
 * Supabase CLI 2.109.0, see runners.ts), read from the repository's lockfile, else package.json.
 * Pure: callers pass file texts. Only the lines naming the package are looked at: a pnpm lockfile can be
 * megabytes, and one package's resolved version is a key (`prisma@7.4.0`), not something to parse YAML for.
 */
export interface RunnerVersion {
  version: string;
  /** Where it was read, for messages: "package-lock.json", "package.json range ^7.2.0". */
  from: string;
}

/** npm package of each runner whose version decides how it applies a file. */
export const RUNNER_PACKAGES = { prisma: ['prisma', '@prisma/client'], supabase: ['supabase'] } as const;
export type VersionedRunner = keyof typeof RUNNER_PACKAGES;

export const LOCKFILES = ['package-lock.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lock'] as const;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/@]/g, '\\$&');

/** Every version of `pkg` a lockfile resolves (a monorepo may hold several). */
export function lockedVersions(lockfile: string, text: string, pkg: string): string[] {
  const name = escape(pkg);
  const found: string[] = [];
  const add = (raw: string | undefined) => {
    // pnpm appends peers (`7.4.0(typescript@5.6.0)`); yarn berry writes `npm:7.4.0` in some places
    const v = raw?.replace(/\(.*$/, '').replace(/^npm:/, '');
    const valid = v && (validVersion(v) ?? coerce(v)?.version);
    if (valid) found.push(valid);
  };
  if (lockfile.endsWith('package-lock.json')) {
    let json: {
      packages?: Record<string, { version?: string }>;
      dependencies?: Record<string, { version?: string }>;
    };
    try {
      json = JSON.parse(text) as typeof json;
    } catch {
      return [];
    }
    for (const [path, entry] of Object.entries(json.packages ?? {}))
      if (path === `node_modules/${pkg}` || path.endsWith(`/node_modules/${pkg}`)) add(entry.version);
    add(json.dependencies?.[pkg]?.version);
  } else if (lockfile.endsWith('pnpm-lock.yaml')) {
    // `  /prisma@5.1.0:` (v6), `  prisma@7.4.0:` or `  'prisma@7.4.0(typescript@5.6.0)':` (v9)
    const key = new RegExp(`^ {2}['"]?/?${name}[@/](\\d[^:'"\\s(]*)`, 'gm');
    for (const m of text.matchAll(key)) add(m[1]);
  } else if (lockfile.endsWith('yarn.lock')) {
    // `prisma@^5.0.0:` / `"prisma@npm:^7.4.0":` followed by an indented `version "5.1.0"` / `version: 7.4.0`
    const entry = new RegExp(
      `^"?${name}@[^\\n]*:\\n(?:[ \\t]+[^\\n]*\\n)*?[ \\t]+version:? "?([^"\\n]+)"?`,
      'gm',
    );
    for (const m of text.matchAll(entry)) add(m[1]);
  } else if (lockfile.endsWith('bun.lock')) {
    const entry = new RegExp(`"${name}": \\["${name}@([^"]+)"`, 'g');
    for (const m of text.matchAll(entry)) add(m[1]);
  }
  return found;
}

/** The lowest version a package.json range admits: what an install without a lockfile may get at the least. */
export function declaredVersion(
  packageJson: string,
  pkg: string,
): { version: string; range: string } | undefined {
  let json: Record<string, Record<string, string> | undefined>;
  try {
    json = JSON.parse(packageJson) as typeof json;
  } catch {
    return undefined;
  }
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies']) {
    const range = json[field]?.[pkg];
    if (typeof range !== 'string') continue;
    try {
      const min = minVersion(range);
      if (min) return { version: min.version, range };
    } catch {
      // `workspace:*`, `catalog:`, a git URL: no version to read
    }
  }
  return undefined;
}

/**
 * The runner's version: the lowest one any lockfile resolves (the oldest runner a deploy may use decides
 * what fails), else the lowest a package.json range admits; undefined when neither names the package.
 */
export function runnerVersion(
  runner: VersionedRunner,
  files: ReadonlyMap<string, string>,
): RunnerVersion | undefined {
  for (const pkg of RUNNER_PACKAGES[runner]) {
    const locked: RunnerVersion[] = [];
    for (const [path, text] of files) {
      const lockfile = LOCKFILES.find((l) => path === l || path.endsWith(`/${l}`));
      if (lockfile)
        for (const v of lockedVersions(lockfile, text, pkg)) locked.push({ version: v, from: path });
    }
    if (locked.length) return lowest(locked);
    const declared: RunnerVersion[] = [];
    for (const [path, text] of files) {
      if (path !== 'package.json' && !path.endsWith('/package.json')) continue;
      const d = declaredVersion(text, pkg);
      if (d) declared.push({ version: d.version, from: `${path} range ${d.range}` });
    }
    if (declared.length) return lowest(declared);
  }
  return undefined;
}

function lowest(versions: RunnerVersion[]): RunnerVersion {
  return versions.reduce((a, b) => (lt(b.version, a.version) ? b : a));
}
