// dist/licenses.txt from what the bundles really contain. ncc's own --license output covers only the
// main chunk, so packages that live in the chunks split off for import() (the commands loaded on first
// use: @actions/*, @octokit/*, zod, ...) and in the parse worker's bundle were missing from it. This
// reads the webpack stats of every ncc build and lists each bundled package with its license text.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Package names (scoped ones whole) of every node_modules module in the given webpack stats files. */
export function bundledPackages(statsFiles) {
  const names = new Set();
  const visit = (modules = []) => {
    for (const m of modules) {
      const id = `${m.identifier ?? ''} ${m.name ?? ''}`;
      for (const hit of id.matchAll(/node_modules\/((?:@[^/\s]+\/)?[^/\s]+)/g)) names.add(hit[1]);
      visit(m.modules);
    }
  };
  for (const file of statsFiles) {
    const stats = JSON.parse(readFileSync(file, 'utf8'));
    visit(stats.modules);
    for (const chunk of stats.chunks ?? []) visit(chunk.modules);
  }
  return [...names].sort();
}

/** The license section for one package: name, declared license, and its LICENSE file when it has one. */
function section(root, name) {
  const dir = join(root, 'node_modules', name);
  let declared = 'UNKNOWN';
  try {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    declared = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? declared);
  } catch {
    // a package without a readable package.json still gets its name listed
  }
  const file = existsSync(dir) ? readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f)) : undefined;
  const text = file ? readFileSync(join(dir, file), 'utf8').trim() : '';
  return `${name}\n${declared}${text ? `\n${text}` : ''}\n`;
}

export function licensesText(root, packages) {
  return packages.map((name) => section(root, name)).join('\n');
}
