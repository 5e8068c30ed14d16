// Bundle the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc, then make the
// libpg-query WASM loadable from the ESM bundles (ncc neither emits the .wasm nor defines __dirname).
// The WASM ships once, as dist/libpg-query.wasm: its loader looks next to `__dirname`, so in the CLI
// bundle the one chunk holding the loader gets `__dirname` = dist/ (checked below: nothing else in
// that chunk reads __dirname).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bundledPackages, licensesText } from './bundle-licenses.mjs';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = join(root, 'node_modules', '.bin', 'ncc');
const wasm = join(root, 'node_modules', 'libpg-query', 'wasm', 'libpg-query.wasm');
const shim = (up) =>
  "import { fileURLToPath as __rrFileURLToPath } from 'node:url';\n" +
  "import { dirname as __rrDirname } from 'node:path';\n" +
  'const __filename = __rrFileURLToPath(import.meta.url);\n' +
  `const __dirname = ${up ? '__rrDirname(__rrDirname(__filename))' : '__rrDirname(__filename)'};\n`;
const WASM_NAME = 'libpg-query.wasm';

const bundles = [
  { entry: 'src/action/index.ts', out: 'dist' },
  { entry: 'src/cli/index.ts', out: 'dist/cli' },
];

rmSync(join(root, 'dist'), { recursive: true, force: true });

const statsDir = join(root, 'dist', '.stats');
const statsFiles = [];
mkdirSync(statsDir, { recursive: true });
for (const { entry, out } of bundles) {
  statsFiles.push(join(statsDir, `${out.replaceAll('/', '-')}.json`));
  execFileSync(ncc, ['build', entry, '-o', out, '--quiet', '--target', 'es2022', '-e', '@electric-sql/pglite', '--stats-out', statsFiles.at(-1)], {
    cwd: root,
    stdio: 'inherit',
  });
  // index.js and the chunks ncc splits off for import() (commands are loaded on first use).
  for (const name of readdirSync(join(root, out)).filter((n) => n.endsWith('.js'))) {
    const file = join(root, out, name);
    let code = readFileSync(file, 'utf8');
    const shebang = code.startsWith('#!') ? code.slice(0, code.indexOf('\n') + 1) : '';
    // The loader chunk of a bundle below dist/ finds the one WASM in dist/, one level up.
    const loader = code.includes(WASM_NAME);
    const up = loader && out !== 'dist';
    if (up) {
      const uses = code.match(/\b__dirname\b/g)?.length ?? 0;
      if (uses !== 1 || !code.includes('scriptDirectory=__dirname+"/"'))
        throw new Error(
          `${out}/${name}: the libpg-query loader chunk reads __dirname ${uses} times; expected only its scriptDirectory. Pointing __dirname at dist/ would move other paths too: revisit scripts/build.mjs`,
        );
    }
    code = shebang + shim(up) + code.slice(shebang.length);
    writeFileSync(file, code);
    if (shebang) chmodSync(file, 0o755);
  }
}
// Every package any bundle contains (chunks included), in one file per entry.
const licenses = licensesText(root, bundledPackages(statsFiles));
for (const { out } of bundles) writeFileSync(join(root, out, 'licenses.txt'), licenses);
rmSync(statsDir, { recursive: true, force: true });
// Last: tests wait for dist/libpg-query.wasm as the sign that a build has finished.
copyFileSync(wasm, join(root, 'dist', WASM_NAME));
