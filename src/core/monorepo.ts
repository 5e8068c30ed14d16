/**
 * The packages of a monorepo, read from file paths alone: a folder one or two levels deep (`cli`,
 * `apps/desktop`) with a manifest of its own is a program of its own. A folder without one (docker/,
 * a Helm chart) packages or deploys the app rather than being another program. Pure: no I/O.
 */
const MANIFEST =
  /^(?:package\.json|go\.mod|Cargo\.toml|pyproject\.toml|composer\.json|pubspec\.yaml|pom\.xml|build\.gradle(?:\.kts)?)$/;

/**
 * Packages that hold no migration, by lower-cased folder name (`image-proxy` → `apps/image-proxy`): a
 * tag family or deploy workflow named after one releases another program, not the app whose schema
 * the gates check. A name that some package holding migrations also has is left out.
 */
export function packagesWithoutMigrations(
  files: readonly string[],
  isMigration: (path: string) => boolean,
): Map<string, string> {
  const packages = new Set<string>();
  for (const file of files) {
    const parts = file.split('/');
    if (parts.length >= 2 && parts.length <= 3 && MANIFEST.test(parts.at(-1)!))
      packages.add(parts.slice(0, -1).join('/'));
  }
  const withMigrations = new Set<string>();
  for (const file of files) {
    if (!isMigration(file)) continue;
    for (const pkg of packages) if (file.startsWith(`${pkg}/`)) withMigrations.add(pkg);
  }
  const nameOf = (pkg: string) => pkg.split('/').pop()!.toLowerCase();
  const own = new Set([...withMigrations].map(nameOf));
  const others = new Map<string, string>();
  for (const pkg of [...packages].sort()) {
    const name = nameOf(pkg);
    if (!withMigrations.has(pkg) && !own.has(name) && !others.has(name)) others.set(name, pkg);
  }
  return others;
}
