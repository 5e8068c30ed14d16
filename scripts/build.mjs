// Bundle the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc, then make the
// libpg-query WASM loadable from the ESM bundles (ncc neither emits the .wasm nor defines __dirname).
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = join(root, 'node_modules', '.bin', 'ncc');
const wasm = join(root, 'node_modules', 'libpg-query', 'wasm', 'libpg-query.wasm');
const SHIM =
  "import { fileURLToPath as __rrFileURLToPath } from 'node:url';\n" +
  "import { dirname as __rrDirname } from 'node:path';\n" +
  'const __filename = __rrFileURLToPath(import.meta.url);\n' +
  'const __dirname = __rrDirname(__filename);\n';

const bundles = [
  { entry: 'src/action/index.ts', out: 'dist' },
  { entry: 'src/cli/index.ts', out: 'dist/cli' },
];

rmSync(join(root, 'dist'), { recursive: true, force: true });
for (const { entry, out } of bundles) {
  execFileSync(ncc, ['build', entry, '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2022', '-e', '@electric-sql/pglite'], {
    cwd: root,
    stdio: 'inherit',
  });
  // index.js and the chunks ncc splits off for import() (commands are loaded on first use).
  for (const name of readdirSync(join(root, out)).filter((n) => n.endsWith('.js'))) {
    const file = join(root, out, name);
    let code = readFileSync(file, 'utf8');
    const shebang = code.startsWith('#!') ? code.slice(0, code.indexOf('\n') + 1) : '';
    code = shebang + SHIM + code.slice(shebang.length);
    writeFileSync(file, code);
    if (shebang) chmodSync(file, 0o755);
  }
  copyFileSync(wasm, join(root, out, 'libpg-query.wasm'));
}
